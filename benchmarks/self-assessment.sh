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

table_header
for engine in $ENGINES; do
  use_engine "$engine" solmu_bench_self_assessment
  "$solmu" synthetic-self-assessments --count "$assessments" > "$work/fill.log"
  link=$(awk '/^token / {print $2}' "$work/fill.log")
  token=$(awk '/^admin / {print $2}' "$work/fill.log")   # an admin's API token, sent with every request
  echo "# $engine: $(grep '^Added' "$work/fill.log")" | tee -a "$results"
  serve "$port"
  declare -A paths=(
    [result-api]="/api/v1/self-assessment/assessments/$link/result"
    [result-page]="/fi/self-assessment/a/$link/result"
    [aggregates-api]="/api/v1/self-assessment/aggregates?region=06"
    [aggregates-page]="/fi/self-assessment/aggregates?group=region:06"
  )
  peers=$(curl -s "http://127.0.0.1:$port${paths[result-api]}" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["peerCount"], r["peersShown"])')
  platforms=$(curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$port${paths[aggregates-api]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["platforms"])')
  echo "# $engine: the result has $peers (peers, shown); Pirkanmaa has $platforms platforms" | tee -a "$results"
  for case in result-api result-page aggregates-api aggregates-page; do
    measure "$engine" "$case" "http://127.0.0.1:$port${paths[$case]}"
  done
  stop
done
echo "Saved to $results"
