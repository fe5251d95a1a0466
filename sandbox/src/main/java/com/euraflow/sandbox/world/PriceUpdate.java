package com.euraflow.sandbox.world;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One item of {@code /v1/product/import/prices}; null fields stay unchanged. */
public record PriceUpdate(@Nullable String offerId, long productId, @Nullable BigDecimal price, @Nullable BigDecimal oldPrice,
    @Nullable BigDecimal minPrice, @Nullable BigDecimal netPrice, @Nullable String currencyCode, @Nullable String vat) {}
