package com.euraflow.ozon.postings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One posting as OZON last described it, reduced to the columns EuraFlow filters and sorts on; {@code raw}
 * is OZON's whole document as JSON text.
 */
record PostingSnapshot(
    String postingNumber,
    Scheme scheme,
    Long orderId,
    String orderNumber,
    String status,
    String substatus,
    Instant inProcessAt,
    Instant shipmentDate,
    Instant deliveringDate,
    String deliveryMethod,
    Long warehouseId,
    String trackingNumber,
    String cancelReason,
    List<Item> items,
    String raw) {

  enum Scheme {
    fbs,
    fbo
  }

  record Item(Long sku, String offerId, String name, int quantity, BigDecimal price, String currencyCode) {}

  BigDecimal totalPrice() {
    return items.stream()
        .filter(i -> i.price() != null)
        .map(i -> i.price().multiply(BigDecimal.valueOf(i.quantity())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  String currencyCode() {
    return items.stream().map(Item::currencyCode).filter(c -> c != null).findFirst().orElse(null);
  }
}
