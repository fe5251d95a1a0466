package com.euraflow.ozon.client;

import static com.euraflow.ozon.client.FakeOzon.Reply.json;
import static com.euraflow.ozon.client.OzonClientFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.euraflow.kernel.sharedstate.RateLimit;
import com.euraflow.kernel.sharedstate.RateLimiter;
import com.euraflow.ozon.client.products.ProductListRequest;
import com.euraflow.ozon.client.products.ProductsStocksRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One request budget per Client-Id, shared by every client instance, plus per-method limits. */
class OzonRateBudgetTests {

  private static final String EMPTY_PAGE =
      "{\"result\": {\"items\": [], \"total\": 0, \"last_id\": \"\"}}";

  private final FakeOzon ozon;

  OzonRateBudgetTests() throws Exception {
    ozon = new FakeOzon();
  }

  @AfterEach
  void close() {
    ozon.close();
  }

  private OzonProperties budget(int requestsPerSecond, Duration maxPermitWait) {
    var defaults = OzonClientFixture.properties(ozon.baseUrl());
    return new OzonProperties(
        defaults.baseUrl(),
        defaults.connectTimeout(),
        defaults.requestTimeout(),
        defaults.retry(),
        new OzonProperties.Budget(requestsPerSecond, maxPermitWait));
  }

  @Test
  void twoClientsOnOneLimiterNeverExceedTheRateTogether() throws Exception {
    var rate = 20;
    var calls = 60;
    ozon.on(
        "/v3/product/list",
        IntStream.range(0, calls).mapToObj(i -> json(EMPTY_PAGE)).toArray(FakeOzon.Reply[]::new));
    var shared = new InMemoryRateLimiter();
    var properties = budget(rate, Duration.ofSeconds(10));
    try (var first =
            OzonClientFixture.client(
                properties, shared, new SimpleMeterRegistry(), Sleeper.threadSleep());
        var second =
            OzonClientFixture.client(
                properties, shared, new SimpleMeterRegistry(), Sleeper.threadSleep());
        var workers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (var i = 0; i < calls; i++) {
        var client = i % 2 == 0 ? first : second;
        workers.submit(() -> client.productList(SHOP, ProductListRequest.all(10)));
      }
    }

    var arrivals = ozon.received().stream().map(FakeOzon.Received::at).sorted().toList();
    assertThat(arrivals).hasSize(calls);
    // A bucket of `rate` permits refilled at `rate`/s lets through at most rate + rate·T in any T.
    var window = Duration.ofMillis(500);
    assertThat(maxInAnyWindow(arrivals, window)).isLessThanOrEqualTo(rate + rate / 2 + 4);
    // Beyond the first bucketful the calls need (calls - rate) / rate seconds; separate budgets
    // would take half that. A quarter of slack absorbs connection set-up delaying early arrivals.
    assertThat(Duration.between(arrivals.getFirst(), arrivals.getLast()))
        .isGreaterThanOrEqualTo(Duration.ofMillis((calls - rate) * 750L / rate));
  }

  private static int maxInAnyWindow(List<Instant> sorted, Duration window) {
    var max = 0;
    for (var start = 0; start < sorted.size(); start++) {
      var end = sorted.get(start).plus(window);
      var count = 0;
      for (var i = start; i < sorted.size() && sorted.get(i).isBefore(end); i++) {
        count++;
      }
      max = Math.max(max, count);
    }
    return max;
  }

  @Test
  void takesTheMethodPermitThenTheClientIdPermit() {
    ozon.on("/v2/products/stocks", json("{\"result\": []}"));
    var asked = new ArrayList<String>();
    RateLimiter recording =
        (key, limit) -> {
          asked.add(key + " " + limit.permits() + "/" + limit.period().toSeconds() + "s");
          return Duration.ZERO;
        };
    try (var client =
        OzonClientFixture.client(
            OzonClientFixture.properties(ozon.baseUrl()),
            recording,
            new SimpleMeterRegistry(),
            new RecordingSleeper())) {
      client.updateStocks(
          SHOP, new ProductsStocksRequest(List.of(ProductsStocksRequest.Stock.ofOffer("A", 1, 1))));
    }

    assertThat(asked)
        .containsExactly("ozon:123456:/v2/products/stocks 80/60s", "ozon:123456 50/1s");
  }

  @Test
  void waitsForAPermitWithinTheBound() {
    ozon.on("/v3/product/list", json(EMPTY_PAGE));
    var waits = new ArrayDeque<>(List.of(Duration.ofMillis(300), Duration.ofMillis(200)));
    RateLimiter busy = (key, limit) -> waits.isEmpty() ? Duration.ZERO : waits.poll();
    var sleeper = new RecordingSleeper();
    try (var client =
        OzonClientFixture.client(
            budget(50, Duration.ofSeconds(1)), busy, new SimpleMeterRegistry(), sleeper)) {
      client.productList(SHOP, ProductListRequest.all(10));
    }

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(300), Duration.ofMillis(200));
    assertThat(ozon.received()).hasSize(1);
  }

  @Test
  void defersWhenTheWarehouseListWasCalledThisMinute() {
    ozon.on("/v1/warehouse/list", json("{\"result\": []}"), json("{\"result\": []}"));
    var meters = new SimpleMeterRegistry();
    var limiter = new InMemoryRateLimiter();
    var otherShop = new OzonCredentials("654321", "another-key");
    try (var client =
        OzonClientFixture.client(
            budget(50, Duration.ofSeconds(5)), limiter, meters, new RecordingSleeper())) {
      client.warehouseList(SHOP);

      var error = catchThrowableOfType(OzonThrottled.class, () -> client.warehouseList(SHOP));
      client.warehouseList(otherShop);

      assertThat(error.retryAfter()).isGreaterThan(Duration.ofSeconds(55));
      assertThat(error.getMessage()).doesNotContain(SHOP.apiKey());
    }
    assertThat(ozon.received())
        .extracting(FakeOzon.Received::clientId)
        .containsExactly("123456", "654321");
    assertThat(
            meters
                .get("ef.ozon.requests")
                .tag("method", "/v1/warehouse/list")
                .tag("outcome", "budget_exhausted")
                .counter()
                .count())
        .isEqualTo(1);
  }

  @Test
  void usesTheReferenceLimitsPerMethod() {
    assertThat(OzonEndpoint.PRODUCTS_STOCKS.limit()).contains(RateLimit.perMinute(80));
    assertThat(OzonEndpoint.WAREHOUSE_LIST.limit()).contains(RateLimit.perMinute(1));
    assertThat(OzonEndpoint.PRODUCT_LIST.limit()).isEmpty();
  }
}
