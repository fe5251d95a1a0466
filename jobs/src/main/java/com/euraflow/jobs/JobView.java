package com.euraflow.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A job as stored. */
public record JobView(
    long id,
    String name,
    String lane,
    JobState state,
    int priority,
    String payload,
    @Nullable Long tenantId,
    @Nullable Long shopId,
    @Nullable String dedupKey,
    @Nullable String concurrencyKey,
    int attempts,
    int maxAttempts,
    int deferrals,
    boolean cancelRequested,
    @Nullable Integer progressPercent,
    @Nullable String progressMessage,
    @Nullable String lastError,
    Instant runAt,
    Instant createdAt,
    @Nullable Instant startedAt,
    @Nullable Instant finishedAt) {}
