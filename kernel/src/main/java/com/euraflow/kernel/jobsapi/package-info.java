/**
 * The job engine as sellers and operators see it: their jobs, one job with its attempts, cancel, retry,
 * live progress over SSE, and lane statistics for admins. Tenancy is the kernel's: a job is visible when
 * its shop is, or, for shop-less jobs, when it belongs to the caller's tenant.
 */
package com.euraflow.kernel.jobsapi;
