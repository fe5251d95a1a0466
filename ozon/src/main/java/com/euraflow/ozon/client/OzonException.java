package com.euraflow.ozon.client;

/**
 * A call to OZON that did not succeed. Messages name the OZON path and OZON's answer, never the
 * Api-Key.
 */
public abstract sealed class OzonException extends RuntimeException
    permits OzonCredentialsRejected, OzonThrottled, OzonRequestRejected, OzonUnavailable {

  private final String path;

  OzonException(String path, String message, Throwable cause) {
    super(path + ": " + message, cause);
    this.path = path;
  }

  /** The OZON path called, e.g. {@code /v3/product/list}. */
  public String path() {
    return path;
  }
}
