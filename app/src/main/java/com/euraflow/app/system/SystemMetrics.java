package com.euraflow.app.system;

import java.util.List;
import java.util.Map;

/**
 * The metrics an operator looks at first, read from this process's meters: counts are since it started, gauges
 * are current.
 */
record SystemMetrics(List<RouteGroup> api, List<JobLane> jobs, List<DbPool> db, Ozon ozon) {

  /**
   * Requests under one route group ({@code ozon/orders} for {@code /api/ef/v1/ozon/orders/{postingNumber}}).
   *
   * @param errors requests answered with a 5xx status
   * @param p95Ms the upper bound of the histogram bucket holding the 95th percentile, 0 without requests
   */
  record RouteGroup(String group, long requests, long errors, double p95Ms) {}

  /** @param waiting jobs due and not started, @param dead jobs out of attempts */
  record JobLane(String lane, long waiting, long dead) {}

  /** @param inUse connections in use, @param overflow those of them beyond the kept minimum */
  record DbPool(String pool, long inUse, long overflow, long max, long pending) {}

  /** @param callsByOutcome OZON calls per outcome ({@code ok}, {@code throttled}, ...) */
  record Ozon(long calls, Map<String, Long> callsByOutcome) {}
}
