package com.euraflow.ozon.client.postings;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v4/posting/fbs/ship}: the resulting posting numbers. */
public record PostingFbsShipResponse(List<String> result, List<AdditionalData> additionalData) {

  public record AdditionalData(String postingNumber, List<Product> products) {}

  public record Product(
      long sku,
      @Nullable String offerId,
      @Nullable String name,
      int quantity,
      @Nullable BigDecimal price,
      @Nullable String currencyCode) {}
}
