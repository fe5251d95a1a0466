package com.euraflow.sandbox.rules;

/**
 * At most {@code limit} events in any window of {@code length} time units: a ring of the last {@code limit} event
 * times. Exact (no bucket edges), O(1) and allocation-free per call.
 */
public final class SlidingWindow {

  private final long length;
  private final long[] times;
  private int next;
  private int used;

  public SlidingWindow(int limit, long length) {
    this.length = length;
    this.times = new long[limit];
  }

  /** Records an event at {@code now} and returns true, or returns false if the window is full. */
  public synchronized boolean tryAcquire(long now) {
    if (used == times.length && now - times[next] < length) {
      return false;
    }
    times[next] = now;
    next = (next + 1) % times.length;
    used = Math.min(used + 1, times.length);
    return true;
  }
}
