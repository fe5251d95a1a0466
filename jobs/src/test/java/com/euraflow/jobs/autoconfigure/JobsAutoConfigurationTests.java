package com.euraflow.jobs.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobEngineSettings;
import com.euraflow.jobs.JobHandler;
import com.euraflow.jobs.JobLimits;
import com.euraflow.jobs.JobRequest;
import com.euraflow.jobs.JobResult;
import com.euraflow.jobs.JobSchedule;
import com.euraflow.jobs.JobState;
import com.euraflow.jobs.Lanes;
import com.euraflow.jobs.RateLimit;
import com.euraflow.testing.TestDatabase;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

class JobsAutoConfigurationTests {

  private static TestDatabase db;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JobsAutoConfiguration.class))
      // not the pool itself: the context would close it
      .withBean(DataSource.class, () -> new DelegatingDataSource(db.dataSource()))
      .withBean("ordersPull", JobHandler.class, () -> new JobHandler() {
        @Override
        public String name() {
          return "ef.ozon.orders.pull";
        }

        @Override
        public JobResult run(com.euraflow.jobs.JobContext context) {
          return JobResult.done();
        }
      })
      .withPropertyValues("euraflow.jobs.poll-interval=100ms");

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.create();
    Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration/jobs").load().migrate();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @Test
  void runsHandlerBeansInTheLanesItIsGiven() {
    runner.withPropertyValues("euraflow.jobs.lanes=ef_pull,ef_low").run(context -> {
      var client = context.getBean(JobClient.class);
      var job = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));
      await().atMost(Duration.ofSeconds(10))
          .until(() -> client.find(job.id()).orElseThrow().state() == JobState.SUCCEEDED);
    });
  }

  @Test
  void runsNothingInAnApiOnlyProcess() {
    runner.run(context -> {
      var client = context.getBean(JobClient.class);
      var job = client.enqueue(JobRequest.of("ef.ozon.orders.pull", "{}"));
      await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
          .until(() -> client.find(job.id()).orElseThrow().state() == JobState.QUEUED);
      client.cancel(job.id());
    });
  }

  @Test
  void registersScheduleBeans() {
    runner.withPropertyValues("euraflow.jobs.lanes=ef_low")
        .withBean(JobSchedule.class, () -> new JobSchedule("nightly", "0 0 2 * * *", "ef.ozon.drafts.cleanup", "{}"))
        .run(context -> assertThat(JdbcClient.create(db.dataSource())
            .sql("SELECT name FROM jobs.schedule ORDER BY name").query(String.class).list())
            .contains("nightly", "ef.jobs.cleanup"));
  }

  @Test
  void bindsThePlansSettingsByDefault() {
    runner.run(context -> {
      var settings = context.getBean(JobsProperties.class).toSettings("worker-1");
      assertThat(settings).usingRecursiveComparison().ignoringFields("pollInterval")
          .isEqualTo(JobEngineSettings.defaults("worker-1", Set.of()));
      assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(100));
    });
  }

  @Test
  void bindsLanesConcurrencyRoutesAndPerJobLimits() {
    runner.withPropertyValues(
            "euraflow.jobs.lanes=ef_pull,ef_push",
            "euraflow.jobs.worker-id=high-1",
            "euraflow.jobs.concurrency.ef_pull=8",
            "euraflow.jobs.routes[0].pattern=ef.*.special*",
            "euraflow.jobs.routes[0].lane=ef_low",
            "euraflow.jobs.defaults.rate-limit=none",
            "euraflow.jobs.jobs[ef.ozon.stock.push].rate-limit=30/m",
            "euraflow.jobs.jobs[ef.ozon.stock.push].hard-time-limit=90s")
        .run(context -> {
          var settings = context.getBean(JobsProperties.class).toSettings("ignored");
          assertThat(settings.workerId()).isEqualTo("high-1");
          assertThat(settings.lanes()).containsExactlyInAnyOrder(Lanes.PULL, Lanes.PUSH);
          assertThat(settings.concurrency()).containsEntry(Lanes.PULL, 8).containsEntry(Lanes.LOW, 2);
          assertThat(settings.routes()).singleElement()
              .satisfies(r -> assertThat(r.lane()).isEqualTo(Lanes.LOW));
          assertThat(settings.defaultLimits().rateLimit()).isNull();
          assertThat(settings.limits()).containsEntry("ef.ozon.stock.push",
              new JobLimits(null, Duration.ofSeconds(90), RateLimit.parse("30/m"), null));
          assertThat(settings.limits().get("ef.ozon.orders.pull").rateLimit()).isEqualTo(RateLimit.parse("20/m"));
        });
  }
}
