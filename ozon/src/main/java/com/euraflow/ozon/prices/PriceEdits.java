package com.euraflow.ozon.prices;

import com.euraflow.kernel.errors.ValidationFailedException;
import com.euraflow.kernel.errors.ValidationFailedException.FieldProblem;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.CurrentCaller;
import com.euraflow.kernel.tenancy.ShopAccess;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.SyncKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sellers' price edits: validated (old price at least the price, the shop's margin guard), recorded and
 * coalesced per shop; one push job per shop sends up to 1000 a call within OZON's hourly limit.
 */
@Service
public class PriceEdits {

  static final int MAX_EDITS = 1000;
  private static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

  private final PriceChangeRepository changes;
  private final ShopAccess shopAccess;
  private final OzonJobs jobs;
  private final Clock clock;

  PriceEdits(PriceChangeRepository changes, ShopAccess shopAccess, OzonJobs jobs, Clock clock) {
    this.changes = changes;
    this.shopAccess = shopAccess;
    this.jobs = jobs;
    this.clock = clock;
  }

  @Transactional
  public PriceEditsAccepted edit(long shopId, List<PriceEdit> edits) {
    shopAccess.requireShop(shopId, Access.WRITE);
    validate(edits);
    var caller = CurrentCaller.get();
    var recording = changes.record(shopId, caller.accountId(), edits, clock.instant());
    if (!recording.guardedOffers().isEmpty()) {
      throw new PriceGuardViolated(recording.guardedOffers());
    }
    if (recording.recordedOffers().size() != edits.size()) {
      throw ValidationFailedException.unmatched(edits, PriceEdit::offerId, new HashSet<>(recording.recordedOffers()),
          ".offerId", e -> "no offer " + e.offerId() + " in this shop");
    }
    var job = jobs.enqueue(SyncKind.price_push, shopId, caller.tenantId(), 5);
    return new PriceEditsAccepted(recording.recordedOffers().size(), job.id());
  }

  /** Sets (or, with null, removes) the shop's minimum margin over purchase cost, e.g. 0.15 for 15 %. */
  @Transactional
  public void setMarginGuard(long shopId, BigDecimal minMargin) {
    shopAccess.requireShop(shopId, Access.WRITE);
    if (minMargin != null && (minMargin.signum() < 0 || minMargin.compareTo(BigDecimal.TEN) > 0)) {
      throw ValidationFailedException.field("minMargin", "must be 0..10 (a fraction: 0.15 is 15 %)");
    }
    changes.setGuard(shopId, minMargin);
  }

  @Transactional(readOnly = true)
  public List<PriceChangeView> recent(long shopId, int limit) {
    shopAccess.requireShop(shopId, Access.READ);
    return changes.recent(shopId, Math.clamp(limit, 1, 500));
  }

  private static void validate(List<PriceEdit> edits) {
    if (edits == null || edits.isEmpty() || edits.size() > MAX_EDITS) {
      throw ValidationFailedException.field("items", "1.." + MAX_EDITS + " edits");
    }
    var problems = new ArrayList<FieldProblem>();
    var offers = new HashSet<String>();
    for (var i = 0; i < edits.size(); i++) {
      var e = edits.get(i);
      var at = "items[" + i + "]";
      if (e.offerId() == null || e.offerId().isBlank() || e.offerId().length() > 200) {
        problems.add(new FieldProblem(at + ".offerId", "required, at most 200 characters"));
      } else if (!offers.add(e.offerId())) {
        problems.add(new FieldProblem(at + ".offerId", "appears twice"));
      }
      if (e.price() == null || e.price().signum() <= 0 || e.price().compareTo(MAX_PRICE) >= 0 || e.price().scale() > 4) {
        problems.add(new FieldProblem(at + ".price", "must be a positive amount below 100000000 with at most 4 decimals"));
        continue;
      }
      if (e.oldPrice() != null && e.oldPrice().signum() != 0 && e.oldPrice().compareTo(e.price()) < 0) {
        problems.add(new FieldProblem(at + ".oldPrice", "must be at least price (or 0 for none)"));
      }
      if (e.oldPrice() != null && (e.oldPrice().signum() < 0 || e.oldPrice().compareTo(MAX_PRICE) >= 0)) {
        problems.add(new FieldProblem(at + ".oldPrice", "must be 0 or a positive amount below 100000000"));
      }
      if (e.minPrice() != null && (e.minPrice().signum() < 0 || e.minPrice().compareTo(e.price()) > 0)) {
        problems.add(new FieldProblem(at + ".minPrice", "must be between 0 and price"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
  }
}
