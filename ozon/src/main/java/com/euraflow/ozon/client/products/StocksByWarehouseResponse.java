package com.euraflow.ozon.client.products;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v1/product/info/stocks-by-warehouse/fbs}: one row per SKU and warehouse. */
public record StocksByWarehouseResponse(List<Row> result) {

  public record Row(long sku, long productId, long warehouseId, @Nullable String warehouseName, long present,
      long reserved) {}
}
