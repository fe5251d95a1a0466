package com.euraflow.loadtest.report;

import static com.euraflow.loadtest.report.RunPlots.number;

import com.euraflow.loadtest.report.SvgChart.Point;
import com.euraflow.loadtest.report.SvgChart.Reference;
import com.euraflow.loadtest.report.SvgChart.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The plots of a load-test series against the number of users N, from a TSV with a header line and one row per run:
 * {@code n api_p50_ms api_p95_ms api_p99_ms job_wait_p95_s_<lane>... freshness_p95_s peak_pss_mib cpu_cores}.
 * Columns after {@code n} are found by name, in any order; a missing column or an empty or {@code -} cell only
 * leaves a gap.
 *
 * <pre>java -cp loadtest/target/test-classes com.euraflow.loadtest.report.SeriesPlots series.tsv plots/</pre>
 */
public final class SeriesPlots {

  private static final String USERS = "users (N)";
  private static final String JOB_WAIT = "job_wait_p95_s_";

  private SeriesPlots() {}

  /** The TSV's header and rows, in order of N. */
  private record Table(List<String> header, List<String[]> rows) {

    /** The (n, value) pairs of one column, skipping rows without a number in it. */
    Series series(String name, String column) {
      var i = header.indexOf(column);
      var points = rows.stream().filter(r -> i >= 0 && i < r.length)
          .map(r -> new Point(number(r[0]), number(r[i])))
          .filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.y())).toList();
      return new Series(name, points);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SeriesPlots <series.tsv> <outDir>");
      System.exit(2);
    }
    var tsv = Path.of(args[0]);
    var lines = Files.isReadable(tsv) ? Files.readAllLines(tsv).stream().filter(l -> !l.isBlank()).toList()
        : List.<String>of();
    if (lines.isEmpty()) {
      System.err.println("skipped: no rows in " + tsv);
      return;
    }
    var header = Arrays.stream(lines.getFirst().split("\t")).map(String::strip).toList();
    var rows = lines.stream().skip(1).map(l -> l.split("\t", -1))
        .sorted(Comparator.comparingDouble((String[] r) -> number(r[0]))).toList();
    var table = new Table(header, rows);
    var out = Files.createDirectories(Path.of(args[1]));
    write(out, "api-latency-vs-users.svg", new SvgChart("API response time vs users", USERS, "ms",
        List.of(table.series("p50", "api_p50_ms"), table.series("p95", "api_p95_ms"),
            table.series("p99", "api_p99_ms")),
        List.of(new Reference(200, "target at 100 users"), new Reference(500, "target at 1,000 users"))));
    var lanes = header.stream().filter(h -> h.startsWith(JOB_WAIT))
        .map(h -> table.series(h.substring(JOB_WAIT.length()), h)).toList();
    write(out, "job-wait-vs-users.svg", new SvgChart("Job queue wait p95 by lane vs users", USERS, "seconds", lanes,
        List.of(new Reference(1, "1 s target"), new Reference(5, "5 s target"))));
    write(out, "freshness-vs-users.svg", new SvgChart("Postings freshness p95 vs users", USERS, "seconds",
        List.of(table.series("freshness p95", "freshness_p95_s")),
        List.of(new Reference(300, "5 min target"), new Reference(600, "10 min target"))));
    write(out, "resources-vs-users.svg", new SvgChart("Peak memory vs users", USERS, "PSS (MiB)",
        List.of(table.series("peak PSS", "peak_pss_mib")), List.of(new Reference(4096, "4 GB target"))));
    write(out, "cpu-vs-users.svg", new SvgChart("CPU vs users", USERS, "cores used",
        List.of(table.series("cores used", "cpu_cores")), List.of(new Reference(2, "2 cores"))));
  }

  private static void write(Path dir, String name, SvgChart chart) throws IOException {
    System.out.println(chart.write(dir.resolve(name)));
  }
}
