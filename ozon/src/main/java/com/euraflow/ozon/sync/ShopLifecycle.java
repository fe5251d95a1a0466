package com.euraflow.ozon.sync;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobRequest;
import com.euraflow.kernel.shops.ShopBound;
import com.euraflow.kernel.shops.ShopCredentialsChanged;
import com.euraflow.kernel.shops.ShopDeleted;
import com.euraflow.kernel.shops.ShopRegistry;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Starts a shop's syncs when it is bound or gets a new key, and removes its OZON data when it is deleted.
 * The listeners run inside the kernel's transaction, so the jobs exist if and only if the change committed.
 */
@Component
class ShopLifecycle {

  /** Warehouses first: stock edits need them; then catalogue and postings. */
  private static final List<SyncKind> FIRST_SYNC =
      List.of(SyncKind.warehouses, SyncKind.products, SyncKind.orders_fbs, SyncKind.orders_fbo);

  private final JobClient jobs;
  private final ShopRegistry shops;
  private final JdbcClient jdbc;

  ShopLifecycle(JobClient jobs, ShopRegistry shops, JdbcClient jdbc) {
    this.jobs = jobs;
    this.shops = shops;
    this.jdbc = jdbc;
  }

  @EventListener
  void on(ShopBound event) {
    startSyncs(event.shopId(), event.ownerId());
  }

  @EventListener
  void on(ShopCredentialsChanged event) {
    shops.find(event.shopId()).ifPresent(shop -> startSyncs(shop.id(), shop.ownerId()));
  }

  @EventListener
  void on(ShopDeleted event) {
    jdbc.sql("""
        WITH p AS (DELETE FROM ozon.postings WHERE shop_id = :shopId),
             s AS (DELETE FROM ozon.product_stocks WHERE shop_id = :shopId),
             pr AS (DELETE FROM ozon.products WHERE shop_id = :shopId),
             w AS (DELETE FROM ozon.warehouses WHERE shop_id = :shopId),
             sc AS (DELETE FROM ozon.stock_changes WHERE shop_id = :shopId),
             pc AS (DELETE FROM ozon.price_changes WHERE shop_id = :shopId),
             g AS (DELETE FROM ozon.price_guards WHERE shop_id = :shopId),
             l AS (DELETE FROM ozon.labels WHERE shop_id = :shopId)
        DELETE FROM ozon.sync_checkpoints WHERE shop_id = :shopId
        """).param("shopId", event.shopId()).update();
  }

  private void startSyncs(long shopId, long tenantId) {
    List<JobRequest> requests = FIRST_SYNC.stream()
        .map(kind -> OzonJobs.request(kind, shopId, tenantId, 10 - FIRST_SYNC.indexOf(kind)))
        .toList();
    jobs.enqueueAll(requests);
  }
}
