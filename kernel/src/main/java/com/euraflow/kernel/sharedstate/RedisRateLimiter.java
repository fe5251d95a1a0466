package com.euraflow.kernel.sharedstate;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Token buckets shared by all processes: one Lua script per acquisition, so the check and the take
 * are atomic in Redis, timed by the Redis server clock (processes' clocks may differ).
 */
public final class RedisRateLimiter implements RateLimiter {

  // KEYS[1] bucket; ARGV[1] permits (capacity), ARGV[2] period in microseconds.
  // Returns 0 when a permit was taken, otherwise the wait in milliseconds.
  private static final RedisScript<Long> TAKE = RedisScript.of("""
      local capacity = tonumber(ARGV[1])
      local period = tonumber(ARGV[2])
      local t = redis.call('TIME')
      local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
      local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
      local tokens = tonumber(state[1]) or capacity
      local at = tonumber(state[2]) or now
      if now > at then
        tokens = math.min(capacity, tokens + (now - at) * capacity / period)
        at = now
      end
      local wait = 0
      if tokens >= 1 then
        tokens = tokens - 1
      else
        wait = math.ceil((1 - tokens) * period / capacity / 1000)
      end
      redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
      redis.call('PEXPIRE', KEYS[1], math.ceil(period / 1000) * 2)
      return wait
      """, Long.class);

  private final StringRedisTemplate redis;
  private final String prefix;

  public RedisRateLimiter(StringRedisTemplate redis, String prefix) {
    this.redis = redis;
    this.prefix = prefix;
  }

  @Override
  public Duration tryAcquire(String key, RateLimit limit) {
    var wait = redis.execute(TAKE, List.of(prefix + key),
        Integer.toString(limit.permits()), Long.toString(limit.period().toNanos() / 1000));
    return Duration.ofMillis(wait == null ? 0 : wait);
  }
}
