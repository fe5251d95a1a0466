package com.euraflow.ozon.client.postings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v2/fbs/posting/tracking-number/set}: failures are per posting. */
public record TrackingNumberSetResponse(List<Result> result) {

  public record Result(String postingNumber, boolean result, @Nullable String error) {}
}
