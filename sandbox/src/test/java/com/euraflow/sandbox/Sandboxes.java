package com.euraflow.sandbox;

import java.time.Instant;

/** Settings for tests: a manual clock at a fixed epoch, so every run sees the same world at the same time. */
final class Sandboxes {

  static final Instant EPOCH = Instant.parse("2026-03-02T09:00:00Z");

  private Sandboxes() {}

  static SandboxSettings.Builder manual() {
    return SandboxSettings.builder().shops(3).productsPerShop(200).postingsPerShop(1000).seed(42).start(EPOCH).manualClock(true);
  }
}
