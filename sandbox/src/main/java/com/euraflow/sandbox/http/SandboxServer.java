package com.euraflow.sandbox.http;

import com.euraflow.sandbox.SandboxSettings;
import com.euraflow.sandbox.control.CallLog;
import com.euraflow.sandbox.control.Faults;
import com.euraflow.sandbox.control.RecordedRequest;
import com.euraflow.sandbox.control.SandboxControl;
import com.euraflow.sandbox.rules.OzonException;
import com.euraflow.sandbox.rules.SlidingWindow;
import com.euraflow.sandbox.world.World;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP front: OZON's paths with OZON's header checks, per-second limit and faults, and the control API under
 * {@code /__sandbox/}. One virtual thread per exchange.
 */
public final class SandboxServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SandboxServer.class);
  private static final int PER_SECOND = 50;
  private static final long SECOND_NANOS = 1_000_000_000L;
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  private final World world;
  private final SandboxControl control;
  private final CallLog calls;
  private final LongSupplier ticker;
  private final Map<String, Endpoint> routes = new HashMap<>();
  private final ConcurrentHashMap<Long, SlidingWindow> perSecond = new ConcurrentHashMap<>();
  private final ControlEndpoints controlEndpoints;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  public SandboxServer(SandboxSettings settings, World world, SandboxControl control, CallLog calls) throws IOException {
    this.world = world;
    this.control = control;
    this.calls = calls;
    this.ticker = settings.ticker();
    // Without TCP_NODELAY, mid-sized replies wait ~40 ms on Nagle plus the client's delayed ACK. The JDK server reads
    // this once per JVM, so an earlier setting (or an earlier HttpServer) wins.
    if (System.getProperty(NODELAY) == null) System.setProperty(NODELAY, "true");
    this.server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 1024);
    ProductEndpoints.register(routes);
    PostingEndpoints.register(routes);
    LabelEndpoints.register(routes, this::baseUrl);
    ReportEndpoints.register(routes);
    this.controlEndpoints = new ControlEndpoints(world, control);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    var address = server.getAddress();
    return "http://" + address.getHostString() + ":" + address.getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try {
      var path = exchange.getRequestURI().getPath();
      if (path.startsWith("/__sandbox/")) {
        send(exchange, controlEndpoints.handle(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
            exchange.getRequestBody().readAllBytes()));
      } else {
        ozon(exchange, path);
      }
    } catch (IOException e) {
      log.debug("client went away: {}", e.toString());
    } finally {
      exchange.close();
    }
  }

  private void ozon(HttpExchange exchange, String path) throws IOException {
    var body = exchange.getRequestBody().readAllBytes();
    var requestHeaders = exchange.getRequestHeaders();
    var clientHeader = requestHeaders.getFirst("Client-Id");
    var apiKey = requestHeaders.getFirst("Api-Key");
    var kept = new LinkedHashMap<String, List<String>>();
    requestHeaders.forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Api-Key")) kept.put(name, List.copyOf(values));
    });
    calls.record(new RecordedRequest(world.clock().now(), exchange.getRequestMethod(), path,
        clientHeader == null ? "" : clientHeader, kept, new String(body, StandardCharsets.UTF_8)));
    try {
      long clientId = authenticate(clientHeader, apiKey);
      if (!perSecond.computeIfAbsent(clientId, id -> new SlidingWindow(PER_SECOND, SECOND_NANOS)).tryAcquire(ticker.getAsLong())) {
        throw OzonException.perSecondLimit();
      }
      var endpoint = routes.get(path);
      if (endpoint == null || !exchange.getRequestMethod().equals("POST")) throw OzonException.notFound("Not Found");
      var faults = control.faultsFor(clientId, path);
      var outcome = inject(faults);
      switch (outcome) {
        case DROP -> { return; }
        case HANG -> {
          sleep(faults.hangMillis());
          return;
        }
        case ERROR_500 -> throw OzonException.internal();
        case ERROR_503 -> throw new OzonException(503, 14, "Service Unavailable");
        case TOO_MANY_REQUESTS -> throw OzonException.perSecondLimit();
        case CIRCLE_OPEN -> {
          send(exchange, new Reply(429, "text/plain; charset=utf-8", "Circle is open".getBytes(StandardCharsets.UTF_8)));
          return;
        }
        default -> { }
      }
      var shop = world.shop(clientId);
      var json = parse(body);
      Reply reply;
      synchronized (shop) {
        reply = endpoint.handle(shop, json);
      }
      if (outcome == Faults.Outcome.MALFORMED) {
        reply = new Reply(reply.status(), reply.contentType(), Arrays.copyOf(reply.body(), reply.body().length / 2));
      }
      send(exchange, reply);
    } catch (OzonException e) {
      send(exchange, error(e));
    } catch (RuntimeException e) {
      log.warn("sandbox failed on {}", path, e);
      send(exchange, error(OzonException.internal()));
    }
  }

  private long authenticate(String clientHeader, String apiKey) {
    if (clientHeader == null || clientHeader.isBlank() || apiKey == null || apiKey.isBlank()) throw OzonException.missingHeaders();
    long clientId;
    try {
      clientId = Long.parseLong(clientHeader.trim());
    } catch (NumberFormatException e) {
      throw OzonException.badClientId();
    }
    if (clientId <= 0) throw OzonException.badClientId();
    if (!world.authenticates(clientId, apiKey.trim())) throw OzonException.invalidApiKey();
    return clientId;
  }

  private static Faults.Outcome inject(Faults faults) {
    if (faults == Faults.NONE) return Faults.Outcome.NONE;
    var random = ThreadLocalRandom.current();
    if (faults.latencyMaxMillis() > 0) {
      sleep(faults.latencyMinMillis() + random.nextLong(faults.latencyMaxMillis() - faults.latencyMinMillis() + 1));
    }
    return faults.outcome(random.nextDouble());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) return Json.object();
    try {
      var node = Json.MAPPER.readTree(body);
      if (!node.isObject()) throw OzonException.invalid("Request validation error: body must be a JSON object");
      return node;
    } catch (JacksonException e) {
      throw OzonException.invalid("Request validation error: unexpected token in JSON body");
    }
  }

  static Reply error(OzonException e) {
    var node = Json.object();
    node.put("code", e.code());
    node.put("message", e.getMessage());
    node.putArray("details");
    return Reply.json(e.httpStatus(), node);
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    try (var out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }
}
