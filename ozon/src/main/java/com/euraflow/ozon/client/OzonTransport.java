package com.euraflow.ozon.client;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One OZON call on the wire: budget permit, POST with the shop's headers, retries with backoff on
 * 429/5xx/timeouts/connection errors (honouring Retry-After), mapping of OZON's error bodies to
 * {@link OzonException}s, and metrics. Never logs or reports the Api-Key.
 */
final class OzonTransport implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(OzonTransport.class);
  private static final int MAX_MESSAGE_LENGTH = 300;

  /** What one attempt ended with, unless it ended with an error that is never retried. */
  private sealed interface Attempt permits Reply, Retryable {}

  /** A successful answer: the body and its content type (labels may be PDF or JSON). */
  record Reply(byte[] body, String contentType) implements Attempt {}

  /** A failed attempt worth retrying; {@code whenSpent} is thrown once retries run out. */
  private record Retryable(OzonException whenSpent, @Nullable Duration retryAfter)
      implements Attempt {}

  /** OZON's error body; {@code message} is already cleaned of the Api-Key. */
  private record OzonError(int code, String message) {}

  /** The error body as OZON sends it. */
  private record ErrorBody(int code, @Nullable String message) {}

  private final URI baseUrl;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final int maxRetries;
  private final Backoff backoff;
  private final Duration maxRetryAfter;
  private final OzonRateBudget budget;
  private final Sleeper sleeper;
  private final MeterRegistry meters;
  private final JsonMapper json;
  private final Clock clock;

  OzonTransport(
      URI baseUrl,
      HttpClient http,
      Duration requestTimeout,
      int maxRetries,
      Backoff backoff,
      Duration maxRetryAfter,
      OzonRateBudget budget,
      Sleeper sleeper,
      MeterRegistry meters,
      JsonMapper json,
      Clock clock) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.requestTimeout = requestTimeout;
    this.maxRetries = maxRetries;
    this.backoff = backoff;
    this.maxRetryAfter = maxRetryAfter;
    this.budget = budget;
    this.sleeper = sleeper;
    this.meters = meters;
    this.json = json;
    this.clock = clock;
  }

  Reply post(OzonEndpoint endpoint, OzonCredentials credentials, byte[] body) {
    try {
      return postWithRetries(endpoint, credentials, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OzonUnavailable(endpoint.path(), "interrupted while waiting", e);
    }
  }

  private Reply postWithRetries(OzonEndpoint endpoint, OzonCredentials credentials, byte[] body)
      throws InterruptedException {
    for (var retry = 1; ; retry++) {
      acquirePermit(endpoint, credentials);
      switch (attempt(endpoint, credentials, body)) {
        case Reply reply -> {
          return reply;
        }
        case Retryable failure -> waitBeforeRetry(endpoint, credentials, failure, retry);
      }
    }
  }

  /** Sleeps before retry number {@code retry}, or throws when retrying is over. */
  private void waitBeforeRetry(
      OzonEndpoint endpoint, OzonCredentials credentials, Retryable failure, int retry)
      throws InterruptedException {
    if (retry > maxRetries) {
      throw failure.whenSpent();
    }
    var delay = failure.retryAfter() != null ? failure.retryAfter() : backoff.delayBefore(retry);
    if (delay.compareTo(maxRetryAfter) > 0) {
      throw new OzonThrottled(endpoint.path(), delay, "OZON asked to wait longer than allowed");
    }
    log.warn(
        "OZON {} for Client-Id {}: {}; retry {} of {} in {}",
        endpoint.path(),
        credentials.clientId(),
        failure.whenSpent().getMessage(),
        retry,
        maxRetries,
        delay);
    sleeper.sleep(delay);
  }

  private void acquirePermit(OzonEndpoint endpoint, OzonCredentials credentials)
      throws InterruptedException {
    try {
      budget.acquire(credentials.clientId(), endpoint);
    } catch (OzonThrottled e) {
      count(endpoint, "budget_exhausted");
      throw e;
    }
  }

  /** Throws what must not be retried. */
  private Attempt attempt(OzonEndpoint endpoint, OzonCredentials credentials, byte[] body)
      throws InterruptedException {
    var request =
        HttpRequest.newBuilder(baseUrl.resolve(endpoint.path()))
            .timeout(requestTimeout)
            .header("Client-Id", credentials.clientId())
            .header("Api-Key", credentials.apiKey())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    var sample = Timer.start(meters);
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      count(endpoint, "unavailable");
      var message = e.getClass().getSimpleName() + " " + sanitize(e.getMessage(), credentials);
      return new Retryable(new OzonUnavailable(endpoint.path(), message, null), null);
    } finally {
      stop(sample, endpoint);
    }
    var status = response.statusCode();
    if (status >= 200 && status < 300) {
      count(endpoint, "ok");
      var contentType = response.headers().firstValue("Content-Type").orElse("application/json");
      return new Reply(response.body(), contentType);
    }
    var error = parseError(response.body(), credentials);
    var message = error.message();
    if (status == 429) {
      count(endpoint, "throttled");
      var retryAfter = retryAfter(response);
      var whenSpent =
          new OzonThrottled(
              endpoint.path(),
              retryAfter != null ? retryAfter : backoff.delayBefore(maxRetries + 1),
              "OZON rate limit (HTTP 429): " + message);
      return new Retryable(whenSpent, retryAfter);
    }
    if (status >= 500) {
      count(endpoint, "unavailable");
      var whenSpent =
          new OzonUnavailable(
              endpoint.path(), "HTTP " + status + ", code " + error.code() + ": " + message, null);
      return new Retryable(whenSpent, retryAfter(response));
    }
    if (rejectsCredentials(status, message)) {
      count(endpoint, "credentials_rejected");
      throw new OzonCredentialsRejected(endpoint.path(), status, message);
    }
    count(endpoint, "rejected");
    throw new OzonRequestRejected(endpoint.path(), status, error.code(), message);
  }

  /**
   * 401 and 403 always concern the key; 400 (code 3) and 404 (code 5) only when OZON's message
   * names the Client-Id or the Api-Key, because the same codes also mean a bad argument or a
   * missing posting.
   */
  private static boolean rejectsCredentials(int status, String message) {
    if (status == 401 || status == 403) {
      return true;
    }
    var lower = message.toLowerCase(Locale.ROOT);
    return (status == 400 || status == 404)
        && (lower.contains("api-key") || lower.contains("client-id"));
  }

  private OzonError parseError(byte[] body, OzonCredentials credentials) {
    try {
      var error = json.readValue(body, ErrorBody.class);
      return new OzonError(error.code(), sanitize(error.message(), credentials));
    } catch (JacksonException e) {
      // Proxies and the "Circle is open" breaker answer in plain text or HTML.
      return new OzonError(0, sanitize(new String(body, StandardCharsets.UTF_8), credentials));
    }
  }

  private @Nullable Duration retryAfter(HttpResponse<?> response) {
    var header = response.headers().firstValue("Retry-After").orElse(null);
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
    } catch (NumberFormatException notSeconds) {
      try {
        var at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        var wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException unreadable) {
        return null;
      }
    }
  }

  private static String sanitize(@Nullable String text, OzonCredentials credentials) {
    if (text == null) {
      return "";
    }
    var clean = text.replace(credentials.apiKey(), "***").strip();
    return clean.length() > MAX_MESSAGE_LENGTH
        ? clean.substring(0, MAX_MESSAGE_LENGTH) + "…"
        : clean;
  }

  private void count(OzonEndpoint endpoint, String outcome) {
    Counter.builder("ef.ozon.requests")
        .description("OZON Seller API calls by method and outcome")
        .tag("method", endpoint.path())
        .tag("outcome", outcome)
        .register(meters)
        .increment();
  }

  private void stop(Timer.Sample sample, OzonEndpoint endpoint) {
    sample.stop(
        Timer.builder("ef.ozon.request.duration")
            .description("Duration of one HTTP exchange with OZON")
            .tag("method", endpoint.path())
            .register(meters));
  }

  @Override
  public void close() {
    http.close();
  }
}
