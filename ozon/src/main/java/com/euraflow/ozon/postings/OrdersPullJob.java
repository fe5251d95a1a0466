package com.euraflow.ozon.postings;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.paging.OzonPages;
import com.euraflow.ozon.client.postings.PostingFbsListRequest;
import com.euraflow.ozon.client.postings.PostingWith;
import com.euraflow.ozon.client.postings.TimeRange;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.ShopJob;
import com.euraflow.ozon.sync.OzonSyncProperties;
import com.euraflow.ozon.sync.SyncCheckpoints;
import com.euraflow.ozon.sync.SyncKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Pulls a shop's FBS postings. The first pull backfills {@code backfillDays} in 30-day windows (OZON
 * refuses long periods); later pulls start at the saved position minus an overlap and also ask for every
 * posting whose status changed since then, so new postings and status changes both arrive. Each page is
 * stored in one statement and overlapping pulls are harmless.
 */
@Component
class OrdersPullJob extends ShopJob {

  static final int PAGE = PostingFbsListRequest.MAX_LIMIT;
  private static final Duration WINDOW = Duration.ofDays(30);

  private final PostingRepository postings;
  private final OzonClient ozon;
  private final SyncCheckpoints checkpoints;
  private final OzonSyncProperties settings;
  private final Clock clock;
  private final MeterRegistry meters;

  OrdersPullJob(PostingRepository postings, OzonClient ozon, OzonJobs ozonJobs, SyncCheckpoints checkpoints,
      OzonSyncProperties settings, Clock clock, MeterRegistry meters) {
    super(SyncKind.orders_fbs, ozonJobs);
    this.postings = postings;
    this.ozon = ozon;
    this.checkpoints = checkpoints;
    this.settings = settings;
    this.clock = clock;
    this.meters = meters;
  }

  @Override
  protected JobResult run(JobContext context, OzonCredentials credentials) {
    return pull(context, credentials);
  }

  private JobResult pull(JobContext context, OzonCredentials credentials) {
    long shopId = context.shopId();
    var now = clock.instant();
    var watermark = checkpoints.find(shopId, SyncKind.orders_fbs).map(c -> c.watermark()).orElse(null);
    var backfillFrom = now.minus(Duration.ofDays(settings.backfillDays()));
    var total = PageUpsert.NONE;
    if (watermark == null) {
      for (var since = backfillFrom; since.isBefore(now); since = since.plus(WINDOW)) {
        var to = since.plus(WINDOW).isAfter(now) ? now : since.plus(WINDOW);
        total = total.plus(pullWindow(context, credentials, PostingFbsListRequest.between(since, to, PAGE)));
        context.progress((int) (100 * Duration.between(backfillFrom, to).toSeconds()
            / Math.max(1, Duration.between(backfillFrom, now).toSeconds())), total.pulled() + " postings");
      }
    } else {
      var from = watermark.minus(settings.overlap());
      total = pullWindow(context, credentials, PostingFbsListRequest.between(from, now, PAGE));
      total = total.plus(pullWindow(context, credentials, new PostingFbsListRequest("", PAGE, "ASC",
          new PostingFbsListRequest.Filter(backfillFrom, now, null, null, null, new TimeRange(from, now)),
          PostingWith.FOR_SYNC)));
    }
    checkpoints.succeeded(shopId, SyncKind.orders_fbs, now, clock.instant(), stats(total));
    context.progress(100, total.pulled() + " pulled, " + total.inserted() + " new, " + total.updated() + " changed");
    return JobResult.done();
  }

  private PageUpsert pullWindow(JobContext context, OzonCredentials credentials, PostingFbsListRequest first) {
    var total = PageUpsert.NONE;
    var pages = OzonPages.stream(first, q -> ozon.postingFbsList(credentials, q)).iterator();
    while (pages.hasNext()) {
      context.checkpoint();
      var page = pages.next();
      var stored = postings.upsertPage(context.shopId(), PostingDocuments.fbs(page.postings(), clock.instant()),
          clock.instant());
      // registered at zero too, so the first unknown status counts as an increase
      Counter.builder("ef.postings.unknown.status")
          .description("postings stored with an OZON status EuraFlow does not know")
          .tag("shop", Long.toString(context.shopId()))
          .register(meters)
          .increment(stored.unknownStatus());
      total = total.plus(stored);
    }
    return total;
  }

  static String stats(PageUpsert total) {
    return "{\"pulled\":%d,\"inserted\":%d,\"updated\":%d,\"unchanged\":%d,\"unknown_status\":%d}".formatted(
        total.pulled(), total.inserted(), total.updated(), total.unchanged(), total.unknownStatus());
  }
}
