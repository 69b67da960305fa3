#!/usr/bin/env bash
# A call's consolidated ranking and pipeline under load, on SQLite and PostgreSQL.
#
#   benchmarks/calls.sh [APPLICATIONS] [REVIEWERS]      default: 1000 5
#
# For each engine: a fresh database, `solmu synthetic-call` (APPLICATIONS submitted applications with three partners
# each, every one assessed on four weighted criteria by each of REVIEWERS reviewers), a release `solmu serve`, then,
# signed in as the call's office (an API token), for each case one request's time, cold and warm (curl), and wrk
# (4 connections, DURATION seconds, default 10):
#   ranking-page   – the ranking page: chart and table          (GET /fi/calls/ID/ranking)
#   ranking-api    – the same ranking as JSON                   (GET /api/v1/calls/ID/ranking)
#   pipeline-page  – the pipeline: counts and every application (GET /fi/calls/ID/applications)
# Prints the figures and saves them under bench-results/ (benchmarks/lib.sh: what they need).
. "$(dirname "$0")/lib.sh" calls
applications=${1:-1000}
reviewers=${2:-5}
duration=${DURATION:-10}
port=8095

printf "%-10s %-15s %10s %10s %10s %10s\n" engine case "first ms" "warm ms" "req/s" "p99" | tee "$results"
for engine in $ENGINES; do
  use_engine "$engine" solmu_bench_calls
  "$solmu" synthetic-call --applications "$applications" --reviewers "$reviewers" > "$work/fill.log"
  id=$(awk '/^call / {print $2}' "$work/fill.log")
  token=$(awk '/^token / {print $2}' "$work/fill.log")
  echo "# $engine: $(grep '^Added' "$work/fill.log")" | tee -a "$results"
  serve "$port"
  declare -A paths=(
    [ranking-page]="/fi/calls/$id/ranking"
    [ranking-api]="/api/v1/calls/$id/ranking"
    [pipeline-page]="/fi/calls/$id/applications"
  )
  for case in ranking-page ranking-api pipeline-page; do
    url="http://127.0.0.1:$port${paths[$case]}"
    first=$(curl -s -o /dev/null -H "Authorization: Bearer $token" -w "%{http_code} %{time_total}" "$url")
    [ "${first%% *}" = 200 ] || { echo "$case answered ${first%% *}"; exit 1; }
    warm=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bearer $token" -w "%{time_total}\n" "$url"; done | sort -n | sed -n 3p)
    out=$(wrk -t2 -c4 -d"${duration}s" --timeout 30s --latency -H "Authorization: Bearer $token" "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
    printf "%-10s %-15s %10.0f %10.0f %10s %10s\n" "$engine" "$case" "$(awk -v s="${first#* }" 'BEGIN {print s * 1000}')" \
      "$(awk -v s="$warm" 'BEGIN {print s * 1000}')" "$rps" "$p99" | tee -a "$results"
  done
  stop
done
echo "Saved to $results"
