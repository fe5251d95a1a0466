package com.euraflow.sandbox.world;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's time. Real mode: wall time plus every advance so far. Manual mode: the epoch plus every advance,
 * so tests drive time instead of waiting for it.
 */
public final class SandboxClock {

  private final boolean manual;
  private final long base;
  private final AtomicLong advancedMillis = new AtomicLong();

  public SandboxClock(Instant epoch, boolean manual) {
    this.manual = manual;
    this.base = epoch.toEpochMilli();
  }

  public long millis() {
    return (manual ? base : System.currentTimeMillis()) + advancedMillis.get();
  }

  public Instant now() {
    return Instant.ofEpochMilli(millis());
  }

  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time only moves forward");
    }
    advancedMillis.addAndGet(duration.toMillis());
  }
}
