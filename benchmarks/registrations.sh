#!/usr/bin/env bash
# Registrations for one event under concurrency, on SQLite and PostgreSQL.
#
#   benchmarks/registrations.sh [CAPACITY] [CLIENTS]      default: 500 64
#
# For each engine: a fresh database, `solmu synthetic-event` (one event open for registration with CAPACITY places),
# a release `solmu serve`, then wrk with CLIENTS connections for DURATION seconds (default 10), every request a new
# person (benchmarks/register.lua). Afterwards the organiser's list is read back and checked: every address answered
# 201 is a registration in the database (none lost), no address twice (none duplicated), exactly min(CAPACITY, registered)
# places taken, and the waiting list numbered 1…N without gaps. Requests still in flight when wrk stops are answered to
# nobody but may land: they are counted as "late", at most one a client. Prints registrations a second, latency and the checks;
# saves them under bench-results/ (benchmarks/lib.sh: what they need).
. "$(dirname "$0")/lib.sh" registrations
capacity=${1:-500}
clients=${2:-64}
duration=${DURATION:-10}
port=8096

printf "%-10s %8s %8s %10s %8s %8s %7s %9s %8s %5s %5s %5s\n" engine clients answered "regs/s" p50 p99 errors confirmed waiting late lost twice | tee "$results"
for engine in $ENGINES; do
  use_engine "$engine" solmu_bench_registrations
  "$solmu" synthetic-event --capacity "$capacity" > "$work/fill.log"
  id=$(awk '/^event / {print $2}' "$work/fill.log")
  token=$(awk '/^token / {print $2}' "$work/fill.log")
  serve "$port"
  url="http://127.0.0.1:$port/api/v1/events/$id/registrations"
  out=$(REGISTERED_FILE=$work/registered.txt wrk -t2 -c"$clients" -d"${duration}s" --timeout 30s --latency -s benchmarks/register.lua "$url")
  created=$(awk '$1 == "status" && $2 == 201 {print $3}' <<< "$out"); created=${created:-0}
  answered=$(awk '$1 == "status" {n += $3} END {print n + 0}' <<< "$out")
  rps=$(awk -v n="$created" -v d="$duration" 'BEGIN {printf "%.0f", n / d}')
  p50=$(awk '$1 == "50%" {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  errors=$((answered - created))
  # Read back what the database holds, as the organiser sees it.
  curl -sf -H "Authorization: Bearer $token" "$url" > "$work/list.json"
  read -r confirmed waiting late lost twice gaps < <(python3 - "$work/list.json" "$work/registered.txt" "$capacity" "$clients" << 'PY'
import json, sys
items = json.load(open(sys.argv[1]))["items"]
answered = [line.strip() for line in open(sys.argv[2]) if line.strip()]
capacity, clients = int(sys.argv[3]), int(sys.argv[4])
live = [r for r in items if r["status"] != "cancelled"]
confirmed = sum(r["status"] == "confirmed" for r in live)
waiting = sorted(r["waitingPosition"] for r in live if r["status"] == "waiting")
emails = [r["email"] for r in live]
lost = len(set(answered) - set(emails))
late = len(set(emails) - set(answered))
gaps = int(waiting != list(range(1, len(waiting) + 1)) or confirmed != min(capacity, len(live)) or late > clients)
print(confirmed, len(waiting), late, lost, len(emails) - len(set(emails)), gaps)
PY
)
  printf "%-10s %8s %8s %10s %8s %8s %7s %9s %8s %5s %5s %5s\n" "$engine" "$clients" "$answered" "$rps" "$p50" "$p99" "$errors" "$confirmed" "$waiting" "$late" "$lost" "$twice" | tee -a "$results"
  if [ "$lost" != 0 ] || [ "$twice" != 0 ] || [ "$gaps" != 0 ]; then echo "CHECK FAILED on $engine: lost $lost, twice $twice, order/places wrong $gaps"; exit 1; fi
  stop
done
echo "Saved to $results"
