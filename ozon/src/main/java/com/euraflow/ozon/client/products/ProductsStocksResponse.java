package com.euraflow.ozon.client.products;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v2/products/stocks}: one result per item, HTTP 200 even when items fail. */
public record ProductsStocksResponse(List<Result> result) {

  public record Result(
      long warehouseId,
      long productId,
      @Nullable String offerId,
      boolean updated,
      List<ItemError> errors) {}

  /** e.g. {@code TOO_MANY_REQUESTS}, {@code PRICE_IS_NOT_SENT}, {@code WAREHOUSE_NOT_FOUND}. */
  public record ItemError(String code, @Nullable String message) {}
}
