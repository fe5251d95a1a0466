package com.euraflow.kernel.sharedstate;

import java.time.Duration;

/** {@code permits} per {@code period}, with bursts up to {@code permits}. */
public record RateLimit(int permits, Duration period) {

  public RateLimit {
    if (permits <= 0 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a rate limit needs positive permits and period");
    }
  }

  public static RateLimit perSecond(int permits) {
    return new RateLimit(permits, Duration.ofSeconds(1));
  }

  public static RateLimit perMinute(int permits) {
    return new RateLimit(permits, Duration.ofMinutes(1));
  }
}
