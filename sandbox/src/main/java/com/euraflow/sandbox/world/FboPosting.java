package com.euraflow.sandbox.world;

import java.util.List;
import java.util.SplittableRandom;

/** An FBO posting: OZON packs and delivers it from its own warehouse, so its status only follows the clock. */
public final class FboPosting {

  private final ShopWorld shop;
  private final int number;
  private final long inProcessAt;
  private final boolean cancelled;
  private final long transit;
  private final List<FbsPosting.Item> items;
  private final Names.City city;

  FboPosting(ShopWorld shop, int number, long inProcessAt) {
    this.shop = shop;
    this.number = number;
    this.inProcessAt = inProcessAt;
    SplittableRandom random = Seeds.random(shop.seed(), shop.index(), Seeds.Kind.FBO, number);
    this.cancelled = random.nextInt(100) < 5;
    this.transit = FbsPosting.DAY + random.nextLong(3 * FbsPosting.DAY);
    this.city = Names.pick(random, Names.CITIES);
    var product = shop.products().get(random.nextInt(shop.products().size()));
    this.items = List.of(new FbsPosting.Item(product, random.nextInt(10) < 8 ? 1 : 2, product.listPriceKop()));
  }

  public String postingNumber() {
    var n = Integer.toString(number);
    return (20_000_000 + shop.index()) + "-" + "0000".substring(Math.min(4, n.length())) + n + "-1";
  }

  public String orderNumber() { return postingNumber().substring(0, postingNumber().length() - 2); }
  public long orderId() { return 800_000_000L + shop.index() * 1_000_000L + number; }
  public long inProcessAt() { return inProcessAt; }
  public List<FbsPosting.Item> items() { return items; }
  public String region() { return city.region(); }
  public String city() { return city.city(); }

  public String status(long now) {
    long age = now - inProcessAt;
    if (cancelled && age >= 3 * FbsPosting.HOUR) return "cancelled";
    if (age < 2 * FbsPosting.HOUR) return "awaiting_packaging";
    if (age < 8 * FbsPosting.HOUR) return "awaiting_deliver";
    if (age < 8 * FbsPosting.HOUR + transit) return "delivering";
    return "delivered";
  }
}
