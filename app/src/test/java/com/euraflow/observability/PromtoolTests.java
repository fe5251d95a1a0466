package com.euraflow.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The alert rules and dashboard queries as Prometheus' own tool sees them. */
class PromtoolTests {

  static Path promtool;

  @BeforeAll
  static void findPromtool() {
    var found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "promtool"))
        .filter(Files::isExecutable)
        .findFirst();
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      fail("promtool is not on the PATH; CI installs Debian's prometheus package for it");
    }
    assumeTrue(found.isPresent(), "promtool is not installed");
    promtool = found.get();
  }

  @Test
  void acceptsTheAlertRules() {
    assertThat(promtool("check", "rules", ObservabilityFiles.RULES.toString())).contains("SUCCESS");
  }

  @Test
  void acceptsTheScrapeConfiguration() {
    assertThat(promtool("check", "config", ObservabilityFiles.PROMETHEUS.resolve("prometheus.yml").toString()))
        .contains("SUCCESS");
  }

  @Test
  void passesTheAlertRuleUnitTests() throws IOException {
    try (var files = Files.list(ObservabilityFiles.PROMETHEUS.resolve("tests"))) {
      var tests = files.filter(f -> f.toString().endsWith(".yml")).map(Path::toString).sorted().toList();
      assertThat(tests).isNotEmpty();
      var command = new ArrayList<>(List.of("test", "rules"));
      command.addAll(tests);

      assertThat(promtool(command.toArray(String[]::new))).contains("SUCCESS");
    }
  }

  @Test
  void parsesEveryDashboardQuery(@TempDir Path dir) throws IOException {
    // promtool has no query checker; recording rules are parsed with the same PromQL parser.
    var rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
    var queries = ObservabilityFiles.dashboardQueries();
    for (var i = 0; i < queries.size(); i++) {
      var expr = queries.get(i).expr().replace("$__rate_interval", "5m");
      rules.append("      - record: dashboard:query").append(i).append('\n')
          .append("        expr: '").append(expr.replace("'", "''")).append("'\n");
    }
    var file = Files.writeString(dir.resolve("dashboard.yml"), rules);

    assertThat(promtool("check", "rules", file.toString())).contains("SUCCESS: " + queries.size() + " rules found");
  }

  private static String promtool(String... args) {
    var command = new ArrayList<String>();
    command.add(promtool.toString());
    command.addAll(List.of(args));
    try {
      var process = new ProcessBuilder(command).redirectErrorStream(true).start();
      var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      var finished = process.waitFor(60, TimeUnit.SECONDS);
      assertThat(finished).as("promtool finished in time").isTrue();
      assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
      return output;
    } catch (IOException e) {
      throw new AssertionError("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running " + command, e);
    }
  }
}
