package com.euraflow.ozon.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.kernel.sharedstate.RateLimiter;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client bean and {@code euraflow.ozon.*} settings, with their defaults. */
class OzonClientConfigurationTests {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(OzonClientConfiguration.class)
          .withBean(RateLimiter.class, InMemoryRateLimiter::new);

  @Test
  void defaultsToRealOzonWithTenSecondTimeoutsAndFiveRetries() {
    context.run(
        started -> {
          assertThat(started).hasSingleBean(OzonClient.class);
          var properties = started.getBean(OzonProperties.class);
          assertThat(properties.baseUrl()).isEqualTo(URI.create("https://api-seller.ozon.ru"));
          assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
          assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
          assertThat(properties.retry().maxRetries()).isEqualTo(5);
          assertThat(properties.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(1));
          assertThat(properties.retry().maxBackoff()).isEqualTo(Duration.ofSeconds(16));
          assertThat(properties.budget().requestsPerSecond()).isEqualTo(50);
        });
  }

  @Test
  void pointsAtTheSandboxWhenConfigured() {
    context
        .withPropertyValues(
            "euraflow.ozon.base-url=http://127.0.0.1:18080",
            "euraflow.ozon.retry.max-retries=2",
            "euraflow.ozon.retry.initial-backoff=10ms")
        .run(
            started -> {
              var properties = started.getBean(OzonProperties.class);
              assertThat(properties.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:18080"));
              assertThat(properties.retry().maxRetries()).isEqualTo(2);
              assertThat(properties.retry().initialBackoff()).isEqualTo(Duration.ofMillis(10));
            });
  }
}
