package com.euraflow.ozon.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.ozon.OzonDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed plan's second fix, measured: a stock edit of 100 products row by row (the original's lookup and
 * write per product) against {@link StockChangeRepository#record}'s one statement, on the same data in the
 * same run. Run with {@code mvn -B -o -pl ozon test -Dtest=StockEditBenchmark}. Prints a table.
 */
class StockEditBenchmark {

  private static final int PRODUCTS = 100;
  private static final int ROUNDS = 20;
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void comparesRowByRowWithOneStatement() {
    try (var db = OzonDatabase.create()) {
      var jdbc = JdbcClient.create(db.dataSource());
      for (var shop : List.of(1, 2)) {
        jdbc.sql("INSERT INTO ozon.warehouses (shop_id, warehouse_id, name, status, raw, synced_at) "
            + "VALUES (:s, 10, 'Склад', 'created', '{}', now())").param("s", shop).update();
        jdbc.sql("INSERT INTO ozon.products (shop_id, offer_id, product_id, name, synced_at) "
            + "SELECT :s, 'offer-' || n, 1000 + n, 'Товар ' || n, now() FROM generate_series(1, :n) n")
            .param("s", shop).param("n", PRODUCTS).update();
      }
      var setBased = new StockChangeRepository(jdbc, JsonMapper.builder().build());
      var statements = new AtomicInteger();
      var edits = IntStream.rangeClosed(1, PRODUCTS).mapToObj(n -> new StockEdit("offer-" + n, 10, n)).toList();

      for (var warmUp = 0; warmUp < 3; warmUp++) {
        rowByRow(jdbc, 1, edits, statements);
        setBased.record(2, 9L, edits, NOW);
      }
      statements.set(0);
      var start = System.nanoTime();
      for (var round = 0; round < ROUNDS; round++) {
        rowByRow(jdbc, 1, edits, statements);
      }
      var rowMillis = (System.nanoTime() - start) / 1e6 / ROUNDS;
      start = System.nanoTime();
      for (var round = 0; round < ROUNDS; round++) {
        assertThat(setBased.record(2, 9L, edits, NOW)).hasSize(PRODUCTS);
      }
      var setMillis = (System.nanoTime() - start) / 1e6 / ROUNDS;
      var rowStatements = statements.get() / ROUNDS;

      System.out.println();
      System.out.printf("%-30s %10s %10s %10s %10s %8s %8s%n", "stock edit of 100 products", "stmts row",
          "stmts set", "ms row", "ms set", "stmt x", "time x");
      System.out.printf("%-30s %10d %10d %10.2f %10.2f %8.0f %8.1f%n", "(mean of " + ROUNDS + " edits)",
          rowStatements, 1, rowMillis, setMillis, (double) rowStatements, rowMillis / setMillis);
      assertThat(count(jdbc, 1, "pending")).isEqualTo(count(jdbc, 2, "pending")).isEqualTo(PRODUCTS);
      assertThat(count(jdbc, 1, "superseded")).isEqualTo(count(jdbc, 2, "superseded"));
    }
  }

  private static long count(JdbcClient jdbc, long shop, String state) {
    return jdbc.sql("SELECT count(*) FROM ozon.stock_changes WHERE shop_id = :s AND state = :st")
        .param("s", shop).param("st", state).query(Long.class).single();
  }

  /** The original's way: per product, find it, supersede its pending change, record the new one. */
  private static void rowByRow(JdbcClient jdbc, long shopId, List<StockEdit> edits, AtomicInteger statements) {
    for (var edit : edits) {
      statements.incrementAndGet();
      var productId = jdbc.sql("SELECT product_id FROM ozon.products WHERE shop_id = :s AND offer_id = :o")
          .param("s", shopId).param("o", edit.offerId()).query(Long.class).single();
      statements.incrementAndGet();
      jdbc.sql("UPDATE ozon.stock_changes SET state = 'superseded' WHERE shop_id = :s AND state = 'pending' "
          + "AND product_id = :p AND warehouse_id = :w")
          .param("s", shopId).param("p", productId).param("w", edit.warehouseId()).update();
      statements.incrementAndGet();
      jdbc.sql("""
          INSERT INTO ozon.stock_changes (shop_id, product_id, offer_id, warehouse_id, quantity, state, requested_by,
              requested_at) VALUES (:s, :p, :o, :w, :q, 'pending', 9, :now)
          """).param("s", shopId).param("p", productId).param("o", edit.offerId()).param("w", edit.warehouseId())
          .param("q", edit.stock()).param("now", Timestamp.from(NOW)).update();
    }
  }
}
