package com.euraflow.ozon.postings;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.paging.OzonPages;
import com.euraflow.ozon.client.postings.PostingFboListRequest;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.ShopJob;
import com.euraflow.ozon.sync.OzonSyncProperties;
import com.euraflow.ozon.sync.SyncCheckpoints;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Pulls a shop's FBO postings. OZON's FBO list cannot be filtered by status change, so after the first
 * backfill each pull re-reads the last {@code fboLookback} (plus anything since the saved position).
 */
@Component
class FboPullJob extends ShopJob {

  private static final Duration WINDOW = Duration.ofDays(30);

  private final PostingRepository postings;
  private final OzonClient ozon;
  private final SyncCheckpoints checkpoints;
  private final OzonSyncProperties settings;
  private final Clock clock;

  FboPullJob(PostingRepository postings, OzonClient ozon, OzonJobs ozonJobs, SyncCheckpoints checkpoints,
      OzonSyncProperties settings, Clock clock) {
    super(SyncKind.orders_fbo, ozonJobs);
    this.postings = postings;
    this.ozon = ozon;
    this.checkpoints = checkpoints;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  protected JobResult run(JobContext context, OzonCredentials credentials) {
    return pull(context, credentials);
  }

  private JobResult pull(JobContext context, OzonCredentials credentials) {
    long shopId = context.shopId();
    var now = clock.instant();
    var watermark = checkpoints.find(shopId, SyncKind.orders_fbo).map(c -> c.watermark()).orElse(null);
    var lookback = now.minus(settings.fboLookback());
    var from = watermark == null ? now.minus(Duration.ofDays(settings.backfillDays()))
        : watermark.minus(settings.overlap()).isBefore(lookback) ? watermark.minus(settings.overlap()) : lookback;
    var total = PageUpsert.NONE;
    for (var since = from; since.isBefore(now); since = since.plus(WINDOW)) {
      var to = since.plus(WINDOW).isAfter(now) ? now : since.plus(WINDOW);
      var pages = OzonPages.stream(PostingFboListRequest.between(since, to, PostingFboListRequest.MAX_LIMIT),
          q -> ozon.postingFboList(credentials, q)).iterator();
      while (pages.hasNext()) {
        context.checkpoint();
        var page = pages.next().result().stream().map(p -> PostingDocuments.fbo(p, clock.instant())).toList();
        total = total.plus(postings.upsertPage(shopId, page, clock.instant()));
      }
    }
    checkpoints.succeeded(shopId, SyncKind.orders_fbo, now, clock.instant(), OrdersPullJob.stats(total));
    return JobResult.done();
  }
}
