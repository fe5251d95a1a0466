package com.euraflow.kernel.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after each statement: {@code ef_db_query_duration_seconds}, the thread's {@link
 * StatementCounter} scopes, and a warning for statements slower than {@link #SLOW} (the seed plan's
 * {@code log_min_duration_statement = 100}).
 */
final class StatementTiming {

  static final Duration SLOW = Duration.ofMillis(100);
  static final String QUERY_DURATION = "ef.db.query.duration";

  private static final Logger log = LoggerFactory.getLogger(StatementTiming.class);

  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  // Bound once the context has started: statements run earlier (migrations) are counted and logged only.
  private volatile @Nullable MeterRegistry registry;

  void bind(MeterRegistry registry) {
    this.registry = registry;
  }

  void executed(String sql, long nanos) {
    StatementCounter.record(sql);
    var meters = registry;
    if (meters != null) {
      timers
          .computeIfAbsent(SqlText.operation(sql), operation -> queryTimer(meters, operation))
          .record(nanos, TimeUnit.NANOSECONDS);
    }
    if (nanos >= SLOW.toNanos()) {
      log.warn("slow SQL statement, {} ms: {}", TimeUnit.NANOSECONDS.toMillis(nanos), SqlText.forLog(sql));
    }
  }

  private static Timer queryTimer(MeterRegistry registry, String operation) {
    return Timer.builder(QUERY_DURATION)
        .description("Time to execute one SQL statement")
        .tag("operation", operation)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry);
  }
}
