package com.euraflow.ozon.prices;

import com.euraflow.kernel.errors.EuraFlowException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** 422 PRICE_GUARD: a new price is below the shop's minimum margin over the purchase cost; nothing was sent. */
public final class PriceGuardViolated extends EuraFlowException {

  private final List<String> offerIds;

  PriceGuardViolated(List<String> offerIds) {
    super("PRICE_GUARD", HttpStatus.UNPROCESSABLE_CONTENT,
        "below the shop's minimum margin over purchase cost: " + String.join(", ", offerIds));
    this.offerIds = List.copyOf(offerIds);
  }

  public List<String> offerIds() {
    return offerIds;
  }
}
