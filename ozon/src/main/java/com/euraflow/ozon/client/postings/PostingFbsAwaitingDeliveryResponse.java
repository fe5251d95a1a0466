package com.euraflow.ozon.client.postings;

/** Answer of {@code /v2/posting/fbs/awaiting-delivery}. */
public record PostingFbsAwaitingDeliveryResponse(boolean result) {}
