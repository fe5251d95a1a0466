package com.euraflow.kernel.jobsapi;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobEvent;
import com.euraflow.jobs.JobEvents;
import com.euraflow.jobs.JobPage;
import com.euraflow.jobs.JobQuery;
import com.euraflow.jobs.JobState;
import com.euraflow.jobs.JobView;
import com.euraflow.jobs.LaneStats;
import com.euraflow.kernel.errors.ConflictException;
import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.errors.NotFoundException;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.Caller;
import com.euraflow.kernel.tenancy.ShopAccess;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** Jobs narrowed to what the caller may see; everything else is 404, as for shops. */
@Service
public class Jobs {

  private final JobClient jobs;
  private final JobEvents events;
  private final ShopAccess shopAccess;

  Jobs(JobClient jobs, JobEvents events, ShopAccess shopAccess) {
    this.jobs = jobs;
    this.events = events;
    this.shopAccess = shopAccess;
  }

  public JobPage list(Caller caller, Set<JobState> states, int limit, Long beforeId) {
    if (caller.isAdmin()) {
      return jobs.list(new JobQuery(Set.of(), Set.of(), states, limit, beforeId));
    }
    var shops = shopAccess.visibleShops(caller).keySet();
    // a main account also sees its shop-less jobs; others only the jobs of shops granted to them
    var tenants = caller.role() == com.euraflow.kernel.tenancy.Role.MAIN_ACCOUNT ? Set.of(caller.tenantId()) : Set.<Long>of();
    if (shops.isEmpty() && tenants.isEmpty()) {
      return new JobPage(List.of(), null);
    }
    return jobs.list(new JobQuery(tenants, shops, states, limit, beforeId));
  }

  public JobDetail get(Caller caller, long jobId) {
    var job = visible(caller, jobId, Access.READ);
    return new JobDetail(job, jobs.attempts(jobId));
  }

  public JobState cancel(Caller caller, long jobId) {
    visible(caller, jobId, Access.WRITE);
    return jobs.cancel(jobId).orElseThrow(() -> NotFoundException.of("job", jobId));
  }

  /** Operators give a dead job another round of attempts. */
  public void retry(Caller caller, long jobId) {
    if (!caller.isAdmin()) {
      throw ForbiddenException.because("only admins retry dead jobs");
    }
    if (!jobs.retry(jobId)) {
      throw ConflictException.of("job " + jobId + " is not dead or failed");
    }
  }

  public List<LaneStats> lanes(Caller caller) {
    if (!caller.isAdmin()) {
      throw ForbiddenException.because("only admins see lane statistics");
    }
    return jobs.stats();
  }

  /** Follows the events of jobs the caller may see; close the result to stop. */
  public AutoCloseable follow(Caller caller, Long jobId, Consumer<JobEvent> listener) {
    if (jobId != null) {
      visible(caller, jobId, Access.READ);
    }
    Map<Long, Access> shops = caller.isAdmin() ? Map.of() : shopAccess.visibleShops(caller);
    return events.subscribe(event -> {
      var mine = caller.isAdmin()
          || (event.shopId() != null ? shops.containsKey(event.shopId())
              : caller.role() == com.euraflow.kernel.tenancy.Role.MAIN_ACCOUNT
                  && Long.valueOf(caller.tenantId()).equals(event.tenantId()));
      if (mine && (jobId == null || jobId == event.jobId())) {
        listener.accept(event);
      }
    });
  }

  private JobView visible(Caller caller, long jobId, Access access) {
    var job = jobs.find(jobId).orElseThrow(() -> NotFoundException.of("job", jobId));
    if (caller.isAdmin()) {
      return job;
    }
    if (job.shopId() != null) {
      shopAccess.requireShop(caller, job.shopId(), access);
      return job;
    }
    if (caller.role() == com.euraflow.kernel.tenancy.Role.MAIN_ACCOUNT
        && Long.valueOf(caller.tenantId()).equals(job.tenantId())) {
      return job;
    }
    throw NotFoundException.of("job", jobId);
  }
}
