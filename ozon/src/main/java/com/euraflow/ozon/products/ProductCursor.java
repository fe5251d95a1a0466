package com.euraflow.ozon.products;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Keyset position in a products list: the sort it belongs to, the last row's sort value and id. */
record ProductCursor(ProductSort sort, String value, long id) {

  String encode() {
    var text = sort.name() + ":" + id + ":" + value;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns null for a missing cursor; throws IllegalArgumentException for a malformed one or one that
   * was issued for another sort order.
   */
  static ProductCursor decode(String cursor, ProductSort expected) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    ProductCursor decoded;
    try {
      var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 3);
      decoded = new ProductCursor(ProductSort.valueOf(parts[0]), parts[2], Long.parseLong(parts[1]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
    if (decoded.sort() != expected) {
      throw new IllegalArgumentException("cursor belongs to another sort order");
    }
    decoded.checkValue();
    return decoded;
  }

  /** A forged value must fail here as a bad request, not later as a failed SQL cast. */
  private void checkValue() {
    try {
      switch (sort) {
        case price -> new java.math.BigDecimal(value);
        case stock -> Integer.parseInt(value);
        case updated -> java.time.Instant.parse(value);
        case offer_id, name -> { }
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
  }
}
