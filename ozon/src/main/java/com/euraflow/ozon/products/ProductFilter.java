package com.euraflow.ozon.products;

/**
 * What a products list asks for; {@code shopIds} is already narrowed to the caller's shops. {@code keyword}
 * matches an offer_id or name fragment, or a SKU / product_id.
 */
record ProductFilter(java.util.List<Long> shopIds, String keyword, String status, Boolean archived,
    Boolean inStock) {}
