package com.euraflow.kernel.shops;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the OZON module needs from the shop registry, for background work without a caller. Endpoints
 * acting for a caller check {@code ShopAccess} first.
 */
@Component
public class ShopRegistry {

  private final ShopService shops;
  private final ShopRepository repository;

  ShopRegistry(ShopService shops, ShopRepository repository) {
    this.shops = shops;
    this.repository = repository;
  }

  /** Decrypted credentials of a shop, or empty when it does not exist (any more). */
  public Optional<ShopCredentials> credentials(long shopId) {
    return shops.credentials(shopId);
  }

  /** OZON rejected the shop's key: the shop shows needs_new_key and leaves {@link #activeShops()}. */
  public void markCredentialsRejected(long shopId) {
    shops.markRejected(shopId);
  }

  public List<ActiveShop> activeShops() {
    return repository.active();
  }

  public Optional<Shop> find(long shopId) {
    return repository.find(shopId);
  }
}
