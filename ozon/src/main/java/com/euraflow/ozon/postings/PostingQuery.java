package com.euraflow.ozon.postings;

import java.time.Instant;

/**
 * A seller's postings list request: optionally one shop (else every shop they see), a status tab, an
 * in-process time range, a keyword, a cursor from the previous page and a page size.
 */
public record PostingQuery(Long shopId, String status, Instant from, Instant to, String keyword, String cursor,
    int limit) {}
