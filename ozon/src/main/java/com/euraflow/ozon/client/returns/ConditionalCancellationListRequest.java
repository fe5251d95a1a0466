package com.euraflow.ozon.client.returns;

import com.euraflow.ozon.client.paging.PagedRequest;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v2/conditional-cancellation/list}: rFBS cancellation requests, paged by {@code
 * last_id}; up to 500 a page. OZON returns nothing unless {@code filters} is sent.
 */
public record ConditionalCancellationListRequest(
    Filters filters, int limit, long lastId, @JsonProperty("with") With options)
    implements PagedRequest<
        ConditionalCancellationListRequest, ConditionalCancellationListResponse> {

  public static final int MAX_LIMIT = 500;

  public ConditionalCancellationListRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public static ConditionalCancellationListRequest all(int limit) {
    return new ConditionalCancellationListRequest(
        new Filters(null, null, "ALL"), limit, 0, new With(true));
  }

  /**
   * @param cancellationInitiator OZON, SELLER, CLIENT, SYSTEM, DELIVERY
   * @param state {@code ALL}, {@code ON_APPROVAL}, ...
   */
  public record Filters(
      @Nullable List<String> cancellationInitiator,
      @Nullable List<String> postingNumber,
      @Nullable String state) {}

  public record With(boolean counter) {}

  /** No {@code has_next} here: a short page, or a {@code last_id} that does not move, ends it. */
  @Override
  public Optional<ConditionalCancellationListRequest> next(
      ConditionalCancellationListResponse page) {
    if (page.result().size() < limit || page.lastId() == 0 || page.lastId() == lastId) {
      return Optional.empty();
    }
    return Optional.of(
        new ConditionalCancellationListRequest(filters, limit, page.lastId(), options));
  }
}
