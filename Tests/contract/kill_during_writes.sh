#!/usr/bin/env bash
# Kill -9 during a registration burst on SQLite: is every registration Solmu acknowledged still there afterwards?
#
#   Tests/contract/kill_during_writes.sh
#
# What it does:
#   1. A fresh SQLite file in a temporary folder; `solmu synthetic-event --capacity CAPACITY` (one published event open
#      for registration, and an admin's token to read its participants), then `solmu serve` with anonymous write
#      limits off (SOLMU_ANONYMOUS_WRITE_LIMIT=0).
#   2. CLIENTS concurrent anonymous clients register (POST /api/v1/events/{id}/registrations), every request a new
#      address; each address answered 201 is recorded as acknowledged. A request cut off by the kill is "in doubt"
#      (it may or may not have landed); a refused connection while the server is down is retried after a moment.
#   3. KILLS times (default 2): after KILL_AFTER seconds of burst the server is killed with SIGKILL, then restarted
#      (migrate + serve on the same file) while the clients keep going; the burst ends KILL_AFTER seconds after the
#      last restart.
#   4. Checks on the restarted server and the file: every acknowledged address is a live registration (organiser API
#      and the file read with python's sqlite3), no address twice, every registration stored without an answer one of
#      the requests in doubt, places taken = min(capacity, registrations) and the waiting list 1…N without gaps,
#      `PRAGMA integrity_check` ok (after the server is stopped). Prints e.g.
#         1830 acknowledged, 0 lost, 3 in doubt (2 landed), 0 duplicated, 0 server errors, integrity ok
#   Exits 1 on any loss, duplicate, broken order, failed integrity check or 5xx answer; 429s are counted apart, waited
#   out and never errors. 2 when it could not run (no binary, server did not start).
#
# Environment: SOLMU_BINARY (default .build/debug/solmu), CLIENTS (8), CAPACITY (200: the burst fills it and goes on
# to the waiting list), KILLS (2), KILL_AFTER (4 s), PORT (8114), KEEP=1 keeps the temporary folder (database, server
# log, acknowledged addresses).
# Needs python3 (standard library only) and curl. Never runs on PostgreSQL: the point is SQLite's file after a crash.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
binary=${SOLMU_BINARY:-$root/.build/debug/solmu}
clients=${CLIENTS:-8}
capacity=${CAPACITY:-200}
kills=${KILLS:-2}
kill_after=${KILL_AFTER:-4}
port=${PORT:-8114}
[ -x "$binary" ] || { echo "no Solmu binary at $binary (swift build, or set SOLMU_BINARY)"; exit 2; }

work=$(mktemp -d /tmp/solmu-kill-XXXXXX)
server=""
burst=""
cleanup() {
  [ -n "$burst" ] && kill "$burst" 2> /dev/null || true
  [ -n "$server" ] && kill "$server" 2> /dev/null && wait "$server" 2> /dev/null || true
  if [ "${KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

export SOLMU_SQLITE_PATH=$work/solmu.sqlite SOLMU_PORT=$port SOLMU_ANONYMOUS_WRITE_LIMIT=0 LOG_LEVEL=${LOG_LEVEL:-warning}
unset DATABASE_URL || true
base=http://127.0.0.1:$port

"$binary" synthetic-event --capacity "$capacity" > "$work/fill.log" 2>&1 || { cat "$work/fill.log"; exit 2; }
event=$(awk '/^event / {print $2}' "$work/fill.log")
token=$(awk '/^token / {print $2}' "$work/fill.log")
[ -n "$event" ] && [ -n "$token" ] || { echo "synthetic-event printed no event/token:"; cat "$work/fill.log"; exit 2; }

start_server() {
  echo "--- serve $(date +%T.%N)" >> "$work/serve.log"
  "$binary" serve >> "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$base/api/v1/healthz" && return
    kill -0 "$server" 2> /dev/null || { echo "solmu serve exited:"; tail -40 "$work/serve.log"; exit 2; }
    sleep 0.1
  done
  echo "solmu serve did not become healthy:"; tail -40 "$work/serve.log"; exit 2
}

# The burst: CLIENTS threads, each with a kept-alive connection, until the stop file appears.
cat > "$work/burst.py" << 'PY'
import collections, http.client, json, os, sys, threading, time
host, port, event, clients, work = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
path = f"/api/v1/events/{event}/registrations"
lock = threading.Lock()
counts = collections.Counter()
acked, doubtful, errors = [], [], []

def client(number):
    connection, n = None, 0
    while not os.path.exists(f"{work}/stop"):
        n += 1
        email = f"k{number}-{n}@kill.example"
        body = json.dumps({"name": f"Osallistuja {number}-{n}", "email": email, "organization": "Kill Oy", "listConsent": True})
        sent = False
        try:
            if connection is None:
                connection = http.client.HTTPConnection(host, port, timeout=30)
                connection.connect()
            connection.request("POST", path, body, {"Content-Type": "application/json"})
            sent = True
            reply = connection.getresponse()
            text = reply.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as error:
            if connection is not None:
                connection.close()
            connection = None
            with lock:
                if sent or not isinstance(error, ConnectionRefusedError):
                    counts["in doubt"] += 1      # cut off after (maybe) reaching the server: may have landed
                    doubtful.append(email)
                else:
                    counts["refused"] += 1       # the server was down: nothing sent
            time.sleep(0.05)
            continue
        with lock:
            counts[reply.status] += 1
            if reply.status == 201:
                acked.append(json.loads(text)["email"])
            elif reply.status >= 500:
                errors.append(f"{reply.status} {email}: {text[:300]}")
        if reply.status == 429:
            wait = reply.getheader("Retry-After", "1")
            time.sleep(min(float(wait) if wait.isdigit() else 1.0, 5.0))
        if reply.getheader("Connection", "").lower() == "close":
            connection.close()
            connection = None

threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
with open(f"{work}/acked.txt", "w") as f: f.write("".join(e + "\n" for e in acked))
with open(f"{work}/doubtful.txt", "w") as f: f.write("".join(e + "\n" for e in doubtful))
with open(f"{work}/errors.txt", "w") as f: f.write("".join(e + "\n" for e in errors))
json.dump({str(k): v for k, v in counts.items()}, open(f"{work}/counts.json", "w"))
PY

start_server
python3 "$work/burst.py" 127.0.0.1 "$port" "$event" "$clients" "$work" &
burst=$!
for k in $(seq 1 "$kills"); do
  sleep "$kill_after"
  kill -9 "$server"; wait "$server" 2> /dev/null || true
  echo "kill -9 #$k at $(date +%T) (server $server)"
  start_server
  echo "restarted at $(date +%T) (server $server)"
done
sleep "$kill_after"
touch "$work/stop"
wait "$burst"; burst=""

# Read back as the organiser sees it, on the restarted server; then stop it and read the file itself.
curl -sf -H "Authorization: Bearer $token" "$base/api/v1/events/$event/registrations" > "$work/list.json" \
  || { echo "could not read the organiser's list"; exit 1; }
kill "$server"; wait "$server" 2> /dev/null || true; server=""

python3 - "$work" "$capacity" "$event" << 'PY'
import json, sqlite3, sys
work, capacity, event = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lines = lambda name: [l.strip() for l in open(f"{work}/{name}") if l.strip()]
acked, doubtful, errors = lines("acked.txt"), lines("doubtful.txt"), lines("errors.txt")
counts = json.load(open(f"{work}/counts.json"))
api = [r for r in json.load(open(f"{work}/list.json"))["items"] if r["status"] != "cancelled"]

db = sqlite3.connect(f"{work}/solmu.sqlite")
integrity = [row[0] for row in db.execute("PRAGMA integrity_check")]
rows = db.execute("SELECT email, status FROM event_registrations WHERE event_id = ? AND status <> 'cancelled'", (event,)).fetchall()
db.close()

stored = [email for email, _ in rows]
lost_api = sorted(set(acked) - {r["email"] for r in api})
lost_file = sorted(set(acked) - set(stored))
duplicated = len(stored) - len(set(stored))
landed = set(stored) - set(acked)
stray = landed - set(doubtful)  # landed without an answer, yet never cut off: should not happen
confirmed = sum(r["status"] == "confirmed" for r in api)
waiting = sorted(r["waitingPosition"] for r in api if r["status"] == "waiting")
order_ok = confirmed == min(capacity, len(api)) and waiting == list(range(1, len(waiting) + 1)) and len(api) == len(stored)
integrity_ok = integrity == ["ok"]

print("answers: " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) + " (429 = rate limited, not errors)")
print(f"stored: {len(stored)} live registrations, {confirmed} confirmed, {len(waiting)} waiting (capacity {capacity})")
print(f"{len(acked)} acknowledged, {len(set(lost_api) | set(lost_file))} lost, {len(doubtful)} in doubt ({len(landed)} landed), "
      f"{duplicated} duplicated, {len(errors)} server errors, integrity {'ok' if integrity_ok else 'FAILED'}")
failed = False
for email in sorted(set(lost_api) | set(lost_file))[:50]:
    where = " and ".join(w for w, missing in (("the API", email in lost_api), ("the file", email in lost_file)) if missing)
    print(f"LOST: {email} (answered 201, missing from {where})")
    failed = True
if duplicated: print(f"DUPLICATED: {duplicated} addresses stored twice"); failed = True
if stray: print(f"STRAY: {len(stray)} registrations stored that were never acknowledged nor in doubt, e.g. {sorted(stray)[:5]}"); failed = True
if not order_ok: print(f"ORDER: {confirmed} confirmed of {len(api)} (capacity {capacity}), waiting positions {waiting[:10]}…, API {len(api)} vs file {len(stored)}"); failed = True
if not integrity_ok: print("INTEGRITY: " + "; ".join(integrity[:20])); failed = True
for error in errors[:20]: print(f"SERVER ERROR: {error}")
if errors: failed = True
sys.exit(1 if failed else 0)
PY
