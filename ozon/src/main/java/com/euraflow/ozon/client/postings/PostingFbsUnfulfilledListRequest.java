package com.euraflow.ozon.client.postings;

import com.euraflow.ozon.client.paging.PagedRequest;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * {@code POST /v4/posting/fbs/unfulfilled/list}, the successor of v3: paged by {@code cursor} while
 * {@code has_next}.
 */
public record PostingFbsUnfulfilledListRequest(
    String cursor,
    int limit,
    String sortDir,
    Filter filter,
    @JsonProperty("with") PostingWith options)
    implements PagedRequest<PostingFbsUnfulfilledListRequest, PostingFbsUnfulfilledListResponse> {

  public static final int MAX_LIMIT = 1000;

  public PostingFbsUnfulfilledListRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public static PostingFbsUnfulfilledListRequest byCutoff(Instant from, Instant to, int limit) {
    return new PostingFbsUnfulfilledListRequest(
        "", limit, "ASC", new Filter(from, to, null, null, null, null), PostingWith.FOR_SYNC);
  }

  /** Either the cutoff pair or the delivering-date pair; OZON refuses both at once. */
  public record Filter(
      @Nullable Instant cutoffFrom,
      @Nullable Instant cutoffTo,
      @Nullable Instant deliveringDateFrom,
      @Nullable Instant deliveringDateTo,
      @Nullable List<String> statuses,
      @JsonSerialize(contentUsing = ToStringSerializer.class) @Nullable List<Long> warehouseIds) {

    public Filter {
      if ((cutoffFrom != null) == (deliveringDateFrom != null)) {
        throw new IllegalArgumentException("give either cutoff or delivering date, not both");
      }
    }
  }

  @Override
  public Optional<PostingFbsUnfulfilledListRequest> next(PostingFbsUnfulfilledListResponse page) {
    if (!page.hasNext() || page.cursor() == null || page.cursor().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PostingFbsUnfulfilledListRequest(page.cursor(), limit, sortDir, filter, options));
  }
}
