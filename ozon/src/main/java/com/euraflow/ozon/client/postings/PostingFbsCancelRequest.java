package com.euraflow.ozon.client.postings;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v2/posting/fbs/cancel}. Valid reasons per posting come from {@code
 * /v1/posting/fbs/cancel-reason}.
 *
 * @param cancelReasonMessage required for reason 402 ("other")
 */
public record PostingFbsCancelRequest(
    String postingNumber, long cancelReasonId, @Nullable String cancelReasonMessage) {

  public static final long REASON_OTHER = 402;

  public PostingFbsCancelRequest {
    if (cancelReasonId == REASON_OTHER
        && (cancelReasonMessage == null || cancelReasonMessage.isBlank())) {
      throw new IllegalArgumentException("reason 402 needs a cancel_reason_message");
    }
  }
}
