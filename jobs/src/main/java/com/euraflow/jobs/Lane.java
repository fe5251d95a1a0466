package com.euraflow.jobs;

import com.euraflow.jobs.JobRepository.ClaimedJob;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;

/**
 * One lane in this process: a loop that claims only as many jobs as it has free slots (Celery's prefetch 1), and
 * hands each to a virtual thread. It claims again when woken (a NOTIFY, a freed slot while work was left) or after
 * the poll interval.
 */
final class Lane {

  private static final Logger log = LoggerFactory.getLogger(Lane.class);

  private final String name;
  private final int concurrency;
  private final Semaphore slots;
  private final Duration pollInterval;
  private final BiFunction<String, Integer, List<ClaimedJob>> claimer;
  private final BiConsumer<Lane, ClaimedJob> runner;
  private final Signal signal = new Signal();
  private volatile boolean running;
  private volatile boolean backlog;
  private @Nullable Thread thread;

  Lane(String name, int concurrency, Duration pollInterval, BiFunction<String, Integer, List<ClaimedJob>> claimer,
      BiConsumer<Lane, ClaimedJob> runner) {
    this.name = name;
    this.concurrency = concurrency;
    this.slots = new Semaphore(concurrency);
    this.pollInterval = pollInterval;
    this.claimer = claimer;
    this.runner = runner;
  }

  String name() {
    return name;
  }

  void start() {
    running = true;
    thread = Thread.ofVirtual().name("jobs-lane-" + name).start(this::loop);
  }

  void stop() throws InterruptedException {
    running = false;
    signal.raise();
    var t = thread;
    if (t != null) {
      t.join();
    }
  }

  void wake() {
    signal.raise();
  }

  /**
   * Frees a slot. With work waiting, claims again once half the slots are free, so that a busy lane claims in
   * batches rather than one job per statement.
   */
  void release() {
    slots.release();
    if (backlog && slots.availablePermits() >= Math.max(1, concurrency / 2)) {
      signal.raise();
    }
  }

  private void loop() {
    while (running) {
      var free = slots.availablePermits();
      if (free == 0) {
        signal.await(pollInterval);
        continue;
      }
      List<ClaimedJob> claimed;
      try {
        claimed = claimer.apply(name, free);
      } catch (DuplicateKeyException e) {
        // another process started a job with the same concurrency key meanwhile; the next claim skips it
        continue;
      } catch (RuntimeException e) {
        log.warn("claiming in lane {} failed: {}", name, e.toString());
        signal.await(pollInterval);
        continue;
      }
      backlog = claimed.size() == free;
      for (var job : claimed) {
        slots.acquireUninterruptibly();
        runner.accept(this, job);
      }
      if (!backlog) {
        signal.await(pollInterval);
      }
    }
  }
}
