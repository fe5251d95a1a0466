package com.euraflow.app.system;

import com.euraflow.jobs.LaneStats;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * This process: its build, role, the lanes it runs, the lanes' jobs across all processes, its database pool.
 *
 * @param lanes the lanes this process works, with their slots here (empty for an API-only process)
 * @param laneStats jobs per lane in the database, whichever process runs them
 * @param pool null when the DataSource is not a Hikari pool
 */
record SystemInfo(
    String version,
    @Nullable Instant builtAt,
    String role,
    List<RunningLane> lanes,
    List<LaneStats> laneStats,
    @Nullable Pool pool,
    String javaVersion,
    Instant startedAt,
    long uptimeSeconds) {

  record RunningLane(String lane, int concurrency) {}

  /** {@code minimumIdle} connections are kept open; up to {@code maximumPoolSize} are opened under load. */
  record Pool(String name, int minimumIdle, int maximumPoolSize, int total, int active, int idle, int pending) {}
}
