package com.euraflow.jobs;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A worker process for {@link JobClusterTests} and {@link JobsBenchmark}:
 * {@code ClusterWorker <jdbcUrl> <user> <workerId> <lanes,...> [cron] [production-timing]}.
 * Its handlers write what they do to {@code cluster_log}, so the test sees every process's runs.
 */
public final class ClusterWorker {

  static final String SLOW = "ef.test.slow.sync";
  static final String LIMITED = "ef.test.limited.sync";
  static final String TICK = "ef.test.tick.sync";
  static final String NOOP = "ef.test.noop.sync";
  static final String PULL = "ef.test.orders.pull";
  static final JobSchedule EVERY_SECOND = new JobSchedule("cluster-tick", "* * * * * *", TICK, "{}");

  private ClusterWorker() {}

  public static void main(String[] args) throws InterruptedException {
    var config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername(args[1]);
    config.setMaximumPoolSize(6);
    var dataSource = new HikariDataSource(config);
    var worker = args[2];
    var jdbc = JdbcClient.create(dataSource);
    var lanes = args[3].split(",");
    // one slot per lane, so that no single process can take every token of the rate-limit test
    var settings = JobsFixture.settings(lanes)
        .withWorkerId(worker)
        .withConcurrency(Arrays.stream(lanes).collect(Collectors.toMap(lane -> lane, lane -> 1)))
        .withLimits(Map.of(LIMITED, new JobLimits(null, null, RateLimit.parse("5/s"), null)));
    if (Arrays.asList(args).contains("production-timing")) {
      // the benchmark measures wake-ups by NOTIFY, not by a fast poll
      settings = settings.withTiming(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }
    var engine = new JobEngine(dataSource, Clock.systemUTC(), new SimpleMeterRegistry(), settings,
        List.of(
            JobsFixture.handler(SLOW, ctx -> {
              log(jdbc, ctx, worker, "started");
              LockSupport.parkNanos(Duration.ofMillis(Long.parseLong(ctx.payload())).toNanos());
              log(jdbc, ctx, worker, "completed");
              return JobResult.done();
            }),
            JobsFixture.handler(LIMITED, ctx -> {
              log(jdbc, ctx, worker, "started");
              LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
              return JobResult.done();
            }),
            JobsFixture.handler(TICK, ctx -> JobResult.done()),
            JobsFixture.handler(PULL, ctx -> {
              log(jdbc, ctx, worker, "started");
              return JobResult.done();
            }),
            JobsFixture.handler(NOOP, ctx -> {
              // payload: enqueue time in epoch microseconds; the same host's clock
              var now = Instant.now();
              var micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000 - Long.parseLong(ctx.payload());
              log(jdbc, ctx, worker, Long.toString(micros));
              return JobResult.done();
            })),
        Arrays.asList(args).contains("cron") ? List.of(EVERY_SECOND) : List.of());
    engine.start();
    System.out.println("ready " + worker + " " + Set.of(lanes));
    System.out.flush();
    new CountDownLatch(1).await();
  }

  private static void log(JdbcClient jdbc, JobContext ctx, String worker, String phase) {
    jdbc.sql("INSERT INTO cluster_log (job_id, worker, phase, at) VALUES (:job, :worker, :phase, clock_timestamp())")
        .param("job", ctx.jobId())
        .param("worker", worker)
        .param("phase", phase)
        .update();
  }
}
