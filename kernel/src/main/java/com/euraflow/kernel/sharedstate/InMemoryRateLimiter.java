package com.euraflow.kernel.sharedstate;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** Token buckets in this JVM only: the stand-in when no Redis is configured (one process). */
public final class InMemoryRateLimiter implements RateLimiter {

  private final Clock clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public InMemoryRateLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Duration tryAcquire(String key, RateLimit limit) {
    var now = clock.millis();
    var wait = new long[1];
    // compute() runs atomically per key, so concurrent callers never share a permit.
    buckets.compute(key, (k, bucket) -> {
      var b = bucket == null ? new Bucket(limit.permits(), now) : bucket.refill(limit, now);
      if (b.tokens >= 1) {
        return new Bucket(b.tokens - 1, now);
      }
      wait[0] = (long) Math.ceil((1 - b.tokens) * nanosPerPermit(limit) / 1_000_000);
      return b;
    });
    return Duration.ofMillis(wait[0]);
  }

  private static double nanosPerPermit(RateLimit limit) {
    return (double) limit.period().toNanos() / limit.permits();
  }

  private record Bucket(double tokens, long atMillis) {
    Bucket refill(RateLimit limit, long now) {
      var added = (now - atMillis) * 1_000_000d / nanosPerPermit(limit);
      return new Bucket(Math.min(limit.permits(), tokens + Math.max(0, added)), Math.max(now, atMillis));
    }
  }
}
