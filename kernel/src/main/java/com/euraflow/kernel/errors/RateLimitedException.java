package com.euraflow.kernel.errors;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** 429 RATE_LIMITED, with the wait rendered as Retry-After. */
public final class RateLimitedException extends EuraFlowException {

  private final Duration retryAfter;

  public RateLimitedException(String detail, Duration retryAfter) {
    super("RATE_LIMITED", HttpStatus.TOO_MANY_REQUESTS, detail);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
