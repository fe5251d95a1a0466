package com.euraflow.jobs;

import java.time.Duration;
import java.util.Objects;

/** How a run ended. Expected outcomes are values; only the unexpected is thrown. */
public sealed interface JobResult {

  static JobResult done() {
    return Done.INSTANCE;
  }

  /** Try again later with exponential backoff; spends an attempt, and the job is dead when none are left. */
  static JobResult retry(String reason) {
    return new Retry(reason);
  }

  /** Retrying cannot help (bad credentials, validation): the job fails now and keeps the reason. */
  static JobResult fail(String reason) {
    return new Fail(reason);
  }

  /** Throttled (e.g. OZON answered 429): run again after {@code delay} without spending an attempt. */
  static JobResult deferFor(Duration delay, String reason) {
    return new Defer(delay, reason);
  }

  enum Done implements JobResult {
    INSTANCE
  }

  record Retry(String reason) implements JobResult {
    public Retry {
      Objects.requireNonNull(reason);
    }
  }

  record Fail(String reason) implements JobResult {
    public Fail {
      Objects.requireNonNull(reason);
    }
  }

  record Defer(Duration delay, String reason) implements JobResult {
    public Defer {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("negative delay " + delay);
      }
    }
  }
}
