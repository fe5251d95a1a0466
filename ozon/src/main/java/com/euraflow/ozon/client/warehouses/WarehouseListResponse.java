package com.euraflow.ozon.client.warehouses;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v1/warehouse/list}: FBS and rFBS warehouses only. */
public record WarehouseListResponse(List<Warehouse> result) {

  /**
   * @param status new, created (active), disabled (archived), blocked, disabled_due_to_limit, error
   * @param postingsLimit -1 when unlimited
   * @param workingDays "1".."7", Monday to Sunday
   */
  public record Warehouse(
      long warehouseId,
      String name,
      boolean isRfbs,
      boolean isKgt,
      boolean isKarantin,
      boolean isTimetableEditable,
      boolean hasEntrustedAcceptance,
      boolean canPrintActInAdvance,
      boolean hasPostingsLimit,
      int postingsLimit,
      int minPostingsLimit,
      int minWorkingDays,
      List<String> workingDays,
      @Nullable String status,
      @Nullable FirstMileType firstMileType) {}

  public record FirstMileType(
      @Nullable String dropoffPointId,
      long dropoffTimeslotId,
      boolean firstMileIsChanging,
      @Nullable String firstMileType) {}
}
