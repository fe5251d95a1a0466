package com.euraflow.ozon.client.products;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/product/import/prices}: 1..1000 items. Money goes out as strings, as OZON
 * documents; each product's price may change at most 10 times an hour.
 */
public record PricesImportRequest(List<Price> prices) {

  public static final int MAX_ITEMS = 1000;

  public PricesImportRequest {
    if (prices.isEmpty() || prices.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("1.." + MAX_ITEMS + " prices per request");
    }
    prices = List.copyOf(prices);
  }

  /**
   * @param oldPrice crossed-out price; {@code 0} removes it
   * @param vat one of 0, 0.05, 0.07, 0.1, 0.2, 0.22
   * @param autoActionEnabled / priceStrategyEnabled {@code ENABLED}, {@code DISABLED} or {@code
   *     UNKNOWN} (leave unchanged)
   */
  public record Price(
      @Nullable String offerId,
      @Nullable Long productId,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal oldPrice,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal minPrice,
      @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable BigDecimal netPrice,
      @Nullable String currencyCode,
      @Nullable String vat,
      @Nullable String priceStrategyEnabled,
      @Nullable Boolean minPriceForAutoActionsEnabled) {

    public Price {
      if (offerId == null && productId == null) {
        throw new IllegalArgumentException("offer_id or product_id is required");
      }
      if (price.signum() < 0) {
        throw new IllegalArgumentException("price must not be negative");
      }
    }

    public static Price ofOffer(
        String offerId, BigDecimal price, @Nullable BigDecimal oldPrice, String currencyCode) {
      return new Price(offerId, null, price, oldPrice, null, null, currencyCode, null, null, null);
    }
  }
}
