package com.euraflow.kernel.jobsapi;

import com.euraflow.jobs.JobAttempt;
import com.euraflow.jobs.JobView;
import java.util.List;

/** A job with the runs that did not succeed. */
public record JobDetail(JobView job, List<JobAttempt> attempts) {}
