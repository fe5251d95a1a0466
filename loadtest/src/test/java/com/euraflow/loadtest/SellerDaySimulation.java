package com.euraflow.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * The seed plan's §2 seller workload: N sellers online, each logging in once and then working on its own shops
 * (postings lists with filters and details, product lists, stock and price edits, label batches, and "sync now" at
 * the plan's 50–80 an hour per 100 users), plus a burst in which a third of the users press "sync now" within a
 * minute. The scheduled pulls of every shop run inside EuraFlow meanwhile.
 *
 * <p>Every knob is a system property (see {@link LoadSettings}); run through {@code scripts/loadtest.sh}, never
 * during {@code mvn verify}.
 */
public class SellerDaySimulation extends Simulation {

  private static final String API = "/api/ef/v1";

  private final LoadSettings settings = LoadSettings.fromSystemProperties();

  private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
      .acceptHeader("application/json")
      .contentTypeHeader("application/json")
      .shareConnections()
      .disableCaching();

  private ChainBuilder logIn() {
    return exec(http("auth: login")
            .post(API + "/auth/login")
            .body(StringBody(s -> "{\"username\":\"" + s.getString("username") + "\",\"password\":\""
                + settings.password() + "\"}"))
            .check(status().is(200))
            .check(jsonPath("$.accessToken").saveAs("token")))
        .exec(http("shops: list")
            .get(API + "/ozon/shops")
            .header("Authorization", s -> "Bearer " + s.getString("token"))
            .check(status().is(200))
            .check(jsonPath("$[*].id").ofLong().findAll().saveAs("shopIds")));
  }

  private static String bearer(Session s) {
    return "Bearer " + s.getString("token");
  }

  private static <T> T pick(List<T> values) {
    return values.get(ThreadLocalRandom.current().nextInt(values.size()));
  }

  private static List<Integer> distinctIndexes(int size, int count) {
    var all = new ArrayList<>(IntStream.range(0, size).boxed().toList());
    java.util.Collections.shuffle(all, ThreadLocalRandom.current());
    return all.subList(0, Math.min(size, count));
  }

  private static Session withShop(Session s) {
    List<Long> shops = s.getList("shopIds");
    return s.set("shopId", pick(shops));
  }

  /** A postings list as the seller's tabs ask for it: a status, a date range, a search, one shop or all. */
  private static String ordersQuery(Session s) {
    var random = ThreadLocalRandom.current();
    var query = new StringBuilder("?limit=").append(random.nextBoolean() ? 20 : 50);
    if (random.nextInt(100) < 60) {
      query.append("&shopId=").append(s.getLong("shopId"));
    }
    switch (random.nextInt(6)) {
      case 0 -> query.append("&status=awaiting_packaging");
      case 1 -> query.append("&status=awaiting_deliver");
      case 2 -> query.append("&status=delivering");
      case 3 -> query.append("&status=delivered");
      default -> { }
    }
    if (random.nextInt(100) < 40) {
      var to = Instant.now().truncatedTo(ChronoUnit.MINUTES);
      query.append("&from=").append(to.minus(random.nextInt(1, 31), ChronoUnit.DAYS)).append("&to=").append(to);
    }
    if (random.nextInt(100) < 15) {
      query.append("&q=1000000");
    }
    return query.toString();
  }

  private ChainBuilder ordersList() {
    return exec(s -> withShop(s))
        .exec(http("orders: list")
            .get(s -> API + "/ozon/orders" + ordersQuery(s))
            .header("Authorization", SellerDaySimulation::bearer)
            .check(status().is(200))
            .check(jsonPath("$.items[*].postingNumber").findAll().optional().saveAs("seenPostings")))
        .exec(s -> s.contains("seenPostings") ? s.set("postings", s.getList("seenPostings")).remove("seenPostings") : s);
  }

  private ChainBuilder orderDetail() {
    return doIfPostingsKnown(exec(http("orders: detail")
        .get(s -> API + "/ozon/orders/" + pick(s.<String>getList("postings")))
        .header("Authorization", SellerDaySimulation::bearer)
        .check(status().is(200))));
  }

  private static ChainBuilder doIfPostingsKnown(ChainBuilder chain) {
    return doIf(s -> s.contains("postings") && !s.getList("postings").isEmpty()).then(chain);
  }

  private ChainBuilder ordersStats() {
    return exec(s -> withShop(s))
        .exec(http("orders: stats")
            .get(s -> API + "/ozon/orders/stats?shopId=" + s.getLong("shopId"))
            .header("Authorization", SellerDaySimulation::bearer)
            .check(status().is(200)));
  }

  private ChainBuilder productsList(String name) {
    return exec(s -> withShop(s))
        .exec(http(name)
            .get(s -> {
              var random = ThreadLocalRandom.current();
              var sort = pick(List.of("offer_id", "name", "price", "stock", "updated"));
              return API + "/ozon/products?shopId=" + s.getLong("shopId") + "&limit=50&sort=" + sort
                  + (random.nextInt(100) < 20 ? "&inStock=true" : "")
                  + (random.nextInt(100) < 20 ? "&dir=desc" : "");
            })
            .header("Authorization", SellerDaySimulation::bearer)
            .check(status().is(200))
            .check(jsonPath("$.items[*].offerId").findAll().optional().saveAs("offerIds"))
            .check(jsonPath("$.items[*].price").findAll().optional().saveAs("prices"))
            .check(jsonPath("$.items[*].stocks[0].warehouseId").ofLong().findAll().optional()
                .saveAs("warehouseIds")));
  }

  /** The seller opens the shop's products and edits the stock of 1–5 of them. */
  private ChainBuilder stockEdit() {
    return productsList("products: list").doIf(s -> s.contains("offerIds") && s.contains("warehouseIds"))
        .then(exec(http("stock: edit")
            .post(API + "/ozon/products/stocks")
            .header("Authorization", SellerDaySimulation::bearer)
            .body(StringBody(SellerDaySimulation::stockBody))
            .check(status().in(200, 202))));
  }

  private static String stockBody(Session s) {
    var random = ThreadLocalRandom.current();
    List<String> offers = s.getList("offerIds");
    List<Long> warehouses = s.getList("warehouseIds");
    var items = new ArrayList<String>();
    // distinct offers: the API refuses an offer and warehouse twice in one edit (400), as a seller's form would
    for (int at : distinctIndexes(offers.size(), random.nextInt(1, 6))) {
      items.add("{\"offerId\":\"" + offers.get(at) + "\",\"warehouseId\":" + pick(warehouses) + ",\"stock\":"
          + random.nextInt(0, 200) + "}");
    }
    return "{\"shopId\":" + s.getLong("shopId") + ",\"items\":[" + String.join(",", items) + "]}";
  }

  /** The seller opens the shop's products and moves the price of 1–3 of them by up to 5 %. */
  private ChainBuilder priceEdit() {
    return productsList("products: list").doIf(s -> s.contains("offerIds") && s.contains("prices"))
        .then(exec(http("prices: edit")
            .post(API + "/ozon/products/prices")
            .header("Authorization", SellerDaySimulation::bearer)
            .body(StringBody(SellerDaySimulation::priceBody))
            .check(status().in(200, 202))));
  }

  private static String priceBody(Session s) {
    var random = ThreadLocalRandom.current();
    List<String> offers = s.getList("offerIds");
    List<Object> prices = s.getList("prices");
    var items = new ArrayList<String>();
    for (int at : distinctIndexes(Math.min(offers.size(), prices.size()), random.nextInt(1, 4))) {
      var current = new BigDecimal(String.valueOf(prices.get(at)));
      var price = current.multiply(BigDecimal.valueOf(random.nextDouble(0.95, 1.05))).setScale(0, RoundingMode.HALF_UP);
      var oldPrice = price.multiply(BigDecimal.valueOf(1.25)).setScale(0, RoundingMode.HALF_UP);
      var minPrice = price.multiply(BigDecimal.valueOf(0.9)).setScale(0, RoundingMode.HALF_UP);
      items.add("{\"offerId\":\"" + offers.get(at) + "\",\"price\":" + price + ",\"oldPrice\":" + oldPrice
          + ",\"minPrice\":" + minPrice + "}");
    }
    return "{\"shopId\":" + s.getLong("shopId") + ",\"items\":[" + String.join(",", items) + "]}";
  }

  /**
   * The packer prints the labels of what it shipped at its previous turn (labels are ready some seconds after a
   * ship), then ships one FBS posting awaiting packaging. FBO postings have no seller labels.
   */
  private ChainBuilder labelBatch() {
    return doIf(s -> s.contains("shipped"))
        .then(exec(http("labels: batch print")
            .post(API + "/ozon/packing/postings/batch-print-labels")
            .header("Authorization", SellerDaySimulation::bearer)
            .header("Accept", "application/pdf, application/json")
            .body(StringBody(s -> "{\"postingNumbers\":[\"" + String.join("\",\"", s.<String>getList("shipped"))
                + "\"]}"))
            .check(status().in(200, 202)))
            .exec(s -> s.remove("shipped")))
        .exec(s -> withShop(s))
        .exec(http("orders: list")
            .get(s -> API + "/ozon/orders?status=awaiting_packaging&limit=20&shopId=" + s.getLong("shopId"))
            .header("Authorization", SellerDaySimulation::bearer)
            .check(status().is(200))
            .check(jsonPath("$.items[?(@.scheme == 'fbs')].postingNumber").findAll().optional().saveAs("toShip")))
        .doIf(s -> s.contains("toShip"))
        .then(exec(s -> s.set("shipping", pick(s.<String>getList("toShip"))).remove("toShip"))
            .exec(http("postings: ship")
                .post(s -> API + "/ozon/postings/" + s.getString("shipping") + "/ship")
                .header("Authorization", SellerDaySimulation::bearer)
                .check(status().in(200, 202)))
            .exec(s -> s.set("shipped", List.of(s.getString("shipping"))).remove("shipping")));
  }

  private ChainBuilder syncNow() {
    return exec(s -> withShop(s))
        .exec(http("sync: now")
            .post(API + "/ozon/orders/sync")
            .header("Authorization", SellerDaySimulation::bearer)
            .body(StringBody(s -> "{\"shopId\":" + s.getLong("shopId") + "}"))
            .check(status().in(200, 201, 202)));
  }

  private ScenarioBuilder sellers() {
    double sync = settings.syncNowPercent();
    return scenario("sellers")
        .feed(usernames(1, settings.users()))
        .exec(logIn())
        .exec(ordersList())
        .during(settings.steady())
        .on(pause(settings.thinkMin(), settings.thinkMax())
            .randomSwitch()
            .on(
                percent(36.0 - sync).then(ordersList()),
                percent(25.0).then(orderDetail()),
                percent(8.0).then(ordersStats()),
                percent(14.0).then(productsList("products: list")),
                percent(7.0).then(stockEdit()),
                percent(4.0).then(priceEdit()),
                percent(6.0).then(labelBatch()),
                percent(sync).then(syncNow())));
  }

  /** A third of the users press "sync now" within one minute (each logs in again: another device). */
  private ScenarioBuilder burst() {
    return scenario("sync-now burst")
        .feed(usernames(1, Math.max(1, settings.users() / 3)))
        .exec(logIn())
        .exec(http("sync: now (burst)")
            .post(API + "/ozon/orders/sync")
            .header("Authorization", SellerDaySimulation::bearer)
            .body(StringBody(s -> "{\"shopId\":" + pick(s.<Long>getList("shopIds")) + "}"))
            .check(status().in(200, 201, 202)));
  }

  private Iterator<Map<String, Object>> usernames(int first, int count) {
    return IntStream.rangeClosed(first, count)
        .<Map<String, Object>>mapToObj(i -> Map.of("username", settings.username(i)))
        .iterator();
  }

  {
    var sellers = sellers().injectOpen(rampUsers(settings.users()).during(settings.ramp()));
    if (settings.burst()) {
      var at = settings.ramp().plus(settings.steady().dividedBy(2));
      setUp(sellers, burst().injectOpen(nothingFor(at), rampUsers(Math.max(1, settings.users() / 3))
          .during(Duration.ofMinutes(1))))
          .protocols(protocol)
          .maxDuration(settings.ramp().plus(settings.steady()).plus(Duration.ofMinutes(2)));
    } else {
      setUp(sellers).protocols(protocol)
          .maxDuration(settings.ramp().plus(settings.steady()).plus(Duration.ofMinutes(2)));
    }
  }
}
