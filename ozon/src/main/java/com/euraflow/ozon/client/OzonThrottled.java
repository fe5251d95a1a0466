package com.euraflow.ozon.client;

import java.time.Duration;

/**
 * The request budget is spent: OZON kept answering 429 after every retry, or the shared budget had
 * no permit within the allowed wait. The job should defer by {@link #retryAfter()}.
 */
public final class OzonThrottled extends OzonException {

  private final Duration retryAfter;

  OzonThrottled(String path, Duration retryAfter, String message) {
    super(path, message + "; retry after " + retryAfter, null);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
