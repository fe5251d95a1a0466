package com.euraflow.ozon.client.products;

import com.euraflow.ozon.client.paging.PagedRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** {@code POST /v5/product/info/prices}: paged by {@code cursor} ("" first), up to 1000 a page. */
public record ProductPricesInfoRequest(String cursor, Filter filter, int limit)
    implements PagedRequest<ProductPricesInfoRequest, ProductPricesInfoResponse> {

  public static final int MAX_LIMIT = 1000;

  public ProductPricesInfoRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
    }
  }

  public static ProductPricesInfoRequest all(int limit) {
    return new ProductPricesInfoRequest("", new Filter(null, null, "ALL"), limit);
  }

  /** Required by OZON, may be empty; at most 1000 IDs in total. */
  public record Filter(
      @Nullable List<String> offerId,
      @JsonSerialize(contentUsing = ToStringSerializer.class) @Nullable List<Long> productId,
      @Nullable String visibility) {}

  /** Ends on an empty page or an empty cursor; which of the two OZON sends is unconfirmed. */
  @Override
  public Optional<ProductPricesInfoRequest> next(ProductPricesInfoResponse page) {
    if (page.items().isEmpty() || page.cursor() == null || page.cursor().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProductPricesInfoRequest(page.cursor(), filter, limit));
  }
}
