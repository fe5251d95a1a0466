package com.euraflow.kernel.sharedstate;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Redis-backed shared state when {@code euraflow.kernel.redis-url} is set, in-process otherwise. */
@Configuration(proxyBeanMethods = false)
class SharedStateConfiguration {

  static final String REDIS_CONFIGURED = "!'${euraflow.kernel.redis-url:}'.isBlank()";

  @Bean
  @ConditionalOnExpression(REDIS_CONFIGURED)
  RateLimiter redisRateLimiter(StringRedisTemplate redis) {
    return new RedisRateLimiter(redis, "ef:rl:");
  }

  @Bean
  @ConditionalOnExpression("!(" + REDIS_CONFIGURED + ")")
  RateLimiter inMemoryRateLimiter(Clock clock) {
    return new InMemoryRateLimiter(clock);
  }
}
