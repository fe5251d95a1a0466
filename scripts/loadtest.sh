#!/usr/bin/env bash
# The load-test series of issue 7. For each N: scripts/loadtest-setup.sh N (idempotent: adds the users still
# missing and waits for their first syncs), then the Gatling simulation with N users (ramp, then a steady
# phase, with the "sync now" burst of N/3 users in its middle) while procfs is sampled every 2 s and
# /actuator/prometheus is read before and after. Results per N go to loadtest/results/run-<N>-<time>/ and a
# summary of the whole series to loadtest/results/summary.md.
#
#   scripts/loadtest.sh 100 200            # N values, ascending (each extends the set-up of the previous)
#   EF_LT_STEADY_SECONDS=240 EF_LT_RAMP_SECONDS=60 scripts/loadtest.sh 100
#   EF_LT_KEEP_RUNNING=1 scripts/loadtest.sh 100   # leave app and sandbox up afterwards (else they are stopped)
#
# Traffic goes to 127.0.0.1 only; every run is bounded (ramp + steady + at most 2 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-home.sh

[ $# -ge 1 ] || { echo "usage: scripts/loadtest.sh N [N ...]"; exit 1; }
STATE=loadtest/results/state
APP_URL=http://127.0.0.1:${EF_LT_APP_PORT:-18080}
RAMP=${EF_LT_RAMP_SECONDS:-60}
STEADY=${EF_LT_STEADY_SECONDS:-240}
SERIES=loadtest/results/series-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$SERIES"

# offline when Gatling is already in ~/.m2, else fetch it once from Maven Central
mvn -B -q -ntp -o -pl loadtest test-compile 2>/dev/null || mvn -B -q -ntp -pl loadtest test-compile

sample() { # out file; every 2 s: time group pid cpu_ticks rss_kb pss_kb
  local out=$1
  while :; do
    local now; now=$(date +%s)
    for entry in "app:$(cat "$STATE/app.pid" 2>/dev/null)" "sandbox:$(cat "$STATE/sandbox.pid" 2>/dev/null)" \
      $(for p in $(pgrep -u postgres 2>/dev/null); do echo "postgres:$p"; done) \
      $(for p in $(pgrep -x redis-server 2>/dev/null); do echo "redis:$p"; done) \
      $(for p in $(pgrep -f 'io.gatling.app.Gatling|GatlingCLI|io.gatling.plugin' 2>/dev/null); do echo "loadgen:$p"; done); do
      local group=${entry%%:*} pid=${entry#*:}
      [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || continue
      local ticks rss pss
      ticks=$(awk '{sub(/^.*\) /, ""); print $12 + $13}' "/proc/$pid/stat" 2>/dev/null) || continue
      rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null) || continue
      pss=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null) || pss=$rss
      echo "$now $group $pid ${ticks:-0} ${rss:-0} ${pss:-$rss}"
    done >> "$out"
    sleep 2
  done
}

for N in "$@"; do
  RUN=loadtest/results/run-$N-$(date -u +%Y%m%dT%H%M%SZ)
  mkdir -p "$RUN"
  echo "=== N=$N: set-up"
  scripts/loadtest-setup.sh "$N" | tee "$RUN/setup.log"
  curl -sf "$APP_URL/actuator/prometheus" > "$RUN/prometheus-before.txt"
  sample "$RUN/procfs.txt" & SAMPLER=$!
  trap 'kill $SAMPLER 2>/dev/null || true' EXIT
  start=$(date +%s)
  echo "=== N=$N: Gatling, ${RAMP}s ramp + ${STEADY}s steady"
  mvn -B -q -ntp -o -pl loadtest gatling:test -Def.users="$N" -Def.rampSeconds="$RAMP" \
    -Def.steadySeconds="$STEADY" -Def.baseUrl="$APP_URL" -Dgatling.runDescription="N=$N" \
    > "$RUN/gatling.log" 2>&1 || echo "Gatling exited non-zero (see $RUN/gatling.log)"
  end=$(date +%s)
  kill $SAMPLER 2>/dev/null || true; wait $SAMPLER 2>/dev/null || true
  curl -sf "$APP_URL/actuator/prometheus" > "$RUN/prometheus-after.txt"
  report=$(ls -td loadtest/results/gatling/*/ 2>/dev/null | head -1)
  [ -n "$report" ] && ln -sfn "$(realpath "$report")" "$RUN/gatling-report"
  scripts/loadtest-summary.sh "$RUN" "$N" "$start" "$end" > "$RUN/summary.md"
  cat "$RUN/summary.md" >> "$SERIES/summary.md"
  cp "$SERIES/summary.md" loadtest/results/summary.md
  echo "=== N=$N: $RUN/summary.md"
done

if [ -z "${EF_LT_KEEP_RUNNING:-}" ]; then scripts/loadtest-setup.sh --stop; fi
echo "series summary: loadtest/results/summary.md"
