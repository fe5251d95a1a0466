package com.euraflow.ozon.products;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A product as the seller's lists show it, with its stock per warehouse. */
public record ProductSummary(
    long id,
    long shopId,
    String offerId,
    long productId,
    Long sku,
    String name,
    String status,
    boolean archived,
    boolean visible,
    BigDecimal price,
    BigDecimal oldPrice,
    BigDecimal minPrice,
    String currencyCode,
    BigDecimal purchaseCost,
    int present,
    int reserved,
    Instant syncedAt,
    List<Stock> stocks) {

  public record Stock(long warehouseId, int present, int reserved) {}

  ProductSummary withStocks(List<Stock> perWarehouse) {
    return new ProductSummary(id, shopId, offerId, productId, sku, name, status, archived, visible, price, oldPrice,
        minPrice, currencyCode, purchaseCost, present, reserved, syncedAt, perWarehouse);
  }
}
