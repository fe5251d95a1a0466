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
 * {@code POST /v3/posting/fbs/unfulfilled/list}: postings still being worked on, paged by {@code
 * offset} up to {@code count} (there is no {@code has_next}).
 */
public record PostingFbsUnfulfilledListV3Request(
    String dir, Filter filter, int limit, int offset, @JsonProperty("with") PostingWith options)
    implements PagedRequest<
        PostingFbsUnfulfilledListV3Request, PostingFbsUnfulfilledListV3Response> {

  public static final int MAX_LIMIT = 1000;

  public PostingFbsUnfulfilledListV3Request {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  /** Postings to pack by a deadline ({@code cutoff_from}..{@code cutoff_to}). */
  public static PostingFbsUnfulfilledListV3Request byCutoff(Instant from, Instant to, int limit) {
    return new PostingFbsUnfulfilledListV3Request(
        "ASC", new Filter(from, to, null, null, null, null), limit, 0, PostingWith.FOR_SYNC);
  }

  /** Either the cutoff pair or the delivering-date pair; OZON refuses both at once. */
  public record Filter(
      @Nullable Instant cutoffFrom,
      @Nullable Instant cutoffTo,
      @Nullable Instant deliveringDateFrom,
      @Nullable Instant deliveringDateTo,
      @Nullable String status,
      @JsonSerialize(contentUsing = ToStringSerializer.class) @Nullable List<Long> warehouseId) {

    public Filter {
      if ((cutoffFrom != null) == (deliveringDateFrom != null)) {
        throw new IllegalArgumentException("give either cutoff or delivering date, not both");
      }
    }
  }

  @Override
  public Optional<PostingFbsUnfulfilledListV3Request> next(
      PostingFbsUnfulfilledListV3Response page) {
    var postings = page.result().postings();
    var seen = offset + postings.size();
    if (postings.isEmpty() || seen >= page.result().count()) {
      return Optional.empty();
    }
    return Optional.of(new PostingFbsUnfulfilledListV3Request(dir, filter, limit, seen, options));
  }
}
