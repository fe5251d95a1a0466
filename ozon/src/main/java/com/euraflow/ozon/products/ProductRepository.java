package com.euraflow.ozon.products;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** All SQL over products and their stock. Pages are written and read in a constant number of statements. */
@Repository
class ProductRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  ProductRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Inserts or refreshes a page of products in one statement; returns how many rows changed. */
  int upsertPage(long shopId, List<ProductSnapshot> page, Instant now) {
    if (page.isEmpty()) {
      return 0;
    }
    var rows = new ArrayList<Map<String, Object>>(page.size());
    for (var p : page) {
      var row = new LinkedHashMap<String, Object>();
      row.put("offer_id", p.offerId());
      row.put("product_id", p.productId());
      row.put("sku", p.sku());
      row.put("name", p.name());
      row.put("status", p.status());
      row.put("archived", p.archived());
      row.put("visible", p.visible());
      row.put("price", p.price());
      row.put("old_price", p.oldPrice());
      row.put("min_price", p.minPrice());
      row.put("currency_code", p.currencyCode());
      row.put("ozon_updated_at", p.ozonUpdatedAt() == null ? null : p.ozonUpdatedAt().toString());
      row.put("raw", p.raw() == null ? null : json.readTree(p.raw()));
      rows.add(row);
    }
    return jdbc.sql("""
        INSERT INTO ozon.products AS p (shop_id, offer_id, product_id, sku, name, status, archived, visible,
            price, old_price, min_price, currency_code, ozon_updated_at, raw, synced_at)
        SELECT :shopId, r.offer_id, r.product_id, r.sku, r.name, r.status, r.archived, r.visible, r.price,
               r.old_price, r.min_price, r.currency_code, r.ozon_updated_at, r.raw, :now
          FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(offer_id text, product_id bigint, sku bigint,
               name text, status text, archived boolean, visible boolean, price numeric, old_price numeric,
               min_price numeric, currency_code text, ozon_updated_at timestamptz, raw jsonb)
        ON CONFLICT (shop_id, product_id) DO UPDATE SET offer_id = excluded.offer_id, sku = excluded.sku,
            name = excluded.name, status = excluded.status, archived = excluded.archived,
            visible = excluded.visible, price = excluded.price, old_price = excluded.old_price,
            min_price = excluded.min_price, currency_code = excluded.currency_code,
            ozon_updated_at = excluded.ozon_updated_at, raw = excluded.raw, synced_at = excluded.synced_at
        """)
        .param("shopId", shopId)
        .param("now", Timestamp.from(now))
        .param("rows", json.writeValueAsString(rows))
        .update();
  }

  /**
   * Replaces the stock of the given products per warehouse and refreshes their totals, in one statement.
   * Products absent from {@code stocks} keep what they had.
   */
  void replaceStocks(long shopId, List<WarehouseStock> stocks, Instant now) {
    if (stocks.isEmpty()) {
      return;
    }
    var rows = stocks.stream().map(s -> Map.<String, Object>of("product_id", s.productId(),
        "warehouse_id", s.warehouseId(), "present", s.present(), "reserved", s.reserved())).toList();
    jdbc.sql("""
        WITH incoming AS (
            SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                AS r(product_id bigint, warehouse_id bigint, present integer, reserved integer)
        ), stored AS (
            INSERT INTO ozon.product_stocks AS s (shop_id, product_id, warehouse_id, present, reserved, updated_at)
            SELECT :shopId, product_id, warehouse_id, present, reserved, :now FROM incoming
            ON CONFLICT (shop_id, product_id, warehouse_id) DO UPDATE SET present = excluded.present,
                reserved = excluded.reserved, updated_at = excluded.updated_at
        ), gone AS (
            DELETE FROM ozon.product_stocks s
             WHERE s.shop_id = :shopId AND s.product_id IN (SELECT product_id FROM incoming)
               AND (s.product_id, s.warehouse_id) NOT IN (SELECT product_id, warehouse_id FROM incoming)
        )
        UPDATE ozon.products p SET present = t.present, reserved = t.reserved
          FROM (SELECT product_id, sum(present) AS present, sum(reserved) AS reserved
                  FROM incoming GROUP BY product_id) t
         WHERE p.shop_id = :shopId AND p.product_id = t.product_id
        """)
        .param("shopId", shopId)
        .param("now", Timestamp.from(now))
        .param("rows", json.writeValueAsString(rows))
        .update();
  }

  /** One page of a products list with stock per warehouse: two statements whatever the page size. */
  List<ProductSummary> list(ProductFilter filter, ProductSort sort, boolean descending, ProductCursor after,
      int limit) {
    var sql = new StringBuilder(SUMMARY_COLUMNS).append(" FROM ozon.products p WHERE ");
    var params = new LinkedHashMap<String, Object>();
    sql.append("p.shop_id = ANY(:shops)");
    params.put("shops", filter.shopIds().toArray(Long[]::new));
    if (filter.keyword() != null && !filter.keyword().isBlank()) {
      var keyword = filter.keyword().strip();
      sql.append(" AND (p.offer_id ILIKE :pattern ESCAPE '\\' OR p.name ILIKE :pattern ESCAPE '\\'");
      params.put("pattern", "%" + keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
      if (keyword.matches("\\d{1,18}")) {
        sql.append(" OR p.sku = :number OR p.product_id = :number");
        params.put("number", Long.parseLong(keyword));
      }
      sql.append(")");
    }
    if (filter.status() != null) {
      sql.append(" AND p.status = :status");
      params.put("status", filter.status());
    }
    if (filter.archived() != null) {
      sql.append(" AND p.archived = :archived");
      params.put("archived", filter.archived());
    }
    if (filter.inStock() != null) {
      sql.append(filter.inStock() ? " AND p.present > 0" : " AND p.present = 0");
    }
    var direction = descending ? "DESC" : "ASC";
    if (after != null) {
      sql.append(" AND (").append(sort.expression).append(", p.id) ").append(descending ? "<" : ">")
          .append(" (CAST(:afterValue AS ").append(sort.sqlType).append("), :afterId)");
      params.put("afterValue", after.value());
      params.put("afterId", after.id());
    }
    sql.append(" ORDER BY ").append(sort.expression).append(' ').append(direction)
        .append(", p.id ").append(direction).append(" LIMIT :limit");
    params.put("limit", limit);
    var page = jdbc.sql(sql.toString()).params(params).query(ProductRepository::summary).list();
    return withStocks(page);
  }

  Optional<ProductSummary> find(List<Long> shopIds, long id) {
    return jdbc.sql(SUMMARY_COLUMNS + " FROM ozon.products p WHERE p.shop_id = ANY(:shops) AND p.id = :id")
        .param("shops", shopIds.toArray(Long[]::new))
        .param("id", id)
        .query(ProductRepository::summary)
        .optional()
        .map(p -> withStocks(List.of(p)).getFirst());
  }

  /** The shop of a product, for the tenancy check before a write. */
  Optional<Long> shopOf(long id) {
    return jdbc.sql("SELECT shop_id FROM ozon.products WHERE id = :id").param("id", id).query(Long.class).optional();
  }

  void setPurchaseCost(long id, BigDecimal cost) {
    jdbc.sql("UPDATE ozon.products SET purchase_cost = :cost WHERE id = :id").param("id", id).param("cost", cost)
        .update();
  }

  /** The sort value of a row, as text, for the next page's cursor. */
  static String sortValue(ProductSummary p, ProductSort sort) {
    return switch (sort) {
      case offer_id -> p.offerId();
      case name -> p.name();
      case price -> (p.price() == null ? BigDecimal.ZERO : p.price()).toPlainString();
      case stock -> Integer.toString(p.present());
      case updated -> p.syncedAt().toString();
    };
  }

  private List<ProductSummary> withStocks(List<ProductSummary> page) {
    if (page.isEmpty()) {
      return page;
    }
    record Key(long shopId, long productId) {}
    var stocks = new HashMap<Key, List<ProductSummary.Stock>>();
    jdbc.sql("""
        SELECT s.shop_id, s.product_id, s.warehouse_id, s.present, s.reserved
          FROM ozon.product_stocks s
          JOIN unnest(CAST(:shops AS bigint[]), CAST(:products AS bigint[])) AS k(shop_id, product_id)
            ON s.shop_id = k.shop_id AND s.product_id = k.product_id
         ORDER BY s.shop_id, s.product_id, s.warehouse_id
        """)
        .param("shops", page.stream().map(ProductSummary::shopId).toArray(Long[]::new))
        .param("products", page.stream().map(ProductSummary::productId).toArray(Long[]::new))
        .query(rs -> {
          stocks.computeIfAbsent(new Key(rs.getLong("shop_id"), rs.getLong("product_id")), k -> new ArrayList<>())
              .add(new ProductSummary.Stock(rs.getLong("warehouse_id"), rs.getInt("present"), rs.getInt("reserved")));
        });
    return page.stream()
        .map(p -> p.withStocks(stocks.getOrDefault(new Key(p.shopId(), p.productId()), List.of())))
        .toList();
  }

  private static final String SUMMARY_COLUMNS = """
      SELECT p.id, p.shop_id, p.offer_id, p.product_id, p.sku, p.name, p.status, p.archived, p.visible,
             p.price, p.old_price, p.min_price, p.currency_code, p.purchase_cost, p.present, p.reserved,
             p.synced_at""";

  private static ProductSummary summary(ResultSet rs, int row) throws SQLException {
    return new ProductSummary(rs.getLong("id"), rs.getLong("shop_id"), rs.getString("offer_id"),
        rs.getLong("product_id"), (Long) rs.getObject("sku"), rs.getString("name"), rs.getString("status"),
        rs.getBoolean("archived"), rs.getBoolean("visible"), rs.getBigDecimal("price"),
        rs.getBigDecimal("old_price"), rs.getBigDecimal("min_price"), rs.getString("currency_code"),
        rs.getBigDecimal("purchase_cost"), rs.getInt("present"), rs.getInt("reserved"),
        rs.getTimestamp("synced_at").toInstant(), List.of());
  }
}
