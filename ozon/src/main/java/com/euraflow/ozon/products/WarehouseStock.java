package com.euraflow.ozon.products;

/** Stock of one product in one seller warehouse, as OZON reports it. */
record WarehouseStock(long productId, long warehouseId, int present, int reserved) {}
