package com.euraflow.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput and CPU cost of the main list calls. Point it at a standalone sandbox ({@code --url}) to measure the
 * sandbox alone: CPU comes from the sandbox's {@code /__sandbox/stats}. Without {@code --url} it starts one
 * in-process, and the CPU figure then includes this load generator too.
 *
 * <p>Flags: --url U --seconds N (per call) --concurrency N --shops N (must not exceed the sandbox's) --seed N
 * --only TEXT (run the calls whose name contains TEXT).
 */
public final class SandboxBenchmark {

  /** {@code body} may hold {@code SHOP}: the shop's order-number prefix, so each shop asks for its own postings. */
  private record Call(String name, String path, String body) {}

  private static final String WINDOW = "\"since\":\"FROM\",\"to\":\"TO\"";

  private SandboxBenchmark() {}

  public static void main(String[] args) throws Exception {
    String url = null;
    int seconds = 10, concurrency = 16, shops = 300;
    long seed = 42;
    var only = "";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
        case "--shops" -> shops = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--only" -> only = args[i + 1];
        default -> throw new IllegalArgumentException("unknown flag " + args[i]);
      }
    }
    OzonSandbox embedded = null;
    if (url == null) {
      embedded = OzonSandbox.start(SandboxSettings.builder().shops(shops).seed(seed).requestLogSize(100).build());
      url = embedded.baseUrl();
      System.out.println("in-process sandbox: CPU figures include the load generator");
    }
    var now = java.time.Instant.now();
    var window = WINDOW.replace("FROM", now.minus(Duration.ofDays(30)).toString()).replace("TO", now.toString());
    var calls = List.of(
        new Call("v3 posting list, limit 100", "/v3/posting/fbs/list", "{\"dir\":\"ASC\",\"filter\":{" + window + "},\"limit\":100,\"offset\":0}"),
        new Call("v3 posting list, last 2 hours", "/v3/posting/fbs/list", "{\"dir\":\"ASC\",\"filter\":{" + WINDOW.replace("FROM", now.minus(Duration.ofHours(2)).toString()).replace("TO", now.toString()) + "},\"limit\":100,\"offset\":0}"),
        new Call("v3 posting get", "/v3/posting/fbs/get", "{\"posting_number\":\"SHOP-0500-1\"}"),
        new Call("v3 posting list, limit 1000", "/v3/posting/fbs/list", "{\"dir\":\"ASC\",\"filter\":{" + window + "},\"limit\":1000,\"offset\":0}"),
        new Call("v3 unfulfilled list, limit 100", "/v3/posting/fbs/unfulfilled/list",
            "{\"filter\":{\"cutoff_from\":\"" + now.minus(Duration.ofDays(30)) + "\",\"cutoff_to\":\"" + now.plus(Duration.ofDays(3)) + "\"},\"limit\":100,\"offset\":0}"),
        new Call("v3 product list, limit 1000", "/v3/product/list", "{\"filter\":{\"visibility\":\"ALL\"},\"last_id\":\"\",\"limit\":1000}"),
        new Call("v4 stocks, limit 1000", "/v4/product/info/stocks", "{\"cursor\":\"\",\"filter\":{},\"limit\":1000}"),
        new Call("v5 prices, limit 1000", "/v5/product/info/prices", "{\"cursor\":\"\",\"filter\":{},\"limit\":1000}"));
    var http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    var credentials = new ArrayList<SandboxShop>();
    for (int i = 0; i < shops; i++) credentials.add(SandboxShop.of(seed, i));
    var wanted = only;
    var selected = calls.stream().filter(call -> call.name().contains(wanted)).toList();
    // A pass over every call first, so JIT compilation is not billed to the first measured call.
    for (var call : selected) run(http, url, credentials, call, 3, concurrency);
    System.out.printf("%-32s %10s %10s %12s %8s%n", "call", "requests", "req/s", "CPU-ms/req", "non-200");
    for (var call : selected) {
      long cpuBefore = cpuMillis(http, url);
      long started = System.nanoTime();
      var result = run(http, url, credentials, call, seconds, concurrency);
      double elapsed = (System.nanoTime() - started) / 1e9;
      long cpu = cpuMillis(http, url) - cpuBefore;
      System.out.printf("%-32s %10d %10.0f %12.3f %8d%n", call.name(), result[0], result[0] / elapsed, (double) cpu / result[0], result[1]);
    }
    if (embedded != null) embedded.close();
  }

  /** Runs one call for {@code seconds} from {@code concurrency} virtual threads; returns {requests, non-200}. */
  private static long[] run(HttpClient http, String url, List<SandboxShop> shops, Call call, int seconds, int concurrency) throws InterruptedException {
    var requests = new AtomicLong();
    var failures = new AtomicLong();
    var next = new AtomicLong();
    long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    try (var workers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int w = 0; w < concurrency; w++) {
        workers.submit(() -> {
          while (System.nanoTime() < deadline) {
            var shop = shops.get((int) (next.getAndIncrement() % shops.size()));
            var request = HttpRequest.newBuilder(URI.create(url + call.path()))
                .header("Client-Id", Long.toString(shop.clientId())).header("Api-Key", shop.apiKey())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body().replace("SHOP", Integer.toString(10_000_000 + shop.index())))).build();
            try {
              var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
              if (response.statusCode() != 200) failures.incrementAndGet();
            } catch (Exception e) {
              failures.incrementAndGet();
            }
            requests.incrementAndGet();
          }
          return null;
        });
      }
    }
    return new long[] {requests.get(), failures.get()};
  }

  private static long cpuMillis(HttpClient http, String url) throws Exception {
    var response = http.send(HttpRequest.newBuilder(URI.create(url + "/__sandbox/stats")).GET().build(), HttpResponse.BodyHandlers.ofString());
    return JsonMapper.shared().readTree(response.body()).path("process_cpu_ms").asLong();
  }
}
