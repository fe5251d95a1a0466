package com.euraflow.ozon.sync;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobHandler;
import com.euraflow.jobs.JobResult;
import com.euraflow.jobs.JobSchedule;
import com.euraflow.kernel.shops.ShopRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.support.CronExpression;

/**
 * The periodic syncs: one cron slot (claimed once across all processes by the job engine) fans out one
 * job per active shop; a shop whose job of that kind is still queued or running is not given another.
 * The shops' jobs are spread over the period up to the next slot, each shop at its own fixed offset, so
 * 2,500 shops make a steady stream of pulls instead of 5,000 jobs due at the same second (each shop is
 * still pulled once per period, and "sync now" brings its queued job forward).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OzonSyncProperties.class)
class ScheduledSyncs {

  static final String ORDERS_ALL = "ef.ozon.orders.pull.all";
  static final String PRODUCTS_ALL = "ef.ozon.products.sync.all";
  static final String WAREHOUSES_ALL = "ef.ozon.warehouses.sync.all";
  static final String PUSH_SWEEP = "ef.ozon.push.sweep";

  @Bean
  JobSchedule ordersPullSchedule(OzonSyncProperties settings) {
    return new JobSchedule(ORDERS_ALL, settings.ordersPullCron(), ORDERS_ALL, "{}");
  }

  @Bean
  JobSchedule productsSyncSchedule(OzonSyncProperties settings) {
    return new JobSchedule(PRODUCTS_ALL, settings.productsSyncCron(), PRODUCTS_ALL, "{}");
  }

  @Bean
  JobSchedule warehousesSyncSchedule(OzonSyncProperties settings) {
    return new JobSchedule(WAREHOUSES_ALL, settings.warehousesSyncCron(), WAREHOUSES_ALL, "{}");
  }

  /** A safety net: pending stock and price changes whose push job is gone get a new one. */
  @Bean
  JobSchedule pushSweepSchedule() {
    return new JobSchedule(PUSH_SWEEP, "30 * * * * *", PUSH_SWEEP, "{}");
  }

  @Bean
  JobHandler ordersPullAll(OzonSyncProperties settings, ShopRegistry shops, JobClient jobs, Clock clock) {
    return new FanOut(ORDERS_ALL, settings.ordersPullCron(), List.of(SyncKind.orders_fbs, SyncKind.orders_fbo),
        shops, jobs, clock);
  }

  @Bean
  JobHandler productsSyncAll(OzonSyncProperties settings, ShopRegistry shops, JobClient jobs, Clock clock) {
    return new FanOut(PRODUCTS_ALL, settings.productsSyncCron(), List.of(SyncKind.products), shops, jobs, clock);
  }

  @Bean
  JobHandler warehousesSyncAll(OzonSyncProperties settings, ShopRegistry shops, JobClient jobs, Clock clock) {
    return new FanOut(WAREHOUSES_ALL, settings.warehousesSyncCron(), List.of(SyncKind.warehouses), shops, jobs,
        clock);
  }

  @Bean
  JobHandler pushSweep(PendingPushes pending, JobClient jobs) {
    return new JobHandler() {
      @Override
      public String name() {
        return PUSH_SWEEP;
      }

      @Override
      public JobResult run(JobContext context) {
        jobs.enqueueAll(pending.shopsWithStalePending().stream()
            .map(p -> OzonJobs.request(p.kind(), p.shopId(), p.tenantId(), 0))
            .toList());
        return JobResult.done();
      }
    };
  }

  /** Enqueues the given kinds for every active shop, in one statement per call, spread over the period. */
  record FanOut(String name, String cron, List<SyncKind> kinds, ShopRegistry shops, JobClient jobs, Clock clock)
      implements JobHandler {

    @Override
    public JobResult run(JobContext context) {
      var now = clock.instant();
      var period = period(cron, now);
      var active = shops.activeShops();
      jobs.enqueueAll(active.stream()
          .flatMap(shop -> kinds.stream().map(kind -> OzonJobs.request(kind, shop.shopId(), shop.ownerId(), 0)
              .runAt(now.plus(offset(shop.shopId(), kinds.indexOf(kind), kinds.size(), period)))))
          .toList());
      context.progress(100, active.size() + " shops");
      return JobResult.done();
    }

    /** The time between two slots of the cron, read from the next two. */
    static Duration period(String cron, Instant now) {
      var expression = CronExpression.parse(cron);
      var next = expression.next(now.atZone(ZoneOffset.UTC));
      var after = next == null ? null : expression.next(next);
      return next == null || after == null ? Duration.ZERO : Duration.between(next, after);
    }

    /**
     * A shop's fixed place in the period (a hash of its id, so the same every period), the kinds of one shop a
     * share of the period apart.
     */
    static Duration offset(long shopId, int kind, int kinds, Duration period) {
      var millis = period.toMillis();
      if (millis <= 0) {
        return Duration.ZERO;
      }
      var place = Math.floorMod(shopId * 0x9E3779B97F4A7C15L, millis);
      return Duration.ofMillis((place + kind * millis / kinds) % millis);
    }
  }
}
