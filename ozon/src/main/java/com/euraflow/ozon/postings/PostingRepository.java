package com.euraflow.ozon.postings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** All SQL over postings. A page of postings is stored by one statement, whatever its size. */
@Repository
class PostingRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  PostingRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /**
   * Inserts new postings, updates those whose OZON document changed and leaves the rest alone, with
   * their items, in one statement. Repeating or overlapping a page is harmless.
   */
  PageUpsert upsertPage(long shopId, List<PostingSnapshot> page, Instant now) {
    if (page.isEmpty()) {
      return PageUpsert.NONE;
    }
    var rows = new ArrayList<Map<String, Object>>(page.size());
    var items = new ArrayList<Map<String, Object>>();
    var unknown = 0;
    for (var p : page) {
      var known = PostingStatus.isKnown(p.status());
      if (!known) {
        unknown++;
      }
      var row = new LinkedHashMap<String, Object>();
      row.put("posting_number", p.postingNumber());
      row.put("scheme", p.scheme().name());
      row.put("order_id", p.orderId());
      row.put("order_number", p.orderNumber());
      row.put("status", p.status());
      row.put("status_known", known);
      row.put("substatus", p.substatus());
      row.put("in_process_at", text(p.inProcessAt()));
      row.put("shipment_date", text(p.shipmentDate()));
      row.put("delivering_date", text(p.deliveringDate()));
      row.put("delivery_method", p.deliveryMethod());
      row.put("warehouse_id", p.warehouseId());
      row.put("tracking_number", p.trackingNumber());
      row.put("cancel_reason", p.cancelReason());
      row.put("total_price", p.totalPrice());
      row.put("currency_code", p.currencyCode());
      row.put("offer_ids", p.items().stream().map(PostingSnapshot.Item::offerId).distinct().toList());
      row.put("skus", p.items().stream().map(PostingSnapshot.Item::sku).distinct().toList());
      row.put("item_count", p.items().size());
      row.put("raw", json.readTree(p.raw()));
      rows.add(row);
      for (var i = 0; i < p.items().size(); i++) {
        var item = p.items().get(i);
        var line = new LinkedHashMap<String, Object>();
        line.put("posting_number", p.postingNumber());
        line.put("line_no", i + 1);
        line.put("sku", item.sku());
        line.put("offer_id", item.offerId());
        line.put("name", item.name());
        line.put("quantity", item.quantity());
        line.put("price", item.price());
        line.put("currency_code", item.currencyCode());
        items.add(line);
      }
    }
    var changed = jdbc.sql("""
        WITH incoming AS (
            SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(
                posting_number text, scheme text, order_id bigint, order_number text, status text,
                status_known boolean, substatus text, in_process_at timestamptz, shipment_date timestamptz,
                delivering_date timestamptz, delivery_method text, warehouse_id bigint,
                tracking_number text, cancel_reason text, total_price numeric, currency_code text,
                offer_ids text[], skus bigint[], item_count integer, raw jsonb)
        ), upserted AS (
            INSERT INTO ozon.postings AS p (shop_id, posting_number, scheme, order_id, order_number,
                status, status_known, substatus, in_process_at, shipment_date, delivering_date,
                delivery_method, warehouse_id, tracking_number, cancel_reason, total_price,
                currency_code, offer_ids, skus, raw, first_seen_at, updated_at)
            SELECT :shopId, posting_number, scheme, order_id, order_number, status, status_known,
                   substatus, in_process_at, shipment_date, delivering_date, delivery_method,
                   warehouse_id, tracking_number, cancel_reason, total_price, currency_code,
                   offer_ids, skus, raw, :now, :now
              FROM incoming
            ON CONFLICT (shop_id, posting_number) DO UPDATE SET
                scheme = excluded.scheme, order_id = excluded.order_id,
                order_number = excluded.order_number, status = excluded.status,
                status_known = excluded.status_known, substatus = excluded.substatus,
                in_process_at = excluded.in_process_at, shipment_date = excluded.shipment_date,
                delivering_date = excluded.delivering_date, delivery_method = excluded.delivery_method,
                warehouse_id = excluded.warehouse_id, tracking_number = excluded.tracking_number,
                cancel_reason = excluded.cancel_reason, total_price = excluded.total_price,
                currency_code = excluded.currency_code, offer_ids = excluded.offer_ids,
                skus = excluded.skus, raw = excluded.raw, updated_at = excluded.updated_at
            WHERE p.raw IS DISTINCT FROM excluded.raw
            RETURNING p.id, p.posting_number, (p.xmax = 0) AS inserted
        ), lines AS (
            SELECT u.id AS posting_id, l.*
              FROM jsonb_to_recordset(CAST(:items AS jsonb)) AS l(
                       posting_number text, line_no integer, sku bigint, offer_id text, name text,
                       quantity integer, price numeric, currency_code text)
              JOIN upserted u ON u.posting_number = l.posting_number
        ), stored_lines AS (
            INSERT INTO ozon.posting_items AS pi (posting_id, line_no, sku, offer_id, name, quantity,
                price, currency_code)
            SELECT posting_id, line_no, sku, offer_id, name, quantity, price, currency_code FROM lines
            ON CONFLICT (posting_id, line_no) DO UPDATE SET sku = excluded.sku,
                offer_id = excluded.offer_id, name = excluded.name, quantity = excluded.quantity,
                price = excluded.price, currency_code = excluded.currency_code
        ), dropped_lines AS (
            DELETE FROM ozon.posting_items pi
             USING upserted u JOIN incoming i ON i.posting_number = u.posting_number
             WHERE pi.posting_id = u.id AND pi.line_no > i.item_count
        )
        SELECT inserted FROM upserted
        """)
        .param("rows", json.writeValueAsString(rows))
        .param("items", json.writeValueAsString(items))
        .param("shopId", shopId)
        .param("now", java.sql.Timestamp.from(now))
        .query(Boolean.class)
        .list();
    var inserted = (int) changed.stream().filter(Boolean::booleanValue).count();
    var updated = changed.size() - inserted;
    return new PageUpsert(page.size(), inserted, updated, page.size() - changed.size(), unknown);
  }

  /** One page of a postings list, newest first, items included: two statements whatever the page size. */
  List<PostingSummary> list(PostingFilter filter, PostingCursor after, int limit) {
    var sql = new StringBuilder(SUMMARY_COLUMNS).append(" FROM ozon.postings p WHERE ");
    var params = new LinkedHashMap<String, Object>();
    where(filter, sql, params);
    if (filter.status() != null) {
      sql.append(" AND p.status = :status");
      params.put("status", filter.status());
    }
    if (after != null) {
      sql.append(" AND (p.in_process_at, p.id) < (:afterTime, :afterId)");
      params.put("afterTime", java.sql.Timestamp.from(after.inProcessAt()));
      params.put("afterId", after.id());
    }
    sql.append(" ORDER BY p.in_process_at DESC, p.id DESC LIMIT :limit");
    params.put("limit", limit);
    var page = jdbc.sql(sql.toString()).params(params).query(PostingRepository::summary).list();
    return withItems(page);
  }

  /** Postings per status under the same filter (the status tabs), in one statement. */
  Map<String, Long> countByStatus(PostingFilter filter) {
    var sql = new StringBuilder("SELECT p.status, count(*) AS n FROM ozon.postings p WHERE ");
    var params = new LinkedHashMap<String, Object>();
    where(filter, sql, params);
    sql.append(" GROUP BY p.status ORDER BY p.status");
    var counts = new LinkedHashMap<String, Long>();
    jdbc.sql(sql.toString()).params(params).query(rs -> {
      counts.put(rs.getString("status"), rs.getLong("n"));
    });
    return counts;
  }

  java.util.Optional<PostingSummary> find(List<Long> shopIds, String postingNumber) {
    var found = jdbc.sql(SUMMARY_COLUMNS + " FROM ozon.postings p WHERE p.shop_id = ANY(:shops) "
            + "AND p.posting_number = :number ORDER BY p.id LIMIT 1")
        .param("shops", shopIds.toArray(Long[]::new))
        .param("number", postingNumber)
        .query(PostingRepository::summary)
        .optional();
    return found.map(p -> withItems(List.of(p)).getFirst());
  }

  private List<PostingSummary> withItems(List<PostingSummary> page) {
    if (page.isEmpty()) {
      return page;
    }
    var ids = page.stream().map(PostingSummary::id).toArray(Long[]::new);
    var lines = new java.util.HashMap<Long, List<PostingSummary.Line>>();
    jdbc.sql("""
        SELECT posting_id, line_no, sku, offer_id, name, quantity, price, currency_code
          FROM ozon.posting_items WHERE posting_id = ANY(:ids) ORDER BY posting_id, line_no
        """)
        .param("ids", ids)
        .query(rs -> {
          lines.computeIfAbsent(rs.getLong("posting_id"), k -> new ArrayList<>())
              .add(new PostingSummary.Line(rs.getInt("line_no"), (Long) rs.getObject("sku"),
                  rs.getString("offer_id"), rs.getString("name"), rs.getInt("quantity"),
                  rs.getBigDecimal("price"), rs.getString("currency_code")));
        });
    return page.stream().map(p -> p.withItems(lines.getOrDefault(p.id(), List.of()))).toList();
  }

  private static void where(PostingFilter filter, StringBuilder sql, Map<String, Object> params) {
    sql.append("p.shop_id = ANY(:shops)");
    params.put("shops", filter.shopIds().toArray(Long[]::new));
    if (filter.from() != null) {
      sql.append(" AND p.in_process_at >= :from");
      params.put("from", java.sql.Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" AND p.in_process_at < :to");
      params.put("to", java.sql.Timestamp.from(filter.to()));
    }
    if (filter.keyword() != null && !filter.keyword().isBlank()) {
      var keyword = filter.keyword().strip();
      sql.append(" AND (p.posting_number LIKE :numberPrefix ESCAPE '\\' OR p.offer_ids @> ARRAY[CAST(:keyword AS text)]");
      params.put("numberPrefix", keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      params.put("keyword", keyword);
      if (keyword.matches("\\d{1,18}")) {
        sql.append(" OR p.skus @> ARRAY[CAST(:sku AS bigint)]");
        params.put("sku", Long.parseLong(keyword));
      }
      sql.append(")");
    }
  }

  private static final String SUMMARY_COLUMNS = """
      SELECT p.id, p.shop_id, p.posting_number, p.scheme, p.order_number, p.status, p.status_known,
             p.substatus, p.in_process_at, p.shipment_date, p.delivery_method, p.warehouse_id,
             p.tracking_number, p.total_price, p.currency_code, p.label_print_count""";

  private static PostingSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new PostingSummary(rs.getLong("id"), rs.getLong("shop_id"), rs.getString("posting_number"),
        rs.getString("scheme"), rs.getString("order_number"), rs.getString("status"),
        !rs.getBoolean("status_known"), rs.getString("substatus"), instant(rs, "in_process_at"),
        instant(rs, "shipment_date"), rs.getString("delivery_method"), (Long) rs.getObject("warehouse_id"),
        rs.getString("tracking_number"), rs.getBigDecimal("total_price"), rs.getString("currency_code"),
        rs.getInt("label_print_count"), List.of());
  }

  private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    var ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
