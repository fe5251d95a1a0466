package com.euraflow.ozon.postings;

import java.util.Set;

/** The FBS/rFBS and FBO statuses OZON documents; anything else is kept raw and flagged for attention. */
final class PostingStatus {

  static final Set<String> KNOWN = Set.of(
      "awaiting_verification", "awaiting_registration", "acceptance_in_progress", "awaiting_approve",
      "awaiting_packaging", "awaiting_deliver", "arbitration", "client_arbitration", "delivering",
      "driver_pickup", "delivered", "cancelled", "cancelled_from_split_pending", "not_accepted",
      "sent_by_seller", "ship_in_process");

  private PostingStatus() {}

  static boolean isKnown(String status) {
    return KNOWN.contains(status);
  }
}
