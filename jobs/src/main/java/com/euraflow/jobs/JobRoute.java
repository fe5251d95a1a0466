package com.euraflow.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sends job names matching a glob ({@code *} matches any run of characters, dots included, as Celery's
 * {@code task_routes}) to a lane. Routes are tried in order; the first match wins.
 */
public record JobRoute(String pattern, String lane) {

  /**
   * The plan's task_routes, written for the names that exist (the original's {@code ef.*.pull_orders} and
   * {@code ef.*.push_*} matched no task, so its high lanes stayed empty).
   */
  public static final List<JobRoute> DEFAULTS = List.of(
      new JobRoute("ef.*.orders.pull*", Lanes.PULL),
      new JobRoute("ef.*.push*", Lanes.PUSH),
      new JobRoute("ef.*.batch_update_*", Lanes.PUSH),
      new JobRoute("ef.*.cleanup*", Lanes.LOW),
      new JobRoute("ef.*.sync*", Lanes.SYNC),
      new JobRoute("ef.*.pull*", Lanes.SYNC),
      new JobRoute("ef.core.*", Lanes.CORE));

  public static final String DEFAULT_LANE = Lanes.CORE;

  Pattern regex() {
    return Pattern.compile(
        Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
  }
}
