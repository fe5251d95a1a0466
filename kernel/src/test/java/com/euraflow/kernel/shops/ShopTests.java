package com.euraflow.kernel.shops;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.kernel.Api;
import com.euraflow.kernel.KernelWebTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ShopTests extends KernelWebTest {

  private static final String SHOPS = "/api/ef/v1/ozon/shops";

  @Autowired ShopRegistry registry;
  @Autowired ApplicationEvents events;

  @Test
  void bindsAShopAndNeverShowsItsApiKey() {
    var main = api().mainAccount();
    var clientId = Api.clientId();
    var apiKey = "b1c2d3e4-0000-4000-8000-" + clientId;

    var bound = api().post(SHOPS, main.as(), Map.of("displayName", "Магазин Ozon №1", "clientId", clientId, "apiKey", apiKey));
    var list = api().get(SHOPS, main.as());

    assertThat(bound.status()).isEqualTo(201);
    assertThat(list.body().size()).isEqualTo(1);
    assertThat(list.body().get(0).get("displayName").asString()).isEqualTo("Магазин Ozon №1");
    assertThat(list.body().get(0).get("status").asString()).isEqualTo("active");
    assertThat(list.body().get(0).get("access").asString()).isEqualTo("write");
    assertThat(bound.raw() + list.raw()).doesNotContain(apiKey).doesNotContainIgnoringCase("apiKey");
    var shopId = bound.body().get("id").asLong();
    assertThat(events.stream(ShopBound.class)).contains(new ShopBound(shopId, main.id()));
    assertThat(registry.credentials(shopId)).get().extracting(ShopCredentials::apiKey).isEqualTo(apiKey);
    assertThat(registry.credentials(shopId).orElseThrow().toString()).doesNotContain(apiKey);
  }

  @Test
  void storesNoPlaintextApiKeyInTheShopsTable() {
    var main = api().mainAccount();
    var apiKey = "plaintext-canary-" + Api.unique();
    var shopId = api().bindShop(main, apiKey);

    var row = jdbc.sql("SELECT * FROM kernel.shops WHERE id = :id").param("id", shopId).query().singleRow();

    assertThat(row.values()).allSatisfy(value -> {
      var text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
      assertThat(text).doesNotContain(apiKey).doesNotContain(apiKey.substring(0, 12));
    });
    assertThat(row.get("api_key_key_id")).isEqualTo("test");
    assertThat(jdbc.sql("SELECT count(*) FROM kernel.audit_log WHERE details::text LIKE :k")
        .param("k", "%" + apiKey + "%").query(Integer.class).single()).isZero();
  }

  @Test
  void bindsOnceWhenTheSameBindArrivesManyTimesAtOnce() throws Exception {
    var main = api().mainAccount();
    var body = Map.of("displayName", "Double click", "clientId", Api.clientId(), "apiKey", "double-click-key-1");
    var calls = new ArrayList<Callable<Api.Response>>();
    for (int i = 0; i < 8; i++) {
      calls.add(() -> api().post(SHOPS, main.as(), body));
    }

    try (var pool = Executors.newFixedThreadPool(8)) {
      var responses = pool.invokeAll(calls).stream().map(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).toList();

      assertThat(responses).extracting(Api.Response::status).containsOnly(200, 201).containsOnlyOnce(201);
      assertThat(responses).extracting(r -> r.body().get("id").asLong()).containsOnly(responses.getFirst().body().get("id").asLong());
    }
    assertThat(jdbc.sql("SELECT count(*) FROM kernel.shops WHERE owner_id = :o").param("o", main.id())
        .query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void refusesAClientIdBoundByAnotherAccount() {
    var first = api().mainAccount();
    var second = api().mainAccount();
    var clientId = Api.clientId();
    api().post(SHOPS, first.as(), Map.of("displayName", "First", "clientId", clientId, "apiKey", "first-key-123"));

    var taken = api().post(SHOPS, second.as(), Map.of("displayName", "Second", "clientId", clientId, "apiKey", "second-key-12"));

    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.code()).isEqualTo("CONFLICT");
    assertThat(api().get(SHOPS, second.as()).body().size()).isZero();
  }

  @Test
  void enforcesTheShopQuotaOfTheAccountLevel() {
    var main = api().mainAccount();
    for (int i = 0; i < 3; i++) {
      api().bindShop(main, "quota-key-" + i + "-abc");
    }

    var fourth = api().post(SHOPS, main.as(), Map.of("displayName", "Fourth", "clientId", Api.clientId(), "apiKey", "quota-key-4-abc"));

    assertThat(fourth.status()).isEqualTo(409);
    assertThat(fourth.code()).isEqualTo("QUOTA_EXCEEDED");
  }

  @Test
  void renamesAndRotatesTheKey() {
    var main = api().mainAccount();
    var shopId = api().bindShop(main, "rejected-old-key");
    api().post(SHOPS + "/" + shopId + "/test-connection", main.as(), null);

    var renamed = api().put(SHOPS + "/" + shopId, main.as(), Map.of("displayName", "Renamed"));
    var rotated = api().put(SHOPS + "/" + shopId, main.as(), Map.of("apiKey", "fresh-new-key-1"));

    assertThat(renamed.body().get("displayName").asString()).isEqualTo("Renamed");
    assertThat(renamed.body().get("status").asString()).isEqualTo("needs_new_key");
    assertThat(rotated.body().get("status").asString()).isEqualTo("active");
    assertThat(registry.credentials(shopId).orElseThrow().apiKey()).isEqualTo("fresh-new-key-1");
    assertThat(events.stream(ShopCredentialsChanged.class)).contains(new ShopCredentialsChanged(shopId));
    assertThat(jdbc.sql("SELECT action FROM kernel.audit_log WHERE target_type = 'shop' AND target_id = :id ORDER BY id")
        .param("id", Long.toString(shopId)).query(String.class).list())
        .containsExactly("shop.bound", "shop.credentials_rejected", "shop.changed", "shop.changed");
  }

  @Test
  void marksRejectedCredentialsAsNeedingANewKey() {
    var main = api().mainAccount();
    var rejected = api().bindShop(main, "rejected-key-1");
    var down = api().bindShop(main, "down-key-0001");
    var good = api().bindShop(main, "good-key-0001");

    var rejectedAnswer = api().post(SHOPS + "/" + rejected + "/test-connection", main.as(), null);
    var downAnswer = api().post(SHOPS + "/" + down + "/test-connection", main.as(), null);
    var goodAnswer = api().post(SHOPS + "/" + good + "/test-connection", main.as(), null);

    assertThat(rejectedAnswer.body().get("outcome").asString()).isEqualTo("REJECTED");
    assertThat(downAnswer.body().get("outcome").asString()).isEqualTo("UNREACHABLE");
    assertThat(goodAnswer.body().get("outcome").asString()).isEqualTo("OK");
    var statuses = new HashMap<Long, String>();
    api().get(SHOPS, main.as()).body().forEach(s -> statuses.put(s.get("id").asLong(), s.get("status").asString()));
    assertThat(statuses).containsEntry(rejected, "needs_new_key").containsEntry(down, "active").containsEntry(good, "active");
    assertThat(registry.activeShops()).extracting(ActiveShop::shopId).contains(down, good).doesNotContain(rejected);
  }

  @Test
  void registryMarksCredentialsRejectedForTheOzonModule() {
    var main = api().mainAccount();
    var shopId = api().bindShop(main, "registry-key-01");

    registry.markCredentialsRejected(shopId);

    assertThat(registry.find(shopId).orElseThrow().status()).isEqualTo(ShopStatus.NEEDS_NEW_KEY);
    assertThat(registry.activeShops()).extracting(ActiveShop::shopId).doesNotContain(shopId);
  }

  @Test
  void deletesAShop() {
    var main = api().mainAccount();
    var shopId = api().bindShop(main, "delete-key-001");

    assertThat(api().delete(SHOPS + "/" + shopId, main.as()).status()).isEqualTo(204);

    assertThat(api().get(SHOPS, main.as()).body().size()).isZero();
    assertThat(registry.credentials(shopId)).isEmpty();
    assertThat(events.stream(ShopDeleted.class)).contains(new ShopDeleted(shopId));
    assertThat(api().delete(SHOPS + "/" + shopId, main.as()).status()).isEqualTo(404);
  }
}
