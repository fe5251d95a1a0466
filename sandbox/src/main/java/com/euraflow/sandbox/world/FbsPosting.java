package com.euraflow.sandbox.world;

import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * An FBS posting. Its fate (buyer cancellation, when it was shipped in the history, transit time, return) is drawn
 * from (seed, shop, number); its status is a function of that fate, the overlay written through the API and the
 * clock. Postings nobody wrote to are rebuilt on each read and never stored.
 */
public final class FbsPosting {

  public static final long NEVER = Long.MAX_VALUE;
  static final long HOUR = 3_600_000L;
  static final long DAY = 24 * HOUR;
  /** Time from packing until the carrier takes the parcel. */
  static final long HANDOVER = 6 * HOUR;
  /** OZON cancels postings still unpacked this long after their shipment date. */
  static final long AUTO_CANCEL_AFTER_DEADLINE = 2 * DAY;

  public record Item(Product product, int quantity, long priceKop) {}

  private final ShopWorld shop;
  private final int number;
  private final int suffix;
  private final long inProcessAt;
  private final long shipmentDate;
  private final Warehouse warehouse;
  private final long buyerCancelAt;
  private final long autoShipAt;
  private final long transit;
  private final long returnDelay;
  long shippedAt = NEVER;
  long cancelledAt = NEVER;
  int cancelReasonId;
  String cancelReason = "";
  String trackingNumber = "";
  @Nullable String forcedStatus;
  /** When a write last moved the status by hand (injected status, release from arbitration), or 0. */
  long statusWrittenAt;
  @Nullable List<Item> items;
  int children;

  FbsPosting(ShopWorld shop, int number, long inProcessAt, boolean history) {
    this.shop = shop;
    this.number = number;
    this.suffix = 1;
    this.inProcessAt = inProcessAt;
    this.shipmentDate = (inProcessAt + DAY) / HOUR * HOUR;
    // Every draw happens whatever the branch, so one posting's fate never shifts another's.
    SplittableRandom random = Seeds.random(shop.seed(), shop.index(), Seeds.Kind.POSTING_FATE, number);
    this.warehouse = shop.warehouses().get(random.nextInt(100) < 80 ? 0 : 1);
    long cancelDraw = random.nextInt(100);
    long cancelAfter = HOUR + random.nextLong(19 * HOUR);
    long shipAfter = HOUR + random.nextLong(11 * HOUR);
    this.transit = DAY + random.nextLong(3 * DAY);
    long returnDraw = random.nextInt(100);
    long returnAfter = 2 * DAY + random.nextLong(3 * DAY);
    this.buyerCancelAt = cancelDraw < 4 ? inProcessAt + cancelAfter : NEVER;
    this.autoShipAt = history && inProcessAt < shop.epoch() - DAY ? inProcessAt + shipAfter : NEVER;
    this.returnDelay = returnDraw < 3 ? returnAfter : -1;
  }

  /** A posting split off {@code parent} by shipping it in several packages. */
  FbsPosting(FbsPosting parent, int suffix, List<Item> items, long shippedAt) {
    this.shop = parent.shop;
    this.number = parent.number;
    this.suffix = suffix;
    this.inProcessAt = parent.inProcessAt;
    this.shipmentDate = parent.shipmentDate;
    this.warehouse = parent.warehouse;
    this.buyerCancelAt = NEVER;
    this.autoShipAt = NEVER;
    this.transit = parent.transit;
    this.returnDelay = -1;
    this.items = items;
    this.shippedAt = shippedAt;
  }

  public int number() { return number; }
  public int suffix() { return suffix; }
  public long key() { return key(number, suffix); }
  static long key(int number, int suffix) { return (long) number << 16 | suffix; }

  public String orderNumber() {
    var n = Integer.toString(number);
    return (10_000_000 + shop.index()) + "-" + "0000".substring(Math.min(4, n.length())) + n;
  }

  public String postingNumber() { return orderNumber() + "-" + suffix; }
  public long orderId() { return 600_000_000L + shop.index() * 1_000_000L + number; }
  public long inProcessAt() { return inProcessAt; }
  public long shipmentDate() { return shipmentDate; }
  public Warehouse warehouse() { return warehouse; }
  public String trackingNumber() { return trackingNumber; }
  public ShopWorld shop() { return shop; }

  /** Items as ordered: one to three products, mostly one piece each, at the price of the day. */
  public List<Item> items() {
    if (items == null) {
      items = shop.orderedItems(number);
    }
    return items;
  }

  public long shippedTime() { return shippedAt != NEVER ? shippedAt : autoShipAt; }

  public long cancelTime() {
    if (cancelledAt != NEVER) return cancelledAt;
    long fated = Math.min(buyerCancelAt, shipmentDate + AUTO_CANCEL_AFTER_DEADLINE);
    return fated < shippedTime() ? fated : NEVER;
  }

  public String status(long now) {
    if (forcedStatus != null) return forcedStatus;
    if (cancelTime() <= now) return "cancelled";
    long shipped = shippedTime();
    if (shipped > now) return "awaiting_packaging";
    if (now < shipped + HANDOVER) return "awaiting_deliver";
    if (now < shipped + HANDOVER + transit) return "delivering";
    return "delivered";
  }

  public String substatus(long now) {
    return switch (status(now)) {
      case "awaiting_packaging" -> "posting_created";
      case "awaiting_deliver" -> "posting_registered";
      case "delivering" -> "posting_on_way_to_city";
      case "delivered" -> "posting_delivered";
      case "cancelled" -> "posting_canceled";
      default -> "";
    };
  }

  /** When the status last changed, for OZON's {@code last_changed_status_date} filter. */
  public long lastChangedAt(long now) {
    if (forcedStatus != null) {
      // a status set through the control API changed when it was set, whatever the world's schedule says
      return statusWrittenAt;
    }
    long shipped = shippedTime();
    long derived = switch (status(now)) {
      case "awaiting_packaging" -> inProcessAt;
      case "awaiting_deliver" -> shipped;
      // handoverAt, not shipped + HANDOVER: a status forced through the control API has no shipping time
      case "delivering" -> handoverAt();
      case "delivered" -> handoverAt() + transit;
      case "cancelled" -> cancelTime();
      default -> inProcessAt;
    };
    return Math.max(derived, statusWrittenAt);
  }

  /** When the carrier takes (or took) the parcel: six hours after packing, else the shipment date. */
  public long handoverAt() {
    long shipped = shippedTime();
    return shipped == NEVER ? shipmentDate : shipped + HANDOVER;
  }

  /** When the carrier took the parcel, or NEVER. */
  public long deliveringDate(long now) {
    var status = status(now);
    return status.equals("delivering") || status.equals("delivered") ? handoverAt() : NEVER;
  }

  public long deliveredAt() {
    long shipped = shippedTime();
    return shipped == NEVER || cancelTime() != NEVER ? NEVER : shipped + HANDOVER + transit;
  }

  /** When the buyer's return reached the seller's return place, or NEVER. */
  public long returnedAt() {
    long delivered = deliveredAt();
    return returnDelay < 0 || delivered == NEVER ? NEVER : delivered + returnDelay;
  }

  public boolean labelReady(long now) {
    return status(now).equals("awaiting_deliver") && now >= shippedTime() + shop.labelDelayMillis();
  }

  /** Who cancelled, as OZON words it, or "" if not cancelled. */
  public String cancellationType(long now) {
    if (!status(now).equals("cancelled") || forcedStatus != null) return "";
    if (cancelledAt != NEVER) return "seller";
    return buyerCancelAt == cancelTime() ? "client" : "ozon";
  }

  public int cancelReasonId(long now) {
    return switch (cancellationType(now)) {
      case "seller" -> cancelReasonId;
      case "client" -> 507;
      case "ozon" -> 360;
      default -> 0;
    };
  }

  public String cancelReason(long now) {
    return switch (cancellationType(now)) {
      case "seller" -> cancelReason;
      case "client" -> "Покупатель отменил заказ";
      case "ozon" -> "Истёк срок сборки заказа";
      default -> "";
    };
  }

  public boolean cancelledAfterShip(long now) {
    return status(now).equals("cancelled") && shippedTime() < cancelTime();
  }
}
