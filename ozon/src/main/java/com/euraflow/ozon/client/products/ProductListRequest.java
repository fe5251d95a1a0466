package com.euraflow.ozon.client.products;

import com.euraflow.ozon.client.paging.PagedRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** {@code POST /v3/product/list}: paged by {@code last_id} ("" first), up to 1000 a page. */
public record ProductListRequest(Filter filter, String lastId, int limit)
    implements PagedRequest<ProductListRequest, ProductListResponse> {

  public static final int MAX_LIMIT = 1000;

  public ProductListRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  /** Every product of the shop, first page. */
  public static ProductListRequest all(int limit) {
    return new ProductListRequest(new Filter(null, null, "ALL"), "", limit);
  }

  /**
   * One identifier group per request (offer_id or product_id), at most 1000 values.
   *
   * @param visibility §5.4 of the reference, e.g. {@code ALL}, {@code ARCHIVED}
   */
  public record Filter(
      @Nullable List<String> offerId,
      @JsonSerialize(contentUsing = ToStringSerializer.class) @Nullable List<Long> productId,
      @Nullable String visibility) {}

  /** Ends on an empty or short page or an empty {@code last_id}; OZON gives no explicit flag. */
  @Override
  public Optional<ProductListRequest> next(ProductListResponse page) {
    var result = page.result();
    if (result.items().size() < limit || result.lastId() == null || result.lastId().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProductListRequest(filter, result.lastId(), limit));
  }
}
