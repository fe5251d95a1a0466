package com.euraflow.kernel.sharedstate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class SharedStateConfigurationTests {

  private final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(SharedStateConfiguration.class)
      .withBean(Clock.class, Clock::systemUTC)
      .withBean(StringRedisTemplate.class, () -> new StringRedisTemplate(new LettuceConnectionFactory()));

  @Test
  void usesRedisWhenAUrlIsConfigured() {
    context.withPropertyValues("euraflow.kernel.redis-url=redis://127.0.0.1:6379")
        .run(c -> assertThat(c.getBean(RateLimiter.class)).isInstanceOf(RedisRateLimiter.class));
  }

  @Test
  void standsInProcessWithoutRedis() {
    context.run(c -> assertThat(c.getBean(RateLimiter.class)).isInstanceOf(InMemoryRateLimiter.class));
    context.withPropertyValues("euraflow.kernel.redis-url=")
        .run(c -> assertThat(c.getBean(RateLimiter.class)).isInstanceOf(InMemoryRateLimiter.class));
  }
}
