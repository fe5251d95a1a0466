package com.euraflow.jobs;

import com.euraflow.jobs.JobRepository.ClaimedJob;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** One run of a claimed job: its context for the handler and the flags the engine sets from outside. */
final class Execution implements JobContext {

  /** Progress more often than this is dropped (a handler may report per item of a 5,000-item batch). */
  private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

  private final ClaimedJob job;
  private final Lane lane;
  private final JobLimits limits;
  private final long startedNanos = System.nanoTime();
  private final JobRepository repository;
  private final JsonMapper json;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile boolean cancelled;
  private volatile boolean softLimitExceeded;
  private volatile @Nullable Thread thread;
  private long lastProgressNanos = System.nanoTime() - PROGRESS_EVERY_NANOS;

  Execution(ClaimedJob job, Lane lane, JobLimits limits, JobRepository repository, JsonMapper json) {
    this.job = job;
    this.lane = lane;
    this.limits = limits;
    this.repository = repository;
    this.json = json;
  }

  ClaimedJob job() {
    return job;
  }

  Lane lane() {
    return lane;
  }

  JobLimits limits() {
    return limits;
  }

  long startedNanos() {
    return startedNanos;
  }

  boolean isPast(Duration limit, long nowNanos) {
    return nowNanos - startedNanos > limit.toNanos();
  }

  void bindToCurrentThread() {
    thread = Thread.currentThread();
  }

  /** True for the one caller that ends this run: the handler's return or the hard time limit, whichever first. */
  boolean end() {
    return ended.compareAndSet(false, true);
  }

  void cancel() {
    cancelled = true;
    interrupt();
  }

  void exceedSoftLimit() {
    softLimitExceeded = true;
    interrupt();
  }

  private void interrupt() {
    var t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  @Override
  public long jobId() {
    return job.id();
  }

  @Override
  public String name() {
    return job.name();
  }

  @Override
  public String payload() {
    return job.payload();
  }

  @Override
  public <T> T payload(Class<T> type) {
    return json.readValue(job.payload(), type);
  }

  @Override
  public @Nullable Long tenantId() {
    return job.tenantId();
  }

  @Override
  public @Nullable Long shopId() {
    return job.shopId();
  }

  @Override
  public int attempt() {
    return job.attempt();
  }

  @Override
  public void progress(int percent, String message) {
    var now = System.nanoTime();
    if (percent < 100 && now - lastProgressNanos < PROGRESS_EVERY_NANOS) {
      return;
    }
    lastProgressNanos = now;
    repository.progress(job.id(), job.leaseToken(), Math.clamp(percent, 0, 100), message);
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public boolean isSoftLimitExceeded() {
    return softLimitExceeded;
  }
}
