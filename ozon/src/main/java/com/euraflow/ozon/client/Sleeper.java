package com.euraflow.ozon.client;

import java.time.Duration;

/** Blocks the calling (virtual) thread; injectable so tests record waits instead of waiting. */
@FunctionalInterface
interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  static Sleeper threadSleep() {
    return Thread::sleep;
  }
}
