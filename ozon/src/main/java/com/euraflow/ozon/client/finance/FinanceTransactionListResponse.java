package com.euraflow.ozon.client.finance;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v3/finance/transaction/list}; {@code page_count} 0 means no operations. */
public record FinanceTransactionListResponse(Result result) {

  public record Result(List<Operation> operations, int pageCount, long rowCount) {}

  /**
   * @param operationDate OZON's "YYYY-MM-DD HH:MM:SS", not RFC 3339
   */
  public record Operation(
      long operationId,
      String operationType,
      @Nullable String operationTypeName,
      @JsonFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime operationDate,
      @Nullable BigDecimal amount,
      @Nullable BigDecimal accrualsForSale,
      @Nullable BigDecimal saleCommission,
      @Nullable BigDecimal deliveryCharge,
      @Nullable BigDecimal returnDeliveryCharge,
      @Nullable String type,
      @Nullable PostingRef posting,
      List<Item> items,
      List<Service> services) {}

  /** {@code order_date} may be "" for operations without a posting, so it stays text. */
  public record PostingRef(
      @Nullable String deliverySchema,
      @Nullable String orderDate,
      @Nullable String postingNumber,
      long warehouseId) {}

  public record Item(@Nullable String name, long sku) {}

  public record Service(@Nullable String name, @Nullable BigDecimal price) {}
}
