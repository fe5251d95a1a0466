#!/usr/bin/env bash
# Set-up step of the load test (issue 7): brings up, on this machine only (127.0.0.1), the seed plan's single-server
# layout with the tuned configuration of deploy/capacity/<profile>/ (EF_LT_PROFILE, default 2c-4g):
#   - a PostgreSQL cluster of its own (initdb into loadtest/results/state/pg, port 15432, that profile's
#     postgresql.conf), so its memory, CPU and settings are the load test's alone;
#   - a Redis of its own (port 16379, that profile's redis.conf);
#   - a standalone OZON sandbox with 3 shops per user (210 products, of which OZON lists ~204 as not archived,
#     and 1000 FBS postings in 30 days plus FBO ones each), OZON calls slowed
#     to a realistic spread (median about 150 ms, tail to 1 s, 1 % 429s) through its control API;
#   - EuraFlow from the app jar as in production (EF_ENV=production, generated secrets), as two processes: the
#     API (EF_ROLE=api, port 18080) and the worker (EF_ROLE=worker, port 18082, health and metrics only), each
#     with the profile's euraflow-{api,worker}.env (JVM flags, pool) and euraflow.yml (lanes, pull period);
# then creates main accounts lt-user-0001..N through the admin API, binds 2 or 3 sandbox shops to each
# (odd users 3, even users 2), waits until every shop's first orders sync has succeeded and the pull and sync
# queues are drained, so a run starts in the steady state.
#
#   scripts/loadtest-setup.sh N          # idempotent: starts what is not running, adds the users still missing
#   scripts/loadtest-setup.sh --stop     # stops everything it started (the data is kept for the next N)
#   scripts/loadtest-setup.sh --reset    # stops everything and deletes the state (database included)
#
# State (ports, secrets, pids, logs, the database cluster) lives in loadtest/results/state/. Settings:
#   EF_LT_PROFILE (2c-4g)   EF_LT_MAX_USERS (1000: sandbox shops = 3 x this)   EF_LT_SYNC_WAIT_SECONDS (3600)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-home.sh

STATE=loadtest/results/state
mkdir -p "$STATE"
PROFILE=${EF_LT_PROFILE:-2c-4g}
CONF=$(realpath "deploy/capacity/$PROFILE")
[ -d "$CONF" ] || { echo "no profile $CONF"; exit 1; }
APP_PORT=18080
WORKER_PORT=18082
SANDBOX_PORT=18081
PG_PORT=15432
REDIS_PORT=16379
PGDATA=$(realpath -m "$STATE/pg")
MAX_USERS=${EF_LT_MAX_USERS:-1000}
SYNC_WAIT=${EF_LT_SYNC_WAIT_SECONDS:-3600}
APP_URL=http://127.0.0.1:$APP_PORT
WORKER_URL=http://127.0.0.1:$WORKER_PORT
SANDBOX_URL=http://127.0.0.1:$SANDBOX_PORT
APP_JAR=app/target/euraflow-app-0.1.0-SNAPSHOT.jar
SANDBOX_JAR=sandbox/target/euraflow-sandbox-0.1.0-SNAPSHOT.jar
USER_PASSWORD=loadtest-password
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PSQL="psql -h 127.0.0.1 -p $PG_PORT -U postgres -d euraflow -v ON_ERROR_STOP=1 -qAt"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_all() {
  # the app first (its graceful shutdown waits for running jobs, which need the sandbox), each for at most 30 s
  for p in "$STATE/api.pid" "$STATE/worker.pid" "$STATE/sandbox.pid"; do
    if alive "$p"; then
      pid=$(cat "$p"); kill "$pid"
      for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      echo "stopped $(basename "$p" .pid) ($pid)"
    fi
    rm -f "$p"
  done
  if alive "$STATE/redis.pid"; then redis-cli -p $REDIS_PORT shutdown nosave >/dev/null 2>&1 || true; echo "stopped redis"; fi
  if [ -f "$PGDATA/postmaster.pid" ]; then as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null; echo "stopped postgresql"; fi
}
case "${1:-}" in
  --stop) stop_all; exit 0 ;;
  --reset) stop_all; rm -rf "$STATE"; echo "deleted $STATE"; exit 0 ;;
esac
N=${1:?usage: scripts/loadtest-setup.sh N | --stop}

if [ ! -f "$STATE/state.env" ]; then
  {
    echo "EF_LT_MASTER_KEY='k1:$(openssl rand -base64 32)'"
    echo "EF_LT_TOKEN_SECRET='$(openssl rand -base64 48 | tr -d '\n')'"
    echo "EF_LT_ADMIN_PASSWORD='$(openssl rand -hex 16)'"
  } > "$STATE/state.env"
  chmod 600 "$STATE/state.env"
fi
. "$STATE/state.env"

[ -f "$APP_JAR" ] && [ -f "$SANDBOX_JAR" ] || mvn -B -q -ntp install -DskipTests

# --- PostgreSQL: a cluster of our own with the profile's postgresql.conf
if [ ! -f "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA"; [ "$(id -u)" = 0 ] && chown postgres: "$PGDATA"
  as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
  echo "include '$CONF/postgresql.conf'" >> "$PGDATA/postgresql.conf"
  echo "initialised PostgreSQL in $PGDATA with $CONF/postgresql.conf"
fi
if ! as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -o "-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1" -l "$PGDATA/server.log" -w start >/dev/null
  echo "PostgreSQL up on 127.0.0.1:$PG_PORT"
fi
psql -h 127.0.0.1 -p $PG_PORT -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'euraflow'" | grep -q 1 \
  || psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc "CREATE DATABASE euraflow"
psql -h 127.0.0.1 -p $PG_PORT -U postgres -d euraflow -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"

# --- Redis of our own
if ! alive "$STATE/redis.pid"; then
  redis-server "$CONF/redis.conf" --port $REDIS_PORT --daemonize yes --pidfile "$(realpath -m "$STATE/redis.pid")" \
    --dir "$(realpath "$STATE")" --logfile "$(realpath -m "$STATE/redis.log")"
  for _ in $(seq 20); do redis-cli -p $REDIS_PORT ping >/dev/null 2>&1 && break; sleep 0.5; done
  echo "Redis up on 127.0.0.1:$REDIS_PORT"
fi

# --- sandbox
if ! alive "$STATE/sandbox.pid"; then
  # each generated shop world keeps ~0.45 MB (its catalogue, arrival times, written postings): 3 shops a user
  nohup java -Xmx$(( 512 + 2 * MAX_USERS ))m -jar "$SANDBOX_JAR" --port "$SANDBOX_PORT" --shops $((3 * MAX_USERS)) --products 210 \
    --postings 1000 --seed 42 > "$STATE/sandbox.log" 2>&1 &
  echo $! > "$STATE/sandbox.pid"
  for _ in $(seq 60); do curl -sf "$SANDBOX_URL/__sandbox/clock" >/dev/null && break; sleep 1; done
  curl -sf "$SANDBOX_URL/__sandbox/clock" >/dev/null || { echo "sandbox did not start: $STATE/sandbox.log"; exit 1; }
  curl -sf "$SANDBOX_URL/__sandbox/shops" > "$STATE/sandbox-shops.json"
  echo "sandbox up on $SANDBOX_URL ($((3 * MAX_USERS)) shops)"
fi

# Latency: the control API draws uniformly between min and max per call, per shop; mixing three profiles over
# the shops gives a median near 150 ms and a tail to 1 s: 8 in 10 shops 60–240 ms, 1 in 10 100–600 ms,
# 1 in 10 150–1000 ms; every shop answers 1 % of calls with 429 (code 8).
faults_for() {
  case $(( $1 % 10 )) in
    8) echo '{"latency_min_ms":100,"latency_max_ms":600,"too_many_requests_rate":0.01}' ;;
    9) echo '{"latency_min_ms":150,"latency_max_ms":1000,"too_many_requests_rate":0.01}' ;;
    *) echo '{"latency_min_ms":60,"latency_max_ms":240,"too_many_requests_rate":0.01}' ;;
  esac
}
curl -sf -X PUT "$SANDBOX_URL/__sandbox/faults" -H 'Content-Type: application/json' -d "$(faults_for 0)" >/dev/null
for index in $(seq 0 $((3 * N - 1))); do
  curl -sf -X PUT "$SANDBOX_URL/__sandbox/shops/$((100001 + index))/faults" -H 'Content-Type: application/json' \
    -d "$(faults_for "$index")" >/dev/null
done

# --- EuraFlow, production mode: the API and the worker, each with its env file
start_app() { # role port
  local role=$1 port=$2
  alive "$STATE/$role.pid" && return 0
  (
    set -a; . "$CONF/euraflow-$role.env"; set +a
    EF_ENV=production EF_PORT=$port \
    EF_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/euraflow" EF_DB_USERNAME=postgres EF_DB_PASSWORD= \
    EF_REDIS_URL=redis://127.0.0.1:$REDIS_PORT \
    EF_MASTER_KEY="$EF_LT_MASTER_KEY" EF_TOKEN_SECRET="$EF_LT_TOKEN_SECRET" \
    EF_BOOTSTRAP_ADMIN_USERNAME=lt-admin EF_BOOTSTRAP_ADMIN_PASSWORD="$EF_LT_ADMIN_PASSWORD" \
    EF_OZON_BASE_URL="$SANDBOX_URL" EF_SANDBOX=off \
    EF_LOGIN_ATTEMPTS_PER_IP_PER_MINUTE=1000000 EF_LOGIN_ATTEMPTS_PER_MINUTE=1000 \
    exec nohup java $JAVA_OPTS -jar "$APP_JAR" --spring.config.additional-location="file:$CONF/euraflow.yml"
  ) > "$STATE/$role.log" 2>&1 &
  echo $! > "$STATE/$role.pid"
  for _ in $(seq 180); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 1; done
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null || { echo "EuraFlow $role did not become ready: $STATE/$role.log"; exit 1; }
  echo "EuraFlow $role up on port $port"
}
start_app worker $WORKER_PORT
start_app api $APP_PORT

login() {
  curl -sf -X POST "$APP_URL/api/ef/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | jq -r .accessToken
}
ADMIN_TOKEN=$(login lt-admin "$EF_LT_ADMIN_PASSWORD")

# --- accounts and shops (8 at a time; binding probes the shop at the sandbox)
setup_user() {
  local i=$1 name token shops
  name=$(printf 'lt-user-%04d' "$i")
  curl -s -o /dev/null -X POST "$APP_URL/api/ef/v1/auth/users" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' \
    -d "{\"username\":\"$name\",\"password\":\"$USER_PASSWORD\",\"role\":\"main_account\"}"
  token=$(login "$name" "$USER_PASSWORD")
  shops=$(( i % 2 == 1 ? 3 : 2 ))
  for j in $(seq 0 $((shops - 1))); do
    local index=$(( 3 * (i - 1) + j ))
    local entry
    entry=$(jq -c ".[] | select(.index == $index)" "$STATE/sandbox-shops.json" 2>/dev/null || true)
    [ -n "$entry" ] || entry=$(jq -c ".[$index]" "$STATE/sandbox-shops.json")
    curl -sf -o /dev/null -X POST "$APP_URL/api/ef/v1/ozon/shops" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' \
      -d "$(jq -c '{displayName: ("LT " + .name)[0:60], clientId: (.client_id|tostring), apiKey: .api_key}' <<< "$entry")" \
      || echo "bind failed: $name shop index $index" >&2
  done
}
export -f setup_user login
export APP_URL ADMIN_TOKEN USER_PASSWORD STATE
# users 1..N hold 3 shops when odd and 2 when even; when all are bound already, the set-up only checks the syncs
wanted_shops=$(( 3 * ((N + 1) / 2) + 2 * (N / 2) ))
bound_shops=$($PSQL -c "SELECT count(*) FROM kernel.shops s JOIN kernel.accounts a ON a.id = s.owner_id
  WHERE a.username LIKE 'lt-user-%' AND substring(a.username FROM 9)::int <= $N" 2>/dev/null || echo 0)
if [ "$bound_shops" -lt "$wanted_shops" ]; then
  seq 1 "$N" | xargs -P 8 -I{} bash -c 'setup_user {}'
fi

# --- first syncs, then drained queues
shop_count=$(curl -sf "$APP_URL/api/ef/v1/ozon/shops" -H "Authorization: Bearer $ADMIN_TOKEN" | jq length)
[ "$shop_count" -gt 0 ] || { echo "no shop bound" >&2; exit 1; }
echo "$shop_count shops bound; waiting up to ${SYNC_WAIT}s for every shop's first orders sync and drained queues"
deadline=$(( $(date +%s) + SYNC_WAIT ))
while :; do
  synced=$($PSQL -c "SELECT count(DISTINCT shop_id) FROM ozon.sync_checkpoints WHERE kind = 'orders_fbs' AND last_success_at IS NOT NULL")
  due=$($PSQL -c "SELECT count(*) FROM jobs.job WHERE state = 'queued' AND run_at <= now() AND lane IN ('ef_pull', 'ef_sync')")
  echo "  $(date -u +%T) orders synced: $synced/$shop_count, pull and sync jobs due: $due"
  if [ "$synced" -ge "$shop_count" ] && [ "$due" -le 5 ]; then break; fi
  if [ "$(date +%s)" -ge "$deadline" ]; then echo "first syncs not all done within ${SYNC_WAIT}s" >&2; exit 2; fi
  sleep 15
done
echo "ready: $N users, $shop_count shops, API $APP_URL, worker $WORKER_URL, sandbox $SANDBOX_URL, PostgreSQL 127.0.0.1:$PG_PORT"
