package com.euraflow.ozon.products;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.OzonJson;
import com.euraflow.ozon.client.paging.OzonPages;
import com.euraflow.ozon.client.products.ProductInfoListRequest;
import com.euraflow.ozon.client.products.ProductInfoListResponse;
import com.euraflow.ozon.client.products.ProductListRequest;
import com.euraflow.ozon.client.products.ProductListResponse;
import com.euraflow.ozon.client.products.StocksByWarehouseRequest;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.ShopJob;
import com.euraflow.ozon.sync.SyncCheckpoints;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Mirrors a shop's catalogue: walks the product list at OZON's largest page (1000, last_id paging),
 * fetches details for each page in one call, then stock per warehouse; each page is stored in two
 * statements. Rows that did not change are rewritten with the same values, so a repeat is harmless.
 */
@Component
class ProductsSyncJob extends ShopJob {

  static final int PAGE = ProductListRequest.MAX_LIMIT;

  private final ProductRepository products;
  private final OzonClient ozon;
  private final SyncCheckpoints checkpoints;
  private final Clock clock;

  ProductsSyncJob(ProductRepository products, OzonClient ozon, OzonJobs ozonJobs, SyncCheckpoints checkpoints,
      Clock clock) {
    super(SyncKind.products, ozonJobs);
    this.products = products;
    this.ozon = ozon;
    this.checkpoints = checkpoints;
    this.clock = clock;
  }

  @Override
  protected JobResult run(JobContext context, OzonCredentials credentials) {
    return sync(context, credentials);
  }

  private JobResult sync(JobContext context, OzonCredentials credentials) {
    long shopId = context.shopId();
    var started = clock.instant();
    var seen = 0;
    var pages = OzonPages.stream(ProductListRequest.all(PAGE), q -> ozon.productList(credentials, q)).iterator();
    while (pages.hasNext()) {
      context.checkpoint();
      var page = pages.next();
      var items = page.result().items();
      if (items.isEmpty()) {
        break;
      }
      var info = ozon.productInfoList(credentials,
          ProductInfoListRequest.byProductIds(items.stream().map(ProductListResponse.Item::productId).toList()));
      products.upsertPage(shopId, snapshots(items, info), clock.instant());
      products.replaceStocks(shopId, stocks(credentials, info), clock.instant());
      seen += items.size();
      var total = Math.max(page.result().total(), seen);
      context.progress((int) Math.min(99, 100L * seen / total), seen + " of " + total + " products");
    }
    checkpoints.succeeded(shopId, SyncKind.products, started, clock.instant(), "{\"products\":" + seen + "}");
    return JobResult.done();
  }

  private static List<ProductSnapshot> snapshots(List<ProductListResponse.Item> listed, ProductInfoListResponse info) {
    var archived = new HashMap<Long, Boolean>();
    listed.forEach(i -> archived.put(i.productId(), i.archived()));
    var raw = OzonJson.mapper();
    var snapshots = new ArrayList<ProductSnapshot>(info.items().size());
    for (var item : info.items()) {
      var status = item.statuses() == null ? null : item.statuses().status();
      var visible = item.visibilityDetails() == null
          || item.visibilityDetails().hasPrice() && item.visibilityDetails().hasStock();
      snapshots.add(new ProductSnapshot(item.offerId(), item.id(), item.sku() == 0 ? null : item.sku(), item.name(),
          status, archived.getOrDefault(item.id(), item.isArchived()) || item.isAutoarchived(), visible,
          item.price(), item.oldPrice(), item.minPrice(), item.currencyCode(), item.updatedAt(),
          raw.writeValueAsString(item)));
    }
    return snapshots;
  }

  private List<WarehouseStock> stocks(OzonCredentials credentials, ProductInfoListResponse info) {
    var skus = info.items().stream().map(ProductInfoListResponse.Item::sku).filter(s -> s != 0).toList();
    var productBySku = new HashMap<Long, Long>();
    info.items().forEach(i -> productBySku.put(i.sku(), i.id()));
    var stocks = new ArrayList<WarehouseStock>();
    for (var from = 0; from < skus.size(); from += StocksByWarehouseRequest.MAX_SKUS) {
      var chunk = skus.subList(from, Math.min(skus.size(), from + StocksByWarehouseRequest.MAX_SKUS));
      for (var row : ozon.stocksByWarehouse(credentials, new StocksByWarehouseRequest(chunk)).result()) {
        var productId = row.productId() != 0 ? row.productId() : productBySku.getOrDefault(row.sku(), 0L);
        stocks.add(new WarehouseStock(productId, row.warehouseId(), (int) row.present(), (int) row.reserved()));
      }
    }
    return mergeDuplicates(stocks);
  }

  /** One row per product and warehouse: a product with several SKUs adds up. */
  private static List<WarehouseStock> mergeDuplicates(List<WarehouseStock> stocks) {
    record Key(long productId, long warehouseId) {}
    var merged = new java.util.LinkedHashMap<Key, WarehouseStock>();
    for (var s : stocks) {
      merged.merge(new Key(s.productId(), s.warehouseId()), s, (a, b) ->
          new WarehouseStock(a.productId(), a.warehouseId(), a.present() + b.present(), a.reserved() + b.reserved()));
    }
    return List.copyOf(merged.values());
  }
}
