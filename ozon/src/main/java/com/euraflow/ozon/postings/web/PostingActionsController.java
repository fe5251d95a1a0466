package com.euraflow.ozon.postings.web;

import com.euraflow.ozon.postings.PostingAction;
import com.euraflow.ozon.postings.PostingActions;
import com.euraflow.ozon.postings.PostingActions.Accepted;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Shipping actions on one posting; each answers 202 with the job that carries it out. */
@RestController
@RequestMapping("/api/ef/v1/ozon/postings/{postingNumber}")
class PostingActionsController {

  private final PostingActions actions;

  PostingActionsController(PostingActions actions) {
    this.actions = actions;
  }

  @PostMapping("/ship")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted ship(@PathVariable String postingNumber) {
    return actions.request(PostingAction.ship(postingNumber));
  }

  @PostMapping("/tracking")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted tracking(@PathVariable String postingNumber, @Valid @RequestBody TrackingRequest request) {
    return actions.request(PostingAction.tracking(postingNumber, request.trackingNumber()));
  }

  @PostMapping("/cancel")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted cancel(@PathVariable String postingNumber, @Valid @RequestBody CancelRequest request) {
    return actions.request(PostingAction.cancel(postingNumber, request.cancelReasonId(),
        request.cancelReasonMessage()));
  }

  record TrackingRequest(@NotNull String trackingNumber) {}

  record CancelRequest(@NotNull Long cancelReasonId, String cancelReasonMessage) {}
}
