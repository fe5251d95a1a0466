package com.euraflow.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.euraflow.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Scrapes a running EuraFlow after some traffic and the demo shops' first syncs: every metric an alert rule or a
 * dashboard panel reads must be in the scrape. Also the admin endpoints that summarise the same state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScrapeTests {

  private static final TestDatabase DB = TestDatabase.create();
  // Prometheus sets this series itself for every target it scrapes.
  private static final Set<String> FROM_PROMETHEUS = Set.of("up");
  private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");
  private static final Duration WAIT = Duration.ofSeconds(90);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(DB::close));
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("euraflow.db.url", DB::jdbcUrl);
    registry.add("euraflow.db.username", DB::username);
    registry.add("euraflow.db.password", DB::password);
    registry.add("euraflow.db.pool-min-idle", () -> "2");
    registry.add("euraflow.db.pool-max", () -> "10");
    registry.add("euraflow.kernel.password-hash-strength", () -> "4");
    registry.add("euraflow.kernel.login-attempts-per-ip-per-minute", () -> "1000");
  }

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();
  private String demo = "";
  private String admin = "";

  record Response(int status, JsonNode body, String raw) {}

  @BeforeEach
  void makeTraffic() {
    demo = login("demo", "demo-password");
    admin = login("admin", "admin-password");
    assertThat(call("/api/ef/v1/ozon/orders", demo).status()).isEqualTo(200);
    assertThat(call("/api/ef/v1/ozon/products", demo).status()).isEqualTo(200);
    assertThat(call("/api/ef/v1/jobs/987654321", demo).status()).isEqualTo(404);
    awaitDemoSyncs();
  }

  @Test
  void exposesEveryMetricTheAlertsAndTheDashboardUse() {
    var used = new TreeMap<String, Set<String>>();
    for (var query : ObservabilityFiles.queries()) {
      ObservabilityFiles.metricNames(query.expr()).stream()
          .filter(name -> !FROM_PROMETHEUS.contains(name))
          .forEach(name -> used.computeIfAbsent(name, n -> new TreeSet<>()).add(query.source()));
    }
    assertThat(used).containsKeys("ef_celery_queue_length", "ef_api_errors_total", "ef_sync_lag_seconds");

    // gauges refreshed on a timer (sync lag every 30 s) may need one more round
    await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
      var scraped = scrapedNames();
      var missing = new TreeMap<>(used);
      missing.keySet().removeAll(scraped);
      assertThat(missing).as("metrics used by alerts or panels but not in the scrape").isEmpty();
    });
  }

  @Test
  void showsSystemInfoToAdminsOnly() {
    var info = call("/api/ef/v1/system/info", admin);
    var forbidden = call("/api/ef/v1/system/info", demo);

    assertThat(info.status()).isEqualTo(200);
    var body = info.body();
    assertThat(body.get("version").asString()).isNotBlank().isNotEqualTo("unknown");
    assertThat(body.get("role").asString()).isEqualTo("all");
    assertThat(body.get("lanes").valueStream().map(l -> l.get("lane").asString() + "=" + l.get("concurrency").asInt()))
        .contains("ef_pull=4", "ef_low=2");
    assertThat(body.get("laneStats").isArray()).isTrue();
    assertThat(body.get("pool").get("maximumPoolSize").asInt()).isEqualTo(10);
    assertThat(body.get("pool").get("minimumIdle").asInt()).isEqualTo(2);
    assertThat(body.get("pool").has("active")).isTrue();
    assertThat(body.get("pool").has("idle")).isTrue();
    assertThat(body.get("pool").has("pending")).isTrue();
    assertThat(body.get("javaVersion").asString()).startsWith(Integer.toString(Runtime.version().feature()));
    assertThat(body.get("uptimeSeconds").asLong()).isNotNegative();
    assertThat(body.has("startedAt")).isTrue();
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.body().get("code").asString()).isEqualTo("FORBIDDEN");
  }

  @Test
  void summarisesMetricsForAdminsOnly() {
    var metrics = call("/api/ef/v1/system/metrics", admin);
    var forbidden = call("/api/ef/v1/system/metrics", demo);

    assertThat(metrics.status()).isEqualTo(200);
    var body = metrics.body();
    var api = body.get("api").valueStream().collect(Collectors.toMap(g -> g.get("group").asString(), g -> g));
    assertThat(api).containsKeys("auth/login", "ozon/orders", "ozon/products", "jobs");
    assertThat(api.get("auth/login").get("requests").asLong()).isPositive();
    assertThat(api.get("auth/login").get("errors").asLong()).isZero();
    assertThat(api.get("auth/login").get("p95Ms").asDouble()).isPositive();
    assertThat(body.get("jobs").valueStream().map(l -> l.get("lane").asString()))
        .contains("ef_pull", "ef_push", "ef_sync", "ef_core", "ef_low");
    assertThat(body.get("jobs").valueStream().allMatch(l -> l.has("waiting") && l.has("dead"))).isTrue();
    var pool = body.get("db").get(0);
    assertThat(pool.get("max").asLong()).isEqualTo(10);
    assertThat(pool.get("inUse").asLong()).isNotNegative();
    assertThat(pool.has("overflow")).isTrue();
    assertThat(body.get("ozon").get("calls").asLong()).isPositive();
    assertThat(body.get("ozon").get("callsByOutcome").get("ok").asLong()).isPositive();
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.body().get("code").asString()).isEqualTo("FORBIDDEN");
  }

  /** Both demo shops have pulled their postings and products once. */
  private void awaitDemoSyncs() {
    await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      var states = call("/api/ef/v1/ozon/sync-status", demo).body();
      for (var kind : Set.of("orders_fbs", "products")) {
        assertThat(states.valueStream()
            .filter(s -> s.get("kind").asString().equals(kind) && !s.get("lastSuccessAt").isNull())
            .map(s -> s.get("shopId").asLong())
            .distinct())
            .as(kind).hasSizeGreaterThanOrEqualTo(2);
      }
    });
  }

  private Set<String> scrapedNames() {
    var scrape = send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET());
    assertThat(scrape.status()).isEqualTo(200);
    return scrape.raw().lines()
        .map(SAMPLE::matcher)
        .filter(m -> m.find())
        .map(m -> m.group(1))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private String login(String username, String password) {
    var body = json.writeValueAsString(Map.of("username", username, "password", password));
    var response = send(HttpRequest.newBuilder(uri("/api/ef/v1/auth/login"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(response.status()).as(response.raw()).isEqualTo(200);
    return response.body().get("accessToken").asString();
  }

  private Response call(String path, @Nullable String token) {
    var request = HttpRequest.newBuilder(uri(path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      var body = response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isBlank()
          ? json.readTree(response.body())
          : json.createObjectNode();
      return new Response(response.statusCode(), body, response.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
