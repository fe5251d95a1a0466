package com.euraflow.kernel.jobsapi.web;

import com.euraflow.jobs.JobPage;
import com.euraflow.jobs.JobState;
import com.euraflow.jobs.LaneStats;
import com.euraflow.kernel.jobsapi.JobDetail;
import com.euraflow.kernel.jobsapi.Jobs;
import com.euraflow.kernel.tenancy.CurrentCaller;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's background jobs: list, one with attempts, cancel, retry (admins), live progress (SSE). */
@RestController
@RequestMapping("/api/ef/v1/jobs")
class JobsController {

  /** Browsers reconnect on their own; a bounded stream keeps abandoned ones from piling up. */
  static final Duration STREAM_FOR = Duration.ofMinutes(30);

  private final Jobs jobs;

  JobsController(Jobs jobs) {
    this.jobs = jobs;
  }

  @GetMapping
  JobPage list(@RequestParam(required = false) Set<JobState> state,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) Long before) {
    return jobs.list(CurrentCaller.get(), state == null ? Set.of() : state, Math.clamp(limit, 1, 500), before);
  }

  @GetMapping("/{jobId}")
  JobDetail get(@PathVariable long jobId) {
    return jobs.get(CurrentCaller.get(), jobId);
  }

  @PostMapping("/{jobId}/cancel")
  Map<String, JobState> cancel(@PathVariable long jobId) {
    return Map.of("state", jobs.cancel(CurrentCaller.get(), jobId));
  }

  @PostMapping("/{jobId}/retry")
  Map<String, Boolean> retry(@PathVariable long jobId) {
    jobs.retry(CurrentCaller.get(), jobId);
    return Map.of("retried", true);
  }

  @GetMapping("/lanes")
  List<LaneStats> lanes() {
    return jobs.lanes(CurrentCaller.get());
  }

  /** Every visible job's state and progress changes, as server-sent events named "job". */
  @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(@RequestParam(name = "jobId", required = false) Long jobId) {
    var emitter = new SseEmitter(STREAM_FOR.toMillis());
    // the engine's listener thread must never wait on a slow browser: each stream sends on its own thread
    var sender = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("sse-jobs").factory());
    var subscription = jobs.follow(CurrentCaller.get(), jobId, event -> sender.execute(() -> {
      try {
        emitter.send(SseEmitter.event().name("job").id(Long.toString(event.jobId())).data(event));
      } catch (IOException | IllegalStateException e) {
        emitter.completeWithError(e);
      }
    }));
    Runnable unsubscribe = () -> {
      sender.shutdownNow();
      try {
        subscription.close();
      } catch (Exception ignored) {
        // the stream is over either way
      }
    };
    emitter.onCompletion(unsubscribe);
    emitter.onTimeout(unsubscribe);
    emitter.onError(e -> unsubscribe.run());
    return emitter;
  }
}
