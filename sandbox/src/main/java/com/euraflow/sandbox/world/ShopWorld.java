package com.euraflow.sandbox.world;

import com.euraflow.sandbox.SandboxSettings;
import com.euraflow.sandbox.SandboxShop;
import com.euraflow.sandbox.rules.OzonException;
import com.euraflow.sandbox.rules.SlidingWindow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One shop's world: warehouses, products and postings generated from (seed, shop index), plus the overlay of what
 * the API wrote and the state of OZON's per-shop limits. Callers hold the instance's monitor across a request so a
 * reply sees one consistent state.
 */
public final class ShopWorld {

  static final long HISTORY = 30 * FbsPosting.DAY;
  private static final long STOCK_PAIR_INTERVAL = 30_000;
  private static final long MAX_STOCK = 1_000_000;

  private final SandboxShop shop;
  private final long seed;
  private final long epoch;
  private final SandboxClock clock;
  private final long labelDelayMillis;
  private final int historyPostings;
  private final long arrivalInterval;
  private final long arrivalPhase;
  private final List<Warehouse> warehouses;
  private final List<Product> products;
  private final Map<String, Product> byOffer = new HashMap<>();
  private final Map<Long, Product> byProductId = new HashMap<>();
  private final Map<Long, Product> bySku = new HashMap<>();
  private long[] arrivals;
  private int postingCount;
  private long scheduledArrivals;
  private final Map<Long, FbsPosting> written = new HashMap<>();
  private final SlidingWindow stockCalls = new SlidingWindow(80, 60_000);
  private final SlidingWindow warehouseCalls = new SlidingWindow(1, 60_000);
  private final Map<Long, Long> stockPairUpdates = new HashMap<>();
  private final Map<Integer, SlidingWindow> priceChanges = new HashMap<>();
  private final Map<Long, LabelTask> labelTasks = new LinkedHashMap<>();

  ShopWorld(SandboxSettings settings, int index, SandboxClock clock) {
    this.shop = SandboxShop.of(settings.seed(), index);
    this.seed = settings.seed();
    this.epoch = settings.start().toEpochMilli();
    this.clock = clock;
    this.labelDelayMillis = settings.labelDelay().toMillis();
    this.historyPostings = settings.postingsPerShop();
    this.arrivalInterval = settings.postingsPerHour() > 0 ? Math.max(1, (long) (FbsPosting.HOUR / settings.postingsPerHour())) : 0;
    this.arrivalPhase = arrivalInterval > 0 ? Math.floorMod(Seeds.mix(seed, index, -1), arrivalInterval) : 0;
    var city = Names.CITIES[Math.floorMod(Seeds.mix(seed, index, -2), Names.CITIES.length)].city();
    this.warehouses = List.of(
        new Warehouse(0, 20_000_000_000_000L + index * 1_000L + 1, "Склад FBS " + city, false, city),
        new Warehouse(1, 20_000_000_000_000L + index * 1_000L + 2, "Склад rFBS " + city + " (собственная доставка)", true, city));
    var list = new ArrayList<Product>(settings.productsPerShop());
    for (int i = 0; i < settings.productsPerShop(); i++) {
      var product = new Product(index, i, warehouses.size(), epoch, Seeds.random(seed, index, Seeds.Kind.PRODUCT, i));
      list.add(product);
      byOffer.put(product.offerId(), product);
      byProductId.put(product.productId(), product);
      bySku.put(product.sku(), product);
    }
    this.products = List.copyOf(list);
    this.arrivals = new long[Math.max(16, historyPostings + 64)];
    long spacing = Math.max(1, HISTORY / Math.max(1, historyPostings));
    for (int k = 0; k < historyPostings; k++) {
      arrivals[k] = epoch - HISTORY + k * spacing + Math.floorMod(Seeds.mix(seed, index, k), spacing);
    }
    this.postingCount = historyPostings;
  }

  public SandboxShop shop() { return shop; }
  public int index() { return shop.index(); }
  long seed() { return seed; }
  public long epoch() { return epoch; }
  long labelDelayMillis() { return labelDelayMillis; }
  public long now() { return clock.millis(); }
  public List<Warehouse> warehouses() { return warehouses; }
  public List<Product> products() { return products; }
  public @Nullable Product productByOffer(String offerId) { return byOffer.get(offerId); }
  public @Nullable Product productById(long productId) { return byProductId.get(productId); }
  public @Nullable Product productBySku(long sku) { return bySku.get(sku); }

  public @Nullable Warehouse warehouseById(long id) {
    for (var w : warehouses) if (w.id() == id) return w;
    return null;
  }

  /** OZON allows the warehouse list once a minute. */
  public void acquireWarehouseList() {
    if (!warehouseCalls.tryAcquire(now())) throw OzonException.perMinuteLimit();
  }

  // ---- postings ----

  /** All FBS postings that exist at {@code now}, in the stable order (in_process_at, number, suffix). */
  public List<FbsPosting> postings() {
    return postingsBetween(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Postings whose in_process_at lies in [since, to], in the stable order. */
  public synchronized List<FbsPosting> postingsBetween(long since, long to) {
    catchUp(now());
    int from = lowerBound(since);
    var result = new ArrayList<FbsPosting>(Math.min(postingCount - from, 1024));
    for (int k = from; k < postingCount && arrivals[k] <= to; k++) {
      var posting = posting(k, 1);
      result.add(posting);
      for (int s = 2; s <= posting.children + 1; s++) result.add(written.get(FbsPosting.key(k, s)));
    }
    return result;
  }

  /** The posting with this number if it belongs to this shop, else null. */
  public synchronized @Nullable FbsPosting posting(String postingNumber) {
    catchUp(now());
    var parts = postingNumber.split("-");
    try {
      if (parts.length != 3 || Integer.parseInt(parts[0]) != 10_000_000 + index()) return null;
      int k = Integer.parseInt(parts[1]);
      int suffix = Integer.parseInt(parts[2]);
      if (k < 0 || k >= postingCount || suffix < 1) return null;
      var posting = suffix == 1 ? posting(k, 1) : written.get(FbsPosting.key(k, suffix));
      return posting != null && posting.postingNumber().equals(postingNumber) ? posting : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private FbsPosting posting(int k, int suffix) {
    var stored = written.get(FbsPosting.key(k, suffix));
    return stored != null ? stored : new FbsPosting(this, k, arrivals[k], k < historyPostings);
  }

  /** Keeps a posting that is about to be written, so later reads see the write. */
  private FbsPosting write(FbsPosting posting) {
    return written.computeIfAbsent(posting.key(), key -> posting);
  }

  private int lowerBound(long since) {
    int lo = 0, hi = postingCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (arrivals[mid] < since) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Appends the postings that arrived on schedule up to {@code now}. */
  private void catchUp(long now) {
    if (arrivalInterval == 0) return;
    while (true) {
      long next = epoch + arrivalPhase + scheduledArrivals * arrivalInterval;
      if (next > now) return;
      append(next);
      scheduledArrivals++;
    }
  }

  private void append(long at) {
    if (postingCount == arrivals.length) arrivals = Arrays.copyOf(arrivals, arrivals.length * 2);
    arrivals[postingCount++] = at;
  }

  /** Control: {@code count} new postings arrive now. */
  public synchronized List<String> addPostings(int count) {
    long now = now();
    catchUp(now);
    var numbers = new ArrayList<String>(count);
    for (int i = 0; i < count; i++) {
      append(now);
      numbers.add(posting(postingCount - 1, 1).postingNumber());
    }
    return numbers;
  }

  /** Control: the posting reports a status of the caller's choosing, e.g. one OZON adds in the future. */
  public synchronized void forceStatus(String postingNumber, String status) {
    var posting = write(require(postingNumber));
    posting.forcedStatus = status;
    posting.statusWrittenAt = now();
  }

  List<FbsPosting.Item> orderedItems(int number) {
    SplittableRandom random = Seeds.random(seed, index(), Seeds.Kind.POSTING_DETAIL, number);
    int draw = random.nextInt(100);
    int lines = Math.min(products.size(), draw < 70 ? 1 : draw < 90 ? 2 : 3);
    var chosen = new HashSet<Integer>();
    var items = new ArrayList<FbsPosting.Item>(lines);
    while (items.size() < lines) {
      int p = random.nextInt(products.size());
      if (chosen.add(p)) {
        var product = products.get(p);
        items.add(new FbsPosting.Item(product, random.nextInt(10) < 8 ? 1 : 2, product.listPriceKop()));
      }
    }
    return List.copyOf(items);
  }

  public Buyer buyer(FbsPosting posting) {
    SplittableRandom random = Seeds.random(seed, index(), Seeds.Kind.BUYER, posting.number());
    var first = Names.pick(random, Names.FIRST);
    var last = Names.pick(random, Names.LAST);
    if (first.endsWith("а") && !last.endsWith("а")) last = last + "а";
    if (!first.endsWith("а") && last.endsWith("а")) last = last.substring(0, last.length() - 1);
    var city = Names.pick(random, Names.CITIES);
    var street = Names.pick(random, Names.STREETS);
    long customerId = 40_000_000L + random.nextInt(50_000_000);
    return new Buyer(customerId, first + " " + last, "+7" + (9_000_000_000L + random.nextLong(999_999_999L)),
        "buyer" + customerId + "@example.ru", city.region(), city.city(), city.zip(),
        street + ", д. " + (1 + random.nextInt(120)) + ", кв. " + (1 + random.nextInt(300)),
        city.lat() + random.nextDouble(-0.05, 0.05), city.lon() + random.nextDouble(-0.05, 0.05));
  }

  private FbsPosting require(String postingNumber) {
    var posting = posting(postingNumber);
    if (posting == null) throw OzonException.notFound("POSTING_NOT_FOUND");
    return posting;
  }

  /** {@code /v4/posting/fbs/ship}: one package packs the posting; several split it, one posting per package. */
  public synchronized List<String> ship(String postingNumber, List<Map<Long, Integer>> packages) {
    long now = now();
    var posting = require(postingNumber);
    switch (posting.status(now)) {
      case "awaiting_packaging" -> { }
      case "cancelled" -> throw OzonException.invalid("POSTING_ALREADY_CANCELLED");
      case "awaiting_deliver", "delivering", "delivered" -> throw OzonException.invalid("POSTING_ALREADY_SHIPPED");
      default -> throw OzonException.invalid("HAS_INCORRECT_STATUS");
    }
    var ordered = new HashMap<Long, FbsPosting.Item>();
    for (var item : posting.items()) ordered.put(item.product().sku(), item);
    var packed = new HashMap<Long, Integer>();
    for (var pack : packages) {
      if (pack.isEmpty()) throw OzonException.invalid("HAS_INCORRECT_PRODUCT_QUANTITY");
      for (var e : pack.entrySet()) {
        if (!ordered.containsKey(e.getKey())) throw OzonException.invalid("UNKNOWN_PRODUCT_DEFINED");
        packed.merge(e.getKey(), e.getValue(), Integer::sum);
      }
    }
    for (var item : ordered.values()) {
      if (packed.getOrDefault(item.product().sku(), 0) != item.quantity()) {
        throw OzonException.invalid("HAS_INCORRECT_PRODUCT_QUANTITY");
      }
    }
    var parent = write(posting);
    var numbers = new ArrayList<String>();
    for (int i = 0; i < packages.size(); i++) {
      var items = new ArrayList<FbsPosting.Item>();
      for (var e : packages.get(i).entrySet()) {
        var item = ordered.get(e.getKey());
        items.add(new FbsPosting.Item(item.product(), e.getValue(), item.priceKop()));
      }
      if (i == 0) {
        parent.items = List.copyOf(items);
        parent.shippedAt = now;
        numbers.add(parent.postingNumber());
      } else {
        parent.children++;
        var child = new FbsPosting(parent, parent.children + 1, List.copyOf(items), now);
        written.put(child.key(), child);
        numbers.add(child.postingNumber());
      }
    }
    return numbers;
  }

  /** {@code /v2/posting/fbs/cancel} with a reason that fits the posting's status. */
  public synchronized void cancel(String postingNumber, long reasonId, @Nullable String message) {
    long now = now();
    var posting = require(postingNumber);
    var status = posting.status(now);
    if (status.equals("cancelled")) throw OzonException.invalid("POSTING_ALREADY_CANCELLED");
    if (!fittingCancelReasons(status).contains((int) reasonId)) throw OzonException.invalid("HAS_INCORRECT_CANCEL_REASON");
    if (reasonId == 402 && (message == null || message.isBlank())) {
      throw OzonException.invalid("cancel_reason_message is required for cancel_reason_id 402");
    }
    var target = write(posting);
    target.cancelledAt = now;
    target.cancelReasonId = (int) reasonId;
    target.cancelReason = message == null || message.isBlank() ? CANCEL_REASONS.get((int) reasonId) : message;
  }

  /** The seller's cancel reasons (the reference's ids, Russian titles), sorted by id. */
  public static final Map<Integer, String> CANCEL_REASONS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
      352, "Товар закончился на складе продавца", 400, "Остался только бракованный товар",
      401, "Отмена из арбитража", 402, "Другое (вина продавца)", 665, "Покупатель не забрал заказ",
      666, "Возврат из службы доставки: нет доставки в указанный регион", 667, "Заказ утерян службой доставки")));

  /** Reasons that fit a posting in {@code status}: 665–667 once the parcel is on its way, the others before. */
  public static List<Integer> fittingCancelReasons(String status) {
    return switch (status) {
      case "awaiting_packaging", "awaiting_deliver" -> List.of(352, 400, 401, 402);
      case "delivering" -> List.of(665, 666, 667);
      default -> List.of();
    };
  }

  /** {@code /v2/fbs/posting/tracking-number/set}, one item: null on success, else OZON's error text. */
  public synchronized @Nullable String setTrackingNumber(String postingNumber, String trackingNumber) {
    var posting = posting(postingNumber);
    if (posting == null) return "POSTING_NOT_FOUND";
    if (posting.status(now()).equals("cancelled")) return "POSTING_ALREADY_CANCELLED";
    write(posting).trackingNumber = trackingNumber;
    return null;
  }

  /** {@code /v2/posting/fbs/awaiting-delivery}: disputed postings go on to shipment, all or none. */
  public synchronized void releaseToDelivery(List<String> postingNumbers) {
    long now = now();
    var postings = new ArrayList<FbsPosting>();
    for (var number : postingNumbers) {
      var posting = require(number);
      var status = posting.status(now);
      if (!status.equals("arbitration") && !status.equals("client_arbitration")) {
        throw OzonException.invalid("HAS_INCORRECT_STATUS");
      }
      postings.add(posting);
    }
    for (var posting : postings) {
      var target = write(posting);
      target.forcedStatus = null;
      target.statusWrittenAt = now;
      if (target.shippedTime() > now) target.shippedAt = now;
    }
  }

  /** Checks label conditions for all postings; throws for the first one that fails, as OZON fails the batch. */
  public List<FbsPosting> labelPostings(List<String> postingNumbers, boolean mustBeReady) {
    long now = now();
    var postings = new ArrayList<FbsPosting>();
    for (var number : postingNumbers) {
      var posting = posting(number);
      if (posting == null) throw OzonException.invalid("POSTING_NUMBERS_IS_INCORRECT_FOR_COMPANY");
      if (!posting.status(now).equals("awaiting_deliver")) throw OzonException.invalid("INVALID_ARGUMENT");
      postings.add(posting);
    }
    if (mustBeReady) {
      var notReady = postings.stream().filter(p -> !p.labelReady(now)).map(FbsPosting::postingNumber).toList();
      if (!notReady.isEmpty()) throw OzonException.invalid("The next postings aren't ready: " + String.join(", ", notReady));
    }
    return postings;
  }

  public synchronized LabelTask createLabelTask(List<String> postingNumbers) {
    labelPostings(postingNumbers, false);
    long id = 70_000_000L + index() * 100_000L + labelTasks.size() + 1;
    var task = new LabelTask(id, "big_label", List.copyOf(postingNumbers), now());
    labelTasks.put(id, task);
    return task;
  }

  public synchronized @Nullable LabelTask labelTask(long id) {
    return labelTasks.get(id);
  }

  // ---- stock and prices ----

  /** Batch writes name a product by offer_id or product_id; offer_id wins when both are sent. */
  private @Nullable Product product(@Nullable String offerId, long productId) {
    return offerId != null && !offerId.isEmpty() ? byOffer.get(offerId) : byProductId.get(productId);
  }

  /** {@code /v2/products/stocks}: 80 calls a minute per shop, each product–warehouse pair once per 30 s. */
  public synchronized List<ItemResult> updateStocks(List<StockUpdate> updates) {
    long now = now();
    if (!stockCalls.tryAcquire(now)) throw OzonException.perMinuteLimit();
    var results = new ArrayList<ItemResult>(updates.size());
    for (var update : updates) {
      var product = product(update.offerId(), update.productId());
      var warehouse = warehouseById(update.warehouseId());
      var errors = new ArrayList<ItemResult.ItemError>();
      if (product == null) {
        errors.add(new ItemResult.ItemError("NOT_FOUND_ERROR", "Product not found"));
      } else if (warehouse == null) {
        errors.add(new ItemResult.ItemError("WAREHOUSE_NOT_FOUND", "Warehouse not found"));
      } else if (update.stock() >= MAX_STOCK) {
        errors.add(new ItemResult.ItemError("STOCK_TOO_BIG", "Stock must be less than 1000000"));
      } else if (!product.status().equals("price_sent")) {
        errors.add(new ItemResult.ItemError("PRICE_IS_NOT_SENT", "The product has no price yet; stock can be set once its status is price_sent"));
      } else {
        long pair = (long) product.index() << 8 | warehouse.index();
        Long last = stockPairUpdates.get(pair);
        if (last != null && now - last < STOCK_PAIR_INTERVAL) {
          errors.add(new ItemResult.ItemError("TOO_MANY_REQUESTS", "Stock is updated too frequently"));
        } else {
          stockPairUpdates.put(pair, now);
          product.present[warehouse.index()] = (int) update.stock() + product.reserved[warehouse.index()];
          product.updatedAt = now;
        }
      }
      results.add(ItemResult.of(product, update.offerId(), update.productId(), update.warehouseId(), errors));
    }
    return results;
  }

  /** {@code /v1/product/import/prices}: OZON's discount-size rules and at most 10 changes an hour per product. */
  public synchronized List<ItemResult> updatePrices(List<PriceUpdate> updates) {
    long now = now();
    var results = new ArrayList<ItemResult>(updates.size());
    for (var update : updates) {
      var product = product(update.offerId(), update.productId());
      var error = product == null ? new ItemResult.ItemError("NOT_FOUND_ERROR", "Product not found") : priceError(product, update);
      if (error == null && !priceChanges.computeIfAbsent(product.index(), i -> new SlidingWindow(10, FbsPosting.HOUR)).tryAcquire(now)) {
        error = new ItemResult.ItemError("TOO_MANY_REQUESTS", "error limiting: acquire limit per item: items limit: limit exceeded");
      }
      if (error == null) {
        if (update.price() != null) product.priceKop = kopecks(update.price());
        if (update.oldPrice() != null) product.oldPriceKop = kopecks(update.oldPrice());
        if (update.minPrice() != null) product.minPriceKop = kopecks(update.minPrice());
        if (update.netPrice() != null) product.netPriceKop = kopecks(update.netPrice());
        if (update.vat() != null) product.vat = update.vat();
        product.updatedAt = now;
      }
      results.add(ItemResult.of(product, update.offerId(), update.productId(), 0, error == null ? List.of() : List.of(error)));
    }
    return results;
  }

  private static final Set<String> VATS = Set.of("0", "0.05", "0.07", "0.1", "0.2", "0.22");
  private static final BigDecimal LOW = BigDecimal.valueOf(400);
  private static final BigDecimal TOP = BigDecimal.valueOf(10_000);

  private static ItemResult.ItemError priceError(Product product, PriceUpdate update) {
    for (var amount : new BigDecimal[] {update.price(), update.oldPrice(), update.minPrice(), update.netPrice()}) {
      if (amount != null && amount.signum() < 0) return new ItemResult.ItemError("price_negative", "Price must not be negative");
    }
    if (update.currencyCode() != null && !update.currencyCode().isEmpty() && !update.currencyCode().equals("RUB")) {
      return new ItemResult.ItemError("CURRENCY_CODE_MISMATCH", "currency_code must match the seller's currency RUB");
    }
    if (update.vat() != null && !VATS.contains(update.vat())) {
      return new ItemResult.ItemError("INVALID_VAT", "vat must be one of 0, 0.05, 0.07, 0.1, 0.2, 0.22");
    }
    var price = update.price() != null ? update.price() : BigDecimal.valueOf(product.priceKop, 2);
    var old = update.oldPrice() != null ? update.oldPrice() : BigDecimal.valueOf(product.oldPriceKop, 2);
    if (old.signum() == 0) return null;
    var discount = old.subtract(price);
    if (discount.multiply(BigDecimal.TEN).compareTo(old.multiply(BigDecimal.valueOf(9))) >= 0) {
      return new ItemResult.ItemError("discount_too_big", "The discount is 90% or more");
    }
    if (price.compareTo(LOW) < 0 && discount.compareTo(BigDecimal.valueOf(20)) <= 0) {
      return new ItemResult.ItemError("discount_for_low_price_is_too_small", "For prices below 400 the old price must exceed the price by more than 20");
    }
    if (price.compareTo(LOW) >= 0 && price.compareTo(TOP) <= 0
        && discount.multiply(BigDecimal.valueOf(20)).compareTo(old) <= 0) {
      return new ItemResult.ItemError("discount_for_average_price_is_too_small", "For prices from 400 to 10000 the discount must exceed 5%");
    }
    if (price.compareTo(TOP) > 0 && discount.compareTo(BigDecimal.valueOf(500)) <= 0) {
      return new ItemResult.ItemError("discount_for_top_price_is_too_small", "For prices above 10000 the discount must exceed 500");
    }
    return null;
  }

  private static long kopecks(BigDecimal amount) {
    return amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
  }

  // ---- FBO ----

  /** FBO postings (read-only: OZON fulfils them): half as many as FBS in the history, arriving at half the rate. */
  public List<FboPosting> fboPostingsBetween(long since, long to) {
    long now = now();
    int history = historyPostings / 2;
    long spacing = Math.max(1, HISTORY / Math.max(1, history));
    long interval = arrivalInterval * 2;
    long live = interval == 0 || now < epoch ? 0 : (now - epoch) / interval;
    var result = new ArrayList<FboPosting>();
    for (long j = 0; j < history + live; j++) {
      long at = j < history ? epoch - HISTORY + j * spacing : epoch + (j - history + 1) * interval;
      if (at > now || at > to) break;
      if (at >= since) result.add(new FboPosting(this, (int) j, at));
    }
    return result;
  }
}
