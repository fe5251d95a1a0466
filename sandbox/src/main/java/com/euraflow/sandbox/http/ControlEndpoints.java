package com.euraflow.sandbox.http;

import com.euraflow.sandbox.control.Faults;
import com.euraflow.sandbox.control.SandboxControl;
import com.euraflow.sandbox.world.World;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The HTTP face of {@link SandboxControl}; see sandbox/README.md for the list of calls. */
final class ControlEndpoints {

  private static final Pattern SHOP = Pattern.compile("/__sandbox/shops/(\\d+)(/.*)?");
  private static final Pattern STATUS = Pattern.compile("/postings/([^/]+)/status");
  private static final Pattern LABEL_FILE = Pattern.compile(LabelEndpoints.FILE_PATH + "(\\d+)/(\\d+)\\.pdf");

  private final World world;
  private final SandboxControl control;

  ControlEndpoints(World world, SandboxControl control) {
    this.world = world;
    this.control = control;
  }

  Reply handle(String method, String path, String query, byte[] bytes) {
    try {
      var body = bytes.length == 0 ? Json.object() : Json.MAPPER.readTree(bytes);
      var route = method + " " + path;
      switch (route) {
        case "GET /__sandbox/shops" -> {
          var shops = Json.array();
          for (var shop : world.shopCredentials()) {
            var node = shops.addObject();
            node.put("index", shop.index());
            node.put("name", shop.name());
            node.put("client_id", Long.toString(shop.clientId()));
            node.put("api_key", shop.apiKey());
          }
          return Reply.json(shops);
        }
        case "GET /__sandbox/clock" -> { return now(); }
        case "GET /__sandbox/stats" -> {
          // The sandbox's own CPU, so a load generator in another process can measure the sandbox alone.
          var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
          var node = Json.object();
          node.put("process_cpu_ms", os.getProcessCpuTime() / 1_000_000);
          node.put("available_processors", os.getAvailableProcessors());
          return Reply.json(node);
        }
        case "POST /__sandbox/clock/advance" -> {
          control.advanceClock(Duration.ofMillis(Math.round(body.path("seconds").asDouble(0) * 1000)));
          return now();
        }
        case "PUT /__sandbox/faults" -> {
          control.setFaults(faults(body));
          return ok();
        }
        case "DELETE /__sandbox/faults" -> {
          control.clearFaults();
          return ok();
        }
        case "GET /__sandbox/requests" -> { return requests(query); }
        case "GET /__sandbox/arrivals" -> { return arrivals(query); }
        case "DELETE /__sandbox/calls" -> {
          control.resetCalls();
          return ok();
        }
        default -> { }
      }
      var file = LABEL_FILE.matcher(path);
      if (method.equals("GET") && file.matches()) {
        var shop = world.shop(Long.parseLong(file.group(1)));
        byte[] pdf = null;
        if (shop != null) {
          synchronized (shop) {
            pdf = LabelEndpoints.file(shop, Long.parseLong(file.group(2)));
          }
        }
        return pdf == null ? problem(404, "no such label file") : new Reply(200, "application/pdf", pdf);
      }
      var shop = SHOP.matcher(path);
      if (shop.matches()) return shopCall(method, Long.parseLong(shop.group(1)), shop.group(2) == null ? "" : shop.group(2), body);
      return problem(404, "unknown control call " + route);
    } catch (JacksonException e) {
      return problem(400, "body is not JSON");
    } catch (IllegalArgumentException e) {
      return problem(400, e.getMessage());
    }
  }

  private Reply shopCall(String method, long clientId, String rest, JsonNode body) {
    if (world.shop(clientId) == null) return problem(404, "no shop with Client-Id " + clientId);
    var status = STATUS.matcher(rest);
    if (method.equals("POST") && rest.equals("/postings")) {
      var numbers = control.addPostings(clientId, body.path("count").asInt(1));
      var node = Json.object();
      numbers.forEach(node.putArray("posting_numbers")::add);
      return Reply.json(node);
    }
    if (method.equals("POST") && status.matches()) {
      var value = body.path("status").asString("");
      if (value.isEmpty()) return problem(400, "status is required");
      control.setPostingStatus(clientId, status.group(1), value);
      return ok();
    }
    if (method.equals("PUT") && rest.equals("/faults")) {
      control.setShopFaults(clientId, faults(body));
      return ok();
    }
    if (method.equals("GET") && rest.equals("/calls")) {
      var node = Json.object();
      control.callCounts(clientId).forEach(node::put);
      return Reply.json(node);
    }
    return problem(404, "unknown control call " + method + " " + rest);
  }

  private Reply requests(String query) {
    String clientId = null;
    int limit = 100;
    if (query != null) {
      for (var pair : query.split("&")) {
        var kv = pair.split("=", 2);
        if (kv.length == 2 && kv[0].equals("client_id")) clientId = kv[1];
        if (kv.length == 2 && kv[0].equals("limit")) limit = Integer.parseInt(kv[1]);
      }
    }
    var list = Json.array();
    var requests = clientId == null ? control.lastRequests(limit) : control.lastRequests(Long.parseLong(clientId), limit);
    for (var r : requests) {
      var node = list.addObject();
      node.put("received_at", r.receivedAt().toString());
      node.put("method", r.method());
      node.put("path", r.path());
      node.put("client_id", r.clientId());
      var headers = node.putObject("headers");
      r.headers().forEach((name, values) -> values.forEach(headers.putArray(name)::add));
      node.put("body", r.body());
    }
    return Reply.json(list);
  }

  /**
   * The FBS postings of every generated shop that arrived in [since, to] (ISO instants): what a load test compares
   * with the time each reached EuraFlow to measure its freshness.
   */
  private Reply arrivals(String query) {
    var since = Instant.EPOCH;
    var to = control.now();
    for (var pair : query == null ? new String[0] : query.split("&")) {
      var kv = pair.split("=", 2);
      if (kv.length == 2 && kv[0].equals("since")) since = instant(kv[1]);
      if (kv.length == 2 && kv[0].equals("to")) to = instant(kv[1]);
    }
    var list = Json.array();
    for (var shop : world.generatedShops()) {
      for (var posting : shop.postingsBetween(since.toEpochMilli(), to.toEpochMilli())) {
        var node = list.addObject();
        node.put("client_id", Long.toString(shop.shop().clientId()));
        node.put("posting_number", posting.postingNumber());
        node.put("in_process_at", Instant.ofEpochMilli(posting.inProcessAt()).toString());
      }
    }
    return Reply.json(list);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO instant: " + text);
    }
  }

  private static Faults faults(JsonNode body) {
    return new Faults(body.path("path_prefix").asString(""),
        body.path("latency_min_ms").asLong(0), body.path("latency_max_ms").asLong(0),
        body.path("drop_rate").asDouble(0), body.path("hang_rate").asDouble(0),
        body.path("hang_ms").asLong(Faults.DEFAULT_HANG_MILLIS),
        body.path("error_500_rate").asDouble(0), body.path("error_503_rate").asDouble(0),
        body.path("too_many_requests_rate").asDouble(0), body.path("circle_open_rate").asDouble(0),
        body.path("malformed_rate").asDouble(0));
  }

  private Reply now() {
    var node = Json.object();
    node.put("now", control.now().toString());
    return Reply.json(node);
  }

  private static Reply ok() {
    var node = Json.object();
    node.put("ok", true);
    return Reply.json(node);
  }

  private static Reply problem(int status, String message) {
    var node = Json.object();
    node.put("error", message);
    return new Reply(status, "application/json", Json.MAPPER.writeValueAsBytes(node));
  }
}
