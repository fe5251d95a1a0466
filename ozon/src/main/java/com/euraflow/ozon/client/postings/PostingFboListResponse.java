package com.euraflow.ozon.client.postings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v2/posting/fbo/list}: {@code result} is a plain array. */
public record PostingFboListResponse(List<FboPosting> result) {

  /**
   * FBO postings are read-only for sellers: OZON fulfils them.
   *
   * @param rawJson the posting exactly as OZON sent it
   */
  public record FboPosting(
      String postingNumber,
      long orderId,
      String orderNumber,
      String status,
      long cancelReasonId,
      @Nullable Instant createdAt,
      @Nullable Instant inProcessAt,
      List<Product> products,
      @Nullable AnalyticsData analyticsData,
      Posting.@Nullable FinancialData financialData,
      @JsonIgnore String rawJson)
      implements KeepsRawJson<FboPosting> {

    @Override
    public FboPosting withRawJson(String rawJson) {
      return new FboPosting(
          postingNumber,
          orderId,
          orderNumber,
          status,
          cancelReasonId,
          createdAt,
          inProcessAt,
          products,
          analyticsData,
          financialData,
          rawJson);
    }
  }

  public record Product(
      long sku,
      String offerId,
      @Nullable String name,
      int quantity,
      BigDecimal price,
      @Nullable String currencyCode) {}

  public record AnalyticsData(
      @Nullable String region,
      @Nullable String city,
      @Nullable String deliveryType,
      boolean isPremium,
      @Nullable String paymentTypeGroupName,
      long warehouseId,
      @Nullable String warehouseName,
      boolean isLegal) {}
}
