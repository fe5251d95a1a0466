package com.euraflow.kernel.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Disabled accounts cannot log in; suspended (and expired) ones can read but not write. */
public enum AccountStatus {
  ACTIVE,
  SUSPENDED,
  DISABLED;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static AccountStatus of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
