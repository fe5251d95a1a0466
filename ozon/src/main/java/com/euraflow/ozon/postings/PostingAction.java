package com.euraflow.ozon.postings;

/**
 * A seller's action on one FBS posting, carried out by a job: ship (pack in one package), set the tracking
 * number, or cancel with one of OZON's reasons.
 */
public record PostingAction(String postingNumber, Kind kind, String trackingNumber, Long cancelReasonId,
    String cancelReasonMessage) {

  public enum Kind {
    ship,
    tracking,
    cancel
  }

  public static PostingAction ship(String postingNumber) {
    return new PostingAction(postingNumber, Kind.ship, null, null, null);
  }

  public static PostingAction tracking(String postingNumber, String trackingNumber) {
    return new PostingAction(postingNumber, Kind.tracking, trackingNumber, null, null);
  }

  public static PostingAction cancel(String postingNumber, long reasonId, String message) {
    return new PostingAction(postingNumber, Kind.cancel, null, reasonId, message);
  }
}
