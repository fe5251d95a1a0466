package com.euraflow.ozon.prices.web;

import com.euraflow.ozon.prices.PriceChangeView;
import com.euraflow.ozon.prices.PriceEdit;
import com.euraflow.ozon.prices.PriceEdits;
import com.euraflow.ozon.prices.PriceEditsAccepted;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Price edits, one or many, as the original console's route names them, and the margin guard. */
@RestController
@RequestMapping("/api/ef/v1/ozon")
class PricesController {

  private final PriceEdits priceEdits;

  PricesController(PriceEdits priceEdits) {
    this.priceEdits = priceEdits;
  }

  @PostMapping("/products/prices")
  @ResponseStatus(HttpStatus.ACCEPTED)
  PriceEditsAccepted edit(@Valid @RequestBody EditPricesRequest request) {
    return priceEdits.edit(request.shopId(), request.items().stream()
        .map(i -> new PriceEdit(i.offerId(), i.price(), i.oldPrice(), i.minPrice()))
        .toList());
  }

  @GetMapping("/products/prices/changes")
  List<PriceChangeView> changes(@RequestParam("shopId") long shopId,
      @RequestParam(defaultValue = "100") int limit) {
    return priceEdits.recent(shopId, limit);
  }

  @PutMapping("/shops/{shopId}/price-guard")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void setGuard(@PathVariable long shopId, @RequestBody PriceGuardRequest request) {
    priceEdits.setMarginGuard(shopId, request.minMargin());
  }

  record EditPricesRequest(@NotNull Long shopId, @NotNull @Size(min = 1, max = 1000) List<@Valid Item> items) {

    record Item(@NotNull @Size(min = 1, max = 200) String offerId, @NotNull BigDecimal price, BigDecimal oldPrice,
        BigDecimal minPrice) {}
  }

  record PriceGuardRequest(BigDecimal minMargin) {}
}
