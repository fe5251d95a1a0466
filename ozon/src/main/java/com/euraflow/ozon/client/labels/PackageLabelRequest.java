package com.euraflow.ozon.client.labels;

import java.util.List;

/**
 * {@code POST /v2/posting/fbs/package-label}: labels of up to 20 postings in {@code
 * awaiting_deliver}; one bad posting fails the whole call.
 */
public record PackageLabelRequest(List<String> postingNumber) {

  public static final int MAX_POSTINGS = 20;

  public PackageLabelRequest {
    if (postingNumber.isEmpty() || postingNumber.size() > MAX_POSTINGS) {
      throw new IllegalArgumentException("1.." + MAX_POSTINGS + " postings per label request");
    }
    postingNumber = List.copyOf(postingNumber);
  }
}
