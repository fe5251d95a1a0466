package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.euraflow.sandbox.control.Faults;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Injected failures, per shop or global, and the call records a test asserts on. */
class FaultsTests {

  static final String LIST = "/v3/product/list";
  static final String BODY = "{\"limit\":1}";
  static OzonSandbox sandbox;
  static SandboxClient client;
  static SandboxShop shop;
  static SandboxShop other;

  @BeforeAll
  static void start() {
    sandbox = OzonSandbox.start(Sandboxes.manual().build());
    client = new SandboxClient(sandbox);
    shop = sandbox.shops().get(0);
    other = sandbox.shops().get(1);
  }

  @AfterEach
  void clear() {
    sandbox.control().clearFaults();
    sandbox.control().resetCalls();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void answers500And503WithOzonBodies() {
    sandbox.control().setShopFaults(shop.clientId(), Faults.NONE.error500(1));
    var internal = client.post(shop, LIST, BODY);
    assertThat(internal.status()).isEqualTo(500);
    assertThat(internal.json().path("code").asInt()).isEqualTo(13);
    assertThat(internal.json().path("message").asString()).isEqualTo("Internal error");
    assertThat(client.post(other, LIST, BODY).status()).as("other shops are untouched").isEqualTo(200);
    sandbox.control().setShopFaults(shop.clientId(), Faults.NONE.error503(1));
    assertThat(client.post(shop, LIST, BODY).status()).isEqualTo(503);
  }

  @Test
  void stormsWith429AndOpensTheCircle() {
    sandbox.control().setFaults(Faults.NONE.tooManyRequests(1));
    var storm = client.post(shop, LIST, BODY);
    assertThat(storm.status()).isEqualTo(429);
    assertThat(storm.json().path("code").asInt()).isEqualTo(8);
    sandbox.control().setFaults(Faults.NONE.circleOpen(1));
    var circle = client.post(other, LIST, BODY);
    assertThat(circle.status()).isEqualTo(429);
    assertThat(circle.contentType()).startsWith("text/plain");
    assertThat(circle.text()).isEqualTo("Circle is open");
  }

  @Test
  void dropsTheConnection() {
    sandbox.control().setShopFaults(shop.clientId(), Faults.NONE.drop(1));
    assertThatThrownBy(() -> client.post(shop, LIST, BODY)).isInstanceOf(SandboxClient.SandboxCallFailed.class);
  }

  @Test
  void hangsPastTheClientTimeout() {
    sandbox.control().setShopFaults(shop.clientId(), Faults.NONE.hang(1, 5_000));
    assertThatThrownBy(() -> client.post(shop, LIST, BODY, Duration.ofMillis(300)))
        .isInstanceOf(SandboxClient.SandboxCallFailed.class).hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
  }

  @Test
  void cutsTheBodyInHalf() {
    sandbox.control().setShopFaults(shop.clientId(), Faults.NONE.malformed(1));
    var response = client.post(shop, LIST, BODY);
    assertThat(response.status()).isEqualTo(200);
    assertThatThrownBy(response::json).isInstanceOf(tools.jackson.core.JacksonException.class);
  }

  @Test
  void addsLatency() {
    sandbox.control().setShopFaults(shop.clientId(), Faults.NONE.latency(250, 300));
    long started = System.nanoTime();
    assertThat(client.post(shop, LIST, BODY).status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
  }

  @Test
  void limitsFaultsToAPathPrefix() {
    sandbox.control().setFaults(Faults.NONE.error500(1).onPath("/v3/posting/"));
    assertThat(client.post(shop, LIST, BODY).status()).isEqualTo(200);
    assertThat(client.post(shop, "/v3/posting/fbs/get", "{\"posting_number\":\"x\"}").status()).isEqualTo(500);
  }

  @Test
  void failsAboutTheSetShareOfCalls() {
    sandbox.control().setShopFaults(shop.clientId(), Faults.NONE.error500(0.5));
    var faults = sandbox.control().faultsFor(shop.clientId(), LIST);
    int failed = 0;
    var random = new java.util.SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) if (faults.outcome(random.nextDouble()) == Faults.Outcome.ERROR_500) failed++;
    assertThat(failed).isBetween(4_700, 5_300);
  }

  @Test
  void countsCallsPerShopAndMethodAndKeepsRequestsWithoutApiKey() {
    client.post(shop, LIST, BODY);
    client.post(shop, LIST, BODY);
    client.post(shop, "/v1/warehouse/list", "{}");
    client.post(other, LIST, BODY);
    assertThat(sandbox.control().callCounts(shop.clientId()))
        .containsEntry("POST /v3/product/list", 2L).containsEntry("POST /v1/warehouse/list", 1L).hasSize(2);
    var last = sandbox.control().lastRequests(shop.clientId(), 2);
    assertThat(last).extracting(r -> r.path()).containsExactly(LIST, "/v1/warehouse/list");
    assertThat(last.getFirst().body()).isEqualTo(BODY);
    assertThat(last.getFirst().clientId()).isEqualTo(Long.toString(shop.clientId()));
    assertThat(last.getFirst().headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("Api-Key"));
    assertThat(last.getFirst().headers().toString()).doesNotContain(shop.apiKey());
  }
}
