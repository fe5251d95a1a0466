package com.euraflow.ozon.client.postings;

import com.euraflow.ozon.client.paging.PagedRequest;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v2/posting/fbo/list}: paged by {@code offset}; the answer has no {@code has_next},
 * so a page shorter than {@code limit} is the last.
 */
public record PostingFboListRequest(
    String dir,
    Filter filter,
    int limit,
    int offset,
    boolean translit,
    @JsonProperty("with") With options)
    implements PagedRequest<PostingFboListRequest, PostingFboListResponse> {

  public static final int MAX_LIMIT = 1000;

  public PostingFboListRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public static PostingFboListRequest between(Instant since, Instant to, int limit) {
    return new PostingFboListRequest(
        "ASC", new Filter(since, to, null), limit, 0, false, new With(true, true));
  }

  public record Filter(Instant since, Instant to, @Nullable String status) {}

  public record With(boolean analyticsData, boolean financialData) {}

  @Override
  public Optional<PostingFboListRequest> next(PostingFboListResponse page) {
    if (page.result().size() < limit) {
      return Optional.empty();
    }
    return Optional.of(
        new PostingFboListRequest(dir, filter, limit, offset + limit, translit, options));
  }
}
