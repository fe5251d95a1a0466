package com.euraflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.observability.ObservabilityFiles.Query;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricCatalogueTests {

  // Labels every series gets from the scrape or from Prometheus' series types.
  static final Set<String> IMPLICIT_LABELS = Set.of("job", "instance", "le", "quantile");

  @Test
  void catalogsEveryMetricTheAlertsUse() {
    assertThat(uncatalogued(ObservabilityFiles.alertQueries())).isEmpty();
  }

  @Test
  void catalogsEveryMetricTheDashboardUses() {
    assertThat(ObservabilityFiles.dashboardQueries()).hasSizeGreaterThan(20);
    assertThat(uncatalogued(ObservabilityFiles.dashboardQueries())).isEmpty();
  }

  @Test
  void catalogsEveryLabelTheAlertsAndDashboardSelectOrGroupBy() {
    var catalogue = ObservabilityFiles.catalogue();
    var unknown = new TreeSet<String>();
    for (var query : ObservabilityFiles.queries()) {
      var known = new TreeSet<>(IMPLICIT_LABELS);
      ObservabilityFiles.metricNames(query.expr()).forEach(series -> catalogue.values().stream()
          .filter(metric -> metric.series().contains(series))
          .forEach(metric -> known.addAll(metric.labels())));
      ObservabilityFiles.labelNames(query.expr()).stream()
          .filter(label -> !known.contains(label))
          .forEach(label -> unknown.add(query.source() + ": " + label));
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void usesThePlansNamesAndPrometheusSuffixes() {
    var catalogue = ObservabilityFiles.catalogue();

    assertThat(catalogue).containsKeys(
        "ef_celery_queue_length", "ef_celery_task_duration_seconds", "ef_celery_task_failures_total",
        "ef_db_pool_size", "ef_db_pool_overflow", "ef_db_query_duration_seconds",
        "ef_api_request_duration_seconds", "ef_api_requests_total", "ef_api_errors_total");
    assertThat(catalogue.values()).allSatisfy(metric -> {
      assertThat(metric.name().endsWith("_total")).as(metric.name()).isEqualTo(metric.type().equals("counter"));
      if (metric.type().startsWith("histogram") || metric.name().contains("duration")) {
        assertThat(metric.name()).endsWith("_seconds");
      }
    });
  }

  @Test
  void documentsWhatToDoForEveryAlert() {
    var headings = ObservabilityFiles.read(ObservabilityFiles.CATALOGUE).lines()
        .filter(line -> line.startsWith("### "))
        .map(line -> line.substring(4).strip().toLowerCase(Locale.ROOT))
        .collect(Collectors.toSet());

    assertThat(ObservabilityFiles.alertRules()).allSatisfy(rule -> {
      @SuppressWarnings("unchecked")
      var runbook = ((Map<String, String>) rule.get("annotations")).get("runbook_url");
      assertThat(runbook).startsWith("docs/observability.md#");
      assertThat(headings).contains(runbook.substring(runbook.indexOf('#') + 1));
    });
  }

  @Test
  void findsMetricsAndLabelsInPromql() {
    var expr = "histogram_quantile(0.95, sum by (route, le) "
        + "(rate(ef_api_request_duration_seconds_bucket{status=~\"5..\"}[$__rate_interval])))"
        + " / on(route) group_left max(ef_db_pool_max offset 5m) or vector(1e3) and up{job=\"euraflow\"}";

    assertThat(ObservabilityFiles.metricNames(expr))
        .containsExactly("ef_api_request_duration_seconds_bucket", "ef_db_pool_max", "up");
    assertThat(ObservabilityFiles.labelNames(expr)).containsExactly("job", "le", "route", "status");
  }

  private static Set<String> uncatalogued(List<Query> queries) {
    var known = ObservabilityFiles.catalogue().values().stream()
        .flatMap(metric -> metric.series().stream())
        .collect(Collectors.toSet());
    return queries.stream()
        .flatMap(query -> ObservabilityFiles.metricNames(query.expr()).stream()
            .filter(name -> !known.contains(name))
            .map(name -> query.source() + ": " + name))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
