package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Warehouses, product list/info, stock and price reads: the reference's envelopes, fields, types and paging. */
class ProductContractTests {

  static OzonSandbox sandbox;
  static SandboxClient client;
  static SandboxShop shop;

  @BeforeAll
  static void start() {
    sandbox = OzonSandbox.start(Sandboxes.manual().build());
    client = new SandboxClient(sandbox);
    shop = sandbox.shops().getFirst();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private JsonNode ok(String path, String body) {
    return client.ok(shop, path, body);
  }

  @Test
  void listsFbsWarehousesUnderResult() {
    var result = ok("/v1/warehouse/list", "{}").path("result");
    assertThat(result.size()).isEqualTo(2);
    var warehouse = result.get(0);
    assertThat(warehouse.path("warehouse_id").isIntegralNumber()).isTrue();
    assertThat(warehouse.path("warehouse_id").asLong()).isGreaterThan(10_000_000_000_000L);
    assertThat(warehouse.path("status").asString()).isEqualTo("created");
    assertThat(warehouse.path("working_days").get(0).asString()).isEqualTo("1");
    assertThat(warehouse.path("first_mile_type").path("first_mile_type").asString()).isEqualTo("DropOff");
    assertThat(result.get(1).path("is_rfbs").asBoolean()).isTrue();
  }

  @Test
  void pagesTheProductListByLastIdToTheEnd() {
    var seen = new HashSet<Long>();
    var lastId = "";
    int total = -1;
    for (int page = 0; page < 20; page++) {
      var result = ok("/v3/product/list", "{\"filter\":{\"visibility\":\"ALL\"},\"last_id\":\"" + lastId + "\",\"limit\":70}").path("result");
      total = result.path("total").asInt();
      for (var item : result.path("items")) {
        assertThat(item.path("product_id").isIntegralNumber()).isTrue();
        assertThat(item.path("offer_id").isString()).isTrue();
        assertThat(item.path("archived").asBoolean()).isFalse();
        assertThat(seen.add(item.path("product_id").asLong())).isTrue();
      }
      if (result.path("items").size() < 70) break;
      lastId = result.path("last_id").asString();
    }
    assertThat(seen).hasSize(total);
    assertThat(total).isBetween(180, 200);
    var archived = ok("/v3/product/list", "{\"filter\":{\"visibility\":\"ARCHIVED\"},\"last_id\":\"\",\"limit\":1000}").path("result");
    assertThat(archived.path("total").asInt()).isEqualTo(200 - total);
  }

  @Test
  void givesOneProductWhenNoLimitIsSent() {
    assertThat(ok("/v3/product/list", "{\"filter\":{}}").path("result").path("items").size()).isEqualTo(1);
  }

  @Test
  void filtersTheProductListByOfferIdOrProductId() {
    var first = ok("/v3/product/list", "{\"limit\":2}").path("result").path("items");
    var body = "{\"filter\":{\"offer_id\":[\"" + first.get(0).path("offer_id").asString() + "\"],\"product_id\":[\""
        + first.get(1).path("product_id").asLong() + "\"]},\"limit\":100}";
    assertThat(ok("/v3/product/list", body).path("result").path("items").size()).isEqualTo(2);
  }

  @Test
  void returnsProductInfoWithoutResultWrapperForIdsAsNumbersOrStrings() {
    var first = ok("/v3/product/list", "{\"limit\":3}").path("result").path("items");
    long id = first.get(0).path("product_id").asLong();
    var byNumber = ok("/v3/product/info/list", "{\"product_id\":[" + id + ", 1]}");
    var byString = ok("/v3/product/info/list", "{\"product_id\":[\"" + id + "\"]}");
    assertThat(byNumber.has("result")).isFalse();
    assertThat(byNumber.path("items").size()).as("unknown ids are left out").isEqualTo(1);
    assertThat(byNumber).isEqualTo(byString);
    var item = byNumber.path("items").get(0);
    assertThat(item.path("id").asLong()).isEqualTo(id);
    assertThat(item.path("price").isString()).isTrue();
    assertThat(item.path("price").asString()).matches("\\d+\\.\\d{2}");
    assertThat(item.path("currency_code").asString()).isEqualTo("RUB");
    assertThat(item.path("name").asString()).matches(".*[А-Яа-я].*");
    assertThat(item.path("statuses").path("status").asString()).isIn("price_sent", "moderating");
    assertThat(item.path("visibility_details").has("has_price")).isTrue();
    assertThat(item.path("stocks").path("stocks").get(0).has("present")).isTrue();
    long sku = item.path("sku").asLong();
    var bySku = ok("/v3/product/info/list", "{\"sku\":[\"" + sku + "\"]}");
    assertThat(bySku.path("items").get(0).path("id").asLong()).isEqualTo(id);
  }

  @Test
  void rejectsMoreThan1000ProductInfoIds() {
    var ids = new ArrayList<String>();
    for (int i = 0; i < 1001; i++) ids.add(Integer.toString(i));
    var response = client.post(shop, "/v3/product/info/list", "{\"product_id\":[" + String.join(",", ids) + "]}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("code").asInt()).isEqualTo(3);
  }

  @Test
  void pagesStocksByCursorWithTypedRows() {
    var seen = new HashSet<Long>();
    var cursor = "";
    int total = 0;
    for (int page = 0; page < 10; page++) {
      var reply = ok("/v4/product/info/stocks", "{\"cursor\":\"" + cursor + "\",\"filter\":{},\"limit\":64}");
      total = reply.path("total").asInt();
      for (var item : reply.path("items")) {
        assertThat(seen.add(item.path("product_id").asLong())).isTrue();
        var fbs = item.path("stocks").get(0);
        assertThat(fbs.path("type").asString()).isEqualTo("fbs");
        assertThat(fbs.path("present").asInt()).isGreaterThanOrEqualTo(fbs.path("reserved").asInt());
        assertThat(fbs.path("shipment_type").asString()).isEqualTo("SHIPMENT_TYPE_GENERAL");
      }
      cursor = reply.path("cursor").asString();
      if (reply.path("items").isEmpty()) break;
    }
    assertThat(seen).hasSize(total);
  }

  @Test
  void requiresFilterAndLimitForStocksAndPrices() {
    for (var path : new String[] {"/v4/product/info/stocks", "/v5/product/info/prices"}) {
      assertThat(client.post(shop, path, "{\"limit\":10}").status()).isEqualTo(400);
      assertThat(client.post(shop, path, "{\"filter\":{}}").status()).isEqualTo(400);
      assertThat(client.post(shop, path, "{\"filter\":{},\"limit\":1001}").status()).isEqualTo(400);
    }
  }

  @Test
  void returnsPricesAsNumbers() {
    var reply = ok("/v5/product/info/prices", "{\"cursor\":\"\",\"filter\":{\"visibility\":\"ALL\"},\"limit\":5}");
    assertThat(reply.path("items").size()).isEqualTo(5);
    var price = reply.path("items").get(0).path("price");
    assertThat(price.path("price").isNumber()).isTrue();
    assertThat(price.path("vat").asDouble()).isEqualTo(0.2);
    assertThat(price.path("currency_code").asString()).isEqualTo("RUB");
    assertThat(reply.path("items").get(0).path("commissions").path("sales_percent_fbs").isNumber()).isTrue();
    assertThat(reply.path("items").get(0).path("price_indexes").path("color_index").asString()).isEqualTo("WITHOUT_INDEX");
  }

  @Test
  void listsStockPerWarehouseBySku() {
    var sku = ok("/v3/product/info/list", "{\"offer_id\":[\"" + ok("/v3/product/list", "{\"limit\":1}")
        .path("result").path("items").get(0).path("offer_id").asString() + "\"]}").path("items").get(0).path("sku").asLong();
    var rows = ok("/v1/product/info/stocks-by-warehouse/fbs", "{\"sku\":[\"" + sku + "\"]}").path("result");
    assertThat(rows.size()).isEqualTo(2);
    assertThat(rows.get(0).path("sku").asLong()).isEqualTo(sku);
    assertThat(rows.get(0).path("warehouse_name").asString()).isNotEmpty();
  }

  @Test
  void rejectsUnknownVisibility() {
    assertThat(client.post(shop, "/v3/product/list", "{\"filter\":{\"visibility\":\"SHINY\"},\"limit\":1}").status()).isEqualTo(400);
  }
}
