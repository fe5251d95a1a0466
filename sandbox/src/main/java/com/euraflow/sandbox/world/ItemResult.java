package com.euraflow.sandbox.world;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one item of a batch write; OZON answers HTTP 200 and lists per-item errors.
 *
 * @param product the product the item named, or null if none matched
 */
public record ItemResult(@Nullable Product product, @Nullable String offerId, long productId, long warehouseId, List<ItemError> errors) {

  public record ItemError(String code, String message) {}

  /** The item as the caller named it, completed with the product's identifiers when it was found. */
  static ItemResult of(@Nullable Product product, @Nullable String offerId, long productId, long warehouseId, List<ItemError> errors) {
    return new ItemResult(product, product != null ? product.offerId() : offerId,
        product != null ? product.productId() : productId, warehouseId, List.copyOf(errors));
  }

  public boolean updated() {
    return errors.isEmpty();
  }
}
