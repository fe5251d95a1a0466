package com.euraflow.ozon.client.postings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An FBS/rFBS posting as the list, unfulfilled and get methods return it. The fields only {@code
 * /v3/posting/fbs/get} fills ({@code available_actions}, {@code parent_posting_number}, ...) are
 * empty or null elsewhere; {@code barcodes}, {@code analytics_data} and {@code financial_data} come
 * only when asked for with {@link PostingWith}.
 *
 * @param status raw OZON status (§5.1), kept as text so an unknown value never fails a pull
 * @param rawJson the posting exactly as OZON sent it
 */
public record Posting(
    String postingNumber,
    long orderId,
    String orderNumber,
    String status,
    @Nullable String substatus,
    @Nullable String previousSubstatus,
    @Nullable DeliveryMethod deliveryMethod,
    @Nullable String trackingNumber,
    @Nullable String tplIntegrationType,
    @Nullable Instant inProcessAt,
    @Nullable Instant shipmentDate,
    @Nullable Instant deliveringDate,
    @Nullable Cancellation cancellation,
    List<Product> products,
    @Nullable Barcodes barcodes,
    @Nullable AnalyticsData analyticsData,
    @Nullable FinancialData financialData,
    boolean isExpress,
    List<String> availableActions,
    @Nullable String parentPostingNumber,
    @Nullable RelatedPostings relatedPostings,
    @JsonIgnore String rawJson)
    implements KeepsRawJson<Posting> {

  @Override
  public Posting withRawJson(String rawJson) {
    return new Posting(
        postingNumber,
        orderId,
        orderNumber,
        status,
        substatus,
        previousSubstatus,
        deliveryMethod,
        trackingNumber,
        tplIntegrationType,
        inProcessAt,
        shipmentDate,
        deliveringDate,
        cancellation,
        products,
        barcodes,
        analyticsData,
        financialData,
        isExpress,
        availableActions,
        parentPostingNumber,
        relatedPostings,
        rawJson);
  }

  public record DeliveryMethod(
      long id,
      @Nullable String name,
      long warehouseId,
      @Nullable String warehouse,
      long tplProviderId,
      @Nullable String tplProvider) {}

  public record Cancellation(
      long cancelReasonId,
      @Nullable String cancelReason,
      @Nullable String cancellationType,
      boolean cancelledAfterShip,
      boolean affectCancellationRating,
      @Nullable String cancellationInitiator) {}

  /** A line of the posting; {@code price} is a string in OZON's JSON (e.g. "1390.000000"). */
  public record Product(
      long sku,
      String offerId,
      @Nullable String name,
      int quantity,
      BigDecimal price,
      @Nullable String currencyCode,
      List<String> mandatoryMark) {}

  public record Barcodes(@Nullable String upperBarcode, @Nullable String lowerBarcode) {}

  public record AnalyticsData(
      @Nullable String region,
      @Nullable String city,
      @Nullable String deliveryType,
      boolean isPremium,
      @Nullable String paymentTypeGroupName,
      long warehouseId,
      @Nullable String warehouse,
      @Nullable Instant deliveryDateBegin,
      @Nullable Instant deliveryDateEnd,
      boolean isLegal) {}

  public record FinancialData(List<FinancialProduct> products) {}

  /** Money is a JSON number here. */
  public record FinancialProduct(
      long productId,
      @Nullable BigDecimal price,
      @Nullable BigDecimal oldPrice,
      @Nullable BigDecimal totalDiscountValue,
      @Nullable BigDecimal totalDiscountPercent,
      @Nullable BigDecimal commissionAmount,
      @Nullable BigDecimal commissionPercent,
      @Nullable BigDecimal payout,
      List<String> actions,
      int quantity) {}

  public record RelatedPostings(List<String> relatedPostingNumbers) {}
}
