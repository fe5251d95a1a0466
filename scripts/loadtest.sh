#!/usr/bin/env bash
# The load-test series of issue 7. For each N: scripts/loadtest-setup.sh N (idempotent: adds the users still
# missing, waits for their first syncs and for drained queues), then the Gatling simulation with N users (ramp,
# then a steady phase, with the "sync now" burst of N/3 users in its middle) while procfs is sampled every 2 s,
# the job queues every 10 s, and both EuraFlow processes' /actuator/prometheus before and after. Each run gets
# loadtest/results/run-<N>-<time>/ (Gatling report, summary.md, plots/); the series gets a summary with a row
# per N (loadtest/results/summary.md, series.tsv) and plots across N (loadtest/results/plots/).
#
#   scripts/loadtest.sh 100 200 500 1000      # N values, ascending (each extends the set-up of the previous)
#   EF_LT_STEADY_SECONDS=600 EF_LT_RAMP_SECONDS=60 scripts/loadtest.sh 100   # ramp: 60 s, N x 0.3 s past 500 users
#   EF_LT_KEEP_RUNNING=1 scripts/loadtest.sh 100   # leave everything up afterwards (else stopped; data kept)
#
# Traffic goes to 127.0.0.1 only; every run is bounded (ramp + steady + at most 2 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-home.sh

[ $# -ge 1 ] || { echo "usage: scripts/loadtest.sh N [N ...]"; exit 1; }
STATE=loadtest/results/state
APP_URL=http://127.0.0.1:18080
WORKER_URL=http://127.0.0.1:18082
PSQL="psql -h 127.0.0.1 -p 15432 -U postgres -d euraflow -qAt"
STEADY=${EF_LT_STEADY_SECONDS:-600}
SERIES=loadtest/results/series-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$SERIES"

# offline when Gatling is already in ~/.m2, else fetch it once from Maven Central
mvn -B -q -ntp -o -pl loadtest test-compile 2>/dev/null || mvn -B -q -ntp -pl loadtest test-compile

sample_procfs() { # out file; every 2 s: time group pid cpu_ticks rss_kb pss_kb (one awk a round: cheap at 100 pids)
  local out=$1 postmaster
  while :; do
    postmaster=$(head -1 "$STATE/pg/postmaster.pid" 2>/dev/null || true)
    {
      for g in api worker sandbox redis; do echo "$g $(cat "$STATE/$g.pid" 2>/dev/null)"; done
      # no match is no error (the script runs with errexit and pipefail)
      if [ -n "$postmaster" ]; then echo "postgres $postmaster"; pgrep -P "$postmaster" | sed 's/^/postgres /' || true; fi
      pgrep -f 'io.gatling.app.Gatling|GatlingCLI|io.gatling.plugin' | sed 's/^/loadgen /' || true
    } | awk -v now="$(date +%s)" '
      NF == 2 { pid = $2; f = "/proc/" pid "/stat"
        if ((getline line < f) <= 0) next; close(f)
        sub(/^.*\) /, "", line); split(line, a, " "); rss = 0; pss = ""
        f = "/proc/" pid "/status"; while ((getline l < f) > 0) if (l ~ /^VmRSS:/) { split(l, b, " "); rss = b[2] }; close(f)
        f = "/proc/" pid "/smaps_rollup"; while ((getline l < f) > 0) if (l ~ /^Pss:/) { split(l, b, " "); pss = b[2] }; close(f)
        print now, $1, pid, a[12] + a[13], rss, (pss == "" ? rss : pss) }' >> "$out"
    sleep 2
  done
}

sample_queues() { # out file; every 10 s: time lane queued_due running
  local out=$1
  while :; do
    $PSQL -F ' ' -c "SELECT extract(epoch FROM now())::bigint, lane,
        count(*) FILTER (WHERE state = 'queued' AND run_at <= now()), count(*) FILTER (WHERE state = 'running')
        FROM jobs.job WHERE state IN ('queued', 'running') GROUP BY lane ORDER BY lane" >> "$out" 2>/dev/null || true
    sleep 10
  done
}

scrape() { # file: both processes' metrics, each sample labelled with its process
  for p in api:$APP_URL worker:$WORKER_URL; do
    curl -sf "${p#*:}/actuator/prometheus" | grep -v '^#' \
      | sed -E "s/^([a-zA-Z_:][a-zA-Z0-9_:]*)\{/\1{process=\"${p%%:*}\",/; s/^([a-zA-Z_:][a-zA-Z0-9_:]*) /\1{process=\"${p%%:*}\"} /"
  done > "$1"
}

for N in "$@"; do
  # every login costs ~100 ms of CPU (BCrypt): past 500 users, sellers arrive over N x 0.3 s, not all in a minute
  RAMP=${EF_LT_RAMP_SECONDS:-$(( N > 500 ? N * 3 / 10 : 60 ))}
  RUN=loadtest/results/run-$N-$(date -u +%Y%m%dT%H%M%SZ)
  mkdir -p "$RUN"
  echo "=== N=$N: set-up"
  scripts/loadtest-setup.sh "$N" | tee "$RUN/setup.log"
  scrape "$RUN/prometheus-before.txt"
  $PSQL -c "SELECT pg_stat_statements_reset()" > /dev/null
  sample_procfs "$RUN/procfs.txt" & PROCFS=$!
  sample_queues "$RUN/queues.txt" & QUEUES=$!
  trap 'kill $PROCFS $QUEUES 2>/dev/null || true' EXIT
  start=$(date +%s)
  echo "=== N=$N: Gatling, ${RAMP}s ramp + ${STEADY}s steady"
  mvn -B -q -ntp -pl loadtest gatling:test -Def.users="$N" -Def.rampSeconds="$RAMP" \
    -Def.steadySeconds="$STEADY" -Def.baseUrl="$APP_URL" -Dgatling.runDescription="N=$N" \
    > "$RUN/gatling.log" 2>&1 || echo "Gatling exited non-zero (see $RUN/gatling.log)"
  end=$(date +%s)
  kill $PROCFS $QUEUES 2>/dev/null || true; wait $PROCFS $QUEUES 2>/dev/null || true
  scrape "$RUN/prometheus-after.txt"
  report=$(ls -td loadtest/results/gatling/*/ 2>/dev/null | head -1)
  [ -n "$report" ] && ln -sfn "$(realpath "$report")" "$RUN/gatling-report"
  scripts/loadtest-summary.sh "$RUN" "$N" "$start" "$end" > "$RUN/summary.md"
  java -cp loadtest/target/test-classes com.euraflow.loadtest.report.RunPlots "$RUN" > /dev/null
  cat "$RUN/summary.md" >> "$SERIES/summary.md"
  [ -s "$SERIES/series.tsv" ] || head -1 "$RUN/series-row.tsv" > "$SERIES/series.tsv"
  tail -1 "$RUN/series-row.tsv" >> "$SERIES/series.tsv"
  java -cp loadtest/target/test-classes com.euraflow.loadtest.report.SeriesPlots "$SERIES/series.tsv" "$SERIES/plots" > /dev/null
  rm -rf loadtest/results/plots; cp -r "$SERIES/plots" loadtest/results/plots
  cp "$SERIES/summary.md" loadtest/results/summary.md; cp "$SERIES/series.tsv" loadtest/results/series.tsv
  echo "=== N=$N: $RUN/summary.md"
done

if [ -z "${EF_LT_KEEP_RUNNING:-}" ]; then scripts/loadtest-setup.sh --stop; fi
echo "series summary: loadtest/results/summary.md, plots in loadtest/results/plots/"
