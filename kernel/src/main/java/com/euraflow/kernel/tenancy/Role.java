package com.euraflow.kernel.tenancy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Account roles, as in the original system. */
public enum Role {
  ADMIN,
  MAIN_ACCOUNT,
  SUB_ACCOUNT,
  SHIPPER;

  /** The stored and JSON spelling: {@code main_account}. */
  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /** Sub-accounts and shippers belong to a main account and see only the shops granted to them. */
  public boolean isChild() {
    return this == SUB_ACCOUNT || this == SHIPPER;
  }
}
