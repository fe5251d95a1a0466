package com.euraflow.ozon.postings;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobRequest;
import com.euraflow.kernel.errors.EuraFlowException;
import com.euraflow.kernel.errors.NotFoundException;
import com.euraflow.kernel.errors.ValidationFailedException;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.CurrentCaller;
import com.euraflow.kernel.tenancy.ShopAccess;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ship, tracking and cancel: checked against the posting's shop and state here, carried out against OZON by
 * {@link PostingActionJob} (retried on outages, deduplicated while one is queued or running).
 */
@Service
public class PostingActions {

  static final String JOB = "ef.ozon.postings.action";
  private static final Set<String> SHIPPABLE = Set.of("awaiting_packaging");
  private static final Set<String> FINISHED = Set.of("delivered", "cancelled", "cancelled_from_split_pending");

  private final PostingRepository postings;
  private final ShopAccess shopAccess;
  private final JobClient jobs;

  PostingActions(PostingRepository postings, ShopAccess shopAccess, JobClient jobs) {
    this.postings = postings;
    this.shopAccess = shopAccess;
    this.jobs = jobs;
  }

  public record Accepted(String postingNumber, PostingAction.Kind action, long jobId, boolean alreadyQueued) {}

  @Transactional
  public Accepted request(PostingAction action) {
    var visible = List.copyOf(shopAccess.visibleShopIds());
    var posting = (visible.isEmpty() ? java.util.Optional.<PostingSummary>empty()
        : postings.find(visible, action.postingNumber()))
        .orElseThrow(() -> NotFoundException.of("posting", action.postingNumber()));
    shopAccess.requireShop(posting.shopId(), Access.WRITE);
    if (!"fbs".equals(posting.scheme())) {
      throw new WrongState("FBO postings are fulfilled by OZON and cannot be changed");
    }
    switch (action.kind()) {
      case ship -> {
        if (!SHIPPABLE.contains(posting.status())) {
          throw new WrongState("only postings awaiting packaging can be shipped; this one is " + posting.status());
        }
      }
      case tracking -> {
        if (action.trackingNumber() == null || action.trackingNumber().isBlank()
            || action.trackingNumber().length() > 100) {
          throw ValidationFailedException.field("trackingNumber", "required, at most 100 characters");
        }
      }
      case cancel -> {
        if (action.cancelReasonId() == null || action.cancelReasonId() <= 0) {
          throw ValidationFailedException.field("cancelReasonId", "required, one of OZON's reason ids");
        }
        if (action.cancelReasonId() == 402
            && (action.cancelReasonMessage() == null || action.cancelReasonMessage().isBlank())) {
          throw ValidationFailedException.field("cancelReasonMessage", "required for reason 402");
        }
        if (FINISHED.contains(posting.status())) {
          throw new WrongState("a " + posting.status() + " posting cannot be cancelled");
        }
      }
    }
    var job = jobs.enqueue(JobRequest.of(JOB, JsonMapper.shared().writeValueAsString(action))
        .dedupKey("posting:" + posting.shopId() + ":" + action.postingNumber() + ":" + action.kind())
        .concurrencyKey("posting:" + posting.shopId() + ":" + action.postingNumber())
        .priority(30)
        .owner(CurrentCaller.get().tenantId(), posting.shopId()));
    return new Accepted(action.postingNumber(), action.kind(), job.id(), job.deduplicated());
  }

  /** 409 POSTING_STATE: the posting is not in a state that allows the action. */
  public static final class WrongState extends EuraFlowException {
    WrongState(String detail) {
      super("POSTING_STATE", HttpStatus.CONFLICT, detail);
    }
  }
}
