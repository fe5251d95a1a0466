package com.euraflow.ozon.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.euraflow.ozon.client.paging.OzonPages;
import com.euraflow.ozon.client.postings.Posting;
import com.euraflow.ozon.client.postings.PostingFbsGetRequest;
import com.euraflow.ozon.client.postings.PostingFbsListRequest;
import com.euraflow.ozon.client.postings.PostingFbsListV3Request;
import com.euraflow.ozon.client.postings.PostingFbsShipRequest;
import com.euraflow.ozon.client.products.ProductInfoListRequest;
import com.euraflow.ozon.client.products.ProductListRequest;
import com.euraflow.ozon.client.products.ProductListResponse;
import com.euraflow.ozon.client.products.ProductPricesInfoRequest;
import com.euraflow.ozon.client.products.ProductStocksInfoRequest;
import com.euraflow.ozon.client.products.ProductsStocksRequest;
import com.euraflow.sandbox.OzonSandbox;
import com.euraflow.sandbox.SandboxSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client against the sandbox, the local OZON: both were written from the API reference, not
 * from each other, so agreement here means they read the reference the same way.
 */
class OzonSandboxContractTests {

  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final int PRODUCTS = 250;
  private static final int POSTINGS = 300;

  private static OzonSandbox sandbox;
  private static OzonClient client;
  private static OzonCredentials shop;

  @BeforeAll
  static void start() {
    sandbox =
        OzonSandbox.start(
            SandboxSettings.builder()
                .shops(2)
                .productsPerShop(PRODUCTS)
                .postingsPerShop(POSTINGS)
                .seed(7)
                .start(START)
                .manualClock(true)
                .build());
    var first = sandbox.shops().getFirst();
    shop = new OzonCredentials(String.valueOf(first.clientId()), first.apiKey());
    client =
        new OzonClient(
            OzonClientFixture.properties(URI.create(sandbox.baseUrl())),
            new InMemoryRateLimiter(),
            new SimpleMeterRegistry());
  }

  @AfterAll
  static void stop() {
    client.close();
    sandbox.close();
  }

  @Test
  void listsEveryProductToTheEndWithDetailsStocksAndPrices() {
    var pages =
        OzonPages.stream(ProductListRequest.all(100), q -> client.productList(shop, q)).toList();
    var products = pages.stream().flatMap(page -> page.result().items().stream()).toList();
    var firstHundred =
        products.stream().limit(100).map(ProductListResponse.Item::productId).toList();
    var details = client.productInfoList(shop, ProductInfoListRequest.byProductIds(firstHundred));
    var stocks =
        OzonPages.stream(ProductStocksInfoRequest.all(100), q -> client.productStocksInfo(shop, q))
            .mapToInt(page -> page.items().size())
            .sum();
    var prices =
        OzonPages.stream(ProductPricesInfoRequest.all(100), q -> client.productPricesInfo(shop, q))
            .flatMap(page -> page.items().stream())
            .toList();

    // visibility ALL leaves archived products out, as the reference (§5.4) reports.
    assertThat(products)
        .hasSize(pages.getFirst().result().total())
        .hasSizeBetween(PRODUCTS * 9 / 10, PRODUCTS);
    assertThat(products.stream().map(ProductListResponse.Item::productId)).doesNotHaveDuplicates();
    assertThat(details.items())
        .extracting(item -> item.id())
        .containsExactlyInAnyOrderElementsOf(firstHundred);
    assertThat(stocks).isEqualTo(products.size());
    assertThat(prices)
        .hasSize(products.size())
        .allSatisfy(item -> assertThat(item.price().price()).isPositive());
  }

  @Test
  void pullsEveryPostingToTheEndWithEitherListVersion() {
    var since = START.minus(Duration.ofDays(31));
    var to = START.plus(Duration.ofDays(1));

    var v3 =
        OzonPages.stream(
                PostingFbsListV3Request.between(since, to, 100),
                q -> client.postingFbsListV3(shop, q))
            .flatMap(page -> page.result().postings().stream())
            .map(Posting::postingNumber)
            .toList();
    var v4 =
        OzonPages.stream(
                PostingFbsListRequest.between(since, to, 100), q -> client.postingFbsList(shop, q))
            .flatMap(page -> page.postings().stream())
            .map(Posting::postingNumber)
            .toList();

    assertThat(v3).hasSizeGreaterThanOrEqualTo(POSTINGS).doesNotHaveDuplicates();
    assertThat(v4).containsExactlyInAnyOrderElementsOf(v3);
  }

  @Test
  void setsStockOncePerPairWithinThirtySeconds() {
    var warehouse = client.warehouseList(shop).result().getFirst().warehouseId();
    var ids =
        client.productList(shop, ProductListRequest.all(100)).result().items().stream()
            .map(ProductListResponse.Item::productId)
            .toList();
    // OZON takes stock only for products whose status reached price_sent.
    var offer =
        client.productInfoList(shop, ProductInfoListRequest.byProductIds(ids)).items().stream()
            .filter(
                item -> item.statuses() != null && "price_sent".equals(item.statuses().status()))
            .findFirst()
            .orElseThrow()
            .offerId();
    var request =
        new ProductsStocksRequest(
            List.of(ProductsStocksRequest.Stock.ofOffer(offer, warehouse, 42)));

    var first = client.updateStocks(shop, request).result().getFirst();
    var again = client.updateStocks(shop, request).result().getFirst();

    assertThat(first.errors()).isEmpty();
    assertThat(first.updated()).isTrue();
    assertThat(again.updated()).isFalse();
    assertThat(again.errors()).extracting(error -> error.code()).contains("TOO_MANY_REQUESTS");
  }

  @Test
  void shipsAPostingAwaitingPackaging() {
    var since = START.minus(Duration.ofDays(31));
    var posting =
        OzonPages.stream(
                PostingFbsListRequest.between(since, START, 1000),
                q -> client.postingFbsList(shop, q))
            .flatMap(page -> page.postings().stream())
            .filter(p -> p.status().equals("awaiting_packaging"))
            .findFirst()
            .orElseThrow();
    var products =
        posting.products().stream()
            .map(p -> new PostingFbsShipRequest.Product(p.sku(), p.quantity()))
            .toList();

    var shipped =
        client.postingFbsShip(
            shop, PostingFbsShipRequest.onePackage(posting.postingNumber(), products));
    var after =
        client.postingFbsGet(shop, PostingFbsGetRequest.of(posting.postingNumber())).result();

    assertThat(shipped.result()).containsExactly(posting.postingNumber());
    assertThat(after.status()).isEqualTo("awaiting_deliver");
  }

  @Test
  void rejectsAWrongApiKey() {
    var wrong = new OzonCredentials(shop.clientId(), "00000000-0000-0000-0000-000000000000");

    assertThatThrownBy(() -> client.productList(wrong, ProductListRequest.all(1)))
        .isInstanceOf(OzonCredentialsRejected.class)
        .hasMessageNotContaining(wrong.apiKey());
  }
}
