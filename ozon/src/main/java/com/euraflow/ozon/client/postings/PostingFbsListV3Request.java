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
 * {@code POST /v3/posting/fbs/list}: paged by {@code offset} while {@code has_next}. {@code since}
 * and {@code to} are required and at most a year apart (OZON often refuses far less with {@code
 * PERIOD_IS_TOO_LONG}).
 */
public record PostingFbsListV3Request(
    String dir, Filter filter, int limit, int offset, @JsonProperty("with") PostingWith options)
    implements PagedRequest<PostingFbsListV3Request, PostingFbsListV3Response> {

  public static final int MAX_LIMIT = 1000;

  public PostingFbsListV3Request {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public static PostingFbsListV3Request between(Instant since, Instant to, int limit) {
    return new PostingFbsListV3Request(
        "ASC", new Filter(since, to, null, null, null, null), limit, 0, PostingWith.FOR_SYNC);
  }

  /**
   * @param lastChangedStatusDate postings whose status changed in this range
   */
  public record Filter(
      Instant since,
      Instant to,
      @Nullable String status,
      @JsonSerialize(contentUsing = ToStringSerializer.class) @Nullable List<Long> warehouseId,
      @Nullable Long orderId,
      @Nullable TimeRange lastChangedStatusDate) {}

  @Override
  public Optional<PostingFbsListV3Request> next(PostingFbsListV3Response page) {
    var postings = page.result().postings();
    if (!page.result().hasNext() || postings.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PostingFbsListV3Request(dir, filter, limit, offset + postings.size(), options));
  }
}
