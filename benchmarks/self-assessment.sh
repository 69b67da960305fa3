#!/usr/bin/env bash
# The self-assessment's peer comparison and regional aggregates among many stored assessments, on SQLite and PostgreSQL.
#
#   benchmarks/self-assessment.sh [ASSESSMENTS]      default: 100000
#
# For each engine: a fresh database, `solmu synthetic-self-assessments` (ASSESSMENTS platforms in municipalities all over
# Finland, each with a completed assessment of 42 answers and 8 dimension scores), one more assessment completed
# through the assessment desk, a release `solmu serve`, then for each case one request's time, cold and warm (curl),
# and wrk (4 connections, DURATION seconds, default 10):
#   result-api      – that assessment's result with its peers' quartiles (GET /api/v1/self-assessment/assessments/TOKEN/result)
#   result-page     – the same result as its page: radar chart, table, advice (GET /fi/self-assessment/a/TOKEN/result)
#   aggregates-api  – Pirkanmaa's aggregates as an admin sees them (GET /api/v1/self-assessment/aggregates?region=06)
#   aggregates-page – the same as the coordinators' page (GET /fi/self-assessment/aggregates?group=region:06)
# Prints the figures and saves them under bench-results/ (benchmarks/lib.sh: what they need).
. "$(dirname "$0")/lib.sh" self-assessment
assessments=${1:-100000}
duration=${DURATION:-10}
port=8096

printf "%-10s %-16s %10s %10s %10s %10s\n" engine case "first ms" "warm ms" "req/s" "p99" | tee "$results"
for engine in $ENGINES; do
  use_engine "$engine" solmu_bench_self_assessment
  "$solmu" synthetic-self-assessments --count "$assessments" > "$work/fill.log"
  token=$(awk '/^token / {print $2}' "$work/fill.log")
  admin=$(awk '/^admin / {print $2}' "$work/fill.log")
  echo "# $engine: $(grep '^Added' "$work/fill.log")" | tee -a "$results"
  serve "$port"
  declare -A paths=(
    [result-api]="/api/v1/self-assessment/assessments/$token/result"
    [result-page]="/fi/self-assessment/a/$token/result"
    [aggregates-api]="/api/v1/self-assessment/aggregates?region=06"
    [aggregates-page]="/fi/self-assessment/aggregates?group=region:06"
  )
  peers=$(curl -s "http://127.0.0.1:$port${paths[result-api]}" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["peerCount"], r["peersShown"])')
  platforms=$(curl -s -H "Authorization: Bearer $admin" "http://127.0.0.1:$port${paths[aggregates-api]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["platforms"])')
  echo "# $engine: the result has $peers (peers, shown); Pirkanmaa has $platforms platforms" | tee -a "$results"
  for case in result-api result-page aggregates-api aggregates-page; do
    url="http://127.0.0.1:$port${paths[$case]}"
    first=$(curl -s -o /dev/null -H "Authorization: Bearer $admin" -w "%{http_code} %{time_total}" "$url")
    [ "${first%% *}" = 200 ] || { echo "$case answered ${first%% *}"; exit 1; }
    warm=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $admin" -w "%{time_total}\n" "$url"; done | sort -n | sed -n 3p)
    out=$(wrk -t2 -c4 -d"${duration}s" --timeout 30s --latency -H "Authorization: Bearer $admin" "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    printf "%-10s %-16s %10.0f %10.0f %10s %10s\n" "$engine" "$case" "$(awk -v s="${first#* }" 'BEGIN {print s * 1000}')" \
      "$(awk -v s="$warm" 'BEGIN {print s * 1000}')" "$rps" "$p99" | tee -a "$results"
  done
  stop
done
echo "Saved to $results"
