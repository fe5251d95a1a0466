#!/usr/bin/env bash
# Writes the markdown summary of one load-test run (called by scripts/loadtest.sh; rerunnable on a kept run while
# the set-up is still up): scripts/loadtest-summary.sh loadtest/results/run-100-... N START_EPOCH END_EPOCH
# Reads the run's Gatling report (gatling-report/), gatling.log, prometheus-{before,after}.txt (both processes,
# each sample labelled process="api"|"worker"), procfs.txt (time group pid cpu_ticks rss_kb pss_kb, every 2 s) and
# queues.txt (time lane queued_due running, every 10 s); job waits and durations come from jobs.job and
# jobs.attempt, postings freshness from the sandbox's arrivals beside ozon.postings.first_seen_at. Also writes
# the run's freshness.txt (arrival_epoch freshness_s|-) and series-row.tsv (one row of the series table).
set -euo pipefail
RUN=$1 N=$2 START=$3 END=$4
WALL=$(( END - START ))
HZ=$(getconf CLK_TCK)
PSQL="psql -h 127.0.0.1 -p 15432 -U postgres -d euraflow -qAt -F |"
SANDBOX_URL=http://127.0.0.1:18081
PROFILE_YML=$(dirname "$0")/../deploy/capacity/${EF_LT_PROFILE:-2c-4g}/euraflow.yml
# the pull period of the profile's orders-pull cron ("0 */3 * * * *" -> 180 s; none: the default 5 minutes)
PERIOD=$(sed -n 's/.*orders-pull-cron: *"0 \*\/\([0-9]*\) .*/\1/p' "$PROFILE_YML" 2>/dev/null | head -1)
PERIOD=$(( ${PERIOD:-5} * 60 ))
iso() { date -u -d "@$1" +%FT%TZ; }
LANES="ef_pull ef_push ef_sync ef_core ef_low"

echo "## N = $N users ($(date -u -d "@$START" +%FT%TZ), ${WALL} s of load)"
echo
echo "Run folder: \`$RUN\` (Gatling HTML report: \`$RUN/gatling-report/index.html\`)."
echo
echo "### API latency by request group (Gatling, client side, ms)"
echo
echo "| request group | requests | KO | % KO | req/s | p50 | p75 | p95 | p99 | max | mean |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
if [ -f "$RUN/gatling-report/index.html" ]; then
  tr -d '\n' < "$RUN/gatling-report/index.html" | grep -o 'ellipsed-name">[^<]*</span>\|<td class="value [a-z]* col-[0-9]*">[^<]*</td>' \
    | sed -e 's/ellipsed-name">\([^<]*\)<\/span>/NAME \1/' -e 's/<td class="value [a-z]* col-\([0-9]*\)">\([^<]*\)<\/td>/VAL \1 \2/' \
    | awk '
        $1 == "NAME" { if (name != "" && n >= 13) print row; name = substr($0, 6); row = "| " name; n = 0; next }
        $1 == "VAL" && name != "" { n++; v[$2] = $3
          if ($2 == 14) { row = "| " name " | " v[2] " | " v[4] " | " v[5] " | " v[6] " | " v[8] " | " v[9] " | " v[10] " | " v[11] " | " v[12] " | " v[13] " |"; print row; name = "" } }'
else
  echo "| (no Gatling report) | | | | | | | | | | |"
fi
echo
echo "Errors (Gatling's list, if any):"
echo
echo '```'
# the console prints the errors seen so far every few seconds: keep the last block
awk '/^---- Errors ----/ { n = 0; on = 1; next } on && /^> / { block[++n] = $0; next } { on = 0 }
     END { for (i = 1; i <= n; i++) print block[i] }' "$RUN/gatling.log" | head -20
grep -q '^---- Errors ----' "$RUN/gatling.log" || echo "none"
echo '```'
echo

# Prometheus text: deltas between the two snapshots
prom_delta() { # metric-regex -> "labels value" lines, after minus before
  awk -v re="$1" '
    FNR == 1 { file++ }
    $0 ~ "^" re { key = $1; val = $NF; if (file == 1) before[key] = val; else after[key] = val }
    END { for (k in after) printf "%s %.6f\n", k, after[k] - before[k] }' "$RUN/prometheus-before.txt" "$RUN/prometheus-after.txt"
}
label() { sed -n "s/.*$1=\"\\([^\"]*\\)\".*/\\1/p" <<< "$2"; }

echo "### Job wait (due → started) by lane, jobs started during the run (jobs.job, exact)"
echo
echo "Wait = \`started_at - run_at\` of the latest attempt: for a scheduled pull, from the moment it was due."
echo
echo "| lane | jobs started | p50 (s) | p95 (s) | p99 (s) | max (s) | mean (s) |"
echo "|---|---|---|---|---|---|---|"
$PSQL -c "SELECT lane, count(*),
    round(percentile_cont(0.5) WITHIN GROUP (ORDER BY w)::numeric, 3), round(percentile_cont(0.95) WITHIN GROUP (ORDER BY w)::numeric, 3),
    round(percentile_cont(0.99) WITHIN GROUP (ORDER BY w)::numeric, 3), round(max(w)::numeric, 3), round(avg(w)::numeric, 3)
  FROM (SELECT lane, greatest(extract(epoch FROM started_at - run_at), 0) AS w FROM jobs.job
        WHERE started_at BETWEEN to_timestamp($START) AND to_timestamp($END)) j GROUP BY lane ORDER BY lane" \
  | awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' | tee "$RUN/.waits"
echo
echo "### Jobs by name, during the run (jobs.job, and jobs.attempt for the attempts that did not succeed)"
echo
echo "Duration = \`finished_at - started_at\` of the last attempt of jobs that ended during the run."
echo
echo "| lane | job | started | wait p95 (s) | ended | duration mean (s) | duration p95 (s) | max (s) | attempts not succeeded |"
echo "|---|---|---|---|---|---|---|---|---|"
$PSQL -c "WITH s AS (SELECT lane, name, count(*) AS started,
      round(percentile_cont(0.95) WITHIN GROUP (ORDER BY greatest(extract(epoch FROM started_at - run_at), 0))::numeric, 3) AS w95
      FROM jobs.job WHERE started_at BETWEEN to_timestamp($START) AND to_timestamp($END) GROUP BY 1, 2),
    e AS (SELECT lane, name, count(*) AS ended, round(avg(d)::numeric, 3) AS mean,
      round(percentile_cont(0.95) WITHIN GROUP (ORDER BY d)::numeric, 3) AS p95, round(max(d)::numeric, 3) AS mx
      FROM (SELECT lane, name, extract(epoch FROM finished_at - started_at) AS d FROM jobs.job
            WHERE finished_at BETWEEN to_timestamp($START) AND to_timestamp($END) AND started_at IS NOT NULL) f GROUP BY 1, 2),
    a AS (SELECT j.lane, j.name, count(*) AS bad FROM jobs.attempt a JOIN jobs.job j ON j.id = a.job_id
      WHERE a.finished_at BETWEEN to_timestamp($START) AND to_timestamp($END) AND a.outcome <> 'succeeded' GROUP BY 1, 2)
  SELECT coalesce(s.lane, e.lane), coalesce(s.name, e.name), coalesce(s.started, 0), coalesce(s.w95::text, '–'),
    coalesce(e.ended, 0), coalesce(e.mean::text, '–'), coalesce(e.p95::text, '–'), coalesce(e.mx::text, '–'), coalesce(a.bad, 0)
  FROM s FULL JOIN e ON e.lane = s.lane AND e.name = s.name
  LEFT JOIN a ON a.lane = coalesce(s.lane, e.lane) AND a.name = coalesce(s.name, e.name) ORDER BY 1, 2" \
  | awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }'
echo
echo "Attempt outcomes other than success during the run (jobs.attempt):"
echo
echo '```'
$PSQL -c "SELECT j.name || ' ' || a.outcome || ': ' || count(*) || coalesce(' (e.g. ' || left(min(a.error), 160) || ')', '')
  FROM jobs.attempt a JOIN jobs.job j ON j.id = a.job_id
  WHERE a.finished_at BETWEEN to_timestamp($START) AND to_timestamp($END) AND a.outcome <> 'succeeded'
  GROUP BY j.name, a.outcome ORDER BY 1" | grep . || echo "none"
echo '```'
echo
echo "Jobs due and waiting per lane (queues.txt, every 10 s): at the start, the largest seen, at the end:"
echo
echo "| lane | start | max | end |"
echo "|---|---|---|---|"
if [ -s "$RUN/queues.txt" ]; then
  awk '{ if (!($2 in first)) first[$2] = $3; last[$2] = $3; if ($3 > mx[$2]) mx[$2] = $3 }
       END { for (l in first) printf "| %s | %d | %d | %d |\n", l, first[l], mx[l], last[l] }' "$RUN/queues.txt" | sort
fi
echo

echo "### Postings freshness (a posting appearing at OZON → stored in EuraFlow)"
echo
# arrivals old enough to have had a whole pull period and a minute more before the end are judged; a posting of
# those not stored by now counts as slower than any stored one
JUDGED_TO=$(( END - PERIOD - 60 ))
curl -sf "$SANDBOX_URL/__sandbox/arrivals?since=$(iso "$START")&to=$(iso "$END")" \
  | jq -r '.[] | [.client_id, .posting_number, .in_process_at] | @tsv' > "$RUN/.arrivals.tsv" || : > "$RUN/.arrivals.tsv"
$PSQL -F ' ' > "$RUN/freshness.txt" <<SQL
CREATE TEMP TABLE arrivals (client_id text, posting_number text, in_process_at timestamptz);
\copy arrivals FROM '$RUN/.arrivals.tsv'
SELECT extract(epoch FROM a.in_process_at)::bigint,
       coalesce(round(extract(epoch FROM p.first_seen_at - a.in_process_at)::numeric, 1)::text, '-')
FROM arrivals a JOIN kernel.shops s ON s.client_id = a.client_id
LEFT JOIN ozon.postings p ON p.shop_id = s.id AND p.posting_number = a.posting_number
ORDER BY 1;
SQL
rm -f "$RUN/.arrivals.tsv"
FRESHNESS=$(awk -v to="$JUDGED_TO" '
  $1 <= to { n++; if ($2 == "-") unseen++; else v[++m] = $2 + 0 }
  END { if (n == 0) { print "- - - 0 0"; exit }
    asort(v); k95 = int(0.95 * n + 0.999); k50 = int(0.5 * n + 0.999)
    p95 = k95 <= m ? v[k95] : "-"; p50 = k50 <= m ? v[k50] : "-"
    printf "%s %s %s %d %d\n", p50, p95, (unseen ? "-" : v[m]), n, unseen }' "$RUN/freshness.txt")
read -r F50 F95 FMAX FN FUNSEEN <<< "$FRESHNESS"
echo "Pull period ${PERIOD} s. Judged: the $FN FBS postings of bound shops that arrived between the start and"
echo "$(( PERIOD + 60 )) s before the end ($(awk '$1 > '"$JUDGED_TO"'' "$RUN/freshness.txt" | wc -l) later arrivals are plotted, not judged)."
echo
echo "| postings judged | not stored by the end | p50 (s) | p95 (s) | max (s) |"
echo "|---|---|---|---|---|"
echo "| $FN | $FUNSEEN | $F50 | $F95 | $FMAX |"
echo
echo "\"-\" where a percentile falls among postings not stored by the end (slower than the run could show)."
echo

echo "### SQL statements per API request, server side (ef_api_request_statements, during the run)"
echo
echo "| route | requests | mean statements | max (window) |"
echo "|---|---|---|---|"
prom_delta 'ef_api_request_statements_(count|sum)[{]' > "$RUN/.st"
awk '
  FNR == NR { key = $1; val = $2; lbl = key; sub(/^[^{]*/, "", lbl)
    if (key ~ /_count/) c[lbl] = val; else s[lbl] = val; next }
  /^ef_api_request_statements_max\{/ { lbl = $1; sub(/^[^{]*/, "", lbl); mx[lbl] = $NF }
  END { for (l in c) { if (c[l] <= 0) continue
      match(l, /method="[^"]*"/); m = substr(l, RSTART + 8, RLENGTH - 9); match(l, /route="[^"]*"/); r = substr(l, RSTART + 7, RLENGTH - 8)
      printf "| %s %s | %d | %.2f | %s |\n", m, r, c[l], s[l] / c[l], (l in mx ? mx[l] : "–") } }' \
  "$RUN/.st" "$RUN/prometheus-after.txt" | sort
rm -f "$RUN/.st"
echo
echo "### PostgreSQL: the statements that took most time during the run (pg_stat_statements)"
echo
echo "| share of time | total (s) | calls | mean (ms) | rows per call | statement |"
echo "|---|---|---|---|---|---|"
$PSQL -F $'\t' -c "WITH s AS (SELECT total_exec_time, calls, rows, query FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'euraflow')),
    t AS (SELECT sum(total_exec_time) AS total FROM s)
  SELECT round((100 * total_exec_time / nullif(t.total, 0))::numeric, 1) || ' %', round((total_exec_time / 1000)::numeric, 1),
    calls, round((total_exec_time / nullif(calls, 0))::numeric, 2), round(rows::numeric / nullif(calls, 0), 1),
    replace(left(regexp_replace(query, '\s+', ' ', 'g'), 140), '|', '\|')
  FROM s, t ORDER BY total_exec_time DESC LIMIT 12" 2>/dev/null \
  | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' || echo "| (pg_stat_statements not loaded) | | | | | |"
echo
echo "### CPU and memory by process group (procfs every 2 s)"
echo
echo "| process group | CPU-seconds | mean cores used | peak RSS sum (MiB) | peak PSS sum (MiB) | processes seen |"
echo "|---|---|---|---|---|---|"
if [ -s "$RUN/procfs.txt" ]; then
  awk -v hz="$HZ" -v wall="$WALL" '
    { t = $1; g = $2; p = $3
      if (!((g, p) in first)) first[g, p] = $4; last[g, p] = $4; pids[g, p] = 1; groups[g] = 1
      rss[g, t] += $5; pss[g, t] += $6; times[t] = 1 }
    END { for (g in groups) { cpu = 0; n = 0
        for (k in pids) { split(k, kk, SUBSEP); if (kk[1] == g) { cpu += last[k] - first[k]; n++ } }
        pr = 0; pp = 0; for (t in times) { if (rss[g, t] > pr) pr = rss[g, t]; if (pss[g, t] > pp) pp = pss[g, t] }
        printf "| %s | %.1f | %.2f | %.0f | %.0f | %d |\n", g, cpu / hz, cpu / hz / wall, pr / 1024, pp / 1024, n } }' \
    "$RUN/procfs.txt" | sort
  awk '
    $2 == "api" || $2 == "worker" || $2 == "postgres" || $2 == "redis" { pss[$1] += $6 }
    END { m = 0; for (t in pss) if (pss[t] > m) m = pss[t]; printf "\nEuraFlow + PostgreSQL + Redis together, peak PSS: %.0f MiB (target: under 4096 MiB).\n", m / 1024 }' "$RUN/procfs.txt"
fi
echo
echo "PSS splits shared pages (PostgreSQL's shared buffers) between processes; RSS counts them once per process."
echo
echo "The sandbox and the load generator run on the same 2 cores but are not part of a deployment."
echo
echo "### Plots"
echo
for f in cpu memory queues freshness; do echo "- [$f]($(basename "$RUN")/plots/$f.svg)"; done
echo

# one row of the series table (scripts/loadtest.sh gathers them; SeriesPlots draws them)
{
  printf 'n\tapi_p50_ms\tapi_p95_ms\tapi_p99_ms\trequests\terrors'
  for l in $LANES; do printf '\tjob_wait_p95_s_%s' "$l"; done
  printf '\tfreshness_p95_s\tpeak_pss_mib\tcpu_cores\n'
  # "All Requests" row of the Gatling report: p50, p95, p99, requests, KO
  all=$(tr -d '\n' < "$RUN/gatling-report/index.html" 2>/dev/null | grep -o 'ellipsed-name">[^<]*</span>\|<td class="value [a-z]* col-[0-9]*">[^<]*</td>' \
    | sed -e 's/ellipsed-name">\([^<]*\)<\/span>/NAME \1/' -e 's/<td class="value [a-z]* col-\([0-9]*\)">\([^<]*\)<\/td>/VAL \1 \2/' \
    | awk '$1 == "NAME" { on = ($2 == "All") ; next } on && $1 == "VAL" { v[$2] = $3 }
           END { if (2 in v) printf "%s\t%s\t%s\t%s\t%s", v[8], v[10], v[11], v[2], v[4] }')
  printf '%s\t%s' "$N" "${all:-$(printf -- '-\t-\t-\t-\t-')}"
  for l in $LANES; do printf '\t%s' "$(awk -F'|' -v l=" $l " '$2 == l { gsub(/ /, "", $5); print $5 }' "$RUN/.waits")"; done
  printf '\t%s' "$F95"
  awk -v hz="$HZ" -v wall="$WALL" '
    $2 == "api" || $2 == "worker" || $2 == "postgres" || $2 == "redis" { pss[$1] += $6
      k = $2 SUBSEP $3; if (!(k in first)) first[k] = $4; last[k] = $4 }
    END { m = 0; for (t in pss) if (pss[t] > m) m = pss[t]; cpu = 0; for (k in first) cpu += last[k] - first[k]
      printf "\t%.0f\t%.2f\n", m / 1024, cpu / hz / wall }' "$RUN/procfs.txt"
} > "$RUN/series-row.tsv"
rm -f "$RUN/.waits"
