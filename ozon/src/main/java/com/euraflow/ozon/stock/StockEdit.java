package com.euraflow.ozon.stock;

/** A seller's wish: this offer should have {@code stock} available units in this warehouse. */
public record StockEdit(String offerId, long warehouseId, int stock) {}
