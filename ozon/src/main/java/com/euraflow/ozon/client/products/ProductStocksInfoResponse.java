package com.euraflow.ozon.client.products;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v4/product/info/stocks}. */
public record ProductStocksInfoResponse(@Nullable String cursor, List<Item> items, long total) {

  public record Item(long productId, String offerId, List<Stock> stocks) {}

  /**
   * @param type {@code fbs}, {@code rfbs}, {@code fbo} or {@code fbp}
   * @param present quantity on hand
   * @param reserved quantity held for buyers
   */
  public record Stock(
      @Nullable String type,
      long sku,
      long present,
      long reserved,
      @Nullable String shipmentType) {}
}
