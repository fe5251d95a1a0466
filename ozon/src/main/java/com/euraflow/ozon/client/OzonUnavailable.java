package com.euraflow.ozon.client;

import org.jspecify.annotations.Nullable;

/** OZON failed or could not be reached (5xx, timeouts, connection errors) after every retry. */
public final class OzonUnavailable extends OzonException {

  OzonUnavailable(String path, String message, @Nullable Throwable cause) {
    super(path, message, cause);
  }
}
