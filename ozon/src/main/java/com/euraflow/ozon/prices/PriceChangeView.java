package com.euraflow.ozon.prices;

import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A price change and what OZON answered for it. */
public record PriceChangeView(long id, String offerId, BigDecimal price, BigDecimal oldPrice, String state,
    Instant requestedAt, Instant sentAt, JsonNode ozonErrors) {}
