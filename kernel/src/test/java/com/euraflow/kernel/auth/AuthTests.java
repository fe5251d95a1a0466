package com.euraflow.kernel.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.kernel.Api;
import com.euraflow.kernel.Api.As;
import com.euraflow.kernel.KernelWebTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

class AuthTests extends KernelWebTest {

  private static final String ME = "/api/ef/v1/auth/me";

  @Test
  void logsInAndAnswersWhoIsCalling() {
    var main = api().mainAccount();

    var me = api().get(ME, main.as());

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.body().get("username").asString()).isEqualTo(main.username());
    assertThat(me.body().get("role").asString()).isEqualTo("main_account");
    assertThat(me.raw()).doesNotContain("password");
  }

  @Test
  void answersTheSameForUnknownUsersAndWrongPasswords() {
    var main = api().mainAccount();

    var wrongPassword = api().login(main.username(), "not-the-password");
    var unknownUser = api().login("nobody" + Api.unique(), "whatever-password");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(wrongPassword.code()).isEqualTo("INVALID_CREDENTIALS").isEqualTo(unknownUser.code());
    assertThat(wrongPassword.headers().get("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void refusesRequestsWithoutValidCredentials() {
    assertThat(api().get(ME, As.ANONYMOUS).code()).isEqualTo("UNAUTHENTICATED");
    assertThat(api().get(ME, As.bearer("not.a.jwt")).status()).isEqualTo(401);
    assertThat(api().get(ME, As.apiKey("ef_live_unknown")).status()).isEqualTo(401);
  }

  @Test
  void rejectsAnExpiredAccessToken(@Autowired TokenService live) {
    var main = api().mainAccount();
    var session = jdbc.sql("SELECT id FROM kernel.refresh_families WHERE account_id = :a")
        .param("a", main.id()).query(UUID.class).single();
    var anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
    var expired = new TokenService("kernel-tests-token-secret-of-at-least-32-bytes", live.ttl(), anHourAgo)
        .issue(main.id(), session);
    var forged = new TokenService("another-secret-another-secret-another-secret", live.ttl(), Clock.systemUTC())
        .issue(main.id(), session);

    var response = api().get(ME, As.bearer(expired));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body().get("detail").asString()).contains("expired");
    assertThat(api().get(ME, As.bearer(forged)).status()).isEqualTo(401);
  }

  @Test
  void rotatesRefreshTokens() {
    var main = api().mainAccount();

    var refreshed = api().post("/api/ef/v1/auth/refresh", As.ANONYMOUS, Map.of("refreshToken", main.refreshToken()));

    assertThat(refreshed.status()).isEqualTo(200);
    var newRefresh = refreshed.body().get("refreshToken").asString();
    assertThat(newRefresh).isNotEqualTo(main.refreshToken());
    assertThat(api().get(ME, As.bearer(refreshed.body().get("accessToken").asString())).status()).isEqualTo(200);
    assertThat(api().post("/api/ef/v1/auth/refresh", As.ANONYMOUS, Map.of("refreshToken", newRefresh)).status())
        .isEqualTo(200);
  }

  @Test
  void revokesTheWholeSessionWhenARotatedRefreshTokenIsReused() {
    var main = api().mainAccount();
    var refreshed = api().post("/api/ef/v1/auth/refresh", As.ANONYMOUS, Map.of("refreshToken", main.refreshToken()));
    var thiefsCopy = main.refreshToken();

    var reuse = api().post("/api/ef/v1/auth/refresh", As.ANONYMOUS, Map.of("refreshToken", thiefsCopy));

    assertThat(reuse.status()).isEqualTo(401);
    // the legitimate holder's newer tokens die with the family
    assertThat(api().post("/api/ef/v1/auth/refresh", As.ANONYMOUS,
        Map.of("refreshToken", refreshed.body().get("refreshToken").asString())).status()).isEqualTo(401);
    assertThat(api().get(ME, As.bearer(refreshed.body().get("accessToken").asString())).status()).isEqualTo(401);
    assertThat(jdbc.sql("SELECT revoke_reason FROM kernel.refresh_families WHERE account_id = :a")
        .param("a", main.id()).query(String.class).single()).isEqualTo("reuse_detected");
    assertThat(auditActions(main.id())).contains("session.reuse_detected");
  }

  @Test
  void logoutEndsTheSessionAtOnce() {
    var main = api().mainAccount();
    var other = api().loginOk(main.username(), main.password());

    assertThat(api().post("/api/ef/v1/auth/logout", main.as(), null).status()).isEqualTo(204);

    assertThat(api().get(ME, main.as()).status()).isEqualTo(401);
    assertThat(api().post("/api/ef/v1/auth/refresh", As.ANONYMOUS, Map.of("refreshToken", main.refreshToken()))
        .status()).isEqualTo(401);
    assertThat(api().get(ME, other.as()).status()).as("another device's session stays").isEqualTo(200);
  }

  @Test
  void passwordChangeEndsEverySession() {
    var main = api().mainAccount();
    var other = api().loginOk(main.username(), main.password());

    var wrong = api().put("/api/ef/v1/auth/me/password", main.as(),
        Map.of("currentPassword", "wrong-password", "newPassword", "brand-new-password"));
    var changed = api().put("/api/ef/v1/auth/me/password", main.as(),
        Map.of("currentPassword", main.password(), "newPassword", "brand-new-password"));

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(changed.status()).isEqualTo(204);
    assertThat(api().get(ME, main.as()).status()).isEqualTo(401);
    assertThat(api().get(ME, other.as()).status()).isEqualTo(401);
    assertThat(api().login(main.username(), main.password()).status()).isEqualTo(401);
    assertThat(api().login(main.username(), "brand-new-password").status()).isEqualTo(200);
  }

  @Test
  void throttlesLoginAfterFiveAttemptsAMinutePerAccount() {
    var main = api().mainAccount();
    for (int i = 0; i < 4; i++) {
      assertThat(api().login(main.username(), "wrong-" + i).status()).isEqualTo(401);
    }

    var sixth = api().login(main.username(), main.password());

    assertThat(sixth.status()).isEqualTo(429);
    assertThat(sixth.code()).isEqualTo("RATE_LIMITED");
    assertThat(Long.parseLong(sixth.headers().get("Retry-After"))).isBetween(1L, 60L);
    assertThat(auditActions(null)).contains("login.throttled");
  }

  @Test
  void throttlesLoginPerClientIp() {
    var ip = Api.randomIp();
    for (int i = 0; i < 5; i++) {
      var attempt = api().call(HttpMethod.POST, "/api/ef/v1/auth/login", As.ANONYMOUS,
          "{\"username\":\"sprayed" + Api.unique() + "\",\"password\":\"guess-password\"}", ip);
      assertThat(attempt.status()).isEqualTo(401);
    }

    var next = api().call(HttpMethod.POST, "/api/ef/v1/auth/login", As.ANONYMOUS,
        "{\"username\":\"sprayed" + Api.unique() + "\",\"password\":\"guess-password\"}", ip);

    assertThat(next.status()).isEqualTo(429);
  }

  private List<String> auditActions(@Nullable Long tenant) {
    return jdbc.sql("SELECT action FROM kernel.audit_log WHERE tenant_id IS NOT DISTINCT FROM :t OR actor_id = :t")
        .param("t", tenant).query(String.class).list();
  }
}
