package com.euraflow.ozon.client.postings;

import java.util.List;

/** Answer of {@code /v3/posting/fbs/unfulfilled/list}; {@code count} is the total. */
public record PostingFbsUnfulfilledListV3Response(Result result) {

  public record Result(List<Posting> postings, long count) {}
}
