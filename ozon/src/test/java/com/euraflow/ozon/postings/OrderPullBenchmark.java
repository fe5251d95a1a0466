package com.euraflow.ozon.postings;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.ozon.postings.PostingSnapshot.Item;
import com.euraflow.ozon.postings.PostingSnapshot.Scheme;
import com.euraflow.ozon.OzonDatabase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed plan's first fix, measured: storing pulled pages of postings row by row (the original's
 * select-then-insert-or-update per posting and one insert per item) against {@link PostingRepository}'s one
 * statement per page, on the same data in the same run. Not part of the suite (the name keeps surefire
 * away); run with {@code mvn -B -o -pl ozon test -Dtest=OrderPullBenchmark}. Prints a table.
 */
class OrderPullBenchmark {

  private static final int PAGE = 1000;
  private static final int PAGES = 5;
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void comparesRowByRowWithSetBasedStorage() {
    try (var db = OzonDatabase.create()) {
      var jdbc = JdbcClient.create(db.dataSource());
      var json = JsonMapper.builder().build();
      var setBased = new PostingRepository(jdbc, json);
      var naive = new RowByRow(jdbc);
      var first = pages("awaiting_packaging");
      var again = pages("awaiting_packaging");
      var changed = pages("awaiting_deliver");

      // warm both paths up on another shop so the JIT and PostgreSQL's caches treat them alike
      run(p -> naive.store(99, p), first);
      run(p -> setBased.upsertPage(98, p, NOW), first);

      System.out.println();
      System.out.printf("%-34s %10s %10s %12s %12s %9s %9s%n", "5 pages of 1000 postings (2 items)",
          "stmts row", "stmts set", "ms row", "ms set", "stmt x", "time x");
      for (var round : List.of(new Round("first pull (all new)", first), new Round("repeated pull (unchanged)", again),
          new Round("status change (all updated)", changed))) {
        naive.statements.set(0);
        var rowMillis = run(p -> naive.store(1, p), round.pages());
        var rowStatements = naive.statements.get();
        var setMillis = run(p -> setBased.upsertPage(2, p, NOW), round.pages());
        var setStatements = round.pages().size();
        System.out.printf("%-34s %10d %10d %12.1f %12.1f %9.0f %9.1f%n", round.name(), rowStatements, setStatements,
            rowMillis, setMillis, (double) rowStatements / setStatements, rowMillis / setMillis);
      }
      assertThat(jdbc.sql("SELECT count(*) FROM ozon.postings WHERE shop_id = 1").query(Long.class).single())
          .isEqualTo(jdbc.sql("SELECT count(*) FROM ozon.postings WHERE shop_id = 2").query(Long.class).single());
      assertThat(jdbc.sql("""
          SELECT count(*) FROM ozon.postings a JOIN ozon.postings b ON b.posting_number = a.posting_number
           WHERE a.shop_id = 1 AND b.shop_id = 2 AND (a.status <> b.status OR a.raw <> b.raw)
          """).query(Long.class).single()).isZero();
    }
  }

  private record Round(String name, List<List<PostingSnapshot>> pages) {}

  private static double run(java.util.function.Consumer<List<PostingSnapshot>> store, List<List<PostingSnapshot>> pages) {
    var start = System.nanoTime();
    pages.forEach(store);
    return (System.nanoTime() - start) / 1e6;
  }

  private static List<List<PostingSnapshot>> pages(String status) {
    var pages = new ArrayList<List<PostingSnapshot>>();
    for (var page = 0; page < PAGES; page++) {
      var postings = new ArrayList<PostingSnapshot>(PAGE);
      for (var i = 0; i < PAGE; i++) {
        var n = page * PAGE + i;
        var items = List.of(new Item(1000L + n, "offer-" + n, "Кружка", 2, new BigDecimal("1250.00"), "RUB"),
            new Item(2000L + n, "offer-b-" + n, "Чайник", 1, new BigDecimal("990.00"), "RUB"));
        postings.add(new PostingSnapshot("%08d-0001-1".formatted(n), Scheme.fbs, (long) n, "%08d-0001".formatted(n),
            status, null, NOW.minusSeconds(n), NOW.plusSeconds(86_400), null, "Courier", 1L, null, null, items,
            "{\"posting_number\":\"%08d-0001-1\",\"status\":\"%s\"}".formatted(n, status)));
      }
      pages.add(postings);
    }
    return pages;
  }

  /** The original's way, one statement per posting and per item; counts what it executes. */
  private static final class RowByRow {

    final JdbcClient jdbc;
    final AtomicInteger statements = new AtomicInteger();

    RowByRow(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    void store(long shopId, List<PostingSnapshot> page) {
      for (var p : page) {
        statements.incrementAndGet();
        var existing = jdbc.sql("SELECT id, raw::text FROM ozon.postings WHERE shop_id = :s AND posting_number = :n")
            .param("s", shopId).param("n", p.postingNumber())
            .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long id;
        if (existing.isEmpty()) {
          statements.incrementAndGet();
          id = jdbc.sql("""
              INSERT INTO ozon.postings (shop_id, posting_number, scheme, order_id, order_number, status, substatus,
                  in_process_at, shipment_date, delivery_method, warehouse_id, total_price, currency_code, offer_ids,
                  skus, raw, first_seen_at, updated_at)
              VALUES (:s, :n, 'fbs', :o, :on, :st, :sub, :ip, :sd, :dm, :w, :t, :c, :offers, :skus, CAST(:raw AS jsonb),
                  :now, :now)
              RETURNING id
              """).params(params(shopId, p)).query(Long.class).single();
        } else if (!sameDocument((String) existing.get()[1], p.raw())) {
          id = (Long) existing.get()[0];
          statements.incrementAndGet();
          jdbc.sql("""
              UPDATE ozon.postings SET status = :st, substatus = :sub, total_price = :t, raw = CAST(:raw AS jsonb),
                  updated_at = :now WHERE id = :id
              """).params(params(shopId, p)).param("id", id).update();
          statements.incrementAndGet();
          jdbc.sql("DELETE FROM ozon.posting_items WHERE posting_id = :id").param("id", id).update();
        } else {
          continue;
        }
        var line = 0;
        for (var item : p.items()) {
          statements.incrementAndGet();
          jdbc.sql("""
              INSERT INTO ozon.posting_items (posting_id, line_no, sku, offer_id, name, quantity, price, currency_code)
              VALUES (:id, :line, :sku, :offer, :name, :q, :price, :c)
              """).param("id", id).param("line", ++line).param("sku", item.sku()).param("offer", item.offerId())
              .param("name", item.name()).param("q", item.quantity()).param("price", item.price())
              .param("c", item.currencyCode()).update();
        }
      }
    }

    /** Compared in the application, as the original did, so it costs no statement. */
    private static boolean sameDocument(String stored, String pulled) {
      return JSON.readTree(stored).equals(JSON.readTree(pulled));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static java.util.Map<String, Object> params(long shopId, PostingSnapshot p) {
      var params = new java.util.HashMap<String, Object>();
      params.put("s", shopId);
      params.put("n", p.postingNumber());
      params.put("o", p.orderId());
      params.put("on", p.orderNumber());
      params.put("st", p.status());
      params.put("sub", p.substatus());
      params.put("ip", Timestamp.from(p.inProcessAt()));
      params.put("sd", Timestamp.from(p.shipmentDate()));
      params.put("dm", p.deliveryMethod());
      params.put("w", p.warehouseId());
      params.put("t", p.totalPrice());
      params.put("c", p.currencyCode());
      params.put("offers", p.items().stream().map(Item::offerId).toArray(String[]::new));
      params.put("skus", p.items().stream().map(Item::sku).toArray(Long[]::new));
      params.put("raw", p.raw());
      params.put("now", Timestamp.from(NOW));
      return params;
    }
  }
}
