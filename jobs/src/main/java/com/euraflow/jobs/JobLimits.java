package com.euraflow.jobs;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Limits for one job name; a null field falls back to the default limits. A null {@code rateLimit} in the
 * defaults means unlimited.
 */
public record JobLimits(
    @Nullable Duration softTimeLimit,
    @Nullable Duration hardTimeLimit,
    @Nullable RateLimit rateLimit,
    @Nullable Integer maxAttempts) {

  /** The plan's defaults: 300 s soft, 360 s hard, 200 starts a minute, 1 + 5 retries. */
  public static final JobLimits DEFAULTS =
      new JobLimits(Duration.ofSeconds(300), Duration.ofSeconds(360), RateLimit.parse("200/m"), 6);

  JobLimits orElse(JobLimits fallback) {
    return new JobLimits(
        softTimeLimit != null ? softTimeLimit : fallback.softTimeLimit,
        hardTimeLimit != null ? hardTimeLimit : fallback.hardTimeLimit,
        rateLimit != null ? rateLimit : fallback.rateLimit,
        maxAttempts != null ? maxAttempts : fallback.maxAttempts);
  }
}
