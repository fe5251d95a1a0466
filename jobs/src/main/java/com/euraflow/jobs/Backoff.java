package com.euraflow.jobs;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Retry delays: {@code base * 2^(attempt-1)}, capped, then a random part of up to {@code jitter} of it taken off
 * so that jobs failing together do not retry together. {@code maxDeferrals} bounds penalty-free deferrals.
 */
public record Backoff(Duration base, Duration cap, double jitter, int maxDeferrals) {

  public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(60), Duration.ofMinutes(30), 0.5, 100);

  public Backoff {
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
    }
  }

  Duration delay(int attempt, RandomGenerator random) {
    var exponent = Math.min(Math.max(attempt - 1, 0), 30);
    var full = Math.min((double) base.toMillis() * (1L << exponent), cap.toMillis());
    return Duration.ofMillis(Math.round(full * (1 - jitter * random.nextDouble())));
  }
}
