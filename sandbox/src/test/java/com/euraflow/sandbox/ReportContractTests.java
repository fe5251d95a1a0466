package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** FBO postings, returns, rFBS cancellation requests and finance transactions. */
class ReportContractTests {

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
  void pagesFboPostingsAsAPlainArrayUntilAShortPage() {
    var seen = new HashSet<String>();
    for (int offset = 0; ; offset += 100) {
      var result = ok("/v2/posting/fbo/list", "{\"dir\":\"ASC\",\"filter\":{\"since\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-12-31T00:00:00Z\"},"
          + "\"limit\":100,\"offset\":" + offset + ",\"with\":{\"analytics_data\":true,\"financial_data\":true}}").path("result");
      assertThat(result.isArray()).isTrue();
      for (var posting : result) {
        assertThat(seen.add(posting.path("posting_number").asString())).isTrue();
        assertThat(posting.path("products").get(0).path("price").asString()).matches("\\d+\\.\\d{6}");
        assertThat(posting.path("analytics_data").path("warehouse_name").asString()).isNotEmpty();
        assertThat(posting.path("status").asString()).isIn("awaiting_packaging", "awaiting_deliver", "delivering", "delivered", "cancelled");
      }
      if (result.size() < 100) break;
    }
    assertThat(seen).hasSize(500);
    var tooLong = client.post(shop, "/v2/posting/fbo/list", "{\"filter\":{\"since\":\"2024-01-01T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\"},\"limit\":1,\"offset\":0}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("message").asString()).isEqualTo("PERIOD_IS_TOO_LONG");
  }

  @Test
  void pagesReturnsByLastIdWithStringIds() {
    var all = ok("/v1/returns/list", "{\"filter\":{},\"limit\":500,\"last_id\":0}");
    assertThat(all.path("has_next").asBoolean()).isFalse();
    var returns = all.path("returns");
    assertThat(returns.size()).isPositive();
    var first = returns.get(0);
    assertThat(first.path("id").isString()).isTrue();
    assertThat(first.path("order_id").isString()).isTrue();
    assertThat(first.path("schema").asString()).isEqualTo("Fbs");
    assertThat(first.path("product").path("price").path("currency_code").asString()).isEqualTo("RUB");
    assertThat(first.path("visual").path("status").path("sys_name").asString()).isEqualTo("ArrivedAtReturnPlace");
    var seen = new HashSet<String>();
    long lastId = 0;
    while (true) {
      var page = ok("/v1/returns/list", "{\"filter\":{},\"limit\":2,\"last_id\":" + lastId + "}");
      for (var r : page.path("returns")) assertThat(seen.add(r.path("id").asString())).isTrue();
      if (!page.path("has_next").asBoolean()) break;
      lastId = Long.parseLong(page.path("returns").get(page.path("returns").size() - 1).path("id").asString());
    }
    assertThat(seen).hasSize(returns.size());
    var twoDateFilters = "{\"filter\":{\"logistic_return_date\":{\"time_from\":\"2026-01-01T00:00:00Z\",\"time_to\":\"2026-02-01T00:00:00Z\"},"
        + "\"visual_status_change_moment\":{\"time_from\":\"2026-01-01T00:00:00Z\",\"time_to\":\"2026-02-01T00:00:00Z\"}},\"limit\":10}";
    assertThat(client.post(shop, "/v1/returns/list", twoDateFilters).status()).isEqualTo(400);
    assertThat(client.post(shop, "/v1/returns/list", "{\"filter\":{},\"limit\":501}").status()).isEqualTo(400);
  }

  @Test
  void listsConditionalCancellationsOnlyWhenFiltersAreSent() {
    var withoutFilters = ok("/v2/conditional-cancellation/list", "{\"limit\":500,\"last_id\":0}");
    assertThat(withoutFilters.path("result").isEmpty()).isTrue();
    var reply = ok("/v2/conditional-cancellation/list", "{\"filters\":{\"state\":\"ALL\"},\"limit\":500,\"last_id\":0,\"with\":{\"counter\":true}}");
    assertThat(reply.path("result").size()).isPositive();
    var first = reply.path("result").get(0);
    assertThat(first.path("cancellation_id").isIntegralNumber()).isTrue();
    assertThat(first.path("state").path("state").asString()).isEqualTo("APPROVED");
    assertThat(reply.path("counter").isString()).isTrue();
    assertThat(reply.path("last_id").asLong()).isEqualTo(reply.path("result").get(reply.path("result").size() - 1).path("cancellation_id").asLong());
  }

  @Test
  void listsFinanceTransactionsByPage() {
    var body = "{\"filter\":{\"date\":{\"from\":\"2026-02-01T00:00:00.000Z\",\"to\":\"2026-03-01T00:00:00.000Z\"},\"operation_type\":[],"
        + "\"posting_number\":\"\",\"transaction_type\":\"all\"},\"page\":1,\"page_size\":10}";
    var result = ok("/v3/finance/transaction/list", body).path("result");
    int rows = result.path("row_count").asInt();
    assertThat(rows).isGreaterThan(10);
    assertThat(result.path("page_count").asInt()).isEqualTo((rows + 9) / 10);
    var operation = result.path("operations").get(0);
    assertThat(operation.path("operation_date").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(operation.path("amount").isNumber()).isTrue();
    assertThat(operation.path("posting").path("posting_number").asString()).isNotEmpty();
    var lastPage = ok("/v3/finance/transaction/list", body.replace("\"page\":1", "\"page\":" + result.path("page_count").asInt())).path("result");
    assertThat(lastPage.path("operations").size()).isEqualTo(rows - 10 * (result.path("page_count").asInt() - 1));
    var tooLong = body.replace("2026-02-01T00:00:00.000Z", "2025-12-01T00:00:00.000Z");
    assertThat(client.post(shop, "/v3/finance/transaction/list", tooLong).status()).isEqualTo(400);
    assertThat(client.post(shop, "/v3/finance/transaction/list", body.replace("\"page_size\":10", "\"page_size\":1001")).status()).isEqualTo(400);
  }
}
