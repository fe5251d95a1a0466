package com.euraflow.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SystemServiceTests {

  @Test
  void groupsRoutesByTheirFirstTwoLiteralSegments() {
    assertThat(SystemService.routeGroup("/api/ef/v1/ozon/orders")).isEqualTo("ozon/orders");
    assertThat(SystemService.routeGroup("/api/ef/v1/ozon/postings/{postingNumber}/ship")).isEqualTo("ozon/postings");
    assertThat(SystemService.routeGroup("/api/ef/v1/jobs/{jobId}")).isEqualTo("jobs");
    assertThat(SystemService.routeGroup("/api/ef/v1/auth/login")).isEqualTo("auth/login");
    assertThat(SystemService.routeGroup("unmatched")).isEqualTo("unmatched");
  }

  @Test
  void takesTheNinetyFifthPercentileOverTheTimersOfAGroup() {
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    var get = timer(registry, "GET");
    var post = timer(registry, "POST");
    IntStream.range(0, 90).forEach(i -> get.record(Duration.ofMillis(5)));
    IntStream.range(0, 10).forEach(i -> post.record(Duration.ofMillis(800)));

    var p95 = SystemService.p95Millis(List.of(get, post));

    // the bucket holding 800 ms; 5 ms would be the answer for either timer's p90
    assertThat(p95).isBetween(800.0, 1_000.0);
    assertThat(SystemService.p95Millis(List.of(get))).isBetween(5.0, 6.0);
    assertThat(SystemService.p95Millis(List.of())).isZero();
  }

  private static Timer timer(PrometheusMeterRegistry registry, String method) {
    return Timer.builder("ef.api.request.duration")
        .tags("method", method, "route", "/api/ef/v1/ozon/orders", "status", "200")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry);
  }
}
