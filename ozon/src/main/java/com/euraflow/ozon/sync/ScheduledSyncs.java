package com.euraflow.ozon.sync;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobHandler;
import com.euraflow.jobs.JobResult;
import com.euraflow.jobs.JobSchedule;
import com.euraflow.kernel.shops.ShopRegistry;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The periodic syncs: one cron slot (claimed once across all processes by the job engine) fans out one
 * job per active shop; a shop whose job of that kind is still queued or running is not given another.
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
  JobHandler ordersPullAll(ShopRegistry shops, JobClient jobs) {
    return new FanOut(ORDERS_ALL, List.of(SyncKind.orders_fbs, SyncKind.orders_fbo), shops, jobs);
  }

  @Bean
  JobHandler productsSyncAll(ShopRegistry shops, JobClient jobs) {
    return new FanOut(PRODUCTS_ALL, List.of(SyncKind.products), shops, jobs);
  }

  @Bean
  JobHandler warehousesSyncAll(ShopRegistry shops, JobClient jobs) {
    return new FanOut(WAREHOUSES_ALL, List.of(SyncKind.warehouses), shops, jobs);
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

  /** Enqueues the given kinds for every active shop, in one statement per call. */
  private record FanOut(String name, List<SyncKind> kinds, ShopRegistry shops, JobClient jobs) implements JobHandler {

    @Override
    public JobResult run(JobContext context) {
      var active = shops.activeShops();
      jobs.enqueueAll(active.stream()
          .flatMap(shop -> kinds.stream().map(kind -> OzonJobs.request(kind, shop.shopId(), shop.ownerId(), 0)))
          .toList());
      context.progress(100, active.size() + " shops");
      return JobResult.done();
    }
  }
}
