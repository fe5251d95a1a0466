package com.euraflow.kernel.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.testing.TestDatabase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DbPoolMetricsTests {

  static TestDatabase db;

  SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @Test
  void splitsConnectionsInUseIntoKeptAndOverflow() throws SQLException {
    try (var pool = pool("split", 2, 6)) {
      new DbPoolMetrics(List.of(InstrumentedDataSource.wrap(pool, new StatementTiming()))).bindTo(registry);

      try (var held = hold(pool, 5)) {
        assertThat(gauge("ef.db.pool.size", "split")).isEqualTo(2);
        assertThat(gauge("ef.db.pool.overflow", "split")).isEqualTo(3);
        assertThat(gauge("ef.db.pool.max", "split")).isEqualTo(6);
      }
      assertThat(gauge("ef.db.pool.size", "split")).isZero();
      assertThat(gauge("ef.db.pool.overflow", "split")).isZero();
    }
  }

  @Test
  void neverOverflowsAFixedPool() throws SQLException {
    try (var pool = pool("fixed", -1, 4)) {
      new DbPoolMetrics(List.of(pool)).bindTo(registry);

      try (var held = hold(pool, 3)) {
        assertThat(gauge("ef.db.pool.size", "fixed")).isEqualTo(3);
        assertThat(gauge("ef.db.pool.overflow", "fixed")).isZero();
      }
    }
  }

  private double gauge(String name, String pool) {
    return registry.get(name).tag("pool", pool).gauge().value();
  }

  private static HikariDataSource pool(String name, int minimumIdle, int maximumPoolSize) {
    var config = new HikariConfig();
    config.setJdbcUrl(db.jdbcUrl());
    config.setUsername(db.username());
    config.setPoolName(name);
    config.setMaximumPoolSize(maximumPoolSize);
    if (minimumIdle >= 0) {
      config.setMinimumIdle(minimumIdle);
    }
    return new HikariDataSource(config);
  }

  private static Held hold(HikariDataSource pool, int count) throws SQLException {
    var connections = new ArrayList<Connection>();
    for (var i = 0; i < count; i++) {
      connections.add(pool.getConnection());
    }
    return new Held(connections);
  }

  private record Held(List<Connection> connections) implements AutoCloseable {
    @Override
    public void close() throws SQLException {
      for (var connection : connections) {
        connection.close();
      }
    }
  }
}
