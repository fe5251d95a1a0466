package com.euraflow.loadtest.report;

import com.euraflow.loadtest.report.SvgChart.Point;
import com.euraflow.loadtest.report.SvgChart.Reference;
import com.euraflow.loadtest.report.SvgChart.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The plots of one load-test run folder, written to {@code <run>/plots/}: {@code cpu.svg} and {@code memory.svg}
 * from {@code procfs.txt} ({@code epoch group pid cpu_ticks rss_kb pss_kb}), {@code queues.svg} from
 * {@code queues.txt} ({@code epoch lane queued_due running}) and {@code freshness.svg} from {@code freshness.txt}
 * ({@code arrival_epoch_seconds freshness_seconds}, freshness empty or {@code -} while not yet seen). A missing
 * input only skips its plots.
 *
 * <pre>java -cp loadtest/target/test-classes com.euraflow.loadtest.report.RunPlots loadtest/results/run-100-…</pre>
 */
public final class RunPlots {

  private static final String SINCE_START = "seconds since start";
  private static final double TICKS_PER_SECOND = 100; // USER_HZ, what /proc/<pid>/stat counts in
  private static final double CPU_WINDOW_SECONDS = 10; // 2 s tick deltas are too jumpy to read
  private static final List<String> GROUPS = List.of("api", "worker", "postgres", "redis", "sandbox", "loadgen");
  private static final List<String> MEMORY_TARGET_GROUPS = List.of("api", "worker", "postgres", "redis");
  private static final Comparator<String> GROUP_ORDER = Comparator
      .comparingInt((String g) -> GROUPS.contains(g) ? GROUPS.indexOf(g) : GROUPS.size())
      .thenComparing(Comparator.naturalOrder());

  private RunPlots() {}

  private record Sample(double epoch, String group, String pid, double ticks, double pssKb) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RunPlots <runDir>");
      System.exit(2);
    }
    var run = Path.of(args[0]);
    var plots = Files.createDirectories(run.resolve("plots"));
    var procfs = rows(run.resolve("procfs.txt"));
    var queues = rows(run.resolve("queues.txt"));
    var freshness = rows(run.resolve("freshness.txt"));
    // time 0 is the first procfs sample (without procfs: the first queues or freshness line), so the plots line up
    var origin = Stream.of(procfs, queues, freshness).flatMap(Optional::stream)
        .flatMap(rs -> rs.stream().map(r -> number(r[0])).filter(Double::isFinite).limit(1))
        .findFirst().orElse(0.0);
    if (procfs.isPresent()) {
      cpuAndMemory(procfs.get(), origin, plots);
    }
    if (queues.isPresent()) {
      var lanes = new TreeMap<String, List<Point>>();
      queues.get().stream().filter(r -> r.length >= 3)
          .filter(r -> Double.isFinite(number(r[0])) && Double.isFinite(number(r[2])))
          .forEach(r -> lanes.computeIfAbsent(r[1], k -> new ArrayList<>())
              .add(new Point(number(r[0]) - origin, number(r[2]))));
      System.out.println(new SvgChart("Jobs due and waiting, by lane", SINCE_START, "jobs", series(lanes), List.of())
          .write(plots.resolve("queues.svg")));
    }
    if (freshness.isPresent()) {
      var seen = freshness.get().stream().filter(r -> r.length >= 2)
          .map(r -> new Point(number(r[0]) - origin, number(r[1])))
          .filter(p -> Double.isFinite(p.x()) && Double.isFinite(p.y())).toList();
      var name = String.format(Locale.ROOT, "%,d seen of %,d postings", seen.size(), freshness.get().size());
      System.out.println(new SvgChart("Postings freshness by arrival time", SINCE_START, "freshness (seconds)",
          List.of(new Series(name, seen, true)), List.of(new Reference(300, "5 min target")))
          .write(plots.resolve("freshness.svg")));
    }
  }

  private static void cpuAndMemory(List<String[]> rows, double origin, Path plots) throws IOException {
    var byTime = new TreeMap<Double, List<Sample>>();
    rows.stream().filter(r -> r.length >= 6)
        .map(r -> new Sample(number(r[0]), r[1], r[2], number(r[3]), number(r[5])))
        .filter(s -> Double.isFinite(s.epoch()) && Double.isFinite(s.ticks()) && Double.isFinite(s.pssKb()))
        .forEach(s -> byTime.computeIfAbsent(s.epoch(), k -> new ArrayList<>()).add(s));
    var cores = new TreeMap<String, List<Point>>(GROUP_ORDER);
    var pss = new TreeMap<String, List<Point>>(GROUP_ORDER);
    var total = new ArrayList<Point>();
    var previous = new HashMap<String, Sample>(); // by group and pid
    for (var entry : byTime.entrySet()) {
      var t = entry.getKey() - origin;
      var coresNow = new TreeMap<String, Double>();
      var mibNow = new TreeMap<String, Double>();
      for (var s : entry.getValue()) {
        mibNow.merge(s.group(), s.pssKb() / 1024, Double::sum);
        var before = previous.put(s.group() + " " + s.pid(), s);
        // a pid seen first, or reused by a new process (ticks went back), has no delta yet: it adds nothing
        if (before != null && s.epoch() > before.epoch() && s.ticks() >= before.ticks()) {
          var seconds = s.epoch() - before.epoch();
          coresNow.merge(s.group(), (s.ticks() - before.ticks()) / TICKS_PER_SECOND / seconds, Double::sum);
        }
      }
      // a group none of whose pids has a delta yet (the first sample) is unmeasured, not idle
      coresNow.forEach((g, c) -> cores.computeIfAbsent(g, k -> new ArrayList<>()).add(new Point(t, c)));
      mibNow.forEach((g, m) -> pss.computeIfAbsent(g, k -> new ArrayList<>()).add(new Point(t, m)));
      if (MEMORY_TARGET_GROUPS.stream().anyMatch(mibNow::containsKey)) {
        var sum = MEMORY_TARGET_GROUPS.stream().mapToDouble(g -> mibNow.getOrDefault(g, 0.0)).sum();
        total.add(new Point(t, sum));
      }
    }
    cores.replaceAll((g, points) -> smooth(points));
    System.out.println(new SvgChart("CPU by process group (10 s means)", SINCE_START, "cores used", series(cores),
        List.of()).write(plots.resolve("cpu.svg")));
    var memory = new ArrayList<>(series(pss));
    memory.add(new Series("EuraFlow + PostgreSQL + Redis", total));
    System.out.println(new SvgChart("Memory (PSS) by process group", SINCE_START, "PSS (MiB)", memory,
        List.of(new Reference(4096, "4 GB target"))).write(plots.resolve("memory.svg")));
  }

  /** Means over consecutive windows of {@link #CPU_WINDOW_SECONDS}, each at its points' mean time. */
  private static List<Point> smooth(List<Point> points) {
    var windows = new TreeMap<Long, double[]>(); // sum of x, sum of y, count
    for (var p : points) {
      var w = windows.computeIfAbsent((long) Math.floor(p.x() / CPU_WINDOW_SECONDS), k -> new double[3]);
      w[0] += p.x();
      w[1] += p.y();
      w[2]++;
    }
    return windows.values().stream().map(w -> new Point(w[0] / w[2], w[1] / w[2])).toList();
  }

  private static List<Series> series(Map<String, List<Point>> byName) {
    return byName.entrySet().stream().map(e -> new Series(e.getKey(), e.getValue())).toList();
  }

  /** The whitespace-separated fields of each non-blank line; empty, with a note, when the file is missing. */
  static Optional<List<String[]>> rows(Path file) throws IOException {
    if (!Files.isReadable(file)) {
      System.err.println("skipped: no " + file);
      return Optional.empty();
    }
    return Optional.of(Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty())
        .map(l -> l.split("\\s+")).toList());
  }

  /** A cell as a number; NaN for an empty, {@code -} or malformed cell, which callers skip. */
  static double number(String cell) {
    try {
      return Double.parseDouble(cell.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
