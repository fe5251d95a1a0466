package com.euraflow.kernel.errors;

import org.springframework.http.HttpStatus;

/** 413 PAYLOAD_TOO_LARGE. */
public final class PayloadTooLargeException extends EuraFlowException {

  public PayloadTooLargeException(long limitBytes) {
    super("PAYLOAD_TOO_LARGE", HttpStatus.CONTENT_TOO_LARGE, "request body exceeds " + limitBytes + " bytes");
  }
}
