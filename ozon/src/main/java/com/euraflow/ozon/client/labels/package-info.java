/** Package labels: the synchronous PDF (up to 20 postings) and the asynchronous task pair. */
@NullMarked
package com.euraflow.ozon.client.labels;

import org.jspecify.annotations.NullMarked;
