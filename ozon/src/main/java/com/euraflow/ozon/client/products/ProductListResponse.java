package com.euraflow.ozon.client.products;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v3/product/list}. */
public record ProductListResponse(Result result) {

  public record Result(List<Item> items, int total, @Nullable String lastId) {}

  public record Item(
      long productId,
      String offerId,
      boolean archived,
      boolean hasFboStocks,
      boolean hasFbsStocks,
      boolean isDiscounted,
      List<Quant> quants) {}

  public record Quant(String quantCode, long quantSize) {}
}
