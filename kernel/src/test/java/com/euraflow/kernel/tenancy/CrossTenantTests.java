package com.euraflow.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.kernel.Api;
import com.euraflow.kernel.KernelWebTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;

/**
 * Every shop- and account-scoped endpoint, called by another tenant (and by children without the
 * grant), answers 404 and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantTests extends KernelWebTest {

  private Api.Login owner;
  private Api.Login stranger;
  private Api.Login strangersChild;
  private Api.Login ownersReader;
  private Api.Login ownersUngranted;
  private long shopId;
  private long otherShopId;
  private long childId;
  private long apiKeyId;

  record Call(String name, HttpMethod method, String path, @Nullable Object body) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void twoTenants() {
    owner = api().mainAccount();
    shopId = api().bindShop(owner, "owner-key-0001");
    otherShopId = api().bindShop(owner, "owner-key-0002");
    ownersReader = api().child(owner, "sub_account", List.of(Map.of("shopId", shopId, "access", "read")));
    ownersUngranted = api().child(owner, "shipper", List.of());
    childId = ownersReader.id();
    apiKeyId = api().post("/api/ef/v1/api-keys", owner.as(), Map.of("name", "owner key")).body().get("id").asLong();
    stranger = api().mainAccount();
    api().bindShop(stranger, "stranger-key-01");
    strangersChild = api().child(stranger, "sub_account", List.of());
  }

  Stream<Call> shopCalls() {
    return Stream.of(
        new Call("get shop", HttpMethod.GET, "/api/ef/v1/ozon/shops/{shop}", null),
        new Call("rename shop", HttpMethod.PUT, "/api/ef/v1/ozon/shops/{shop}", Map.of("displayName", "Hijacked")),
        new Call("rotate key", HttpMethod.PUT, "/api/ef/v1/ozon/shops/{shop}", Map.of("apiKey", "rejected-hijack")),
        new Call("delete shop", HttpMethod.DELETE, "/api/ef/v1/ozon/shops/{shop}", null),
        new Call("test connection", HttpMethod.POST, "/api/ef/v1/ozon/shops/{shop}/test-connection", null));
  }

  Stream<Call> accountCalls() {
    return Stream.of(
        new Call("update user", HttpMethod.PUT, "/api/ef/v1/auth/users/{child}", Map.of("status", "disabled")),
        new Call("grant shops", HttpMethod.PUT, "/api/ef/v1/auth/users/{child}", Map.of("shops", List.of())),
        new Call("reset password", HttpMethod.PATCH, "/api/ef/v1/auth/users/{child}/password", Map.of("newPassword", "taken-over-1")),
        new Call("delete user", HttpMethod.DELETE, "/api/ef/v1/auth/users/{child}", null),
        new Call("revoke api key", HttpMethod.DELETE, "/api/ef/v1/api-keys/{key}", null),
        new Call("regenerate api key", HttpMethod.PUT, "/api/ef/v1/api-keys/{key}/regenerate", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shopCalls")
  void hidesAnotherTenantsShop(Call call) {
    var before = snapshot();
    for (var intruder : List.of(stranger, strangersChild, ownersUngranted)) {
      var response = api().call(call.method(), path(call, shopId), intruder.as(), call.body());
      assertThat(response.status()).as(call + " by " + intruder.username()).isEqualTo(404);
      assertThat(response.code()).isEqualTo("NOT_FOUND");
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accountCalls")
  void hidesAnotherTenantsAccountsAndKeys(Call call) {
    var before = snapshot();
    for (var intruder : List.of(stranger, strangersChild)) {
      var response = api().call(call.method(), path(call, shopId), intruder.as(), call.body());
      assertThat(response.status()).as(call + " by " + intruder.username()).isIn(403, 404);
      if (intruder == stranger) {
        assertThat(response.status()).as(call + " by another main account").isEqualTo(404);
      }
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void grantingAnotherTenantsShopIsNotFoundAndGrantsNothing() {
    var response = api().post("/api/ef/v1/auth/users", stranger.as(), Map.of("username", "grabber" + Api.unique(),
        "password", "grabber-password", "role", "sub_account", "shops", List.of(Map.of("shopId", shopId, "access", "write"))));

    assertThat(response.status()).isEqualTo(404);
    assertThat(jdbc.sql("SELECT count(*) FROM kernel.accounts WHERE username LIKE 'grabber%'").query(Integer.class).single())
        .as("no partial write").isZero();
  }

  @Test
  void readOnlyGrantSeesButCannotChange() {
    var list = api().get("/api/ef/v1/ozon/shops", ownersReader.as());
    var rename = api().put("/api/ef/v1/ozon/shops/" + shopId, ownersReader.as(), Map.of("displayName", "Nope"));

    assertThat(list.body().size()).isEqualTo(1);
    assertThat(list.body().get(0).get("id").asLong()).isEqualTo(shopId);
    assertThat(list.body().get(0).get("access").asString()).isEqualTo("read");
    assertThat(api().get("/api/ef/v1/ozon/shops/" + otherShopId, ownersReader.as()).status()).isEqualTo(404);
    assertThat(rename.status()).isEqualTo(403);
    assertThat(rename.code()).isEqualTo("FORBIDDEN");
  }

  @Test
  void listsOnlyOwnShops() {
    var strangers = api().get("/api/ef/v1/ozon/shops", stranger.as());

    assertThat(strangers.body().size()).isEqualTo(1);
    assertThat(strangers.body().get(0).get("id").asLong()).isNotIn(shopId, otherShopId);
    assertThat(api().get("/api/ef/v1/ozon/shops", strangersChild.as()).body().size()).isZero();
    assertThat(api().get("/api/ef/v1/auth/users", stranger.as()).raw()).doesNotContain(ownersReader.username());
  }

  private String path(Call call, long shop) {
    return call.path().replace("{shop}", Long.toString(shop)).replace("{child}", Long.toString(childId))
        .replace("{key}", Long.toString(apiKeyId));
  }

  private List<Object> snapshot() {
    return List.of(
        jdbc.sql("SELECT id, display_name, status, encode(api_key_ciphertext, 'hex') AS key, updated_at FROM kernel.shops WHERE owner_id = :o ORDER BY id")
            .param("o", owner.id()).query().listOfRows().toString(),
        jdbc.sql("SELECT id, status, password_hash, updated_at FROM kernel.accounts WHERE parent_id = :o ORDER BY id")
            .param("o", owner.id()).query().listOfRows().toString(),
        jdbc.sql("SELECT account_id, shop_id, access FROM kernel.shop_grants g JOIN kernel.shops s ON s.id = g.shop_id WHERE s.owner_id = :o ORDER BY 1, 2")
            .param("o", owner.id()).query().listOfRows().toString(),
        jdbc.sql("SELECT id, revoked_at FROM kernel.api_keys WHERE account_id = :o ORDER BY id")
            .param("o", owner.id()).query().listOfRows().toString(),
        jdbc.sql("SELECT count(*) FROM kernel.refresh_families WHERE account_id = :c AND revoked_at IS NULL")
            .param("c", childId).query(Integer.class).single());
  }
}
