package com.euraflow.jobs;

import org.jspecify.annotations.Nullable;

/** What a running job sees of itself. */
public interface JobContext {

  long jobId();

  String name();

  /** The JSON payload as enqueued. */
  String payload();

  /** The payload read as {@code type} (Jackson). */
  <T> T payload(Class<T> type);

  @Nullable Long tenantId();

  @Nullable Long shopId();

  /** 1 on the first run; deferrals do not count. */
  int attempt();

  /** Records progress and publishes it to {@link JobEvents} subscribers in every process. */
  void progress(int percent, String message);

  /** An operator or the owner asked to cancel; stop at the next safe point. */
  boolean isCancelled();

  /** The soft time limit passed; the thread was interrupted once, the hard limit follows. */
  boolean isSoftLimitExceeded();

  /** Throws {@link JobInterruptedException} when the job was cancelled or its soft time limit passed. */
  default void checkpoint() {
    if (isCancelled()) {
      throw new JobInterruptedException("cancelled");
    }
    if (isSoftLimitExceeded()) {
      throw new JobInterruptedException("soft time limit exceeded");
    }
  }
}
