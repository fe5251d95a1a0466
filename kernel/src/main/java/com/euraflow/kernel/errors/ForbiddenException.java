package com.euraflow.kernel.errors;

import org.springframework.http.HttpStatus;

/** 403: the caller is known but may not do this. */
public final class ForbiddenException extends EuraFlowException {

  private ForbiddenException(String code, String detail) {
    super(code, HttpStatus.FORBIDDEN, detail);
  }

  public static ForbiddenException because(String detail) {
    return new ForbiddenException("FORBIDDEN", detail);
  }

  /** Expired or suspended accounts keep read access only. */
  public static ForbiddenException accountWriteForbidden() {
    return new ForbiddenException(
        "ACCOUNT_WRITE_FORBIDDEN", "the account is expired or suspended: it can read but not write");
  }

  public static ForbiddenException accountDisabled() {
    return new ForbiddenException("ACCOUNT_DISABLED", "the account is disabled");
  }
}
