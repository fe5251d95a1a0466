package com.euraflow.jobs;

import static com.euraflow.jobs.JobsFixture.handler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.euraflow.jobs.testhelper.SettableClock;
import com.euraflow.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One engine process against real PostgreSQL: claiming, outcomes, limits, leases, cron, progress, metrics. */
class JobEngineTests {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private TestDatabase db;
  private final List<JobEngine> engines = new ArrayList<>();

  @BeforeEach
  void setUp() {
    db = JobsFixture.database();
  }

  @AfterEach
  void tearDown() {
    engines.forEach(JobEngine::close);
    db.close();
  }

  private JobEngine start(JobEngineSettings settings, JobHandler... handlers) {
    return start(Clock.systemUTC(), settings, handlers);
  }

  private JobEngine start(Clock clock, JobEngineSettings settings, JobHandler... handlers) {
    var engine = JobsFixture.engine(db, clock, settings, handlers);
    engines.add(engine);
    return engine;
  }

  private JobView awaitState(JobClient client, long id, JobState state) {
    await().atMost(WAIT).until(() -> client.find(id).orElseThrow().state() == state);
    return client.find(id).orElseThrow();
  }

  @Test
  void runsAJobAndRecordsItsSuccess() {
    var payloads = new CopyOnWriteArrayList<String>();
    var engine = start(JobsFixture.settings(Lanes.PULL),
        handler("ef.ozon.orders.pull", ctx -> {
          payloads.add(ctx.payload(Map.class).get("shop") + "/" + ctx.attempt());
          return JobResult.done();
        }));

    var job = engine.client().enqueue(JobRequest.of("ef.ozon.orders.pull", "{\"shop\":42}"));

    var done = awaitState(engine.client(), job.id(), JobState.SUCCEEDED);
    assertThat(payloads).containsExactly("42/1");
    assertThat(done.attempts()).isEqualTo(1);
    assertThat(done.startedAt()).isNotNull();
    assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
    assertThat(engine.client().attempts(job.id())).isEmpty();
  }

  @Test
  void startsHigherPriorityJobsFirstWithinALane() throws Exception {
    var blocker = new CountDownLatch(1);
    var order = new CopyOnWriteArrayList<String>();
    var engine = start(JobsFixture.settings(Lanes.CORE).withConcurrency(Map.of(Lanes.CORE, 1)),
        handler("ef.core.block", ctx -> {
          awaitUninterruptibly(blocker);
          return JobResult.done();
        }),
        handler("ef.core.record", ctx -> {
          order.add(ctx.payload());
          return JobResult.done();
        }));
    var client = engine.client();
    var block = client.enqueue(JobRequest.of("ef.core.block", "{}"));
    awaitState(client, block.id(), JobState.RUNNING);

    client.enqueue(JobRequest.of("ef.core.record", "\"low-1\""));
    client.enqueue(JobRequest.of("ef.core.record", "\"low-2\""));
    client.enqueue(JobRequest.of("ef.core.record", "\"high\"").priority(10));
    blocker.countDown();

    await().atMost(WAIT).until(() -> order.size() == 3);
    assertThat(order).containsExactly("\"high\"", "\"low-1\"", "\"low-2\"");
  }

  @Test
  void neverRunsTwoJobsWithOneConcurrencyKeyAtOnceAcrossEngines() {
    var runningPerKey = new ConcurrentHashMap<String, AtomicInteger>();
    var maxPerKey = new ConcurrentHashMap<String, Integer>();
    var pull = handler("ef.ozon.orders.pull", ctx -> {
      var key = ctx.payload();
      var now = runningPerKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      maxPerKey.merge(key, now, Math::max);
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
      runningPerKey.get(key).decrementAndGet();
      return JobResult.done();
    });
    // two engines with free slots race for the same keys; the unique index settles it
    var engine = start(JobsFixture.settings(Lanes.PULL).withConcurrency(Map.of(Lanes.PULL, 4)), pull);
    start(JobsFixture.settings(Lanes.PULL).withConcurrency(Map.of(Lanes.PULL, 4)), pull);

    engine.client().enqueueAll(IntStream.range(0, 30)
        .mapToObj(i -> JobRequest.of("ef.ozon.orders.pull", "\"shop-" + i % 3 + "\"")
            .concurrencyKey("orders-pull:shop:" + i % 3))
        .toList());

    await().atMost(WAIT).until(() -> engine.client()
        .list(new JobQuery(Set.of(), Set.of(), Set.of(JobState.SUCCEEDED), 100, null)).jobs().size() == 30);
    assertThat(maxPerKey).containsOnly(
        Map.entry("\"shop-0\"", 1), Map.entry("\"shop-1\"", 1), Map.entry("\"shop-2\"", 1));
  }

  @Test
  void retriesAFailureWithBackoffAndThenSucceeds() {
    var clock = new SettableClock(Instant.parse("2026-11-26T10:00:00Z"));
    var engine = start(clock, JobsFixture.settings(Lanes.PUSH),
        handler("ef.ozon.stock.push", ctx -> {
          if (ctx.attempt() == 1) {
            throw new IllegalStateException("OZON answered 502");
          }
          return JobResult.done();
        }));
    var client = engine.client();

    var job = client.enqueue(JobRequest.of("ef.ozon.stock.push", "{}"));

    await().atMost(WAIT).until(() -> client.find(job.id()).orElseThrow().attempts() == 1
        && client.find(job.id()).orElseThrow().state() == JobState.QUEUED);
    var waiting = client.find(job.id()).orElseThrow();
    assertThat(waiting.runAt()).isEqualTo(clock.instant().plus(JobsFixture.TEST_BACKOFF.base()));
    assertThat(waiting.lastError()).contains("OZON answered 502");
    assertThat(client.attempts(job.id())).singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo("retry"));

    clock.advance(Duration.ofSeconds(10));
    var done = awaitState(client, job.id(), JobState.SUCCEEDED);
    assertThat(done.attempts()).isEqualTo(2);
  }

  @Test
  void failsAtOnceWhenRetryingCannotHelp() {
    var engine = start(JobsFixture.settings(Lanes.SYNC),
        handler("ef.ozon.products.sync", ctx -> JobResult.fail("OZON rejected the Api-Key")));

    var job = engine.client().enqueue(JobRequest.of("ef.ozon.products.sync", "{}"));

    var failed = awaitState(engine.client(), job.id(), JobState.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isEqualTo("OZON rejected the Api-Key");
    assertThat(engine.client().attempts(job.id())).extracting(JobAttempt::outcome).containsExactly("failed");
  }

  @Test
  void defersAThrottledJobWithoutSpendingAnAttempt() {
    var clock = new SettableClock(Instant.parse("2026-11-26T10:00:00Z"));
    var calls = new AtomicInteger();
    var engine = start(clock, JobsFixture.settings(Lanes.PULL),
        handler("ef.ozon.orders.pull", ctx -> calls.incrementAndGet() == 1
            ? JobResult.deferFor(Duration.ofSeconds(30), "OZON answered 429") : JobResult.done()));
    var client = engine.client();

    var job = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));

    await().atMost(WAIT).until(() -> client.find(job.id()).orElseThrow().deferrals() == 1);
    var deferred = client.find(job.id()).orElseThrow();
    assertThat(deferred.state()).isEqualTo(JobState.QUEUED);
    assertThat(deferred.attempts()).isZero();
    assertThat(deferred.runAt()).isEqualTo(clock.instant().plusSeconds(30));

    clock.advance(Duration.ofSeconds(30));
    assertThat(awaitState(client, job.id(), JobState.SUCCEEDED).attempts()).isEqualTo(1);
  }

  @Test
  void marksAJobDeadAfterItsLastAttemptAndRetriesItOnRequest() {
    var clock = new SettableClock(Instant.parse("2026-11-26T10:00:00Z"));
    var healthy = new AtomicBoolean();
    var engine = start(clock,
        JobsFixture.settings(Lanes.SYNC)
            .withLimits(Map.of("ef.ozon.prices.sync", new JobLimits(null, null, null, 2))),
        handler("ef.ozon.prices.sync", ctx -> healthy.get() ? JobResult.done() : JobResult.retry("OZON down")));
    var client = engine.client();

    var job = client.enqueue(JobRequest.of("ef.ozon.prices.sync", "{}"));
    await().atMost(WAIT).until(() -> client.find(job.id()).orElseThrow().attempts() == 1
        && client.find(job.id()).orElseThrow().state() == JobState.QUEUED);
    clock.advance(Duration.ofSeconds(10));
    var dead = awaitState(client, job.id(), JobState.DEAD);

    assertThat(dead.attempts()).isEqualTo(2);
    assertThat(client.attempts(job.id())).extracting(JobAttempt::outcome).containsExactly("retry", "dead");
    healthy.set(true);
    assertThat(client.retry(job.id())).isTrue();
    assertThat(awaitState(client, job.id(), JobState.SUCCEEDED).attempts()).isEqualTo(3);
    assertThat(client.retry(job.id())).isFalse();
  }

  @Test
  void streamsProgressToSubscribersOfAnotherProcessWithinASecond() throws Exception {
    var events = new CopyOnWriteArrayList<JobEvent>();
    var progressAt = new ConcurrentHashMap<Integer, Long>();
    var receivedAt = new ConcurrentHashMap<Integer, Long>();
    var api = start(JobsFixture.settings());
    try (var subscription = api.events().subscribe(e -> {
      events.add(e);
      if (e.progressPercent() != null) {
        receivedAt.putIfAbsent(e.progressPercent(), System.nanoTime());
      }
    })) {
      var worker = start(JobsFixture.settings(Lanes.SYNC),
          handler("ef.ozon.products.sync", ctx -> {
            progressAt.put(50, System.nanoTime());
            ctx.progress(50, "half of the products");
            return JobResult.done();
          }));

      var job = worker.client().enqueue(JobRequest.of("ef.ozon.products.sync", "{}").owner(7L, 70L));

      await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e.state() == JobState.SUCCEEDED));
      assertThat(events).extracting(JobEvent::state, JobEvent::progressPercent, JobEvent::progressMessage)
          .containsExactly(
              tuple(JobState.RUNNING, null, null),
              tuple(JobState.RUNNING, 50, "half of the products"),
              tuple(JobState.SUCCEEDED, 50, "half of the products"));
      assertThat(events).allSatisfy(e -> {
        assertThat(e.jobId()).isEqualTo(job.id());
        assertThat(e.tenantId()).isEqualTo(7L);
        assertThat(e.shopId()).isEqualTo(70L);
      });
      assertThat(Duration.ofNanos(receivedAt.get(50) - progressAt.get(50))).isLessThan(Duration.ofSeconds(1));
    }
  }

  @Test
  void cancelsARunningJobThatChecksForIt() {
    var engine = start(JobsFixture.settings(Lanes.SYNC),
        handler("ef.ozon.products.sync", ctx -> {
          while (true) {
            ctx.checkpoint();
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
          }
        }));
    var client = engine.client();
    var job = client.enqueue(JobRequest.of("ef.ozon.products.sync", "{}"));
    awaitState(client, job.id(), JobState.RUNNING);

    assertThat(client.cancel(job.id())).contains(JobState.RUNNING);

    var cancelled = awaitState(client, job.id(), JobState.CANCELLED);
    assertThat(cancelled.lastError()).contains("cancelled");
  }

  @Test
  void interruptsAJobAtItsSoftTimeLimit() {
    var engine = start(JobsFixture.settings(Lanes.PULL).withLimits(Map.of("ef.ozon.orders.pull",
            new JobLimits(Duration.ofMillis(200), Duration.ofSeconds(5), null, null))),
        handler("ef.ozon.orders.pull", ctx -> {
          try {
            Thread.sleep(Duration.ofSeconds(3));
            return JobResult.done();
          } catch (InterruptedException e) {
            return JobResult.retry("stopped at the soft limit: " + ctx.isSoftLimitExceeded());
          }
        }));

    var job = engine.client().enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));

    await().atMost(Duration.ofSeconds(2)).until(() -> engine.client().find(job.id()).orElseThrow().attempts() == 1
        && engine.client().find(job.id()).orElseThrow().state() == JobState.QUEUED);
    assertThat(engine.client().find(job.id()).orElseThrow().lastError()).isEqualTo("stopped at the soft limit: true");
  }

  @Test
  void freesTheSlotAtTheHardTimeLimitAndDiscardsTheLateResult() throws Exception {
    var release = new CountDownLatch(1);
    var returned = new CountDownLatch(1);
    var engine = start(JobsFixture.settings(Lanes.PULL)
            .withConcurrency(Map.of(Lanes.PULL, 1))
            .withLimits(Map.of("ef.ozon.orders.pull.stuck",
                new JobLimits(Duration.ofMillis(100), Duration.ofMillis(300), null, null))),
        handler("ef.ozon.orders.pull.stuck", ctx -> {
          awaitUninterruptibly(release);
          returned.countDown();
          return JobResult.done();
        }),
        handler("ef.ozon.orders.pull", ctx -> JobResult.done()));
    var client = engine.client();

    var stuck = client.enqueue(JobRequest.of("ef.ozon.orders.pull.stuck", "{}"));
    var next = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));

    awaitState(client, next.id(), JobState.SUCCEEDED);
    var timedOut = client.find(stuck.id()).orElseThrow();
    assertThat(timedOut.state()).isEqualTo(JobState.QUEUED);
    assertThat(timedOut.lastError()).isEqualTo("hard time limit PT0.3S exceeded");
    assertThat(client.attempts(stuck.id())).extracting(JobAttempt::outcome).containsExactly("timed_out");

    release.countDown();
    assertThat(returned.await(5, TimeUnit.SECONDS)).isTrue();
    await().during(Duration.ofMillis(300)).atMost(WAIT)
        .until(() -> client.find(stuck.id()).orElseThrow().state() == JobState.QUEUED);
  }

  @Test
  void takesBackTheJobOfAWorkerThatStoppedHeartbeating() {
    var registry = new SimpleMeterRegistry();
    var engine = JobsFixture.engine(db, Clock.systemUTC(), JobsFixture.settings(), registry, List.of());
    engines.add(engine);
    var client = engine.client();
    var job = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));
    // what a worker that was killed mid-job leaves behind
    JdbcClient.create(db.dataSource()).sql("""
        UPDATE jobs.job SET state = 'running', attempts = 1, lease_owner = 'killed-worker',
            lease_token = nextval('jobs.lease_token'), lease_until = now() + interval '1 second',
            started_at = now()
        WHERE id = :id
        """).param("id", job.id()).update();

    var worker = JobsFixture.engine(db, Clock.systemUTC(), JobsFixture.settings(Lanes.PULL), registry, List.of(),
        handler("ef.ozon.orders.pull", ctx -> JobResult.done()));
    engines.add(worker);

    var done = awaitState(client, job.id(), JobState.SUCCEEDED);
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(client.attempts(job.id())).singleElement().satisfies(a -> {
      assertThat(a.outcome()).isEqualTo("lease_expired");
      assertThat(a.error()).contains("killed-worker");
    });
    assertThat(registry.get("ef_job_lease_expiries_total").counter().count()).isEqualTo(1);
  }

  @Test
  void firesACronScheduleOncePerSlotAndSkipsMissedSlots() {
    var clock = new SettableClock(Instant.parse("2026-11-26T10:00:00.500Z"));
    var engine = JobsFixture.engine(db, clock, JobsFixture.settings(Lanes.LOW), new SimpleMeterRegistry(),
        List.of(new JobSchedule("labels-cleanup", "0 * * * * *", "ef.ozon.labels.cleanup", "{\"days\":7}")),
        handler("ef.ozon.labels.cleanup", ctx -> JobResult.done()));
    engines.add(engine);
    var jdbc = JdbcClient.create(db.dataSource());
    var fired = "SELECT run_at FROM jobs.job WHERE name = 'ef.ozon.labels.cleanup' ORDER BY run_at";

    clock.set(Instant.parse("2026-11-26T10:01:00.100Z"));
    await().atMost(WAIT).until(() -> jdbc.sql(fired).query(Instant.class).list().size() == 1);
    clock.set(Instant.parse("2026-11-26T10:03:30Z"));
    await().atMost(WAIT).until(() -> jdbc.sql(fired).query(Instant.class).list().size() == 2);

    await().during(Duration.ofMillis(300)).atMost(WAIT)
        .until(() -> jdbc.sql(fired).query(Instant.class).list().size() == 2);
    assertThat(jdbc.sql(fired).query(Instant.class).list()).containsExactly(
        Instant.parse("2026-11-26T10:01:00Z"), Instant.parse("2026-11-26T10:02:00Z"));
    assertThat(jdbc.sql("SELECT next_fire_at FROM jobs.schedule WHERE name = 'labels-cleanup'")
        .query(Instant.class).single()).isEqualTo(Instant.parse("2026-11-26T10:04:00Z"));
  }

  @Test
  void deletesFinishedJobsOlderThanTheRetention() {
    var clock = new SettableClock(Instant.parse("2026-11-26T10:00:00Z"));
    var engine = start(clock, JobsFixture.settings(Lanes.LOW, Lanes.PULL),
        handler("ef.ozon.orders.pull", ctx -> JobResult.done()));
    var client = engine.client();
    var old = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));
    awaitState(client, old.id(), JobState.SUCCEEDED);
    clock.advance(Duration.ofDays(6));
    var recent = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));
    awaitState(client, recent.id(), JobState.SUCCEEDED);
    clock.advance(Duration.ofDays(2));

    var cleanup = client.enqueue(JobRequest.of(JobEngine.CLEANUP_JOB, "{}"));

    awaitState(client, cleanup.id(), JobState.SUCCEEDED);
    assertThat(client.find(old.id())).isEmpty();
    assertThat(client.find(recent.id())).isPresent();
  }

  @Test
  void startsAHighLaneJobPromptlyWhileTheLowLaneIsFlooded() {
    var lowRunning = new AtomicInteger();
    var lowMax = new AtomicInteger();
    var pullStarted = new CountDownLatch(1);
    var engine = start(JobsFixture.settings(Lanes.PULL, Lanes.LOW),
        handler("ef.ozon.drafts.cleanup", ctx -> {
          lowMax.accumulateAndGet(lowRunning.incrementAndGet(), Math::max);
          LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
          lowRunning.decrementAndGet();
          return JobResult.done();
        }),
        handler("ef.ozon.orders.pull", ctx -> {
          pullStarted.countDown();
          return JobResult.done();
        }));
    var client = engine.client();
    client.enqueueAll(Collections.nCopies(2000, JobRequest.of("ef.ozon.drafts.cleanup", "{}")));
    await().atMost(WAIT).until(() -> lowRunning.get() > 0);

    var enqueued = System.nanoTime();
    client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));

    await().atMost(Duration.ofSeconds(1)).until(() -> pullStarted.getCount() == 0);
    assertThat(Duration.ofNanos(System.nanoTime() - enqueued)).isLessThan(Duration.ofMillis(500));
    assertThat(lowMax.get()).isEqualTo(Lanes.DEFAULT_CONCURRENCY.get(Lanes.LOW));
    assertThat(client.stats()).filteredOn(s -> s.lane().equals(Lanes.LOW)).singleElement()
        .satisfies(s -> assertThat(s.waiting()).isGreaterThan(1000));
  }

  @Test
  void spacesStartsByTheJobNamesRateLimit() {
    var starts = new CopyOnWriteArrayList<Long>();
    var engine = start(JobsFixture.settings(Lanes.PULL)
            .withLimits(Map.of("ef.ozon.orders.pull", new JobLimits(null, null, RateLimit.parse("10/s"), null))),
        handler("ef.ozon.orders.pull", ctx -> {
          starts.add(System.nanoTime());
          return JobResult.done();
        }));

    engine.client().enqueueAll(Collections.nCopies(8, JobRequest.of("ef.ozon.orders.pull", "{}")));

    await().atMost(WAIT).until(() -> starts.size() == 8);
    var span = Duration.ofNanos(starts.getLast() - starts.getFirst());
    // the first token is there at once, then one per 100 ms
    assertThat(span).isBetween(Duration.ofMillis(650), Duration.ofMillis(2000));
  }

  @Test
  void startsRateLimitedJobsAtTheirRateNotAtOnePerPoll() {
    var starts = new CopyOnWriteArrayList<Long>();
    var engine = start(JobsFixture.settings(Lanes.PULL)
            .withTiming(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(300))
            .withLimits(Map.of("ef.ozon.orders.pull", new JobLimits(null, null, RateLimit.parse("20/s"), null))),
        handler("ef.ozon.orders.pull", ctx -> {
          starts.add(System.nanoTime());
          return JobResult.done();
        }));

    engine.client().enqueueAll(Collections.nCopies(20, JobRequest.of("ef.ozon.orders.pull", "{}")));

    await().atMost(WAIT).until(() -> starts.size() == 20);
    // 20 starts at 20/s take about a second; one start per 1 s poll would take 19 s
    assertThat(Duration.ofNanos(starts.getLast() - starts.getFirst())).isBetween(Duration.ofMillis(850),
        Duration.ofSeconds(4));
  }

  @Test
  void startsJobsDueLaterAtTheirTimeNotAtTheNextPoll() {
    var lateness = new CopyOnWriteArrayList<Duration>();
    var deferredUntil = new java.util.concurrent.atomic.AtomicReference<Instant>();
    var engine = start(JobsFixture.settings(Lanes.PULL)
            .withTiming(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMillis(300)),
        handler("ef.ozon.orders.pull", ctx -> {
          // jsonb keeps the payload as {"due": "..."}
          var due = ctx.payload().replaceAll(".*\"due\": ?\"([^\"]+)\".*", "$1");
          lateness.add(Duration.between(Instant.parse(due), Instant.now()));
          return JobResult.done();
        }),
        handler("ef.ozon.orders.pull_fbo", ctx -> {
          if (deferredUntil.get() == null) {
            deferredUntil.set(Instant.now().plusMillis(400));
            return JobResult.deferFor(Duration.ofMillis(400), "OZON is busy");
          }
          lateness.add(Duration.between(deferredUntil.get(), Instant.now()));
          return JobResult.done();
        }));

    var now = Instant.now();
    engine.client().enqueueAll(IntStream.rangeClosed(1, 3)
        .mapToObj(i -> now.plusMillis(400L * i))
        .map(due -> JobRequest.of("ef.ozon.orders.pull", "{\"due\":\"" + due + "\"}").runAt(due))
        .toList());
    engine.client().enqueue(JobRequest.of("ef.ozon.orders.pull_fbo", "{}"));

    // with a 30 s poll, only a wake-up at each job's run time (enqueued for later, or deferred) starts it this soon
    await().atMost(Duration.ofSeconds(10)).until(() -> lateness.size() == 4);
    assertThat(lateness).allSatisfy(late -> assertThat(late).isBetween(Duration.ofMillis(-5), Duration.ofMillis(500)));
  }

  @Test
  void publishesThePlansMetricNames() {
    var registry = new SimpleMeterRegistry();
    var engine = JobsFixture.engine(db, Clock.systemUTC(), JobsFixture.settings(Lanes.PULL), registry, List.of(),
        handler("ef.ozon.orders.pull", ctx -> ctx.attempt() == 1 ? JobResult.retry("flaky") : JobResult.done()));
    engines.add(engine);

    var job = engine.client().enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));

    await().atMost(WAIT).until(() -> engine.client().find(job.id()).orElseThrow().attempts() == 1
        && registry.find("ef_celery_queue_length").tag("queue", Lanes.PULL).gauge() != null);
    assertThat(registry.get("ef_celery_task_duration_seconds").tags("queue", Lanes.PULL, "task",
        "ef.ozon.orders.pull").timer().count()).isEqualTo(1);
    assertThat(registry.get("ef_celery_task_failures_total").tags("outcome", "retry").counter().count())
        .isEqualTo(1);
    assertThat(registry.get("ef_job_wait_seconds").tag("queue", Lanes.PULL).timer().count()).isEqualTo(1);
    assertThat(registry.get("ef_jobs_dead").tag("queue", Lanes.PULL).gauge().value()).isZero();
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // the time-limit tests need a handler that ignores interrupts
      }
    }
  }
}
