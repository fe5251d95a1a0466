package com.euraflow.ozon.client.products;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v1/product/import/prices}: one result per item, HTTP 200 even on failures. */
public record PricesImportResponse(List<Result> result) {

  public record Result(
      long productId, @Nullable String offerId, boolean updated, List<ItemError> errors) {}

  public record ItemError(String code, @Nullable String message) {}
}
