package com.euraflow.kernel.observability;

import com.euraflow.kernel.errors.Problems;

/**
 * MDC keys the JSON log lines carry. Whoever knows the value puts it: the request id filter the
 * request id, the API metrics filter action and latency, authentication the user id (never a login
 * or phone), shop-scoped code the shop id, the job engine the job id.
 */
public final class LogFields {

  public static final String REQUEST_ID = Problems.REQUEST_ID;
  public static final String JOB_ID = "jobId";
  public static final String USER = "user";
  public static final String SHOP = "shop";
  public static final String ACTION = "action";
  public static final String LATENCY_MS = "latencyMs";

  private LogFields() {}
}
