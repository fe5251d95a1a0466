package com.euraflow.jobs;

/** The outcome of an enqueue: the job's id, and whether an existing queued or running job was returned instead. */
public record Enqueued(long id, boolean deduplicated) {}
