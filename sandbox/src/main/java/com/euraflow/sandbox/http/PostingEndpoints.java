package com.euraflow.sandbox.http;

import com.euraflow.sandbox.rules.OzonException;
import com.euraflow.sandbox.world.FbsPosting;
import com.euraflow.sandbox.world.ShopWorld;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import org.jspecify.annotations.Nullable;

/** FBS posting lists (v3 offset paging and v4 cursor paging), details and the seller's posting writes. */
final class PostingEndpoints {

  private static final long YEAR = 365L * 86_400_000L;
  private static final Set<String> UNFULFILLED_FILTER = Set.of("awaiting_registration", "acceptance_in_progress",
      "awaiting_approve", "awaiting_packaging", "awaiting_deliver", "arbitration", "client_arbitration", "delivering",
      "driver_pickup", "cancelled", "not_accepted", "sent_by_seller");
  /** Statuses that are over for the seller; everything else (including statuses unknown to us) is unfulfilled. */
  private static final Set<String> DONE = Set.of("delivering", "driver_pickup", "delivered", "cancelled", "not_accepted", "sent_by_seller");

  private PostingEndpoints() {}

  static void register(Map<String, Endpoint> routes) {
    routes.put("/v3/posting/fbs/list", (shop, body) -> list(shop, body, false));
    routes.put("/v4/posting/fbs/list", (shop, body) -> list(shop, body, true));
    routes.put("/v3/posting/fbs/unfulfilled/list", (shop, body) -> unfulfilled(shop, body, false));
    routes.put("/v4/posting/fbs/unfulfilled/list", (shop, body) -> unfulfilled(shop, body, true));
    routes.put("/v3/posting/fbs/get", PostingEndpoints::get);
    routes.put("/v4/posting/fbs/ship", PostingEndpoints::ship);
    routes.put("/v2/posting/fbs/cancel", PostingEndpoints::cancel);
    routes.put("/v2/fbs/posting/tracking-number/set", PostingEndpoints::trackingNumbers);
    routes.put("/v2/posting/fbs/awaiting-delivery", PostingEndpoints::awaitingDelivery);
    routes.put("/v2/posting/fbs/cancel-reason/list", PostingEndpoints::cancelReasons);
    routes.put("/v1/posting/fbs/cancel-reason", PostingEndpoints::postingCancelReasons);
  }

  /** Filters common to both list versions: warehouses, delivery methods, orders, posting number, status change date. */
  private static Predicate<FbsPosting> common(JsonNode filter, boolean v4, long now) {
    var warehouses = new HashSet<>(Json.ids(filter, v4 ? "warehouse_ids" : "warehouse_id"));
    var methods = new HashSet<>(Json.ids(filter, v4 ? "delivery_method_ids" : "delivery_method_id"));
    var orderNumbers = new HashSet<>(Json.strings(filter, "order_numbers"));
    long orderId = Json.id(filter, "order_id", 0);
    var postingNumber = Json.string(filter, "posting_number");
    var changed = filter.path("last_changed_status_date");
    long changedFrom = Json.time(changed, "from", Long.MIN_VALUE);
    long changedTo = Json.time(changed, "to", Long.MAX_VALUE);
    boolean byChange = changedFrom != Long.MIN_VALUE || changedTo != Long.MAX_VALUE;
    return p -> (warehouses.isEmpty() || warehouses.contains(p.warehouse().id()))
        && (methods.isEmpty() || methods.contains(p.warehouse().id() * 10 + 1))
        && (orderNumbers.isEmpty() || orderNumbers.contains(p.orderNumber()))
        && (orderId == 0 || p.orderId() == orderId)
        && (postingNumber == null || postingNumber.isEmpty() || p.postingNumber().equals(postingNumber))
        && (!byChange || (p.lastChangedAt(now) >= changedFrom && p.lastChangedAt(now) <= changedTo));
  }

  private static Set<String> statuses(JsonNode filter, boolean v4) {
    var statuses = new HashSet<String>();
    var single = Json.string(filter, "status");
    if (single != null && !single.isEmpty()) statuses.add(single);
    if (v4) statuses.addAll(Json.strings(filter, "statuses"));
    return statuses;
  }

  private static boolean descending(JsonNode body, boolean v4) {
    var dir = Json.string(body, v4 ? "sort_dir" : "dir");
    return dir != null && dir.equalsIgnoreCase("desc");
  }

  static Reply list(ShopWorld shop, JsonNode body, boolean v4) {
    var filter = body.path("filter");
    if (!filter.isObject()) throw OzonException.invalid("Request validation error: filter: value is required");
    if (!v4 && (!filter.hasNonNull("since") || !filter.hasNonNull("to"))) {
      throw OzonException.invalid("Request validation error: filter.since and filter.to are required");
    }
    long since = Json.time(filter, "since", Long.MIN_VALUE);
    long to = Json.time(filter, "to", Long.MAX_VALUE);
    if (since != Long.MIN_VALUE && to != Long.MAX_VALUE && to - since > YEAR) throw OzonException.invalid("PERIOD_IS_TOO_LONG");
    int limit = Json.limit(body, 1000);
    var statuses = statuses(filter, v4);
    long now = shop.now();
    var predicate = common(filter, v4, now).and(p -> statuses.isEmpty() || statuses.contains(p.status(now)));
    var matching = shop.postingsBetween(since, to).stream().filter(predicate).toList();
    return page(shop, body, matching, limit, v4, descending(body, v4), now, null);
  }

  static Reply unfulfilled(ShopWorld shop, JsonNode body, boolean v4) {
    var filter = body.path("filter");
    if (!filter.isObject()) throw OzonException.invalid("Request validation error: filter: value is required");
    boolean byCutoff = filter.hasNonNull("cutoff_from") || filter.hasNonNull("cutoff_to");
    boolean byDelivering = filter.hasNonNull("delivering_date_from") || filter.hasNonNull("delivering_date_to");
    if (byCutoff == byDelivering) {
      throw OzonException.invalid("Request validation error: filter: set either cutoff_from and cutoff_to or delivering_date_from and delivering_date_to");
    }
    long from = Json.time(filter, byCutoff ? "cutoff_from" : "delivering_date_from", Long.MIN_VALUE);
    long to = Json.time(filter, byCutoff ? "cutoff_to" : "delivering_date_to", Long.MAX_VALUE);
    int limit = Json.limit(body, 1000);
    var statuses = statuses(filter, v4);
    for (var status : statuses) {
      if (!UNFULFILLED_FILTER.contains(status)) throw OzonException.invalid("Request validation error: filter.status: invalid value \"" + status + "\"");
    }
    long now = shop.now();
    var predicate = common(filter, v4, now).and(p -> {
      var status = p.status(now);
      if (statuses.isEmpty() ? DONE.contains(status) : !statuses.contains(status)) return false;
      long at = byCutoff ? p.shipmentDate() : p.handoverAt();
      return at >= from && at <= to;
    });
    var matching = shop.postings().stream().filter(predicate).toList();
    return page(shop, body, matching, limit, v4, descending(body, v4), now, matching.size());
  }

  /** v3: offset paging under {@code result}; v4: a cursor naming the last posting returned, so arrivals never shift a page. */
  private static Reply page(ShopWorld shop, JsonNode body, List<FbsPosting> matching, int limit, boolean v4,
      boolean descending, long now, @Nullable Integer count) {
    var ordered = descending ? matching.reversed() : matching;
    int start;
    if (v4) {
      long after = cursor(Json.string(body, "cursor"));
      start = 0;
      if (after >= 0) {
        while (start < ordered.size() && (descending ? ordered.get(start).key() >= after : ordered.get(start).key() <= after)) start++;
      }
    } else {
      long offset = Json.id(body, "offset", -1);
      if (offset < 0) throw OzonException.invalid("Request validation error: offset: value is required");
      start = (int) Math.min(offset, ordered.size());
    }
    int end = Math.min(ordered.size(), start + limit);
    var with = PostingJson.With.of(body);
    boolean hasNext = end < ordered.size();
    var requestCursor = Json.string(body, "cursor");
    var cursor = end > start ? cursorOf(ordered.get(end - 1).key()) : requestCursor == null ? "" : requestCursor;
    int from = start;
    return JsonOut.reply(out -> {
      out.object();
      if (v4) {
        out.str("cursor", cursor).bool("has_next", hasNext);
      } else {
        out.object("result");
      }
      out.array("postings");
      for (int i = from; i < end; i++) PostingJson.posting(out, ordered.get(i), now, with, false);
      out.endArray();
      if (count != null) out.num("count", count);
      else if (!v4) out.bool("has_next", hasNext);
      if (!v4) out.endObject();
      out.endObject();
    });
  }

  private static String cursorOf(long key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("p:" + key).getBytes(StandardCharsets.US_ASCII));
  }

  private static long cursor(@Nullable String cursor) {
    if (cursor == null || cursor.isEmpty()) return -1;
    try {
      var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (!text.startsWith("p:")) throw new IllegalArgumentException(text);
      return Long.parseLong(text.substring(2));
    } catch (IllegalArgumentException e) {
      throw OzonException.invalid("Request validation error: cursor: invalid value");
    }
  }

  static Reply get(ShopWorld shop, JsonNode body) {
    var number = Json.string(body, "posting_number");
    if (number == null || number.isEmpty()) throw OzonException.invalid("Request validation error: posting_number: value is required");
    var posting = shop.posting(number);
    if (posting == null) throw OzonException.notFound("POSTING_NOT_FOUND");
    var with = PostingJson.With.of(body);
    long now = shop.now();
    return JsonOut.reply(out -> {
      out.object().name("result");
      PostingJson.posting(out, posting, now, with, true);
      out.endObject();
    });
  }

  static Reply ship(ShopWorld shop, JsonNode body) {
    var number = Json.string(body, "posting_number");
    var packagesNode = body.path("packages");
    if (number == null || number.isEmpty() || !packagesNode.isArray() || packagesNode.isEmpty()) {
      throw OzonException.invalid("Request validation error: posting_number and packages are required");
    }
    var packages = new ArrayList<Map<Long, Integer>>();
    for (var pack : packagesNode) {
      var products = new LinkedHashMap<Long, Integer>();
      for (var product : pack.path("products")) {
        long quantity = Json.id(product, "quantity", 0);
        if (quantity < 1) throw OzonException.invalid("HAS_INCORRECT_PRODUCT_QUANTITY");
        // product_id in ship holds the SKU (OZON's field description).
        products.merge(Json.id(product, "product_id", 0), (int) quantity, Integer::sum);
      }
      packages.add(products);
    }
    var numbers = shop.ship(number, packages);
    var postings = numbers.stream().map(shop::posting).toList();
    boolean additional = Json.flag(body, "with", "additional_data");
    return JsonOut.reply(out -> {
      out.object().array("result");
      numbers.forEach(out::value);
      out.endArray().array("additional_data");
      for (var posting : additional ? postings : List.<FbsPosting>of()) {
        out.object().str("posting_number", posting.postingNumber()).array("products");
        PostingJson.products(out, posting.items(), false).endArray().endObject();
      }
      out.endArray().endObject();
    });
  }

  static Reply cancel(ShopWorld shop, JsonNode body) {
    var number = Json.string(body, "posting_number");
    long reason = Json.id(body, "cancel_reason_id", 0);
    if (number == null || number.isEmpty() || reason == 0) {
      throw OzonException.invalid("Request validation error: posting_number and cancel_reason_id are required");
    }
    shop.cancel(number, reason, Json.string(body, "cancel_reason_message"));
    return Reply.result(BooleanNode.TRUE);
  }

  static Reply trackingNumbers(ShopWorld shop, JsonNode body) {
    var items = body.path("tracking_numbers");
    if (!items.isArray() || items.isEmpty() || items.size() > 20) {
      throw OzonException.invalid("Request validation error: tracking_numbers: value must contain between 1 and 20 items, inclusive");
    }
    var result = Json.array();
    for (var item : items) {
      var number = Json.string(item, "posting_number");
      var tracking = Json.string(item, "tracking_number");
      var error = number == null || tracking == null || tracking.isEmpty() ? "INVALID_ARGUMENT" : shop.setTrackingNumber(number, tracking);
      var node = result.addObject();
      node.put("posting_number", number == null ? "" : number);
      node.put("result", error == null);
      node.put("error", error == null ? "" : error);
    }
    return Reply.result(result);
  }

  static Reply awaitingDelivery(ShopWorld shop, JsonNode body) {
    var numbers = Json.strings(body, "posting_number");
    if (numbers.isEmpty() || numbers.size() > 100) {
      throw OzonException.invalid("Request validation error: posting_number: value must contain between 1 and 100 items, inclusive");
    }
    shop.releaseToDelivery(numbers);
    return Reply.result(BooleanNode.TRUE);
  }

  static Reply cancelReasons(ShopWorld shop, JsonNode body) {
    var result = Json.array();
    ShopWorld.CANCEL_REASONS.forEach((id, title) -> {
      var node = result.addObject();
      node.put("id", id);
      node.put("title", title);
      node.put("type_id", "seller");
      node.put("is_available_for_cancellation", true);
    });
    return Reply.result(result);
  }

  static Reply postingCancelReasons(ShopWorld shop, JsonNode body) {
    long now = shop.now();
    var result = Json.array();
    for (var number : Json.strings(body, "related_posting_numbers")) {
      var posting = shop.posting(number);
      if (posting == null) throw OzonException.notFound("POSTING_NOT_FOUND");
      var node = result.addObject();
      node.put("posting_number", number);
      var reasons = node.putArray("reasons");
      for (var id : ShopWorld.fittingCancelReasons(posting.status(now))) {
        var reason = reasons.addObject();
        reason.put("id", id);
        reason.put("title", ShopWorld.CANCEL_REASONS.get(id));
        reason.put("type_id", "seller");
      }
    }
    return Reply.result(result);
  }
}
