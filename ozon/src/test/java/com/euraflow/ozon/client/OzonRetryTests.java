package com.euraflow.ozon.client;

import static com.euraflow.ozon.client.FakeOzon.Reply.json;
import static com.euraflow.ozon.client.FakeOzon.Reply.status;
import static com.euraflow.ozon.client.OzonClientFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.euraflow.ozon.client.FakeOzon.Reply;
import com.euraflow.ozon.client.postings.PostingFbsGetRequest;
import com.euraflow.ozon.client.products.ProductInfoListRequest;
import com.euraflow.ozon.client.products.ProductListRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Retries on 429, 5xx, timeouts and connection errors with the 1→16 s schedule and Retry-After; no
 * retry on other 4xx; errors mapped to typed exceptions that never carry the Api-Key.
 */
class OzonRetryTests {

  private static final String EMPTY_PAGE =
      "{\"result\": {\"items\": [], \"total\": 0, \"last_id\": \"\"}}";
  private static final String PATH = "/v3/product/list";

  private final FakeOzon ozon;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final OzonClient client;

  OzonRetryTests() throws Exception {
    ozon = new FakeOzon();
    client = clientWith(OzonClientFixture.properties(ozon.baseUrl()));
  }

  private OzonClient clientWith(OzonProperties properties) {
    return OzonClientFixture.client(properties, new InMemoryRateLimiter(), meters, sleeper);
  }

  @AfterEach
  void close() {
    client.close();
    ozon.close();
  }

  private void listProducts() {
    client.productList(SHOP, ProductListRequest.all(10));
  }

  private int calls() {
    return ozon.bodiesTo(PATH).size();
  }

  @Test
  void retriesThrottledCallsWithExponentialBackoff() {
    var throttled = status(429, FakeOzon.THROTTLED);
    ozon.on(PATH, throttled, throttled, throttled, json(EMPTY_PAGE));

    listProducts();

    assertThat(calls()).isEqualTo(4);
    assertThat(sleeper.sleeps())
        .satisfiesExactly(
            first -> assertThat(first).isBetween(Duration.ofMillis(800), Duration.ofMillis(1200)),
            second ->
                assertThat(second).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2400)),
            third -> assertThat(third).isBetween(Duration.ofMillis(3200), Duration.ofMillis(4800)));
  }

  @Test
  void honoursRetryAfterInSecondsAndAsDate() {
    var at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30);
    ozon.on(
        PATH,
        status(429, FakeOzon.THROTTLED).withHeader("Retry-After", "7"),
        status(503, FakeOzon.INTERNAL)
            .withHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(at)),
        json(EMPTY_PAGE));

    listProducts();

    assertThat(sleeper.sleeps().getFirst()).isEqualTo(Duration.ofSeconds(7));
    assertThat(sleeper.sleeps().get(1)).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
  }

  @Test
  void givesUpWithThrottledAfterFiveRetries() {
    var throttled = status(429, FakeOzon.THROTTLED).withHeader("Retry-After", "3");
    ozon.on(
        PATH, throttled, throttled, throttled, throttled, throttled, throttled, json(EMPTY_PAGE));

    var error = catchThrowableOfType(OzonThrottled.class, this::listProducts);

    assertThat(calls()).isEqualTo(6);
    assertThat(sleeper.sleeps()).hasSize(5);
    assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    assertThat(error.path()).isEqualTo(PATH);
  }

  @Test
  void defersInsteadOfWaitingOutALongRetryAfter() {
    ozon.on(
        PATH, status(429, FakeOzon.THROTTLED).withHeader("Retry-After", "600"), json(EMPTY_PAGE));

    var error = catchThrowableOfType(OzonThrottled.class, this::listProducts);

    assertThat(error.retryAfter()).isEqualTo(Duration.ofMinutes(10));
    assertThat(calls()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void retriesServerErrorsThenReportsUnavailable() {
    var failure = status(500, FakeOzon.INTERNAL);
    ozon.on(
        PATH, failure, status(502, "<html>Bad Gateway</html>"), failure, failure, failure, failure);

    var error = catchThrowableOfType(OzonUnavailable.class, this::listProducts);

    assertThat(calls()).isEqualTo(6);
    assertThat(sleeper.sleeps()).hasSize(5);
    assertThat(sleeper.sleeps().getLast())
        .isBetween(Duration.ofMillis(12_800), Duration.ofMillis(19_200));
    assertThat(error).hasMessageContaining("HTTP 500").hasMessageContaining("Internal error");
  }

  @Test
  void retriesTimeoutsThenSucceeds() {
    try (var quick =
        clientWith(OzonClientFixture.properties(ozon.baseUrl(), Duration.ofMillis(300)))) {
      ozon.on(PATH, Reply.hang(), json(EMPTY_PAGE));

      var page = quick.productList(SHOP, ProductListRequest.all(10));

      assertThat(page.result().items()).isEmpty();
      assertThat(calls()).isEqualTo(2);
    }
  }

  @Test
  void reportsConnectionErrorsAsUnavailableAfterRetries() throws Exception {
    URI closedPort;
    try (var gone = new FakeOzon()) {
      closedPort = gone.baseUrl();
    }
    try (var stranded = clientWith(OzonClientFixture.properties(closedPort))) {
      assertThatThrownBy(() -> stranded.productList(SHOP, ProductListRequest.all(10)))
          .isInstanceOf(OzonUnavailable.class)
          .hasMessageContaining("ConnectException");
    }
    assertThat(sleeper.sleeps()).hasSize(5);
  }

  @Test
  void neverRetriesOtherClientErrors() {
    ozon.on(
        "/v3/posting/fbs/get",
        status(404, "{\"code\": 5, \"message\": \"POSTING_NOT_FOUND\", \"details\": []}"));

    var error =
        catchThrowableOfType(
            OzonRequestRejected.class,
            () -> client.postingFbsGet(SHOP, PostingFbsGetRequest.of("1-1-1")));

    assertThat(error.httpStatus()).isEqualTo(404);
    assertThat(error.code()).isEqualTo(5);
    assertThat(error.ozonMessage()).isEqualTo("POSTING_NOT_FOUND");
    assertThat(ozon.received()).hasSize(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void rejectsMissingHeadersBadClientIdAndWrongKeyAsCredentialsWithoutRetry() {
    ozon.on(
        PATH,
        status(401, "{\"code\": 16, \"message\": \"Client-Id and Api-Key headers are required\"}"),
        status(
            400,
            "{\"code\": 3, \"message\": \"Client-Id header value should be positive integer\"}"),
        status(
            404,
            "{\"code\": 5, \"message\": \"Invalid Api-Key, please check the key and try again\","
                + " \"details\": []}"),
        status(
            403,
            "{\"code\": 7, \"message\": \"Api-key is deactivated, use another one or generate a new"
                + " one\"}"));

    for (var expectedStatus : new int[] {401, 400, 404, 403}) {
      var error = catchThrowableOfType(OzonCredentialsRejected.class, this::listProducts);
      assertThat(error.httpStatus()).isEqualTo(expectedStatus);
    }
    assertThat(calls()).isEqualTo(4);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void keepsBadArgumentsApartFromBadCredentials() {
    ozon.on(PATH, status(400, "{\"code\": 3, \"message\": \"PERIOD_IS_TOO_LONG\"}"));

    assertThatThrownBy(this::listProducts).isInstanceOf(OzonRequestRejected.class);
  }

  @Test
  void neverPutsTheApiKeyInMessages() {
    var echo = "{\"code\": 5, \"message\": \"Invalid Api-Key " + SHOP.apiKey() + "\"}";
    ozon.on(
        PATH,
        status(404, echo),
        status(400, "{\"code\": 3, \"message\": \"bad " + SHOP.apiKey() + "\"}"));
    ozon.on(
        "/v3/product/info/list",
        status(500, "key " + SHOP.apiKey()),
        status(500, "key " + SHOP.apiKey()),
        status(500, "key " + SHOP.apiKey()),
        status(500, "key " + SHOP.apiKey()),
        status(500, "key " + SHOP.apiKey()),
        status(500, "key " + SHOP.apiKey()));

    var rejected = catchThrowableOfType(OzonCredentialsRejected.class, this::listProducts);
    var badRequest = catchThrowableOfType(OzonRequestRejected.class, this::listProducts);
    var unavailable =
        catchThrowableOfType(
            OzonUnavailable.class,
            () -> client.productInfoList(SHOP, ProductInfoListRequest.bySkus(List.of(1L))));

    for (var error : new OzonException[] {rejected, badRequest, unavailable}) {
      assertThat(error.getMessage()).doesNotContain(SHOP.apiKey()).contains("***");
    }
    assertThat(badRequest.ozonMessage()).doesNotContain(SHOP.apiKey());
    assertThat(SHOP.toString()).doesNotContain(SHOP.apiKey());
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void neverLogsTheApiKey(CapturedOutput output) {
    var echo = status(503, "{\"code\": 13, \"message\": \"upstream got " + SHOP.apiKey() + "\"}");
    ozon.on(PATH, echo, json(EMPTY_PAGE));

    listProducts();

    assertThat(output).contains("retry 1 of 5").contains("***").doesNotContain(SHOP.apiKey());
  }

  @Test
  void countsRequestsByMethodAndOutcomeAndTimesThem() {
    ozon.on(
        PATH, status(429, FakeOzon.THROTTLED), status(500, FakeOzon.INTERNAL), json(EMPTY_PAGE));

    listProducts();

    for (var outcome : new String[] {"throttled", "unavailable", "ok"}) {
      assertThat(
              meters
                  .get("ef.ozon.requests")
                  .tag("method", PATH)
                  .tag("outcome", outcome)
                  .counter()
                  .count())
          .isEqualTo(1);
    }
    assertThat(meters.get("ef.ozon.request.duration").tag("method", PATH).timer().count())
        .isEqualTo(3);
  }

  @Test
  void exposesPrometheusNamesWithThePathAsMethod() {
    var prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    ozon.on(PATH, json(EMPTY_PAGE));
    try (var scraped =
        OzonClientFixture.client(
            OzonClientFixture.properties(ozon.baseUrl()),
            new InMemoryRateLimiter(),
            prometheus,
            sleeper)) {
      scraped.productList(SHOP, ProductListRequest.all(10));
    }

    assertThat(prometheus.scrape())
        .contains("ef_ozon_requests_total{method=\"/v3/product/list\",outcome=\"ok\"} 1.0")
        .contains("ef_ozon_request_duration_seconds_count{method=\"/v3/product/list\"} 1");
  }
}
