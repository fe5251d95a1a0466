package com.euraflow.ozon.client;

import com.euraflow.kernel.sharedstate.RateLimit;
import com.euraflow.kernel.sharedstate.RateLimiter;
import com.euraflow.ozon.client.finance.FinanceTransactionListRequest;
import com.euraflow.ozon.client.finance.FinanceTransactionListResponse;
import com.euraflow.ozon.client.labels.PackageLabel;
import com.euraflow.ozon.client.labels.PackageLabelCreateRequest;
import com.euraflow.ozon.client.labels.PackageLabelCreateResponse;
import com.euraflow.ozon.client.labels.PackageLabelGetRequest;
import com.euraflow.ozon.client.labels.PackageLabelGetResponse;
import com.euraflow.ozon.client.labels.PackageLabelRequest;
import com.euraflow.ozon.client.postings.PostingFboListRequest;
import com.euraflow.ozon.client.postings.PostingFboListResponse;
import com.euraflow.ozon.client.postings.PostingFbsAwaitingDeliveryRequest;
import com.euraflow.ozon.client.postings.PostingFbsAwaitingDeliveryResponse;
import com.euraflow.ozon.client.postings.PostingFbsCancelRequest;
import com.euraflow.ozon.client.postings.PostingFbsCancelResponse;
import com.euraflow.ozon.client.postings.PostingFbsGetRequest;
import com.euraflow.ozon.client.postings.PostingFbsGetResponse;
import com.euraflow.ozon.client.postings.PostingFbsListRequest;
import com.euraflow.ozon.client.postings.PostingFbsListResponse;
import com.euraflow.ozon.client.postings.PostingFbsListV3Request;
import com.euraflow.ozon.client.postings.PostingFbsListV3Response;
import com.euraflow.ozon.client.postings.PostingFbsShipRequest;
import com.euraflow.ozon.client.postings.PostingFbsShipResponse;
import com.euraflow.ozon.client.postings.PostingFbsUnfulfilledListRequest;
import com.euraflow.ozon.client.postings.PostingFbsUnfulfilledListResponse;
import com.euraflow.ozon.client.postings.PostingFbsUnfulfilledListV3Request;
import com.euraflow.ozon.client.postings.PostingFbsUnfulfilledListV3Response;
import com.euraflow.ozon.client.postings.TrackingNumberSetRequest;
import com.euraflow.ozon.client.postings.TrackingNumberSetResponse;
import com.euraflow.ozon.client.products.PricesImportRequest;
import com.euraflow.ozon.client.products.PricesImportResponse;
import com.euraflow.ozon.client.products.ProductInfoListRequest;
import com.euraflow.ozon.client.products.ProductInfoListResponse;
import com.euraflow.ozon.client.products.ProductListRequest;
import com.euraflow.ozon.client.products.ProductListResponse;
import com.euraflow.ozon.client.products.ProductPricesInfoRequest;
import com.euraflow.ozon.client.products.ProductPricesInfoResponse;
import com.euraflow.ozon.client.products.ProductStocksInfoRequest;
import com.euraflow.ozon.client.products.ProductStocksInfoResponse;
import com.euraflow.ozon.client.products.ProductsStocksRequest;
import com.euraflow.ozon.client.products.ProductsStocksResponse;
import com.euraflow.ozon.client.products.StocksByWarehouseRequest;
import com.euraflow.ozon.client.products.StocksByWarehouseResponse;
import com.euraflow.ozon.client.returns.ConditionalCancellationListRequest;
import com.euraflow.ozon.client.returns.ConditionalCancellationListResponse;
import com.euraflow.ozon.client.returns.ReturnsListRequest;
import com.euraflow.ozon.client.returns.ReturnsListResponse;
import com.euraflow.ozon.client.warehouses.WarehouseListRequest;
import com.euraflow.ozon.client.warehouses.WarehouseListResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OZON Seller API, one method per OZON method, for any shop: every call takes the shop's {@link
 * OzonCredentials}. Thread-safe; meant to be shared.
 *
 * <p>Each call first takes permits from the shared budget of the shop's Client-Id, retries 429,
 * 5xx, timeouts and connection errors with backoff, and ends in one of the {@link OzonException}s
 * when it cannot succeed. List requests are {@link com.euraflow.ozon.client.paging.PagedRequest}s:
 * walk them to the end with {@link com.euraflow.ozon.client.paging.OzonPages#stream}.
 */
public final class OzonClient implements AutoCloseable {

  private final OzonTransport transport;
  private final JsonMapper json = OzonJson.mapper();

  public OzonClient(OzonProperties properties, RateLimiter rateLimiter, MeterRegistry meters) {
    this(properties, rateLimiter, meters, properties.retry().backoff(), Sleeper.threadSleep());
  }

  OzonClient(
      OzonProperties properties,
      RateLimiter rateLimiter,
      MeterRegistry meters,
      Backoff backoff,
      Sleeper sleeper) {
    var http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    var budget =
        new OzonRateBudget(
            rateLimiter,
            RateLimit.perSecond(properties.budget().requestsPerSecond()),
            properties.budget().maxPermitWait(),
            sleeper);
    this.transport =
        new OzonTransport(
            properties.baseUrl(),
            http,
            properties.requestTimeout(),
            properties.retry().maxRetries(),
            backoff,
            properties.retry().maxRetryAfter(),
            budget,
            sleeper,
            meters,
            json,
            Clock.systemUTC());
  }

  public WarehouseListResponse warehouseList(OzonCredentials shop) {
    return call(
        OzonEndpoint.WAREHOUSE_LIST, shop, new WarehouseListRequest(), WarehouseListResponse.class);
  }

  public ProductListResponse productList(OzonCredentials shop, ProductListRequest request) {
    return call(OzonEndpoint.PRODUCT_LIST, shop, request, ProductListResponse.class);
  }

  public ProductInfoListResponse productInfoList(
      OzonCredentials shop, ProductInfoListRequest request) {
    return call(OzonEndpoint.PRODUCT_INFO_LIST, shop, request, ProductInfoListResponse.class);
  }

  public ProductStocksInfoResponse productStocksInfo(
      OzonCredentials shop, ProductStocksInfoRequest request) {
    return call(OzonEndpoint.PRODUCT_INFO_STOCKS, shop, request, ProductStocksInfoResponse.class);
  }

  public ProductPricesInfoResponse productPricesInfo(
      OzonCredentials shop, ProductPricesInfoRequest request) {
    return call(OzonEndpoint.PRODUCT_INFO_PRICES, shop, request, ProductPricesInfoResponse.class);
  }

  public StocksByWarehouseResponse stocksByWarehouse(
      OzonCredentials shop, StocksByWarehouseRequest request) {
    return call(
        OzonEndpoint.PRODUCT_STOCKS_BY_WAREHOUSE, shop, request, StocksByWarehouseResponse.class);
  }

  /** {@code /v2/products/stocks}; per-item failures are in the answer, not thrown. */
  public ProductsStocksResponse updateStocks(OzonCredentials shop, ProductsStocksRequest request) {
    return call(OzonEndpoint.PRODUCTS_STOCKS, shop, request, ProductsStocksResponse.class);
  }

  /** {@code /v1/product/import/prices}; per-item failures are in the answer, not thrown. */
  public PricesImportResponse importPrices(OzonCredentials shop, PricesImportRequest request) {
    return call(OzonEndpoint.PRODUCT_IMPORT_PRICES, shop, request, PricesImportResponse.class);
  }

  public PostingFbsListV3Response postingFbsListV3(
      OzonCredentials shop, PostingFbsListV3Request request) {
    return call(OzonEndpoint.POSTING_FBS_LIST_V3, shop, request, PostingFbsListV3Response.class);
  }

  public PostingFbsListResponse postingFbsList(
      OzonCredentials shop, PostingFbsListRequest request) {
    return call(OzonEndpoint.POSTING_FBS_LIST, shop, request, PostingFbsListResponse.class);
  }

  public PostingFbsUnfulfilledListV3Response postingFbsUnfulfilledListV3(
      OzonCredentials shop, PostingFbsUnfulfilledListV3Request request) {
    return call(
        OzonEndpoint.POSTING_FBS_UNFULFILLED_LIST_V3,
        shop,
        request,
        PostingFbsUnfulfilledListV3Response.class);
  }

  public PostingFbsUnfulfilledListResponse postingFbsUnfulfilledList(
      OzonCredentials shop, PostingFbsUnfulfilledListRequest request) {
    return call(
        OzonEndpoint.POSTING_FBS_UNFULFILLED_LIST,
        shop,
        request,
        PostingFbsUnfulfilledListResponse.class);
  }

  public PostingFbsGetResponse postingFbsGet(OzonCredentials shop, PostingFbsGetRequest request) {
    return call(OzonEndpoint.POSTING_FBS_GET, shop, request, PostingFbsGetResponse.class);
  }

  public PostingFbsShipResponse postingFbsShip(
      OzonCredentials shop, PostingFbsShipRequest request) {
    return call(OzonEndpoint.POSTING_FBS_SHIP, shop, request, PostingFbsShipResponse.class);
  }

  public PostingFbsAwaitingDeliveryResponse postingFbsAwaitingDelivery(
      OzonCredentials shop, PostingFbsAwaitingDeliveryRequest request) {
    return call(
        OzonEndpoint.POSTING_FBS_AWAITING_DELIVERY,
        shop,
        request,
        PostingFbsAwaitingDeliveryResponse.class);
  }

  public TrackingNumberSetResponse setTrackingNumbers(
      OzonCredentials shop, TrackingNumberSetRequest request) {
    return call(
        OzonEndpoint.POSTING_FBS_TRACKING_NUMBER_SET,
        shop,
        request,
        TrackingNumberSetResponse.class);
  }

  public PostingFbsCancelResponse postingFbsCancel(
      OzonCredentials shop, PostingFbsCancelRequest request) {
    return call(OzonEndpoint.POSTING_FBS_CANCEL, shop, request, PostingFbsCancelResponse.class);
  }

  /**
   * The PDF of up to 20 postings. OZON answers with raw PDF; a JSON wrapper {@code {file_content}}
   * (as the docs' example shows) is unwrapped too.
   */
  public PackageLabel packageLabel(OzonCredentials shop, PackageLabelRequest request) {
    var endpoint = OzonEndpoint.POSTING_FBS_PACKAGE_LABEL;
    var reply = transport.post(endpoint, shop, write(endpoint, request));
    if (!reply.contentType().toLowerCase(Locale.ROOT).contains("json")) {
      return new PackageLabel(reply.body());
    }
    var wrapped = read(endpoint, reply.body(), WrappedLabel.class);
    var content = wrapped.fileContent();
    // The docs' example carries the PDF as Latin-1 text; other clients expect base64.
    return new PackageLabel(
        content.startsWith("%PDF")
            ? content.getBytes(StandardCharsets.ISO_8859_1)
            : Base64.getMimeDecoder().decode(content));
  }

  private record WrappedLabel(String fileContent) {}

  public PackageLabelCreateResponse packageLabelCreate(
      OzonCredentials shop, PackageLabelCreateRequest request) {
    return call(
        OzonEndpoint.POSTING_FBS_PACKAGE_LABEL_CREATE,
        shop,
        request,
        PackageLabelCreateResponse.class);
  }

  public PackageLabelGetResponse packageLabelGet(
      OzonCredentials shop, PackageLabelGetRequest request) {
    return call(
        OzonEndpoint.POSTING_FBS_PACKAGE_LABEL_GET, shop, request, PackageLabelGetResponse.class);
  }

  public PostingFboListResponse postingFboList(
      OzonCredentials shop, PostingFboListRequest request) {
    return call(OzonEndpoint.POSTING_FBO_LIST, shop, request, PostingFboListResponse.class);
  }

  public ReturnsListResponse returnsList(OzonCredentials shop, ReturnsListRequest request) {
    return call(OzonEndpoint.RETURNS_LIST, shop, request, ReturnsListResponse.class);
  }

  public ConditionalCancellationListResponse conditionalCancellationList(
      OzonCredentials shop, ConditionalCancellationListRequest request) {
    return call(
        OzonEndpoint.CONDITIONAL_CANCELLATION_LIST,
        shop,
        request,
        ConditionalCancellationListResponse.class);
  }

  public FinanceTransactionListResponse financeTransactionList(
      OzonCredentials shop, FinanceTransactionListRequest request) {
    return call(
        OzonEndpoint.FINANCE_TRANSACTION_LIST, shop, request, FinanceTransactionListResponse.class);
  }

  private <R> R call(
      OzonEndpoint endpoint, OzonCredentials shop, Object request, Class<R> responseType) {
    var reply = transport.post(endpoint, shop, write(endpoint, request));
    return read(endpoint, reply.body(), responseType);
  }

  private byte[] write(OzonEndpoint endpoint, Object request) {
    try {
      return json.writeValueAsBytes(request);
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write request for " + endpoint.path(), e);
    }
  }

  private <R> R read(OzonEndpoint endpoint, byte[] body, Class<R> type) {
    try {
      return json.readValue(body, type);
    } catch (JacksonException e) {
      // An answer we cannot read is OZON misbehaving, not the caller's mistake.
      throw new OzonUnavailable(endpoint.path(), "unreadable answer: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public void close() {
    transport.close();
  }
}
