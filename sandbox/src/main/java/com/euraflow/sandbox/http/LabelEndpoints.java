package com.euraflow.sandbox.http;

import com.euraflow.sandbox.rules.OzonException;
import com.euraflow.sandbox.world.FbsPosting;
import com.euraflow.sandbox.world.LabelTask;
import com.euraflow.sandbox.world.ShopWorld;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** Package labels: the synchronous raw-PDF call and the asynchronous create/get task flow. */
final class LabelEndpoints {

  static final String FILE_PATH = "/__sandbox/label-files/";
  /** A task is reported pending for this long before it is worked on. */
  private static final long TASK_PICKUP_MILLIS = 2_000;
  private static final int MAX_SYNC = 20;
  private static final int MAX_ASYNC = 100;

  private LabelEndpoints() {}

  static void register(Map<String, Endpoint> routes, Supplier<String> baseUrl) {
    routes.put("/v2/posting/fbs/package-label", LabelEndpoints::labels);
    routes.put("/v2/posting/fbs/package-label/create", (shop, body) -> create(shop, body, true));
    routes.put("/v1/posting/fbs/package-label/create", (shop, body) -> create(shop, body, false));
    routes.put("/v1/posting/fbs/package-label/get", (shop, body) -> get(shop, body, baseUrl.get()));
  }

  private static List<String> numbers(JsonNode body, int max) {
    var numbers = Json.strings(body, "posting_number");
    if (numbers.isEmpty() || numbers.size() > max) {
      throw OzonException.invalid("Request validation error: posting_number: value must contain between 1 and " + max + " items, inclusive");
    }
    return numbers;
  }

  static Reply labels(ShopWorld shop, JsonNode body) {
    var postings = shop.labelPostings(numbers(body, MAX_SYNC), true);
    return new Reply(200, "application/pdf", LabelPdf.render(postings.stream().map(FbsPosting::postingNumber).toList()));
  }

  static Reply create(ShopWorld shop, JsonNode body, boolean v2) {
    var task = shop.createLabelTask(numbers(body, MAX_ASYNC));
    var reply = Json.object();
    var result = reply.putObject("result");
    if (v2) {
      var entry = result.putArray("tasks").addObject();
      entry.put("task_id", task.id());
      entry.put("task_type", task.type());
    } else {
      result.put("task_id", task.id());
    }
    return Reply.json(reply);
  }

  static Reply get(ShopWorld shop, JsonNode body, String baseUrl) {
    long id = Json.id(body, "task_id", 0);
    var task = shop.labelTask(id);
    if (task == null) throw OzonException.notFound("TASK_NOT_FOUND");
    long now = shop.now();
    var reply = Json.object();
    var result = reply.putObject("result");
    var unprinted = result.putArray("unprinted_postings");
    int printed = 0;
    boolean waiting = now < task.createdAt() + TASK_PICKUP_MILLIS;
    for (var number : task.postingNumbers()) {
      var posting = shop.posting(number);
      if (!posting.status(now).equals("awaiting_deliver")) {
        var entry = unprinted.addObject();
        entry.put("posting_number", number);
        entry.put("msg", "INVALID_ARGUMENT");
      } else if (posting.labelReady(now)) {
        printed++;
      } else {
        waiting = true;
      }
    }
    String status = waiting ? (now < task.createdAt() + TASK_PICKUP_MILLIS ? "pending" : "in_progress") : printed > 0 ? "completed" : "error";
    result.put("status", status);
    result.put("file_url", status.equals("completed") ? baseUrl + FILE_PATH + shop.shop().clientId() + "/" + task.id() + ".pdf" : "");
    result.put("error", status.equals("error") ? "no postings could be printed" : "");
    result.put("printed_postings_count", waiting ? 0 : printed);
    result.put("unprinted_postings_count", unprinted.size());
    return Reply.json(reply);
  }

  /** The PDF behind a completed task's file_url, or null if there is no such task. */
  static byte @Nullable [] file(ShopWorld shop, long taskId) {
    LabelTask task = shop.labelTask(taskId);
    if (task == null) return null;
    long now = shop.now();
    return LabelPdf.render(task.postingNumbers().stream().filter(n -> shop.posting(n).labelReady(now)).toList());
  }
}
