package com.euraflow.sandbox.rules;

/**
 * An OZON error reply: the HTTP status plus the gRPC-gateway body {@code {code, message, details: []}}.
 * Factories name the cases the reference documents.
 */
public final class OzonException extends RuntimeException {

  private final int httpStatus;
  private final int code;

  public OzonException(int httpStatus, int code, String message) {
    super(message, null, false, false);
    this.httpStatus = httpStatus;
    this.code = code;
  }

  public int httpStatus() { return httpStatus; }

  public int code() { return code; }

  public static OzonException missingHeaders() {
    return new OzonException(401, 16, "Client-Id and Api-Key headers are required");
  }

  public static OzonException badClientId() {
    return new OzonException(400, 3, "Client-Id header value should be positive integer");
  }

  public static OzonException invalidApiKey() {
    return new OzonException(404, 5, "Invalid Api-Key, please check the key and try again");
  }

  public static OzonException perSecondLimit() {
    return new OzonException(429, 8, "You have reached request rate limit per second");
  }

  public static OzonException perMinuteLimit() {
    return new OzonException(429, 8, "You have reached request rate limit per minute");
  }

  /** A request that breaks the method's schema; OZON words these as protobuf validation errors. */
  public static OzonException invalid(String message) {
    return new OzonException(400, 3, message);
  }

  public static OzonException notFound(String message) {
    return new OzonException(404, 5, message);
  }

  public static OzonException internal() {
    return new OzonException(500, 13, "Internal error");
  }
}
