package com.euraflow.sandbox.http;

import com.euraflow.sandbox.rules.OzonException;
import com.euraflow.sandbox.world.ItemResult;
import com.euraflow.sandbox.world.PriceUpdate;
import com.euraflow.sandbox.world.Product;
import com.euraflow.sandbox.world.ShopWorld;
import com.euraflow.sandbox.world.StockUpdate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Warehouses, products, stocks and prices: reads with OZON's three paging styles, and the two batch writes. */
final class ProductEndpoints {

  private static final int MAX_IDS = 1000;
  private static final Set<String> VISIBILITIES = Set.of("ALL", "VISIBLE", "INVISIBLE", "EMPTY_STOCK", "NOT_MODERATED",
      "MODERATED", "DISABLED", "STATE_FAILED", "READY_TO_SUPPLY", "VALIDATION_STATE_PENDING", "VALIDATION_STATE_FAIL",
      "VALIDATION_STATE_SUCCESS", "TO_SUPPLY", "IN_SALE", "REMOVED_FROM_SALE", "BANNED", "OVERPRICED",
      "CRITICALLY_OVERPRICED", "EMPTY_BARCODE", "BARCODE_EXISTS", "QUARANTINE", "ARCHIVED", "OVERPRICED_WITH_STOCK",
      "PARTIAL_APPROVED", "IMAGE_ABSENT", "MODERATION_BLOCK");

  private ProductEndpoints() {}

  static void register(Map<String, Endpoint> routes) {
    routes.put("/v1/warehouse/list", ProductEndpoints::warehouses);
    routes.put("/v3/product/list", ProductEndpoints::productList);
    routes.put("/v3/product/info/list", ProductEndpoints::productInfo);
    routes.put("/v4/product/info/stocks", ProductEndpoints::stocks);
    routes.put("/v5/product/info/prices", ProductEndpoints::prices);
    routes.put("/v1/product/info/stocks-by-warehouse/fbs", ProductEndpoints::stocksByWarehouse);
    routes.put("/v2/products/stocks", ProductEndpoints::updateStocks);
    routes.put("/v1/product/import/prices", ProductEndpoints::importPrices);
  }

  static Reply warehouses(ShopWorld shop, JsonNode body) {
    shop.acquireWarehouseList();
    var result = Json.array();
    for (var w : shop.warehouses()) {
      var node = result.addObject();
      node.put("warehouse_id", w.id());
      node.put("name", w.name());
      node.put("is_rfbs", w.rfbs());
      node.put("is_kgt", false);
      node.put("is_karantin", false);
      node.put("is_timetable_editable", true);
      node.put("has_entrusted_acceptance", false);
      node.put("can_print_act_in_advance", true);
      node.put("has_postings_limit", false);
      node.put("postings_limit", -1);
      node.put("min_postings_limit", 10);
      node.put("min_working_days", 5);
      node.put("status", "created");
      var days = node.putArray("working_days");
      for (var d : new String[] {"1", "2", "3", "4", "5"}) days.add(d);
      var firstMile = node.putObject("first_mile_type");
      firstMile.put("dropoff_point_id", w.rfbs() ? "" : Long.toString(w.id() / 1000));
      firstMile.put("dropoff_timeslot_id", w.rfbs() ? 0 : 1);
      firstMile.put("first_mile_is_changing", false);
      firstMile.put("first_mile_type", w.rfbs() ? "Pickup" : "DropOff");
    }
    return Reply.result(result);
  }

  /** Filters shared by the product list, stocks and prices: offer_id[] or product_id[] (either matches) and visibility. */
  private static Predicate<Product> filter(JsonNode filter) {
    var offers = new HashSet<>(Json.strings(filter, "offer_id"));
    var productIds = new HashSet<>(Json.ids(filter, "product_id"));
    if (offers.size() > MAX_IDS || productIds.size() > MAX_IDS) {
      throw OzonException.invalid("Request validation error: filter: at most 1000 identifiers per request");
    }
    var visibility = Json.string(filter, "visibility");
    var wanted = visibility == null || visibility.isEmpty() ? "ALL" : visibility;
    if (!VISIBILITIES.contains(wanted)) {
      throw OzonException.invalid("Request validation error: filter.visibility: invalid value \"" + visibility + "\"");
    }
    Predicate<Product> byId = offers.isEmpty() && productIds.isEmpty() ? p -> true
        : p -> offers.contains(p.offerId()) || productIds.contains(p.productId());
    return byId.and(p -> matches(p, wanted));
  }

  private static boolean matches(Product p, String visibility) {
    boolean priced = p.status().equals("price_sent");
    return switch (visibility) {
      case "ALL", "BARCODE_EXISTS" -> !p.archived();
      case "VISIBLE", "IN_SALE" -> p.visible();
      case "INVISIBLE" -> !p.archived() && !p.visible();
      case "EMPTY_STOCK" -> !p.archived() && p.totalPresent() == 0;
      case "MODERATED", "VALIDATION_STATE_SUCCESS", "TO_SUPPLY", "READY_TO_SUPPLY" -> !p.archived() && priced;
      case "VALIDATION_STATE_PENDING" -> !p.archived() && !priced;
      case "ARCHIVED" -> p.archived();
      default -> false;
    };
  }

  /** Paging position after the product with this index, in OZON's opaque base64 look. */
  private static String position(int index) {
    return Base64.getEncoder().encodeToString(Integer.toString(index).getBytes(StandardCharsets.US_ASCII));
  }

  private static int after(String position, String field) {
    if (position == null || position.isEmpty()) return -1;
    try {
      return Integer.parseInt(new String(Base64.getDecoder().decode(position), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw OzonException.invalid("Request validation error: " + field + ": invalid value");
    }
  }

  private record Page(List<Product> items, int total) {}

  private static Page page(ShopWorld shop, JsonNode filter, String position, String field, int limit) {
    var predicate = filter(filter);
    int start = after(position, field);
    var items = new ArrayList<Product>(Math.min(limit, 256));
    int total = 0;
    for (var product : shop.products()) {
      if (!predicate.test(product)) continue;
      total++;
      if (product.index() > start && items.size() < limit) items.add(product);
    }
    return new Page(items, total);
  }

  static Reply productList(ShopWorld shop, JsonNode body) {
    var limitNode = body.path("limit");
    // OZON's page says the default limit is 1, so a request without one gets one product.
    int limit = limitNode.isMissingNode() || limitNode.isNull() || Json.id(limitNode, "limit") == 0 ? 1 : Json.limit(body, MAX_IDS);
    var page = page(shop, body.path("filter"), Json.string(body, "last_id"), "last_id", limit);
    var items = Json.array();
    for (var p : page.items()) {
      var node = items.addObject();
      node.put("product_id", p.productId());
      node.put("offer_id", p.offerId());
      node.put("archived", p.archived());
      node.put("has_fbo_stocks", p.fboPresent() > 0);
      node.put("has_fbs_stocks", p.totalPresent() > 0);
      node.put("is_discounted", false);
      node.putArray("quants");
    }
    var result = Json.object();
    result.set("items", items);
    result.put("total", page.total());
    result.put("last_id", page.items().isEmpty() ? "" : position(page.items().getLast().index()));
    return Reply.result(result);
  }

  static Reply productInfo(ShopWorld shop, JsonNode body) {
    var offers = Json.strings(body, "offer_id");
    var productIds = Json.ids(body, "product_id");
    var skus = Json.ids(body, "sku");
    if (offers.size() + productIds.size() + skus.size() > MAX_IDS) {
      throw OzonException.invalid("Request validation error: at most 1000 identifiers in total per request");
    }
    var found = new LinkedHashSet<Product>();
    offers.forEach(o -> addIfFound(found, shop.productByOffer(o)));
    productIds.forEach(id -> addIfFound(found, shop.productById(id)));
    skus.forEach(sku -> addIfFound(found, shop.productBySku(sku)));
    var items = Json.array();
    for (var p : found) items.add(info(shop, p));
    var reply = Json.object();
    reply.set("items", items);
    return Reply.json(reply);
  }

  private static void addIfFound(Set<Product> found, Product product) {
    if (product != null) found.add(product);
  }

  private static ObjectNode info(ShopWorld shop, Product p) {
    var node = Json.object();
    node.put("id", p.productId());
    node.put("offer_id", p.offerId());
    node.put("sku", p.sku());
    node.put("name", p.name());
    node.putArray("barcodes").add("OZN" + p.sku());
    node.put("description_category_id", 17_028_900L + p.categoryCode().hashCode() % 100);
    node.put("type_id", 970_000_000L + Math.abs(p.categoryCode().hashCode() % 10_000));
    node.put("created_at", Json.iso(p.createdAt()));
    node.put("updated_at", Json.iso(p.updatedAt()));
    node.put("price", Json.decimal(p.priceKop(), 2));
    node.put("old_price", Json.decimal(p.oldPriceKop(), 2));
    node.put("min_price", Json.decimal(p.minPriceKop(), 2));
    node.put("marketing_price", "");
    node.put("currency_code", "RUB");
    node.put("vat", p.vat());
    var image = "https://cdn1.ozone.ru/s3/multimedia-sandbox/" + p.sku() + ".jpg";
    node.putArray("images").add(image);
    node.putArray("primary_image").add(image);
    node.putArray("color_image");
    node.putArray("images360");
    node.put("is_archived", p.archived());
    node.put("is_autoarchived", false);
    node.put("is_discounted", false);
    node.put("is_kgt", false);
    node.put("is_super", false);
    node.put("is_prepayment_allowed", true);
    node.put("has_discounted_fbo_item", false);
    node.put("discounted_fbo_stocks", 0);
    var statuses = node.putObject("statuses");
    boolean priced = p.status().equals("price_sent");
    statuses.put("status", p.status());
    statuses.put("status_name", priced ? "Готов к продаже" : "На модерации");
    statuses.put("status_description", "");
    statuses.put("status_failed", "");
    statuses.put("status_tooltip", "");
    statuses.put("moderate_status", priced ? "approved" : "moderating");
    statuses.put("validation_status", priced ? "success" : "pending");
    statuses.put("is_created", true);
    statuses.put("status_updated_at", Json.iso(p.createdAt()));
    var visibility = node.putObject("visibility_details");
    visibility.put("has_price", p.priceKop() > 0);
    visibility.put("has_stock", p.totalPresent() - p.totalReserved() > 0);
    var stocks = node.putObject("stocks");
    stocks.put("has_stock", p.totalPresent() > 0 || p.fboPresent() > 0);
    var rows = stocks.putArray("stocks");
    stockRow(rows.addObject(), "fbs", p.sku(), p.present(0), p.reserved(0));
    stockRow(rows.addObject(), "rfbs", p.sku(), p.present(1), p.reserved(1));
    stockRow(rows.addObject(), "fbo", p.sku(), p.fboPresent(), 0);
    var sources = node.putArray("sources");
    for (var source : new String[] {"sds", "fbo"}) {
      var s = sources.addObject();
      s.put("sku", p.sku());
      s.put("source", source);
      s.put("created_at", Json.iso(p.createdAt()));
      s.put("shipment_type", "SHIPMENT_TYPE_GENERAL");
      s.put("quant_code", "");
    }
    node.putArray("errors");
    var commission = node.putArray("commissions").addObject();
    commission.put("sale_schema", "FBS");
    commission.put("percent", 15);
    commission.put("value", Json.number(p.priceKop() * 15 / 100));
    commission.put("delivery_amount", 60);
    commission.put("return_amount", 40);
    priceIndexes(node.putObject("price_indexes"), "minimal_price", "minimal_price_currency", false);
    node.putArray("promotions");
    var model = node.putObject("model_info");
    model.put("model_id", p.productId());
    model.put("count", 1);
    node.put("volume_weight", 0.5);
    return node;
  }

  private static void stockRow(ObjectNode row, String source, long sku, int present, int reserved) {
    row.put("present", present);
    row.put("reserved", reserved);
    row.put("sku", sku);
    row.put("source", source);
  }

  private static void priceIndexes(ObjectNode node, String priceField, String currencyField, boolean numeric) {
    node.put("color_index", "WITHOUT_INDEX");
    for (var group : new String[] {"external_index_data", "ozon_index_data", "self_marketplaces_index_data"}) {
      var data = node.putObject(group);
      if (numeric) data.put(priceField, 0); else data.put(priceField, "");
      data.put(currencyField, "RUB");
      data.put("price_index_value", 0);
    }
  }

  private static JsonNode requiredFilter(JsonNode body) {
    var filter = body.path("filter");
    if (!filter.isObject()) throw OzonException.invalid("Request validation error: filter: value is required");
    return filter;
  }

  private static ObjectNode cursorReply(Page page, List<ObjectNode> items) {
    var reply = Json.object();
    reply.put("cursor", page.items().isEmpty() ? "" : position(page.items().getLast().index()));
    reply.putArray("items").addAll(items);
    reply.put("total", page.total());
    return reply;
  }

  static Reply stocks(ShopWorld shop, JsonNode body) {
    var page = page(shop, requiredFilter(body), Json.string(body, "cursor"), "cursor", Json.limit(body, MAX_IDS));
    var items = new ArrayList<ObjectNode>();
    for (var p : page.items()) {
      var node = Json.object();
      node.put("offer_id", p.offerId());
      node.put("product_id", p.productId());
      var stocks = node.putArray("stocks");
      stockType(stocks.addObject(), "fbs", p.sku(), p.present(0), p.reserved(0), shop.warehouses().get(0).id());
      stockType(stocks.addObject(), "rfbs", p.sku(), p.present(1), p.reserved(1), shop.warehouses().get(1).id());
      stockType(stocks.addObject(), "fbo", p.sku(), p.fboPresent(), 0, 0);
      items.add(node);
    }
    return Reply.json(cursorReply(page, items));
  }

  private static void stockType(ObjectNode row, String type, long sku, int present, int reserved, long warehouseId) {
    row.put("type", type);
    row.put("sku", sku);
    row.put("present", present);
    row.put("reserved", reserved);
    row.put("shipment_type", "SHIPMENT_TYPE_GENERAL");
    var ids = row.putArray("warehouse_ids");
    if (warehouseId != 0) ids.add(Long.toString(warehouseId));
  }

  static Reply prices(ShopWorld shop, JsonNode body) {
    var filter = requiredFilter(body);
    if (Json.strings(filter, "offer_id").size() + Json.ids(filter, "product_id").size() > MAX_IDS) {
      throw OzonException.invalid("Request validation error: filter: at most 1000 identifiers in total per request");
    }
    var page = page(shop, filter, Json.string(body, "cursor"), "cursor", Json.limit(body, MAX_IDS));
    var items = new ArrayList<ObjectNode>();
    for (var p : page.items()) {
      var node = Json.object();
      node.put("product_id", p.productId());
      node.put("offer_id", p.offerId());
      node.put("acquiring", Json.number(p.priceKop() / 100));
      node.put("volume_weight", 0.5);
      var price = node.putObject("price");
      price.put("price", Json.number(p.priceKop()));
      price.put("old_price", Json.number(p.oldPriceKop()));
      price.put("min_price", Json.number(p.minPriceKop()));
      price.put("marketing_price", Json.number(p.priceKop()));
      price.put("marketing_seller_price", Json.number(p.priceKop()));
      price.put("net_price", Json.number(p.netPriceKop()));
      price.put("retail_price", 0);
      price.put("currency_code", "RUB");
      price.put("vat", Double.parseDouble(p.vat()));
      price.put("auto_action_enabled", false);
      price.put("auto_add_to_ozon_actions_list_enabled", false);
      var commissions = node.putObject("commissions");
      commissions.put("sales_percent_fbo", 15);
      commissions.put("sales_percent_fbs", 15);
      commissions.put("fbo_deliv_to_customer_amount", 14.75);
      commissions.put("fbo_direct_flow_trans_min_amount", 31);
      commissions.put("fbo_direct_flow_trans_max_amount", 46.5);
      commissions.put("fbo_return_flow_amount", 50);
      commissions.put("fbs_deliv_to_customer_amount", 60);
      commissions.put("fbs_direct_flow_trans_min_amount", 41);
      commissions.put("fbs_direct_flow_trans_max_amount", 61.5);
      commissions.put("fbs_first_mile_min_amount", 0);
      commissions.put("fbs_first_mile_max_amount", 25);
      commissions.put("fbs_return_flow_amount", 40);
      var marketing = node.putObject("marketing_actions");
      marketing.putArray("actions");
      marketing.put("current_period_from", Json.iso(shop.epoch()));
      marketing.put("current_period_to", Json.iso(shop.epoch()));
      marketing.put("ozon_actions_exist", false);
      priceIndexes(node.putObject("price_indexes"), "min_price", "min_price_currency", true);
      items.add(node);
    }
    return Reply.json(cursorReply(page, items));
  }

  static Reply stocksByWarehouse(ShopWorld shop, JsonNode body) {
    var skus = Json.ids(body, "sku");
    if (skus.isEmpty()) throw OzonException.invalid("Request validation error: sku: value must contain at least 1 item");
    var result = Json.array();
    for (var sku : skus) {
      var p = shop.productBySku(sku);
      if (p == null) continue;
      for (var w : shop.warehouses()) {
        var row = result.addObject();
        row.put("sku", p.sku());
        row.put("product_id", p.productId());
        row.put("warehouse_id", w.id());
        row.put("warehouse_name", w.name());
        row.put("present", p.present(w.index()));
        row.put("reserved", p.reserved(w.index()));
      }
    }
    return Reply.result(result);
  }

  static Reply updateStocks(ShopWorld shop, JsonNode body) {
    var stocks = body.path("stocks");
    if (!stocks.isArray() || stocks.isEmpty() || stocks.size() > 100) {
      throw OzonException.invalid("Request validation error: invalid ProductsStocksRequest.Stocks: value must contain between 1 and 100 items, inclusive");
    }
    var updates = new ArrayList<StockUpdate>();
    for (int i = 0; i < stocks.size(); i++) {
      var item = stocks.get(i);
      long warehouseId = Json.id(item, "warehouse_id", 0);
      long stock = Json.id(item, "stock", -1);
      var offerId = Json.string(item, "offer_id");
      long productId = Json.id(item, "product_id", 0);
      if (warehouseId <= 0 || stock < 0 || ((offerId == null || offerId.isEmpty()) && productId <= 0)) {
        throw OzonException.invalid("Request validation error: invalid ProductsStocksRequest.Stocks[" + i + "]: embedded message failed validation");
      }
      updates.add(new StockUpdate(offerId, productId, warehouseId, stock));
    }
    var result = Json.array();
    for (var r : shop.updateStocks(updates)) {
      var node = itemResult(result.addObject(), r);
      node.put("warehouse_id", r.warehouseId());
    }
    return Reply.result(result);
  }

  static Reply importPrices(ShopWorld shop, JsonNode body) {
    var prices = body.path("prices");
    if (!prices.isArray() || prices.isEmpty() || prices.size() > 1000) {
      throw OzonException.invalid("Request validation error: invalid ImportProductsPricesRequest.Prices: value must contain between 1 and 1000 items, inclusive");
    }
    var updates = new ArrayList<PriceUpdate>();
    for (int i = 0; i < prices.size(); i++) {
      var item = prices.get(i);
      var offerId = Json.string(item, "offer_id");
      long productId = Json.id(item, "product_id", 0);
      if ((offerId == null || offerId.isEmpty()) && productId <= 0) {
        throw OzonException.invalid("Request validation error: invalid ImportProductsPricesRequest.Prices[" + i + "]: offer_id or product_id is required");
      }
      updates.add(new PriceUpdate(offerId, productId, Json.money(item, "price"), Json.money(item, "old_price"),
          Json.money(item, "min_price"), Json.money(item, "net_price"), Json.string(item, "currency_code"), Json.string(item, "vat")));
    }
    var result = Json.array();
    for (var r : shop.updatePrices(updates)) itemResult(result.addObject(), r);
    return Reply.result(result);
  }

  private static ObjectNode itemResult(ObjectNode node, ItemResult r) {
    node.put("product_id", r.productId());
    node.put("offer_id", r.offerId() == null ? "" : r.offerId());
    node.put("updated", r.updated());
    var errors = node.putArray("errors");
    for (var e : r.errors()) {
      var error = errors.addObject();
      error.put("code", e.code());
      error.put("message", e.message());
    }
    return node;
  }
}
