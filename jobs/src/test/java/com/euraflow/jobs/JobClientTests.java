package com.euraflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.euraflow.jobs.testhelper.SettableClock;
import com.euraflow.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Enqueueing and querying, with no lanes running (an API-only process). */
class JobClientTests {

  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-26T10:00:00Z"));
  private TestDatabase db;
  private JobEngine engine;
  private JobClient client;

  @BeforeEach
  void setUp() {
    db = JobsFixture.database();
    engine = JobsFixture.engine(db, clock, JobsFixture.settings());
    client = engine.client();
  }

  @AfterEach
  void tearDown() {
    engine.close();
    db.close();
  }

  @Test
  void enqueuesOnlyWhenTheCallersTransactionCommits() {
    var tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
    var jdbc = JdbcClient.create(db.dataSource());
    jdbc.sql("CREATE TABLE business (id int)").update();

    assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
      jdbc.sql("INSERT INTO business VALUES (1)").update();
      client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}").dedupKey("rolled-back"));
      throw new IllegalStateException("business rule broken");
    })).hasMessage("business rule broken");
    var committed = tx.execute(status -> {
      jdbc.sql("INSERT INTO business VALUES (2)").update();
      return client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}").dedupKey("committed"));
    });

    assertThat(jdbc.sql("SELECT dedup_key FROM jobs.job").query(String.class).list()).containsExactly("committed");
    assertThat(client.find(committed.id())).get()
        .satisfies(job -> {
          assertThat(job.state()).isEqualTo(JobState.QUEUED);
          assertThat(job.lane()).isEqualTo(Lanes.PULL);
          assertThat(job.maxAttempts()).isEqualTo(3);
        });
  }

  @Test
  void returnsTheQueuedJobForATakenDedupKey() {
    var first = client.enqueue(JobRequest.of("ef.ozon.products.sync", "{\"shop\":1}").dedupKey("sync:shop:1"));
    var second = client.enqueue(JobRequest.of("ef.ozon.products.sync", "{\"shop\":1}").dedupKey("sync:shop:1"));
    var otherShop = client.enqueue(JobRequest.of("ef.ozon.products.sync", "{\"shop\":2}").dedupKey("sync:shop:2"));

    assertThat(first.deduplicated()).isFalse();
    assertThat(second).isEqualTo(new Enqueued(first.id(), true));
    assertThat(otherShop.id()).isNotEqualTo(first.id());
  }

  @Test
  void bringsAQueuedHolderForwardWhenTheNewcomerIsDueSoonerOrMoreUrgent() {
    var later = clock.instant().plus(Duration.ofMinutes(4));
    var scheduled = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}").dedupKey("pull:1").runAt(later));

    var click = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}").dedupKey("pull:1").priority(20));
    assertThat(click).isEqualTo(new Enqueued(scheduled.id(), true));
    assertThat(client.find(scheduled.id())).hasValueSatisfying(job -> {
      assertThat(job.runAt()).isEqualTo(clock.instant());
      assertThat(job.priority()).isEqualTo(20);
    });

    // a later, less urgent duplicate changes nothing
    client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}").dedupKey("pull:1").runAt(later));
    assertThat(client.find(scheduled.id())).hasValueSatisfying(job -> {
      assertThat(job.runAt()).isEqualTo(clock.instant());
      assertThat(job.priority()).isEqualTo(20);
    });
  }

  @Test
  void deduplicatesWithinOneBatchAndAfterTheHolderEnded() {
    var batch = client.enqueueAll(List.of(
        JobRequest.of("ef.ozon.stock.push", "{}").dedupKey("push:7"),
        JobRequest.of("ef.ozon.stock.push", "{}").dedupKey("push:7"),
        JobRequest.of("ef.ozon.stock.push", "{}")));
    assertThat(batch.get(1)).isEqualTo(new Enqueued(batch.get(0).id(), true));
    assertThat(batch.get(2).deduplicated()).isFalse();

    assertThat(client.cancel(batch.get(0).id())).contains(JobState.CANCELLED);
    var afterCancel = client.enqueue(JobRequest.of("ef.ozon.stock.push", "{}").dedupKey("push:7"));
    assertThat(afterCancel.deduplicated()).isFalse();
    assertThat(afterCancel.id()).isNotEqualTo(batch.get(0).id());
  }

  @Test
  void listsJobsOfTheGivenTenantsAndShopsPageByPage() {
    client.enqueueAll(IntStream.range(0, 5)
        .mapToObj(i -> JobRequest.of("ef.ozon.orders.pull", "{}").owner(1L, 10L + i % 2))
        .toList());
    client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}").owner(2L, 20L));

    var first = client.list(JobQuery.forTenant(1, 3));
    var second = client.list(new JobQuery(Set.of(1L), Set.of(), Set.of(), 3, first.nextBeforeId()));
    var shop11 = client.list(new JobQuery(Set.of(), Set.of(11L), Set.of(JobState.QUEUED), 10, null));

    assertThat(first.jobs()).hasSize(3).allSatisfy(j -> assertThat(j.tenantId()).isEqualTo(1L));
    assertThat(second.jobs()).hasSize(2).allSatisfy(j -> assertThat(j.tenantId()).isEqualTo(1L));
    assertThat(second.nextBeforeId()).isNull();
    assertThat(first.jobs().getLast().id()).isGreaterThan(second.jobs().getFirst().id());
    assertThat(shop11.jobs()).hasSize(2).allSatisfy(j -> assertThat(j.shopId()).isEqualTo(11L));
  }

  @Test
  void reportsDepthOldestWaitingAndScheduledPerLane() {
    client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));
    clock.advance(Duration.ofSeconds(5));
    client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));
    client.enqueue(JobRequest.of("ef.ozon.labels.cleanup", "{}").runAt(clock.instant().plusSeconds(60)));

    assertThat(client.stats()).containsExactlyInAnyOrder(
        new LaneStats(Lanes.PULL, 2, 0, 0, 0, Instant.parse("2026-11-26T10:00:00Z")),
        new LaneStats(Lanes.LOW, 0, 1, 0, 0, null));
  }

  @Test
  void cancelsAQueuedJobAndReportsUnknownJobs() {
    var job = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));

    assertThat(client.cancel(job.id())).contains(JobState.CANCELLED);
    assertThat(client.cancel(job.id())).contains(JobState.CANCELLED);
    assertThat(client.cancel(987654)).isEmpty();
    assertThat(client.find(job.id()).orElseThrow().finishedAt()).isEqualTo(clock.instant());
  }
}
