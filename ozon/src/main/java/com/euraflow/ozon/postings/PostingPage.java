package com.euraflow.ozon.postings;

import java.util.List;

/** One page of a postings list; {@code nextCursor} is null on the last page. */
public record PostingPage(List<PostingSummary> items, String nextCursor) {}
