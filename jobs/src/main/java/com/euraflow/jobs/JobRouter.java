package com.euraflow.jobs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Glob routing of job names to lanes, remembered per name since the set of names is small. */
final class JobRouter {

  private record Compiled(Pattern regex, String lane) {}

  private final List<Compiled> routes;
  private final String defaultLane;
  private final Map<String, String> byName = new ConcurrentHashMap<>();

  JobRouter(List<JobRoute> routes, String defaultLane) {
    this.routes = routes.stream().map(r -> new Compiled(r.regex(), r.lane())).toList();
    this.defaultLane = defaultLane;
  }

  String laneFor(String jobName) {
    return byName.computeIfAbsent(jobName, name -> routes.stream()
        .filter(r -> r.regex().matcher(name).matches())
        .map(Compiled::lane)
        .findFirst()
        .orElse(defaultLane));
  }
}
