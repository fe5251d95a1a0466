package com.euraflow.jobs;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A job to enqueue. {@code dedupKey}: while a job with the same key is queued or running, enqueueing returns it
 * instead of adding another (a queued one takes the earlier run time and the higher priority of the two). {@code concurrencyKey}: at most one job with the same key runs at a time (e.g.
 * {@code "orders-pull:shop:42"}). Higher {@code priority} runs first within a lane. {@code runAt} null means now.
 */
public record JobRequest(
    String name,
    String payload,
    @Nullable String dedupKey,
    @Nullable String concurrencyKey,
    int priority,
    @Nullable Instant runAt,
    @Nullable Long tenantId,
    @Nullable Long shopId) {

  public JobRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(payload, "payload");
  }

  /** A job with a JSON payload ({@code "{}"} for none) and no keys, priority 0, due now. */
  public static JobRequest of(String name, String payload) {
    return new JobRequest(name, payload, null, null, 0, null, null, null);
  }

  public JobRequest dedupKey(@Nullable String key) {
    return new JobRequest(name, payload, key, concurrencyKey, priority, runAt, tenantId, shopId);
  }

  public JobRequest concurrencyKey(@Nullable String key) {
    return new JobRequest(name, payload, dedupKey, key, priority, runAt, tenantId, shopId);
  }

  public JobRequest priority(int value) {
    return new JobRequest(name, payload, dedupKey, concurrencyKey, value, runAt, tenantId, shopId);
  }

  public JobRequest runAt(@Nullable Instant when) {
    return new JobRequest(name, payload, dedupKey, concurrencyKey, priority, when, tenantId, shopId);
  }

  public JobRequest owner(@Nullable Long tenant, @Nullable Long shop) {
    return new JobRequest(name, payload, dedupKey, concurrencyKey, priority, runAt, tenant, shop);
  }
}
