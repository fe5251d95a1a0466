package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP control API drives the same levers as {@code sandbox.control()}. */
class ControlApiTests {

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

  @Test
  void listsShopCredentials() {
    var shops = client.control("GET", "/__sandbox/shops", null).json();
    assertThat(shops.size()).isEqualTo(3);
    assertThat(shops.get(0).path("client_id").asString()).isEqualTo("100001");
    assertThat(shops.get(0).path("api_key").asString()).isEqualTo(shop.apiKey());
  }

  @Test
  void advancesTheClock() {
    var before = java.time.Instant.parse(client.control("GET", "/__sandbox/clock", null).json().path("now").asString());
    var after = java.time.Instant.parse(client.control("POST", "/__sandbox/clock/advance", "{\"seconds\":90}").json().path("now").asString());
    assertThat(java.time.Duration.between(before, after).toSeconds()).isEqualTo(90);
  }

  @Test
  void addsPostingsAndInjectsStatuses() {
    var added = client.control("POST", "/__sandbox/shops/100001/postings", "{\"count\":2}").json().path("posting_numbers");
    assertThat(added.size()).isEqualTo(2);
    var number = added.get(0).asString();
    var fresh = client.post(shop, "/v3/posting/fbs/get", "{\"posting_number\":\"" + number + "\"}").json().path("result");
    assertThat(fresh.path("status").asString()).isEqualTo("awaiting_packaging");
    assertThat(client.control("POST", "/__sandbox/shops/100001/postings/" + number + "/status", "{\"status\":\"future_status\"}").status()).isEqualTo(200);
    var changed = client.post(shop, "/v3/posting/fbs/get", "{\"posting_number\":\"" + number + "\"}").json().path("result");
    assertThat(changed.path("status").asString()).isEqualTo("future_status");
    assertThat(client.control("POST", "/__sandbox/shops/999/postings", "{\"count\":1}").status()).isEqualTo(404);
  }

  @Test
  void listsThePostingsThatArrivedInATimeWindow() {
    var now = client.control("GET", "/__sandbox/clock", null).json().path("now").asString();
    var added = client.control("POST", "/__sandbox/shops/100001/postings", "{\"count\":3}").json().path("posting_numbers");

    var arrivals = client.control("GET", "/__sandbox/arrivals?since=" + now + "&to=" + now, null).json();
    assertThat(arrivals.valueStream().map(a -> a.path("posting_number").asString()))
        .containsAll(added.valueStream().map(n -> n.asString()).toList());
    assertThat(arrivals.valueStream()).allSatisfy(a -> {
      assertThat(a.path("client_id").asString()).isEqualTo("100001");
      assertThat(a.path("in_process_at").asString()).isEqualTo(now);
    });
    var earlier = java.time.Instant.parse(now).minusSeconds(1).toString();
    assertThat(client.control("GET", "/__sandbox/arrivals?since=" + earlier + "&to=" + earlier, null).json()
        .valueStream().map(a -> a.path("posting_number").asString())).doesNotContainAnyElementsOf(
        added.valueStream().map(n -> n.asString()).toList());
    assertThat(client.control("GET", "/__sandbox/arrivals?since=yesterday", null).status()).isEqualTo(400);
  }

  @Test
  void setsAndClearsFaults() {
    client.control("PUT", "/__sandbox/shops/100002/faults", "{\"error_503_rate\":1.0}");
    var second = sandbox.shops().get(1);
    assertThat(client.post(second, "/v3/product/list", "{\"limit\":1}").status()).isEqualTo(503);
    client.control("PUT", "/__sandbox/faults", "{\"error_500_rate\":1.0,\"path_prefix\":\"/v1/warehouse\"}");
    assertThat(client.post(shop, "/v1/warehouse/list", "{}").status()).isEqualTo(500);
    assertThat(client.control("PUT", "/__sandbox/faults", "{\"error_500_rate\":2}").status()).isEqualTo(400);
    client.control("DELETE", "/__sandbox/faults", null);
    assertThat(client.post(second, "/v3/product/list", "{\"limit\":1}").status()).isEqualTo(200);
  }

  @Test
  void reportsCallCountsAndLastRequests() {
    client.control("DELETE", "/__sandbox/calls", null);
    var third = sandbox.shops().get(2);
    client.post(third, "/v3/product/list", "{\"limit\":3}");
    var counts = client.control("GET", "/__sandbox/shops/100003/calls", null).json();
    assertThat(counts.path("POST /v3/product/list").asLong()).isEqualTo(1);
    var requests = client.control("GET", "/__sandbox/requests?client_id=100003&limit=5", null).json();
    assertThat(requests.size()).isEqualTo(1);
    assertThat(requests.get(0).path("body").asString()).isEqualTo("{\"limit\":3}");
    assertThat(requests.get(0).path("headers").toString()).doesNotContain(third.apiKey());
  }
}
