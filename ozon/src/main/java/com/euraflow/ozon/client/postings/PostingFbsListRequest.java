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
 * {@code POST /v4/posting/fbs/list}, the successor of v3: paged by {@code cursor} ("" first) while
 * {@code has_next}.
 */
public record PostingFbsListRequest(
    String cursor,
    int limit,
    String sortDir,
    Filter filter,
    @JsonProperty("with") PostingWith options)
    implements PagedRequest<PostingFbsListRequest, PostingFbsListResponse> {

  public static final int MAX_LIMIT = 1000;

  public PostingFbsListRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public static PostingFbsListRequest between(Instant since, Instant to, int limit) {
    return new PostingFbsListRequest(
        "", limit, "ASC", new Filter(since, to, null, null, null, null), PostingWith.FOR_SYNC);
  }

  public record Filter(
      Instant since,
      Instant to,
      @Nullable List<String> statuses,
      @JsonSerialize(contentUsing = ToStringSerializer.class) @Nullable List<Long> warehouseIds,
      @Nullable List<String> orderNumbers,
      @Nullable TimeRange lastChangedStatusDate) {}

  @Override
  public Optional<PostingFbsListRequest> next(PostingFbsListResponse page) {
    if (!page.hasNext() || page.cursor() == null || page.cursor().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PostingFbsListRequest(page.cursor(), limit, sortDir, filter, options));
  }
}
