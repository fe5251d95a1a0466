package com.euraflow.ozon.prices;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.products.PricesImportRequest;
import com.euraflow.ozon.client.products.PricesImportResponse;
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
 * Sends a shop's pending price changes to OZON, up to 1000 a call, at most 10 changes an hour per
 * product, and stores each item's answer. Products at their hourly limit make the job come back later.
 */
@Component
class PricePushJob extends ShopJob {

  static final int CHANGES_PER_HOUR = 10;

  private final PriceChangeRepository changes;
  private final OzonClient ozon;
  private final SyncCheckpoints checkpoints;
  private final Clock clock;

  PricePushJob(PriceChangeRepository changes, OzonClient ozon, OzonJobs ozonJobs, SyncCheckpoints checkpoints,
      Clock clock) {
    super(SyncKind.price_push, ozonJobs);
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
      var batch = changes.sendable(shopId, clock.instant(), CHANGES_PER_HOUR, PricesImportRequest.MAX_ITEMS);
      if (batch.isEmpty()) {
        break;
      }
      var request = new PricesImportRequest(batch.stream()
          .map(p -> new PricesImportRequest.Price(p.offerId(), null, p.price(), p.oldPrice(), p.minPrice(), null,
              p.currencyCode(), null, null, null))
          .toList());
      var results = results(batch, ozon.importPrices(credentials, request));
      changes.storeResults(shopId, results, clock.instant());
      var progressed = results.stream().filter(r -> !r.state().equals("pending")).count();
      updated += ItemAnswer.count(results, "updated");
      rejected += ItemAnswer.count(results, "rejected");
      context.progress(0, updated + " updated, " + rejected + " rejected");
      if (progressed == 0) {
        break;
      }
    }
    checkpoints.succeeded(shopId, SyncKind.price_push, null, clock.instant(),
        "{\"updated\":" + updated + ",\"rejected\":" + rejected + "}");
    var next = changes.nextSendableAt(shopId, clock.instant(), CHANGES_PER_HOUR);
    if (next == null) {
      return JobResult.done();
    }
    var wait = Duration.between(clock.instant(), next).plusSeconds(1);
    return JobResult.deferFor(wait.compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30) : wait,
        "products wait for OZON's limit of 10 price changes an hour");
  }

  private static List<ItemAnswer> results(List<PendingPrice> batch,
      PricesImportResponse response) {
    var byOffer = new HashMap<String, PricesImportResponse.Result>();
    response.result().forEach(r -> byOffer.put(r.offerId(), r));
    var results = new ArrayList<ItemAnswer>(batch.size());
    for (var p : batch) {
      var answer = byOffer.get(p.offerId());
      if (answer == null) {
        results.add(ItemAnswer.missing(p.changeId()));
        continue;
      }
      var errors = answer.errors().stream()
          .map(e -> ItemAnswer.error(e.code(), e.message()))
          .toList();
      var limited = answer.errors().stream().anyMatch(e -> e.message() != null && e.message().contains("limit"));
      var state = answer.updated() ? "updated" : limited ? "pending" : "rejected";
      results.add(new ItemAnswer(p.changeId(), state, errors));
    }
    return results;
  }
}
