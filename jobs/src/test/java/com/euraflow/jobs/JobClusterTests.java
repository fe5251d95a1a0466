package com.euraflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.euraflow.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Several engine processes (separate JVMs running {@link ClusterWorker}) on one database. */
@Tag("cluster")
class JobClusterTests {

  private static final Duration WAIT = Duration.ofSeconds(40);

  private TestDatabase db;
  private JdbcClient jdbc;
  private JobEngine api;
  private final List<Process> workers = new ArrayList<>();

  @BeforeEach
  void setUp() {
    db = JobsFixture.database();
    jdbc = JdbcClient.create(db.dataSource());
    jdbc.sql("CREATE TABLE cluster_log (job_id bigint, worker text, phase text, at timestamptz)").update();
    api = JobsFixture.engine(db, Clock.systemUTC(), JobsFixture.settings());
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    for (var worker : workers) {
      worker.destroyForcibly();
      worker.waitFor(10, TimeUnit.SECONDS);
    }
    api.close();
    db.close();
  }

  @Test
  void completesTheJobOfAKilledWorkerElsewhereExactlyOnce() throws Exception {
    var doomed = startWorker("doomed", Lanes.SYNC);
    var job = api.client().enqueue(JobRequest.of(ClusterWorker.SLOW, "1500"));
    await().atMost(WAIT).until(() -> phases(job.id()).contains("doomed:started"));

    // SIGKILL: no shutdown hook, no finally block, the lease is simply left to run out
    doomed.destroyForcibly();
    assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).isTrue();
    startWorker("survivor", Lanes.SYNC);

    await().atMost(WAIT).until(() -> api.client().find(job.id()).orElseThrow().state() == JobState.SUCCEEDED);
    assertThat(phases(job.id())).containsExactly("doomed:started", "survivor:started", "survivor:completed");
    assertThat(api.client().find(job.id()).orElseThrow().attempts()).isEqualTo(2);
    assertThat(api.client().attempts(job.id())).singleElement()
        .satisfies(a -> assertThat(a.outcome()).isEqualTo("lease_expired"));
  }

  @Test
  void firesEachCronSlotOnceAcrossProcesses() throws Exception {
    for (var name : List.of("cron-a", "cron-b", "cron-c")) {
      startWorker(name, Lanes.SYNC, "cron");
    }
    var slots = "SELECT run_at FROM jobs.job WHERE name = '" + ClusterWorker.TICK + "' ORDER BY run_at";

    await().atMost(WAIT).until(() -> jdbc.sql(slots).query(Instant.class).list().size() >= 4);

    var fired = jdbc.sql(slots).query(Instant.class).list();
    assertThat(fired).doesNotHaveDuplicates();
    assertThat(fired).allSatisfy(at -> assertThat(at.getNano()).isZero());
    for (var i = 1; i < fired.size(); i++) {
      assertThat(Duration.between(fired.get(i - 1), fired.get(i))).isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void holdsARateLimitAcrossProcesses() throws Exception {
    startWorker("limited-a", Lanes.SYNC);
    startWorker("limited-b", Lanes.SYNC);

    api.client().enqueueAll(Collections.nCopies(12, JobRequest.of(ClusterWorker.LIMITED, "{}")));

    await().atMost(WAIT).until(() -> count("SELECT count(*) FROM cluster_log") == 12);
    var span = jdbc.sql("SELECT extract(epoch FROM max(at) - min(at)) FROM cluster_log")
        .query(Double.class).single();
    // 5/s held globally: 11 gaps of 200 ms. Each process starts at most 4/s (one slot, 250 ms jobs), so both
    // take part, and two per-process limits would finish in about 1.4 s
    assertThat(span).isGreaterThan(1.9);
    assertThat(count("SELECT count(DISTINCT worker) FROM cluster_log")).isEqualTo(2);
  }

  @Test
  void startsAPullJobPromptlyWhileAnotherProcessLaneIsFlooded() throws Exception {
    startWorker("mixed", Lanes.SYNC + "," + Lanes.PULL);
    api.client().enqueueAll(Collections.nCopies(500, JobRequest.of(ClusterWorker.SLOW, "100")));
    await().atMost(WAIT).until(() -> count("SELECT count(*) FROM cluster_log WHERE phase = 'started'") > 0);

    var pull = api.client().enqueue(JobRequest.of(ClusterWorker.PULL, "{}"));

    await().atMost(WAIT).until(() -> api.client().find(pull.id()).orElseThrow().state() == JobState.SUCCEEDED);
    var waited = jdbc.sql("""
        SELECT extract(epoch FROM l.at - j.created_at) FROM cluster_log l JOIN jobs.job j ON j.id = l.job_id
        WHERE l.job_id = :id
        """).param("id", pull.id()).query(Double.class).single();
    assertThat(waited).isLessThan(0.5);
    assertThat(api.client().stats()).filteredOn(s -> s.lane().equals(Lanes.SYNC)).singleElement()
        .satisfies(s -> assertThat(s.waiting()).isGreaterThan(400));
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private List<String> phases(long jobId) {
    return jdbc.sql("SELECT worker || ':' || phase FROM cluster_log WHERE job_id = :id ORDER BY at")
        .param("id", jobId)
        .query(String.class)
        .list();
  }

  private Process startWorker(String name, String lanes, String... extra) throws Exception {
    var process = WorkerProcess.start(db, name, lanes, extra);
    workers.add(process);
    return process;
  }
}
