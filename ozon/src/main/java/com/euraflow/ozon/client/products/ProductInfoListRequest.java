package com.euraflow.ozon.client.products;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * {@code POST /v3/product/info/list}: details of at most 1000 products, by one identifier type per
 * request (OZON advises against mixing them).
 */
public record ProductInfoListRequest(
    @Nullable List<String> offerId,
    @JsonSerialize(contentUsing = ToStringSerializer.class) @Nullable List<Long> productId,
    @JsonSerialize(contentUsing = ToStringSerializer.class) @Nullable List<Long> sku) {

  public static final int MAX_IDS = 1000;

  public ProductInfoListRequest {
    if (size(offerId) + size(productId) + size(sku) > MAX_IDS) {
      throw new IllegalArgumentException("at most " + MAX_IDS + " identifiers per request");
    }
  }

  public static ProductInfoListRequest byProductIds(List<Long> productIds) {
    return new ProductInfoListRequest(null, productIds, null);
  }

  public static ProductInfoListRequest byOfferIds(List<String> offerIds) {
    return new ProductInfoListRequest(offerIds, null, null);
  }

  public static ProductInfoListRequest bySkus(List<Long> skus) {
    return new ProductInfoListRequest(null, null, skus);
  }

  private static int size(@Nullable List<?> ids) {
    return ids == null ? 0 : ids.size();
  }
}
