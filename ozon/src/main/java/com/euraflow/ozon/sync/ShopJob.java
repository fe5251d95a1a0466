package com.euraflow.ozon.sync;

import com.euraflow.jobs.JobContext;
import com.euraflow.jobs.JobHandler;
import com.euraflow.jobs.JobResult;
import com.euraflow.ozon.client.OzonCredentials;

/**
 * A job about one shop: a subclass does the OZON work with the shop's credentials, and
 * {@link OzonJobs#runForShop} applies the outcome rules every such job shares (unusable shop, rejected key,
 * OZON's limits and outages, the shop's sync health).
 */
public abstract class ShopJob implements JobHandler {

  private final String name;
  private final SyncKind kind;
  private final OzonJobs ozonJobs;

  protected ShopJob(SyncKind kind, OzonJobs ozonJobs) {
    this(kind.jobName, kind, ozonJobs);
  }

  /** A job with a name of its own whose health counts as {@code kind}'s (e.g. posting actions as FBS orders). */
  protected ShopJob(String name, SyncKind kind, OzonJobs ozonJobs) {
    this.name = name;
    this.kind = kind;
    this.ozonJobs = ozonJobs;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final JobResult run(JobContext context) {
    return ozonJobs.runForShop(context, kind, credentials -> run(context, credentials));
  }

  protected abstract JobResult run(JobContext context, OzonCredentials credentials) throws Exception;
}
