package com.euraflow.ozon.products;

import java.util.List;

/** One page of a products list; {@code nextCursor} is null on the last page. */
public record ProductPage(List<ProductSummary> items, String nextCursor) {}
