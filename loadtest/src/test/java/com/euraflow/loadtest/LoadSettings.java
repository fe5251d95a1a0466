package com.euraflow.loadtest;

import java.time.Duration;

/**
 * The simulation's knobs, all from system properties so {@code scripts/loadtest.sh} can sweep them.
 *
 * @param syncNowPerHourPer100Users the seed plan's manual syncs: 50–80 an hour per 100 users online
 */
record LoadSettings(
    String baseUrl,
    int users,
    Duration ramp,
    Duration steady,
    Duration thinkMin,
    Duration thinkMax,
    String userPrefix,
    String password,
    double syncNowPerHourPer100Users,
    boolean burst) {

  static final String DEFAULT_BASE_URL = "http://127.0.0.1:18080";
  static final String DEFAULT_USER_PREFIX = "lt-user-";
  static final String DEFAULT_PASSWORD = "loadtest-password";

  static LoadSettings fromSystemProperties() {
    return new LoadSettings(
        System.getProperty("ef.baseUrl", DEFAULT_BASE_URL),
        Integer.getInteger("ef.users", 10),
        Duration.ofSeconds(Long.getLong("ef.rampSeconds", 60)),
        Duration.ofSeconds(Long.getLong("ef.steadySeconds", 240)),
        Duration.ofMillis(Long.getLong("ef.thinkMinMs", 3000)),
        Duration.ofMillis(Long.getLong("ef.thinkMaxMs", 12000)),
        System.getProperty("ef.userPrefix", DEFAULT_USER_PREFIX),
        System.getProperty("ef.password", DEFAULT_PASSWORD),
        Double.parseDouble(System.getProperty("ef.syncNowPerHourPer100Users", "65")),
        Boolean.parseBoolean(System.getProperty("ef.burst", "true")));
  }

  /** {@code lt-user-0001}: the names {@code scripts/loadtest-setup.sh} creates. */
  String username(int index) {
    return userPrefix + String.format("%04d", index);
  }

  /**
   * The share of a seller's actions that is "sync now", so that N users press it {@code syncNowPerHourPer100Users
   * × N / 100} times an hour given the mean think time (the requests themselves are short beside it).
   */
  double syncNowPercent() {
    double meanThinkSeconds = (thinkMin.toMillis() + thinkMax.toMillis()) / 2000.0;
    double actionsPerUserHour = 3600.0 / meanThinkSeconds;
    double syncsPerUserHour = syncNowPerHourPer100Users / 100.0;
    return 100.0 * syncsPerUserHour / actionsPerUserHour;
  }
}
