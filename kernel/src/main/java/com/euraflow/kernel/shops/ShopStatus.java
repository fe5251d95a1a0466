package com.euraflow.kernel.shops;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum ShopStatus {
  ACTIVE,
  /** OZON rejected the Api-Key: nothing syncs until the owner rotates it. */
  NEEDS_NEW_KEY;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ShopStatus of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
