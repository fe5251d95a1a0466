package com.euraflow.kernel.apikeys;

/** The account a live API key acts as. */
public record ApiKeyOwner(long keyId, long accountId) {}
