package com.euraflow.ozon.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.ozon.OzonDatabase;
import com.euraflow.ozon.sync.ItemAnswer;
import com.euraflow.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class StockChangeRepositoryTests {

  private static final Duration PAIR_INTERVAL = Duration.ofSeconds(30);
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static TestDatabase db;
  private static JdbcClient jdbc;
  private static StockChangeRepository changes;

  @BeforeAll
  static void migrate() {
    db = OzonDatabase.create();
    jdbc = JdbcClient.create(db.dataSource());
    changes = new StockChangeRepository(jdbc, JsonMapper.builder().build());
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void catalogue() {
    jdbc.sql("TRUNCATE ozon.products, ozon.warehouses, ozon.stock_changes, ozon.product_stocks").update();
    jdbc.sql("""
        INSERT INTO ozon.warehouses (shop_id, warehouse_id, name, status, raw, synced_at)
        VALUES (1, 10, 'Склад', 'created', '{}', now()), (2, 20, 'Чужой', 'created', '{}', now())
        """).update();
    jdbc.sql("""
        INSERT INTO ozon.products (shop_id, offer_id, product_id, name, synced_at)
        SELECT 1, 'offer-' || n, 1000 + n, 'Товар ' || n, now() FROM generate_series(1, 150) n
        """).update();
  }

  @Test
  void recordsAHundredEditsInOneGoAndSupersedesOlderPendingOnes() {
    var edits = java.util.stream.IntStream.rangeClosed(1, 100).mapToObj(n -> new StockEdit("offer-" + n, 10, n)).toList();
    changes.record(1, 9L, edits, NOW);

    var again = changes.record(1, 9L, List.of(new StockEdit("offer-1", 10, 77)), NOW.plusSeconds(1));

    assertThat(again).hasSize(1);
    assertThat(count("state = 'pending'")).isEqualTo(100);
    assertThat(count("state = 'superseded'")).isEqualTo(1);
    assertThat(changes.sendable(1, NOW.plusSeconds(2), PAIR_INTERVAL, 500))
        .filteredOn(p -> p.offerId().equals("offer-1")).extracting(PendingStock::quantity).containsExactly(77);
  }

  @Test
  void recordsNothingForOffersOrWarehousesOfAnotherShop() {
    var recorded = changes.record(1, 9L, List.of(new StockEdit("offer-1", 20, 5), new StockEdit("nope", 10, 5)), NOW);

    assertThat(recorded).isEmpty();
    assertThat(count("true")).isZero();
  }

  @Test
  void holdsBackAPairSentWithinThirtySeconds() {
    changes.record(1, 9L, List.of(new StockEdit("offer-1", 10, 5), new StockEdit("offer-2", 10, 6)), NOW);
    var sent = changes.sendable(1, NOW, PAIR_INTERVAL, 100);
    changes.storeResults(1, sent.stream().map(p -> new ItemAnswer(p.changeId(), "updated",
        List.of())).toList(), NOW);
    changes.record(1, 9L, List.of(new StockEdit("offer-1", 10, 8)), NOW.plusSeconds(5));

    assertThat(changes.sendable(1, NOW.plusSeconds(10), PAIR_INTERVAL, 100)).isEmpty();
    assertThat(changes.nextSendableAt(1, PAIR_INTERVAL)).isEqualTo(NOW.plus(PAIR_INTERVAL));
    assertThat(changes.sendable(1, NOW.plusSeconds(31), PAIR_INTERVAL, 100))
        .extracting(PendingStock::quantity).containsExactly(8);
  }

  @Test
  void storesEachItemsAnswerAndTheStockOzonAccepted() {
    changes.record(1, 9L, List.of(new StockEdit("offer-1", 10, 5), new StockEdit("offer-2", 10, 6),
        new StockEdit("offer-3", 10, 7)), NOW);
    var sent = changes.sendable(1, NOW, PAIR_INTERVAL, 100);

    changes.storeResults(1, List.of(
        new ItemAnswer(sent.get(0).changeId(), "updated", List.of()),
        new ItemAnswer(sent.get(1).changeId(), "rejected",
            List.of(Map.of("code", "PRICE_IS_NOT_SENT", "message", "price is not sent"))),
        new ItemAnswer(sent.get(2).changeId(), "pending",
            List.of(Map.of("code", "TOO_MANY_REQUESTS", "message", "Stock is updated too frequently")))), NOW);

    assertThat(changes.recent(1, 10)).extracting(StockChangeView::offerId, StockChangeView::state)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("offer-1", "updated"),
            org.assertj.core.groups.Tuple.tuple("offer-2", "rejected"),
            org.assertj.core.groups.Tuple.tuple("offer-3", "pending"));
    assertThat(changes.recent(1, 10)).filteredOn(v -> v.offerId().equals("offer-2")).first()
        .satisfies(v -> assertThat(v.ozonErrors().get(0).get("code").asString()).isEqualTo("PRICE_IS_NOT_SENT"));
    assertThat(jdbc.sql("SELECT present FROM ozon.product_stocks WHERE shop_id = 1 AND product_id = 1001")
        .query(Integer.class).single()).isEqualTo(5);
  }

  private static long count(String where) {
    return jdbc.sql("SELECT count(*) FROM ozon.stock_changes WHERE " + where).query(Long.class).single();
  }
}
