package com.euraflow.ozon.client;

import com.euraflow.kernel.sharedstate.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;

/** Clients for tests: real transport, no real waits unless asked for. */
final class OzonClientFixture {

  static final OzonCredentials SHOP = new OzonCredentials("123456", "secret-api-key-0f9e8d");

  private OzonClientFixture() {}

  static OzonProperties properties(URI baseUrl) {
    return properties(baseUrl, Duration.ofSeconds(10));
  }

  static OzonProperties properties(URI baseUrl, Duration requestTimeout) {
    return new OzonProperties(
        baseUrl,
        Duration.ofSeconds(2),
        requestTimeout,
        new OzonProperties.Retry(
            5, Duration.ofSeconds(1), Duration.ofSeconds(16), 0.2, Duration.ofSeconds(60)),
        new OzonProperties.Budget(50, Duration.ofSeconds(5)));
  }

  static OzonClient client(FakeOzon ozon) {
    return client(
        properties(ozon.baseUrl()),
        new InMemoryRateLimiter(),
        new SimpleMeterRegistry(),
        new RecordingSleeper());
  }

  static OzonClient client(
      OzonProperties properties, RateLimiter limiter, MeterRegistry meters, Sleeper sleeper) {
    return new OzonClient(properties, limiter, meters, properties.retry().backoff(), sleeper);
  }
}
