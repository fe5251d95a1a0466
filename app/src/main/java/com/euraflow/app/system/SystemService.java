package com.euraflow.app.system;

import com.euraflow.app.system.SystemInfo.Pool;
import com.euraflow.app.system.SystemInfo.RunningLane;
import com.euraflow.app.system.SystemMetrics.DbPool;
import com.euraflow.app.system.SystemMetrics.JobLane;
import com.euraflow.app.system.SystemMetrics.Ozon;
import com.euraflow.app.system.SystemMetrics.RouteGroup;
import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.Lanes;
import com.euraflow.jobs.autoconfigure.JobsProperties;
import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.tenancy.Caller;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Service;

/** Reads this process's settings, pool and meters for the admin endpoints; no SQL beyond the lane statistics. */
@Service
class SystemService {

  private static final String API_PREFIX = "/api/ef/v1/";
  private static final int ROUTE_GROUP_SEGMENTS = 2;

  private final @Nullable BuildProperties build;
  private final String role;
  private final JobsProperties jobs;
  private final JobClient jobClient;
  private final DataSource dataSource;
  private final MeterRegistry meters;

  SystemService(ObjectProvider<BuildProperties> build, @Value("${euraflow.role:all}") String role, JobsProperties jobs,
      JobClient jobClient, DataSource dataSource, MeterRegistry meters) {
    this.build = build.getIfAvailable();
    this.role = role;
    this.jobs = jobs;
    this.jobClient = jobClient;
    this.dataSource = dataSource;
    this.meters = meters;
  }

  SystemInfo info(Caller caller) {
    requireAdmin(caller);
    var runtime = ManagementFactory.getRuntimeMXBean();
    var lanes = jobs.lanes().stream().sorted()
        .map(lane -> new RunningLane(lane,
            jobs.concurrency().getOrDefault(lane, Lanes.DEFAULT_CONCURRENCY.getOrDefault(lane, 1))))
        .toList();
    return new SystemInfo(version(), build == null ? null : build.getTime(), role, lanes, jobClient.stats(), pool(),
        Runtime.version().toString(), Instant.ofEpochMilli(runtime.getStartTime()),
        TimeUnit.MILLISECONDS.toSeconds(runtime.getUptime()));
  }

  SystemMetrics metrics(Caller caller) {
    requireAdmin(caller);
    return new SystemMetrics(api(), jobLanes(), dbPools(), ozon());
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw ForbiddenException.because("only admins see the system's state");
    }
  }

  private String version() {
    if (build != null && build.getVersion() != null) {
      return build.getVersion();
    }
    var fromManifest = SystemService.class.getPackage().getImplementationVersion();
    return fromManifest == null ? "unknown" : fromManifest;
  }

  private @Nullable Pool pool() {
    HikariDataSource hikari;
    try {
      if (!dataSource.isWrapperFor(HikariDataSource.class)) {
        return null;
      }
      hikari = dataSource.unwrap(HikariDataSource.class);
    } catch (SQLException e) {
      return null;
    }
    var bean = hikari.getHikariPoolMXBean();
    return new Pool(hikari.getPoolName() == null ? "default" : hikari.getPoolName(), hikari.getMinimumIdle(),
        hikari.getMaximumPoolSize(), bean == null ? 0 : bean.getTotalConnections(),
        bean == null ? 0 : bean.getActiveConnections(), bean == null ? 0 : bean.getIdleConnections(),
        bean == null ? 0 : bean.getThreadsAwaitingConnection());
  }

  private List<RouteGroup> api() {
    var requests = sumBy(meters.find("ef.api.requests").counters(), m -> routeGroup(m.getId().getTag("route")),
        Counter::count);
    var errors = sumBy(meters.find("ef.api.errors").counters(), m -> routeGroup(m.getId().getTag("route")),
        Counter::count);
    var timers = meters.find("ef.api.request.duration").timers().stream()
        .collect(Collectors.groupingBy(t -> routeGroup(t.getId().getTag("route")), TreeMap::new, Collectors.toList()));
    var groups = new ArrayList<RouteGroup>();
    requests.forEach((group, count) -> groups.add(new RouteGroup(group, Math.round(count),
        Math.round(errors.getOrDefault(group, 0.0)), p95Millis(timers.getOrDefault(group, List.of())))));
    return groups;
  }

  private List<JobLane> jobLanes() {
    var waiting = sumBy(meters.find("ef_celery_queue_length").gauges(), m -> m.getId().getTag("queue"), Gauge::value);
    var dead = sumBy(meters.find("ef_jobs_dead").gauges(), m -> m.getId().getTag("queue"), Gauge::value);
    var lanes = new TreeMap<String, JobLane>();
    waiting.forEach((lane, value) -> lanes.put(lane,
        new JobLane(lane, Math.round(value), Math.round(dead.getOrDefault(lane, 0.0)))));
    return List.copyOf(lanes.values());
  }

  private List<DbPool> dbPools() {
    Function<Gauge, String> pool = m -> m.getId().getTag("pool");
    var size = sumBy(meters.find("ef.db.pool.size").gauges(), pool, Gauge::value);
    var overflow = sumBy(meters.find("ef.db.pool.overflow").gauges(), pool, Gauge::value);
    var max = sumBy(meters.find("ef.db.pool.max").gauges(), pool, Gauge::value);
    var pending = sumBy(meters.find("ef.db.pool.pending").gauges(), pool, Gauge::value);
    return size.entrySet().stream()
        .map(e -> {
          var over = overflow.getOrDefault(e.getKey(), 0.0);
          return new DbPool(e.getKey(), Math.round(e.getValue() + over), Math.round(over),
              Math.round(max.getOrDefault(e.getKey(), 0.0)), Math.round(pending.getOrDefault(e.getKey(), 0.0)));
        })
        .toList();
  }

  private Ozon ozon() {
    var byOutcome = sumBy(meters.find("ef.ozon.requests").counters(), m -> m.getId().getTag("outcome"),
        Counter::count);
    var counts = new TreeMap<String, Long>();
    byOutcome.forEach((outcome, count) -> counts.put(outcome, Math.round(count)));
    return new Ozon(counts.values().stream().mapToLong(Long::longValue).sum(), counts);
  }

  /**
   * The first two literal segments after {@code /api/ef/v1/}, stopping at a path variable:
   * {@code /api/ef/v1/ozon/orders/{postingNumber}} is {@code ozon/orders}, {@code /api/ef/v1/jobs/{jobId}} is
   * {@code jobs}. Other routes ({@code unmatched}) are their own group.
   */
  static String routeGroup(@Nullable String route) {
    if (route == null) {
      return "unmatched";
    }
    if (!route.startsWith(API_PREFIX)) {
      return route;
    }
    var segments = new ArrayList<String>();
    for (var segment : route.substring(API_PREFIX.length()).split("/")) {
      if (segment.isEmpty() || segment.startsWith("{") || segments.size() == ROUTE_GROUP_SEGMENTS) {
        break;
      }
      segments.add(segment);
    }
    return segments.isEmpty() ? route : String.join("/", segments);
  }

  /**
   * The 95th percentile of the timers together, as the upper bound of the bucket it falls in (what
   * {@code histogram_quantile} would interpolate within). Prometheus' timers keep cumulative bucket counts since
   * the start; a percentile beyond the last bucket is the largest time seen.
   */
  static double p95Millis(Collection<Timer> timers) {
    var total = timers.stream().mapToLong(Timer::count).sum();
    if (total == 0) {
      return 0;
    }
    var cumulative = new TreeMap<Double, Double>();
    var max = 0.0;
    for (var timer : timers) {
      var snapshot = timer.takeSnapshot();
      max = Math.max(max, snapshot.max(TimeUnit.MILLISECONDS));
      for (var bucket : snapshot.histogramCounts()) {
        cumulative.merge(bucket.bucket(TimeUnit.MILLISECONDS), bucket.count(), Double::sum);
      }
    }
    var target = Math.ceil(0.95 * total);
    for (var bucket : cumulative.entrySet()) {
      if (bucket.getValue() >= target) {
        return bucket.getKey();
      }
    }
    return max;
  }

  private static <M extends Meter> Map<String, Double> sumBy(Collection<M> found, Function<M, @Nullable String> key,
      ToDoubleFunction<M> value) {
    var sums = new TreeMap<String, Double>();
    for (var meter : found) {
      var k = key.apply(meter);
      var v = value.applyAsDouble(meter);
      if (k != null && !Double.isNaN(v)) {
        sums.merge(k, v, Double::sum);
      }
    }
    return sums;
  }
}
