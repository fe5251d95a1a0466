package com.euraflow.ozon.client.warehouses;

/** {@code POST /v1/warehouse/list}: takes {@code {}}; OZON allows one call a minute. */
public record WarehouseListRequest() {}
