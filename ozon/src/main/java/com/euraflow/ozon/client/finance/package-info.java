/** Finance transactions. */
@NullMarked
package com.euraflow.ozon.client.finance;

import org.jspecify.annotations.NullMarked;
