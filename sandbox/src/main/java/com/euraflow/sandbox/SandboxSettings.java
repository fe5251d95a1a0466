package com.euraflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * How a sandbox is started. The world is a pure function of {@code seed}, {@code start} and the sizes, so two
 * sandboxes with equal settings serve equal data.
 *
 * @param host address to bind, loopback by default
 * @param port TCP port, 0 picks a free one
 * @param shops number of shops (Client-Id 100001, 100002, ...)
 * @param productsPerShop products generated per shop
 * @param postingsPerShop FBS postings in each shop's history window before {@code start}
 * @param seed random seed of the world and of the shops' Api-Keys
 * @param start the world's epoch: the history lies in the 30 days before it, new postings arrive after it
 * @param manualClock true: time stands still except when advanced through the control API
 * @param postingsPerHour new FBS postings arriving per shop per hour of sandbox time
 * @param labelDelay how long after shipping a posting's label becomes printable
 * @param requestLogSize how many recent requests the control API keeps
 * @param ticker monotonic nanoseconds for the per-second rate limit (tests substitute a manual one)
 */
public record SandboxSettings(
    String host,
    int port,
    int shops,
    int productsPerShop,
    int postingsPerShop,
    long seed,
    Instant start,
    boolean manualClock,
    double postingsPerHour,
    Duration labelDelay,
    int requestLogSize,
    LongSupplier ticker) {

  public static final int MAX_PRODUCTS_PER_SHOP = 100_000;

  public SandboxSettings {
    if (shops < 1 || productsPerShop < 1 || postingsPerShop < 0 || productsPerShop > MAX_PRODUCTS_PER_SHOP) {
      throw new IllegalArgumentException("need shops >= 1, 1 <= productsPerShop <= 100000, postingsPerShop >= 0");
    }
    if (postingsPerHour < 0 || requestLogSize < 1) {
      throw new IllegalArgumentException("need postingsPerHour >= 0 and requestLogSize >= 1");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Defaults: 3 shops, 200 products, 1000 postings, seed 42, real-time clock starting now. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private int shops = 3;
    private int productsPerShop = 200;
    private int postingsPerShop = 1000;
    private long seed = 42;
    private @Nullable Instant start;
    private boolean manualClock;
    private double postingsPerHour = 6;
    private Duration labelDelay = Duration.ofSeconds(15);
    private int requestLogSize = 1000;
    private LongSupplier ticker = System::nanoTime;

    public Builder host(String host) { this.host = host; return this; }
    public Builder port(int port) { this.port = port; return this; }
    public Builder shops(int shops) { this.shops = shops; return this; }
    public Builder productsPerShop(int n) { this.productsPerShop = n; return this; }
    public Builder postingsPerShop(int n) { this.postingsPerShop = n; return this; }
    public Builder seed(long seed) { this.seed = seed; return this; }
    /**
     * Fixes the epoch. Without it the epoch is the start of the current UTC day, so restarts on the same day serve
     * the same postings; an app that must keep them stable across days passes a stored instant.
     */
    public Builder start(Instant start) { this.start = start; return this; }
    public Builder manualClock(boolean manual) { this.manualClock = manual; return this; }
    public Builder postingsPerHour(double rate) { this.postingsPerHour = rate; return this; }
    public Builder labelDelay(Duration delay) { this.labelDelay = delay; return this; }
    public Builder requestLogSize(int size) { this.requestLogSize = size; return this; }
    public Builder ticker(LongSupplier nanos) { this.ticker = nanos; return this; }

    public SandboxSettings build() {
      var epoch = start != null ? start : Instant.now().truncatedTo(ChronoUnit.DAYS);
      return new SandboxSettings(host, port, shops, productsPerShop, postingsPerShop, seed, epoch, manualClock,
          postingsPerHour, labelDelay, requestLogSize, ticker);
    }
  }
}
