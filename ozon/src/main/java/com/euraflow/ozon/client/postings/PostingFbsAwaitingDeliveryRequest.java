package com.euraflow.ozon.client.postings;

import java.util.List;

/** {@code POST /v2/posting/fbs/awaiting-delivery}: releases up to 100 disputed postings to ship. */
public record PostingFbsAwaitingDeliveryRequest(List<String> postingNumber) {

  public static final int MAX_POSTINGS = 100;

  public PostingFbsAwaitingDeliveryRequest {
    if (postingNumber.isEmpty() || postingNumber.size() > MAX_POSTINGS) {
      throw new IllegalArgumentException("1.." + MAX_POSTINGS + " postings per request");
    }
    postingNumber = List.copyOf(postingNumber);
  }
}
