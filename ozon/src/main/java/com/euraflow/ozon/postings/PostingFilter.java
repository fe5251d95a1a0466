package com.euraflow.ozon.postings;

import java.time.Instant;
import java.util.List;

/**
 * What a postings list asks for. {@code shopIds} is already narrowed to the caller's shops; {@code keyword}
 * matches a posting-number prefix, an offer_id or a SKU.
 */
record PostingFilter(List<Long> shopIds, String status, Instant from, Instant to, String keyword) {}
