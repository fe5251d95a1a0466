package com.euraflow.ozon.shops;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.kernel.sharedstate.RateLimiter;
import com.euraflow.kernel.shops.OzonConnectionProbe.Outcome;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonProperties;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The kernel's credential check, answered by a one-item product list. */
class OzonApiConnectionProbeTests {

  private static final String API_KEY = "probe-secret-key-77";

  private final HttpServer server;
  private final ConcurrentLinkedQueue<String> paths = new ConcurrentLinkedQueue<>();
  private volatile int status;
  private volatile String body = "";
  private final OzonClient client;
  private final OzonApiConnectionProbe probe;

  OzonApiConnectionProbeTests() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            paths.add(
                exchange.getRequestURI().getPath()
                    + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
          }
        });
    server.start();
    var noWaits =
        new OzonProperties(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            new OzonProperties.Retry(1, Duration.ZERO, Duration.ZERO, 0, Duration.ofSeconds(60)),
            new OzonProperties.Budget(50, Duration.ofSeconds(1)));
    RateLimiter unlimited = (key, limit) -> Duration.ZERO;
    client = new OzonClient(noWaits, unlimited, new SimpleMeterRegistry());
    probe = new OzonApiConnectionProbe(client);
  }

  @AfterEach
  void close() {
    client.close();
    server.stop(0);
  }

  private void answer(int status, String body) {
    this.status = status;
    this.body = body;
  }

  @Test
  void acceptsCredentialsOzonAnswersWith() {
    answer(200, "{\"result\": {\"items\": [], \"total\": 0, \"last_id\": \"\"}}");

    var result = probe.probe("123456", API_KEY);

    assertThat(result.outcome()).isEqualTo(Outcome.OK);
    assertThat(paths)
        .singleElement()
        .asString()
        .startsWith("/v3/product/list ")
        .contains("\"limit\":1");
  }

  @Test
  void reportsAWrongKeyAsRejectedWithoutTheKey() {
    answer(
        404,
        "{\"code\": 5, \"message\": \"Invalid Api-Key, please check the key and try again\","
            + " \"details\": []}");

    var result = probe.probe("123456", API_KEY);

    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(result.detail()).contains("Invalid Api-Key").doesNotContain(API_KEY);
    assertThat(paths).hasSize(1);
  }

  @Test
  void reportsBlankCredentialsAsRejectedWithoutCallingOzon() {
    assertThat(probe.probe(" ", API_KEY).outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(paths).isEmpty();
  }

  @Test
  void reportsOzonFailuresAsUnreachable() {
    answer(503, "{\"code\": 13, \"message\": \"Internal error\"}");

    var result = probe.probe("123456", API_KEY);

    assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
    assertThat(paths).hasSize(2);
  }
}
