package com.euraflow.ozon.prices;

import java.math.BigDecimal;

/** A seller's new price for an offer; {@code oldPrice} is the crossed-out price (null or 0: none). */
public record PriceEdit(String offerId, BigDecimal price, BigDecimal oldPrice, BigDecimal minPrice) {}
