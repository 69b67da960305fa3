#!/usr/bin/env bash
# One search across everything, and the front page, on SQLite and PostgreSQL.
#
#   benchmarks/search.sh [ORGANISATIONS]        default: 100000
#
# For each engine: a fresh database with the demo data and ORGANISATIONS synthetic organisations (`solmu synthetic`),
# a release `solmu serve`, then for each case the first request's time, the median of five warm ones, and wrk
# (4 connections, DURATION seconds, default 10):
#   front-page      – the front page: open calls, coming events, networks, programmes, the atlas's figures   (GET /fi)
#   search-page     – the search page for a place: its municipality, roadshow stop and workshop   (GET /fi/search?q=hameenlinna)
#   search-api      – a broad word across every kind, as JSON                                     (GET /api/v1/search?q=tampere)
#   search-nothing  – a misspelling: nothing found, near spellings computed                        (GET /api/v1/search?q=hamenlinna)
#   atlas-api       – the atlas's own organisation search for the same broad word, for comparison (GET /api/v1/organizations?q=tampere)
# Organisations come from the atlas's full-text index; the other kinds (hundreds of rows) are read whole and matched in
# Solmu, which is what search-nothing and search-page measure. No Datasette case: it has no search across tables.
# Prints the figures and saves them under bench-results/ (benchmarks/lib.sh: what they need).
. "$(dirname "$0")/lib.sh" search
organisations=${1:-100000}
duration=${DURATION:-10}
port=8094

table_header
for engine in $ENGINES; do
  use_engine "$engine" solmu_bench_search
  "$solmu" demo > "$work/demo.log"
  "$solmu" synthetic --count "$organisations" > "$work/fill.log"
  echo "# $engine: demo data and $(tail -1 "$work/fill.log")" | tee -a "$results"
  serve "$port"
  declare -A paths=(
    [front-page]="/fi"
    [search-page]="/fi/search?q=hameenlinna"
    [search-api]="/api/v1/search?q=tampere"
    [search-nothing]="/api/v1/search?q=hamenlinna"
    [atlas-api]="/api/v1/organizations?q=tampere"
  )
  for case in front-page search-page search-api search-nothing atlas-api; do
    measure "$engine" "$case" "http://127.0.0.1:$port${paths[$case]}"
  done
  stop
done
echo "Saved to $results"
