package com.euraflow.ozon.client;

/**
 * OZON refused the Client-Id or the Api-Key (401, 403, 400 code 3 on Client-Id, 404 code 5 on the
 * Api-Key). Never retried: the shop needs a new key.
 */
public final class OzonCredentialsRejected extends OzonException {

  private final int httpStatus;

  OzonCredentialsRejected(String path, int httpStatus, String message) {
    super(path, "credentials rejected (HTTP " + httpStatus + "): " + message, null);
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
