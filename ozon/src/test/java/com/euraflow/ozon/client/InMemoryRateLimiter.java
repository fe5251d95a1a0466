package com.euraflow.ozon.client;

import com.euraflow.kernel.sharedstate.RateLimit;
import com.euraflow.kernel.sharedstate.RateLimiter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A token bucket per key (capacity = permits, refilled evenly over the period), standing in for the
 * kernel's shared limiter in tests.
 */
final class InMemoryRateLimiter implements RateLimiter {

  private record Bucket(double tokens, long refilledAtNanos) {}

  private final Map<String, Bucket> buckets = new HashMap<>();

  @Override
  public synchronized Duration tryAcquire(String key, RateLimit limit) {
    var now = System.nanoTime();
    var nanosPerPermit = (double) limit.period().toNanos() / limit.permits();
    var bucket = buckets.getOrDefault(key, new Bucket(limit.permits(), now));
    var tokens =
        Math.min(
            limit.permits(), bucket.tokens() + (now - bucket.refilledAtNanos()) / nanosPerPermit);
    if (tokens >= 1) {
      buckets.put(key, new Bucket(tokens - 1, now));
      return Duration.ZERO;
    }
    buckets.put(key, new Bucket(tokens, now));
    return Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerPermit));
  }
}
