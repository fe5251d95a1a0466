package com.euraflow.ozon.stock;

import com.euraflow.kernel.errors.ValidationFailedException;
import com.euraflow.kernel.errors.ValidationFailedException.FieldProblem;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.CurrentCaller;
import com.euraflow.kernel.tenancy.ShopAccess;
import com.euraflow.ozon.sync.OzonJobs;
import com.euraflow.ozon.sync.SyncKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sellers' stock edits: validated, recorded and coalesced per shop; one push job per shop sends them
 * to OZON within its limits. The edit and its job commit together or not at all.
 */
@Service
public class StockEdits {

  /** OZON refuses 1 000 000 and more. */
  static final int MAX_STOCK = 999_999;
  static final int MAX_EDITS = 1000;

  private final StockChangeRepository changes;
  private final ShopAccess shopAccess;
  private final OzonJobs jobs;
  private final Clock clock;

  StockEdits(StockChangeRepository changes, ShopAccess shopAccess, OzonJobs jobs, Clock clock) {
    this.changes = changes;
    this.shopAccess = shopAccess;
    this.jobs = jobs;
    this.clock = clock;
  }

  @Transactional
  public StockEditsAccepted edit(long shopId, List<StockEdit> edits) {
    shopAccess.requireShop(shopId, Access.WRITE);
    validate(edits);
    var caller = CurrentCaller.get();
    var recorded = changes.record(shopId, caller.accountId(), edits, clock.instant());
    if (recorded.size() != edits.size()) {
      var found = new HashSet<String>();
      recorded.forEach(r -> found.add(r.offerId() + "@" + r.warehouseId()));
      throw ValidationFailedException.unmatched(edits, e -> e.offerId() + "@" + e.warehouseId(), found, "",
          e -> "no offer " + e.offerId() + " or no warehouse " + e.warehouseId() + " in this shop");
    }
    var job = jobs.enqueue(SyncKind.stock_push, shopId, caller.tenantId(), 5);
    return new StockEditsAccepted(recorded.stream().map(StockChangeRepository.Recorded::id).toList(), job.id());
  }

  @Transactional(readOnly = true)
  public List<StockChangeView> recent(long shopId, int limit) {
    shopAccess.requireShop(shopId, Access.READ);
    return changes.recent(shopId, Math.clamp(limit, 1, 500));
  }

  private static void validate(List<StockEdit> edits) {
    if (edits == null || edits.isEmpty() || edits.size() > MAX_EDITS) {
      throw ValidationFailedException.field("items", "1.." + MAX_EDITS + " edits");
    }
    var problems = new ArrayList<FieldProblem>();
    var pairs = new HashSet<String>();
    for (var i = 0; i < edits.size(); i++) {
      var e = edits.get(i);
      if (e.offerId() == null || e.offerId().isBlank() || e.offerId().length() > 200) {
        problems.add(new FieldProblem("items[" + i + "].offerId", "required, at most 200 characters"));
      }
      if (e.stock() < 0 || e.stock() > MAX_STOCK) {
        problems.add(new FieldProblem("items[" + i + "].stock", "must be 0.." + MAX_STOCK));
      }
      if (!pairs.add(e.offerId() + "@" + e.warehouseId())) {
        problems.add(new FieldProblem("items[" + i + "]", "the same offer and warehouse appear twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
  }
}
