package com.euraflow.ozon.client.returns;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code /v2/conditional-cancellation/list}.
 *
 * @param counter requests in {@code ON_APPROVAL} (a string in OZON's example)
 */
public record ConditionalCancellationListResponse(
    List<Cancellation> result, long lastId, long counter) {

  public record Cancellation(
      long cancellationId,
      String postingNumber,
      @Nullable String cancellationInitiator,
      @Nullable Reason cancellationReason,
      @Nullable String cancellationReasonMessage,
      @Nullable Instant cancelledAt,
      @Nullable Instant orderDate,
      @Nullable Instant autoApproveDate,
      @Nullable Instant approveDate,
      @Nullable String approveComment,
      @Nullable State state,
      @Nullable String tplIntegrationType) {}

  public record Reason(long id, @Nullable String name) {}

  public record State(long id, @Nullable String name, @Nullable String state) {}
}
