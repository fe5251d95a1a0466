package com.euraflow.ozon.client.postings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v4/posting/fbs/unfulfilled/list}. */
public record PostingFbsUnfulfilledListResponse(
    @Nullable String cursor, boolean hasNext, long count, List<Posting> postings) {}
