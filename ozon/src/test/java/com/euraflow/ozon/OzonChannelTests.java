package com.euraflow.ozon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobEvent;
import com.euraflow.jobs.JobRequest;
import com.euraflow.jobs.JobState;
import com.euraflow.kernel.Api;
import com.euraflow.kernel.accounts.AccountService;
import com.euraflow.kernel.jobsapi.Jobs;
import com.euraflow.kernel.Api.Login;
import com.euraflow.kernel.observability.StatementCounter;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.paging.OzonPages;
import com.euraflow.ozon.client.postings.PostingFbsListRequest;
import com.euraflow.ozon.client.products.ProductListRequest;
import com.euraflow.ozon.client.products.StocksByWarehouseRequest;
import com.euraflow.sandbox.OzonSandbox;
import com.euraflow.sandbox.SandboxSettings;
import com.euraflow.sandbox.SandboxShop;
import com.euraflow.sandbox.control.Faults;
import com.euraflow.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OZON channel end to end: real PostgreSQL, the real job engine working every lane, and the sandbox as
 * OZON. Each test binds its own sandbox shop to its own main account, so tests do not share data.
 */
@SpringBootTest(classes = OzonTestApplication.class)
@AutoConfigureMockMvc
class OzonChannelTests {

  private static final Duration SYNC = Duration.ofSeconds(60);
  private static final TestDatabase DB = TestDatabase.create();
  private static final OzonSandbox SANDBOX = OzonSandbox.start(SandboxSettings.builder()
      .shops(9).productsPerShop(60).postingsPerShop(300).seed(20261126).postingsPerHour(0)
      // labels ready a second after packing, on the wall clock: tests share this sandbox, so none may move its clock
      .labelDelay(Duration.ofSeconds(1)).build());

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::jdbcUrl);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "20");
    registry.add("euraflow.ozon.base-url", SANDBOX::baseUrl);
    registry.add("euraflow.ozon.retry.initial-backoff", () -> "10ms");
    registry.add("euraflow.ozon.retry.max-backoff", () -> "40ms");
    // a hung OZON call is cut here after 1 s instead of OZON's 10 s, so the fault test stays short
    registry.add("euraflow.ozon.request-timeout", () -> "1s");
    registry.add("euraflow.jobs.lanes", () -> "ef_pull,ef_push,ef_sync,ef_core,ef_low");
    registry.add("euraflow.jobs.poll-interval", () -> "200ms");
    registry.add("euraflow.jobs.defaults.rate-limit", () -> "none");
    registry.add("euraflow.jobs.retry.base", () -> "200ms");
    registry.add("euraflow.jobs.retry.cap", () -> "2s");
    registry.add("euraflow.jobs.jobs[ef.ozon.orders.pull].rate-limit", () -> "6000/m");
    // scheduled syncs would run at random moments; the tests start every sync themselves
    registry.add("euraflow.ozon.sync.orders-pull-cron", () -> "0 0 0 1 1 *");
    registry.add("euraflow.ozon.sync.products-sync-cron", () -> "0 0 0 1 1 *");
    registry.add("euraflow.ozon.sync.warehouses-sync-cron", () -> "0 0 0 1 1 *");
  }

  @AfterAll
  static void stop() {
    SANDBOX.close();
    DB.close();
  }

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired OzonClient ozon;
  @Autowired Jobs jobs;
  @Autowired AccountService accounts;
  @Autowired JobClient jobClient;

  private Api api() {
    return new Api(mvc, json);
  }

  @Test
  void bindingAShopBringsItsWarehousesProductsAndPostingsThenIncrementalPullsAddNewAndChanged() {
    var api = api();
    var main = api.mainAccount();
    var sandboxShop = SANDBOX.shops().get(0);
    var shopId = bind(api, main, sandboxShop);

    awaitSynced(api, main, shopId);

    var credentials = credentials(sandboxShop);
    var ozonProducts = OzonPages.stream(ProductListRequest.all(1000), q -> ozon.productList(credentials, q))
        .mapToLong(p -> p.result().items().size()).sum();
    assertThat(count("ozon.products", shopId)).isEqualTo(ozonProducts).isPositive();
    assertThat(count("ozon.warehouses", shopId)).isPositive();
    assertThat(count("ozon.postings", shopId)).isEqualTo(ozonFbsPostings(credentials) + fboPostings(shopId));

    var added = SANDBOX.control().addPostings(sandboxShop.clientId(), 3);
    var changed = jdbc.sql("SELECT posting_number FROM ozon.postings WHERE shop_id = :s AND status = 'awaiting_packaging' "
        + "AND scheme = 'fbs' LIMIT 1").param("s", shopId).query(String.class).single();
    SANDBOX.control().setPostingStatus(sandboxShop.clientId(), changed, "delivering");

    var first = api.post("/api/ef/v1/ozon/orders/sync", main.as(), Map.of("shopId", shopId));
    var second = api.post("/api/ef/v1/ozon/orders/sync", main.as(), Map.of("shopId", shopId));
    assertThat(first.status()).isEqualTo(202);
    awaitJobs(api, main, first.body());
    awaitJobs(api, main, second.body());

    assertThat(numbers(shopId)).containsAll(added);
    assertThat(status(shopId, changed)).isEqualTo("delivering");
    assertThat(count("ozon.postings", shopId)).isEqualTo(ozonFbsPostings(credentials) + fboPostings(shopId));
    var stats = api.get("/api/ef/v1/ozon/orders/stats?shopId=" + shopId, main.as()).body();
    assertThat(stats.get("delivering").asLong()).isPositive();
  }

  @Test
  void listsRunAConstantNumberOfStatementsWhateverThePageSize() {
    var api = api();
    var main = api.mainAccount();
    var shopId = bind(api, main, SANDBOX.shops().get(1));
    awaitSynced(api, main, shopId);

    var small = statements(api, main, "/api/ef/v1/ozon/orders?limit=5&shopId=" + shopId);
    var large = statements(api, main, "/api/ef/v1/ozon/orders?limit=1000&shopId=" + shopId);
    var products = statements(api, main, "/api/ef/v1/ozon/products?limit=5");
    var allProducts = statements(api, main, "/api/ef/v1/ozon/products?limit=1000&sort=price&dir=desc");

    var warehouse = jdbc.sql("SELECT min(warehouse_id) FROM ozon.warehouses WHERE shop_id = :s").param("s", shopId)
        .query(Long.class).single();
    var offers = jdbc.sql("SELECT offer_id FROM ozon.products WHERE shop_id = :s ORDER BY offer_id")
        .param("s", shopId).query(String.class).list();
    var oneEdit = statements(api, main, "/api/ef/v1/ozon/products/stocks", Map.of("shopId", shopId,
        "items", List.of(Map.of("offerId", offers.getFirst(), "warehouseId", warehouse, "stock", 1))));
    var manyEdits = statements(api, main, "/api/ef/v1/ozon/products/stocks", Map.of("shopId", shopId,
        "items", offers.stream().map(o -> Map.of("offerId", o, "warehouseId", warehouse, "stock", 2)).toList()));

    assertThat(offers).hasSizeGreaterThanOrEqualTo(50);
    assertThat(manyEdits).isEqualTo(oneEdit);
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(5);
    assertThat(allProducts).isEqualTo(products).isLessThanOrEqualTo(5);
    var page = api.get("/api/ef/v1/ozon/orders?limit=1000&shopId=" + shopId, main.as()).body();
    assertThat(page.get("items").size()).isEqualTo((int) count("ozon.postings", shopId));
    assertThat(page.get("items").get(0).get("items").size()).isPositive();
  }

  @Test
  void stockAndPriceEditsReachOzonWithEachItemsAnswerAndTheMarginGuardHolds() {
    var api = api();
    var main = api.mainAccount();
    var sandboxShop = SANDBOX.shops().get(2);
    var shopId = bind(api, main, sandboxShop);
    awaitSynced(api, main, shopId);
    var offers = jdbc.sql("SELECT offer_id FROM ozon.products WHERE shop_id = :s AND status = 'price_sent' "
        + "AND sku IS NOT NULL ORDER BY offer_id LIMIT 2").param("s", shopId).query(String.class).list();
    var warehouse = jdbc.sql("SELECT min(warehouse_id) FROM ozon.warehouses WHERE shop_id = :s")
        .param("s", shopId).query(Long.class).single();

    var unknown = api.post("/api/ef/v1/ozon/products/stocks", main.as(), Map.of("shopId", shopId,
        "items", List.of(Map.of("offerId", offers.get(0), "warehouseId", warehouse, "stock", 5),
            Map.of("offerId", "no-such-offer", "warehouseId", warehouse, "stock", 5))));
    var edit = api.post("/api/ef/v1/ozon/products/stocks", main.as(), Map.of("shopId", shopId,
        "items", List.of(Map.of("offerId", offers.get(0), "warehouseId", warehouse, "stock", 17),
            Map.of("offerId", offers.get(1), "warehouseId", warehouse, "stock", 0))));

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.raw()).contains("items[1]");
    assertThat(edit.status()).isEqualTo(202);
    await().atMost(SYNC).until(() -> api.get("/api/ef/v1/ozon/products/stocks/changes?shopId=" + shopId, main.as())
        .body().valueStream().allMatch(c -> c.get("state").asString().equals("updated")));
    var sku = jdbc.sql("SELECT sku FROM ozon.products WHERE shop_id = :s AND offer_id = :o").param("s", shopId)
        .param("o", offers.get(0)).query(Long.class).single();
    var atOzon = ozon.stocksByWarehouse(credentials(sandboxShop), new StocksByWarehouseRequest(List.of(sku))).result();
    // OZON's present counts reserved units too; what a seller sets is the free rest
    assertThat(atOzon).filteredOn(row -> row.warehouseId() == warehouse)
        .singleElement().satisfies(row -> assertThat(row.present() - row.reserved()).isEqualTo(17));

    var productId = jdbc.sql("SELECT id FROM ozon.products WHERE shop_id = :s AND offer_id = :o").param("s", shopId)
        .param("o", offers.get(0)).query(Long.class).single();
    assertThat(api.put("/api/ef/v1/ozon/products/" + productId + "/purchase-cost", main.as(),
        Map.of("purchaseCost", 100)).status()).isEqualTo(200);
    assertThat(api.put("/api/ef/v1/ozon/shops/" + shopId + "/price-guard", main.as(), Map.of("minMargin", 0.2))
        .status()).isEqualTo(204);
    var guarded = api.post("/api/ef/v1/ozon/products/prices", main.as(), Map.of("shopId", shopId,
        "items", List.of(Map.of("offerId", offers.get(0), "price", 110))));
    var badOldPrice = api.post("/api/ef/v1/ozon/products/prices", main.as(), Map.of("shopId", shopId,
        "items", List.of(Map.of("offerId", offers.get(0), "price", 150, "oldPrice", 140))));
    var priced = api.post("/api/ef/v1/ozon/products/prices", main.as(), Map.of("shopId", shopId,
        "items", List.of(Map.of("offerId", offers.get(0), "price", 1500, "oldPrice", 1800))));

    assertThat(guarded.status()).isEqualTo(422);
    assertThat(guarded.code()).isEqualTo("PRICE_GUARD");
    assertThat(badOldPrice.status()).isEqualTo(400);
    assertThat(badOldPrice.raw()).contains("items[0].oldPrice");
    assertThat(priced.status()).isEqualTo(202);
    await().atMost(SYNC).until(() -> api.get("/api/ef/v1/ozon/products/prices/changes?shopId=" + shopId, main.as())
        .body().valueStream().allMatch(c -> c.get("state").asString().equals("updated")));
    assertThat(api.get("/api/ef/v1/ozon/products/prices/changes?shopId=" + shopId, main.as()).body()).hasSize(1);
    assertThat(api.get("/api/ef/v1/ozon/products/" + productId, main.as()).body().get("price").decimalValue())
        .isEqualByComparingTo("1500");
  }

  @Test
  void aWrongKeyStopsTheShopsJobsAndTellsTheSeller() {
    var api = api();
    var main = api.mainAccount();
    var sandboxShop = SANDBOX.shops().get(3);
    var shopId = bind(api, main, new SandboxShop(sandboxShop.index(), sandboxShop.name(), sandboxShop.clientId(),
        "00000000-0000-0000-0000-000000000000"));

    await().atMost(SYNC).until(() -> api.get("/api/ef/v1/ozon/shops", main.as()).body().valueStream()
        .anyMatch(s -> s.get("id").asLong() == shopId && s.get("status").asString().equals("needs_new_key")));
    var states = api.get("/api/ef/v1/ozon/sync-status?shopId=" + shopId, main.as()).body();
    assertThat(states.valueStream().map(s -> s.get("lastError").asString()))
        .anyMatch(e -> e.contains("credentials"));
    await().atMost(SYNC).until(() -> jdbc.sql("SELECT count(*) FROM jobs.job WHERE shop_id = :s AND state IN "
        + "('queued', 'running')").param("s", shopId).query(Long.class).single() == 0);
    assertThat(jdbc.sql("SELECT count(*) FROM jobs.job WHERE shop_id = :s AND state = 'succeeded'")
        .param("s", shopId).query(Long.class).single()).isZero();

    // an operator sees the lanes and may retry the failed job once the seller fixed the key; the seller may not
    var failed = jdbc.sql("SELECT min(id) FROM jobs.job WHERE shop_id = :s AND state = 'failed'").param("s", shopId)
        .query(Long.class).single();
    var detail = api.get("/api/ef/v1/jobs/" + failed, main.as()).body();
    assertThat(detail.get("job").get("lastError").asString()).contains("credentials");
    assertThat(api.get("/api/ef/v1/jobs/lanes", main.as()).status()).isEqualTo(403);
    assertThat(api.post("/api/ef/v1/jobs/" + failed + "/retry", main.as(), null).status()).isEqualTo(403);
    var lanes = api.get("/api/ef/v1/jobs/lanes", api.admin().as());
    assertThat(lanes.status()).isEqualTo(200);
    assertThat(lanes.body().isArray()).isTrue();
    assertThat(api.post("/api/ef/v1/jobs/" + failed + "/retry", api.admin().as(), null).status()).isEqualTo(200);
  }

  @Test
  void throttlingOutagesAndHangsSlowASyncDownButItCompletesWithTheSameData() {
    var api = api();
    var main = api.mainAccount();
    var sandboxShop = SANDBOX.shops().get(4);
    // not on the warehouse list: OZON allows it once a minute, so a refused call waits a minute by design
    var storm = Faults.NONE.tooManyRequests(0.15).error503(0.1).hang(0.05, 5_000).latency(1, 20);
    SANDBOX.control().setShopFaults(sandboxShop.clientId(), storm.onPath("/v3/product"));
    var shopId = bind(api, main, sandboxShop);
    try {
      awaitSynced(api, main, shopId);
      SANDBOX.control().setShopFaults(sandboxShop.clientId(), storm.onPath("/v4/posting"));
      SANDBOX.control().addPostings(sandboxShop.clientId(), 4);
      awaitJobs(api, main, api.post("/api/ef/v1/ozon/orders/sync", main.as(), Map.of("shopId", shopId)).body());
    } finally {
      SANDBOX.control().setShopFaults(sandboxShop.clientId(), Faults.NONE);
    }

    var calls = SANDBOX.control().callCounts(sandboxShop.clientId());
    assertThat(calls.get("POST /v3/product/list") + calls.get("POST /v4/posting/fbs/list"))
        .as("faults make EuraFlow call again").isGreaterThan(4);
    var credentials = credentials(sandboxShop);
    var ozonProducts = OzonPages.stream(ProductListRequest.all(1000), q -> ozon.productList(credentials, q))
        .mapToLong(p -> p.result().items().size()).sum();
    assertThat(count("ozon.products", shopId)).isEqualTo(ozonProducts);
    assertThat(count("ozon.postings", shopId)).isEqualTo(ozonFbsPostings(credentials) + fboPostings(shopId));
  }

  @Test
  void anotherTenantSeesNothingAndChangesNothingOfAShop() {
    var api = api();
    var owner = api.mainAccount();
    var shopId = bind(api, owner, SANDBOX.shops().get(5));
    awaitSynced(api, owner, shopId);
    var posting = jdbc.sql("SELECT posting_number FROM ozon.postings WHERE shop_id = :s AND scheme = 'fbs' LIMIT 1")
        .param("s", shopId).query(String.class).single();
    var product = jdbc.sql("SELECT id FROM ozon.products WHERE shop_id = :s LIMIT 1").param("s", shopId)
        .query(Long.class).single();
    var offer = jdbc.sql("SELECT offer_id FROM ozon.products WHERE id = :p").param("p", product)
        .query(String.class).single();
    var job = jdbc.sql("SELECT max(id) FROM jobs.job WHERE shop_id = :s").param("s", shopId).query(Long.class).single();
    var before = fingerprint(shopId);
    var other = api.mainAccount().as();

    var answers = List.of(
        api.get("/api/ef/v1/ozon/orders?shopId=" + shopId, other),
        api.get("/api/ef/v1/ozon/orders/stats?shopId=" + shopId, other),
        api.get("/api/ef/v1/ozon/orders/" + posting, other),
        api.get("/api/ef/v1/ozon/products?shopId=" + shopId, other),
        api.get("/api/ef/v1/ozon/products/" + product, other),
        api.put("/api/ef/v1/ozon/products/" + product + "/purchase-cost", other, Map.of("purchaseCost", 1)),
        api.post("/api/ef/v1/ozon/products/stocks", other, Map.of("shopId", shopId,
            "items", List.of(Map.of("offerId", offer, "warehouseId", 1, "stock", 1)))),
        api.get("/api/ef/v1/ozon/products/stocks/changes?shopId=" + shopId, other),
        api.post("/api/ef/v1/ozon/products/prices", other, Map.of("shopId", shopId,
            "items", List.of(Map.of("offerId", offer, "price", 10)))),
        api.get("/api/ef/v1/ozon/products/prices/changes?shopId=" + shopId, other),
        api.put("/api/ef/v1/ozon/shops/" + shopId + "/price-guard", other, Map.of("minMargin", 0.5)),
        api.get("/api/ef/v1/ozon/shops/" + shopId + "/warehouses", other),
        api.post("/api/ef/v1/ozon/orders/sync", other, Map.of("shopId", shopId)),
        api.post("/api/ef/v1/ozon/products/sync", other, Map.of("shopId", shopId)),
        api.post("/api/ef/v1/ozon/shops/" + shopId + "/sync", other, null),
        api.post("/api/ef/v1/ozon/shops/" + shopId + "/sync-warehouses", other, null),
        api.get("/api/ef/v1/ozon/sync-status?shopId=" + shopId, other),
        api.post("/api/ef/v1/ozon/postings/" + posting + "/ship", other, null),
        api.post("/api/ef/v1/ozon/postings/" + posting + "/tracking", other, Map.of("trackingNumber", "X1")),
        api.post("/api/ef/v1/ozon/postings/" + posting + "/cancel", other, Map.of("cancelReasonId", 352)),
        api.get("/api/ef/v1/ozon/postings/" + posting + "/label", other),
        api.post("/api/ef/v1/ozon/packing/postings/batch-print-labels", other,
            Map.of("postingNumbers", List.of(posting))),
        api.get("/api/ef/v1/jobs/" + job, other),
        api.post("/api/ef/v1/jobs/" + job + "/cancel", other, null));

    assertThat(answers).allSatisfy(a -> {
      assertThat(a.status()).as(a.raw()).isEqualTo(404);
      assertThat(a.code()).isEqualTo("NOT_FOUND");
    });
    assertThat(api.get("/api/ef/v1/ozon/orders", other).body().get("items")).isEmpty();
    assertThat(api.get("/api/ef/v1/ozon/products", other).body().get("items")).isEmpty();
    assertThat(api.get("/api/ef/v1/ozon/sync-status", other).body()).isEmpty();
    assertThat(api.get("/api/ef/v1/jobs", other).body().get("jobs")).isEmpty();
    assertThat(fingerprint(shopId)).isEqualTo(before);
  }

  @Test
  void followsTheProgressOfItsOwnShopsJobsOnly() throws Exception {
    var api = api();
    var main = api.mainAccount();
    var other = api.mainAccount();
    var shopId = bind(api, main, SANDBOX.shops().get(7));
    awaitSynced(api, main, shopId);
    var mine = new java.util.concurrent.CopyOnWriteArrayList<JobEvent>();
    var theirs = new java.util.concurrent.CopyOnWriteArrayList<JobEvent>();

    try (var a = jobs.follow(accounts.caller(main.id(), 0).orElseThrow(), null, mine::add);
        var b = jobs.follow(accounts.caller(other.id(), 0).orElseThrow(), null, theirs::add)) {
      var started = api.post("/api/ef/v1/ozon/products/sync", main.as(), Map.of("shopId", shopId)).body();
      var jobId = started.get(0).get("jobId").asLong();
      await().atMost(SYNC).until(() -> mine.stream().anyMatch(e -> e.jobId() == jobId && e.state() == JobState.SUCCEEDED));
    }

    assertThat(mine).extracting(JobEvent::shopId).containsOnly(shopId);
    assertThat(mine).anyMatch(e -> e.progressMessage() != null && e.progressMessage().contains("products"));
    assertThat(theirs).noneMatch(e -> Long.valueOf(shopId).equals(e.shopId()));
  }

  @Test
  void shipsAPostingThenPrintsItsLabelAndCountsThePrint() throws Exception {
    var api = api();
    var main = api.mainAccount();
    var shopId = bind(api, main, SANDBOX.shops().get(6));
    awaitSynced(api, main, shopId);
    var posting = jdbc.sql("SELECT posting_number FROM ozon.postings WHERE shop_id = :s AND scheme = 'fbs' "
        + "AND status = 'awaiting_packaging' ORDER BY posting_number LIMIT 1").param("s", shopId)
        .query(String.class).single();

    var notYet = api.post("/api/ef/v1/ozon/packing/postings/batch-print-labels", main.as(),
        Map.of("postingNumbers", List.of(posting)));
    var shipped = api.post("/api/ef/v1/ozon/postings/" + posting + "/ship", main.as(), null);
    assertThat(notYet.status()).isEqualTo(422);
    assertThat(shipped.status()).isEqualTo(202);
    await().atMost(SYNC).until(() -> status(shopId, posting).equals("awaiting_deliver"));

    var fetching = api.post("/api/ef/v1/ozon/packing/postings/batch-print-labels", main.as(),
        Map.of("postingNumbers", List.of(posting)));
    assertThat(fetching.status()).isEqualTo(202);
    await().atMost(SYNC).until(() -> pdf(main, "/api/ef/v1/ozon/postings/" + posting + "/label") != null);

    var printed = pdf(main, "/api/ef/v1/ozon/postings/" + posting + "/label");
    assertThat(new String(printed, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(jdbc.sql("SELECT label_print_count FROM ozon.postings WHERE shop_id = :s AND posting_number = :n")
        .param("s", shopId).param("n", posting).query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void scheduledPullsAreSpreadOverThePeriodAndSyncNowBringsTheShopsPullForward() {
    var api = api();
    var main = api.mainAccount();
    var shopId = bind(api, main, SANDBOX.shops().get(8));
    awaitSynced(api, main, shopId);

    var before = Instant.now();
    fanOutOrdersPulls();
    fanOutOrdersPulls();

    // the cron of these tests is yearly: each shop's pulls are due somewhere in the coming year, FBS and FBO half a
    // period apart, and a second fan-out adds nothing while they wait
    var queued = jdbc.sql("SELECT name, run_at FROM jobs.job WHERE shop_id = :s AND state = 'queued' ORDER BY name")
        .param("s", shopId).query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant())).list();
    assertThat(queued).extracting(Map.Entry::getKey).containsExactly("ef.ozon.orders.pull", "ef.ozon.orders.pull_fbo");
    assertThat(queued).allSatisfy(job -> assertThat(job.getValue()).isBetween(before, before.plus(Duration.ofDays(366))));
    var apart = Duration.between(queued.get(0).getValue(), queued.get(1).getValue()).abs();
    assertThat(apart.toDays()).isIn(182L, 183L);
    var dueTimes = jdbc.sql("SELECT count(DISTINCT run_at), count(*) FROM jobs.job WHERE name = 'ef.ozon.orders.pull' "
        + "AND state = 'queued'").query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    assertThat(dueTimes.get(0)).as("every shop at its own time").isEqualTo(dueTimes.get(1));

    var added = SANDBOX.control().addPostings(SANDBOX.shops().get(8).clientId(), 2);
    var click = api.post("/api/ef/v1/ozon/orders/sync", main.as(), Map.of("shopId", shopId));
    assertThat(click.body().valueStream().map(s -> s.get("alreadyQueued").asBoolean())).containsOnly(true);
    awaitJobs(api, main, click.body());
    assertThat(numbers(shopId)).containsAll(added);
  }

  private void fanOutOrdersPulls() {
    var fanOut = jobClient.enqueue(JobRequest.of("ef.ozon.orders.pull.all", "{}"));
    await().atMost(SYNC).until(() -> jobClient.find(fanOut.id()).orElseThrow().state() == JobState.SUCCEEDED);
  }

  private long bind(Api api, Login main, SandboxShop shop) {
    var bound = api.post("/api/ef/v1/ozon/shops", main.as(), Map.of("displayName", shop.name(),
        "clientId", Long.toString(shop.clientId()), "apiKey", shop.apiKey()));
    assertThat(bound.status()).as(bound.raw()).isEqualTo(201);
    return bound.body().get("id").asLong();
  }

  private void awaitSynced(Api api, Login main, long shopId) {
    await().atMost(SYNC).pollInterval(Duration.ofMillis(200)).until(() -> {
      var states = api.get("/api/ef/v1/ozon/sync-status?shopId=" + shopId, main.as()).body();
      var done = new HashSet<String>();
      states.valueStream().filter(s -> !s.get("lastSuccessAt").isNull()).forEach(s -> done.add(s.get("kind").asString()));
      return done.containsAll(List.of("warehouses", "products", "orders_fbs", "orders_fbo"));
    });
  }

  private void awaitJobs(Api api, Login main, JsonNode started) {
    started.valueStream().forEach(s -> {
      var path = "/api/ef/v1/jobs/" + s.get("jobId").asLong();
      await().atMost(SYNC).until(() -> !List.of("QUEUED", "RUNNING")
          .contains(api.get(path, main.as()).body().get("job").get("state").asString()));
      var job = api.get(path, main.as()).body();
      assertThat(job.get("job").get("state").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
    });
  }

  /** The label PDF when the answer is one (200), else null (202: still being fetched). */
  private byte[] pdf(Login main, String path) throws Exception {
    var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
        .header("Authorization", "Bearer " + main.accessToken())).andReturn().getResponse();
    if (response.getStatus() != 200) {
      assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(202);
      return null;
    }
    assertThat(response.getContentType()).startsWith("application/pdf");
    return response.getContentAsByteArray();
  }

  private int statements(Api api, Login main, String path) {
    try (var counter = StatementCounter.start()) {
      assertThat(api.get(path, main.as()).status()).isEqualTo(200);
      return counter.count();
    }
  }

  /**
   * Statements of a write outside the job engine: enqueueing its job takes one statement more when the job was
   * already queued (it returns that one), which depends on timing, not on the size of the write.
   */
  private long statements(Api api, Login main, String path, Object body) {
    try (var counter = StatementCounter.start()) {
      var answer = api.post(path, main.as(), body);
      assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
      return counter.sql().stream().filter(sql -> !sql.contains("jobs.")).count();
    }
  }

  private long ozonFbsPostings(OzonCredentials credentials) {
    var now = Instant.now();
    return OzonPages.stream(PostingFbsListRequest.between(now.minus(Duration.ofDays(90)), now.plusSeconds(60), 1000),
        q -> ozon.postingFbsList(credentials, q)).mapToLong(p -> p.postings().size()).sum();
  }

  private long fboPostings(long shopId) {
    return jdbc.sql("SELECT count(*) FROM ozon.postings WHERE shop_id = :s AND scheme = 'fbo'").param("s", shopId)
        .query(Long.class).single();
  }

  private long count(String table, long shopId) {
    return jdbc.sql("SELECT count(*) FROM " + table + " WHERE shop_id = :s").param("s", shopId)
        .query(Long.class).single();
  }

  private List<String> numbers(long shopId) {
    return jdbc.sql("SELECT posting_number FROM ozon.postings WHERE shop_id = :s").param("s", shopId)
        .query(String.class).list();
  }

  private String status(long shopId, String posting) {
    return jdbc.sql("SELECT status FROM ozon.postings WHERE shop_id = :s AND posting_number = :n")
        .param("s", shopId).param("n", posting).query(String.class).single();
  }

  /** Everything another tenant could have changed about a shop, as one comparable value. */
  private String fingerprint(long shopId) {
    return jdbc.sql("""
        SELECT (SELECT count(*) FROM ozon.stock_changes WHERE shop_id = :s) || '/'
            || (SELECT count(*) FROM ozon.price_changes WHERE shop_id = :s) || '/'
            || (SELECT count(*) FROM ozon.price_guards WHERE shop_id = :s) || '/'
            || (SELECT count(*) FROM jobs.job WHERE shop_id = :s) || '/'
            || (SELECT coalesce(sum(coalesce(purchase_cost, 0)), 0) FROM ozon.products WHERE shop_id = :s) || '/'
            || (SELECT coalesce(sum(label_print_count), 0) FROM ozon.postings WHERE shop_id = :s)
        """).param("s", shopId).query(String.class).single();
  }

  private static OzonCredentials credentials(SandboxShop shop) {
    return new OzonCredentials(Long.toString(shop.clientId()), shop.apiKey());
  }
}
