package com.euraflow.sandbox.world;

import java.util.SplittableRandom;

/**
 * One product of a shop. Identity and name are generated once; price, stock and archive state are the overlay that
 * API writes change. Money is kept in kopecks so string and number renderings agree exactly.
 */
public final class Product {

  private final int index;
  private final long productId;
  private final long sku;
  private final String offerId;
  private final String name;
  private final String categoryCode;
  private final long createdAt;
  private final String status;
  private final boolean archived;
  private final int fboPresent;
  private final long listPriceKop;
  long priceKop;
  long oldPriceKop;
  long minPriceKop;
  long netPriceKop;
  String vat = "0.2";
  long updatedAt;
  final int[] present;
  final int[] reserved;

  Product(int shop, int index, int warehouses, long epoch, SplittableRandom random) {
    this.index = index;
    this.productId = 300_000_000L + shop * (long) 100_000 + index;
    this.sku = 1_500_000_000L + shop * (long) 100_000 + index;
    var category = Names.pick(random, Names.CATEGORIES);
    this.categoryCode = category.code();
    this.offerId = category.code() + "-" + (10_000 + index);
    this.name = category.noun() + " " + Names.pick(random, category.variants()) + Names.pick(random, Names.COLORS);
    long rub = category.minRub() + random.nextLong(category.maxRub() - category.minRub() + 1);
    this.priceKop = (rub / 10 * 10 - 1) * 100;
    this.listPriceKop = priceKop;
    this.oldPriceKop = random.nextInt(10) < 3 ? 0 : priceKop / 100 * 125;
    this.minPriceKop = priceKop / 100 * 90;
    this.netPriceKop = priceKop / 100 * 55;
    this.createdAt = epoch - (long) (1 + random.nextInt(400)) * 86_400_000L - random.nextInt(86_400_000);
    this.updatedAt = createdAt;
    this.archived = random.nextInt(100) < 3;
    this.status = random.nextInt(100) < 3 ? "moderating" : "price_sent";
    this.present = new int[warehouses];
    this.reserved = new int[warehouses];
    for (int w = 0; w < warehouses; w++) {
      present[w] = random.nextInt(10) == 0 ? 0 : random.nextInt(150);
      reserved[w] = present[w] == 0 ? 0 : random.nextInt(4);
      present[w] += reserved[w];
    }
    this.fboPresent = random.nextInt(4) == 0 ? 0 : random.nextInt(300);
  }

  public int index() { return index; }
  public long productId() { return productId; }
  public long sku() { return sku; }
  public String offerId() { return offerId; }
  public String name() { return name; }
  public String categoryCode() { return categoryCode; }
  public long createdAt() { return createdAt; }
  public long updatedAt() { return updatedAt; }
  /** {@code price_sent} once a product may take stock; a few stay in moderation and refuse it. */
  public String status() { return status; }
  public boolean archived() { return archived; }
  public long priceKop() { return priceKop; }
  /** The generated price: what the history's orders were paid, whatever was written since. */
  public long listPriceKop() { return listPriceKop; }
  public long oldPriceKop() { return oldPriceKop; }
  public long minPriceKop() { return minPriceKop; }
  public long netPriceKop() { return netPriceKop; }
  public String vat() { return vat; }
  public int present(int warehouse) { return present[warehouse]; }
  public int reserved(int warehouse) { return reserved[warehouse]; }
  public int fboPresent() { return fboPresent; }

  public int totalPresent() {
    int total = 0;
    for (int p : present) total += p;
    return total;
  }

  public int totalReserved() {
    int total = 0;
    for (int r : reserved) total += r;
    return total;
  }

  /** Visible to buyers: has a price and free stock (EuraFlow's original display rule). */
  public boolean visible() {
    return !archived && priceKop > 0 && totalPresent() - totalReserved() > 0;
  }
}
