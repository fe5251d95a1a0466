package com.euraflow.loadtest.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;

/**
 * A line chart as a standalone 800×360 SVG, written with the JDK only so the load-test reports need no plotting
 * library: y starts at 0 (or below it for negative data) and always reaches the highest reference line, so a target
 * stays in view; the legend sits right of the plot area so it never covers a line.
 */
public record SvgChart(String title, String xLabel, String yLabel, List<Series> series, List<Reference> references) {

  public record Point(double x, double y) {}

  /** Points in x order; {@code markersOnly} draws a scatter instead of a line. */
  public record Series(String name, List<Point> points, boolean markersOnly) {

    public Series(String name, List<Point> points) {
      this(name, points, false);
    }
  }

  /** A horizontal dashed line, e.g. a target. */
  public record Reference(double y, String label) {}

  private static final int WIDTH = 800;
  private static final int HEIGHT = 360;
  private static final int LEFT = 64;
  private static final int RIGHT = 556;
  private static final int TOP = 36;
  private static final int BOTTOM = 308;
  private static final int MAX_MARKED_POINTS = 12;
  private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
      "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"};

  public Path write(Path file) throws IOException {
    return Files.writeString(file, svg());
  }

  public String svg() {
    var out = new StringBuilder(fmt("""
        <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
        font-family="sans-serif" font-size="12">
        <rect width="100%%" height="100%%" fill="white"/>
        """, WIDTH, HEIGHT, WIDTH, HEIGHT));
    var midX = (LEFT + RIGHT) / 2.0;
    var midY = (TOP + BOTTOM) / 2.0;
    text(out, midX, 20, "middle", " font-size=\"14\" font-weight=\"bold\"", title);
    text(out, midX, HEIGHT - 8, "middle", "", xLabel);
    text(out, 0, 0, "middle", fmt(" transform=\"translate(16 %.1f) rotate(-90)\"", midY), yLabel);
    var points = series.stream().flatMap(s -> s.points().stream()).toList();
    if (points.isEmpty()) {
      frame(out);
      text(out, midX, midY, "middle", " font-size=\"14\" fill=\"#888\"", "no data");
      return out.append("</svg>\n").toString();
    }
    var x = Axis.of(points.stream().mapToDouble(Point::x).min().orElseThrow(),
        points.stream().mapToDouble(Point::x).max().orElseThrow(), 8, false);
    var yLow = Math.min(0, points.stream().mapToDouble(Point::y).min().orElseThrow());
    var yHigh = Math.max(points.stream().mapToDouble(Point::y).max().orElseThrow(),
        references.stream().mapToDouble(Reference::y).max().orElse(0));
    // a little headroom so a line at the maximum does not merge into the frame
    var y = Axis.of(yLow, yHigh + (yHigh - yLow) * 0.04, 6, true);
    x.ticks().forEach(v -> {
      var px = x.at(v, LEFT, RIGHT);
      out.append(line(px, TOP, px, BOTTOM, "#e4e4e4", ""));
      text(out, px, BOTTOM + 16, "middle", "", x.label(v));
    });
    y.ticks().forEach(v -> {
      var py = y.at(v, BOTTOM, TOP);
      out.append(line(LEFT, py, RIGHT, py, "#e4e4e4", ""));
      text(out, LEFT - 6, py + 4, "end", "", y.label(v));
    });
    frame(out);
    var previousY = Double.NEGATIVE_INFINITY;
    var leftOfPrevious = 0.0;
    for (var ref : references.stream().sorted(Comparator.comparingDouble(Reference::y)).toList()) {
      var py = y.at(ref.y(), BOTTOM, TOP);
      out.append(line(LEFT, py, RIGHT, py, "#444", " stroke-dasharray=\"6 4\""));
      // labels of lines closer than a text line go side by side; a white halo keeps them readable over a series
      var end = Math.abs(py - previousY) < 14 ? leftOfPrevious : RIGHT - 4.0;
      text(out, end, py - 4, "end",
          " fill=\"#444\" stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\"", ref.label());
      previousY = py;
      leftOfPrevious = end - 7 * ref.label().length() - 12;
    }
    for (var i = 0; i < series.size(); i++) {
      var s = series.get(i);
      var colour = COLOURS[i % COLOURS.length];
      if (!s.markersOnly()) {
        var coords = new StringBuilder();
        s.points().forEach(p -> coords.append(fmt("%.1f,%.1f ", x.at(p.x(), LEFT, RIGHT), y.at(p.y(), BOTTOM, TOP))));
        out.append(fmt("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.8\" stroke-linejoin=\"round\""
            + " points=\"%s\"/>\n", colour, coords.toString().strip()));
      }
      if (s.markersOnly() || s.points().size() <= MAX_MARKED_POINTS) {
        s.points().forEach(p -> out.append(circle(x.at(p.x(), LEFT, RIGHT), y.at(p.y(), BOTTOM, TOP), colour)));
      }
      var ly = TOP + 8 + i * 18;
      out.append(s.markersOnly() ? circle(RIGHT + 22, ly, colour)
          : line(RIGHT + 12, ly, RIGHT + 32, ly, colour, " stroke-width=\"2\""));
      text(out, RIGHT + 38, ly + 4, "start", "", s.name() + (s.points().isEmpty() ? " (no data)" : ""));
    }
    return out.append("</svg>\n").toString();
  }

  /**
   * An axis with ticks at multiples of a 1-2-5 step; {@code widen} moves its ends out to ticks (the y axis), else it
   * spans just the data (the x axis, where a run's last seconds should not leave a blank strip).
   */
  private record Axis(double min, double max, double step) {

    static Axis of(double low, double high, int ticks, boolean widen) {
      if (high - low < 1e-9) { // a single value still needs a span to draw on
        var pad = low == 0 ? 1 : Math.abs(low) * 0.1;
        low = low == 0 ? 0 : low - pad;
        high += pad;
      }
      var raw = (high - low) / ticks;
      var magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      var fraction = raw / magnitude;
      var step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
      return widen ? new Axis(Math.floor(low / step) * step, Math.ceil(high / step) * step, step)
          : new Axis(low, high, step);
    }

    DoubleStream ticks() {
      return LongStream.rangeClosed((long) Math.ceil(min / step - 1e-9), (long) Math.floor(max / step + 1e-9))
          .mapToDouble(i -> i * step);
    }

    /** Where a value falls on the pixel range from..to. */
    double at(double value, double from, double to) {
      return from + (value - min) / (max - min) * (to - from);
    }

    String label(double value) {
      var decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
      return fmt("%,." + decimals + "f", value);
    }
  }

  private static void frame(StringBuilder out) {
    out.append(fmt("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>\n",
        LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP));
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, String extra) {
    return fmt("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>\n",
        x1, y1, x2, y2, colour, extra);
  }

  private static String circle(double x, double y, String colour) {
    return fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" fill-opacity=\"0.8\"/>\n", x, y, colour);
  }

  private static void text(StringBuilder out, double x, double y, String anchor, String extra, String content) {
    var escaped = content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    out.append(fmt("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>%s</text>\n", x, y, anchor, extra, escaped));
  }

  /** SVG needs '.' decimals whatever the JVM's locale. */
  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
