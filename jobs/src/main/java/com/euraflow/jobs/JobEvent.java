package com.euraflow.jobs;

import org.jspecify.annotations.Nullable;

/** A job's state or progress changed. Published for jobs that have a tenant, to every process. */
public record JobEvent(
    long jobId,
    String name,
    @Nullable Long tenantId,
    @Nullable Long shopId,
    JobState state,
    @Nullable Integer progressPercent,
    @Nullable String progressMessage) {}
