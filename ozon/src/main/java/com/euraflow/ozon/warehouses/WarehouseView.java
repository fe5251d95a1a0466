package com.euraflow.ozon.warehouses;

import java.time.Instant;

/** A seller warehouse of a shop; stock is set per warehouse. */
public record WarehouseView(long warehouseId, String name, String status, boolean rfbs, boolean kgt,
    Instant syncedAt) {}
