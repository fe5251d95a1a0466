package com.euraflow.kernel.errors;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * 503 SERVICE_BUSY, with Retry-After: the server is overloaded (no database connection came free in time), the
 * request did nothing and may be sent again.
 */
public final class ServiceBusyException extends EuraFlowException {

  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private ServiceBusyException(String detail) {
    super("SERVICE_BUSY", HttpStatus.SERVICE_UNAVAILABLE, detail);
  }

  public static ServiceBusyException databaseBusy() {
    return new ServiceBusyException("the server is busy; retry in a few seconds");
  }

  public Duration retryAfter() {
    return RETRY_AFTER;
  }
}
