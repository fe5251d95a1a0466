package com.euraflow.ozon.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records the waits asked for instead of waiting. */
final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
