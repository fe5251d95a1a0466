package com.euraflow.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one engine process behaves. {@code lanes} are the lanes this process runs (empty: an API-only process that
 * enqueues, queries and listens but runs nothing); {@code concurrency} gives each lane's slots.
 */
public record JobEngineSettings(
    String workerId,
    Set<String> lanes,
    Map<String, Integer> concurrency,
    List<JobRoute> routes,
    String defaultLane,
    Duration pollInterval,
    Duration leaseDuration,
    Duration heartbeatInterval,
    JobLimits defaultLimits,
    Map<String, JobLimits> limits,
    Backoff backoff,
    Duration retention,
    String retentionCron) {

  public JobEngineSettings {
    lanes = Set.copyOf(lanes);
    concurrency = Map.copyOf(concurrency);
    routes = List.copyOf(routes);
    limits = Map.copyOf(limits);
    if (!heartbeatInterval.minus(leaseDuration).isNegative()) {
      throw new IllegalArgumentException("heartbeat interval must be shorter than the lease");
    }
  }

  /** The plan's settings; the orders pull gets 300 s / 360 s and 20 starts a minute. */
  public static JobEngineSettings defaults(String workerId, Set<String> lanes) {
    return new JobEngineSettings(
        workerId,
        lanes,
        Lanes.DEFAULT_CONCURRENCY,
        JobRoute.DEFAULTS,
        JobRoute.DEFAULT_LANE,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        JobLimits.DEFAULTS,
        Map.of("ef.ozon.orders.pull",
            new JobLimits(Duration.ofSeconds(300), Duration.ofSeconds(360), RateLimit.parse("20/m"), null)),
        Backoff.DEFAULT,
        Duration.ofDays(7),
        "0 30 3 * * *");
  }

  public JobEngineSettings withWorkerId(String value) {
    return new JobEngineSettings(value, lanes, concurrency, routes, defaultLane, pollInterval, leaseDuration,
        heartbeatInterval, defaultLimits, limits, backoff, retention, retentionCron);
  }

  public JobEngineSettings withLimits(Map<String, JobLimits> value) {
    return new JobEngineSettings(workerId, lanes, concurrency, routes, defaultLane, pollInterval, leaseDuration,
        heartbeatInterval, defaultLimits, value, backoff, retention, retentionCron);
  }

  public JobEngineSettings withDefaultLimits(JobLimits value) {
    return new JobEngineSettings(workerId, lanes, concurrency, routes, defaultLane, pollInterval, leaseDuration,
        heartbeatInterval, value, limits, backoff, retention, retentionCron);
  }

  public JobEngineSettings withConcurrency(Map<String, Integer> value) {
    return new JobEngineSettings(workerId, lanes, value, routes, defaultLane, pollInterval, leaseDuration,
        heartbeatInterval, defaultLimits, limits, backoff, retention, retentionCron);
  }

  public JobEngineSettings withTiming(Duration poll, Duration lease, Duration heartbeat) {
    return new JobEngineSettings(workerId, lanes, concurrency, routes, defaultLane, poll, lease, heartbeat,
        defaultLimits, limits, backoff, retention, retentionCron);
  }

  public JobEngineSettings withBackoff(Backoff value) {
    return new JobEngineSettings(workerId, lanes, concurrency, routes, defaultLane, pollInterval, leaseDuration,
        heartbeatInterval, defaultLimits, limits, value, retention, retentionCron);
  }

  public JobEngineSettings withRoutes(List<JobRoute> value, String fallbackLane) {
    return new JobEngineSettings(workerId, lanes, concurrency, value, fallbackLane, pollInterval, leaseDuration,
        heartbeatInterval, defaultLimits, limits, backoff, retention, retentionCron);
  }

  JobLimits limitsFor(String jobName) {
    var specific = limits.get(jobName);
    return specific == null ? defaultLimits : specific.orElse(defaultLimits);
  }

  int concurrencyOf(String lane) {
    return concurrency.getOrDefault(lane, 1);
  }
}
