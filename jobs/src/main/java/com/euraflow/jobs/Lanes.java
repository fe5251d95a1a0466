package com.euraflow.jobs;

import java.util.Map;

/** The seed plan's queues: ef_pull and ef_push (high), ef_sync and ef_core (normal), ef_low (low). */
public final class Lanes {

  public static final String PULL = "ef_pull";
  public static final String PUSH = "ef_push";
  public static final String SYNC = "ef_sync";
  public static final String CORE = "ef_core";
  public static final String LOW = "ef_low";

  /** Slots per lane per process; the plan's worker groups have 4 (high), 6 (normal) and 2 (low) processes. */
  public static final Map<String, Integer> DEFAULT_CONCURRENCY =
      Map.of(PULL, 4, PUSH, 4, SYNC, 3, CORE, 3, LOW, 2);

  private Lanes() {}
}
