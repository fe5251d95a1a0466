package com.euraflow.kernel.accounts;

/** Published when an account's password changed or the account was disabled: its sessions must end. */
public record PasswordChanged(long accountId) {}
