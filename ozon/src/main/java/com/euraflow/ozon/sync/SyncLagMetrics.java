package com.euraflow.ozon.sync;

import com.euraflow.kernel.shops.ShopBound;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * ef_sync_lag_seconds{shop}: seconds since each active shop's postings were last pulled successfully
 * (since binding, before the first success). Read from the checkpoints every 30 s, so every process
 * reports the same lag whichever process ran the pull. Shops are few per deployment, so the label is bounded.
 */
@Component
class SyncLagMetrics implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SyncLagMetrics.class);
  static final Duration REFRESH = Duration.ofSeconds(30);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final MultiGauge lag;
  private ScheduledExecutorService timer;

  SyncLagMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.lag = MultiGauge.builder("ef.sync.lag")
        .baseUnit("seconds")
        .description("seconds since the shop's postings were last pulled from OZON")
        .register(meters);
  }

  void refresh() {
    var now = clock.instant();
    var rows = jdbc.sql("""
        SELECT s.id, coalesce(c.last_success_at, s.created_at) AS since
          FROM kernel.shops s
          LEFT JOIN ozon.sync_checkpoints c ON c.shop_id = s.id AND c.kind = 'orders_fbs'
         WHERE s.status = 'active'
        """)
        .query((rs, n) -> MultiGauge.Row.of(Tags.of("shop", Long.toString(rs.getLong("id"))),
            Math.max(0, Duration.between(rs.getTimestamp("since").toInstant(), now).toSeconds())))
        .list();
    lag.register(rows, true);
  }

  /** A new shop gets its series at once rather than at the next refresh. */
  @TransactionalEventListener
  void on(ShopBound bound) {
    refresh();
  }

  @Override
  public void start() {
    timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("sync-lag-metrics").factory());
    timer.scheduleWithFixedDelay(() -> {
      try {
        refresh();
      } catch (RuntimeException e) {
        log.debug("sync lag not refreshed: {}", e.getMessage());
      }
    }, 0, REFRESH.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null && !timer.isShutdown();
  }
}
