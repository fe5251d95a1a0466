package com.euraflow.jobs;

import com.euraflow.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/** A migrated database and engines with test timings: 50 ms polls, 2 s leases, no rate limit unless asked. */
final class JobsFixture {

  static final JobLimits TEST_LIMITS = new JobLimits(Duration.ofSeconds(30), Duration.ofSeconds(60), null, 3);
  static final Backoff TEST_BACKOFF = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 0, 3);

  private JobsFixture() {}

  static TestDatabase database() {
    var db = TestDatabase.create();
    migrate(db.dataSource());
    return db;
  }

  static void migrate(javax.sql.DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/jobs").load().migrate();
  }

  static JobEngineSettings settings(String... lanes) {
    return JobEngineSettings.defaults("test-" + UUID.randomUUID().toString().substring(0, 8), Set.of(lanes))
        .withTiming(Duration.ofMillis(50), Duration.ofSeconds(2), Duration.ofMillis(300))
        .withDefaultLimits(TEST_LIMITS)
        .withLimits(Map.of())
        .withBackoff(TEST_BACKOFF);
  }

  static JobEngine engine(TestDatabase db, Clock clock, JobEngineSettings settings, JobHandler... handlers) {
    return engine(db, clock, settings, new SimpleMeterRegistry(), List.of(), handlers);
  }

  static JobEngine engine(TestDatabase db, Clock clock, JobEngineSettings settings, MeterRegistry registry,
      List<JobSchedule> schedules, JobHandler... handlers) {
    var engine = new JobEngine(db.dataSource(), clock, registry, settings, List.of(handlers), schedules);
    engine.start();
    return engine;
  }

  static JobHandler handler(String name, Function<JobContext, JobResult> body) {
    return new JobHandler() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public JobResult run(JobContext context) {
        return body.apply(context);
      }
    };
  }
}
