# What every benchmark script shares: a release build, a scratch folder, the results file, one database per engine,
# and a `solmu serve` started and stopped around each engine's measurements. Sourced, not run:
#
#   . "$(dirname "$0")/lib.sh" NAME      # then: for engine in $ENGINES; do use_engine "$engine" DB; …; serve PORT; …; stop; done
#
# Needs wrk; PostgreSQL at BENCH_POSTGRES_URL (default postgres://postgres:postgres@127.0.0.1:5432) whose user can create databases.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ENGINES="sqlite postgresql"
pg=${BENCH_POSTGRES_URL:-postgres://postgres:postgres@127.0.0.1:5432}
work=$(mktemp -d)
mkdir -p bench-results
results=bench-results/${1:+$1-}$(date +%Y%m%d-%H%M%S).txt

command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk"; exit 2; }
swift build -c release --product solmu 2>&1 | tail -1
solmu=$(swift build -c release --show-bin-path)/solmu

server=""
stop() { if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi; server=""; }
trap 'stop; rm -rf "$work"' EXIT

# A fresh, empty database of ENGINE: a new SQLite file (FILE, default bench.sqlite), or PostgreSQL database DB dropped and made again.
use_engine() {
  local engine=$1 db=$2 file=${3:-bench.sqlite}
  if [ "$engine" = sqlite ]; then
    export SOLMU_SQLITE_PATH=$work/$file; unset DATABASE_URL || true
  else
    psql "$pg/postgres" -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" > /dev/null
    export DATABASE_URL=$pg/$db
  fi
}

# Starts `solmu serve` on PORT and waits until it answers.
serve() {
  local port=$1
  LOG_LEVEL=warning SOLMU_PORT=$port SOLMU_ANONYMOUS_WRITE_LIMIT=0 SOLMU_UNCONFIRMED_MAIL_LIMIT=0 "$solmu" serve > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/v1/healthz" > /dev/null && return; sleep 1; done
  echo "solmu did not start:"; cat "$work/serve.log"; exit 1
}

# The results table's header row.
table_header() {
  printf "%-10s %-16s %10s %10s %10s %10s\n" engine case "first ms" "warm ms" "req/s" "p99" | tee "$results"
}

# One case on the running server: the first request's time, the median of five warm ones, and wrk (-t2 -c4 for
# $duration seconds) for requests/s and p99; a row in the results. Sends `Authorization: Bearer $token` when `token` is set.
measure() {
  local engine=$1 case=$2 url=$3 auth=()
  [ -n "${token:-}" ] && auth=(-H "Authorization: Bearer $token")
  local first warm out rps p99
  first=$(curl -s -o /dev/null "${auth[@]}" -w "%{http_code} %{time_total}" "$url")
  [ "${first%% *}" = 200 ] || { echo "$case answered ${first%% *}"; exit 1; }
  warm=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null "${auth[@]}" -w "%{time_total}\n" "$url"; done | sort -n | sed -n 3p)
  out=$(wrk -t2 -c4 -d"${duration}s" --timeout 30s --latency "${auth[@]}" "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  printf "%-10s %-16s %10.0f %10.0f %10s %10s\n" "$engine" "$case" "$(awk -v s="${first#* }" 'BEGIN {print s * 1000}')" \
    "$(awk -v s="$warm" 'BEGIN {print s * 1000}')" "$rps" "$p99" | tee -a "$results"
}
