package com.euraflow.sandbox.http;

import com.euraflow.sandbox.rules.OzonException;
import com.euraflow.sandbox.world.FbsPosting;
import com.euraflow.sandbox.world.ShopWorld;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Read-only views derived from the postings: FBO postings, returns, rFBS cancellation requests, finance. */
final class ReportEndpoints {

  private static final long DAY = 86_400_000L;
  private static final DateTimeFormatter OPERATION_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private ReportEndpoints() {}

  static void register(Map<String, Endpoint> routes) {
    routes.put("/v2/posting/fbo/list", ReportEndpoints::fboList);
    routes.put("/v1/returns/list", ReportEndpoints::returns);
    routes.put("/v2/conditional-cancellation/list", ReportEndpoints::conditionalCancellations);
    routes.put("/v3/finance/transaction/list", ReportEndpoints::transactions);
  }

  static Reply fboList(ShopWorld shop, JsonNode body) {
    var filter = body.path("filter");
    if (!filter.hasNonNull("since") || !filter.hasNonNull("to")) {
      throw OzonException.invalid("Request validation error: filter.since and filter.to are required");
    }
    long since = Json.time(filter, "since", 0);
    long to = Json.time(filter, "to", 0);
    if (to - since > 365 * DAY) throw OzonException.invalid("PERIOD_IS_TOO_LONG");
    int limit = Json.limit(body, 1000);
    long offset = Json.id(body, "offset", 0);
    if (offset < 0 || offset > 20_000) throw OzonException.invalid("Request validation error: offset: value must be inside range [0, 20000]");
    var status = Json.string(filter, "status");
    long now = shop.now();
    var postings = shop.fboPostingsBetween(since, to).stream()
        .filter(p -> status == null || status.isEmpty() || p.status(now).equals(status)).toList();
    var dir = Json.string(body, "dir");
    if (dir != null && dir.equalsIgnoreCase("desc")) postings = postings.reversed();
    boolean analytics = Json.flag(body, "with", "analytics_data");
    boolean financial = Json.flag(body, "with", "financial_data");
    var page = postings.subList((int) Math.min(offset, postings.size()), (int) Math.min(postings.size(), offset + limit));
    return JsonOut.reply(out -> {
      out.object().array("result");
      for (var p : page) {
        var current = p.status(now);
        out.object()
            .num("order_id", p.orderId())
            .str("order_number", p.orderNumber())
            .str("posting_number", p.postingNumber())
            .str("status", current)
            .num("cancel_reason_id", current.equals("cancelled") ? 507 : 0)
            .str("created_at", Json.iso(p.inProcessAt()))
            .str("in_process_at", Json.iso(p.inProcessAt()))
            .array("products");
        for (var item : p.items()) {
          out.object()
              .num("sku", item.product().sku())
              .str("name", item.product().name())
              .num("quantity", item.quantity())
              .str("offer_id", item.product().offerId())
              .str("price", Json.decimal(item.priceKop(), 6))
              .emptyArray("digital_codes")
              .str("currency_code", "RUB")
              .bool("is_marketplace_buyout", false)
              .endObject();
        }
        out.endArray();
        if (analytics) {
          out.object("analytics_data")
              .str("region", p.region())
              .str("city", p.city())
              .str("delivery_type", "PVZ")
              .bool("is_premium", false)
              .str("payment_type_group_name", "Карты оплаты")
              .num("warehouse_id", 15_431_806_189_000L)
              .str("warehouse_name", "ХОРУГВИНО_РФЦ")
              .bool("is_legal", false)
              .endObject();
        } else {
          out.nul("analytics_data");
        }
        if (financial) PostingJson.financial(out.object("financial_data"), p.items()).endObject();
        else out.nul("financial_data");
        out.emptyArray("additional_data").endObject();
      }
      out.endArray().endObject();
    });
  }

  private static long returnId(FbsPosting p) { return 1_000_000_000L + p.orderId(); }

  static Reply returns(ShopWorld shop, JsonNode body) {
    int limit = Json.limit(body, 500);
    var filter = body.path("filter");
    var dateFilters = new ArrayList<String>();
    for (var f : new String[] {"logistic_return_date", "storage_tariffication_start_date", "visual_status_change_moment"}) {
      if (filter.hasNonNull(f)) dateFilters.add(f);
    }
    if (dateFilters.size() > 1) throw OzonException.invalid("Request validation error: filter: use only one of the date filters");
    long from = dateFilters.isEmpty() ? Long.MIN_VALUE : Json.time(filter.path(dateFilters.getFirst()), "time_from", Long.MIN_VALUE);
    long to = dateFilters.isEmpty() ? Long.MAX_VALUE : Json.time(filter.path(dateFilters.getFirst()), "time_to", Long.MAX_VALUE);
    var numbers = new HashSet<>(Json.strings(filter, "posting_numbers"));
    var schema = Json.string(filter, "return_schema");
    long lastId = Json.id(body, "last_id", 0);
    long now = shop.now();
    var matching = shop.postings().stream()
        .filter(p -> p.returnedAt() <= now && p.returnedAt() >= from && p.returnedAt() <= to)
        .filter(p -> numbers.isEmpty() || numbers.contains(p.postingNumber()))
        .filter(p -> schema == null || schema.isEmpty() || schema.equalsIgnoreCase("FBS"))
        .filter(p -> returnId(p) > lastId)
        .toList();
    var returns = Json.array();
    for (var p : matching.subList(0, Math.min(limit, matching.size()))) returns.add(returnNode(p, shop));
    var reply = Json.object();
    reply.set("returns", returns);
    reply.put("has_next", matching.size() > limit);
    return Reply.json(reply);
  }

  private static ObjectNode returnNode(FbsPosting p, ShopWorld shop) {
    var item = p.items().getFirst();
    var at = Json.iso(p.returnedAt());
    var node = Json.object();
    node.putArray("exemplars").addObject().put("id", Long.toString(1_019_562_967_000_000L + p.orderId()));
    node.put("id", Long.toString(returnId(p)));
    node.put("company_id", Long.toString(shop.shop().clientId()));
    node.put("return_reason_name", "Покупатель отказался от товара: не подошёл");
    node.put("type", "FullReturn");
    node.put("schema", "Fbs");
    node.put("order_id", Long.toString(p.orderId()));
    node.put("order_number", p.orderNumber());
    var place = node.putObject("place");
    place.put("id", Long.toString(p.warehouse().id()));
    place.put("name", "СЦ_Возвраты_" + p.warehouse().city());
    place.put("address", "Россия, " + p.warehouse().city() + ", ул. Складская, д. 1");
    node.set("target_place", place.deepCopy());
    var storage = node.putObject("storage");
    money(storage.putObject("sum"), 0);
    storage.put("tariffication_first_date", at);
    storage.put("tariffication_start_date", at);
    storage.put("arrived_moment", at);
    storage.put("days", "0");
    money(storage.putObject("utilization_sum"), 0);
    storage.put("utilization_forecast_date", Json.iso(p.returnedAt() + 30 * DAY));
    var product = node.putObject("product");
    product.put("sku", Long.toString(item.product().sku()));
    product.put("offer_id", item.product().offerId());
    product.put("name", item.product().name());
    money(product.putObject("price"), item.priceKop());
    money(product.putObject("price_without_commission"), item.priceKop() * 85 / 100);
    product.put("commission_percent", "15");
    money(product.putObject("commission"), item.priceKop() * 15 / 100);
    var logistic = node.putObject("logistic");
    logistic.put("technical_return_moment", at);
    logistic.put("final_moment", at);
    logistic.put("cancelled_with_compensation_moment", at);
    logistic.put("return_date", at);
    logistic.put("barcode", "ii" + (5_000_000_000L + p.orderId()));
    var visual = node.putObject("visual");
    var status = visual.putObject("status");
    status.put("id", 3);
    status.put("display_name", "В пункте выдачи");
    status.put("sys_name", "ArrivedAtReturnPlace");
    visual.put("change_moment", at);
    var info = node.putObject("additional_info");
    info.put("is_opened", false);
    info.put("is_super_econom", false);
    node.put("source_id", Long.toString(90_000_000L + p.orderId() % 10_000_000));
    node.put("posting_number", p.postingNumber());
    node.put("clearing_id", Long.toString(21_000_000_000_000L + p.orderId()));
    node.putNull("return_clearing_id");
    return node;
  }

  private static void money(ObjectNode node, long kopecks) {
    node.put("currency_code", "RUB");
    node.put("price", Json.decimal(kopecks, 2).replaceAll("\\.00$", ""));
  }

  /** Buyers' cancellations of rFBS postings; OZON returns nothing unless {@code filters} is sent. */
  static Reply conditionalCancellations(ShopWorld shop, JsonNode body) {
    int limit = Json.limit(body, 500);
    long lastId = Json.id(body, "last_id", 0);
    var filters = body.path("filters");
    long now = shop.now();
    List<FbsPosting> matching = List.of();
    if (filters.isObject()) {
      var initiators = new HashSet<>(Json.strings(filters, "cancellation_initiator"));
      var numbers = new HashSet<>(Json.strings(filters, "posting_number"));
      var state = Json.string(filters, "state");
      matching = shop.postings().stream()
          .filter(p -> p.warehouse().rfbs() && p.cancellationType(now).equals("client"))
          .filter(p -> initiators.isEmpty() || initiators.contains("CLIENT"))
          .filter(p -> numbers.isEmpty() || numbers.contains(p.postingNumber()))
          .filter(p -> state == null || state.isEmpty() || state.equals("ALL") || state.equals("APPROVED"))
          .filter(p -> p.orderId() > lastId)
          .toList();
    }
    var page = matching.subList(0, Math.min(limit, matching.size()));
    var result = Json.array();
    for (var p : page) {
      var at = Json.iso(p.cancelTime());
      var node = result.addObject();
      node.put("cancellation_id", p.orderId());
      node.put("posting_number", p.postingNumber());
      node.put("cancellation_initiator", "CLIENT");
      var reason = node.putObject("cancellation_reason");
      reason.put("id", p.cancelReasonId(now));
      reason.put("name", p.cancelReason(now));
      node.put("cancellation_reason_message", "");
      node.put("cancelled_at", at);
      node.put("order_date", Json.iso(p.inProcessAt()));
      node.put("auto_approve_date", at);
      node.put("approve_date", at);
      node.put("approve_comment", "");
      var state = node.putObject("state");
      state.put("id", 2);
      state.put("name", "Подтверждена");
      state.put("state", "APPROVED");
      node.put("source_id", p.orderId());
      node.put("tpl_integration_type", "non_integrated");
    }
    var reply = Json.object();
    reply.set("result", result);
    reply.put("last_id", page.isEmpty() ? 0 : page.getLast().orderId());
    reply.put("counter", "0");
    return Reply.json(reply);
  }

  private record Operation(long id, long at, String type, String name, String category, FbsPosting posting, long accrualsKop, long commissionKop) {}

  /** One accrual per delivered posting and one deduction per return; pages start at 1. */
  static Reply transactions(ShopWorld shop, JsonNode body) {
    var filter = body.path("filter");
    long page = Json.id(body, "page", 0);
    long pageSize = Json.id(body, "page_size", 0);
    if (page < 1 || pageSize < 1 || pageSize > 1000) {
      throw OzonException.invalid("Request validation error: page >= 1 and page_size in [1, 1000] are required");
    }
    var postingNumber = Json.string(filter, "posting_number");
    boolean byPosting = postingNumber != null && !postingNumber.isEmpty();
    long from = Json.time(filter.path("date"), "from", Long.MIN_VALUE);
    long to = Json.time(filter.path("date"), "to", Long.MAX_VALUE);
    if (!byPosting && (from == Long.MIN_VALUE || to == Long.MAX_VALUE)) {
      throw OzonException.invalid("Request validation error: filter.date or filter.posting_number is required");
    }
    if (!byPosting && to - from > 31 * DAY) throw OzonException.invalid("PERIOD_IS_TOO_LONG");
    var type = Json.string(filter, "transaction_type");
    var operationTypes = new HashSet<>(Json.strings(filter, "operation_type"));
    long now = shop.now();
    var operations = new ArrayList<Operation>();
    for (var p : shop.postings()) {
      if (byPosting && !p.postingNumber().equals(postingNumber)) continue;
      long total = p.items().stream().mapToLong(i -> i.priceKop() * i.quantity()).sum();
      if (p.deliveredAt() <= now) {
        operations.add(new Operation(p.orderId() * 10 + 1, p.deliveredAt(), "OperationAgentDeliveredToCustomer",
            "Доставка покупателю", "orders", p, total, -total * 15 / 100));
      }
      if (p.returnedAt() <= now) {
        operations.add(new Operation(p.orderId() * 10 + 2, p.returnedAt(), "ClientReturnAgentOperation",
            "Получение возврата, отмены, невыкупа от покупателя", "returns", p, -total, total * 15 / 100));
      }
    }
    var selected = operations.stream()
        .filter(o -> byPosting || (o.at() >= from && o.at() <= to))
        .filter(o -> type == null || type.isEmpty() || type.equals("all") || type.equals(o.category()))
        .filter(o -> operationTypes.isEmpty() || operationTypes.contains(o.type()))
        .sorted(Comparator.comparingLong(Operation::at).thenComparingLong(Operation::id))
        .toList();
    var list = Json.array();
    long start = (page - 1) * pageSize;
    for (long i = start; i < Math.min(selected.size(), start + pageSize); i++) {
      var o = selected.get((int) i);
      var node = list.addObject();
      node.put("operation_id", o.id());
      node.put("operation_type", o.type());
      node.put("operation_date", OPERATION_DATE.format(Instant.ofEpochMilli(o.at())));
      node.put("operation_type_name", o.name());
      node.put("delivery_charge", 0);
      node.put("return_delivery_charge", 0);
      node.put("accruals_for_sale", Json.number(o.accrualsKop()));
      node.put("sale_commission", Json.number(o.commissionKop()));
      node.put("amount", Json.number(o.accrualsKop() + o.commissionKop()));
      node.put("type", o.category());
      var posting = node.putObject("posting");
      posting.put("delivery_schema", "FBS");
      posting.put("order_date", OPERATION_DATE.format(Instant.ofEpochMilli(o.posting().inProcessAt())));
      posting.put("posting_number", o.posting().postingNumber());
      posting.put("warehouse_id", o.posting().warehouse().id());
      var items = node.putArray("items");
      for (var item : o.posting().items()) {
        var entry = items.addObject();
        entry.put("name", item.product().name());
        entry.put("sku", item.product().sku());
      }
      node.putArray("services");
    }
    var reply = Json.object();
    var result = reply.putObject("result");
    result.set("operations", list);
    result.put("page_count", (selected.size() + pageSize - 1) / pageSize);
    result.put("row_count", selected.size());
    return Reply.json(reply);
  }
}
