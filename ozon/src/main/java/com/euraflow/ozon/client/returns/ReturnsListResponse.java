package com.euraflow.ozon.client.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v1/returns/list}. OZON sends the IDs as strings; they are numbers here. */
public record ReturnsListResponse(List<Return> returns, boolean hasNext) {

  public record Return(
      long id,
      long companyId,
      @Nullable String returnReasonName,
      @Nullable String type,
      @Nullable String schema,
      long orderId,
      @Nullable String orderNumber,
      String postingNumber,
      @Nullable Product product,
      @Nullable Logistic logistic,
      @Nullable Visual visual,
      @Nullable Long sourceId) {}

  public record Product(
      long sku,
      @Nullable String offerId,
      @Nullable String name,
      @Nullable Money price,
      @Nullable Money priceWithoutCommission,
      @Nullable BigDecimal commissionPercent,
      @Nullable Money commission) {}

  public record Money(@Nullable String currencyCode, @Nullable BigDecimal price) {}

  public record Logistic(
      @Nullable Instant technicalReturnMoment,
      @Nullable Instant finalMoment,
      @Nullable Instant returnDate,
      @Nullable String barcode) {}

  public record Visual(@Nullable Status status, @Nullable Instant changeMoment) {}

  public record Status(long id, @Nullable String displayName, @Nullable String sysName) {}
}
