package com.euraflow.kernel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.kernel.Api;
import com.euraflow.kernel.KernelWebTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class AccountTests extends KernelWebTest {

  private static final String USERS = "/api/ef/v1/auth/users";

  @Test
  void mainAccountsCreateChildrenWithASubsetOfTheirShops() {
    var main = api().mainAccount();
    var kept = api().bindShop(main, "kept-key-0001");
    var granted = api().bindShop(main, "granted-key-01");

    var writer = api().child(main, "sub_account", List.of(Map.of("shopId", granted, "access", "write")));
    var shops = api().get("/api/ef/v1/ozon/shops", writer.as());

    assertThat(shops.body().size()).isEqualTo(1);
    assertThat(shops.body().get(0).get("id").asLong()).isEqualTo(granted).isNotEqualTo(kept);
    assertThat(shops.body().get(0).get("access").asString()).isEqualTo("write");
    var listed = api().get(USERS, main.as());
    assertThat(listed.body().findValuesAsString("username")).containsExactly(writer.username());
    assertThat(listed.raw()).doesNotContain("password");
  }

  @Test
  void childrenNeitherBindShopsNorManageAccounts() {
    var main = api().mainAccount();
    var child = api().child(main, "shipper", List.of());

    var bind = api().post("/api/ef/v1/ozon/shops", child.as(),
        Map.of("displayName", "Mine", "clientId", Api.clientId(), "apiKey", "child-key-0001"));
    var create = api().post(USERS, child.as(), Map.of("username", "x" + Api.unique(), "password", "password-1", "role", "shipper"));

    assertThat(bind.status()).isEqualTo(403);
    assertThat(create.status()).isEqualTo(403);
    assertThat(api().get("/api/ef/v1/audit/logs", child.as()).status()).isEqualTo(403);
  }

  @Test
  void regrantingReplacesAChildsShops() {
    var main = api().mainAccount();
    var a = api().bindShop(main, "regrant-key-a1");
    var b = api().bindShop(main, "regrant-key-b1");
    var child = api().child(main, "sub_account", List.of(Map.of("shopId", a, "access", "read")));

    var updated = api().put(USERS + "/" + child.id(), main.as(), Map.of("shops", List.of(Map.of("shopId", b, "access", "write"))));

    assertThat(updated.status()).isEqualTo(200);
    assertThat(api().get("/api/ef/v1/ozon/shops", child.as()).body().findValuesAsString("access")).containsExactly("write");
    assertThat(api().get("/api/ef/v1/ozon/shops/" + a, child.as()).status()).isEqualTo(404);
    assertThat(auditActions(main.id())).contains("account.created", "grants.changed");
  }

  @Test
  void expiredAccountsReadButDoNotWrite() {
    var main = api().mainAccount();
    var shopId = api().bindShop(main, "expiring-key-1");
    var child = api().child(main, "sub_account", List.of(Map.of("shopId", shopId, "access", "write")));
    jdbc.sql("UPDATE kernel.accounts SET expires_at = now() - interval '1 day' WHERE id = :id").param("id", main.id()).update();

    var read = api().get("/api/ef/v1/ozon/shops", main.as());
    var write = api().put("/api/ef/v1/ozon/shops/" + shopId, main.as(), Map.of("displayName", "Late"));
    var childWrite = api().put("/api/ef/v1/ozon/shops/" + shopId, child.as(), Map.of("displayName", "Late"));

    assertThat(read.status()).isEqualTo(200);
    assertThat(write.status()).isEqualTo(403);
    assertThat(write.code()).isEqualTo("ACCOUNT_WRITE_FORBIDDEN");
    assertThat(childWrite.code()).as("children inherit the expiry").isEqualTo("ACCOUNT_WRITE_FORBIDDEN");
    assertThat(api().post("/api/ef/v1/auth/logout", main.as(), null).status()).isEqualTo(204);
  }

  @Test
  void suspendedAccountsReadButDoNotWriteAndDisabledOnesAreLockedOut() {
    var main = api().mainAccount();
    var suspend = api().put(USERS + "/" + main.id(), api().admin().as(), Map.of("status", "suspended"));

    assertThat(suspend.status()).isEqualTo(200);
    assertThat(api().get("/api/ef/v1/auth/me", main.as()).status()).isEqualTo(200);
    assertThat(api().post("/api/ef/v1/api-keys", main.as(), Map.of("name", "k")).code()).isEqualTo("ACCOUNT_WRITE_FORBIDDEN");

    api().put(USERS + "/" + main.id(), api().admin().as(), Map.of("status", "disabled"));

    assertThat(api().get("/api/ef/v1/auth/me", main.as()).status()).isEqualTo(401);
    assertThat(api().login(main.username(), main.password()).code()).isEqualTo("ACCOUNT_DISABLED");
    assertThat(auditActions(main.id())).contains("account.updated");
  }

  @Test
  void enforcesTheSubAccountQuota() {
    var level = api().post("/api/ef/v1/account-levels", api().admin().as(),
        Map.of("name", "tiny" + Api.unique(), "maxShops", 1, "maxSubAccounts", 1, "defaultExpirationDays", 30));
    var username = "tiny" + Api.unique();
    var created = api().post(USERS, api().admin().as(),
        Map.of("username", username, "password", "password-" + username, "role", "main_account", "levelId", level.body().get("id").asLong()));
    var main = api().loginOk(username, "password-" + username);
    api().child(main, "sub_account", List.of());

    var second = api().post(USERS, main.as(), Map.of("username", "over" + Api.unique(), "password", "password-1", "role", "shipper"));

    assertThat(created.body().get("expiresAt").isNull()).as("the level's default expiry applies").isFalse();
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.code()).isEqualTo("QUOTA_EXCEEDED");
  }

  @Test
  void refusesTakenUserNames() {
    var main = api().mainAccount();

    var again = api().post(USERS, api().admin().as(),
        Map.of("username", main.username().toUpperCase(), "password", "password-1", "role", "main_account"));

    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void managersResetPasswordsAndEndTheSessions() {
    var main = api().mainAccount();
    var child = api().child(main, "sub_account", List.of());

    var reset = api().call(HttpMethod.PATCH, USERS + "/" + child.id() + "/password", main.as(),
        Map.of("newPassword", "reset-by-owner"));

    assertThat(reset.status()).isEqualTo(204);
    assertThat(api().get("/api/ef/v1/auth/me", child.as()).status()).isEqualTo(401);
    assertThat(api().login(child.username(), "reset-by-owner").status()).isEqualTo(200);
  }

  @Test
  void auditLogIsReadByTheOwnerTreeAndAdminsOnly() {
    var main = api().mainAccount();
    var other = api().mainAccount();
    var shopId = api().bindShop(main, "audited-key-01");

    var own = api().get("/api/ef/v1/audit/logs", main.as());
    var others = api().get("/api/ef/v1/audit/logs?limit=500", other.as());
    var admin = api().get("/api/ef/v1/audit/logs?limit=500", api().admin().as());

    assertThat(own.body().findValuesAsString("action")).contains("shop.bound", "login.succeeded", "account.created");
    assertThat(own.body().findValues("tenantId")).allSatisfy(t -> assertThat(t.asLong()).isEqualTo(main.id()));
    assertThat(others.body().findValuesAsString("targetId")).doesNotContain(Long.toString(shopId));
    assertThat(admin.body().findValuesAsString("targetId")).contains(Long.toString(shopId));
  }

  private List<String> auditActions(long tenant) {
    return jdbc.sql("SELECT action FROM kernel.audit_log WHERE tenant_id = :t").param("t", tenant).query(String.class).list();
  }
}
