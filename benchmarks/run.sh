#!/usr/bin/env bash
# Search and list API under load, on SQLite and PostgreSQL.
#
#   benchmarks/run.sh [COUNT ...]        default: 100000 600000
#
# For each engine and count: a fresh database, `solmu synthetic --count COUNT` (synthetic organisations with valid
# business IDs, real municipality codes, Finnish-looking names), a release `solmu serve`, then wrk (64 connections,
# 2 threads, DURATION seconds, default 15) on three requests:
#   selective  – a name prefix matching a few dozen rows per 100 000     (?q=kuuvaar)
#   sixth      – a term that matches a sixth of the rows                 (?q=matkailu)
#   filter     – a filter-only list, no search term                       (?region=06&type=company)
# Prints requests/s and p99 latency per case. Needs wrk (Debian) and, for PostgreSQL, a server reachable at
# BENCH_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432) whose user can create databases.
# wrk and the server share this machine's cores: the figures are for one instance on the same host.
. "$(dirname "$0")/lib.sh" ""   # no name: results/DATE.txt, as before
counts=("${@:-100000 600000}")
read -r -a counts <<< "${counts[*]}"
duration=${DURATION:-15}
port=8097

declare -A paths=(
  [selective]="/api/v1/organizations?q=kuuvaar"
  [sixth]="/api/v1/organizations?q=matkailu"
  [filter]="/api/v1/organizations?region=06&type=company"
)

printf "%-10s %8s %-10s %10s %10s %8s\n" engine rows case "req/s" "p99" matches | tee "$results"
for engine in $ENGINES; do
  for count in "${counts[@]}"; do
    use_engine "$engine" solmu_bench bench-$count.sqlite
    fill=$( { /usr/bin/time -f "%e" "$solmu" synthetic --count "$count" > "$work/fill.log"; } 2>&1 | tail -1 )
    echo "# $engine: filled $count organisations in ${fill}s ($(tail -1 "$work/fill.log"))" | tee -a "$results"
    serve "$port"
    for case in selective sixth filter; do
      url="http://127.0.0.1:$port${paths[$case]}"
      matches=$(curl -s "$url" | python3 -c "import json,sys; print(json.load(sys.stdin)['total'])")
      wrk -t2 -c64 -d2s "$url" > /dev/null  # warm up
      out=$(wrk -t2 -c64 -d"${duration}s" --timeout 30s --latency "$url")
      rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
      p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
      errors=$(grep -E "Non-2xx|Socket errors" <<< "$out" || true)
      printf "%-10s %8s %-10s %10s %10s %8s %s\n" "$engine" "$count" "$case" "$rps" "$p99" "$matches" "$errors" | tee -a "$results"
    done
    stop
  done
done
echo "Saved to $results"
