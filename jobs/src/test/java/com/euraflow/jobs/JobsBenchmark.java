package com.euraflow.jobs;

import com.euraflow.testing.TestDatabase;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Our engine against db-scheduler 16.7.1 on the same PostgreSQL, one after the other in one run. Not part of the
 * suite (the name does not end in Tests); run it with {@code mvn -B -o -pl jobs test -Dtest=JobsBenchmark}.
 */
class JobsBenchmark {

  private static final int THREADS = 20;
  private static final int THROUGHPUT_JOBS = Integer.getInteger("bench.jobs", 10_000);
  private static final int IDLE_SAMPLES = Integer.getInteger("bench.idle", 400);
  private static final int LOAD_RATE = Integer.getInteger("bench.rate", 1_000);
  private static final Duration LOAD_TIME = Duration.ofSeconds(5);

  /** One engine under test: enqueue a no-op job that records its start, or many at once. */
  private interface Contender extends AutoCloseable {
    void start();

    void enqueueOne(long enqueuedNanos);

    void enqueueMany(int count);

    @Override
    void close();
  }

  /** Start latencies (enqueue call to handler start) and a count of runs. */
  private static final class Runs {
    final Recorder latency = new Recorder(3);
    final AtomicLong count = new AtomicLong();
    volatile CountDownLatch next = new CountDownLatch(1);

    void ran(long enqueuedNanos) {
      if (enqueuedNanos > 0) {
        latency.recordValue(Math.max(0, System.nanoTime() - enqueuedNanos) / 1_000);
      }
      count.incrementAndGet();
      next.countDown();
    }
  }

  @Test
  void measures() throws Exception {
    try (var db = TestDatabase.create()) {
      var dataSource = pool(db);
      JobsFixture.migrate(dataSource);
      JdbcClient.create(dataSource).sql(DB_SCHEDULER_TABLE).update();
      var results = new ArrayList<String>();
      results.add(String.format("%-34s %12s %12s %9s", "scenario", "ours", "db-scheduler", "ratio"));
      Function<Runs, Contender> ours = runs -> new Ours(dataSource, runs);
      Function<Runs, Contender> theirs = runs -> new Theirs(dataSource, runs);
      // the machine is shared: alternate the engines and take the median of three rounds after a warm-up
      throughput(ours, THROUGHPUT_JOBS / 5);
      throughput(theirs, THROUGHPUT_JOBS / 5);
      var ourRounds = new ArrayList<Double>();
      var theirRounds = new ArrayList<Double>();
      for (var round = 0; round < 3; round++) {
        ourRounds.add(throughput(ours, THROUGHPUT_JOBS));
        theirRounds.add(throughput(theirs, THROUGHPUT_JOBS));
      }
      results.add(row("no-op jobs/s (20 threads, median)", median(ourRounds), median(theirRounds), "%.0f"));
      results.add(String.format("%-34s %s / %s", "  rounds", rounded(ourRounds), rounded(theirRounds)));
      var ourLatency = latencies(ours);
      var theirLatency = latencies(theirs);
      var names = new String[] {"p50", "p95", "p99"};
      for (var i = 0; i < 3; i++) {
        results.add(row("idle start " + names[i] + " ms", ourLatency[0][i], theirLatency[0][i], "%.2f"));
      }
      for (var i = 0; i < 3; i++) {
        results.add(row("load " + LOAD_RATE + "/s start " + names[i] + " ms", ourLatency[1][i], theirLatency[1][i],
            "%.2f"));
      }
      var cross = crossProcess(db, dataSource);
      results.add(String.format("%-34s %12.2f %12.2f %12.2f  (enqueued here, run by another JVM)",
          "cross-process idle p50/p95/p99 ms", cross[0], cross[1], cross[2]));
      System.out.println();
      System.out.println("=== JobsBenchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
          + JdbcClient.create(dataSource).sql("SELECT version()").query(String.class).single() + ")");
      results.forEach(System.out::println);
      ((HikariDataSource) dataSource).close();
    }
  }

  /** A backlog of no-op jobs drained by a freshly started engine. */
  private static double throughput(Function<Runs, Contender> factory, int jobs) {
    var runs = new Runs();
    try (var contender = factory.apply(runs)) {
      contender.enqueueMany(jobs);
      var started = System.nanoTime();
      contender.start();
      while (runs.count.get() < jobs) {
        LockSupport.parkNanos(1_000_000);
      }
      return jobs / ((System.nanoTime() - started) / 1e9);
    }
  }

  /** Start latencies, idle (one job at a time) and under a steady load; p50, p95, p99 in ms each. */
  private static double[][] latencies(Function<Runs, Contender> factory) throws Exception {
    var runs = new Runs();
    try (var contender = factory.apply(runs)) {
      contender.start();
      // idle: one job at a time, the next after the previous started
      for (var i = 0; i < IDLE_SAMPLES + 100; i++) {
        if (i == 100) {
          runs.latency.getIntervalHistogram();
        }
        runs.next = new CountDownLatch(1);
        contender.enqueueOne(System.nanoTime());
        runs.next.await(5, TimeUnit.SECONDS);
        LockSupport.parkNanos(2_000_000);
      }
      var idle = percentiles(runs);
      // load: single enqueues at a steady rate from four producers
      var producers = IntStream.range(0, 4).mapToObj(p -> Thread.ofVirtual().start(() -> {
        var interval = 4_000_000_000L / LOAD_RATE;
        var next = System.nanoTime();
        var end = next + LOAD_TIME.toNanos();
        while (next < end) {
          LockSupport.parkNanos(next - System.nanoTime());
          contender.enqueueOne(System.nanoTime());
          next += interval;
        }
      })).toList();
      for (var p : producers) {
        p.join();
      }
      var expected = runs.count.get();
      while (runs.count.get() < expected) {
        LockSupport.parkNanos(1_000_000);
      }
      LockSupport.parkNanos(500_000_000);
      return new double[][] {idle, percentiles(runs)};
    }
  }

  private static double median(List<Double> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static List<Long> rounded(List<Double> values) {
    return values.stream().map(Math::round).toList();
  }

  private static double[] percentiles(Runs runs) {
    var h = runs.latency.getIntervalHistogram();
    return new double[] {h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0};
  }

  /** Idle start latency (enqueue call to handler start) with the job enqueued here and run by a worker JVM. */
  private static double[] crossProcess(TestDatabase db, DataSource dataSource) throws Exception {
    JdbcClient.create(dataSource)
        .sql("CREATE TABLE cluster_log (job_id bigint, worker text, phase text, at timestamptz)").update();
    var worker = WorkerProcess.start(db, "bench-worker", Lanes.SYNC, "production-timing");
    var api = new JobEngine(dataSource, Clock.systemUTC(), new SimpleMeterRegistry(),
        JobEngineSettings.defaults("bench-api", Set.of()), List.of(), List.of());
    api.start();
    var finished = new LinkedBlockingQueue<Long>();
    try (var subscription = api.events().subscribe(e -> {
      if (e.state() == JobState.SUCCEEDED) {
        finished.add(e.jobId());
      }
    })) {
      var ids = new ArrayList<Long>();
      for (var i = 0; i < IDLE_SAMPLES + 100; i++) {
        var now = Instant.now();
        var id = api.client().enqueue(JobRequest.of(ClusterWorker.NOOP,
            Long.toString(now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000)).owner(1L, null)).id();
        finished.poll(5, TimeUnit.SECONDS);
        if (i >= 100) {
          ids.add(id);
        }
        LockSupport.parkNanos(2_000_000);
      }
      return JdbcClient.create(dataSource).sql("""
          SELECT percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP (ORDER BY phase::bigint / 1000.0)
          FROM cluster_log WHERE job_id IN (:ids)
          """).param("ids", ids).query((rs, n) -> {
            var values = (Double[]) rs.getArray(1).getArray();
            return new double[] {values[0], values[1], values[2]};
          }).single();
    } finally {
      api.close();
      worker.destroyForcibly();
      worker.waitFor();
    }
  }

  private static String row(String name, double ours, double theirs, String format) {
    return String.format("%-34s %12s %12s %9.2f", name, String.format(format, ours), String.format(format, theirs),
        ours / theirs);
  }

  private static DataSource pool(TestDatabase db) {
    var config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.username());
    config.setMaximumPoolSize(THREADS + 6);
    return new HikariDataSource(config);
  }

  /** Our engine with one lane of 20 slots, no rate limit, production timings (1 s poll fallback). */
  private static final class Ours implements Contender {
    private final DataSource dataSource;
    private final JobEngine engine;

    Ours(DataSource dataSource, Runs runs) {
      this.dataSource = dataSource;
      var settings = JobEngineSettings.defaults("bench-ours", Set.of(Lanes.CORE))
          .withConcurrency(Map.of(Lanes.CORE, THREADS))
          .withDefaultLimits(new JobLimits(Duration.ofMinutes(5), Duration.ofMinutes(6), null, 6))
          .withLimits(Map.of());
      engine = new JobEngine(dataSource, Clock.systemUTC(), new SimpleMeterRegistry(), settings,
          List.of(JobsFixture.handler("ef.core.noop", ctx -> {
            runs.ran(Long.parseLong(ctx.payload()));
            return JobResult.done();
          })), List.of());
    }

    @Override
    public void start() {
      engine.start();
    }

    @Override
    public void enqueueOne(long enqueuedNanos) {
      engine.client().enqueue(JobRequest.of("ef.core.noop", Long.toString(enqueuedNanos)));
    }

    @Override
    public void enqueueMany(int count) {
      for (var i = 0; i < count; i += 1000) {
        engine.client().enqueueAll(Collections.nCopies(Math.min(1000, count - i), JobRequest.of("ef.core.noop", "0")));
      }
    }

    @Override
    public void close() {
      engine.close();
      JdbcClient.create(dataSource).sql("TRUNCATE jobs.job CASCADE").update();
    }
  }

  /**
   * db-scheduler as its README tunes it for throughput: lock-and-fetch (SKIP LOCKED), 20 threads, immediate
   * execution so that a job scheduled in this JVM starts without waiting for the poll.
   */
  private static final class Theirs implements Contender {
    private static final AtomicLong IDS = new AtomicLong();
    private final DataSource dataSource;
    private final OneTimeTask<Long> task;
    private final Scheduler scheduler;

    Theirs(DataSource dataSource, Runs runs) {
      this.dataSource = dataSource;
      task = Tasks.oneTime("noop", Long.class).execute((instance, context) -> runs.ran(instance.getData()));
      scheduler = Scheduler.create(dataSource, task)
          .threads(THREADS)
          .pollUsingLockAndFetch(0.5, 1.0)
          .pollingInterval(Duration.ofSeconds(1))
          .enableImmediateExecution()
          .shutdownMaxWait(Duration.ofSeconds(5))
          .build();
    }

    @Override
    public void start() {
      scheduler.start();
    }

    @Override
    public void enqueueOne(long enqueuedNanos) {
      scheduler.schedule(task.instance(Long.toString(IDS.incrementAndGet()), enqueuedNanos), Instant.now());
    }

    @Override
    public void enqueueMany(int count) {
      for (var i = 0; i < count; i += 1000) {
        var batch = new ArrayList<TaskInstance<?>>();
        for (var j = i; j < Math.min(count, i + 1000); j++) {
          batch.add(task.instance(Long.toString(IDS.incrementAndGet()), 0L));
        }
        scheduler.scheduleBatch(batch, Instant.now());
      }
    }

    @Override
    public void close() {
      scheduler.stop();
      JdbcClient.create(dataSource).sql("TRUNCATE scheduled_tasks").update();
    }
  }

  /** db-scheduler's PostgreSQL table (its postgresql_tables.sql). */
  private static final String DB_SCHEDULER_TABLE = """
      CREATE TABLE scheduled_tasks (
          task_name text NOT NULL,
          task_instance text NOT NULL,
          task_data bytea,
          execution_time timestamptz NOT NULL,
          picked boolean NOT NULL,
          picked_by text,
          last_success timestamptz,
          last_failure timestamptz,
          consecutive_failures int,
          last_heartbeat timestamptz,
          version bigint NOT NULL,
          priority smallint,
          PRIMARY KEY (task_name, task_instance));
      CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
      CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
      CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
      """;
}
