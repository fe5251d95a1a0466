package com.euraflow.app.startup;

import com.euraflow.jobs.Lanes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Settles the EF_* configuration before anything is built: development gets working demo defaults,
 * production refuses to start with a missing or demo secret (naming the variable), and EF_ROLE
 * decides which job lanes this process works.
 */
public class EuraFlowEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  /** Public on purpose: these only make a laptop demo work and are refused in production. */
  static final String DEMO_MASTER_KEY = "demo:ZXVyYWZsb3ctZGVtby1tYXN0ZXIta2V5LTMyYnl0ZXM=";
  static final String DEMO_TOKEN_SECRET = "euraflow-demo-token-secret-not-for-production";
  static final String DEMO_ADMIN_USERNAME = "admin";
  static final String DEMO_ADMIN_PASSWORD = "admin-password";
  static final String DEMO_USERNAME = "demo";
  static final String DEMO_PASSWORD = "demo-password";

  private static final Set<String> ROLES = Set.of("api", "worker", "all");

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    var environment = event.getEnvironment();
    var defaults = defaults(environment::getProperty);
    // last: real environment variables and explicit properties always win
    environment.getPropertySources().addLast(new MapPropertySource("euraflow-defaults", Map.copyOf(defaults)));
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 20;
  }

  /**
   * The EF_* values to assume where the environment sets none.
   *
   * @throws IllegalStateException naming the variable when the configuration is unsafe or invalid
   */
  static Map<String, String> defaults(Function<String, String> env) {
    var mode = value(env, "EF_ENV", "development");
    var role = value(env, "EF_ROLE", "all");
    if (!mode.equals("development") && !mode.equals("production")) {
      throw new IllegalStateException("EF_ENV must be development or production, not '" + mode + "'");
    }
    if (!ROLES.contains(role)) {
      throw new IllegalStateException("EF_ROLE must be api, worker or all, not '" + role + "'");
    }
    var defaults = new HashMap<String, String>();
    if (mode.equals("production")) {
      requireSecret(env, "EF_MASTER_KEY", DEMO_MASTER_KEY);
      requireSecret(env, "EF_TOKEN_SECRET", DEMO_TOKEN_SECRET);
      if (DEMO_ADMIN_PASSWORD.equals(env.apply("EF_BOOTSTRAP_ADMIN_PASSWORD"))) {
        throw new IllegalStateException("EF_BOOTSTRAP_ADMIN_PASSWORD is the demo password: production refuses it");
      }
      if (blank(env, "EF_BOOTSTRAP_ADMIN_USERNAME") != blank(env, "EF_BOOTSTRAP_ADMIN_PASSWORD")) {
        throw new IllegalStateException("set both EF_BOOTSTRAP_ADMIN_USERNAME and EF_BOOTSTRAP_ADMIN_PASSWORD, or neither");
      }
      // no demo account in production
      defaults.put("EF_DEMO_USERNAME", "");
      defaults.put("EF_DEMO_PASSWORD", "");
    } else {
      defaults.put("EF_MASTER_KEY", DEMO_MASTER_KEY);
      defaults.put("EF_TOKEN_SECRET", DEMO_TOKEN_SECRET);
      defaults.put("EF_BOOTSTRAP_ADMIN_USERNAME", DEMO_ADMIN_USERNAME);
      defaults.put("EF_BOOTSTRAP_ADMIN_PASSWORD", DEMO_ADMIN_PASSWORD);
      defaults.put("EF_DEMO_USERNAME", DEMO_USERNAME);
      defaults.put("EF_DEMO_PASSWORD", DEMO_PASSWORD);
    }
    defaults.put("EF_JOBS_LANES", role.equals("api") ? "" : String.join(",", new TreeSet<>(Lanes.DEFAULT_CONCURRENCY.keySet())));
    return defaults;
  }

  private static void requireSecret(Function<String, String> env, String name, String demo) {
    if (blank(env, name)) {
      throw new IllegalStateException(name + " is missing: production needs its own value (see README, Configuration)");
    }
    if (demo.equals(env.apply(name))) {
      throw new IllegalStateException(name + " is the demo value: production refuses it");
    }
  }

  private static String value(Function<String, String> env, String name, String fallback) {
    return blank(env, name) ? fallback : env.apply(name).trim();
  }

  private static boolean blank(Function<String, String> env, String name) {
    var v = env.apply(name);
    return v == null || v.isBlank();
  }
}
