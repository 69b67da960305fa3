#!/usr/bin/env bash
# The programme dashboard and the project list under load, on SQLite and PostgreSQL.
#
#   benchmarks/programme.sh [PROJECTS] [REPORTS]      default: 2000 200000
#
# For each engine: a fresh database, `solmu synthetic-programme` (PROJECTS projects with five implementers each —
# 10 000 for 2 000 — one to three themes, budgets, targets, and REPORTS quarterly indicator reports on ten indicators
# that add up by sum, maximum and latest), a release `solmu serve`, then for each case:
#   one request's time, cold and warm (curl), and wrk (4 connections, DURATION seconds, default 10):
#   dashboard-page – the programme page with the whole dashboard (GET /fi/programmes/ID)
#   dashboard-api  – the same figures as JSON                      (GET /api/v1/programmes/ID/dashboard)
#   projects-api   – a page of the project list, filtered          (GET /api/v1/projects?programme=ID&status=ongoing&limit=50)
#   portfolio-page – the portfolio page with its filters            (GET /fi/programmes/ID/projects?theme=…)
# Prints the figures and saves them under bench-results/ (benchmarks/lib.sh: what they need).
. "$(dirname "$0")/lib.sh" programme
projects=${1:-2000}
reports=${2:-200000}
duration=${DURATION:-10}
port=8096

table_header
for engine in $ENGINES; do
  use_engine "$engine" solmu_bench
  "$solmu" synthetic-programme --projects "$projects" --reports "$reports" > "$work/fill.log"
  id=$(awk '/^programme / {print $2}' "$work/fill.log")
  echo "# $engine: $(grep '^Added' "$work/fill.log")" | tee -a "$results"
  serve "$port"
  theme=$(curl -s "http://127.0.0.1:$port/api/v1/programmes/$id" | python3 -c "import json,sys; print(json.load(sys.stdin)['themes'][0])")
  declare -A paths=(
    [dashboard-page]="/fi/programmes/$id"
    [dashboard-api]="/api/v1/programmes/$id/dashboard"
    [projects-api]="/api/v1/projects?programme=$id&status=ongoing&limit=50"
    [portfolio-page]="/fi/programmes/$id/projects?theme=$theme"
  )
  for case in dashboard-page dashboard-api projects-api portfolio-page; do
    measure "$engine" "$case" "http://127.0.0.1:$port${paths[$case]}"
  done
  stop
done
echo "Saved to $results"
