package com.euraflow.ozon.client.products;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v5/product/info/prices}; prices are JSON numbers here. */
public record ProductPricesInfoResponse(@Nullable String cursor, List<Item> items, long total) {

  public record Item(
      long productId,
      String offerId,
      @Nullable BigDecimal acquiring,
      @Nullable BigDecimal volumeWeight,
      Price price,
      @Nullable Commissions commissions) {}

  public record Price(
      @Nullable BigDecimal price,
      @Nullable BigDecimal oldPrice,
      @Nullable BigDecimal minPrice,
      @Nullable BigDecimal marketingPrice,
      @Nullable BigDecimal marketingSellerPrice,
      @Nullable BigDecimal netPrice,
      @Nullable BigDecimal retailPrice,
      @Nullable String currencyCode,
      @Nullable BigDecimal vat,
      boolean autoActionEnabled) {}

  public record Commissions(
      @Nullable BigDecimal salesPercentFbo,
      @Nullable BigDecimal salesPercentFbs,
      @Nullable BigDecimal fboDelivToCustomerAmount,
      @Nullable BigDecimal fbsDelivToCustomerAmount,
      @Nullable BigDecimal fbsFirstMileMinAmount,
      @Nullable BigDecimal fbsFirstMileMaxAmount) {}
}
