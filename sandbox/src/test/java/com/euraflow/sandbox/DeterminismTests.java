package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same world: data, credentials and the clock-driven future are all functions of the settings. */
class DeterminismTests {

  static final List<String[]> CALLS = List.of(
      new String[] {"/v3/product/list", "{\"limit\":1000}"},
      new String[] {"/v3/product/info/list", "{\"product_id\":[300000000,300000001,300000150]}"},
      new String[] {"/v5/product/info/prices", "{\"filter\":{},\"limit\":1000}"},
      new String[] {"/v3/posting/fbs/list", "{\"dir\":\"ASC\",\"filter\":{\"since\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-12-31T00:00:00Z\"},\"limit\":1000,\"offset\":0,\"with\":{\"analytics_data\":true,\"financial_data\":true}}"},
      new String[] {"/v2/posting/fbo/list", "{\"filter\":{\"since\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-12-31T00:00:00Z\"},\"limit\":1000,\"offset\":0}"},
      new String[] {"/v1/returns/list", "{\"filter\":{},\"limit\":500}"});

  private static List<String> snapshot(long seed, int shopIndex) {
    try (var sandbox = OzonSandbox.start(Sandboxes.manual().seed(seed).build())) {
      var client = new SandboxClient(sandbox);
      var shop = sandbox.shops().get(shopIndex);
      sandbox.control().advanceClock(java.time.Duration.ofHours(5));
      return CALLS.stream().map(call -> {
        var response = client.post(shop, call[0], call[1]);
        assertThat(response.status()).isEqualTo(200);
        return response.text();
      }).toList();
    }
  }

  @Test
  void servesTheSameWorldForTheSameSeed() {
    assertThat(snapshot(42, 1)).isEqualTo(snapshot(42, 1));
  }

  @Test
  void servesADifferentWorldForAnotherSeedOrShop() {
    var base = snapshot(42, 1);
    assertThat(snapshot(43, 1).get(0)).isNotEqualTo(base.get(0));
    assertThat(snapshot(42, 2).get(3)).isNotEqualTo(base.get(3));
  }

  @Test
  void derivesCredentialsFromSeedAndIndex() {
    var shop = SandboxShop.of(42, 2);
    assertThat(shop.clientId()).isEqualTo(100_003);
    assertThat(shop.apiKey()).isEqualTo(SandboxShop.of(42, 2).apiKey()).isNotEqualTo(SandboxShop.of(43, 2).apiKey())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    try (var sandbox = OzonSandbox.start(Sandboxes.manual().shops(5).build())) {
      assertThat(sandbox.shops()).hasSize(5).element(2).isEqualTo(shop);
    }
  }
}
