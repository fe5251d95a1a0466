package com.euraflow.kernel.audit;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One audit log line. */
public record AuditEntry(
    long id,
    @Nullable Instant occurredAt,
    @Nullable Long tenantId,
    @Nullable Long actorId,
    @Nullable String actorUsername,
    String action,
    @Nullable String targetType,
    @Nullable String targetId,
    @Nullable String ip,
    @Nullable String requestId,
    Map<String, ?> details) {}
