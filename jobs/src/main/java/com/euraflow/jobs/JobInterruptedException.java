package com.euraflow.jobs;

/** Thrown by {@link JobContext#checkpoint()} to unwind a job that was cancelled or ran past its soft limit. */
public final class JobInterruptedException extends RuntimeException {

  JobInterruptedException(String message) {
    super(message);
  }
}
