package com.euraflow.ozon.client.postings;

/** Answer of {@code /v2/posting/fbs/cancel}. */
public record PostingFbsCancelResponse(boolean result) {}
