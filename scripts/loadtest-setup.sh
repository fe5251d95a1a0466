#!/usr/bin/env bash
# Set-up step of the load test (issue 7): brings up, on this machine only (127.0.0.1),
#   - a fresh PostgreSQL database on the local server (127.0.0.1:5432, user postgres, trust auth), unique name;
#   - a standalone OZON sandbox with 3 shops per user (200 products, 1000 postings each), OZON calls slowed
#     to a realistic spread (median about 150 ms, tail to 1 s, 1 % 429s) through its control API;
#   - EuraFlow from the app jar as in production (EF_ENV=production, generated secrets, external PostgreSQL
#     and Redis, EF_SANDBOX=off, login throttle per IP raised for the load generator);
# then creates main accounts lt-user-0001..N through the admin API, binds 2 or 3 sandbox shops to each
# (odd users 3, even users 2) and waits until every shop's first orders and products syncs have succeeded.
#
#   scripts/loadtest-setup.sh N          # idempotent: starts what is not running, adds the users still missing
#   scripts/loadtest-setup.sh --stop     # stops the app and sandbox it started (the database is kept)
#
# State (ports, secrets, database name, pids, logs) lives in loadtest/results/state/. Settings:
#   EF_LT_APP_PORT (18080)  EF_LT_SANDBOX_PORT (18081)  EF_LT_MAX_USERS (1000: sandbox shops = 3 × this)
#   EF_LT_APP_HEAP (1g)     EF_LT_SYNC_WAIT_SECONDS (900)  EF_LT_WAIT_PRODUCTS (unset: orders syncs only)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-home.sh

STATE=loadtest/results/state
mkdir -p "$STATE"
APP_PORT=${EF_LT_APP_PORT:-18080}
SANDBOX_PORT=${EF_LT_SANDBOX_PORT:-18081}
MAX_USERS=${EF_LT_MAX_USERS:-1000}
APP_HEAP=${EF_LT_APP_HEAP:-1g}
SYNC_WAIT=${EF_LT_SYNC_WAIT_SECONDS:-900}
# Products syncs are not waited for by default: on 2026-11-26 the job engine's rate bucket (capacity 1 token)
# started them far slower than shops were bound (docs/capacity.md); EF_LT_WAIT_PRODUCTS=1 waits for them too.
WAIT_PRODUCTS=${EF_LT_WAIT_PRODUCTS:-}
APP_URL=http://127.0.0.1:$APP_PORT
SANDBOX_URL=http://127.0.0.1:$SANDBOX_PORT
APP_JAR=app/target/euraflow-app-0.1.0-SNAPSHOT.jar
SANDBOX_JAR=sandbox/target/euraflow-sandbox-0.1.0-SNAPSHOT.jar
USER_PASSWORD=loadtest-password

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

if [ "${1:-}" = "--stop" ]; then
  # the app first (its graceful shutdown waits for running jobs, which need the sandbox), each for at most 30 s
  for p in "$STATE/app.pid" "$STATE/sandbox.pid"; do
    if alive "$p"; then
      pid=$(cat "$p"); kill "$pid"
      for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      echo "stopped $(basename "$p" .pid) ($pid)"
    fi
    rm -f "$p"
  done
  exit 0
fi
N=${1:?usage: scripts/loadtest-setup.sh N | --stop}

if [ ! -f "$STATE/state.env" ]; then
  {
    echo "EF_LT_DB=ef_loadtest_$(date -u +%Y%m%d%H%M%S)_$$"
    echo "EF_LT_MASTER_KEY='k1:$(openssl rand -base64 32)'"
    echo "EF_LT_TOKEN_SECRET='$(openssl rand -base64 48 | tr -d '\n')'"
    echo "EF_LT_ADMIN_PASSWORD='$(openssl rand -hex 16)'"
  } > "$STATE/state.env"
  chmod 600 "$STATE/state.env"
fi
. "$STATE/state.env"

[ -f "$APP_JAR" ] && [ -f "$SANDBOX_JAR" ] || mvn -B -q -ntp install -DskipTests

# --- PostgreSQL: a database of our own on the local server
if ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$EF_LT_DB'" | grep -q 1; then
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $EF_LT_DB"
  echo "created database $EF_LT_DB"
fi
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null

# --- sandbox
if ! alive "$STATE/sandbox.pid"; then
  nohup java -Xmx768m -jar "$SANDBOX_JAR" --port "$SANDBOX_PORT" --shops $((3 * MAX_USERS)) --products 200 \
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

# --- EuraFlow, production mode
if ! alive "$STATE/app.pid"; then
  EF_ENV=production EF_PORT=$APP_PORT EF_ROLE=all \
  EF_DB_URL="jdbc:postgresql://127.0.0.1:5432/$EF_LT_DB" EF_DB_USERNAME=postgres EF_DB_PASSWORD= \
  EF_REDIS_URL=redis://127.0.0.1:6379 \
  EF_MASTER_KEY="$EF_LT_MASTER_KEY" EF_TOKEN_SECRET="$EF_LT_TOKEN_SECRET" \
  EF_BOOTSTRAP_ADMIN_USERNAME=lt-admin EF_BOOTSTRAP_ADMIN_PASSWORD="$EF_LT_ADMIN_PASSWORD" \
  EF_OZON_BASE_URL="$SANDBOX_URL" EF_SANDBOX=off \
  EF_LOGIN_ATTEMPTS_PER_IP_PER_MINUTE=1000000 EF_LOGIN_ATTEMPTS_PER_MINUTE=1000 \
  nohup java -Xms"$APP_HEAP" -Xmx"$APP_HEAP" -XX:+UseG1GC -jar "$APP_JAR" > "$STATE/app.log" 2>&1 &
  echo $! > "$STATE/app.pid"
  for _ in $(seq 180); do curl -sf "$APP_URL/readyz" >/dev/null && break; sleep 1; done
  curl -sf "$APP_URL/readyz" >/dev/null || { echo "EuraFlow did not become ready: $STATE/app.log"; exit 1; }
  echo "EuraFlow up on $APP_URL (database $EF_LT_DB)"
fi

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
seq 1 "$N" | xargs -P 8 -I{} bash -c 'setup_user {}'

# --- first syncs
shop_count=$(curl -sf "$APP_URL/api/ef/v1/ozon/shops" -H "Authorization: Bearer $ADMIN_TOKEN" | jq length)
[ "$shop_count" -gt 0 ] || { echo "no shop bound" >&2; exit 1; }
echo "$shop_count shops bound; waiting up to ${SYNC_WAIT}s for every shop's first orders sync${WAIT_PRODUCTS:+ and products sync}"
deadline=$(( $(date +%s) + SYNC_WAIT ))
while :; do
  status=$(curl -sf "$APP_URL/api/ef/v1/ozon/sync-status" -H "Authorization: Bearer $ADMIN_TOKEN" || echo '[]')
  done_orders=$(jq '[.[] | select((.kind|ascii_downcase|test("order")) and .lastSuccessAt != null) | .shopId] | unique | length' <<< "$status")
  done_products=$(jq '[.[] | select((.kind|ascii_downcase|test("product")) and .lastSuccessAt != null) | .shopId] | unique | length' <<< "$status")
  echo "  $(date -u +%T) orders synced: $done_orders/$shop_count, products synced: $done_products/$shop_count"
  if [ "$done_orders" -ge "$shop_count" ] && { [ "$done_products" -ge "$shop_count" ] || [ -z "$WAIT_PRODUCTS" ]; }; then break; fi
  if [ "$(date +%s)" -ge "$deadline" ]; then echo "first syncs not all done within ${SYNC_WAIT}s" >&2; exit 2; fi
  sleep 10
done
echo "ready: $N users, $shop_count shops, app $APP_URL, sandbox $SANDBOX_URL, database $EF_LT_DB"
