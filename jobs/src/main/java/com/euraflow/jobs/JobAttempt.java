package com.euraflow.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One run that did not succeed: outcome {@code retry}, {@code failed}, {@code dead}, {@code deferred},
 * {@code cancelled}, {@code timed_out} or {@code lease_expired}.
 */
public record JobAttempt(
    int attempt,
    String outcome,
    @Nullable String error,
    @Nullable String worker,
    @Nullable Instant startedAt,
    Instant finishedAt) {}
