package com.euraflow.jobs;

/**
 * A cron schedule: at each slot of {@code cron} (Spring's six-field syntax, UTC) one process enqueues
 * {@code jobName}. A slot is skipped while the previous firing of the schedule is still queued or running.
 */
public record JobSchedule(String name, String cron, String jobName, String payload) {}
