package com.euraflow.ozon.stock;

import com.euraflow.ozon.sync.ItemAnswer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** All SQL over stock changes. An edit of any size is one statement; so is storing OZON's answer. */
@Repository
class StockChangeRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  StockChangeRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Records the edits of products and warehouses the shop has; an older pending change of the same pair is
   * superseded. Returns the recorded edits (offer, warehouse) so the caller can tell which did not match.
   */
  List<Recorded> record(long shopId, Long userId, List<StockEdit> edits, Instant now) {
    var items = edits.stream().map(e -> Map.<String, Object>of("offer_id", e.offerId(),
        "warehouse_id", e.warehouseId(), "quantity", e.stock())).toList();
    return jdbc.sql("""
        WITH wanted AS (
            SELECT * FROM jsonb_to_recordset(CAST(:items AS jsonb))
                AS w(offer_id text, warehouse_id bigint, quantity integer)
        ), matched AS (
            SELECT w.offer_id, w.warehouse_id, w.quantity, p.product_id
              FROM wanted w
              JOIN ozon.products p ON p.shop_id = :shopId AND p.offer_id = w.offer_id
              JOIN ozon.warehouses h ON h.shop_id = :shopId AND h.warehouse_id = w.warehouse_id
        ), superseded AS (
            UPDATE ozon.stock_changes c SET state = 'superseded'
              FROM matched m
             WHERE c.shop_id = :shopId AND c.state = 'pending'
               AND c.product_id = m.product_id AND c.warehouse_id = m.warehouse_id
        )
        INSERT INTO ozon.stock_changes (shop_id, product_id, offer_id, warehouse_id, quantity, state,
            requested_by, requested_at)
        SELECT :shopId, product_id, offer_id, warehouse_id, quantity, 'pending', :userId, :now FROM matched
        RETURNING id, offer_id, warehouse_id
        """)
        .param("items", json.writeValueAsString(items))
        .param("shopId", shopId)
        .param("userId", userId)
        .param("now", Timestamp.from(now))
        .query((rs, n) -> new Recorded(rs.getLong("id"), rs.getString("offer_id"), rs.getLong("warehouse_id")))
        .list();
  }

  record Recorded(long id, String offerId, long warehouseId) {}

  /**
   * Up to {@code limit} pending changes OZON will accept now: pairs not sent within {@code pairInterval}
   * (OZON takes each product-warehouse pair at most once per 30 s).
   */
  List<PendingStock> sendable(long shopId, Instant now, Duration pairInterval, int limit) {
    return jdbc.sql("""
        SELECT c.id, c.product_id, c.offer_id, c.warehouse_id, c.quantity
          FROM ozon.stock_changes c
         WHERE c.shop_id = :shopId AND c.state = 'pending'
           AND NOT EXISTS (SELECT 1 FROM ozon.stock_changes s
                            WHERE s.shop_id = c.shop_id AND s.product_id = c.product_id
                              AND s.warehouse_id = c.warehouse_id AND s.sent_at > :since)
         ORDER BY c.requested_at, c.id
         LIMIT :limit
        """)
        .param("shopId", shopId)
        .param("since", Timestamp.from(now.minus(pairInterval)))
        .param("limit", limit)
        .query((rs, n) -> new PendingStock(rs.getLong("id"), rs.getLong("product_id"), rs.getString("offer_id"),
            rs.getLong("warehouse_id"), rs.getInt("quantity")))
        .list();
  }

  /** When the earliest still-pending change may be sent, or null when nothing is pending. */
  Instant nextSendableAt(long shopId, Duration pairInterval) {
    var at = jdbc.sql("""
        SELECT min(coalesce(last.sent_at + CAST(:interval AS interval), c.requested_at))
          FROM ozon.stock_changes c
          LEFT JOIN LATERAL (SELECT max(s.sent_at) AS sent_at FROM ozon.stock_changes s
                              WHERE s.shop_id = c.shop_id AND s.product_id = c.product_id
                                AND s.warehouse_id = c.warehouse_id) last ON true
         WHERE c.shop_id = :shopId AND c.state = 'pending'
        """)
        .param("shopId", shopId)
        .param("interval", pairInterval.toMillis() + " milliseconds")
        .query((rs, n) -> rs.getTimestamp(1))
        .list()
        .getFirst();
    return at == null ? null : at.toInstant();
  }

  /**
   * Stores OZON's per-item answers: updated items also set the stock we show; items OZON throttled stay
   * pending for the next round; the rest are rejected with OZON's errors. One statement.
   */
  void storeResults(long shopId, List<ItemAnswer> results, Instant now) {
    if (results.isEmpty()) {
      return;
    }
    jdbc.sql("""
        WITH answer AS (
            SELECT * FROM jsonb_to_recordset(CAST(:results AS jsonb))
                AS a(change_id bigint, state text, errors jsonb)
        ), changed AS (
            UPDATE ozon.stock_changes c
               SET state = a.state, sent_at = :now,
                   ozon_errors = CASE WHEN jsonb_array_length(a.errors) = 0 THEN NULL ELSE a.errors END
              FROM answer a
             WHERE c.id = a.change_id AND c.shop_id = :shopId
            RETURNING c.product_id, c.warehouse_id, c.quantity, c.state
        )
        INSERT INTO ozon.product_stocks AS s (shop_id, product_id, warehouse_id, present, reserved, updated_at)
        SELECT :shopId, product_id, warehouse_id, quantity, 0, :now FROM changed WHERE state = 'updated'
        ON CONFLICT (shop_id, product_id, warehouse_id)
            DO UPDATE SET present = excluded.present, updated_at = excluded.updated_at
        """)
        .param("results", ItemAnswer.rows(results))
        .param("shopId", shopId)
        .param("now", Timestamp.from(now))
        .update();
  }


  List<StockChangeView> recent(long shopId, int limit) {
    return jdbc.sql("""
        SELECT id, offer_id, warehouse_id, quantity, state, requested_at, sent_at, CAST(ozon_errors AS text) AS errors
          FROM ozon.stock_changes WHERE shop_id = :shopId ORDER BY id DESC LIMIT :limit
        """)
        .param("shopId", shopId)
        .param("limit", limit)
        .query((rs, n) -> new StockChangeView(rs.getLong("id"), rs.getString("offer_id"), rs.getLong("warehouse_id"),
            rs.getInt("quantity"), rs.getString("state"), rs.getTimestamp("requested_at").toInstant(),
            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
            rs.getString("errors") == null ? null : json.readTree(rs.getString("errors"))))
        .list();
  }
}
