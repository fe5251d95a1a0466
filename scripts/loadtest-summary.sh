#!/usr/bin/env bash
# Writes the markdown summary of one load-test run (called by scripts/loadtest.sh; rerunnable on a kept run):
#   scripts/loadtest-summary.sh loadtest/results/run-100-... N START_EPOCH END_EPOCH
# Reads the run's Gatling report (gatling-report/index.html), gatling.log, prometheus-{before,after}.txt and
# procfs.txt (time group pid cpu_ticks rss_kb pss_kb, every 2 s).
set -euo pipefail
RUN=$1 N=$2 START=$3 END=$4
WALL=$(( END - START ))
HZ=$(getconf CLK_TCK)

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

echo "### Job wait (due → started) by lane, during the run (EuraFlow's ef_job_wait_seconds histogram)"
echo
echo "| lane | jobs started | p50 ≤ (s) | p95 ≤ (s) | p99 ≤ (s) | mean (s) |"
echo "|---|---|---|---|---|---|"
prom_delta 'ef_job_wait_seconds_(bucket|count|sum)[{]' | awk '
  { key = $1; val = $2; match(key, /queue="[^"]*"/); q = substr(key, RSTART + 7, RLENGTH - 8)
    if (key ~ /_bucket/) { match(key, /le="[^"]*"/); le = substr(key, RSTART + 4, RLENGTH - 5); b[q, le] = val; les[q] = les[q] " " le }
    else if (key ~ /_count/) c[q] = val; else s[q] = val }
  END { for (q in c) { if (c[q] <= 0) continue
      n = split(les[q], arr, " "); m = 0
      for (i = 1; i <= n; i++) if (arr[i] != "+Inf") sorted[++m] = arr[i] + 0
      asort(sorted); top = "> " sorted[m]; p50 = p95 = p99 = top
      for (i = m; i >= 1; i--) { le = sorted[i]; key = ""
        for (j = 1; j <= n; j++) if (arr[j] != "+Inf" && arr[j] + 0 == le) key = arr[j]
        cum = b[q, key]
        if (cum >= 0.50 * c[q]) p50 = le; if (cum >= 0.95 * c[q]) p95 = le; if (cum >= 0.99 * c[q]) p99 = le }
      printf "| %s | %d | %s | %s | %s | %.3f |\n", q, c[q], p50, p95, p99, s[q] / c[q]; delete sorted } }' | sort
echo
echo "Jobs due and waiting per lane (ef_celery_queue_length) at the start → end of the run:"
echo
echo '```'
for f in before after; do
  grep '^ef_celery_queue_length{' "$RUN/prometheus-$f.txt" | sed 's/^ef_celery_queue_length{queue="\([^"]*\)"} \([0-9]*\).*/\1=\2/' \
    | tr '\n' ' ' | sed "s/^/$f: /"; echo
done
echo '```'
echo
echo "Bucket upper bounds, so each figure is \"at most\"; \"> X\" means beyond the largest bucket (X s)."
echo
echo "### Job duration by job name (ef_celery_task_duration_seconds)"
echo
echo "| lane | job | runs in the run | mean (s) | p95 (s), last ~2 min window | max (s), window |"
echo "|---|---|---|---|---|---|"
prom_delta 'ef_celery_task_duration_seconds_(count|sum)[{]' > "$RUN/.dur"
awk '
  FNR == NR { key = $1; val = $2; lbl = key; sub(/^[^{]*/, "", lbl)
    if (key ~ /_count/) c[lbl] = val; else s[lbl] = val; next }
  /^ef_celery_task_duration_seconds\{.*quantile="0.95"/ { lbl = $1; sub(/^[^{]*/, "", lbl); sub(/,?quantile="0.95"/, "", lbl); q95[lbl] = $NF }
  /^ef_celery_task_duration_seconds_max\{/ { lbl = $1; sub(/^[^{]*/, "", lbl); mx[lbl] = $NF }
  END { for (l in c) { if (c[l] <= 0) continue
      match(l, /queue="[^"]*"/); q = substr(l, RSTART + 7, RLENGTH - 8); match(l, /task="[^"]*"/); t = substr(l, RSTART + 6, RLENGTH - 7)
      printf "| %s | %s | %d | %.3f | %s | %s |\n", q, t, c[l], s[l] / c[l], (l in q95 ? q95[l] : "–"), (l in mx ? mx[l] : "–") } }' \
  "$RUN/.dur" "$RUN/prometheus-after.txt" | sort
rm -f "$RUN/.dur"
echo
echo "Job failures during the run (ef_celery_task_failures_total, by outcome):"
echo
echo '```'
prom_delta 'ef_celery_task_failures_total[{]' | awk '$2 > 0 { print }' | sed 's/^ef_celery_task_failures_total//' | sort
prom_delta 'ef_celery_task_failures_total[{]' | awk '$2 > 0 { f = 1 } END { if (!f) print "none" }'
echo '```'
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
    $2 == "app" || $2 == "postgres" || $2 == "redis" { pss[$1] += $6 }
    END { m = 0; for (t in pss) if (pss[t] > m) m = pss[t]; printf "\nEuraFlow + PostgreSQL + Redis together, peak PSS: %.0f MiB (target: under 4096 MiB).\n", m / 1024 }' "$RUN/procfs.txt"
fi
echo
echo "PostgreSQL is the machine's shared server: its figures include any other client of it during the run."
echo "PSS splits shared pages (PostgreSQL's shared buffers) between processes; RSS counts them once per process."
echo
