package com.euraflow.kernel.sharedstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Both implementations against the same contract; Redis is the local server (127.0.0.1:6379). */
class RateLimiterTests {

  private static LettuceConnectionFactory redisConnection;
  private static RedisRateLimiter redis;

  @BeforeAll
  static void connect() {
    redisConnection = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379));
    redisConnection.afterPropertiesSet();
    redisConnection.start();
    redis = new RedisRateLimiter(new StringRedisTemplate(redisConnection), "ef:test:" + UUID.randomUUID() + ":");
  }

  @AfterAll
  static void disconnect() {
    redisConnection.destroy();
  }

  @Test
  void inMemoryGivesTheBurstThenRefillsWithTime() {
    var clock = new MutableClock();
    var limiter = new InMemoryRateLimiter(clock);
    var limit = RateLimit.perMinute(5);

    for (int i = 0; i < 5; i++) {
      assertThat(limiter.tryAcquire("k", limit)).isZero();
    }
    var wait = limiter.tryAcquire("k", limit);
    assertThat(wait).isEqualTo(Duration.ofSeconds(12));
    clock.advance(Duration.ofSeconds(12));
    assertThat(limiter.tryAcquire("k", limit)).isZero();
    assertThat(limiter.tryAcquire("other", limit)).as("buckets are per key").isZero();
  }

  @Test
  void redisGivesTheBurstThenRefillsWithTime() {
    var limit = RateLimit.perSecond(5);

    for (int i = 0; i < 5; i++) {
      assertThat(redis.tryAcquire("burst", limit)).isZero();
    }
    var wait = redis.tryAcquire("burst", limit);
    assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(200));
    await().atMost(Duration.ofSeconds(2)).until(() -> redis.tryAcquire("burst", limit).isZero());
  }

  @Test
  void concurrentCallersNeverShareAPermit() throws Exception {
    for (RateLimiter limiter : new RateLimiter[] {new InMemoryRateLimiter(new MutableClock()), redis}) {
      var limit = RateLimit.perMinute(50);
      var calls = new ArrayList<Callable<Duration>>();
      for (int i = 0; i < 200; i++) {
        calls.add(() -> limiter.tryAcquire("shared", limit));
      }
      try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
        var granted = pool.invokeAll(calls).stream().filter(f -> f.resultNow().isZero()).count();
        // 200 calls within well under a second: 50 from the burst, at most a couple refilled
        assertThat(granted).as(limiter.getClass().getSimpleName()).isBetween(50L, 52L);
      }
    }
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
