package com.euraflow.kernel.accounts.web;

/** Shared input rules of the account endpoints. */
final class Validation {

  static final String USERNAME = "[A-Za-z0-9_.-]{3,50}";
  static final String USERNAME_MESSAGE = "must be 3-50 letters, digits, '_', '.' or '-'";

  private Validation() {}
}
