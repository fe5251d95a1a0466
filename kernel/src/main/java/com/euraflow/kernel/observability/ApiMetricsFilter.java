package com.euraflow.kernel.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Measures every request under {@code /api/}: {@code ef_api_request_duration_seconds}, {@code
 * ef_api_requests_total}, {@code ef_api_errors_total} (status 5xx) and {@code
 * ef_api_request_statements}, tagged with the MVC path template, never the raw path, and writes one
 * access log line with {@code action} and {@code latencyMs} in the MDC.
 *
 * <p>It runs after the request id filter and before Spring Security, so requests rejected there have
 * no template: their route is {@value #UNMATCHED}.
 */
final class ApiMetricsFilter extends OncePerRequestFilter implements Ordered {

  static final String UNMATCHED = "unmatched";

  private static final Logger log = LoggerFactory.getLogger(ApiMetricsFilter.class);
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final MeterRegistry registry;

  ApiMetricsFilter(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var start = System.nanoTime();
    var statements = StatementCounter.start();
    var failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      statements.close();
      // An exception escaping the chain becomes a 500 from the container.
      record(request, failed ? 500 : response.getStatus(), System.nanoTime() - start, statements.count());
    }
  }

  private void record(HttpServletRequest request, int status, long nanos, int statementCount) {
    var method = METHODS.contains(request.getMethod()) ? request.getMethod() : "other";
    var route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
        ? pattern
        : UNMATCHED;
    var tags = Tags.of("method", method, "route", route, "status", Integer.toString(status));
    Timer.builder("ef.api.request.duration")
        .description("Time to serve one API request")
        .tags(tags)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    Counter.builder("ef.api.requests")
        .description("API requests served")
        .tags(tags)
        .register(registry)
        .increment();
    if (status >= 500) {
      Counter.builder("ef.api.errors")
          .description("API requests answered with a 5xx status")
          .tags(tags)
          .register(registry)
          .increment();
    }
    DistributionSummary.builder("ef.api.request.statements")
        .description("SQL statements one API request ran on its own thread")
        .tags("method", method, "route", route)
        .register(registry)
        .record(statementCount);
    var latencyMs = TimeUnit.NANOSECONDS.toMillis(nanos);
    // authentication ran inside the chain and has taken its user back out of the MDC
    var user = request.getAttribute(LogFields.USER) instanceof String id ? id : null;
    try (var ignoredAction = MDC.putCloseable(LogFields.ACTION, method + " " + route);
        var ignoredLatency = MDC.putCloseable(LogFields.LATENCY_MS, Long.toString(latencyMs));
        var ignoredUser = user == null ? null : MDC.putCloseable(LogFields.USER, user)) {
      log.info("{} {} -> {} in {} ms, {} statements", method, route, status, latencyMs, statementCount);
    }
  }

  /**
   * Registers {@code ef_api_errors_total} at zero, so alerts and panels find it before the first 5xx: one
   * series for a request no handler matched, which a real one of that kind would count into.
   */
  static void registerErrorsAtZero(MeterRegistry registry) {
    Counter.builder("ef.api.errors")
        .description("API requests answered with a 5xx status")
        .tags("method", "GET", "route", UNMATCHED, "status", "500")
        .register(registry);
  }
}
