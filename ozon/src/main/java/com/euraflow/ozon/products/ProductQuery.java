package com.euraflow.ozon.products;

/** A seller's products list request. {@code shopId} null means every shop the caller sees. */
public record ProductQuery(Long shopId, String keyword, String status, Boolean archived, Boolean inStock,
    ProductSort sort, boolean descending, String cursor, int limit) {}
