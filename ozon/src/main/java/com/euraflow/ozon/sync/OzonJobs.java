package com.euraflow.ozon.sync;

import com.euraflow.jobs.Enqueued;
import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobInterruptedException;
import com.euraflow.jobs.JobRequest;
import com.euraflow.jobs.JobResult;
import com.euraflow.kernel.shops.ShopCredentials;
import com.euraflow.kernel.shops.ShopRegistry;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.OzonCredentialsRejected;
import com.euraflow.ozon.client.OzonRequestRejected;
import com.euraflow.ozon.client.OzonThrottled;
import com.euraflow.ozon.client.OzonUnavailable;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place that turns OZON's failures into job outcomes and enqueues shop jobs: bad credentials
 * mark the shop and fail without retry, throttling defers without spending an attempt, outages retry.
 */
@Component
public class OzonJobs {

  private static final Logger log = LoggerFactory.getLogger(OzonJobs.class);

  private final ShopRegistry shops;
  private final JobClient jobs;
  private final SyncCheckpoints checkpoints;
  private final Clock clock;

  OzonJobs(ShopRegistry shops, JobClient jobs, SyncCheckpoints checkpoints, Clock clock) {
    this.shops = shops;
    this.jobs = jobs;
    this.checkpoints = checkpoints;
    this.clock = clock;
  }

  /** The work of one job for one shop, given the shop's OZON credentials. */
  @FunctionalInterface
  interface ShopWork {
    JobResult run(OzonCredentials credentials) throws Exception;
  }

  /**
   * Enqueues the job of {@code kind} for a shop (or returns the one already queued or running): one per
   * shop and kind at a time.
   */
  public Enqueued enqueue(SyncKind kind, long shopId, long tenantId, int priority) {
    return jobs.enqueue(request(kind, shopId, tenantId, priority));
  }

  public static JobRequest request(SyncKind kind, long shopId, long tenantId, int priority) {
    var key = kind.name() + ":shop:" + shopId;
    return JobRequest.of(kind.jobName, "{\"shopId\":" + shopId + "}")
        .dedupKey(key)
        .concurrencyKey(key)
        .priority(priority)
        .owner(tenantId, shopId);
  }

  /** Runs {@code work} for the job's shop with the outcome rules above, recording the shop's sync health. */
  JobResult runForShop(JobContext context, SyncKind kind, ShopWork work) {
    var shopId = context.shopId();
    if (shopId == null) {
      return JobResult.fail("job has no shop");
    }
    var credentials = shops.credentials(shopId).orElse(null);
    if (credentials == null) {
      return JobResult.fail("shop " + shopId + " is gone or needs a new Api-Key");
    }
    try {
      return work.run(ozon(credentials));
    } catch (OzonCredentialsRejected e) {
      shops.markCredentialsRejected(shopId);
      checkpoints.failed(shopId, kind, "OZON rejected the shop's credentials; bind a new Api-Key", clock.instant());
      log.warn("OZON rejected the credentials of shop {}; its jobs stop until a new key is set", shopId);
      return JobResult.fail("OZON rejected the shop's credentials");
    } catch (OzonThrottled e) {
      return JobResult.deferFor(e.retryAfter().isZero() ? Duration.ofSeconds(5) : e.retryAfter(),
          "OZON throttled " + e.path());
    } catch (OzonUnavailable e) {
      checkpoints.failed(shopId, kind, e.getMessage(), clock.instant());
      return JobResult.retry(e.getMessage());
    } catch (OzonRequestRejected e) {
      checkpoints.failed(shopId, kind, e.getMessage(), clock.instant());
      return JobResult.fail(e.getMessage());
    } catch (JobInterruptedException e) {
      throw e;
    } catch (RuntimeException e) {
      checkpoints.failed(shopId, kind, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
      throw e;
    } catch (Exception e) {
      checkpoints.failed(shopId, kind, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
      throw new IllegalStateException(e);
    }
  }

  private static OzonCredentials ozon(ShopCredentials credentials) {
    return new OzonCredentials(credentials.clientId(), credentials.apiKey());
  }
}
