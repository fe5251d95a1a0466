package com.euraflow.kernel.tenancy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a caller may do with a shop. WRITE includes READ. */
public enum Access {
  READ,
  WRITE;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Access of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  public boolean allows(Access wanted) {
    return this == WRITE || wanted == READ;
  }
}
