/** OZON's paging styles behind one shape: each list request knows the request for its next page. */
@NullMarked
package com.euraflow.ozon.client.paging;

import org.jspecify.annotations.NullMarked;
