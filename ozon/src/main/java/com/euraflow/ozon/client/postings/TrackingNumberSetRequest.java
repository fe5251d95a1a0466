package com.euraflow.ozon.client.postings;

import java.util.List;

/** {@code POST /v2/fbs/posting/tracking-number/set}: up to 20 postings a call. */
public record TrackingNumberSetRequest(List<TrackingNumber> trackingNumbers) {

  public static final int MAX_ITEMS = 20;

  public TrackingNumberSetRequest {
    if (trackingNumbers.isEmpty() || trackingNumbers.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("1.." + MAX_ITEMS + " tracking numbers per request");
    }
    trackingNumbers = List.copyOf(trackingNumbers);
  }

  public record TrackingNumber(String postingNumber, String trackingNumber) {}
}
