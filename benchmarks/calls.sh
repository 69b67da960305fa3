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

table_header
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
    measure "$engine" "$case" "http://127.0.0.1:$port${paths[$case]}"
  done
  stop
done
echo "Saved to $results"
