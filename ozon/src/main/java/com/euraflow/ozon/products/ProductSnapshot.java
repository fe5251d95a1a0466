package com.euraflow.ozon.products;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as OZON describes it (product list + info list), reduced to the columns lists use. */
record ProductSnapshot(
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
    Instant ozonUpdatedAt,
    String raw) {}
