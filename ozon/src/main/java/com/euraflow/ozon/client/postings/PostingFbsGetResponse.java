package com.euraflow.ozon.client.postings;

/** Answer of {@code /v3/posting/fbs/get}. */
public record PostingFbsGetResponse(Posting result) {}
