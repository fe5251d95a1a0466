package com.euraflow.jobs.autoconfigure;

import com.euraflow.jobs.Backoff;
import com.euraflow.jobs.JobEngineSettings;
import com.euraflow.jobs.JobLimits;
import com.euraflow.jobs.JobRoute;
import com.euraflow.jobs.RateLimit;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code euraflow.jobs.*}. {@code lanes} lists the lanes this process runs (empty: API only; the app maps
 * {@code EF_JOBS_LANES} onto it). {@code concurrency}, {@code routes} and {@code jobs} add to or replace the
 * built-in defaults ({@link com.euraflow.jobs.Lanes#DEFAULT_CONCURRENCY}, {@link JobRoute#DEFAULTS}, the orders
 * pull's 20/m); {@code defaults.rate-limit} may be {@code none}.
 */
@ConfigurationProperties("euraflow.jobs")
public record JobsProperties(
    @DefaultValue Set<String> lanes,
    @Nullable String workerId,
    @DefaultValue Map<String, Integer> concurrency,
    @DefaultValue List<Route> routes,
    @DefaultValue("ef_core") String defaultLane,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("30s") Duration leaseDuration,
    @DefaultValue("10s") Duration heartbeatInterval,
    @DefaultValue Defaults defaults,
    @DefaultValue Map<String, Limits> jobs,
    @DefaultValue Retry retry,
    @DefaultValue("7d") Duration retention,
    @DefaultValue("0 30 3 * * *") String retentionCron) {

  /** A glob over job names and the lane its jobs go to. */
  public record Route(String pattern, String lane) {}

  /** Limits of jobs whose name has none of its own: the plan's 300 s / 360 s, 200/m, 1 + 5 retries. */
  public record Defaults(
      @DefaultValue("300s") Duration softTimeLimit,
      @DefaultValue("360s") Duration hardTimeLimit,
      @DefaultValue("200/m") String rateLimit,
      @DefaultValue("6") int maxAttempts) {

    JobLimits toLimits() {
      return new JobLimits(softTimeLimit, hardTimeLimit,
          rateLimit.equals("none") ? null : RateLimit.parse(rateLimit), maxAttempts);
    }
  }

  /** Limits of one job name; unset fields fall back to {@code defaults}. */
  public record Limits(
      @Nullable Duration softTimeLimit,
      @Nullable Duration hardTimeLimit,
      @Nullable String rateLimit,
      @Nullable Integer maxAttempts) {

    JobLimits toLimits() {
      if ("none".equals(rateLimit)) {
        // a null limit means "as the defaults", so a job cannot opt out of a default limit
        throw new IllegalArgumentException(
            "a job's rate-limit cannot be none: set defaults.rate-limit=none and limit the jobs that need it");
      }
      return new JobLimits(softTimeLimit, hardTimeLimit, rateLimit == null ? null : RateLimit.parse(rateLimit),
          maxAttempts);
    }
  }


  public record Retry(
      @DefaultValue("60s") Duration base,
      @DefaultValue("30m") Duration cap,
      @DefaultValue("0.5") double jitter,
      @DefaultValue("100") int maxDeferrals) {}

  JobEngineSettings toSettings(String fallbackWorkerId) {
    var builtIn = JobEngineSettings.defaults(workerId == null ? fallbackWorkerId : workerId, lanes);
    var laneConcurrency = new HashMap<>(builtIn.concurrency());
    laneConcurrency.putAll(concurrency);
    var limits = new HashMap<>(builtIn.limits());
    jobs.forEach((name, value) -> limits.put(name, value.toLimits()));
    return builtIn
        .withConcurrency(laneConcurrency)
        .withRoutes(routes.isEmpty() ? JobRoute.DEFAULTS
            : routes.stream().map(r -> new JobRoute(r.pattern(), r.lane())).toList(), defaultLane)
        .withTiming(pollInterval, leaseDuration, heartbeatInterval)
        .withDefaultLimits(defaults.toLimits())
        .withLimits(limits)
        .withBackoff(new Backoff(retry.base(), retry.cap(), retry.jitter(), retry.maxDeferrals()));
  }
}
