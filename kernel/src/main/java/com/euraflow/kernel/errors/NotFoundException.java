package com.euraflow.kernel.errors;

import org.springframework.http.HttpStatus;

/** 404 NOT_FOUND: absent, or not the caller's (the two are indistinguishable on purpose). */
public final class NotFoundException extends EuraFlowException {

  private NotFoundException(String detail) {
    super("NOT_FOUND", HttpStatus.NOT_FOUND, detail);
  }

  public static NotFoundException of(String what, Object id) {
    return new NotFoundException(what + " " + id + " not found");
  }
}
