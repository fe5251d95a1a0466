package com.euraflow.jobs;

import java.util.Locale;

/** Where a job is in its life. {@code FAILED} means retrying cannot help; {@code DEAD} means retries ran out. */
public enum JobState {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  DEAD,
  CANCELLED;

  public boolean isFinished() {
    return this != QUEUED && this != RUNNING;
  }

  String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  static JobState fromDb(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
