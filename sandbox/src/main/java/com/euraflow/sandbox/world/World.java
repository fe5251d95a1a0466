package com.euraflow.sandbox.world;

import com.euraflow.sandbox.SandboxSettings;
import com.euraflow.sandbox.SandboxShop;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** All shops of a sandbox. A shop's world is generated on first use, so thousands of idle shops cost nothing. */
public final class World {

  private final SandboxSettings settings;
  private final SandboxClock clock;
  private final ConcurrentHashMap<Integer, ShopWorld> shops = new ConcurrentHashMap<>();

  public World(SandboxSettings settings) {
    this.settings = settings;
    this.clock = new SandboxClock(settings.start(), settings.manualClock());
  }

  public SandboxClock clock() { return clock; }

  public List<SandboxShop> shopCredentials() {
    return IntStream.range(0, settings.shops()).mapToObj(i -> SandboxShop.of(settings.seed(), i)).toList();
  }

  /** The shop with this Client-Id, or null if there is none. */
  public @Nullable ShopWorld shop(long clientId) {
    long index = clientId - SandboxShop.FIRST_CLIENT_ID;
    if (index < 0 || index >= settings.shops()) return null;
    return shops.computeIfAbsent((int) index, i -> new ShopWorld(settings, i, clock));
  }

  /** The shops generated so far (every shop that has been called), in no particular order. */
  public List<ShopWorld> generatedShops() {
    return List.copyOf(shops.values());
  }

  /** True if {@code apiKey} is the key of {@code clientId}, computed without generating the shop. */
  public boolean authenticates(long clientId, String apiKey) {
    long index = clientId - SandboxShop.FIRST_CLIENT_ID;
    return index >= 0 && index < settings.shops() && SandboxShop.of(settings.seed(), (int) index).apiKey().equals(apiKey);
  }
}
