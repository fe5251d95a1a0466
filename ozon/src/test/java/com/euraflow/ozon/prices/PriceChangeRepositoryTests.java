package com.euraflow.ozon.prices;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.ozon.OzonDatabase;
import com.euraflow.ozon.sync.ItemAnswer;
import com.euraflow.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class PriceChangeRepositoryTests {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static TestDatabase db;
  private static JdbcClient jdbc;
  private static PriceChangeRepository changes;

  @BeforeAll
  static void migrate() {
    db = OzonDatabase.create();
    jdbc = JdbcClient.create(db.dataSource());
    changes = new PriceChangeRepository(jdbc, JsonMapper.builder().build());
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void catalogue() {
    jdbc.sql("TRUNCATE ozon.products, ozon.price_changes, ozon.price_guards").update();
    jdbc.sql("""
        INSERT INTO ozon.products (shop_id, offer_id, product_id, name, purchase_cost, currency_code, synced_at)
        VALUES (1, 'mug', 11, 'Кружка', 100, 'RUB', now()), (1, 'pot', 12, 'Чайник', NULL, 'CNY', now())
        """).update();
  }

  @Test
  void refusesEveryEditWhenOneBreaksTheMarginGuard() {
    changes.setGuard(1, new BigDecimal("0.20"));

    var recording = changes.record(1, 9L, List.of(edit("mug", "119.99"), edit("pot", "50")), NOW);

    assertThat(recording.guardedOffers()).containsExactly("mug");
    assertThat(recording.recordedOffers()).isEmpty();
    assertThat(jdbc.sql("SELECT count(*) FROM ozon.price_changes").query(Long.class).single()).isZero();
  }

  @Test
  void recordsEditsAtOrAboveTheGuardWithTheProductsCurrency() {
    changes.setGuard(1, new BigDecimal("0.20"));

    var recording = changes.record(1, 9L, List.of(edit("mug", "120"), edit("pot", "50")), NOW);

    assertThat(recording.recordedOffers()).containsExactlyInAnyOrder("mug", "pot");
    assertThat(changes.sendable(1, NOW, 10, 1000)).extracting(PendingPrice::offerId, PendingPrice::currencyCode)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("mug", "RUB"),
            org.assertj.core.groups.Tuple.tuple("pot", "CNY"));
  }

  @Test
  void holdsBackAProductWithTenPricesSentWithinTheHour() {
    for (var i = 0; i < 10; i++) {
      changes.record(1, 9L, List.of(edit("mug", "1" + i + "0")), NOW.plusSeconds(i));
      var sent = changes.sendable(1, NOW.plusSeconds(i), 10, 1000);
      changes.storeResults(1, sent.stream().map(p -> new ItemAnswer(p.changeId(), "updated",
          List.of())).toList(), NOW.plusSeconds(i));
    }
    changes.record(1, 9L, List.of(edit("mug", "999")), NOW.plusSeconds(20));

    assertThat(changes.sendable(1, NOW.plusSeconds(30), 10, 1000)).isEmpty();
    assertThat(changes.nextSendableAt(1, NOW.plusSeconds(30), 10)).isEqualTo(NOW.plusSeconds(3600));
    assertThat(changes.sendable(1, NOW.plusSeconds(3601), 10, 1000)).extracting(PendingPrice::price)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("999"));
    assertThat(jdbc.sql("SELECT price FROM ozon.products WHERE offer_id = 'mug'").query(BigDecimal.class).single())
        .isEqualByComparingTo("190");
  }

  private static PriceEdit edit(String offer, String price) {
    return new PriceEdit(offer, new BigDecimal(price), null, null);
  }
}
