package com.euraflow.kernel.errors;

import org.springframework.http.HttpStatus;

/**
 * An expected failure an API client can act on: rendered as RFC 7807 problem+json with a stable
 * {@code code}. The message becomes the problem's detail, so it must never carry a secret.
 */
public abstract class EuraFlowException extends RuntimeException {

  private final String code;
  private final HttpStatus status;

  protected EuraFlowException(String code, HttpStatus status, String detail) {
    super(detail, null, false, false);
    this.code = code;
    this.status = status;
  }

  public String code() {
    return code;
  }

  public HttpStatus status() {
    return status;
  }
}
