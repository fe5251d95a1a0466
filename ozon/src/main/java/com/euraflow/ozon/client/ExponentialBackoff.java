package com.euraflow.ozon.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code initial · 2^(retry-1)}, capped at {@code max}, each delay moved by up to ±{@code jitter}
 * of itself so that workers throttled together do not retry together.
 */
record ExponentialBackoff(Duration initial, Duration max, double jitter) implements Backoff {

  public ExponentialBackoff {
    if (initial.isNegative() || max.compareTo(initial) < 0 || jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("need 0 <= initial <= max and 0 <= jitter < 1");
    }
  }

  @Override
  public Duration delayBefore(int retry) {
    var doublings = Math.min(retry - 1, 30);
    var base = Math.min((double) initial.toMillis() * (1L << doublings), max.toMillis());
    var factor = 1 + jitter * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
    return Duration.ofMillis(Math.round(base * factor));
  }
}
