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
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("${@:-100000 600000}")
read -r -a counts <<< "${counts[*]}"
duration=${DURATION:-15}
port=8097
pg=${BENCH_POSTGRES_URL:-postgres://postgres:postgres@127.0.0.1:5432}
work=$(mktemp -d)
mkdir -p bench-results
results=bench-results/$(date +%Y%m%d-%H%M%S).txt

command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk"; exit 2; }
swift build -c release --product solmu 2>&1 | tail -1
solmu=$(swift build -c release --show-bin-path)/solmu

declare -A paths=(
  [selective]="/api/v1/organizations?q=kuuvaar"
  [sixth]="/api/v1/organizations?q=matkailu"
  [filter]="/api/v1/organizations?region=06&type=company"
)

server=""
stop() { if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi; server=""; }
trap 'stop; rm -rf "$work"' EXIT

printf "%-10s %8s %-10s %10s %10s %8s\n" engine rows case "req/s" "p99" matches | tee "$results"
for engine in sqlite postgresql; do
  for count in "${counts[@]}"; do
    if [ "$engine" = sqlite ]; then
      export SOLMU_SQLITE_PATH=$work/bench-$count.sqlite; unset DATABASE_URL || true
    else
      psql "$pg/postgres" -q -c "DROP DATABASE IF EXISTS solmu_bench" -c "CREATE DATABASE solmu_bench" > /dev/null
      export DATABASE_URL=$pg/solmu_bench
    fi
    fill=$( { /usr/bin/time -f "%e" "$solmu" synthetic --count "$count" > "$work/fill.log"; } 2>&1 | tail -1 )
    echo "# $engine: filled $count organisations in ${fill}s ($(tail -1 "$work/fill.log"))" | tee -a "$results"
    LOG_LEVEL=warning SOLMU_PORT=$port "$solmu" serve > "$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/healthz" > /dev/null && break; sleep 1; done
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
