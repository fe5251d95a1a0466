package com.euraflow.jobs;

import com.euraflow.jobs.JobRepository.ClaimedJob;
import com.euraflow.jobs.JobRepository.Finish;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine of one process: runs the lanes its settings name, heartbeats its running jobs, enforces time limits,
 * takes back jobs whose worker died, fires cron schedules and refreshes the lane gauges. With no lanes it only
 * serves {@link #client()} and {@link #events()} (an API-only process).
 */
public final class JobEngine implements AutoCloseable {

  /** The engine's own maintenance job: deletes finished jobs older than the retention. */
  public static final String CLEANUP_JOB = "ef.jobs.cleanup";

  private static final Logger log = LoggerFactory.getLogger(JobEngine.class);
  /** How late a time limit may act; limits are minutes in production, so this is plenty precise. */
  private static final Duration TIME_LIMIT_SWEEP = Duration.ofMillis(50);
  // the kernel's LogFields names; the engine does not depend on the kernel
  static final String MDC_JOB_ID = "jobId";
  static final String MDC_SHOP = "shop";

  private final JobEngineSettings settings;
  private final Clock clock;
  private final JobRepository repository;
  private final TransactionTemplate tx;
  private final JobRouter router;
  private final JobClient client;
  private final JobMetrics metrics;
  private final JsonMapper json = JsonMapper.builder().build();
  private final JobNotifications notifications;
  private final Completions completions;
  private final Supplier<? extends Collection<JobHandler>> handlerSource;
  private final Map<String, JobHandler> handlers = new ConcurrentHashMap<>();
  private final List<JobSchedule> schedules;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
  private final Map<Long, Execution> running = new ConcurrentHashMap<>();
  private final boolean rateLimited;
  private @Nullable ScheduledExecutorService timers;
  private boolean started;

  public JobEngine(DataSource dataSource, Clock clock, MeterRegistry meterRegistry, JobEngineSettings settings,
      Collection<JobHandler> handlers, Collection<JobSchedule> schedules) {
    this(dataSource, clock, meterRegistry, settings, () -> handlers, schedules);
  }

  /**
   * Handlers are looked up when the engine starts, so a handler may itself depend on this engine's
   * {@link JobClient} (it enqueues follow-up jobs) without a construction cycle.
   */
  public JobEngine(DataSource dataSource, Clock clock, MeterRegistry meterRegistry, JobEngineSettings settings,
      Supplier<? extends Collection<JobHandler>> handlers, Collection<JobSchedule> schedules) {
    this.settings = settings;
    this.clock = clock;
    this.rateLimited = settings.defaultLimits().rateLimit() != null
        || settings.limits().values().stream().anyMatch(l -> l.rateLimit() != null);
    this.repository = new JobRepository(dataSource);
    this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    this.router = new JobRouter(settings.routes(), settings.defaultLane());
    this.client = new JobClient(repository, router, settings, clock, this::wakeLaneAt);
    this.metrics = new JobMetrics(meterRegistry);
    this.completions = new Completions(repository, clock);
    this.handlerSource = handlers;
    this.schedules = new ArrayList<>(schedules);
    this.schedules.add(new JobSchedule(CLEANUP_JOB, settings.retentionCron(), CLEANUP_JOB, "{}"));
    this.notifications = new JobNotifications(dataSource, json, new JobNotifications.Receiver() {
      @Override
      public void wake(@Nullable String lane) {
        if (lane == null) {
          lanes.values().forEach(Lane::wake);
        } else {
          wakeLane(lane);
        }
      }

      @Override
      public void cancelRequested(long jobId) {
        running.values().stream().filter(e -> e.jobId() == jobId).forEach(Execution::cancel);
      }
    });
  }

  private void wakeLane(String name) {
    var lane = lanes.get(name);
    if (lane != null) {
      lane.wake();
    }
  }

  /**
   * Wakes a lane of this process when a job of it is due: now, or by a timer at that time, so a job enqueued or
   * put back for later starts on time instead of at the next poll.
   */
  private void wakeLaneAt(String name, Instant due) {
    var lane = lanes.get(name);
    var timer = timers;
    if (lane == null) {
      return;
    }
    // rounded up: a wake-up a fraction of a millisecond early would find nothing due and sleep a whole poll
    var delay = Duration.between(clock.instant(), due).plusNanos(999_999).toMillis();
    if (delay <= 0 || timer == null) {
      lane.wake();
    } else {
      timer.schedule(lane::wake, delay, TimeUnit.MILLISECONDS);
    }
  }

  public JobClient client() {
    return client;
  }

  public JobEvents events() {
    return notifications;
  }

  public synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    handlers.putAll(handlerSource.get().stream().collect(Collectors.toMap(JobHandler::name, Function.identity())));
    handlers.putIfAbsent(CLEANUP_JOB, new CleanupHandler());
    notifications.start();
    if (settings.lanes().isEmpty()) {
      return;
    }
    metrics.registerAtZero(settings.lanes(), handlers.keySet().stream()
        .filter(name -> settings.lanes().contains(router.laneFor(name)))
        .collect(Collectors.toMap(Function.identity(), router::laneFor)));
    saveSchedules();
    completions.start();
    var scheduler = new ScheduledThreadPoolExecutor(2, Thread.ofVirtual().name("jobs-timer-", 0).factory());
    // wake-ups for jobs due later are dropped at shutdown, not waited for
    scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    timers = scheduler;
    every(scheduler, settings.heartbeatInterval(), this::heartbeat);
    every(scheduler, settings.heartbeatInterval(), this::reapExpired);
    every(scheduler, settings.pollInterval(), this::fireSchedules);
    every(scheduler, TIME_LIMIT_SWEEP, this::enforceTimeLimits);
    every(scheduler, settings.heartbeatInterval(), () -> metrics.stats(client.stats()));
    for (var name : settings.lanes()) {
      var lane = new Lane(name, settings.concurrencyOf(name), settings.pollInterval(), this::claim, this::run);
      lanes.put(name, lane);
      lane.start();
    }
    log.info("job engine {} started lanes {}", settings.workerId(), settings.lanes());
  }

  /**
   * Stops claiming, lets running jobs finish within one lease duration (still heartbeating), then stops. Jobs still
   * running after that are taken over by another process when their lease runs out.
   */
  @Override
  public synchronized void close() {
    if (!started) {
      return;
    }
    started = false;
    try {
      for (var lane : lanes.values()) {
        lane.stop();
      }
      var deadline = System.nanoTime() + settings.leaseDuration().toNanos();
      while (!running.isEmpty() && System.nanoTime() < deadline) {
        new Signal().await(Duration.ofMillis(20));
      }
      completions.stop();
      if (timers != null) {
        // no interrupts: a virtual thread interrupted in socket I/O closes its connection
        timers.shutdown();
        timers.awaitTermination(settings.leaseDuration().toMillis(), TimeUnit.MILLISECONDS);
      }
      notifications.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lanes.clear();
  }

  private void every(ScheduledExecutorService scheduler, Duration period, Runnable task) {
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        log.warn("job engine maintenance failed: {}", e.toString());
      }
    }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Claims up to {@code free} due jobs of a lane, then gives back those of rate-limited names that get no token:
   * they wait for their token instead of occupying a slot, as Celery's rate limit did not.
   */
  private List<ClaimedJob> claim(String lane, int free) {
    // without rate limits nothing follows the claim statement, so it needs no transaction of its own
    return rateLimited ? tx.execute(status -> claimWithinRateLimits(lane, free)) : claimWithinRateLimits(lane, free);
  }

  private List<ClaimedJob> claimWithinRateLimits(String lane, int free) {
    var now = clock.instant();
    var claimed = repository.claim(lane, free, settings.workerId(), now, now.plus(settings.leaseDuration()));
    var byName = new LinkedHashMap<String, List<ClaimedJob>>();
    claimed.forEach(job -> byName.computeIfAbsent(job.name(), n -> new ArrayList<>()).add(job));
    var granted = new ArrayList<ClaimedJob>();
    var deniedRunAt = new HashMap<Long, Instant>();
    byName.forEach((name, jobs) -> {
      var limit = settings.limitsFor(name).rateLimit();
      if (limit == null) {
        granted.addAll(jobs);
        return;
      }
      var rate = limit.perSecond();
      var grant = repository.takeTokens(name, jobs.size(), rate, now);
      granted.addAll(jobs.subList(0, grant.granted()));
      for (var k = grant.granted(); k < jobs.size(); k++) {
        var waitSeconds = (k - grant.granted() + 1 - grant.tokensLeft()) / rate;
        deniedRunAt.put(jobs.get(k).id(), now.plusNanos((long) (waitSeconds * 1e9)));
      }
    });
    if (!deniedRunAt.isEmpty()) {
      repository.unclaim(deniedRunAt);
      // claim again when the next token is due, not a poll interval later: a bucket of one token per claim
      // round would otherwise cap every rate limit at one start per poll (60 a minute at the default 1 s)
      wakeLaneAt(lane, deniedRunAt.values().stream().min(Instant::compareTo).orElseThrow());
    }
    return granted;
  }

  private void run(Lane lane, ClaimedJob job) {
    Thread.ofVirtual().name("job-" + job.id()).start(() -> execute(lane, job));
  }

  private void execute(Lane lane, ClaimedJob job) {
    MDC.put(MDC_JOB_ID, Long.toString(job.id()));
    if (job.shopId() != null) {
      MDC.put(MDC_SHOP, Long.toString(job.shopId()));
    }
    try {
      runAndRecord(lane, job);
    } finally {
      MDC.remove(MDC_JOB_ID);
      MDC.remove(MDC_SHOP);
    }
  }

  private void runAndRecord(Lane lane, ClaimedJob job) {
    var limits = settings.limitsFor(job.name());
    var execution = new Execution(job, lane, limits, repository, json);
    var started = execution.startedNanos();
    execution.bindToCurrentThread();
    running.put(job.leaseToken(), execution);
    metrics.started(lane.name(), Duration.between(job.runAt(), clock.instant()));
    JobResult result;
    try {
      var handler = handlers.get(job.name());
      result = handler == null ? JobResult.retry("no handler for " + job.name() + " in " + settings.workerId())
          : handler.run(execution);
    } catch (Throwable e) {
      result = JobResult.retry((execution.isSoftLimitExceeded() ? "soft time limit "
          + limits.softTimeLimit() + " exceeded: " : "") + e);
    } finally {
      Thread.interrupted();
    }
    if (execution.end()) {
      record(lane, execution, result, started);
    } else {
      log.warn("job {} returned after its hard time limit; its result is discarded", job.id());
    }
  }

  /** One sweep over the running jobs instead of two timers per job, which a busy lane would pile up. */
  private void enforceTimeLimits() {
    var now = System.nanoTime();
    for (var execution : running.values()) {
      var limits = execution.limits();
      if (execution.isPast(limits.hardTimeLimit(), now)) {
        hardLimit(execution);
      } else if (!execution.isSoftLimitExceeded() && execution.isPast(limits.softTimeLimit(), now)) {
        execution.exceedSoftLimit();
      }
    }
  }

  private void hardLimit(Execution execution) {
    if (execution.end()) {
      var job = execution.job();
      var reason = "hard time limit " + execution.limits().hardTimeLimit() + " exceeded";
      var exhausted = job.attempt() >= job.maxAttempts();
      var now = clock.instant();
      // the fenced finish clears the lease: a late return of the handler can no longer change the job
      repository.finish(new Finish(job.id(), job.leaseToken(), exhausted ? JobState.DEAD : JobState.QUEUED,
          exhausted ? null : now.plus(settings.backoff().delay(job.attempt(), ThreadLocalRandom.current())),
          false, "timed_out", reason, settings.workerId(), now));
      execution.cancel();
      done(execution.lane(), execution, execution.startedNanos(), "timed_out");
    }
  }

  private void record(Lane lane, Execution execution, JobResult result, long started) {
    var job = execution.job();
    var now = clock.instant();
    var worker = settings.workerId();
    if (result instanceof JobResult.Defer d && job.deferrals() >= settings.backoff().maxDeferrals()) {
      result = JobResult.retry("deferred " + job.deferrals() + " times: " + d.reason());
    }
    switch (result) {
      case JobResult.Done d -> {
        // the slot is free once the handler returned: the next claim need not wait for the write
        lane.release();
        completions.add(new Completions.Success(job, () -> forget(lane, execution, started, "succeeded")));
      }
      case JobResult.Fail f -> finish(lane, execution, started,
          new Finish(job.id(), job.leaseToken(), JobState.FAILED, null, false, "failed", f.reason(), worker, now));
      case JobResult.Defer d -> finish(lane, execution, started, new Finish(job.id(), job.leaseToken(),
          JobState.QUEUED, now.plus(d.delay()), true, "deferred", d.reason(), worker, now));
      case JobResult.Retry r when job.attempt() >= job.maxAttempts() -> finish(lane, execution, started,
          new Finish(job.id(), job.leaseToken(), JobState.DEAD, null, false, "dead", r.reason(), worker, now));
      case JobResult.Retry r -> finish(lane, execution, started, new Finish(job.id(), job.leaseToken(),
          JobState.QUEUED, now.plus(settings.backoff().delay(job.attempt(), ThreadLocalRandom.current())), false,
          "retry", r.reason(), worker, now));
    }
  }

  /** Records an unsuccessful run; a run that was asked to stop ends cancelled whatever it reported. */
  private void finish(Lane lane, Execution execution, long started, Finish finish) {
    var recorded = execution.isCancelled()
        ? new Finish(finish.id(), finish.leaseToken(), JobState.CANCELLED, null, false, "cancelled",
            finish.error(), finish.worker(), finish.now())
        : finish;
    if (!repository.finish(recorded)) {
      log.warn("job {} lost its lease before finishing; another worker owns it now", finish.id());
    } else if (recorded.state() == JobState.QUEUED && recorded.runAt() != null) {
      // a retry or deferral starts when it is due, not at the first poll after
      wakeLaneAt(lane.name(), recorded.runAt());
    }
    done(lane, execution, started, recorded.outcome());
  }

  private void done(Lane lane, Execution execution, long started, String outcome) {
    forget(lane, execution, started, outcome);
    lane.release();
  }

  /** The run is recorded: stop heartbeating it. */
  private void forget(Lane lane, Execution execution, long started, String outcome) {
    var job = execution.job();
    running.remove(job.leaseToken());
    metrics.finished(lane.name(), job.name(), Duration.ofNanos(System.nanoTime() - started), outcome);
  }

  private void heartbeat() {
    var tokens = List.copyOf(running.keySet());
    var cancelled = repository.heartbeat(settings.workerId(), tokens,
        clock.instant().plus(settings.leaseDuration()));
    running.values().stream().filter(e -> cancelled.contains(e.jobId())).forEach(Execution::cancel);
  }

  private void reapExpired() {
    var count = repository.reapExpired(clock.instant());
    if (count > 0) {
      log.warn("took back {} jobs whose worker stopped heartbeating", count);
      metrics.leaseExpired(count);
    }
  }

  private void saveSchedules() {
    var now = clock.instant();
    var next = new HashMap<String, Instant>();
    schedules.forEach(s -> next.put(s.name(), nextSlot(s.cron(), now)));
    repository.saveSchedules(schedules, next);
  }

  /** Fires due schedules: the row lock and the advance in one transaction make each slot fire once overall. */
  private void fireSchedules() {
    var names = schedules.stream().map(JobSchedule::name).toList();
    tx.executeWithoutResult(status -> {
      var now = clock.instant();
      var due = repository.lockDueSchedules(names, now);
      if (due.isEmpty()) {
        return;
      }
      client.enqueueAll(due.stream()
          .map(s -> JobRequest.of(s.jobName(), s.payload()).dedupKey("cron:" + s.name()).runAt(s.fireAt()))
          .toList());
      var next = new HashMap<String, Instant>();
      due.forEach(s -> next.put(s.name(), nextSlot(s.cron(), now)));
      repository.advanceSchedules(next);
    });
  }

  /** The first slot after {@code now}: missed slots are skipped, not caught up. */
  private static Instant nextSlot(String cron, Instant now) {
    var next = CronExpression.parse(cron).next(now.atZone(ZoneOffset.UTC));
    if (next == null) {
      throw new IllegalArgumentException("cron " + cron + " never fires");
    }
    return next.toInstant();
  }

  private final class CleanupHandler implements JobHandler {
    @Override
    public String name() {
      return CLEANUP_JOB;
    }

    @Override
    public JobResult run(JobContext context) {
      var deleted = repository.deleteFinishedBefore(clock.instant().minus(settings.retention()));
      log.info("deleted {} jobs finished more than {} ago", deleted, settings.retention());
      return JobResult.done();
    }
  }
}
