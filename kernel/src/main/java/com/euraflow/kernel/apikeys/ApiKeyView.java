package com.euraflow.kernel.apikeys;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A key as listed: its prefix identifies it, the key itself is never shown again. */
public record ApiKeyView(
    long id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {}
