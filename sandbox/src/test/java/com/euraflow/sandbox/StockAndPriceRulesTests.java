package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The two batch writes: their limits, per-item errors inside HTTP 200, and that later reads see them. */
class StockAndPriceRulesTests {

  OzonSandbox sandbox;
  SandboxClient client;
  SandboxShop shop;
  long warehouseId;
  final AtomicLong ticker = new AtomicLong();

  @BeforeEach
  void start() {
    sandbox = OzonSandbox.start(Sandboxes.manual().ticker(ticker::get).build());
    client = new SandboxClient(sandbox);
    shop = sandbox.shops().getFirst();
    warehouseId = ok("/v1/warehouse/list", "{}").path("result").get(0).path("warehouse_id").asLong();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private JsonNode ok(String path, String body) {
    return client.ok(shop, path, body);
  }

  /** Products that accept stock: not archived and already price_sent. */
  private JsonNode sellable(int count) {
    var ids = ok("/v3/product/list", "{\"limit\":1000}").path("result").path("items");
    var list = new StringBuilder();
    for (var item : ids) list.append(list.isEmpty() ? "" : ",").append(item.path("product_id").asLong());
    var info = ok("/v3/product/info/list", "{\"product_id\":[" + list + "]}").path("items");
    var result = SandboxClient.JSON.createArrayNode();
    for (var item : info) {
      if (item.path("statuses").path("status").asString().equals("price_sent") && result.size() < count) result.add(item);
    }
    return result;
  }

  private String stock(String offerId, long stock) {
    return "{\"offer_id\":\"" + offerId + "\",\"stock\":" + stock + ",\"warehouse_id\":" + warehouseId + "}";
  }

  @Test
  void setsFreeStockThatLaterReadsShow() {
    var product = sellable(1).get(0);
    var offer = product.path("offer_id").asString();
    var result = ok("/v2/products/stocks", "{\"stocks\":[" + stock(offer, 37) + "]}").path("result").get(0);
    assertThat(result.path("updated").asBoolean()).isTrue();
    assertThat(result.path("errors").isEmpty()).isTrue();
    assertThat(result.path("warehouse_id").asLong()).isEqualTo(warehouseId);
    var row = ok("/v1/product/info/stocks-by-warehouse/fbs", "{\"sku\":[" + product.path("sku").asLong() + "]}").path("result").get(0);
    assertThat(row.path("present").asInt() - row.path("reserved").asInt()).isEqualTo(37);
  }

  @Test
  void refusesAPairUpdatedAgainWithin30Seconds() {
    var offer = sellable(1).get(0).path("offer_id").asString();
    ok("/v2/products/stocks", "{\"stocks\":[" + stock(offer, 5) + "]}");
    var again = ok("/v2/products/stocks", "{\"stocks\":[" + stock(offer, 6) + "]}").path("result").get(0);
    assertThat(again.path("updated").asBoolean()).isFalse();
    assertThat(again.path("errors").get(0).path("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
    assertThat(again.path("errors").get(0).path("message").asString()).isEqualTo("Stock is updated too frequently");
    sandbox.control().advanceClock(Duration.ofSeconds(30));
    assertThat(ok("/v2/products/stocks", "{\"stocks\":[" + stock(offer, 6) + "]}").path("result").get(0).path("updated").asBoolean()).isTrue();
  }

  @Test
  void reportsUnknownProductsWarehousesAndTooBigStockPerItem() {
    var offer = sellable(1).get(0).path("offer_id").asString();
    var body = "{\"stocks\":[" + stock("NO-SUCH-OFFER", 1) + ",{\"offer_id\":\"" + offer + "\",\"stock\":1,\"warehouse_id\":1},"
        + stock(offer, 1_000_000) + "]}";
    var result = ok("/v2/products/stocks", body).path("result");
    assertThat(result.get(0).path("errors").get(0).path("code").asString()).isEqualTo("NOT_FOUND_ERROR");
    assertThat(result.get(1).path("errors").get(0).path("code").asString()).isEqualTo("WAREHOUSE_NOT_FOUND");
    assertThat(result.get(2).path("errors").get(0).path("code").asString()).isEqualTo("STOCK_TOO_BIG");
  }

  @Test
  void rejectsMoreThan100StockPairsAndMissingWarehouse() {
    var items = new ArrayList<String>();
    for (int i = 0; i < 101; i++) items.add(stock("X-" + i, 1));
    var tooMany = client.post(shop, "/v2/products/stocks", "{\"stocks\":[" + String.join(",", items) + "]}");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().path("code").asInt()).isEqualTo(3);
    var noWarehouse = client.post(shop, "/v2/products/stocks", "{\"stocks\":[{\"offer_id\":\"A\",\"stock\":1}]}");
    assertThat(noWarehouse.status()).isEqualTo(400);
    assertThat(noWarehouse.json().path("message").asString())
        .isEqualTo("Request validation error: invalid ProductsStocksRequest.Stocks[0]: embedded message failed validation");
  }

  @Test
  void allows80StockCallsAMinute() {
    for (int i = 0; i < 80; i++) {
      assertThat(client.post(shop, "/v2/products/stocks", "{\"stocks\":[" + stock("X", 1) + "]}").status()).isEqualTo(200);
      if (i % 40 == 39) {
        // Keep clear of the 50-per-second limit, which is not the rule under test.
        ticker.addAndGet(Duration.ofSeconds(1).toNanos());
        sandbox.control().advanceClock(Duration.ofSeconds(1));
      }
    }
    var limited = client.post(shop, "/v2/products/stocks", "{\"stocks\":[" + stock("X", 1) + "]}");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().path("code").asInt()).isEqualTo(8);
    sandbox.control().advanceClock(Duration.ofMinutes(1));
    assertThat(client.post(shop, "/v2/products/stocks", "{\"stocks\":[" + stock("X", 1) + "]}").status()).isEqualTo(200);
  }

  private String price(long productId, String price, String oldPrice) {
    return "{\"product_id\":" + productId + ",\"price\":\"" + price + "\",\"old_price\":\"" + oldPrice
        + "\",\"currency_code\":\"RUB\",\"vat\":\"0.2\",\"auto_action_enabled\":\"UNKNOWN\"}";
  }

  @Test
  void importsPricesThatLaterReadsShowAsStringsAndNumbers() {
    long id = sellable(1).get(0).path("id").asLong();
    var result = ok("/v1/product/import/prices", "{\"prices\":[" + price(id, "1448", "0") + "]}").path("result").get(0);
    assertThat(result.path("updated").asBoolean()).isTrue();
    assertThat(result.path("product_id").asLong()).isEqualTo(id);
    assertThat(ok("/v3/product/info/list", "{\"product_id\":[" + id + "]}").path("items").get(0).path("price").asString()).isEqualTo("1448.00");
    var v5 = ok("/v5/product/info/prices", "{\"filter\":{\"product_id\":[\"" + id + "\"]},\"limit\":1}").path("items").get(0).path("price");
    assertThat(v5.path("price").decimalValue()).isEqualByComparingTo("1448");
    assertThat(v5.path("old_price").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void allowsTenPriceChangesAnHourPerProduct() {
    long id = sellable(1).get(0).path("id").asLong();
    for (int i = 0; i < 10; i++) {
      assertThat(ok("/v1/product/import/prices", "{\"prices\":[" + price(id, Integer.toString(1000 + i), "0") + "]}")
          .path("result").get(0).path("updated").asBoolean()).isTrue();
    }
    var eleventh = ok("/v1/product/import/prices", "{\"prices\":[" + price(id, "1100", "0") + "]}").path("result").get(0);
    assertThat(eleventh.path("updated").asBoolean()).isFalse();
    assertThat(eleventh.path("errors").get(0).path("message").asString())
        .isEqualTo("error limiting: acquire limit per item: items limit: limit exceeded");
    sandbox.control().advanceClock(Duration.ofHours(1));
    assertThat(ok("/v1/product/import/prices", "{\"prices\":[" + price(id, "1100", "0") + "]}")
        .path("result").get(0).path("updated").asBoolean()).isTrue();
  }

  @Test
  void enforcesDiscountSizeRules() {
    var products = sellable(5);
    var body = "{\"prices\":[" + price(products.get(0).path("id").asLong(), "300", "310") + ","
        + price(products.get(1).path("id").asLong(), "1000", "1040") + ","
        + price(products.get(2).path("id").asLong(), "20000", "20400") + ","
        + price(products.get(3).path("id").asLong(), "100", "1000") + ","
        + price(products.get(4).path("id").asLong(), "-1", "0") + "]}";
    var result = ok("/v1/product/import/prices", body).path("result");
    assertThat(result.get(0).path("errors").get(0).path("code").asString()).isEqualTo("discount_for_low_price_is_too_small");
    assertThat(result.get(1).path("errors").get(0).path("code").asString()).isEqualTo("discount_for_average_price_is_too_small");
    assertThat(result.get(2).path("errors").get(0).path("code").asString()).isEqualTo("discount_for_top_price_is_too_small");
    assertThat(result.get(3).path("errors").get(0).path("code").asString()).isEqualTo("discount_too_big");
    assertThat(result.get(4).path("errors").get(0).path("code").asString()).isEqualTo("price_negative");
  }

  @Test
  void rejectsMoreThan1000Prices() {
    var items = new ArrayList<String>();
    for (int i = 0; i < 1001; i++) items.add(price(1, "1000", "0"));
    var response = client.post(shop, "/v1/product/import/prices", "{\"prices\":[" + String.join(",", items) + "]}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("code").asInt()).isEqualTo(3);
  }
}
