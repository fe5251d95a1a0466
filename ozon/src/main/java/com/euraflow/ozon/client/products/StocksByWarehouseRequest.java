package com.euraflow.ozon.client.products;

import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** {@code POST /v1/product/info/stocks-by-warehouse/fbs}: stock per seller warehouse of the given SKUs. */
public record StocksByWarehouseRequest(@JsonSerialize(contentUsing = ToStringSerializer.class) List<Long> sku) {

  /** OZON documents no maximum; EuraFlow asks for at most this many SKUs a call. */
  public static final int MAX_SKUS = 500;

  public StocksByWarehouseRequest {
    if (sku.isEmpty() || sku.size() > MAX_SKUS) {
      throw new IllegalArgumentException("1.." + MAX_SKUS + " SKUs per request");
    }
    sku = List.copyOf(sku);
  }
}
