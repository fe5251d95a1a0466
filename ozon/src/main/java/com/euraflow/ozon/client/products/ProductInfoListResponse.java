package com.euraflow.ozon.client.products;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Answer of {@code /v3/product/info/list}: {@code items[]} with no {@code result} wrapper. Prices
 * are strings in OZON's JSON and decimals here. Unknown IDs are simply missing.
 */
public record ProductInfoListResponse(List<Item> items) {

  public record Item(
      long id,
      String offerId,
      long sku,
      String name,
      List<String> barcodes,
      long descriptionCategoryId,
      long typeId,
      @Nullable Instant createdAt,
      @Nullable Instant updatedAt,
      @Nullable BigDecimal price,
      @Nullable BigDecimal oldPrice,
      @Nullable BigDecimal minPrice,
      @Nullable String currencyCode,
      @Nullable String vat,
      List<String> images,
      List<String> primaryImage,
      boolean isArchived,
      boolean isAutoarchived,
      boolean isDiscounted,
      boolean isKgt,
      boolean isSuper,
      @Nullable Statuses statuses,
      @Nullable VisibilityDetails visibilityDetails,
      @Nullable Stocks stocks,
      List<Source> sources,
      List<ItemError> errors,
      @Nullable BigDecimal volumeWeight) {}

  public record Statuses(
      @Nullable String status,
      @Nullable String statusName,
      @Nullable String statusDescription,
      @Nullable String statusFailed,
      @Nullable String moderateStatus,
      @Nullable String validationStatus,
      boolean isCreated,
      @Nullable Instant statusUpdatedAt) {}

  public record VisibilityDetails(boolean hasPrice, boolean hasStock) {}

  public record Stocks(boolean hasStock, List<Stock> stocks) {}

  public record Stock(long present, long reserved, long sku, @Nullable String source) {}

  public record Source(
      long sku,
      @Nullable String source,
      @Nullable Instant createdAt,
      @Nullable String shipmentType) {}

  public record ItemError(
      @Nullable Long attributeId,
      @Nullable String code,
      @Nullable String field,
      @Nullable String level,
      @Nullable String state) {}
}
