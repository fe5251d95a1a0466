package com.euraflow.ozon.stock;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.products.ProductsStocksRequest;
import com.euraflow.ozon.client.products.ProductsStocksResponse;
import com.euraflow.ozon.sync.ItemAnswer;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.ShopJob;
import com.euraflow.ozon.sync.SyncCheckpoints;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sends a shop's pending stock changes to OZON, 100 pairs a call, never the same pair twice within 30 s,
 * and stores each item's answer. Pairs still waiting for their 30 s make the job come back later.
 */
@Component
class StockPushJob extends ShopJob {

  static final Duration PAIR_INTERVAL = Duration.ofSeconds(30);
  private static final String THROTTLED = "TOO_MANY_REQUESTS";

  private final StockChangeRepository changes;
  private final OzonClient ozon;
  private final SyncCheckpoints checkpoints;
  private final Clock clock;

  StockPushJob(StockChangeRepository changes, OzonClient ozon, OzonJobs ozonJobs, SyncCheckpoints checkpoints,
      Clock clock) {
    super(SyncKind.stock_push, ozonJobs);
    this.changes = changes;
    this.ozon = ozon;
    this.checkpoints = checkpoints;
    this.clock = clock;
  }

  @Override
  protected JobResult run(JobContext context, OzonCredentials credentials) {
    return push(context, credentials);
  }

  private JobResult push(JobContext context, OzonCredentials credentials) {
    long shopId = context.shopId();
    int updated = 0;
    int rejected = 0;
    while (true) {
      context.checkpoint();
      var batch = changes.sendable(shopId, clock.instant(), PAIR_INTERVAL, ProductsStocksRequest.MAX_ITEMS);
      if (batch.isEmpty()) {
        break;
      }
      var request = new ProductsStocksRequest(batch.stream()
          .map(p -> ProductsStocksRequest.Stock.ofOffer(p.offerId(), p.warehouseId(), p.quantity()))
          .toList());
      var results = results(batch, ozon.updateStocks(credentials, request));
      changes.storeResults(shopId, results, clock.instant());
      updated += ItemAnswer.count(results, "updated");
      rejected += ItemAnswer.count(results, "rejected");
      context.progress(0, updated + " updated, " + rejected + " rejected");
    }
    checkpoints.succeeded(shopId, SyncKind.stock_push, null, clock.instant(),
        "{\"updated\":" + updated + ",\"rejected\":" + rejected + "}");
    var next = changes.nextSendableAt(shopId, PAIR_INTERVAL);
    if (next == null) {
      return JobResult.done();
    }
    var wait = Duration.between(clock.instant(), next).plusSeconds(1);
    return JobResult.deferFor(wait.isNegative() ? Duration.ofSeconds(1) : wait,
        "pairs wait for OZON's 30 s limit per product and warehouse");
  }

  /** OZON answers item by item; match by offer and warehouse, since the order is not promised. */
  private static List<ItemAnswer> results(List<PendingStock> batch,
      ProductsStocksResponse response) {
    var byPair = new HashMap<String, ProductsStocksResponse.Result>();
    for (var r : response.result()) {
      byPair.put(r.offerId() + "@" + r.warehouseId(), r);
    }
    var results = new ArrayList<ItemAnswer>(batch.size());
    for (var p : batch) {
      var answer = byPair.get(p.offerId() + "@" + p.warehouseId());
      if (answer == null) {
        results.add(ItemAnswer.missing(p.changeId()));
        continue;
      }
      var errors = answer.errors().stream()
          .map(e -> ItemAnswer.error(e.code(), e.message()))
          .toList();
      var state = answer.updated() ? "updated"
          : answer.errors().stream().anyMatch(e -> THROTTLED.equals(e.code())) ? "pending" : "rejected";
      results.add(new ItemAnswer(p.changeId(), state, errors));
    }
    return results;
  }
}
