package com.euraflow.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.util.RawValue;

/** All SQL of the engine. Every statement is set-based; finishing statements are fenced by the lease token. */
final class JobRepository {

  static final String WAKEUP_CHANNEL = "jobs_wakeup";
  static final String EVENT_CHANNEL = "jobs_events";
  static final String CANCEL_CHANNEL = "jobs_cancel";

  /** Events go out only for jobs with a tenant: they feed the owner's progress stream, not internal traffic. */
  private static final String EVENTS = """
      count(pg_notify('jobs_events', json_build_object('id', id, 'name', name, 'tenantId', tenant_id,
          'shopId', shop_id, 'state', state, 'percent', progress_percent,
          'message', left(progress_message, 500))::text)) FILTER (WHERE tenant_id IS NOT NULL)""";

  private static final String JOB_COLUMNS = """
      id, name, lane, state, priority, payload::text AS payload, tenant_id, shop_id, dedup_key, concurrency_key,
      attempts, max_attempts, deferrals, cancel_requested, progress_percent, progress_message, last_error,
      run_at, created_at, started_at, finished_at""";

  record NewJob(JobRequest request, String lane, int maxAttempts, Instant runAt) {}

  record ClaimedJob(
      long id, String name, String lane, String payload, @Nullable Long tenantId, @Nullable Long shopId,
      int attempt, int maxAttempts, int deferrals, long leaseToken, Instant runAt, Instant createdAt) {}

  /**
   * How an unsuccessful run ends: the new state, when to run again (queued only), whether the attempt is given
   * back (a deferral), and the outcome kept in the attempt history.
   */
  record Finish(
      long id, long leaseToken, JobState state, @Nullable Instant runAt, boolean refund, String outcome,
      @Nullable String error, String worker, Instant now) {}

  record DueSchedule(String name, String cron, String jobName, String payload, Instant fireAt) {}

  private final JdbcClient jdbc;
  private final JsonMapper json = JsonMapper.builder().build();

  JobRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * Inserts the jobs in one statement. A job whose dedup key a queued or running job holds is not inserted: that
   * job is returned as its holder, and a queued holder takes the newcomer's run time and priority when those are
   * earlier or higher (a "sync now" click finds the shop's scheduled pull due minutes later and makes it due now).
   * Neither id nor holder: the key's holder is not visible to this statement yet (the same batch, or a concurrent
   * commit); the caller asks again.
   */
  List<Inserted> insert(List<NewJob> jobs, Instant now) {
    var rows = JsonNodeFactory.instance.arrayNode();
    for (var i = 0; i < jobs.size(); i++) {
      var job = jobs.get(i);
      var r = job.request();
      rows.addObject()
          .put("ord", i)
          .put("name", r.name())
          .put("lane", job.lane())
          .put("priority", r.priority())
          .putRawValue("payload", new RawValue(r.payload()))
          .put("tenant_id", r.tenantId())
          .put("shop_id", r.shopId())
          .put("dedup_key", r.dedupKey())
          .put("concurrency_key", r.concurrencyKey())
          .put("run_at", job.runAt().toString())
          .put("max_attempts", job.maxAttempts());
    }
    return jdbc.sql("""
        WITH input AS MATERIALIZED (
            SELECT nextval('jobs.job_id_seq') AS id, t.*
            FROM jsonb_to_recordset(:rows::jsonb) AS t(
                name text, lane text, priority int, payload jsonb, tenant_id bigint, shop_id bigint,
                dedup_key text, concurrency_key text, run_at timestamptz, max_attempts int, ord bigint)),
        ins AS (
            INSERT INTO jobs.job (id, name, lane, priority, state, payload, tenant_id, shop_id, dedup_key,
                                  concurrency_key, run_at, max_attempts, created_at)
            OVERRIDING SYSTEM VALUE
            SELECT id, name, lane, priority, 'queued', payload, tenant_id, shop_id, dedup_key, concurrency_key,
                   run_at, max_attempts, :now
            FROM input ORDER BY ord
            ON CONFLICT (dedup_key) WHERE state IN ('queued', 'running') DO NOTHING
            RETURNING id, lane),
        dup AS (
            SELECT dedup_key, min(run_at) AS run_at, max(priority) AS priority FROM input
            WHERE dedup_key IS NOT NULL AND id NOT IN (SELECT id FROM ins) GROUP BY dedup_key),
        promoted AS (
            UPDATE jobs.job j SET run_at = least(j.run_at, dup.run_at), priority = greatest(j.priority, dup.priority)
            FROM dup
            WHERE j.dedup_key = dup.dedup_key AND j.state = 'queued'
              AND (dup.run_at < j.run_at OR dup.priority > j.priority)
            RETURNING j.id, j.lane, j.dedup_key),
        holder AS (
            SELECT id, dedup_key FROM promoted
            UNION ALL
            SELECT j.id, j.dedup_key FROM jobs.job j JOIN dup ON j.dedup_key = dup.dedup_key
            WHERE j.state IN ('queued', 'running') AND j.id NOT IN (SELECT id FROM promoted)),
        woken AS (SELECT count(pg_notify('jobs_wakeup', lane)) AS n
                  FROM (SELECT lane FROM ins UNION SELECT lane FROM promoted) l)
        SELECT input.ord, ins.id AS inserted, holder.id AS holder, woken.n
        FROM input CROSS JOIN woken
        LEFT JOIN ins ON ins.id = input.id
        LEFT JOIN holder ON ins.id IS NULL AND holder.dedup_key = input.dedup_key
        ORDER BY input.ord
        """)
        .param("rows", json.writeValueAsString(rows))
        .param("now", ts(now))
        .query((rs, n) -> new Inserted(nullableLong(rs, "inserted"), nullableLong(rs, "holder")))
        .list();
  }

  /** What {@link #insert} did with one job: inserted it ({@code id}), or found the {@code holder} of its key. */
  record Inserted(@Nullable Long id, @Nullable Long holder) {}

  /**
   * Claims up to {@code limit} due jobs of a lane in one statement: by priority, skipping rows other claimers hold,
   * and at most one per concurrency key, none whose key is already running.
   */
  List<ClaimedJob> claim(String lane, int limit, String worker, Instant now, Instant leaseUntil) {
    return jdbc.sql("""
        WITH candidates AS (
            SELECT id, concurrency_key, priority, run_at FROM jobs.job j
            WHERE state = 'queued' AND lane = :lane AND run_at <= :now
              AND (concurrency_key IS NULL OR NOT EXISTS (
                  SELECT 1 FROM jobs.job r WHERE r.state = 'running' AND r.concurrency_key = j.concurrency_key))
            ORDER BY priority DESC, run_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED),
        picked AS (
            SELECT id FROM (
                SELECT id, concurrency_key,
                       row_number() OVER (PARTITION BY concurrency_key ORDER BY priority DESC, run_at, id) AS nth
                FROM candidates) c
            WHERE concurrency_key IS NULL OR nth = 1),
        -- ANY(ARRAY(...)) keeps the update on the primary key whatever the planner guesses for picked
        claimed AS (
            UPDATE jobs.job j SET state = 'running', attempts = j.attempts + 1, lease_owner = :worker,
                lease_token = nextval('jobs.lease_token'), lease_until = :until, started_at = :now
            WHERE j.id = ANY (ARRAY(SELECT id FROM picked))
            RETURNING j.id, j.name, j.lane, j.payload, j.tenant_id, j.shop_id, j.attempts, j.max_attempts,
                      j.deferrals, j.lease_token, j.run_at, j.created_at, j.state, j.progress_percent,
                      j.progress_message, j.priority),
        events AS (SELECT %s AS n FROM claimed)
        SELECT claimed.*, payload::text AS payload_text FROM claimed CROSS JOIN events
        ORDER BY priority DESC, run_at, id
        """.formatted(EVENTS))
        .param("lane", lane)
        .param("limit", limit)
        .param("worker", worker)
        .param("now", ts(now))
        .param("until", ts(leaseUntil))
        .query((rs, n) -> new ClaimedJob(
            rs.getLong("id"), rs.getString("name"), rs.getString("lane"), rs.getString("payload_text"),
            nullableLong(rs, "tenant_id"), nullableLong(rs, "shop_id"), rs.getInt("attempts"),
            rs.getInt("max_attempts"), rs.getInt("deferrals"), rs.getLong("lease_token"), instant(rs, "run_at"),
            instant(rs, "created_at")))
        .list();
  }

  record Grant(int granted, double tokensLeft) {}

  /** Takes up to {@code wanted} tokens from the name's bucket (capacity one token, refilled at {@code perSecond}). */
  Grant takeTokens(String name, int wanted, double perSecond, Instant now) {
    return jdbc.sql("""
        INSERT INTO jobs.rate_bucket AS b (name, tokens, refilled_at, granted)
        VALUES (:name, 1 - least(:wanted, 1), :now, least(:wanted, 1))
        ON CONFLICT (name) DO UPDATE SET
            granted = least(:wanted, floor(least(1.0, b.tokens
                + greatest(0, extract(epoch FROM :now - b.refilled_at)) * :rate)))::int,
            tokens = least(1.0, b.tokens + greatest(0, extract(epoch FROM :now - b.refilled_at)) * :rate)
                - least(:wanted, floor(least(1.0, b.tokens
                    + greatest(0, extract(epoch FROM :now - b.refilled_at)) * :rate))),
            refilled_at = greatest(b.refilled_at, :now)
        RETURNING granted, tokens
        """)
        .param("name", name)
        .param("wanted", wanted)
        .param("now", ts(now))
        .param("rate", perSecond)
        .query((rs, n) -> new Grant(rs.getInt("granted"), rs.getDouble("tokens")))
        .single();
  }

  /** Puts claimed jobs back, to run at the given times, giving back the attempt (they were rate limited). */
  void unclaim(Map<Long, Instant> runAtById) {
    var rows = JsonNodeFactory.instance.arrayNode();
    runAtById.forEach((id, at) -> rows.addObject().put("id", id).put("run_at", at.toString()));
    jdbc.sql("""
        WITH back AS (
            UPDATE jobs.job j SET state = 'queued', run_at = t.run_at, attempts = j.attempts - 1,
                lease_owner = NULL, lease_until = NULL, started_at = NULL
            FROM jsonb_to_recordset(:rows::jsonb) AS t(id bigint, run_at timestamptz)
            WHERE j.id = t.id
            RETURNING j.id, j.name, j.tenant_id, j.shop_id, j.state, j.progress_percent, j.progress_message)
        SELECT count(*), %s FROM back
        """.formatted(EVENTS))
        .param("rows", json.writeValueAsString(rows))
        .query((rs, n) -> rs.getLong(1))
        .single();
  }

  /** Ends a run if this worker still holds the lease; false when the lease was taken away meanwhile. */
  boolean finish(Finish f) {
    return jdbc.sql("""
        WITH done AS (
            UPDATE jobs.job SET state = :state, run_at = coalesce(:runAt, run_at),
                attempts = attempts - :refund, deferrals = deferrals + :refund,
                last_error = coalesce(:error, last_error),
                finished_at = CASE WHEN :state IN ('queued', 'running') THEN NULL ELSE :now END,
                lease_owner = NULL, lease_until = NULL
            WHERE id = :id AND lease_token = :token AND state = 'running'
            RETURNING id, name, tenant_id, shop_id, state, attempts, started_at, progress_percent,
                      progress_message),
        logged AS (
            INSERT INTO jobs.attempt (job_id, attempt, outcome, error, worker, started_at, finished_at)
            SELECT id, attempts + :refund, :outcome, :error, :worker, started_at, :now
            FROM done)
        SELECT count(*), %s FROM done
        """.formatted(EVENTS))
        .param("state", f.state().dbValue())
        .param("runAt", f.runAt() == null ? null : ts(f.runAt()))
        .param("refund", f.refund() ? 1 : 0)
        .param("error", f.error())
        .param("outcome", f.outcome())
        .param("worker", f.worker())
        .param("now", ts(f.now()))
        .param("id", f.id())
        .param("token", f.leaseToken())
        .query((rs, n) -> rs.getLong(1))
        .single() > 0;
  }

  /**
   * Marks many runs succeeded in one statement (completions are batched under load); returns the ids recorded,
   * which leaves out runs whose lease was taken away meanwhile.
   */
  Set<Long> succeed(Collection<ClaimedJob> jobs, Instant now) {
    var rows = JsonNodeFactory.instance.arrayNode();
    jobs.forEach(job -> rows.addObject().put("id", job.id()).put("token", job.leaseToken()));
    return Set.copyOf(jdbc.sql("""
        WITH done AS (
            UPDATE jobs.job j SET state = 'succeeded', finished_at = :now, lease_owner = NULL, lease_until = NULL
            FROM jsonb_to_recordset(:rows::jsonb) AS t(id bigint, token bigint)
            WHERE j.id = t.id AND j.lease_token = t.token AND j.state = 'running'
            RETURNING j.id, j.name, j.tenant_id, j.shop_id, j.state, j.progress_percent, j.progress_message),
        events AS (SELECT %s AS n FROM done)
        SELECT id FROM done CROSS JOIN events
        """.formatted(EVENTS))
        .param("rows", json.writeValueAsString(rows))
        .param("now", ts(now))
        .query(Long.class)
        .list());
  }

  /** Extends the leases this worker holds; returns those of its jobs that someone asked to cancel. */
  Set<Long> heartbeat(String worker, Collection<Long> leaseTokens, Instant until) {
    if (leaseTokens.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("""
        UPDATE jobs.job SET lease_until = :until
        WHERE state = 'running' AND lease_owner = :worker AND lease_token IN (:tokens)
        RETURNING id, cancel_requested
        """)
        .param("until", ts(until))
        .param("worker", worker)
        .param("tokens", leaseTokens)
        .query((rs, n) -> rs.getBoolean("cancel_requested") ? rs.getLong("id") : null)
        .list()
        .stream()
        .filter(id -> id != null)
        .toList());
  }

  /**
   * Requeues running jobs whose lease ran out (their worker died or hung): they run again at once, or are dead
   * when no attempt is left. Bumping the token fences the old holder out.
   */
  int reapExpired(Instant now) {
    return jdbc.sql("""
        WITH expired AS (
            SELECT id FROM jobs.job WHERE state = 'running' AND lease_until < :now FOR UPDATE SKIP LOCKED),
        reaped AS (
            UPDATE jobs.job j SET
                state = CASE WHEN j.attempts >= j.max_attempts THEN 'dead' ELSE 'queued' END,
                run_at = :now, lease_owner = NULL, lease_until = NULL,
                lease_token = nextval('jobs.lease_token'),
                last_error = 'lease expired: worker ' || coalesce(j.lease_owner, '?') || ' stopped heartbeating',
                finished_at = CASE WHEN j.attempts >= j.max_attempts THEN :now END
            WHERE j.id = ANY (ARRAY(SELECT id FROM expired))
            RETURNING j.id, j.name, j.lane, j.tenant_id, j.shop_id, j.state, j.attempts, j.started_at,
                      j.last_error, j.progress_percent, j.progress_message),
        logged AS (
            INSERT INTO jobs.attempt (job_id, attempt, outcome, error, started_at, finished_at)
            SELECT id, attempts, 'lease_expired', last_error, started_at, :now FROM reaped),
        woken AS (SELECT count(pg_notify('jobs_wakeup', lane)) FROM (SELECT DISTINCT lane FROM reaped) l)
        SELECT count(*), %s FROM reaped CROSS JOIN woken
        """.formatted(EVENTS))
        .param("now", ts(now))
        .query((rs, n) -> rs.getInt(1))
        .single();
  }

  boolean progress(long id, long leaseToken, int percent, String message) {
    return jdbc.sql("""
        WITH p AS (
            UPDATE jobs.job SET progress_percent = :percent, progress_message = :message
            WHERE id = :id AND lease_token = :token AND state = 'running'
            RETURNING id, name, tenant_id, shop_id, state, progress_percent, progress_message)
        SELECT count(*), %s FROM p
        """.formatted(EVENTS))
        .param("percent", percent)
        .param("message", message)
        .param("id", id)
        .param("token", leaseToken)
        .query((rs, n) -> rs.getLong(1))
        .single() > 0;
  }

  /** Cancels a queued job at once; a running one is asked to stop. Returns the state after, if the job exists. */
  Optional<JobState> cancel(long id, Instant now) {
    return jdbc.sql("""
        WITH c AS (
            UPDATE jobs.job SET
                state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END,
                finished_at = CASE WHEN state = 'queued' THEN :now ELSE finished_at END,
                cancel_requested = true
            WHERE id = :id AND state IN ('queued', 'running')
            RETURNING id, name, tenant_id, shop_id, state, progress_percent, progress_message),
        notified AS (
            SELECT count(pg_notify('jobs_cancel', id::text)) FILTER (WHERE state = 'running'), %s FROM c)
        SELECT c.state FROM c CROSS JOIN notified
        UNION ALL
        SELECT state FROM jobs.job WHERE id = :id AND NOT EXISTS (SELECT 1 FROM c)
        """.formatted(EVENTS))
        .param("id", id)
        .param("now", ts(now))
        .query((rs, n) -> JobState.fromDb(rs.getString("state")))
        .optional();
  }

  /** Gives a dead or failed job a fresh budget of attempts, unless another job now holds its dedup key. */
  boolean retry(long id, int extraAttempts, Instant now) {
    return jdbc.sql("""
        WITH r AS (
            UPDATE jobs.job j SET state = 'queued', run_at = :now, finished_at = NULL, cancel_requested = false,
                max_attempts = j.attempts + :extra, deferrals = 0
            WHERE j.id = :id AND j.state IN ('dead', 'failed')
              AND (j.dedup_key IS NULL OR NOT EXISTS (
                  SELECT 1 FROM jobs.job o WHERE o.dedup_key = j.dedup_key AND o.state IN ('queued', 'running')))
            RETURNING lane)
        SELECT count(pg_notify('jobs_wakeup', lane)) FROM r
        """)
        .param("id", id)
        .param("extra", extraAttempts)
        .param("now", ts(now))
        .query(Long.class)
        .single() > 0;
  }

  Optional<JobView> find(long id) {
    return jdbc.sql("SELECT " + JOB_COLUMNS + " FROM jobs.job WHERE id = :id")
        .param("id", id)
        .query(JobRepository::view)
        .optional();
  }

  List<JobAttempt> attempts(long id) {
    return jdbc.sql("""
        SELECT attempt, outcome, error, worker, started_at, finished_at FROM jobs.attempt
        WHERE job_id = :id ORDER BY finished_at, attempt
        """)
        .param("id", id)
        .query((rs, n) -> new JobAttempt(rs.getInt("attempt"), rs.getString("outcome"), rs.getString("error"),
            rs.getString("worker"), nullableInstant(rs, "started_at"), instant(rs, "finished_at")))
        .list();
  }

  List<JobView> list(JobQuery query) {
    // arrays keep the statement one shape whatever the filter; an empty array means no filter
    return jdbc.sql("SELECT " + JOB_COLUMNS + """
         FROM jobs.job
        WHERE (cardinality(:tenants::bigint[]) = 0 OR tenant_id = ANY(:tenants::bigint[]))
          AND (cardinality(:shops::bigint[]) = 0 OR shop_id = ANY(:shops::bigint[]))
          AND (cardinality(:states::text[]) = 0 OR state = ANY(:states::text[]))
          AND (:before::bigint IS NULL OR id < :before::bigint)
        ORDER BY id DESC
        LIMIT :limit
        """)
        .param("tenants", pgArray(query.tenantIds()))
        .param("shops", pgArray(query.shopIds()))
        .param("states", pgArray(query.states().stream().map(JobState::dbValue).toList()))
        .param("before", query.beforeId())
        .param("limit", query.limit())
        .query(JobRepository::view)
        .list();
  }

  List<LaneStats> stats(Instant now) {
    return jdbc.sql("""
        SELECT lane,
               count(*) FILTER (WHERE state = 'queued' AND run_at <= :now) AS waiting,
               count(*) FILTER (WHERE state = 'queued' AND run_at > :now) AS scheduled,
               count(*) FILTER (WHERE state = 'running') AS running,
               count(*) FILTER (WHERE state = 'dead') AS dead,
               min(run_at) FILTER (WHERE state = 'queued' AND run_at <= :now) AS oldest
        FROM jobs.job WHERE state IN ('queued', 'running', 'dead')
        GROUP BY lane ORDER BY lane
        """)
        .param("now", ts(now))
        .query((rs, n) -> new LaneStats(rs.getString("lane"), rs.getLong("waiting"), rs.getLong("scheduled"),
            rs.getLong("running"), rs.getLong("dead"), nullableInstant(rs, "oldest")))
        .list();
  }

  int deleteFinishedBefore(Instant cutoff) {
    return jdbc.sql("DELETE FROM jobs.job WHERE finished_at < :cutoff")
        .param("cutoff", ts(cutoff))
        .update();
  }

  /** Adds new schedules; an existing one keeps its next slot unless its cron changed. */
  void saveSchedules(List<JobSchedule> schedules, Map<String, Instant> nextFireAt) {
    var rows = JsonNodeFactory.instance.arrayNode();
    for (var s : schedules) {
      rows.addObject()
          .put("name", s.name())
          .put("cron", s.cron())
          .put("job_name", s.jobName())
          .putRawValue("payload", new RawValue(s.payload()))
          .put("next_fire_at", nextFireAt.get(s.name()).toString());
    }
    jdbc.sql("""
        INSERT INTO jobs.schedule AS s (name, cron, job_name, payload, next_fire_at)
        SELECT * FROM jsonb_to_recordset(:rows::jsonb)
            AS t(name text, cron text, job_name text, payload jsonb, next_fire_at timestamptz)
        ON CONFLICT (name) DO UPDATE SET cron = excluded.cron, job_name = excluded.job_name,
            payload = excluded.payload,
            next_fire_at = CASE WHEN s.cron = excluded.cron THEN s.next_fire_at ELSE excluded.next_fire_at END
        """)
        .param("rows", json.writeValueAsString(rows))
        .update();
  }

  /** Locks the due schedules among {@code names}; the caller fires them and advances them in the same transaction. */
  List<DueSchedule> lockDueSchedules(Collection<String> names, Instant now) {
    return jdbc.sql("""
        SELECT name, cron, job_name, payload::text AS payload, next_fire_at FROM jobs.schedule
        WHERE name IN (:names) AND next_fire_at <= :now
        FOR UPDATE SKIP LOCKED
        """)
        .param("names", names)
        .param("now", ts(now))
        .query((rs, n) -> new DueSchedule(rs.getString("name"), rs.getString("cron"), rs.getString("job_name"),
            rs.getString("payload"), instant(rs, "next_fire_at")))
        .list();
  }

  void advanceSchedules(Map<String, Instant> nextFireAt) {
    var rows = JsonNodeFactory.instance.arrayNode();
    nextFireAt.forEach((name, at) -> rows.addObject().put("name", name).put("next_fire_at", at.toString()));
    jdbc.sql("""
        UPDATE jobs.schedule s SET next_fire_at = t.next_fire_at
        FROM jsonb_to_recordset(:rows::jsonb) AS t(name text, next_fire_at timestamptz)
        WHERE s.name = t.name
        """)
        .param("rows", json.writeValueAsString(rows))
        .update();
  }

  private static JobView view(ResultSet rs, int n) throws SQLException {
    var percent = rs.getObject("progress_percent", Integer.class);
    return new JobView(rs.getLong("id"), rs.getString("name"), rs.getString("lane"),
        JobState.fromDb(rs.getString("state")), rs.getInt("priority"), rs.getString("payload"),
        nullableLong(rs, "tenant_id"), nullableLong(rs, "shop_id"), rs.getString("dedup_key"),
        rs.getString("concurrency_key"), rs.getInt("attempts"), rs.getInt("max_attempts"), rs.getInt("deferrals"),
        rs.getBoolean("cancel_requested"), percent, rs.getString("progress_message"), rs.getString("last_error"),
        instant(rs, "run_at"), instant(rs, "created_at"), nullableInstant(rs, "started_at"),
        nullableInstant(rs, "finished_at"));
  }

  private static String pgArray(Collection<?> values) {
    var out = new StringBuilder("{");
    for (var v : values) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(v);
    }
    return out.append('}').toString();
  }

  static OffsetDateTime ts(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
    var value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    var value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}
