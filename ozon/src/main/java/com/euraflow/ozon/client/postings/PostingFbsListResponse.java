package com.euraflow.ozon.client.postings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v4/posting/fbs/list}: top-level, no {@code result} wrapper. */
public record PostingFbsListResponse(
    @Nullable String cursor, boolean hasNext, List<Posting> postings) {}
