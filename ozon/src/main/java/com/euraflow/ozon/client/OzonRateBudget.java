package com.euraflow.ozon.client;

import com.euraflow.kernel.sharedstate.RateLimit;
import com.euraflow.kernel.sharedstate.RateLimiter;
import java.time.Duration;

/**
 * Takes permits from the shared {@link RateLimiter} before each call: one from the method's own
 * bucket when OZON limits the method, then one from the Client-Id's bucket. Keys carry the
 * Client-Id, so every process and every client instance draws from the same buckets.
 */
final class OzonRateBudget {

  private final RateLimiter limiter;
  private final RateLimit perClient;
  private final Duration maxWait;
  private final Sleeper sleeper;

  OzonRateBudget(RateLimiter limiter, RateLimit perClient, Duration maxWait, Sleeper sleeper) {
    this.limiter = limiter;
    this.perClient = perClient;
    this.maxWait = maxWait;
    this.sleeper = sleeper;
  }

  /**
   * Waits for both permits; the tighter method bucket first so a permit of the shared bucket is not
   * spent while the method bucket is empty.
   *
   * @throws OzonThrottled when a permit would not come within the allowed wait
   */
  void acquire(String clientId, OzonEndpoint endpoint) throws InterruptedException {
    var waited = Duration.ZERO;
    var methodLimit = endpoint.limit();
    if (methodLimit.isPresent()) {
      waited =
          take("ozon:" + clientId + ":" + endpoint.path(), methodLimit.get(), endpoint, waited);
    }
    take("ozon:" + clientId, perClient, endpoint, waited);
  }

  private Duration take(String key, RateLimit limit, OzonEndpoint endpoint, Duration waited)
      throws InterruptedException {
    while (true) {
      var wait = limiter.tryAcquire(key, limit);
      if (wait.isZero() || wait.isNegative()) {
        return waited;
      }
      if (waited.plus(wait).compareTo(maxWait) > 0) {
        throw new OzonThrottled(endpoint.path(), wait, "request budget of this Client-Id spent");
      }
      sleeper.sleep(wait);
      waited = waited.plus(wait);
    }
  }
}
