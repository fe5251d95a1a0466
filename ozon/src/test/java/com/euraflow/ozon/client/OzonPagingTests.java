package com.euraflow.ozon.client;

import static com.euraflow.ozon.client.FakeOzon.Reply.json;
import static com.euraflow.ozon.client.OzonClientFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.ozon.client.finance.FinanceTransactionListRequest;
import com.euraflow.ozon.client.paging.OzonPages;
import com.euraflow.ozon.client.postings.Posting;
import com.euraflow.ozon.client.postings.PostingFboListRequest;
import com.euraflow.ozon.client.postings.PostingFbsListRequest;
import com.euraflow.ozon.client.postings.PostingFbsListV3Request;
import com.euraflow.ozon.client.postings.PostingFbsUnfulfilledListRequest;
import com.euraflow.ozon.client.postings.PostingFbsUnfulfilledListV3Request;
import com.euraflow.ozon.client.products.ProductListRequest;
import com.euraflow.ozon.client.products.ProductPricesInfoRequest;
import com.euraflow.ozon.client.products.ProductStocksInfoRequest;
import com.euraflow.ozon.client.returns.ConditionalCancellationListRequest;
import com.euraflow.ozon.client.returns.ReturnsListRequest;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each of OZON's paging styles walked to its end, with the request sent for every page. */
class OzonPagingTests {

  private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-01-31T00:00:00Z");

  private final FakeOzon ozon;
  private final OzonClient client;
  private final JsonMapper plain = JsonMapper.builder().build();

  OzonPagingTests() throws Exception {
    ozon = new FakeOzon();
    client = OzonClientFixture.client(ozon);
  }

  @AfterEach
  void close() {
    client.close();
    ozon.close();
  }

  private List<JsonNode> sentTo(String path) {
    return ozon.bodiesTo(path).stream().map(plain::readTree).toList();
  }

  private static String join(IntStream numbers, IntFunction<String> item) {
    return numbers.mapToObj(item).collect(Collectors.joining(","));
  }

  private static String products(int from, int to) {
    return join(
        IntStream.range(from, to),
        i -> "{\"product_id\": " + i + ", \"offer_id\": \"o" + i + "\"}");
  }

  private static String postings(int from, int to) {
    return join(
        IntStream.range(from, to),
        i ->
            "{\"posting_number\": \"1-1-"
                + i
                + "\", \"order_id\": "
                + i
                + ", \"order_number\": \"1-1\", \"status\": \"awaiting_packaging\", \"products\":"
                + " []}");
  }

  @Test
  void followsLastIdUntilAShortPage() {
    ozon.on(
        "/v3/product/list",
        json(
            "{\"result\": {\"items\": ["
                + products(0, 2)
                + "], \"total\": 5, \"last_id\": \"a\"}}"),
        json(
            "{\"result\": {\"items\": ["
                + products(2, 4)
                + "], \"total\": 5, \"last_id\": \"b\"}}"),
        json(
            "{\"result\": {\"items\": ["
                + products(4, 5)
                + "], \"total\": 5, \"last_id\": \"c\"}}"));

    var ids =
        OzonPages.stream(ProductListRequest.all(2), q -> client.productList(SHOP, q))
            .flatMap(page -> page.result().items().stream())
            .map(item -> item.productId())
            .toList();

    assertThat(ids).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(sentTo("/v3/product/list"))
        .extracting(b -> b.get("last_id").asString())
        .containsExactly("", "a", "b");
  }

  @Test
  void stopsAtAnEmptyLastIdOnAFullPage() {
    ozon.on(
        "/v3/product/list",
        json(
            "{\"result\": {\"items\": ["
                + products(0, 2)
                + "], \"total\": 2, \"last_id\": \"\"}}"));

    assertThat(OzonPages.stream(ProductListRequest.all(2), q -> client.productList(SHOP, q)))
        .hasSize(1);
  }

  @Test
  void fetchesOnlyThePagesTheStreamReaches() {
    ozon.on(
        "/v3/product/list",
        json(
            "{\"result\": {\"items\": ["
                + products(0, 2)
                + "], \"total\": 9, \"last_id\": \"a\"}}"));

    var first =
        OzonPages.stream(ProductListRequest.all(2), q -> client.productList(SHOP, q)).findFirst();

    assertThat(first).isPresent();
    assertThat(ozon.received()).hasSize(1);
  }

  @Test
  void followsStockCursorsUntilAnEmptyPage() {
    var item =
        "{\"product_id\": 1, \"offer_id\": \"o1\", \"stocks\": [{\"type\": \"fbs\", \"sku\": 9,"
            + " \"present\": 3, \"reserved\": 0}]}";
    ozon.on(
        "/v4/product/info/stocks",
        json("{\"cursor\": \"c1\", \"items\": [" + item + "], \"total\": 2}"),
        json("{\"cursor\": \"c2\", \"items\": [" + item + "], \"total\": 2}"),
        json("{\"cursor\": \"\", \"items\": [], \"total\": 2}"));

    var pages =
        OzonPages.stream(ProductStocksInfoRequest.all(1), q -> client.productStocksInfo(SHOP, q))
            .toList();

    assertThat(pages).hasSize(3);
    assertThat(sentTo("/v4/product/info/stocks"))
        .extracting(b -> b.get("cursor").asString())
        .containsExactly("", "c1", "c2");
  }

  @Test
  void followsPriceCursorsUntilAnEmptyCursor() {
    var item = "{\"product_id\": 1, \"offer_id\": \"o1\", \"price\": {\"price\": 10}}";
    ozon.on(
        "/v5/product/info/prices",
        json("{\"cursor\": \"p1\", \"items\": [" + item + "], \"total\": 2}"),
        json("{\"cursor\": \"\", \"items\": [" + item + "], \"total\": 2}"));

    var pages =
        OzonPages.stream(ProductPricesInfoRequest.all(1), q -> client.productPricesInfo(SHOP, q))
            .toList();

    assertThat(pages).hasSize(2);
    assertThat(sentTo("/v5/product/info/prices"))
        .extracting(b -> b.get("cursor").asString())
        .containsExactly("", "p1");
  }

  @Test
  void followsFbsListOffsetsWhileHasNext() {
    ozon.on(
        "/v3/posting/fbs/list",
        json("{\"result\": {\"postings\": [" + postings(0, 2) + "], \"has_next\": true}}"),
        json("{\"result\": {\"postings\": [" + postings(2, 4) + "], \"has_next\": true}}"),
        json("{\"result\": {\"postings\": [" + postings(4, 5) + "], \"has_next\": false}}"));

    var numbers =
        OzonPages.stream(
                PostingFbsListV3Request.between(SINCE, TO, 2),
                q -> client.postingFbsListV3(SHOP, q))
            .flatMap(page -> page.result().postings().stream())
            .map(Posting::postingNumber)
            .toList();

    assertThat(numbers).containsExactly("1-1-0", "1-1-1", "1-1-2", "1-1-3", "1-1-4");
    assertThat(sentTo("/v3/posting/fbs/list"))
        .extracting(b -> b.get("offset").asInt())
        .containsExactly(0, 2, 4);
  }

  @Test
  void followsFbsListV4CursorsWhileHasNext() {
    ozon.on(
        "/v4/posting/fbs/list",
        json("{\"cursor\": \"n1\", \"has_next\": true, \"postings\": [" + postings(0, 2) + "]}"),
        json("{\"cursor\": \"n2\", \"has_next\": false, \"postings\": [" + postings(2, 3) + "]}"));

    var count =
        OzonPages.stream(
                PostingFbsListRequest.between(SINCE, TO, 2), q -> client.postingFbsList(SHOP, q))
            .mapToInt(page -> page.postings().size())
            .sum();

    assertThat(count).isEqualTo(3);
    var sent = sentTo("/v4/posting/fbs/list");
    assertThat(sent).extracting(b -> b.get("cursor").asString()).containsExactly("", "n1");
    assertThat(sent.getFirst().get("filter").get("since").asString())
        .isEqualTo("2026-01-01T00:00:00Z");
    assertThat(sent.getFirst().get("sort_dir").asString()).isEqualTo("ASC");
  }

  @Test
  void followsUnfulfilledOffsetsUpToTheCount() {
    ozon.on(
        "/v3/posting/fbs/unfulfilled/list",
        json("{\"result\": {\"postings\": [" + postings(0, 2) + "], \"count\": 4}}"),
        json("{\"result\": {\"postings\": [" + postings(2, 4) + "], \"count\": 4}}"));

    var pages =
        OzonPages.stream(
                PostingFbsUnfulfilledListV3Request.byCutoff(SINCE, TO, 2),
                q -> client.postingFbsUnfulfilledListV3(SHOP, q))
            .toList();

    assertThat(pages).hasSize(2);
    assertThat(sentTo("/v3/posting/fbs/unfulfilled/list"))
        .extracting(b -> b.get("offset").asInt())
        .containsExactly(0, 2);
  }

  @Test
  void followsUnfulfilledV4CursorsWhileHasNext() {
    ozon.on(
        "/v4/posting/fbs/unfulfilled/list",
        json(
            "{\"cursor\": \"u1\", \"has_next\": true, \"count\": 3, \"postings\": ["
                + postings(0, 2)
                + "]}"),
        json(
            "{\"cursor\": \"\", \"has_next\": false, \"count\": 3, \"postings\": ["
                + postings(2, 3)
                + "]}"));

    var pages =
        OzonPages.stream(
                PostingFbsUnfulfilledListRequest.byCutoff(SINCE, TO, 2),
                q -> client.postingFbsUnfulfilledList(SHOP, q))
            .toList();

    assertThat(pages).hasSize(2);
    assertThat(sentTo("/v4/posting/fbs/unfulfilled/list"))
        .extracting(b -> b.get("cursor").asString())
        .containsExactly("", "u1");
  }

  @Test
  void followsFboOffsetsUntilAShortPage() {
    var fbo =
        join(
            IntStream.range(0, 2),
            i ->
                "{\"posting_number\": \"2-2-"
                    + i
                    + "\", \"order_id\": 2, \"order_number\": \"2-2\", \"status\": \"delivered\","
                    + " \"products\": [{\"sku\": 1, \"offer_id\": \"o\", \"quantity\": 1,"
                    + " \"price\": \"10.50\"}]}");
    ozon.on(
        "/v2/posting/fbo/list",
        json("{\"result\": [" + fbo + "]}"),
        json("{\"result\": [" + fbo + "]}"),
        json("{\"result\": []}"));

    var count =
        OzonPages.stream(
                PostingFboListRequest.between(SINCE, TO, 2), q -> client.postingFboList(SHOP, q))
            .mapToInt(page -> page.result().size())
            .sum();

    assertThat(count).isEqualTo(4);
    assertThat(sentTo("/v2/posting/fbo/list"))
        .extracting(b -> b.get("offset").asInt())
        .containsExactly(0, 2, 4);
  }

  @Test
  void followsReturnsByTheLastIdReceivedWhileHasNext() {
    ozon.on(
        "/v1/returns/list",
        json(
            "{\"returns\": [{\"id\": \"11\", \"posting_number\": \"1-1-1\"}, {\"id\": \"12\","
                + " \"posting_number\": \"1-1-2\"}], \"has_next\": true}"),
        json(
            "{\"returns\": [{\"id\": \"13\", \"posting_number\": \"1-1-3\"}], \"has_next\":"
                + " false}"));

    var pages =
        OzonPages.stream(
                ReturnsListRequest.changedBetween(SINCE, TO, 2), q -> client.returnsList(SHOP, q))
            .toList();

    assertThat(pages).hasSize(2);
    assertThat(sentTo("/v1/returns/list"))
        .extracting(b -> b.get("last_id").asLong())
        .containsExactly(0L, 12L);
  }

  @Test
  void followsCancellationRequestsByLastIdUntilAShortPage() {
    var two =
        "{\"cancellation_id\": 1, \"posting_number\": \"1-1-1\"}, {\"cancellation_id\": 2,"
            + " \"posting_number\": \"1-1-2\"}";
    ozon.on(
        "/v2/conditional-cancellation/list",
        json("{\"result\": [" + two + "], \"last_id\": 2, \"counter\": \"0\"}"),
        json(
            "{\"result\": [{\"cancellation_id\": 3, \"posting_number\": \"1-1-3\"}], \"last_id\":"
                + " 3, \"counter\": \"0\"}"));

    var pages =
        OzonPages.stream(
                ConditionalCancellationListRequest.all(2),
                q -> client.conditionalCancellationList(SHOP, q))
            .toList();

    assertThat(pages).hasSize(2);
    assertThat(sentTo("/v2/conditional-cancellation/list"))
        .extracting(b -> b.get("last_id").asLong())
        .containsExactly(0L, 2L);
  }

  @Test
  void followsFinancePagesUpToThePageCount() {
    var operation =
        "{\"operation_id\": 1, \"operation_type\": \"OperationItemReturn\", \"operation_date\":"
            + " \"2026-01-02 10:00:00\"}";
    ozon.on(
        "/v3/finance/transaction/list",
        json(
            "{\"result\": {\"operations\": ["
                + operation
                + "], \"page_count\": 3, \"row_count\": 3}}"),
        json(
            "{\"result\": {\"operations\": ["
                + operation
                + "], \"page_count\": 3, \"row_count\": 3}}"),
        json(
            "{\"result\": {\"operations\": ["
                + operation
                + "], \"page_count\": 3, \"row_count\": 3}}"));

    var pages =
        OzonPages.stream(
                FinanceTransactionListRequest.between(SINCE, TO, 1),
                q -> client.financeTransactionList(SHOP, q))
            .toList();

    assertThat(pages).hasSize(3);
    assertThat(sentTo("/v3/finance/transaction/list"))
        .extracting(b -> b.get("page").asInt())
        .containsExactly(1, 2, 3);
  }

  @Test
  void endsFinanceAtOnceWhenThereAreNoOperations() {
    ozon.on(
        "/v3/finance/transaction/list",
        json("{\"result\": {\"operations\": [], \"page_count\": 0, \"row_count\": 0}}"));

    assertThat(
            OzonPages.stream(
                FinanceTransactionListRequest.between(SINCE, TO, 1000),
                q -> client.financeTransactionList(SHOP, q)))
        .hasSize(1);
  }
}
