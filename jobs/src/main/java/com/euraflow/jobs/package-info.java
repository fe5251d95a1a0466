/**
 * Durable job engine on PostgreSQL. Other modules use {@link com.euraflow.jobs.JobClient} to enqueue and query
 * jobs, implement {@link com.euraflow.jobs.JobHandler} to run them and subscribe to
 * {@link com.euraflow.jobs.JobEvents} for progress; everything else in this package is internal.
 */
@NullMarked
package com.euraflow.jobs;

import org.jspecify.annotations.NullMarked;
