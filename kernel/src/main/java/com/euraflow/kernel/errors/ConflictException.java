package com.euraflow.kernel.errors;

import org.springframework.http.HttpStatus;

/** 409: the request clashes with the current state (duplicate, quota reached). */
public final class ConflictException extends EuraFlowException {

  private ConflictException(String code, String detail) {
    super(code, HttpStatus.CONFLICT, detail);
  }

  public static ConflictException of(String detail) {
    return new ConflictException("CONFLICT", detail);
  }

  public static ConflictException quotaExceeded(String detail) {
    return new ConflictException("QUOTA_EXCEEDED", detail);
  }
}
