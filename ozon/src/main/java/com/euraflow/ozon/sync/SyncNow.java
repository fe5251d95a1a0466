package com.euraflow.ozon.sync;

import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.CurrentCaller;
import com.euraflow.kernel.tenancy.ShopAccess;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Sync now" buttons and the sync health a seller sees per shop. */
@Service
public class SyncNow {

  /** A seller's click outranks the scheduled pulls in the same lane. */
  static final int MANUAL_PRIORITY = 20;

  private final ShopAccess shopAccess;
  private final OzonJobs jobs;
  private final SyncCheckpoints checkpoints;
  private final Clock clock;

  SyncNow(ShopAccess shopAccess, OzonJobs jobs, SyncCheckpoints checkpoints, Clock clock) {
    this.shopAccess = shopAccess;
    this.jobs = jobs;
    this.checkpoints = checkpoints;
    this.clock = clock;
  }

  /** The job for this shop and kind: a new one, or the one already queued or running. */
  @Transactional
  public List<SyncStarted> start(long shopId, List<SyncKind> kinds) {
    shopAccess.requireShop(shopId, Access.WRITE);
    var tenant = CurrentCaller.get().tenantId();
    var started = new ArrayList<SyncStarted>(kinds.size());
    for (var kind : kinds) {
      var job = jobs.enqueue(kind, shopId, tenant, MANUAL_PRIORITY);
      started.add(new SyncStarted(shopId, kind, job.id(), job.deduplicated()));
    }
    return started;
  }

  @Transactional(readOnly = true)
  public List<SyncState> state(Long shopId) {
    var shops = shopId == null ? List.copyOf(shopAccess.visibleShopIds())
        : List.of(shopAccess.requireShop(shopId, Access.READ));
    var now = clock.instant();
    return checkpoints.forShops(shops).stream()
        .map(c -> new SyncState(c.shopId(), c.kind(), c.lastSuccessAt(), c.lastAttemptAt(),
            c.lastSuccessAt() == null ? null : Duration.between(c.lastSuccessAt(), now).toSeconds(), c.lastError()))
        .toList();
  }

  public record SyncStarted(long shopId, SyncKind kind, long jobId, boolean alreadyQueued) {}

  /** {@code lagSeconds}: time since the last successful run, null before the first. */
  public record SyncState(long shopId, SyncKind kind, java.time.Instant lastSuccessAt,
      java.time.Instant lastAttemptAt, Long lagSeconds, String lastError) {}
}
