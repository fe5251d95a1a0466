package com.euraflow.ozon.stock;

/** A stock change waiting to be sent to OZON. */
record PendingStock(long changeId, long productId, String offerId, long warehouseId, int quantity) {}
