package com.euraflow.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The seed plan's Celery metric names, so its dashboards and alerts keep working, plus the engine's own. */
final class JobMetrics {

  private final MeterRegistry registry;
  private final Counter leaseExpiries;
  private final Map<String, AtomicLong> queueLength = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> dead = new ConcurrentHashMap<>();
  private volatile Set<String> ownLanes = Set.of();

  JobMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.leaseExpiries = Counter.builder("ef_job_lease_expiries_total")
        .description("Running jobs whose worker stopped heartbeating and that were taken back")
        .register(registry);
  }

  /**
   * Registers at zero the failure counters of the jobs this process runs (so that alerts and panels find them and a
   * first failure counts as an increase) and, from the next stats refresh on, the gauges of its lanes even while
   * they hold no jobs.
   */
  void registerAtZero(Collection<String> lanes, Map<String, String> laneByJob) {
    ownLanes = Set.copyOf(lanes);
    laneByJob.forEach((name, lane) -> {
      for (var outcome : List.of("retry", "failed", "dead", "timed_out")) {
        failures(lane, name, outcome);
      }
    });
  }

  void started(String lane, Duration waited) {
    Timer.builder("ef_job_wait_seconds")
        .description("From a job being due to it starting")
        .tag("queue", lane)
        .publishPercentileHistogram()
        .register(registry)
        .record(waited.isNegative() ? Duration.ZERO : waited);
  }

  void finished(String lane, String name, Duration took, String outcome) {
    Timer.builder("ef_celery_task_duration_seconds")
        .description("How long a job's run took")
        .tags("queue", lane, "task", name)
        .publishPercentiles(0.5, 0.95, 0.99)
        .register(registry)
        .record(took);
    if (!outcome.equals("succeeded") && !outcome.equals("deferred") && !outcome.equals("cancelled")) {
      failures(lane, name, outcome).increment();
    }
  }

  private Counter failures(String lane, String name, String outcome) {
    return Counter.builder("ef_celery_task_failures_total")
        .description("Runs that failed, by outcome: retry, failed, dead, timed_out")
        .tags("queue", lane, "task", name, "outcome", outcome)
        .register(registry);
  }

  void leaseExpired(int count) {
    leaseExpiries.increment(count);
  }

  void stats(List<LaneStats> lanes) {
    for (var lane : lanes) {
      gauge(queueLength, "ef_celery_queue_length", "Jobs due and waiting in the lane", lane.lane())
          .set(lane.waiting());
      gauge(dead, "ef_jobs_dead", "Jobs that ran out of attempts and wait for an operator", lane.lane())
          .set(lane.dead());
    }
    for (var lane : ownLanes) {
      gauge(queueLength, "ef_celery_queue_length", "Jobs due and waiting in the lane", lane);
      gauge(dead, "ef_jobs_dead", "Jobs that ran out of attempts and wait for an operator", lane);
    }
    // lanes that drained disappear from the query; report them as empty
    queueLength.forEach((lane, value) -> {
      if (lanes.stream().noneMatch(s -> s.lane().equals(lane))) {
        value.set(0);
        dead.get(lane).set(0);
      }
    });
  }

  private AtomicLong gauge(Map<String, AtomicLong> values, String name, String description, String lane) {
    return values.computeIfAbsent(lane, l -> {
      var value = new AtomicLong();
      io.micrometer.core.instrument.Gauge.builder(name, value, AtomicLong::get)
          .description(description)
          .tag("queue", l)
          .register(registry);
      return value;
    });
  }
}
