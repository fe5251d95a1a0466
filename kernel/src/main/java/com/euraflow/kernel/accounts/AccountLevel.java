package com.euraflow.kernel.accounts;

/** A main account's quota tier; {@code defaultExpirationDays} 0 means no expiry. */
public record AccountLevel(
    long id, String name, int maxShops, int maxSubAccounts, int defaultExpirationDays, boolean isDefault) {}
