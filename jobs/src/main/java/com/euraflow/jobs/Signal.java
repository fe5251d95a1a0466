package com.euraflow.jobs;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A wake-up flag: raising it many times before the waiter looks counts once. */
final class Signal {

  private final Semaphore raised = new Semaphore(0);

  void raise() {
    if (raised.availablePermits() == 0) {
      raised.release();
    }
  }

  /** Waits until raised or {@code max} passed; returns false when interrupted. */
  boolean await(Duration max) {
    try {
      raised.tryAcquire(max.toNanos(), TimeUnit.NANOSECONDS);
      raised.drainPermits();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
