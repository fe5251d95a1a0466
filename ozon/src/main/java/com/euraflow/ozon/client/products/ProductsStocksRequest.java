package com.euraflow.ozon.client.products;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v2/products/stocks}: sets the available (not reserved) quantity of 1..100
 * product–warehouse pairs. OZON limits it to 80 calls a minute and each pair to once per 30 s.
 */
public record ProductsStocksRequest(List<Stock> stocks) {

  public static final int MAX_ITEMS = 100;

  public ProductsStocksRequest {
    if (stocks.isEmpty() || stocks.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("1.." + MAX_ITEMS + " stocks per request");
    }
    stocks = List.copyOf(stocks);
  }

  /**
   * Give offer_id or product_id (OZON prefers offer_id when both are sent).
   *
   * @param stock absolute quantity, 0..999 999
   */
  public record Stock(
      @Nullable String offerId,
      @Nullable Long productId,
      long stock,
      long warehouseId,
      @Nullable Integer quantSize) {

    public Stock {
      if (stock < 0 || stock >= 1_000_000) {
        throw new IllegalArgumentException("stock must be 0..999999");
      }
      if (offerId == null && productId == null) {
        throw new IllegalArgumentException("offer_id or product_id is required");
      }
    }

    public static Stock ofOffer(String offerId, long warehouseId, long stock) {
      return new Stock(offerId, null, stock, warehouseId, null);
    }
  }
}
