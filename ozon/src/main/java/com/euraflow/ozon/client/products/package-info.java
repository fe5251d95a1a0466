/** Products: list, details, stocks and prices (read), stock update and price import. */
@NullMarked
package com.euraflow.ozon.client.products;

import org.jspecify.annotations.NullMarked;
