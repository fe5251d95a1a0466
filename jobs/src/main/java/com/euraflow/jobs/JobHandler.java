package com.euraflow.jobs;

/** Runs the jobs of one name. A thrown exception counts as {@link JobResult#retry(String)}. */
public interface JobHandler {

  /** The stable job name this handler runs, e.g. {@code ef.ozon.orders.pull}. */
  String name();

  JobResult run(JobContext context) throws Exception;
}
