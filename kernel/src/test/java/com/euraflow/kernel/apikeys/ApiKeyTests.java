package com.euraflow.kernel.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.euraflow.kernel.Api.As;
import com.euraflow.kernel.KernelWebTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeyTests extends KernelWebTest {

  private static final String KEYS = "/api/ef/v1/api-keys";

  @Test
  void showsAKeyOnceAndAcceptsItWhereverATokenIs() throws Exception {
    var main = api().mainAccount();
    var shopId = api().bindShop(main, "apikey-shop-01");

    var created = api().post(KEYS, main.as(), Map.of("name", "ERP sync"));
    var key = created.body().get("key").asString();

    assertThat(created.status()).isEqualTo(201);
    assertThat(key).startsWith("ef_live_").hasSizeGreaterThan(40);
    assertThat(api().get(KEYS, main.as()).raw()).doesNotContain(key).contains(created.body().get("prefix").asString());
    assertThat(api().get(KEYS + "/", main.as()).status()).as("the original's trailing slash").isEqualTo(200);
    assertThat(jdbc.sql("SELECT count(*) FROM kernel.api_keys WHERE key_hash = :k OR key_prefix = :k").param("k", key)
        .query(Integer.class).single()).as("stored hashed").isZero();
    assertThat(api().get("/api/ef/v1/auth/me", As.apiKey(key)).body().get("id").asLong()).isEqualTo(main.id());
    var viaAuthorization = mvc.perform(get("/api/ef/v1/ozon/shops/" + shopId).header("Authorization", "ApiKey " + key))
        .andReturn().getResponse();
    assertThat(viaAuthorization.getStatus()).isEqualTo(200);
    assertThat(api().put("/api/ef/v1/ozon/shops/" + shopId, As.apiKey(key), Map.of("displayName", "Via key")).status())
        .isEqualTo(200);
  }

  @Test
  void revokedKeysStopWorking() {
    var main = api().mainAccount();
    var created = api().post(KEYS, main.as(), Map.of("name", "temporary"));
    var key = created.body().get("key").asString();

    var revoke = api().delete(KEYS + "/" + created.body().get("id").asLong(), main.as());

    assertThat(revoke.status()).isEqualTo(204);
    assertThat(api().get("/api/ef/v1/auth/me", As.apiKey(key)).status()).isEqualTo(401);
    assertThat(api().get(KEYS, main.as()).body().get(0).get("revokedAt").isNull()).isFalse();
    assertThat(jdbc.sql("SELECT action FROM kernel.audit_log WHERE tenant_id = :t").param("t", main.id())
        .query(String.class).list()).contains("api_key.created", "api_key.revoked");
  }

  @Test
  void regeneratingReplacesTheKey() {
    var main = api().mainAccount();
    var created = api().post(KEYS, main.as(), Map.of("name", "rolling"));

    var regenerated = api().put(KEYS + "/" + created.body().get("id").asLong() + "/regenerate", main.as(), null);

    assertThat(regenerated.status()).isEqualTo(200);
    assertThat(regenerated.body().get("name").asString()).isEqualTo("rolling");
    assertThat(api().get("/api/ef/v1/auth/me", As.apiKey(created.body().get("key").asString())).status()).isEqualTo(401);
    assertThat(api().get("/api/ef/v1/auth/me", As.apiKey(regenerated.body().get("key").asString())).status()).isEqualTo(200);
  }

  @Test
  void aKeyCannotMintKeysOrChangeThePassword() {
    var main = api().mainAccount();
    var key = api().post(KEYS, main.as(), Map.of("name", "limited")).body().get("key").asString();

    assertThat(api().post(KEYS, As.apiKey(key), Map.of("name", "more")).status()).isEqualTo(403);
    assertThat(api().put("/api/ef/v1/auth/me/password", As.apiKey(key),
        Map.of("currentPassword", main.password(), "newPassword", "stolen-password")).status()).isEqualTo(403);
  }
}
