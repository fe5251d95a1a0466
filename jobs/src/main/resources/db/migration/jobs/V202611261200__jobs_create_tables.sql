CREATE SCHEMA IF NOT EXISTS jobs;

-- fillfactor leaves room for HOT updates: a job row is updated several times in its life (claim, heartbeat, finish)
CREATE TABLE jobs.job (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name             text        NOT NULL,
    lane             text        NOT NULL,
    priority         int         NOT NULL DEFAULT 0,
    state            text        NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'dead', 'cancelled')),
    payload          jsonb       NOT NULL,
    tenant_id        bigint,
    shop_id          bigint,
    dedup_key        text,
    concurrency_key  text,
    run_at           timestamptz NOT NULL,
    attempts         int         NOT NULL DEFAULT 0,
    max_attempts     int         NOT NULL,
    deferrals        int         NOT NULL DEFAULT 0,
    lease_owner      text,
    lease_token      bigint,
    lease_until      timestamptz,
    cancel_requested boolean     NOT NULL DEFAULT false,
    progress_percent int,
    progress_message text,
    last_error       text,
    created_at       timestamptz NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz
) WITH (fillfactor = 50);

CREATE INDEX job_claim ON jobs.job (lane, priority DESC, run_at, id) WHERE state = 'queued';
CREATE INDEX job_running ON jobs.job (lease_until) WHERE state = 'running';
CREATE UNIQUE INDEX job_dedup ON jobs.job (dedup_key) WHERE state IN ('queued', 'running');
-- the backstop for per-key mutual exclusion: two claimers racing on one key make one of them fail and retry
CREATE UNIQUE INDEX job_one_running_per_key ON jobs.job (concurrency_key) WHERE state = 'running';
CREATE INDEX job_tenant ON jobs.job (tenant_id, id DESC);
CREATE INDEX job_shop ON jobs.job (shop_id, id DESC);
CREATE INDEX job_finished ON jobs.job (finished_at) WHERE finished_at IS NOT NULL;

-- failed, deferred and expired attempts; a successful attempt is the job row itself
CREATE TABLE jobs.attempt (
    job_id      bigint      NOT NULL REFERENCES jobs.job (id) ON DELETE CASCADE,
    attempt     int         NOT NULL,
    outcome     text        NOT NULL,
    error       text,
    worker      text,
    started_at  timestamptz,
    finished_at timestamptz NOT NULL
);
CREATE INDEX attempt_job ON jobs.attempt (job_id);

CREATE SEQUENCE jobs.lease_token;

-- one token bucket per job name, shared by every process
CREATE TABLE jobs.rate_bucket (
    name        text             PRIMARY KEY,
    tokens      double precision NOT NULL,
    refilled_at timestamptz      NOT NULL,
    granted     int              NOT NULL DEFAULT 0
);

CREATE TABLE jobs.schedule (
    name         text        PRIMARY KEY,
    cron         text        NOT NULL,
    job_name     text        NOT NULL,
    payload      jsonb       NOT NULL,
    next_fire_at timestamptz NOT NULL
);
