package com.euraflow.kernel.sharedstate;

import java.time.Duration;

/**
 * Token buckets shared by every EuraFlow process (Redis when configured, in-process otherwise).
 *
 * <p>Losing the backing store only resets the buckets; no job or business data lives here.
 */
public interface RateLimiter {

  /**
   * Takes one permit from the bucket named {@code key}, refilled at {@code limit}.
   *
   * @return {@link Duration#ZERO} when a permit was taken, otherwise how long until one is free
   *     (nothing is taken then)
   */
  Duration tryAcquire(String key, RateLimit limit);
}
