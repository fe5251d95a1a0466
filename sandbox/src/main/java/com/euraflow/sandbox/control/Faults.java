package com.euraflow.sandbox.control;

/**
 * Failures to inject into OZON calls, globally or for one shop. Rates are probabilities per call in [0, 1]; at most
 * one failure fires per call, checked in the order the components are declared.
 *
 * @param pathPrefix only calls whose path starts with this are affected; "" means all
 * @param latencyMinMillis added delay, drawn uniformly from [min, max]
 * @param latencyMaxMillis see latencyMinMillis
 * @param dropRate the connection is closed without a reply
 * @param hangRate the call hangs for {@code hangMillis} (past any sane client timeout), then the connection drops
 * @param hangMillis how long a hang lasts
 * @param error500Rate HTTP 500, code 13 "Internal error"
 * @param error503Rate HTTP 503, code 14 "Service Unavailable"
 * @param tooManyRequestsRate HTTP 429, code 8, as if the per-second limit were hit (a "429 storm" at rate 1)
 * @param circleOpenRate HTTP 429 with the text/plain body "Circle is open" (OZON's method breaker)
 * @param malformedRate the call is served, but the JSON reply is cut in half
 */
public record Faults(
    String pathPrefix,
    long latencyMinMillis,
    long latencyMaxMillis,
    double dropRate,
    double hangRate,
    long hangMillis,
    double error500Rate,
    double error503Rate,
    double tooManyRequestsRate,
    double circleOpenRate,
    double malformedRate) {

  public static final Faults NONE = new Faults("", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  public static final long DEFAULT_HANG_MILLIS = 120_000;

  public Faults {
    pathPrefix = pathPrefix == null ? "" : pathPrefix;
    if (latencyMinMillis < 0 || latencyMaxMillis < latencyMinMillis || hangMillis < 0) {
      throw new IllegalArgumentException("need 0 <= latencyMinMillis <= latencyMaxMillis and hangMillis >= 0");
    }
    for (double rate : new double[] {dropRate, hangRate, error500Rate, error503Rate, tooManyRequestsRate, circleOpenRate, malformedRate}) {
      if (rate < 0 || rate > 1) throw new IllegalArgumentException("rates are probabilities in [0, 1]");
    }
  }

  public boolean applies(String path) { return path.startsWith(pathPrefix); }

  public Faults onPath(String prefix) { return new Faults(prefix, latencyMinMillis, latencyMaxMillis, dropRate, hangRate, hangMillis, error500Rate, error503Rate, tooManyRequestsRate, circleOpenRate, malformedRate); }
  public Faults latency(long minMillis, long maxMillis) { return new Faults(pathPrefix, minMillis, maxMillis, dropRate, hangRate, hangMillis, error500Rate, error503Rate, tooManyRequestsRate, circleOpenRate, malformedRate); }
  public Faults drop(double rate) { return new Faults(pathPrefix, latencyMinMillis, latencyMaxMillis, rate, hangRate, hangMillis, error500Rate, error503Rate, tooManyRequestsRate, circleOpenRate, malformedRate); }
  public Faults hang(double rate, long millis) { return new Faults(pathPrefix, latencyMinMillis, latencyMaxMillis, dropRate, rate, millis, error500Rate, error503Rate, tooManyRequestsRate, circleOpenRate, malformedRate); }
  public Faults error500(double rate) { return new Faults(pathPrefix, latencyMinMillis, latencyMaxMillis, dropRate, hangRate, hangMillis, rate, error503Rate, tooManyRequestsRate, circleOpenRate, malformedRate); }
  public Faults error503(double rate) { return new Faults(pathPrefix, latencyMinMillis, latencyMaxMillis, dropRate, hangRate, hangMillis, error500Rate, rate, tooManyRequestsRate, circleOpenRate, malformedRate); }
  public Faults tooManyRequests(double rate) { return new Faults(pathPrefix, latencyMinMillis, latencyMaxMillis, dropRate, hangRate, hangMillis, error500Rate, error503Rate, rate, circleOpenRate, malformedRate); }
  public Faults circleOpen(double rate) { return new Faults(pathPrefix, latencyMinMillis, latencyMaxMillis, dropRate, hangRate, hangMillis, error500Rate, error503Rate, tooManyRequestsRate, rate, malformedRate); }
  public Faults malformed(double rate) { return new Faults(pathPrefix, latencyMinMillis, latencyMaxMillis, dropRate, hangRate, hangMillis, error500Rate, error503Rate, tooManyRequestsRate, circleOpenRate, rate); }

  /** What happens to one call. */
  public enum Outcome { NONE, DROP, HANG, ERROR_500, ERROR_503, TOO_MANY_REQUESTS, CIRCLE_OPEN, MALFORMED }

  /** Picks the outcome for a uniform draw {@code r} in [0, 1). */
  public Outcome outcome(double r) {
    double[] rates = {dropRate, hangRate, error500Rate, error503Rate, tooManyRequestsRate, circleOpenRate, malformedRate};
    Outcome[] outcomes = {Outcome.DROP, Outcome.HANG, Outcome.ERROR_500, Outcome.ERROR_503, Outcome.TOO_MANY_REQUESTS, Outcome.CIRCLE_OPEN, Outcome.MALFORMED};
    double edge = 0;
    for (int i = 0; i < rates.length; i++) {
      edge += rates[i];
      if (r < edge) return outcomes[i];
    }
    return Outcome.NONE;
  }
}
