package com.euraflow.ozon.client.postings;

import java.util.List;

/** Answer of {@code /v3/posting/fbs/list}. */
public record PostingFbsListV3Response(Result result) {

  public record Result(List<Posting> postings, boolean hasNext) {}
}
