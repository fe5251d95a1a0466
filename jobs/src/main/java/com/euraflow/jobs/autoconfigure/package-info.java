/** Spring Boot wiring of the job engine: properties under {@code euraflow.jobs}, handlers and schedules as beans. */
@NullMarked
package com.euraflow.jobs.autoconfigure;

import org.jspecify.annotations.NullMarked;
