package com.euraflow.ozon.sync;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shops whose stock or price changes have waited over a minute with no push job queued or running. */
@Repository
class PendingPushes {

  private final JdbcClient jdbc;

  PendingPushes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Pending(SyncKind kind, long shopId, long tenantId) {}

  List<Pending> shopsWithStalePending() {
    return jdbc.sql("""
        SELECT 'stock_push' AS kind, c.shop_id, s.owner_id FROM ozon.stock_changes c
          JOIN kernel.shops s ON s.id = c.shop_id
         WHERE c.state = 'pending' AND c.requested_at < now() - interval '1 minute'
         GROUP BY c.shop_id, s.owner_id
        UNION ALL
        SELECT 'price_push', c.shop_id, s.owner_id FROM ozon.price_changes c
          JOIN kernel.shops s ON s.id = c.shop_id
         WHERE c.state = 'pending' AND c.requested_at < now() - interval '1 minute'
         GROUP BY c.shop_id, s.owner_id
        """)
        .query((rs, n) -> new Pending(SyncKind.valueOf(rs.getString("kind")), rs.getLong("shop_id"),
            rs.getLong("owner_id")))
        .list();
  }
}
