/** FBS and FBO postings: lists, one posting, ship, awaiting-delivery, tracking numbers, cancel. */
@NullMarked
package com.euraflow.ozon.client.postings;

import org.jspecify.annotations.NullMarked;
