package com.euraflow.sandbox.world;

import org.jspecify.annotations.Nullable;

/** One item of {@code /v2/products/stocks}: offer_id wins over product_id when both are sent. */
public record StockUpdate(@Nullable String offerId, long productId, long warehouseId, long stock) {}
