package com.euraflow.jobs;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of jobs; {@code nextBeforeId} is null on the last page. */
public record JobPage(List<JobView> jobs, @Nullable Long nextBeforeId) {}
