package com.euraflow.ozon.stock;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A stock change and what OZON answered for it. */
public record StockChangeView(long id, String offerId, long warehouseId, int quantity, String state,
    Instant requestedAt, Instant sentAt, JsonNode ozonErrors) {}
