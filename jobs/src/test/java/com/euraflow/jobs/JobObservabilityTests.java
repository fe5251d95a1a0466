package com.euraflow.jobs;

import static com.euraflow.jobs.JobsFixture.handler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.euraflow.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** What the engine gives logs and metrics: the job and shop in the MDC, its meters before the first event. */
class JobObservabilityTests {

  private TestDatabase db;
  private JobEngine engine;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void setUp() {
    db = JobsFixture.database();
  }

  @AfterEach
  void tearDown() {
    if (engine != null) {
      engine.close();
    }
    db.close();
  }

  @Test
  void putsTheJobAndItsShopInTheLogContextWhileItRuns() {
    var seen = new ConcurrentHashMap<String, String>();
    engine = JobsFixture.engine(db, Clock.systemUTC(), JobsFixture.settings(Lanes.PULL), registry, List.of(),
        handler("ef.ozon.orders.pull", ctx -> {
          seen.put(ctx.payload(), MDC.get("jobId") + "/" + MDC.get("shop"));
          return JobResult.done();
        }));

    var forShop = engine.client().enqueue(JobRequest.of("ef.ozon.orders.pull", "\"a\"").owner(3L, 42L));
    var withoutShop = engine.client().enqueue(JobRequest.of("ef.ozon.orders.pull", "\"b\""));

    await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
    assertThat(seen).isEqualTo(Map.of("\"a\"", forShop.id() + "/42", "\"b\"", withoutShop.id() + "/null"));
  }

  @Test
  void registersFailureCountersAtZeroAndGaugesOfIdleLanes() {
    engine = JobsFixture.engine(db, Clock.systemUTC(), JobsFixture.settings(Lanes.PULL, Lanes.LOW), registry,
        List.of(), handler("ef.ozon.orders.pull", ctx -> JobResult.done()));

    assertThat(registry.find("ef_celery_task_failures_total").tag("task", "ef.ozon.orders.pull").counters())
        .extracting(c -> c.getId().getTag("queue") + " " + c.getId().getTag("outcome") + "=" + c.count())
        .containsExactlyInAnyOrder(
            "ef_pull retry=0.0", "ef_pull failed=0.0", "ef_pull dead=0.0", "ef_pull timed_out=0.0");
    await().atMost(Duration.ofSeconds(10)).until(() -> registry.find("ef_jobs_dead").gauges().size() == 2);
    assertThat(registry.find("ef_celery_queue_length").gauges())
        .extracting(g -> g.getId().getTag("queue") + "=" + g.value())
        .containsExactlyInAnyOrder("ef_pull=0.0", "ef_low=0.0");
  }
}
