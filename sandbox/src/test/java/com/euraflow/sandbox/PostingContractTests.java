package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** FBS postings: lists, paging under arrivals, details, and the writes that move a posting along. */
class PostingContractTests {

  static final String WINDOW = "\"since\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-12-31T00:00:00Z\"";

  OzonSandbox sandbox;
  SandboxClient client;
  SandboxShop shop;

  @BeforeEach
  void start() {
    sandbox = OzonSandbox.start(Sandboxes.manual().postingsPerHour(6).labelDelay(Duration.ofSeconds(15)).build());
    client = new SandboxClient(sandbox);
    shop = sandbox.shops().getFirst();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private JsonNode ok(String path, String body) {
    return client.ok(shop, path, body);
  }

  private SandboxClient.Response error(String path, String body, int status) {
    var response = client.post(shop, path, body);
    assertThat(response.status()).as(path + " " + response.text()).isEqualTo(status);
    return response;
  }

  private JsonNode v3(String filter, int limit, int offset) {
    return ok("/v3/posting/fbs/list", "{\"dir\":\"ASC\",\"filter\":{" + WINDOW + filter + "},\"limit\":" + limit + ",\"offset\":" + offset
        + ",\"with\":{\"analytics_data\":true,\"financial_data\":true,\"barcodes\":true}}").path("result");
  }

  private JsonNode get(String postingNumber) {
    return ok("/v3/posting/fbs/get", "{\"posting_number\":\"" + postingNumber + "\",\"with\":{\"related_postings\":true}}").path("result");
  }

  /** A posting waiting to be packed, with at least {@code lines} product lines. */
  private JsonNode awaitingPackaging(int lines) {
    for (var posting : v3(",\"status\":\"awaiting_packaging\"", 1000, 0).path("postings")) {
      if (posting.path("products").size() >= lines) return posting;
    }
    throw new AssertionError("no awaiting_packaging posting with " + lines + " lines");
  }

  private static String packageOf(JsonNode products) {
    var items = new ArrayList<String>();
    for (var p : products) items.add("{\"product_id\":" + p.path("sku").asLong() + ",\"quantity\":" + p.path("quantity").asInt() + "}");
    return "{\"products\":[" + String.join(",", items) + "]}";
  }

  private JsonNode ship(JsonNode posting) {
    return ok("/v4/posting/fbs/ship", "{\"packages\":[" + packageOf(posting.path("products")) + "],\"posting_number\":\""
        + posting.path("posting_number").asString() + "\",\"with\":{\"additional_data\":true}}");
  }

  @Test
  void listsPostingsWithTheDocumentedFields() {
    var result = v3("", 100, 0);
    assertThat(result.path("has_next").asBoolean()).isTrue();
    var posting = result.path("postings").get(0);
    assertThat(posting.path("posting_number").asString()).matches("\\d{8}-\\d{4,}-1");
    assertThat(posting.path("posting_number").asString()).startsWith(posting.path("order_number").asString() + "-");
    assertThat(posting.path("order_id").isIntegralNumber()).isTrue();
    assertThat(posting.path("in_process_at").asString()).endsWith("Z");
    assertThat(posting.path("delivery_method").path("warehouse_id").isIntegralNumber()).isTrue();
    var product = posting.path("products").get(0);
    assertThat(product.path("price").asString()).matches("\\d+\\.000000");
    assertThat(product.path("sku").isIntegralNumber()).isTrue();
    assertThat(product.path("currency_code").asString()).isEqualTo("RUB");
    assertThat(posting.path("analytics_data").path("city").asString()).isNotEmpty();
    assertThat(posting.path("financial_data").path("products").get(0).path("payout").isNumber()).isTrue();
    assertThat(posting.path("barcodes").path("upper_barcode").asString()).isNotEmpty();
    assertThat(posting.path("cancellation").has("cancel_reason_id")).isTrue();
    assertThat(posting.path("requirements").path("products_requiring_gtd").isArray()).isTrue();
    assertThat(posting.path("tariffication").isArray()).isTrue();
    var statuses = new HashSet<String>();
    var buyers = 0;
    for (int offset = 0; ; offset += 1000) {
      var page = v3("", 1000, offset);
      for (var p : page.path("postings")) {
        statuses.add(p.path("status").asString());
        if (p.path("customer").path("address").path("city").isString()) buyers++;
      }
      if (!page.path("has_next").asBoolean()) break;
    }
    assertThat(statuses).contains("awaiting_packaging", "delivering", "delivered", "cancelled");
    assertThat(buyers).as("rFBS postings carry buyer and address").isPositive();
  }

  @Test
  void filtersByStatusAndTimeWindow() {
    for (var posting : v3(",\"status\":\"delivered\"", 200, 0).path("postings")) {
      assertThat(posting.path("status").asString()).isEqualTo("delivered");
    }
    var narrow = ok("/v3/posting/fbs/list", "{\"filter\":{\"since\":\"2026-02-10T00:00:00Z\",\"to\":\"2026-02-11T00:00:00Z\"},\"limit\":1000,\"offset\":0}");
    assertThat(narrow.path("result").path("postings").size()).isBetween(20, 50);
    for (var posting : narrow.path("result").path("postings")) {
      assertThat(posting.path("in_process_at").asString()).startsWith("2026-02-10");
    }
  }

  @Test
  void filtersByLastChangedStatusDateForIncrementalSync() {
    var posting = awaitingPackaging(1);
    sandbox.control().advanceClock(Duration.ofMinutes(5));
    var since = sandbox.control().now();
    ship(posting);
    var changed = "{\"filter\":{" + WINDOW + ",\"last_changed_status_date\":{\"from\":\"" + since + "\",\"to\":\""
        + since.plusSeconds(60) + "\"}},\"limit\":1000,\"offset\":0}";
    var postings = ok("/v3/posting/fbs/list", changed).path("result").path("postings");
    assertThat(postings.findValuesAsString("posting_number")).containsExactly(posting.path("posting_number").asString());
    var byOrder = ok("/v4/posting/fbs/list", "{\"filter\":{\"order_numbers\":[\"" + posting.path("order_number").asString() + "\"]},\"limit\":10}");
    assertThat(byOrder.path("postings").size()).isEqualTo(1);
  }

  @Test
  void rejectsListRequestsOutsideTheRules() {
    assertThat(error("/v3/posting/fbs/list", "{\"filter\":{\"since\":\"2026-01-01T00:00:00Z\"},\"limit\":10,\"offset\":0}", 400)
        .json().path("code").asInt()).isEqualTo(3);
    assertThat(error("/v3/posting/fbs/list", "{\"filter\":{\"since\":\"2024-01-01T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\"},\"limit\":10,\"offset\":0}", 400)
        .json().path("message").asString()).isEqualTo("PERIOD_IS_TOO_LONG");
    error("/v3/posting/fbs/list", "{\"filter\":{" + WINDOW + "},\"limit\":1001,\"offset\":0}", 400);
    error("/v3/posting/fbs/list", "{\"filter\":{" + WINDOW + "},\"limit\":0,\"offset\":0}", 400);
  }

  private Set<String> pageV3ToTheEnd(IntFunction<Void> betweenPages) {
    var seen = new HashSet<String>();
    for (int offset = 0, page = 0; ; offset += 100, page++) {
      var result = v3("", 100, offset);
      for (var posting : result.path("postings")) {
        assertThat(seen.add(posting.path("posting_number").asString())).as("no duplicates").isTrue();
      }
      if (!result.path("has_next").asBoolean()) return seen;
      betweenPages.apply(page);
    }
  }

  @Test
  void pagesByOffsetToTheEndWithoutLossOrDuplicateWhileNewPostingsArrive() {
    var before = pageV3ToTheEnd(page -> null);
    var added = new ArrayList<String>();
    var during = pageV3ToTheEnd(page -> {
      added.addAll(sandbox.control().addPostings(shop.clientId(), 3));
      sandbox.control().advanceClock(Duration.ofMinutes(20));
      return null;
    });
    assertThat(during).containsAll(before).containsAll(added);
    assertThat(during.size()).isGreaterThan(before.size() + added.size());
  }

  @Test
  void pagesByCursorNewestFirstWithoutLossOrDuplicateWhileNewPostingsArrive() {
    var seen = new HashSet<String>();
    var before = pageV3ToTheEnd(page -> null);
    var cursor = "";
    for (int page = 0; page < 100; page++) {
      var reply = ok("/v4/posting/fbs/list", "{\"cursor\":\"" + cursor + "\",\"limit\":100,\"sort_dir\":\"DESC\",\"filter\":{" + WINDOW + "}}");
      for (var posting : reply.path("postings")) {
        assertThat(seen.add(posting.path("posting_number").asString())).as("no duplicates").isTrue();
      }
      if (!reply.path("has_next").asBoolean()) break;
      cursor = reply.path("cursor").asString();
      sandbox.control().addPostings(shop.clientId(), 5);
      sandbox.control().advanceClock(Duration.ofMinutes(30));
    }
    assertThat(seen).containsAll(before);
  }

  @Test
  void listsUnfulfilledPostingsByCutoffOrDeliveringDate() {
    var body = "{\"dir\":\"ASC\",\"filter\":{\"cutoff_from\":\"2026-01-01T00:00:00Z\",\"cutoff_to\":\"2026-12-31T00:00:00Z\"},\"limit\":1000,\"offset\":0}";
    var result = ok("/v3/posting/fbs/unfulfilled/list", body).path("result");
    assertThat(result.has("has_next")).isFalse();
    assertThat(result.path("count").asInt()).isEqualTo(result.path("postings").size()).isPositive();
    for (var posting : result.path("postings")) {
      assertThat(posting.path("status").asString()).isIn("awaiting_packaging", "awaiting_deliver");
    }
    var both = "{\"filter\":{\"cutoff_from\":\"2026-01-01T00:00:00Z\",\"cutoff_to\":\"2026-12-31T00:00:00Z\","
        + "\"delivering_date_from\":\"2026-01-01T00:00:00Z\",\"delivering_date_to\":\"2026-12-31T00:00:00Z\"},\"limit\":10,\"offset\":0}";
    error("/v3/posting/fbs/unfulfilled/list", both, 400);
    error("/v3/posting/fbs/unfulfilled/list", "{\"filter\":{},\"limit\":10,\"offset\":0}", 400);
    var v4 = ok("/v4/posting/fbs/unfulfilled/list", "{\"filter\":{\"cutoff_from\":\"2026-01-01T00:00:00Z\",\"cutoff_to\":\"2026-12-31T00:00:00Z\"},\"limit\":5}");
    assertThat(v4.path("count").asInt()).isEqualTo(result.path("count").asInt());
    assertThat(v4.path("has_next").asBoolean()).isTrue();
  }

  @Test
  void getsOnePostingWithDetails() {
    var number = awaitingPackaging(1).path("posting_number").asString();
    var posting = get(number);
    assertThat(posting.path("posting_number").asString()).isEqualTo(number);
    assertThat(posting.path("available_actions").toString()).contains("ship");
    assertThat(posting.path("products").get(0).path("dimensions").path("weight").isString()).isTrue();
    assertThat(posting.path("related_postings").path("related_posting_numbers").isArray()).isTrue();
    var missing = error("/v3/posting/fbs/get", "{\"posting_number\":\"10000000-9999-1\"}", 404).json();
    assertThat(missing.path("code").asInt()).isEqualTo(5);
    assertThat(missing.path("message").asString()).isEqualTo("POSTING_NOT_FOUND");
    var otherShops = client.post(sandbox.shops().get(1), "/v3/posting/fbs/get", "{\"posting_number\":\"" + number + "\"}");
    assertThat(otherShops.status()).as("a posting is visible to its own shop only").isEqualTo(404);
  }

  @Test
  void shipsAPostingThatThenMovesThroughDelivery() {
    var posting = awaitingPackaging(1);
    var number = posting.path("posting_number").asString();
    var shipped = ship(posting);
    assertThat(shipped.path("result").get(0).asString()).isEqualTo(number);
    assertThat(shipped.path("additional_data").get(0).path("products").get(0).path("sku").isIntegralNumber()).isTrue();
    assertThat(get(number).path("status").asString()).isEqualTo("awaiting_deliver");
    assertThat(error("/v4/posting/fbs/ship", "{\"packages\":[" + packageOf(posting.path("products")) + "],\"posting_number\":\"" + number + "\"}", 400)
        .json().path("message").asString()).isEqualTo("POSTING_ALREADY_SHIPPED");
    sandbox.control().advanceClock(Duration.ofHours(7));
    assertThat(get(number).path("status").asString()).isEqualTo("delivering");
    assertThat(get(number).path("delivering_date").isString()).isTrue();
    sandbox.control().advanceClock(Duration.ofDays(5));
    assertThat(get(number).path("status").asString()).isEqualTo("delivered");
  }

  @Test
  void splitsAPostingShippedInSeveralPackages() {
    var posting = awaitingPackaging(2);
    var products = posting.path("products");
    var packages = new ArrayList<String>();
    for (var product : products) packages.add(packageOf(SandboxClient.JSON.createArrayNode().add(product)));
    var result = ok("/v4/posting/fbs/ship", "{\"packages\":[" + String.join(",", packages) + "],\"posting_number\":\""
        + posting.path("posting_number").asString() + "\"}").path("result");
    assertThat(result.size()).isEqualTo(products.size());
    for (var number : result) {
      var part = get(number.asString());
      assertThat(part.path("status").asString()).isEqualTo("awaiting_deliver");
      assertThat(part.path("products").size()).isEqualTo(1);
    }
  }

  @Test
  void refusesAShipmentWithWrongQuantities() {
    var posting = awaitingPackaging(1);
    var sku = posting.path("products").get(0).path("sku").asLong();
    var body = "{\"packages\":[{\"products\":[{\"product_id\":" + sku + ",\"quantity\":9}]}],\"posting_number\":\""
        + posting.path("posting_number").asString() + "\"}";
    assertThat(error("/v4/posting/fbs/ship", body, 400).json().path("message").asString()).isEqualTo("HAS_INCORRECT_PRODUCT_QUANTITY");
  }

  @Test
  void servesLabelsAsRawPdfOnceReady() {
    var posting = awaitingPackaging(1);
    var number = posting.path("posting_number").asString();
    var body = "{\"posting_number\":[\"" + number + "\"]}";
    assertThat(error("/v2/posting/fbs/package-label", body, 400).json().path("message").asString()).isEqualTo("INVALID_ARGUMENT");
    ship(posting);
    assertThat(error("/v2/posting/fbs/package-label", body, 400).json().path("message").asString()).startsWith("The next postings aren't ready");
    sandbox.control().advanceClock(Duration.ofSeconds(15));
    var pdf = client.post(shop, "/v2/posting/fbs/package-label", body);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4").contains(number).endsWith("%%EOF\n");
    var many = new ArrayList<String>();
    for (int i = 0; i < 21; i++) many.add("\"" + number + "\"");
    error("/v2/posting/fbs/package-label", "{\"posting_number\":[" + String.join(",", many) + "]}", 400);
  }

  @Test
  void runsTheAsynchronousLabelTaskFlow() {
    var posting = awaitingPackaging(1);
    ship(posting);
    var tasks = ok("/v2/posting/fbs/package-label/create", "{\"posting_number\":[\"" + posting.path("posting_number").asString() + "\"]}")
        .path("result").path("tasks");
    assertThat(tasks.get(0).path("task_type").asString()).isEqualTo("big_label");
    long taskId = tasks.get(0).path("task_id").asLong();
    var pending = ok("/v1/posting/fbs/package-label/get", "{\"task_id\":" + taskId + "}").path("result");
    assertThat(pending.path("status").asString()).isEqualTo("pending");
    assertThat(pending.path("file_url").asString()).isEmpty();
    sandbox.control().advanceClock(Duration.ofSeconds(20));
    var done = ok("/v1/posting/fbs/package-label/get", "{\"task_id\":\"" + taskId + "\"}").path("result");
    assertThat(done.path("status").asString()).isEqualTo("completed");
    assertThat(done.path("printed_postings_count").asInt()).isEqualTo(1);
    var url = done.path("file_url").asString();
    assertThat(url).startsWith(sandbox.baseUrl());
    var file = client.control("GET", url.substring(sandbox.baseUrl().length()), null);
    assertThat(file.status()).isEqualTo(200);
    assertThat(new String(file.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    var legacy = ok("/v1/posting/fbs/package-label/create", "{\"posting_number\":[\"" + posting.path("posting_number").asString() + "\"]}");
    assertThat(legacy.path("result").path("task_id").asLong()).isNotEqualTo(taskId).isPositive();
    assertThat(error("/v1/posting/fbs/package-label/get", "{\"task_id\":1}", 404).json().path("code").asInt()).isEqualTo(5);
  }

  @Test
  void cancelsAPostingWithAFittingReason() {
    var number = awaitingPackaging(1).path("posting_number").asString();
    assertThat(error("/v2/posting/fbs/cancel", "{\"cancel_reason_id\":665,\"posting_number\":\"" + number + "\"}", 400)
        .json().path("message").asString()).isEqualTo("HAS_INCORRECT_CANCEL_REASON");
    error("/v2/posting/fbs/cancel", "{\"cancel_reason_id\":402,\"posting_number\":\"" + number + "\"}", 400);
    var reply = ok("/v2/posting/fbs/cancel", "{\"cancel_reason_id\":352,\"cancel_reason_message\":\"Product is out of stock\",\"posting_number\":\"" + number + "\"}");
    assertThat(reply.path("result").asBoolean()).isTrue();
    var posting = get(number);
    assertThat(posting.path("status").asString()).isEqualTo("cancelled");
    assertThat(posting.path("cancellation").path("cancel_reason_id").asInt()).isEqualTo(352);
    assertThat(posting.path("cancellation").path("cancellation_type").asString()).isEqualTo("seller");
    assertThat(error("/v2/posting/fbs/cancel", "{\"cancel_reason_id\":352,\"posting_number\":\"" + number + "\"}", 400)
        .json().path("message").asString()).isEqualTo("POSTING_ALREADY_CANCELLED");
  }

  @Test
  void listsCancelReasonsThatFitEachPosting() {
    var catalogue = ok("/v2/posting/fbs/cancel-reason/list", "{}").path("result");
    assertThat(catalogue.size()).isEqualTo(7);
    assertThat(catalogue.get(0).path("id").asInt()).isEqualTo(352);
    var number = awaitingPackaging(1).path("posting_number").asString();
    var fitting = ok("/v1/posting/fbs/cancel-reason", "{\"related_posting_numbers\":[\"" + number + "\"]}").path("result").get(0);
    assertThat(fitting.path("posting_number").asString()).isEqualTo(number);
    assertThat(fitting.path("reasons").findValues("id")).extracting(JsonNode::asInt).containsExactly(352, 400, 401, 402);
  }

  @Test
  void setsTrackingNumbersPerItem() {
    var number = awaitingPackaging(1).path("posting_number").asString();
    var result = ok("/v2/fbs/posting/tracking-number/set", "{\"tracking_numbers\":[{\"posting_number\":\"" + number
        + "\",\"tracking_number\":\"123123123\"},{\"posting_number\":\"10000000-9999-1\",\"tracking_number\":\"1\"}]}").path("result");
    assertThat(result.get(0).path("result").asBoolean()).isTrue();
    assertThat(result.get(0).path("error").asString()).isEmpty();
    assertThat(result.get(1).path("result").asBoolean()).isFalse();
    assertThat(result.get(1).path("error").asString()).isEqualTo("POSTING_NOT_FOUND");
    assertThat(get(number).path("tracking_number").asString()).isEqualTo("123123123");
  }

  @Test
  void releasesDisputedPostingsToDelivery() {
    var number = awaitingPackaging(1).path("posting_number").asString();
    var body = "{\"posting_number\":[\"" + number + "\"]}";
    assertThat(error("/v2/posting/fbs/awaiting-delivery", body, 400).json().path("message").asString()).isEqualTo("HAS_INCORRECT_STATUS");
    sandbox.control().setPostingStatus(shop.clientId(), number, "arbitration");
    assertThat(get(number).path("status").asString()).isEqualTo("arbitration");
    assertThat(ok("/v2/posting/fbs/awaiting-delivery", body).path("result").asBoolean()).isTrue();
    assertThat(get(number).path("status").asString()).isEqualTo("awaiting_deliver");
  }

  @Test
  void reportsAnInjectedUnknownStatus() {
    var number = awaitingPackaging(1).path("posting_number").asString();
    sandbox.control().setPostingStatus(shop.clientId(), number, "awaiting_quantum_check");
    assertThat(get(number).path("status").asString()).isEqualTo("awaiting_quantum_check");
    var listed = v3(",\"status\":\"awaiting_quantum_check\"", 10, 0).path("postings");
    assertThat(listed.size()).isEqualTo(1);
    assertThat(listed.get(0).path("posting_number").asString()).isEqualTo(number);
  }

  @Test
  void receivesNewPostingsAtTheSetRate() {
    var since = "\"since\":\"2026-03-02T09:00:00Z\",\"to\":\"2026-03-03T09:00:00Z\"";
    var body = "{\"filter\":{" + since + "},\"limit\":1000,\"offset\":0}";
    assertThat(ok("/v3/posting/fbs/list", body).path("result").path("postings").size()).isZero();
    sandbox.control().advanceClock(Duration.ofHours(2));
    List<String> statuses = new ArrayList<>();
    for (var p : ok("/v3/posting/fbs/list", body).path("result").path("postings")) statuses.add(p.path("status").asString());
    assertThat(statuses).hasSize(12).containsOnly("awaiting_packaging");
  }
}
