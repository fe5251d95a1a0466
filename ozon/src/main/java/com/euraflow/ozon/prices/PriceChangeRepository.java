package com.euraflow.ozon.prices;

import com.euraflow.ozon.sync.ItemAnswer;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** All SQL over price changes and the shop's margin guard. */
@Repository
class PriceChangeRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  PriceChangeRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Records the edits in one statement unless one of them breaks the shop's margin guard, in which case
   * nothing is written and the guarded offers are returned.
   */
  Recording record(long shopId, Long userId, List<PriceEdit> edits, Instant now) {
    var items = edits.stream().map(e -> {
      var m = new HashMap<String, Object>();
      m.put("offer_id", e.offerId());
      m.put("price", e.price());
      m.put("old_price", e.oldPrice());
      m.put("min_price", e.minPrice());
      return m;
    }).toList();
    var recorded = new java.util.ArrayList<String>();
    var guarded = new java.util.ArrayList<String>();
    jdbc.sql("""
        WITH wanted AS (
            SELECT * FROM jsonb_to_recordset(CAST(:items AS jsonb))
                AS w(offer_id text, price numeric, old_price numeric, min_price numeric)
        ), matched AS (
            SELECT w.*, p.product_id, p.purchase_cost, coalesce(p.currency_code, 'RUB') AS currency_code
              FROM wanted w JOIN ozon.products p ON p.shop_id = :shopId AND p.offer_id = w.offer_id
        ), guarded AS (
            SELECT m.offer_id FROM matched m JOIN ozon.price_guards g ON g.shop_id = :shopId
             WHERE m.purchase_cost IS NOT NULL AND m.price < m.purchase_cost * (1 + g.min_margin)
        ), superseded AS (
            UPDATE ozon.price_changes c SET state = 'superseded' FROM matched m
             WHERE c.shop_id = :shopId AND c.state = 'pending' AND c.product_id = m.product_id
               AND NOT EXISTS (SELECT 1 FROM guarded)
        ), inserted AS (
            INSERT INTO ozon.price_changes (shop_id, product_id, offer_id, price, old_price, min_price,
                currency_code, state, requested_by, requested_at)
            SELECT :shopId, product_id, offer_id, price, old_price, min_price, currency_code, 'pending',
                   :userId, :now
              FROM matched WHERE NOT EXISTS (SELECT 1 FROM guarded)
            RETURNING offer_id
        )
        SELECT 'recorded' AS outcome, offer_id FROM inserted
        UNION ALL SELECT 'guarded', offer_id FROM guarded
        """)
        .param("items", json.writeValueAsString(items))
        .param("shopId", shopId)
        .param("userId", userId)
        .param("now", Timestamp.from(now))
        .query(rs -> {
          (rs.getString("outcome").equals("recorded") ? recorded : guarded).add(rs.getString("offer_id"));
        });
    return new Recording(recorded, guarded);
  }

  record Recording(List<String> recordedOffers, List<String> guardedOffers) {}

  /**
   * Up to {@code limit} pending changes of products that have had fewer than {@code perHour} prices sent
   * in the last hour (OZON accepts at most 10 price changes an hour per product).
   */
  List<PendingPrice> sendable(long shopId, Instant now, int perHour, int limit) {
    return jdbc.sql("""
        SELECT c.id, c.product_id, c.offer_id, c.price, c.old_price, c.min_price, c.currency_code
          FROM ozon.price_changes c
         WHERE c.shop_id = :shopId AND c.state = 'pending'
           AND (SELECT count(*) FROM ozon.price_changes s
                 WHERE s.shop_id = c.shop_id AND s.product_id = c.product_id AND s.sent_at > :since
                   AND s.state = 'updated') < :perHour
         ORDER BY c.requested_at, c.id
         LIMIT :limit
        """)
        .param("shopId", shopId)
        .param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
        .param("perHour", perHour)
        .param("limit", limit)
        .query((rs, n) -> new PendingPrice(rs.getLong("id"), rs.getLong("product_id"), rs.getString("offer_id"),
            rs.getBigDecimal("price"), rs.getBigDecimal("old_price"), rs.getBigDecimal("min_price"),
            rs.getString("currency_code")))
        .list();
  }

  /** When the earliest still-pending change may be sent under the hourly limit, or null if none pend. */
  Instant nextSendableAt(long shopId, Instant now, int perHour) {
    var at = jdbc.sql("""
        SELECT min(CASE WHEN sent.n < :perHour THEN c.requested_at ELSE sent.oldest + interval '1 hour' END)
          FROM ozon.price_changes c
          CROSS JOIN LATERAL (
              SELECT count(*) AS n, min(s.sent_at) AS oldest FROM ozon.price_changes s
               WHERE s.shop_id = c.shop_id AND s.product_id = c.product_id AND s.state = 'updated'
                 AND s.sent_at > :since) sent
         WHERE c.shop_id = :shopId AND c.state = 'pending'
        """)
        .param("shopId", shopId)
        .param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
        .param("perHour", perHour)
        .query((rs, n) -> rs.getTimestamp(1))
        .list()
        .getFirst();
    return at == null ? null : at.toInstant();
  }

  /** Stores OZON's per-item answers and, for accepted ones, the product's shown price. One statement. */
  void storeResults(long shopId, List<ItemAnswer> results, Instant now) {
    if (results.isEmpty()) {
      return;
    }
    jdbc.sql("""
        WITH answer AS (
            SELECT * FROM jsonb_to_recordset(CAST(:results AS jsonb)) AS a(change_id bigint, state text, errors jsonb)
        ), changed AS (
            UPDATE ozon.price_changes c
               SET state = a.state, sent_at = :now,
                   ozon_errors = CASE WHEN jsonb_array_length(a.errors) = 0 THEN NULL ELSE a.errors END
              FROM answer a
             WHERE c.id = a.change_id AND c.shop_id = :shopId
            RETURNING c.product_id, c.price, c.old_price, c.min_price, c.state
        )
        UPDATE ozon.products p SET price = c.price, old_price = c.old_price,
               min_price = coalesce(c.min_price, p.min_price)
          FROM changed c
         WHERE p.shop_id = :shopId AND p.product_id = c.product_id AND c.state = 'updated'
        """)
        .param("results", ItemAnswer.rows(results))
        .param("shopId", shopId)
        .param("now", Timestamp.from(now))
        .update();
  }


  void setGuard(long shopId, java.math.BigDecimal minMargin) {
    if (minMargin == null) {
      jdbc.sql("DELETE FROM ozon.price_guards WHERE shop_id = :shopId").param("shopId", shopId).update();
      return;
    }
    jdbc.sql("""
        INSERT INTO ozon.price_guards (shop_id, min_margin) VALUES (:shopId, :margin)
        ON CONFLICT (shop_id) DO UPDATE SET min_margin = excluded.min_margin
        """).param("shopId", shopId).param("margin", minMargin).update();
  }

  List<PriceChangeView> recent(long shopId, int limit) {
    return jdbc.sql("""
        SELECT id, offer_id, price, old_price, state, requested_at, sent_at, CAST(ozon_errors AS text) AS errors
          FROM ozon.price_changes WHERE shop_id = :shopId ORDER BY id DESC LIMIT :limit
        """)
        .param("shopId", shopId)
        .param("limit", limit)
        .query((rs, n) -> new PriceChangeView(rs.getLong("id"), rs.getString("offer_id"), rs.getBigDecimal("price"),
            rs.getBigDecimal("old_price"), rs.getString("state"), rs.getTimestamp("requested_at").toInstant(),
            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
            rs.getString("errors") == null ? null : json.readTree(rs.getString("errors"))))
        .list();
  }
}
