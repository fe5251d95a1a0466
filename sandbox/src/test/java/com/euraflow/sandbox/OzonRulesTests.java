package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** OZON's header checks and request-rate rules, with OZON's error bodies. */
class OzonRulesTests {

  static final AtomicLong ticker = new AtomicLong();
  static OzonSandbox sandbox;
  static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = OzonSandbox.start(Sandboxes.manual().ticker(ticker::get).build());
    client = new SandboxClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void rejectsMissingHeadersWith401Code16() {
    var response = client.postWithHeaders("/v3/product/list", "{\"limit\":1}", "Client-Id", "100001");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().path("code").asInt()).isEqualTo(16);
    assertThat(response.json().path("message").asString()).isEqualTo("Client-Id and Api-Key headers are required");
    assertThat(response.json().path("details").isArray()).isTrue();
  }

  @Test
  void rejectsNonNumericClientIdWith400Code3() {
    var response = client.postWithHeaders("/v3/product/list", "{}", "Client-Id", "shop-1", "Api-Key", "x");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("code").asInt()).isEqualTo(3);
    assertThat(response.json().path("message").asString()).isEqualTo("Client-Id header value should be positive integer");
  }

  @Test
  void rejectsWrongKeyWith404Code5() {
    var shop = sandbox.shops().getFirst();
    var wrongKey = client.postWithHeaders("/v3/product/list", "{}", "Client-Id", "100001", "Api-Key", "00000000-0000-0000-0000-000000000000");
    var otherShopsKey = client.postWithHeaders("/v3/product/list", "{}", "Client-Id", "100002", "Api-Key", shop.apiKey());
    for (var response : new SandboxClient.Response[] {wrongKey, otherShopsKey}) {
      assertThat(response.status()).isEqualTo(404);
      assertThat(response.json().path("code").asInt()).isEqualTo(5);
      assertThat(response.json().path("message").asString()).isEqualTo("Invalid Api-Key, please check the key and try again");
    }
  }

  @Test
  void answersUnknownMethodsWith404() {
    var response = client.post(sandbox.shops().get(2), "/v1/product/import/stocks", "{}");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("code").asInt()).isEqualTo(5);
  }

  @Test
  void limitsEachClientIdTo50RequestsPerSecond() {
    var shop = sandbox.shops().get(1);
    ticker.addAndGet(Duration.ofMinutes(1).toNanos());
    for (int i = 0; i < 50; i++) {
      assertThat(client.post(shop, "/v3/product/list", "{\"limit\":1}").status()).isEqualTo(200);
    }
    var limited = client.post(shop, "/v3/product/list", "{\"limit\":1}");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().path("code").asInt()).isEqualTo(8);
    assertThat(limited.json().path("message").asString()).isEqualTo("You have reached request rate limit per second");
    assertThat(client.post(sandbox.shops().get(2), "/v3/product/list", "{\"limit\":1}").status())
        .as("the limit is per Client-Id").isEqualTo(200);
    ticker.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(client.post(shop, "/v3/product/list", "{\"limit\":1}").status()).isEqualTo(200);
  }

  @Test
  void allowsTheWarehouseListOnceAMinute() {
    var shop = sandbox.shops().getFirst();
    sandbox.control().advanceClock(Duration.ofMinutes(2));
    assertThat(client.post(shop, "/v1/warehouse/list", "{}").status()).isEqualTo(200);
    var again = client.post(shop, "/v1/warehouse/list", "{}");
    assertThat(again.status()).isEqualTo(429);
    assertThat(again.json().path("code").asInt()).isEqualTo(8);
    sandbox.control().advanceClock(Duration.ofSeconds(61));
    assertThat(client.post(shop, "/v1/warehouse/list", "{}").status()).isEqualTo(200);
  }

  @Test
  void rejectsABodyThatIsNotJson() {
    var response = client.post(sandbox.shops().get(2), "/v3/product/list", "{not json");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("code").asInt()).isEqualTo(3);
  }
}
