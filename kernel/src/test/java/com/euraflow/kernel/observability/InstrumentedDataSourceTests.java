package com.euraflow.kernel.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.testing.TestDatabase;
import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.Closeable;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.jdbc.core.simple.JdbcClient;

class InstrumentedDataSourceTests {

  static TestDatabase db;

  StatementTiming timing = new StatementTiming();
  SimpleMeterRegistry registry = new SimpleMeterRegistry();
  DataSource dataSource;
  JdbcClient jdbc;

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.create();
    JdbcClient.create(db.dataSource()).sql("CREATE TABLE note (id int PRIMARY KEY, body text)").update();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @BeforeEach
  void instrument() {
    timing.bind(registry);
    dataSource = InstrumentedDataSource.wrap(db.dataSource(), timing);
    jdbc = JdbcClient.create(dataSource);
    jdbc.sql("DELETE FROM note").update();
  }

  @Test
  void countsTheStatementsOfTheCurrentThread() throws Exception {
    try (var statements = StatementCounter.start()) {
      jdbc.sql("INSERT INTO note VALUES (1, 'first')").update();
      jdbc.sql("INSERT INTO note VALUES (:id, :body)").param("id", 2).param("body", "second").update();
      jdbc.sql("SELECT body FROM note ORDER BY id").query(String.class).list();
      try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        executor.submit(() -> jdbc.sql("SELECT count(*) FROM note").query(Long.class).single()).get();
      }

      assertThat(statements.count()).isEqualTo(3);
      assertThat(statements.sql())
          .containsExactly("INSERT INTO note VALUES (1, ?)", "INSERT INTO note VALUES (?, ?)", "SELECT body FROM note ORDER BY id");
    }
  }

  @Test
  void countsNestedScopesInEveryOpenScope() {
    try (var outer = StatementCounter.start()) {
      jdbc.sql("SELECT 1").query(Integer.class).single();
      try (var inner = StatementCounter.start()) {
        jdbc.sql("SELECT 2").query(Integer.class).single();
        assertThat(inner.count()).isEqualTo(1);
      }
      jdbc.sql("SELECT 3").query(Integer.class).single();
      assertThat(outer.count()).isEqualTo(3);
    }
  }

  @Test
  void countsABatchAsOneStatement() throws SQLException {
    try (var statements = StatementCounter.start();
        var connection = dataSource.getConnection();
        var insert = connection.prepareStatement("INSERT INTO note VALUES (?, 'x')")) {
      for (var id = 10; id < 15; id++) {
        insert.setInt(1, id);
        insert.addBatch();
      }
      insert.executeBatch();

      assertThat(statements.count()).isEqualTo(1);
    }
    assertThat(jdbc.sql("SELECT count(*) FROM note").query(Long.class).single()).isEqualTo(5);
  }

  @Test
  void timesStatementsByOperation() {
    jdbc.sql("INSERT INTO note VALUES (1, 'first')").update();
    jdbc.sql("SELECT body FROM note").query(String.class).list();
    jdbc.sql("SELECT id FROM note").query(Integer.class).list();

    assertThat(registry.get("ef.db.query.duration").tag("operation", "select").timer().count()).isEqualTo(2);
    assertThat(registry.get("ef.db.query.duration").tag("operation", "insert").timer().count()).isEqualTo(1);
  }

  @Test
  void logsSlowStatementsWithTheirDurationButNoValues() {
    try (var logs = new LogCapture(StatementTiming.class)) {
      jdbc.sql("SELECT 'Ivan Petrov', pg_sleep(0.15)").query().singleRow();
      jdbc.sql("SELECT 'fast'").query(String.class).single();

      assertThat(logs.messages())
          .singleElement()
          .asString()
          .matches("slow SQL statement, \\d{3,} ms: SELECT \\?, pg_sleep\\(0.15\\)");
    }
  }

  @Test
  void reachesThePoolThroughUnwrapAndClose() throws SQLException {
    assertThat(dataSource.isWrapperFor(HikariDataSource.class)).isTrue();
    assertThat(dataSource.unwrap(HikariDataSource.class)).isSameAs(db.dataSource());
    // How Spring Boot's health, metrics and JMX support find the pool.
    assertThat(DataSourceUnwrapper.unwrap(dataSource, HikariConfigMXBean.class, HikariDataSource.class)).isSameAs(db.dataSource());
    assertThat(dataSource).isInstanceOf(Closeable.class);
    assertThat(InstrumentedDataSource.wrap(dataSource, timing)).isSameAs(dataSource);
  }
}
