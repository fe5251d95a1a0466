package com.euraflow.kernel.observability;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.SQLException;
import java.util.List;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The seed plan's pool gauges for each Hikari pool, tagged with the pool name.
 *
 * <p>The plan sized SQLAlchemy as 30 kept connections plus 50 overflow; Hikari's equivalent is
 * {@code minimumIdle} kept and up to {@code maximumPoolSize}. {@code ef_db_pool_size} counts connections
 * in use within the kept ones and {@code ef_db_pool_overflow} those in use beyond, so their sum is the
 * connections in use and the plan's {@code ef_db_pool_size + ef_db_pool_overflow > 70} fires near the
 * ceiling of 80 whatever {@code minimumIdle} is.
 */
final class DbPoolMetrics implements MeterBinder {

  private final List<DataSource> dataSources;

  DbPoolMetrics(List<DataSource> dataSources) {
    this.dataSources = dataSources;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (var dataSource : dataSources) {
      var pool = hikari(dataSource);
      if (pool != null) {
        gauge(registry, pool, "ef.db.pool.size", "Connections in use within the kept minimum",
            p -> Math.min(active(p), kept(p)));
        gauge(registry, pool, "ef.db.pool.overflow", "Connections in use beyond the kept minimum",
            p -> Math.max(0, active(p) - kept(p)));
        gauge(registry, pool, "ef.db.pool.max", "Most connections the pool opens",
            HikariDataSource::getMaximumPoolSize);
        gauge(registry, pool, "ef.db.pool.pending", "Threads waiting for a connection", DbPoolMetrics::pending);
      }
    }
  }

  private static void gauge(
      MeterRegistry registry,
      HikariDataSource pool,
      String name,
      String description,
      ToIntFunction<HikariDataSource> value) {
    Gauge.builder(name, pool, p -> value.applyAsInt(p))
        .description(description)
        .tag("pool", pool.getPoolName() == null ? "default" : pool.getPoolName())
        .strongReference(true)
        .register(registry);
  }

  private static @Nullable HikariDataSource hikari(DataSource dataSource) {
    try {
      return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
    } catch (SQLException e) {
      return null;
    }
  }

  private static int active(HikariDataSource pool) {
    var bean = pool.getHikariPoolMXBean();
    return bean == null ? 0 : bean.getActiveConnections();
  }

  private static int pending(HikariDataSource pool) {
    var bean = pool.getHikariPoolMXBean();
    return bean == null ? 0 : bean.getThreadsAwaitingConnection();
  }

  // Hikari treats an unset minimumIdle as maximumPoolSize: a fixed pool, where nothing overflows.
  private static int kept(HikariDataSource pool) {
    var minimumIdle = pool.getMinimumIdle();
    return minimumIdle < 0 ? pool.getMaximumPoolSize() : minimumIdle;
  }
}
