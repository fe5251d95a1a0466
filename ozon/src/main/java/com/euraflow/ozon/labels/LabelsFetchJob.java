package com.euraflow.ozon.labels;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.OzonRequestRejected;
import com.euraflow.ozon.client.labels.PackageLabelRequest;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.ShopJob;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Fetches and stores the labels of a shop's postings: 20 a call; when OZON rejects a batch (one bad
 * posting fails all), one by one; while OZON is still preparing labels, the job comes back later.
 */
@Component
class LabelsFetchJob extends ShopJob {

  static final Duration NOT_READY_RETRY = Duration.ofSeconds(15);

  private final LabelRepository labels;
  private final OzonClient ozon;
  private final Clock clock;

  LabelsFetchJob(LabelRepository labels, OzonClient ozon, OzonJobs ozonJobs, Clock clock) {
    super(SyncKind.labels, ozonJobs);
    this.labels = labels;
    this.ozon = ozon;
    this.clock = clock;
  }

  record Payload(List<String> postingNumbers) {}

  @Override
  protected JobResult run(JobContext context, OzonCredentials credentials) {
    var wanted = context.payload(Payload.class).postingNumbers();
    return fetch(context, credentials, wanted);
  }

  private JobResult fetch(JobContext context, OzonCredentials credentials, List<String> wanted) {
    long shopId = context.shopId();
    var missing = new ArrayList<>(wanted);
    missing.removeAll(labels.find(shopId, wanted).keySet());
    var notReady = new ArrayList<String>();
    var failed = new HashMap<String, String>();
    for (var from = 0; from < missing.size(); from += PackageLabelRequest.MAX_POSTINGS) {
      context.checkpoint();
      var batch = missing.subList(from, Math.min(missing.size(), from + PackageLabelRequest.MAX_POSTINGS));
      try {
        var pdf = ozon.packageLabel(credentials, new PackageLabelRequest(batch)).pdf();
        var split = LabelPdfs.splitPerPosting(pdf, batch.size());
        if (split.isPresent()) {
          var stored = new HashMap<String, byte[]>();
          for (var i = 0; i < batch.size(); i++) {
            stored.put(batch.get(i), split.get().get(i));
          }
          labels.store(shopId, stored, clock.instant());
          continue;
        }
      } catch (OzonRequestRejected e) {
        if (batch.size() == 1) {
          record(batch.getFirst(), e, notReady, failed);
          continue;
        }
      }
      for (var number : batch) {
        try {
          labels.store(shopId, java.util.Map.of(number,
              ozon.packageLabel(credentials, new PackageLabelRequest(List.of(number))).pdf()), clock.instant());
        } catch (OzonRequestRejected e) {
          record(number, e, notReady, failed);
        }
      }
      context.progress((int) (100L * Math.min(missing.size(), from + batch.size()) / missing.size()),
          "labels fetched");
    }
    if (!notReady.isEmpty()) {
      return JobResult.deferFor(NOT_READY_RETRY, "OZON is still preparing " + notReady.size() + " labels");
    }
    if (!failed.isEmpty()) {
      return JobResult.fail("OZON refused labels: " + failed);
    }
    return JobResult.done();
  }

  private static void record(String number, OzonRequestRejected e, List<String> notReady,
      java.util.Map<String, String> failed) {
    if (e.ozonMessage() != null && e.ozonMessage().toLowerCase(java.util.Locale.ROOT).contains("ready")) {
      notReady.add(number);
    } else {
      failed.put(number, e.ozonMessage());
    }
  }
}
