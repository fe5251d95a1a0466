package com.euraflow.kernel.errors;

import org.springframework.http.HttpStatus;

/** 401: no valid credentials. */
public final class UnauthenticatedException extends EuraFlowException {

  private UnauthenticatedException(String code, String detail) {
    super(code, HttpStatus.UNAUTHORIZED, detail);
  }

  public static UnauthenticatedException because(String detail) {
    return new UnauthenticatedException("UNAUTHENTICATED", detail);
  }

  /** Same answer for an unknown user and a wrong password, so user names cannot be probed. */
  public static UnauthenticatedException invalidCredentials() {
    return new UnauthenticatedException("INVALID_CREDENTIALS", "user name or password is wrong");
  }
}
