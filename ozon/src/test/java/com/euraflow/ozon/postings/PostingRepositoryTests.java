package com.euraflow.ozon.postings;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.ozon.postings.PostingSnapshot.Item;
import com.euraflow.ozon.postings.PostingSnapshot.Scheme;
import com.euraflow.ozon.OzonDatabase;
import com.euraflow.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class PostingRepositoryTests {

  private static TestDatabase db;
  private static JdbcClient jdbc;
  private static PostingRepository postings;
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @BeforeAll
  static void migrate() {
    db = OzonDatabase.create();
    jdbc = JdbcClient.create(db.dataSource());
    postings = new PostingRepository(jdbc, JsonMapper.builder().build());
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void clean() {
    jdbc.sql("TRUNCATE ozon.postings CASCADE").update();
  }

  @Test
  void insertsAPageOfAThousandPostingsWithTheirItems() {
    var page = page(1000, "awaiting_packaging");

    var result = postings.upsertPage(7, page, NOW);

    assertThat(result).isEqualTo(new PageUpsert(1000, 1000, 0, 0, 0));
    assertThat(count("SELECT count(*) FROM ozon.postings WHERE shop_id = 7")).isEqualTo(1000);
    assertThat(count("SELECT count(*) FROM ozon.posting_items")).isEqualTo(2000);
    assertThat(jdbc.sql("SELECT total_price FROM ozon.postings WHERE posting_number = '0001-0001-1'")
        .query(BigDecimal.class).single()).isEqualByComparingTo("3 500.00".replace(" ", ""));
    assertThat(jdbc.sql("SELECT offer_ids[1] FROM ozon.postings WHERE posting_number = '0001-0001-1'")
        .query(String.class).single()).isEqualTo("offer-1-a");
  }

  @Test
  void repeatingAPageChangesNothing() {
    postings.upsertPage(7, page(50, "awaiting_packaging"), NOW);

    var again = postings.upsertPage(7, page(50, "awaiting_packaging"), NOW.plusSeconds(60));

    assertThat(again).isEqualTo(new PageUpsert(50, 0, 0, 50, 0));
    assertThat(count("SELECT count(*) FROM ozon.postings WHERE updated_at > first_seen_at")).isZero();
  }

  @Test
  void updatesOnlyPostingsWhoseDocumentChangedAndTrimsRemovedItems() {
    postings.upsertPage(7, page(10, "awaiting_packaging"), NOW);
    var changed = new ArrayList<>(page(10, "awaiting_packaging"));
    var first = changed.getFirst();
    changed.set(0, new PostingSnapshot(first.postingNumber(), Scheme.fbs, first.orderId(), first.orderNumber(),
        "awaiting_deliver", null, first.inProcessAt(), first.shipmentDate(), null, "Courier", 1L, null, null,
        first.items().subList(0, 1), "{\"status\":\"awaiting_deliver\",\"n\":1}"));

    var result = postings.upsertPage(7, changed, NOW.plusSeconds(60));

    assertThat(result).isEqualTo(new PageUpsert(10, 0, 1, 9, 0));
    assertThat(jdbc.sql("SELECT status FROM ozon.postings WHERE posting_number = :n")
        .param("n", first.postingNumber()).query(String.class).single()).isEqualTo("awaiting_deliver");
    assertThat(count("SELECT count(*) FROM ozon.posting_items i JOIN ozon.postings p ON p.id = i.posting_id "
        + "WHERE p.posting_number = '0001-0001-1'")).isEqualTo(1);
  }

  @Test
  void keepsAnUnknownStatusRawAndFlagsThePosting() {
    var result = postings.upsertPage(7, page(3, "awaiting_teleportation"), NOW);

    assertThat(result.unknownStatus()).isEqualTo(3);
    assertThat(count("SELECT count(*) FROM ozon.postings WHERE NOT status_known "
        + "AND status = 'awaiting_teleportation'")).isEqualTo(3);
  }

  @Test
  void keepsShopsApartForTheSamePostingNumber() {
    postings.upsertPage(7, page(5, "awaiting_packaging"), NOW);

    var other = postings.upsertPage(8, page(5, "awaiting_packaging"), NOW);

    assertThat(other.inserted()).isEqualTo(5);
    assertThat(count("SELECT count(*) FROM ozon.postings")).isEqualTo(10);
  }

  @Test
  void pagesThroughAListToTheEndWithNoLossOrDuplicate() {
    postings.upsertPage(7, page(95, "awaiting_packaging"), NOW);
    postings.upsertPage(8, page(5, "awaiting_packaging"), NOW);
    var filter = new PostingFilter(List.of(7L), null, null, null, null);

    var seen = new ArrayList<String>();
    PostingCursor after = null;
    List<PostingSummary> chunk;
    do {
      chunk = postings.list(filter, after, 10);
      chunk.forEach(p -> seen.add(p.postingNumber()));
      after = chunk.isEmpty() ? null : new PostingCursor(chunk.getLast().inProcessAt(), chunk.getLast().id());
    } while (chunk.size() == 10);

    assertThat(seen).hasSize(95).doesNotHaveDuplicates();
    assertThat(seen.getFirst()).isEqualTo("0001-0001-1");
  }

  @Test
  void filtersByStatusKeywordAndTime() {
    postings.upsertPage(7, page(20, "awaiting_packaging"), NOW);
    postings.upsertPage(7, page(3, "delivered").stream().map(p -> new PostingSnapshot("D-" + p.postingNumber(),
        p.scheme(), p.orderId(), p.orderNumber(), p.status(), null, p.inProcessAt(), p.shipmentDate(), null,
        p.deliveryMethod(), p.warehouseId(), null, null, p.items(), p.raw())).toList(), NOW);
    var all = new PostingFilter(List.of(7L), null, null, null, null);

    assertThat(postings.countByStatus(all)).containsEntry("awaiting_packaging", 20L).containsEntry("delivered", 3L);
    assertThat(postings.list(new PostingFilter(List.of(7L), "delivered", null, null, null), null, 50))
        .extracting(PostingSummary::postingNumber).allMatch(n -> n.startsWith("D-")).hasSize(3);
    assertThat(postings.list(new PostingFilter(List.of(7L), null, null, null, "0012-"), null, 50))
        .extracting(PostingSummary::postingNumber).containsExactly("0012-0012-1");
    assertThat(postings.list(new PostingFilter(List.of(7L), null, null, null, "offer-2-b"), null, 50))
        .extracting(PostingSummary::postingNumber).containsExactlyInAnyOrder("0002-0002-1", "D-0002-0002-1");
    assertThat(postings.list(new PostingFilter(List.of(7L), null, null, null, "2017"), null, 50))
        .extracting(PostingSummary::postingNumber).containsExactly("0017-0017-1");
    assertThat(postings.list(new PostingFilter(List.of(7L), "awaiting_packaging", NOW.minusSeconds(5), null, null),
        null, 50)).hasSize(5);
    assertThat(postings.list(new PostingFilter(List.of(7L), null, null, null, "100%_'; DROP TABLE x"), null, 50))
        .isEmpty();
  }

  @Test
  void findsOnePostingWithItemsOnlyInsideTheGivenShops() {
    postings.upsertPage(7, page(2, "awaiting_packaging"), NOW);

    assertThat(postings.find(List.of(7L), "0002-0002-1")).get()
        .satisfies(p -> assertThat(p.items()).extracting(PostingSummary.Line::offerId)
            .containsExactly("offer-2-a", "offer-2-b"));
    assertThat(postings.find(List.of(8L), "0002-0002-1")).isEmpty();
  }

  private static long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static List<PostingSnapshot> page(int size, String status) {
    var page = new ArrayList<PostingSnapshot>(size);
    for (var n = 1; n <= size; n++) {
      var number = "%04d-%04d-1".formatted(n, n);
      var items = List.of(
          new Item(1000L + n, "offer-" + n + "-a", "Кружка", 2, new BigDecimal("1250.00"), "RUB"),
          new Item(2000L + n, "offer-" + n + "-b", "Чайник", 1, new BigDecimal("1000.00"), "RUB"));
      page.add(new PostingSnapshot(number, Scheme.fbs, 500L + n, "%04d-%04d".formatted(n, n), status, null,
          NOW.minusSeconds(n), NOW.plusSeconds(86_400), null, "Courier", 1L, null, null, items,
          "{\"status\":\"" + status + "\",\"n\":" + n + "}"));
    }
    return page;
  }
}
