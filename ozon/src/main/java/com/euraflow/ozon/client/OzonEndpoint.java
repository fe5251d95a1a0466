package com.euraflow.ozon.client;

import com.euraflow.kernel.sharedstate.RateLimit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The OZON methods this client calls, with the per-method limits of the API reference §3 that apply
 * on top of the 50 requests/s per Client-Id. The path is also the {@code method} metric tag, which
 * keeps its cardinality bounded.
 */
public enum OzonEndpoint {
  WAREHOUSE_LIST("/v1/warehouse/list", RateLimit.perMinute(1)),
  PRODUCT_LIST("/v3/product/list", null),
  PRODUCT_INFO_LIST("/v3/product/info/list", null),
  PRODUCT_INFO_STOCKS("/v4/product/info/stocks", null),
  PRODUCT_INFO_PRICES("/v5/product/info/prices", null),
  PRODUCT_STOCKS_BY_WAREHOUSE("/v1/product/info/stocks-by-warehouse/fbs", null),
  PRODUCTS_STOCKS("/v2/products/stocks", RateLimit.perMinute(80)),
  PRODUCT_IMPORT_PRICES("/v1/product/import/prices", null),
  POSTING_FBS_LIST_V3("/v3/posting/fbs/list", null),
  POSTING_FBS_LIST("/v4/posting/fbs/list", null),
  POSTING_FBS_UNFULFILLED_LIST_V3("/v3/posting/fbs/unfulfilled/list", null),
  POSTING_FBS_UNFULFILLED_LIST("/v4/posting/fbs/unfulfilled/list", null),
  // Undocumented, but OZON often answers 429 here; 2/s is the empirical limit other clients use.
  POSTING_FBS_GET("/v3/posting/fbs/get", RateLimit.perSecond(2)),
  POSTING_FBS_SHIP("/v4/posting/fbs/ship", null),
  POSTING_FBS_AWAITING_DELIVERY("/v2/posting/fbs/awaiting-delivery", null),
  POSTING_FBS_TRACKING_NUMBER_SET("/v2/fbs/posting/tracking-number/set", null),
  POSTING_FBS_CANCEL("/v2/posting/fbs/cancel", null),
  POSTING_FBS_PACKAGE_LABEL("/v2/posting/fbs/package-label", null),
  POSTING_FBS_PACKAGE_LABEL_CREATE("/v2/posting/fbs/package-label/create", null),
  POSTING_FBS_PACKAGE_LABEL_GET("/v1/posting/fbs/package-label/get", null),
  POSTING_FBO_LIST("/v2/posting/fbo/list", null),
  RETURNS_LIST("/v1/returns/list", null),
  CONDITIONAL_CANCELLATION_LIST("/v2/conditional-cancellation/list", null),
  FINANCE_TRANSACTION_LIST("/v3/finance/transaction/list", null);

  private final String path;
  private final @Nullable RateLimit limit;

  OzonEndpoint(String path, @Nullable RateLimit limit) {
    this.path = path;
    this.limit = limit;
  }

  public String path() {
    return path;
  }

  /** OZON's own limit for this method, if it has one beyond the per-Client-Id budget. */
  public Optional<RateLimit> limit() {
    return Optional.ofNullable(limit);
  }
}
