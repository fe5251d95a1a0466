package com.euraflow.kernel.shops;

import java.time.Instant;

/** A bound OZON shop as stored, minus its Api-Key. */
public record Shop(
    long id, long ownerId, String displayName, String clientId, ShopStatus status, Instant createdAt, Instant updatedAt) {}
