package com.euraflow.ozon.postings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A posting as the seller's lists show it, with its items. */
public record PostingSummary(
    long id,
    long shopId,
    String postingNumber,
    String scheme,
    String orderNumber,
    String status,
    boolean needsAttention,
    String substatus,
    Instant inProcessAt,
    Instant shipmentDate,
    String deliveryMethod,
    Long warehouseId,
    String trackingNumber,
    BigDecimal totalPrice,
    String currencyCode,
    int labelPrintCount,
    List<Line> items) {

  public record Line(int lineNo, Long sku, String offerId, String name, int quantity, BigDecimal price,
      String currencyCode) {}

  PostingSummary withItems(List<Line> lines) {
    return new PostingSummary(id, shopId, postingNumber, scheme, orderNumber, status, needsAttention, substatus,
        inProcessAt, shipmentDate, deliveryMethod, warehouseId, trackingNumber, totalPrice, currencyCode,
        labelPrintCount, lines);
  }
}
