package com.euraflow.ozon.client;

/**
 * OZON refused the request itself (a 4xx other than credentials and throttling), e.g. {@code
 * POSTING_NOT_FOUND} or {@code PERIOD_IS_TOO_LONG}. Never retried: the same request fails again.
 */
public final class OzonRequestRejected extends OzonException {

  private final int httpStatus;
  private final int code;
  private final String ozonMessage;

  OzonRequestRejected(String path, int httpStatus, int code, String ozonMessage) {
    super(path, "rejected (HTTP " + httpStatus + ", code " + code + "): " + ozonMessage, null);
    this.httpStatus = httpStatus;
    this.code = code;
    this.ozonMessage = ozonMessage;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** OZON's {@code code} (gRPC status numbers: 3 invalid argument, 5 not found, ...). */
  public int code() {
    return code;
  }

  /** OZON's {@code message}, where per-method errors carry their symbolic name. */
  public String ozonMessage() {
    return ozonMessage;
  }
}
