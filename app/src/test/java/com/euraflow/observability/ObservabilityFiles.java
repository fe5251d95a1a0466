package com.euraflow.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/** Reads the alert rules, the dashboard and the metric catalogue as the tests compare them. */
final class ObservabilityFiles {

  static final Path ROOT = root();
  static final Path PROMETHEUS = ROOT.resolve("deploy/prometheus");
  static final Path RULES = PROMETHEUS.resolve("rules/euraflow.yml");
  static final Path DASHBOARD = ROOT.resolve("deploy/grafana/dashboards/euraflow.json");
  static final Path CATALOGUE = ROOT.resolve("docs/observability.md");

  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
  private static final Pattern GROUPING =
      Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
  private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)?\\s*\\{([^}]*)}");
  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*+(?!\\s*\\()");
  private static final Pattern MATCHER_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)");
  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "unless", "atan2", "bool", "offset", "group_left", "group_right", "inf", "nan");

  private ObservabilityFiles() {}

  /** One alert rule or dashboard query and where it comes from. */
  record Query(String source, String expr) {}

  /** One catalogue row. */
  record Metric(String name, String type, Set<String> labels) {

    /** The series Prometheus stores for this metric. */
    Set<String> series() {
      return switch (type) {
        case "counter", "gauge" -> Set.of(name);
        case "histogram" -> Set.of(name + "_bucket", name + "_count", name + "_sum", name + "_max");
        case "summary" -> Set.of(name + "_count", name + "_sum", name + "_max");
        case "summary with quantiles" -> Set.of(name, name + "_count", name + "_sum", name + "_max");
        default -> throw new IllegalStateException(name + " has unknown type " + type);
      };
    }
  }

  static List<Query> alertQueries() {
    return alertRules().stream().map(rule -> new Query("alert " + rule.get("alert"), (String) rule.get("expr"))).toList();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> alertRules() {
    var yaml = (Map<String, Object>) new Yaml().load(read(RULES));
    return ((List<Map<String, Object>>) yaml.get("groups")).stream()
        .flatMap(group -> ((List<Map<String, Object>>) group.get("rules")).stream())
        .toList();
  }

  /** The alert rules' queries, then the dashboard's. */
  static List<Query> queries() {
    return Stream.concat(alertQueries().stream(), dashboardQueries().stream()).toList();
  }

  static List<Query> dashboardQueries() {
    var dashboard = JsonMapper.builder().build().readTree(read(DASHBOARD));
    var queries = new ArrayList<Query>();
    for (var panel : dashboard.findParents("targets")) {
      for (var target : panel.get("targets")) {
        queries.add(new Query("panel " + panel.get("title").asString(), target.get("expr").asString()));
      }
    }
    return queries;
  }

  static Map<String, Metric> catalogue() {
    var text = read(CATALOGUE);
    var section = text.substring(text.indexOf("## Metric catalogue"));
    section = section.substring(0, section.indexOf("\n## ", 1));
    var metrics = new LinkedHashMap<String, Metric>();
    for (var line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
      var cells = line.split("\\|");
      var name = cells[1].strip().replace("`", "");
      var labels = new TreeSet<String>();
      for (var label : cells[3].split(",")) {
        if (!label.isBlank()) {
          labels.add(label.strip());
        }
      }
      metrics.put(name, new Metric(name, cells[2].strip(), labels));
    }
    return metrics;
  }

  /** The metric names a PromQL expression reads. */
  static Set<String> metricNames(String expr) {
    var text = STRING.matcher(expr).replaceAll("\"\"");
    text = SELECTOR.matcher(text).replaceAll(m -> m.group(1) == null ? " " : m.group(1) + " ");
    text = RANGE.matcher(text).replaceAll(" ");
    text = GROUPING.matcher(text).replaceAll(" ");
    var names = new TreeSet<String>();
    IDENTIFIER.matcher(text).results().map(m -> m.group()).filter(name -> !KEYWORDS.contains(name)).forEach(names::add);
    return names;
  }

  /** The label names a PromQL expression matches on or groups by. */
  static Set<String> labelNames(String expr) {
    var text = STRING.matcher(expr).replaceAll("\"\"");
    var labels = new TreeSet<String>();
    SELECTOR.matcher(text).results()
        .forEach(m -> MATCHER_LABEL.matcher(m.group(2)).results().forEach(l -> labels.add(l.group(1))));
    GROUPING.matcher(text).results().forEach(m -> {
      for (var label : m.group(1).split(",")) {
        if (!label.isBlank()) {
          labels.add(label.strip());
        }
      }
    });
    return labels;
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    var dir = Path.of("").toAbsolutePath();
    return Stream.iterate(dir, d -> d != null, Path::getParent)
        .filter(d -> Files.isDirectory(d.resolve("deploy/prometheus")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no deploy/prometheus above " + dir));
  }
}
