package com.euraflow.ozon.postings;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.OzonRequestRejected;
import com.euraflow.ozon.client.postings.PostingFbsCancelRequest;
import com.euraflow.ozon.client.postings.PostingFbsGetRequest;
import com.euraflow.ozon.client.postings.PostingFbsShipRequest;
import com.euraflow.ozon.client.postings.TrackingNumberSetRequest;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.ShopJob;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Carries out a {@link PostingAction} on OZON, then stores the posting as OZON now describes it. */
@Component
class PostingActionJob extends ShopJob {

  private final PostingRepository postings;
  private final OzonClient ozon;
  private final Clock clock;

  PostingActionJob(PostingRepository postings, OzonClient ozon, OzonJobs ozonJobs, Clock clock) {
    super(PostingActions.JOB, SyncKind.orders_fbs, ozonJobs);
    this.postings = postings;
    this.ozon = ozon;
    this.clock = clock;
  }

  @Override
  protected JobResult run(JobContext context, OzonCredentials credentials) {
    var action = context.payload(PostingAction.class);
    return act(context, credentials, action);
  }

  private JobResult act(JobContext context, OzonCredentials credentials, PostingAction action) {
    var number = action.postingNumber();
    try {
      send(credentials, action);
    } catch (OzonRequestRejected e) {
      // a retried call that OZON had already applied comes back as ALREADY_SHIPPED / ALREADY_CANCELLED
      if (e.ozonMessage() == null || !e.ozonMessage().toUpperCase(java.util.Locale.ROOT).contains("ALREADY")) {
        throw e;
      }
    }
    store(context.shopId(), ozon.postingFbsGet(credentials, PostingFbsGetRequest.of(number)).result());
    return JobResult.done();
  }

  private void send(OzonCredentials credentials, PostingAction action) {
    var number = action.postingNumber();
    switch (action.kind()) {
      case ship -> {
        var current = ozon.postingFbsGet(credentials, PostingFbsGetRequest.of(number)).result();
        if (!"awaiting_packaging".equals(current.status())) {
          return;
        }
        var products = current.products().stream()
            .map(p -> new PostingFbsShipRequest.Product(p.sku(), p.quantity()))
            .toList();
        ozon.postingFbsShip(credentials, PostingFbsShipRequest.onePackage(number, products));
      }
      case tracking -> ozon.setTrackingNumbers(credentials, new TrackingNumberSetRequest(
          List.of(new TrackingNumberSetRequest.TrackingNumber(number, action.trackingNumber()))));
      case cancel -> ozon.postingFbsCancel(credentials,
          new PostingFbsCancelRequest(number, action.cancelReasonId(), action.cancelReasonMessage()));
    }
  }

  private void store(long shopId, com.euraflow.ozon.client.postings.Posting posting) {
    postings.upsertPage(shopId, List.of(PostingDocuments.fbs(posting, clock.instant())), clock.instant());
  }
}
