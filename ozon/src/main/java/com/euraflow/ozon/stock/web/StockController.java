package com.euraflow.ozon.stock.web;

import com.euraflow.ozon.stock.StockChangeView;
import com.euraflow.ozon.stock.StockEdit;
import com.euraflow.ozon.stock.StockEdits;
import com.euraflow.ozon.stock.StockEditsAccepted;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Stock edits, one or many, as the original console's route names them. */
@RestController
@RequestMapping("/api/ef/v1/ozon/products/stocks")
class StockController {

  private final StockEdits stockEdits;

  StockController(StockEdits stockEdits) {
    this.stockEdits = stockEdits;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  StockEditsAccepted edit(@Valid @RequestBody EditStockRequest request) {
    return stockEdits.edit(request.shopId(), request.items().stream()
        .map(i -> new StockEdit(i.offerId(), i.warehouseId(), i.stock()))
        .toList());
  }

  @GetMapping("/changes")
  List<StockChangeView> changes(@RequestParam("shopId") long shopId,
      @RequestParam(defaultValue = "100") int limit) {
    return stockEdits.recent(shopId, limit);
  }

  record EditStockRequest(@NotNull Long shopId, @NotNull @Size(min = 1, max = 1000) List<@Valid Item> items) {

    record Item(@NotNull @Size(min = 1, max = 200) String offerId, @NotNull Long warehouseId, @NotNull Integer stock) {}
  }
}
