package com.euraflow.ozon.client.returns;

import com.euraflow.ozon.client.paging.PagedRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/returns/list}: paged by {@code last_id}, the {@code id} of the last return
 * received, while {@code has_next}; up to 500 a page.
 */
public record ReturnsListRequest(Filter filter, int limit, long lastId)
    implements PagedRequest<ReturnsListRequest, ReturnsListResponse> {

  public static final int MAX_LIMIT = 500;

  public ReturnsListRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  /** Returns whose visual status changed in the range. */
  public static ReturnsListRequest changedBetween(Instant from, Instant to, int limit) {
    return new ReturnsListRequest(
        new Filter(null, new TimeRange(from, to), null, null, null), limit, 0);
  }

  /** At most one of the date ranges; OZON refuses several. */
  public record Filter(
      @Nullable TimeRange logisticReturnDate,
      @Nullable TimeRange visualStatusChangeMoment,
      @Nullable List<String> postingNumbers,
      @Nullable String offerId,
      @Nullable String returnSchema) {}

  public record TimeRange(Instant timeFrom, Instant timeTo) {}

  @Override
  public Optional<ReturnsListRequest> next(ReturnsListResponse page) {
    if (!page.hasNext() || page.returns().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ReturnsListRequest(filter, limit, page.returns().getLast().id()));
  }
}
