package com.euraflow.ozon.postings;

import com.euraflow.ozon.client.OzonJson;
import com.euraflow.ozon.client.postings.Posting;
import com.euraflow.ozon.client.postings.PostingFboListResponse.FboPosting;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Turns OZON's posting documents into what EuraFlow stores, keeping each document whole as raw. */
final class PostingDocuments {

  private static final JsonMapper RAW = OzonJson.mapper();

  private PostingDocuments() {}

  static PostingSnapshot fbs(Posting p, Instant seenAt) {
    var method = p.deliveryMethod();
    var items = p.products().stream()
        .map(i -> new PostingSnapshot.Item(i.sku(), i.offerId(), i.name(), i.quantity(), i.price(), i.currencyCode()))
        .toList();
    return new PostingSnapshot(p.postingNumber(), PostingSnapshot.Scheme.fbs, p.orderId(), p.orderNumber(), p.status(),
        p.substatus(), p.inProcessAt() == null ? seenAt : p.inProcessAt(), p.shipmentDate(), p.deliveringDate(),
        method == null ? null : method.name(), method == null ? null : method.warehouseId(),
        blankToNull(p.trackingNumber()), p.cancellation() == null ? null : p.cancellation().cancelReason(), items,
        raw(p.rawJson(), p));
  }

  static PostingSnapshot fbo(FboPosting p, Instant seenAt) {
    var items = p.products().stream()
        .map(i -> new PostingSnapshot.Item(i.sku(), i.offerId(), i.name(), i.quantity(), i.price(), i.currencyCode()))
        .toList();
    var inProcessAt = p.inProcessAt() != null ? p.inProcessAt() : p.createdAt() != null ? p.createdAt() : seenAt;
    var warehouse = p.analyticsData() == null ? null : p.analyticsData().warehouseId();
    return new PostingSnapshot(p.postingNumber(), PostingSnapshot.Scheme.fbo, p.orderId(), p.orderNumber(), p.status(),
        null, inProcessAt, null, null, null, warehouse, null, null, items, raw(p.rawJson(), p));
  }

  static List<PostingSnapshot> fbs(List<Posting> page, Instant seenAt) {
    return page.stream().map(p -> fbs(p, seenAt)).toList();
  }

  /** OZON's document as it came; only a posting built in code (never from OZON) has none. */
  private static String raw(String rawJson, Object posting) {
    return rawJson != null ? rawJson : RAW.writeValueAsString(posting);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
