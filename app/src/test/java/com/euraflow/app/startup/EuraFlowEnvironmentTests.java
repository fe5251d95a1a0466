package com.euraflow.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EuraFlowEnvironmentTests {

  private static final Map<String, String> PRODUCTION = Map.of(
      "EF_ENV", "production",
      "EF_MASTER_KEY", "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
      "EF_TOKEN_SECRET", "a-real-secret-of-more-than-thirty-two-bytes");

  @Test
  void givesDevelopmentWorkingDemoDefaults() {
    var defaults = EuraFlowEnvironment.defaults(Map.<String, String>of()::get);

    assertThat(defaults).containsEntry("EF_MASTER_KEY", EuraFlowEnvironment.DEMO_MASTER_KEY)
        .containsEntry("EF_DEMO_USERNAME", "demo")
        .containsEntry("EF_BOOTSTRAP_ADMIN_USERNAME", "admin");
    assertThat(defaults.get("EF_JOBS_LANES")).contains("ef_pull", "ef_core");
  }

  @Test
  void refusesProductionWithoutAnEncryptionKeyNamingTheVariable() {
    var env = new HashMap<>(PRODUCTION);
    env.remove("EF_MASTER_KEY");

    assertThatThrownBy(() -> EuraFlowEnvironment.defaults(env::get)).hasMessageContaining("EF_MASTER_KEY is missing");
  }

  @Test
  void refusesProductionWithDemoSecrets() {
    for (var demo : Map.of("EF_MASTER_KEY", EuraFlowEnvironment.DEMO_MASTER_KEY,
        "EF_TOKEN_SECRET", EuraFlowEnvironment.DEMO_TOKEN_SECRET,
        "EF_BOOTSTRAP_ADMIN_PASSWORD", EuraFlowEnvironment.DEMO_ADMIN_PASSWORD).entrySet()) {
      var env = new HashMap<>(PRODUCTION);
      env.put("EF_BOOTSTRAP_ADMIN_USERNAME", "boss");
      env.putIfAbsent("EF_BOOTSTRAP_ADMIN_PASSWORD", "a-strong-password");
      env.put(demo.getKey(), demo.getValue());

      assertThatThrownBy(() -> EuraFlowEnvironment.defaults(env::get)).hasMessageContaining(demo.getKey());
    }
  }

  @Test
  void startsProductionWithoutADemoAccount() {
    var defaults = EuraFlowEnvironment.defaults(PRODUCTION::get);

    assertThat(defaults).containsEntry("EF_DEMO_USERNAME", "").doesNotContainKey("EF_MASTER_KEY");
  }

  @Test
  void mapsTheRoleToTheJobLanes() {
    assertThat(EuraFlowEnvironment.defaults(Map.of("EF_ROLE", "api")::get)).containsEntry("EF_JOBS_LANES", "");
    assertThat(EuraFlowEnvironment.defaults(Map.of("EF_ROLE", "worker")::get).get("EF_JOBS_LANES")).contains("ef_push");
    assertThatThrownBy(() -> EuraFlowEnvironment.defaults(Map.of("EF_ROLE", "both")::get)).hasMessageContaining("EF_ROLE");
  }
}
