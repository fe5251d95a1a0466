package com.euraflow.jobs;

import com.euraflow.jobs.JobRepository.NewJob;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Enqueues, cancels and queries jobs. Enqueueing joins the caller's Spring transaction when there is one (the
 * DataSource is the same): the job exists if and only if that transaction commits. Tenant checks are the
 * caller's: the ids here are opaque.
 */
public final class JobClient {

  private final JobRepository repository;
  private final JobRouter router;
  private final JobEngineSettings settings;
  private final Clock clock;
  private final BiConsumer<String, Instant> localWake;

  JobClient(JobRepository repository, JobRouter router, JobEngineSettings settings, Clock clock,
      BiConsumer<String, Instant> localWake) {
    this.repository = repository;
    this.router = router;
    this.settings = settings;
    this.clock = clock;
    this.localWake = localWake;
  }

  public Enqueued enqueue(JobRequest request) {
    return enqueueAll(List.of(request)).getFirst();
  }

  /** Enqueues many jobs in one statement (e.g. one per shop from a cron fan-out); results in request order. */
  public List<Enqueued> enqueueAll(List<JobRequest> requests) {
    var now = clock.instant();
    var jobs = requests.stream()
        .map(r -> new NewJob(r, router.laneFor(r.name()), settings.limitsFor(r.name()).maxAttempts(),
            r.runAt() == null ? now : r.runAt()))
        .toList();
    var inserted = repository.insert(jobs, now);
    var results = new ArrayList<Enqueued>(jobs.size());
    for (var i = 0; i < jobs.size(); i++) {
      var job = jobs.get(i);
      results.add(enqueued(inserted.get(i)).orElseGet(() -> holderOf(job, now)));
    }
    wakeLocalLanes(jobs.stream().map(j -> new Due(j.lane(), j.runAt())).collect(Collectors.toSet()));
    return List.copyOf(results);
  }

  /**
   * Wakes this process's lanes when the new jobs are due: at once when they are visible, without waiting for the
   * NOTIFY round trip (other processes still get the NOTIFY), or at their run time for jobs enqueued for later.
   */
  private void wakeLocalLanes(Set<Due> due) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          due.forEach(d -> localWake.accept(d.lane(), d.at()));
        }
      });
    } else {
      due.forEach(d -> localWake.accept(d.lane(), d.at()));
    }
  }

  private record Due(String lane, Instant at) {}

  private static Optional<Enqueued> enqueued(JobRepository.Inserted inserted) {
    if (inserted.id() != null) {
      return Optional.of(new Enqueued(inserted.id(), false));
    }
    return Optional.ofNullable(inserted.holder()).map(holder -> new Enqueued(holder, true));
  }

  /**
   * Asks again for a job whose key's holder its statement could not see (the same batch, or a concurrent commit):
   * a later statement sees the holder, or inserts the job if the holder ended meanwhile.
   */
  private Enqueued holderOf(NewJob job, Instant now) {
    while (true) {
      var again = enqueued(repository.insert(List.of(job), now).getFirst());
      if (again.isPresent()) {
        return again.get();
      }
    }
  }

  /**
   * Cancels a queued job at once; asks a running one to stop (it sees {@link JobContext#isCancelled()}). Returns
   * the job's state afterwards, empty if there is no such job.
   */
  public Optional<JobState> cancel(long jobId) {
    return repository.cancel(jobId, clock.instant());
  }

  /** Puts a dead or failed job back in its queue with a fresh budget of attempts. */
  public boolean retry(long jobId) {
    return repository.find(jobId)
        .map(job -> repository.retry(jobId, settings.limitsFor(job.name()).maxAttempts(), clock.instant()))
        .orElse(false);
  }

  public Optional<JobView> find(long jobId) {
    return repository.find(jobId);
  }

  /** The runs that did not succeed, oldest first, with their errors. */
  public List<JobAttempt> attempts(long jobId) {
    return repository.attempts(jobId);
  }

  public JobPage list(JobQuery query) {
    var jobs = repository.list(query);
    return new JobPage(jobs, jobs.size() == query.limit() ? jobs.getLast().id() : null);
  }

  /** Per lane: waiting, scheduled, running and dead jobs, and the oldest waiting. */
  public List<LaneStats> stats() {
    return repository.stats(clock.instant());
  }
}
