package com.euraflow.jobs;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which jobs to list, newest first. Empty {@code tenantIds} and {@code shopIds} mean any (admin); a caller-facing
 * query must set at least one. {@code beforeId} is the page cursor ({@link JobPage#nextBeforeId()}).
 */
public record JobQuery(
    Set<Long> tenantIds, Set<Long> shopIds, Set<JobState> states, int limit, @Nullable Long beforeId) {

  public JobQuery {
    tenantIds = Set.copyOf(tenantIds);
    shopIds = Set.copyOf(shopIds);
    states = Set.copyOf(states);
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit must be 1..500, was " + limit);
    }
  }

  public static JobQuery forTenant(long tenantId, int limit) {
    return new JobQuery(Set.of(tenantId), Set.of(), Set.of(), limit, null);
  }
}
