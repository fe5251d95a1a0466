package com.euraflow.sandbox.control;

import com.euraflow.sandbox.world.ShopWorld;
import com.euraflow.sandbox.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test and load-test levers, in-process. The HTTP control API under {@code /__sandbox/} calls the same methods.
 * Shops are named by their Client-Id.
 */
public final class SandboxControl {

  private final World world;
  private final CallLog calls;
  private volatile Faults globalFaults = Faults.NONE;
  private final ConcurrentHashMap<Long, Faults> shopFaults = new ConcurrentHashMap<>();

  public SandboxControl(World world, CallLog calls) {
    this.world = world;
    this.calls = calls;
  }

  public Instant now() {
    return world.clock().now();
  }

  /** Moves sandbox time forward: postings arrive, statuses move and minute/hour limits refill accordingly. */
  public Instant advanceClock(Duration duration) {
    world.clock().advance(duration);
    return now();
  }

  /** {@code count} new FBS postings arrive in the shop now; returns their posting numbers. */
  public List<String> addPostings(long clientId, int count) {
    if (count < 1 || count > 10_000) throw new IllegalArgumentException("count must be 1..10000");
    return shop(clientId).addPostings(count);
  }

  /** The posting reports {@code status} from now on, e.g. a status OZON may add in the future or "arbitration". */
  public void setPostingStatus(long clientId, String postingNumber, String status) {
    var shop = shop(clientId);
    if (shop.posting(postingNumber) == null) throw new IllegalArgumentException("no posting " + postingNumber + " in shop " + clientId);
    shop.forceStatus(postingNumber, status);
  }

  /** Faults for every shop that has none of its own. */
  public void setFaults(Faults faults) {
    globalFaults = faults;
  }

  public void setShopFaults(long clientId, Faults faults) {
    shop(clientId);
    shopFaults.put(clientId, faults);
  }

  public void clearFaults() {
    globalFaults = Faults.NONE;
    shopFaults.clear();
  }

  /** The faults in force for a call by this Client-Id (0 if unknown) on this path. */
  public Faults faultsFor(long clientId, String path) {
    var faults = shopFaults.getOrDefault(clientId, globalFaults);
    return faults.applies(path) ? faults : Faults.NONE;
  }

  /** Calls per "METHOD /path" made with this Client-Id since the last reset. */
  public Map<String, Long> callCounts(long clientId) {
    return calls.counts(Long.toString(clientId));
  }

  /** The shop's last {@code limit} requests, oldest first. */
  public List<RecordedRequest> lastRequests(long clientId, int limit) {
    return calls.recent(Long.toString(clientId), limit);
  }

  /** The last {@code limit} requests of any caller, oldest first. */
  public List<RecordedRequest> lastRequests(int limit) {
    return calls.recent(null, limit);
  }

  public void resetCalls() {
    calls.clear();
  }

  private ShopWorld shop(long clientId) {
    var shop = world.shop(clientId);
    if (shop == null) throw new IllegalArgumentException("no shop with Client-Id " + clientId);
    return shop;
  }
}
