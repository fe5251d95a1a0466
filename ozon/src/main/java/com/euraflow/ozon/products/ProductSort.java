package com.euraflow.ozon.products;

/** Sort keys a products list offers; each pairs with the row id so keyset paging is stable. */
public enum ProductSort {
  offer_id("p.offer_id", "text"),
  name("p.name", "text"),
  price("coalesce(p.price, 0)", "numeric"),
  stock("p.present", "integer"),
  updated("p.synced_at", "timestamptz");

  final String expression;
  final String sqlType;

  ProductSort(String expression, String sqlType) {
    this.expression = expression;
    this.sqlType = sqlType;
  }
}
