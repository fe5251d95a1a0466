package com.euraflow.ozon.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class ProductRepositoryTests {

  private static TestDatabase db;
  private static JdbcClient jdbc;
  private static ProductRepository products;
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @BeforeAll
  static void migrate() {
    db = OzonDatabase.create();
    jdbc = JdbcClient.create(db.dataSource());
    products = new ProductRepository(jdbc, JsonMapper.builder().build());
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void clean() {
    jdbc.sql("TRUNCATE ozon.products, ozon.product_stocks").update();
  }

  @Test
  void upsertsAPageAndRefreshesItOnTheNextSync() {
    assertThat(products.upsertPage(3, catalogue(300), NOW)).isEqualTo(300);

    var renamed = new ArrayList<>(catalogue(300));
    var first = renamed.getFirst();
    renamed.set(0, new ProductSnapshot(first.offerId(), first.productId(), first.sku(), "Новое имя", "price_sent",
        false, true, new BigDecimal("99.50"), null, null, "RUB", NOW, "{}"));
    products.upsertPage(3, renamed, NOW.plusSeconds(60));

    assertThat(jdbc.sql("SELECT count(*) FROM ozon.products").query(Long.class).single()).isEqualTo(300);
    assertThat(jdbc.sql("SELECT name FROM ozon.products WHERE product_id = :id").param("id", first.productId())
        .query(String.class).single()).isEqualTo("Новое имя");
  }

  @Test
  void replacesStockPerWarehouseAndKeepsTotals() {
    products.upsertPage(3, catalogue(3), NOW);
    products.replaceStocks(3, List.of(new WarehouseStock(1001, 10, 5, 1), new WarehouseStock(1001, 20, 7, 0),
        new WarehouseStock(1002, 10, 2, 2)), NOW);

    products.replaceStocks(3, List.of(new WarehouseStock(1001, 20, 4, 0)), NOW.plusSeconds(5));

    var first = products.list(filter(null), ProductSort.offer_id, false, null, 10).getFirst();
    assertThat(first.stocks()).containsExactly(new ProductSummary.Stock(20, 4, 0));
    assertThat(first.present()).isEqualTo(4);
    assertThat(products.list(filter(null), ProductSort.offer_id, false, null, 10).get(1).present()).isEqualTo(2);
  }

  @Test
  void pagesByEverySortWithNoLossOrDuplicate() {
    products.upsertPage(3, catalogue(57), NOW);
    for (var sort : ProductSort.values()) {
      for (var descending : List.of(false, true)) {
        var seen = new ArrayList<Long>();
        ProductCursor after = null;
        List<ProductSummary> chunk;
        do {
          chunk = products.list(filter(null), sort, descending, after, 10);
          chunk.forEach(p -> seen.add(p.id()));
          after = chunk.isEmpty() ? null
              : new ProductCursor(sort, ProductRepository.sortValue(chunk.getLast(), sort), chunk.getLast().id());
        } while (chunk.size() == 10);
        assertThat(seen).as("%s %s", sort, descending ? "desc" : "asc").hasSize(57).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void findsByOfferNameOrSkuKeyword() {
    products.upsertPage(3, catalogue(30), NOW);

    assertThat(products.list(filter("OFFER-0007"), ProductSort.offer_id, false, null, 10))
        .extracting(ProductSummary::offerId).containsExactly("offer-0007");
    assertThat(products.list(filter("9000012"), ProductSort.offer_id, false, null, 10))
        .extracting(ProductSummary::offerId).containsExactly("offer-0012");
    assertThat(products.list(filter("кружка 2"), ProductSort.offer_id, false, null, 50)).hasSize(11);
    assertThat(products.list(filter("%"), ProductSort.offer_id, false, null, 50)).isEmpty();
  }

  @Test
  void refusesACursorOfAnotherSortOrAForgedValue() {
    var cursor = new ProductCursor(ProductSort.price, "12.5", 4).encode();

    assertThat(ProductCursor.decode(cursor, ProductSort.price)).isEqualTo(new ProductCursor(ProductSort.price, "12.5", 4));
    assertThatThrownBy(() -> ProductCursor.decode(cursor, ProductSort.name)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProductCursor.decode(new ProductCursor(ProductSort.stock, "x'; --", 1).encode(),
        ProductSort.stock)).isInstanceOf(IllegalArgumentException.class);
  }

  private static ProductFilter filter(String keyword) {
    return new ProductFilter(List.of(3L), keyword, null, null, null);
  }

  private static List<ProductSnapshot> catalogue(int size) {
    var page = new ArrayList<ProductSnapshot>();
    for (var n = 1; n <= size; n++) {
      page.add(new ProductSnapshot("offer-%04d".formatted(n), 1000 + n, 9_000_000L + n, "Кружка " + n, "price_sent",
          false, true, new BigDecimal(100 + (n % 7)), null, null, "RUB", NOW, "{\"n\":" + n + "}"));
    }
    return page;
  }
}
