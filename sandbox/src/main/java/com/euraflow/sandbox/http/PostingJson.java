package com.euraflow.sandbox.http;

import com.euraflow.sandbox.world.FbsPosting;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The FBS posting object as the list, unfulfilled-list and get methods return it. */
final class PostingJson {

  private PostingJson() {}

  /** Optional blocks, from the request's {@code with}. */
  record With(boolean analytics, boolean barcodes, boolean financial, boolean legal, boolean related) {
    static With of(JsonNode body) {
      return new With(Json.flag(body, "with", "analytics_data"), Json.flag(body, "with", "barcodes"),
          Json.flag(body, "with", "financial_data"), Json.flag(body, "with", "legal_info"),
          Json.flag(body, "with", "related_postings"));
    }
  }

  static void posting(JsonOut out, FbsPosting p, long now, With with, boolean detailed) {
    var status = p.status(now);
    var warehouse = p.warehouse();
    var rfbs = warehouse.rfbs();
    out.object()
        .str("posting_number", p.postingNumber())
        .num("order_id", p.orderId())
        .str("order_number", p.orderNumber())
        .str("status", status)
        .str("substatus", p.substatus(now));
    out.object("delivery_method")
        .num("id", warehouse.id() * 10 + 1)
        .str("name", (rfbs ? "Собственная доставка продавца, " : "Ozon Логистика курьеру, ") + warehouse.city())
        .num("warehouse_id", warehouse.id())
        .str("warehouse", warehouse.name())
        .num("tpl_provider_id", provider(rfbs))
        .str("tpl_provider", providerName(rfbs))
        .endObject();
    out.str("tracking_number", p.trackingNumber())
        .str("tpl_integration_type", rfbs ? "non_integrated" : "ozon")
        .str("in_process_at", Json.iso(p.inProcessAt()))
        .str("shipment_date", Json.iso(p.shipmentDate()));
    long delivering = p.deliveringDate(now);
    if (delivering == FbsPosting.NEVER) out.nul("delivering_date"); else out.str("delivering_date", Json.iso(delivering));
    var type = p.cancellationType(now);
    out.object("cancellation")
        .num("cancel_reason_id", p.cancelReasonId(now))
        .str("cancel_reason", p.cancelReason(now))
        .str("cancellation_type", type)
        .bool("cancelled_after_ship", p.cancelledAfterShip(now))
        .bool("affect_cancellation_rating", type.equals("seller"))
        .str("cancellation_initiator", switch (type) {
          case "seller" -> "Продавец";
          case "client" -> "Покупатель";
          case "ozon" -> "Ozon";
          default -> "";
        })
        .endObject();
    if (rfbs) {
      var buyer = p.shop().buyer(p);
      out.object("customer")
          .num("customer_id", buyer.customerId())
          .str("customer_email", buyer.email())
          .str("phone", buyer.phone())
          .str("name", buyer.name())
          .object("address")
          .str("address_tail", buyer.address())
          .str("city", buyer.city())
          .str("comment", "")
          .str("country", "Россия")
          .str("district", "")
          .str("region", buyer.region())
          .str("zip_code", buyer.zipCode())
          .num("latitude", buyer.latitude())
          .num("longitude", buyer.longitude())
          .num("pvz_code", 0)
          .str("provider_pvz_code", "")
          .endObject()
          .endObject();
      out.object("addressee").str("name", buyer.name()).str("phone", buyer.phone()).endObject();
    } else {
      out.nul("customer").nul("addressee");
    }
    products(out.array("products"), p.items(), detailed).endArray();
    if (with.barcodes()) {
      out.object("barcodes")
          .str("upper_barcode", "%101" + p.orderId() + "*")
          .str("lower_barcode", Long.toString(20_000_000_000L + p.orderId()))
          .endObject();
    } else {
      out.nul("barcodes");
    }
    if (with.analytics()) {
      var buyer = p.shop().buyer(p);
      out.object("analytics_data")
          .str("region", buyer.region())
          .str("city", buyer.city())
          .str("delivery_type", rfbs ? "Courier" : "PVZ")
          .bool("is_premium", false)
          .str("payment_type_group_name", "Карты оплаты")
          .num("warehouse_id", warehouse.id())
          .str("warehouse", warehouse.name())
          .num("tpl_provider_id", provider(rfbs))
          .str("tpl_provider", providerName(rfbs))
          .str("delivery_date_begin", Json.iso(p.shipmentDate() + 86_400_000L))
          .str("delivery_date_end", Json.iso(p.shipmentDate() + 3 * 86_400_000L))
          .bool("is_legal", false)
          .endObject();
    } else {
      out.nul("analytics_data");
    }
    if (with.financial()) financial(out.object("financial_data"), p.items()).endObject();
    else out.nul("financial_data");
    if (with.legal()) out.object("legal_info").str("company_name", "").str("inn", "").str("kpp", "").endObject();
    else out.nul("legal_info");
    out.bool("is_express", false)
        .object("requirements")
        .emptyArray("products_requiring_change_country")
        .emptyArray("products_requiring_gtd")
        .emptyArray("products_requiring_country")
        .emptyArray("products_requiring_mandatory_mark")
        .endObject()
        .object("optional").emptyArray("products_with_possible_mandatory_mark").endObject()
        .array("tariffication").object()
        .num("current_tariff_rate", 0)
        .str("current_tariff_type", "")
        .str("current_tariff_charge", "")
        .str("current_tariff_charge_currency_code", "")
        .num("next_tariff_rate", 0)
        .str("next_tariff_type", "")
        .str("next_tariff_charge", "")
        .str("next_tariff_starts_at", Json.iso(p.shipmentDate()))
        .str("next_tariff_charge_currency_code", "")
        .endObject().endArray();
    if (detailed) {
      out.str("previous_substatus", "")
          .str("provider_status", "")
          .str("delivery_price", "")
          .str("parent_posting_number", p.suffix() == 1 ? "" : p.orderNumber() + "-1")
          .nul("courier")
          .emptyArray("additional_data")
          .nul("product_exemplars")
          .array("available_actions");
      for (var action : actions(status, rfbs)) out.value(action);
      out.endArray();
      if (with.related()) out.object("related_postings").emptyArray("related_posting_numbers").endObject();
      else out.nul("related_postings");
    }
    out.endObject();
  }

  private static int provider(boolean rfbs) {
    return rfbs ? 0 : 24;
  }

  private static String providerName(boolean rfbs) {
    return rfbs ? "Собственная доставка" : "Ozon Логистика";
  }

  /** The elements of a {@code products} array, with dimensions in the detailed (get) form. */
  static JsonOut products(JsonOut out, List<FbsPosting.Item> items, boolean detailed) {
    for (var item : items) {
      out.object()
          .str("price", Json.decimal(item.priceKop(), 6))
          .str("currency_code", "RUB")
          .str("offer_id", item.product().offerId())
          .str("name", item.product().name())
          .num("sku", item.product().sku())
          .num("quantity", item.quantity())
          .emptyArray("mandatory_mark");
      if (detailed) {
        out.object("dimensions").str("height", "40.00").str("length", "240.00").str("weight", "260").str("width", "140.00").endObject();
      }
      out.endObject();
    }
    return out;
  }

  private static List<String> actions(String status, boolean rfbs) {
    return switch (status) {
      case "awaiting_packaging" -> List.of("cancel", "product_cancel", "ship", "has_barcode_for_printing");
      case "awaiting_deliver" -> rfbs
          ? List.of("cancel", "label_download", "label_download_big", "label_download_small", "non_int_delivering", "set_track_number")
          : List.of("cancel", "label_download", "label_download_big", "label_download_small");
      case "delivering" -> rfbs ? List.of("non_int_delivered", "non_int_last_mile") : List.of();
      case "arbitration", "client_arbitration" -> List.of("arbitration", "awaiting_delivery", "cancel");
      default -> List.of();
    };
  }

  /** The fields of {@code financial_data}: OZON's standard 15% commission; payout is what the seller keeps. */
  static JsonOut financial(JsonOut out, List<FbsPosting.Item> items) {
    out.array("products");
    for (var item : items) {
      long total = item.priceKop() * item.quantity();
      long commission = total * 15 / 100;
      out.object()
          .num("product_id", item.product().sku())
          .num("price", Json.number(item.priceKop()))
          .num("old_price", Json.number(item.priceKop()))
          .num("total_discount_value", 0)
          .num("total_discount_percent", 0)
          .num("commission_amount", Json.number(commission))
          .num("commission_percent", 15)
          .str("commission_currency_code", "RUB")
          .num("payout", Json.number(total - commission))
          .emptyArray("actions")
          .num("quantity", item.quantity())
          .str("currency_code", "RUB")
          .endObject();
    }
    return out.endArray().str("cluster_from", "").str("cluster_to", "");
  }
}
