package com.euraflow.kernel.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.testing.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

class ObservabilityConfigurationTests {

  static TestDatabase db;

  ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(
          MetricsAutoConfiguration.class,
          CompositeMeterRegistryAutoConfiguration.class,
          PrometheusMetricsExportAutoConfiguration.class,
          ApplicationAvailabilityAutoConfiguration.class))
      .withUserConfiguration(ObservabilityConfiguration.class)
      .withBean(DataSource.class, () -> {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(db.username());
        pool.setPoolName("app");
        pool.setMaximumPoolSize(80);
        pool.setMinimumIdle(30);
        return pool;
      });

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @Test
  void exposesTheCataloguedNamesForTheApplicationDataSource() {
    runner.run(context -> {
      var dataSource = context.getBean(DataSource.class);
      assertThat(InstrumentedDataSource.isInstrumented(dataSource)).isTrue();
      JdbcClient.create(dataSource).sql("SELECT 1").query(Integer.class).single();
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

      var scrape = context.getBean(PrometheusMeterRegistry.class).scrape();

      assertThat(scrape)
          .contains("ef_db_query_duration_seconds_bucket{operation=\"select\",le=")
          .contains("ef_db_query_duration_seconds_count{operation=\"select\"} 1")
          .contains("ef_db_pool_size{pool=\"app\"} 0.0")
          .contains("ef_db_pool_overflow{pool=\"app\"} 0.0")
          .contains("ef_db_pool_max{pool=\"app\"} 80.0")
          .contains("ef_db_pool_pending{pool=\"app\"} 0.0")
          .contains("ef_readiness 1.0");
    });
  }

  @Test
  void reportsNotReadyWhileRefusingTraffic() {
    runner.run(context -> {
      AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

      assertThat(context.getBean(PrometheusMeterRegistry.class).scrape()).contains("ef_readiness 0.0");
    });
  }
}
