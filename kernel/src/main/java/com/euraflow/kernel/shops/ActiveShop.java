package com.euraflow.kernel.shops;

/** A shop whose credentials are believed good: the OZON module syncs these. */
public record ActiveShop(long shopId, long ownerId, String clientId) {}
