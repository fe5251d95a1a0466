package com.euraflow.ozon.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The OZON boundary for tests: a local HTTP server answering each path with scripted replies in
 * order, and recording every request it receives.
 */
final class FakeOzon implements AutoCloseable {

  record Reply(
      int status, String contentType, byte[] body, Map<String, String> headers, boolean hangs) {

    static Reply json(String body) {
      return status(200, body);
    }

    static Reply status(int status, String body) {
      return new Reply(
          status, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of(), false);
    }

    static Reply pdf(byte[] body) {
      return new Reply(200, "application/pdf", body, Map.of(), false);
    }

    /** Never answers until the server closes: the client must time out. */
    static Reply hang() {
      return new Reply(200, "application/json", new byte[0], Map.of(), true);
    }

    Reply withHeader(String name, String value) {
      var all = new HashMap<>(headers);
      all.put(name, value);
      return new Reply(status, contentType, body, Map.copyOf(all), hangs);
    }
  }

  record Received(
      String path, String clientId, String apiKey, String contentType, String body, Instant at) {}

  static final String THROTTLED =
      """
      {"code": 8, "message": "You have reached request rate limit per second", "details": []}\
      """;
  static final String INTERNAL =
      """
      {"code": 13, "message": "Internal error", "details": []}\
      """;

  private final HttpServer server;
  private final Map<String, Queue<Reply>> scripts = new HashMap<>();
  private final List<Received> received = new ArrayList<>();
  private final CountDownLatch released = new CountDownLatch(1);

  FakeOzon() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized FakeOzon on(String path, Reply... replies) {
    scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(replies));
    return this;
  }

  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  synchronized List<String> bodiesTo(String path) {
    return received.stream().filter(r -> r.path().equals(path)).map(Received::body).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var headers = exchange.getRequestHeaders();
      var path = exchange.getRequestURI().getPath();
      Reply reply;
      synchronized (this) {
        received.add(
            new Received(
                path,
                headers.getFirst("Client-Id"),
                headers.getFirst("Api-Key"),
                headers.getFirst("Content-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                Instant.now()));
        var script = scripts.get(path);
        reply = script == null || script.isEmpty() ? null : script.poll();
      }
      if (reply == null) {
        reply = Reply.status(404, "{\"code\": 5, \"message\": \"unscripted " + path + "\"}");
      }
      if (reply.hangs()) {
        released.await();
        return;
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
      exchange.sendResponseHeaders(
          reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      exchange.getResponseBody().write(reply.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
