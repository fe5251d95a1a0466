package com.euraflow.jobs;

import com.euraflow.jobs.JobRepository.ClaimedJob;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records successful runs. Idle, each is written at once; under load the runs that finished while the previous
 * statement ran are written together, one statement for many jobs.
 */
final class Completions {

  private static final Logger log = LoggerFactory.getLogger(Completions.class);
  private static final int MAX_BATCH = 500;

  record Success(ClaimedJob job, Runnable whenRecorded) {}

  private final JobRepository repository;
  private final Clock clock;
  private final LinkedBlockingQueue<Success> queue = new LinkedBlockingQueue<>();
  private volatile boolean running;
  private @Nullable Thread thread;

  Completions(JobRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  void start() {
    running = true;
    thread = Thread.ofVirtual().name("jobs-completions").start(this::loop);
  }

  /** Stops after writing what is queued. */
  void stop() throws InterruptedException {
    running = false;
    var t = thread;
    if (t != null) {
      t.join();
    }
  }

  void add(Success success) {
    queue.add(success);
  }

  private void loop() {
    while (running || !queue.isEmpty()) {
      try {
        var first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        var batch = new ArrayList<Success>();
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void write(List<Success> batch) {
    try {
      var recorded = repository.succeed(batch.stream().map(Success::job).toList(), clock.instant());
      for (var success : batch) {
        if (!recorded.contains(success.job().id())) {
          log.warn("job {} lost its lease before finishing; another worker owns it now", success.job().id());
        }
      }
    } catch (RuntimeException e) {
      // the leases of these jobs run out and another run repeats them: at least once, never lost
      log.warn("recording {} successful jobs failed: {}", batch.size(), e.toString());
    }
    batch.forEach(s -> s.whenRecorded().run());
  }
}
