package com.euraflow.jobs;

import java.time.Duration;

/** At most {@code permits} job starts per {@code per}, spaced evenly (a token bucket holding one token). */
public record RateLimit(int permits, Duration per) {

  public RateLimit {
    if (permits < 1 || per.isZero() || per.isNegative()) {
      throw new IllegalArgumentException("bad rate limit " + permits + "/" + per);
    }
  }

  /** Celery's notation: {@code 200/m}, {@code 20/m}, {@code 5/s}, {@code 100/h}. */
  public static RateLimit parse(String text) {
    var parts = text.trim().split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("rate limit must look like 20/m, was " + text);
    }
    var per = switch (parts[1].trim()) {
      case "s" -> Duration.ofSeconds(1);
      case "m" -> Duration.ofMinutes(1);
      case "h" -> Duration.ofHours(1);
      default -> throw new IllegalArgumentException("rate limit unit must be s, m or h, was " + text);
    };
    return new RateLimit(Integer.parseInt(parts[0].trim()), per);
  }

  double perSecond() {
    return permits / (per.toNanos() / 1e9);
  }
}
