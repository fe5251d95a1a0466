package com.euraflow.ozon.sync;

import java.time.Instant;

/** Where one kind of sync of one shop stands. {@code watermark} is the OZON time already covered. */
public record SyncCheckpoint(long shopId, SyncKind kind, Instant watermark, Instant lastSuccessAt,
    Instant lastAttemptAt, String lastError, String lastStats) {}
