package com.euraflow.ozon.prices;

import java.math.BigDecimal;

/** A price change waiting to be sent to OZON. */
record PendingPrice(long changeId, long productId, String offerId, BigDecimal price, BigDecimal oldPrice,
    BigDecimal minPrice, String currencyCode) {}
