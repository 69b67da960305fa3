#!/usr/bin/env python3
"""Concurrent writes against a running Solmu: the mix that used to fail on SQLite ("database is locked").

    Tests/contract/concurrent_writes.py BASE_URL TOKEN [--clients 6] [--seconds 20] [--max-requests 20000]

TOKEN is an admin's API token (`solmu token create`). Half the clients (rounded up) create a programme
(POST /api/v1/programmes, with member cities and themes so that link rows are written too) and delete it again
(DELETE /api/v1/programmes/{id}), over and over; the others patch one network over and over (PATCH
/api/v1/networks/{id} with only the fields that change, as application/json: its purpose, and its themes, which
replaces link rows). Every client stops after --seconds or when all together have sent --max-requests requests,
whichever comes first.

Responses are counted by status. A 5xx or a failed connection is an error and is printed; 429 (rate limited) is
counted apart, waited out (Retry-After) and never an error. Afterwards every acknowledged create (201) is looked up:
a programme whose delete was acknowledged (204) must be gone, any other must still be there (looked up by id and
name: SQLite gives a deleted programme's id to the next one); leftovers
are then deleted and the network's purpose and themes restored. Prints e.g.

    6 clients, 20 s: 412 creates, 409 deletes, 830 patches, 0 errors

and exits 1 on any server error or lost/resurrected programme, 2 when the mix itself went wrong (a 4xx it never
expects, e.g. a token that is not an admin's), 0 otherwise. `run_mix()` is the same from Python
(Tests/contract/test_concurrent_writes.py).
"""
import argparse
import collections
import dataclasses
import json
import re
import sys
import threading
import time
import uuid

import requests


@dataclasses.dataclass
class MixResult:
    clients: int
    seconds: float
    statuses: dict  # (operation, status) -> count
    errors: list  # (operation, method, path, status or exception, body excerpt)
    rate_limited: int
    created: dict  # programme name -> id, every create acknowledged with 201 (SQLite reuses a deleted row's id)
    deleted: set  # names whose delete was acknowledged with 204
    lost: list  # acknowledged creates neither deleted nor present, or deleted ones still present
    unexpected: list  # 4xx answers the mix never expects (not server errors; a broken mix)
    network_id: int

    def count(self, operation, status=None):
        return sum(n for (op, st), n in self.statuses.items() if op == operation and (status is None or st == status))

    def summary(self):
        return (f"{self.clients} clients, {self.seconds:.0f} s: {self.count('create', 201)} creates, "
                f"{self.count('delete', 204)} deletes, {self.count('patch', 200)} patches, {len(self.errors)} errors")

    def ok(self):
        return not self.errors and not self.lost


class Client:
    """One thread's connection (kept alive) and its share of the counts."""

    def __init__(self, base_url, token, shared):
        self.base = base_url.rstrip("/") + "/api/v1"
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
        self.shared = shared

    def call(self, operation, method, path, body=None, content_type="application/json"):
        """The response, or None when the request failed; counts it, records errors, waits out 429."""
        while True:
            if not self.shared.take_request():
                return None
            headers = {"Content-Type": content_type} if body is not None else {}
            try:
                reply = self.session.request(method, self.base + path, data=None if body is None else json.dumps(body),
                                             headers=headers, timeout=60)
            except requests.RequestException as error:
                self.shared.record(operation, "exception", (operation, method, path, repr(error), ""))
                self.session.close()
                time.sleep(0.2)
                return None
            if reply.status_code == 429:
                self.shared.record(operation, 429)
                wait = reply.headers.get("Retry-After", "1")
                time.sleep(min(float(wait) if wait.replace(".", "", 1).isdigit() else 1.0, 5.0))
                continue
            error = (operation, method, path, reply.status_code, reply.text[:400]) if reply.status_code >= 500 else None
            self.shared.record(operation, reply.status_code, error)
            return reply


class Shared:
    def __init__(self, seconds, max_requests):
        self.lock = threading.Lock()
        self.deadline = time.monotonic() + seconds
        self.remaining = max_requests
        self.statuses = collections.Counter()
        self.errors = []
        self.rate_limited = 0
        self.created = {}
        self.deleted = set()
        self.unexpected = []

    def unexpected_reply(self, operation, method, path, reply):
        """Records a 4xx the mix never expects; returns how many this operation has had."""
        with self.lock:
            self.unexpected.append((operation, method, path, reply.status_code, reply.text[:400]))
            return sum(u[0] == operation for u in self.unexpected)

    def running(self):
        return time.monotonic() < self.deadline and self.remaining > 0

    def take_request(self):
        with self.lock:
            if time.monotonic() >= self.deadline or self.remaining <= 0:
                return False
            self.remaining -= 1
            return True

    def record(self, operation, status, error=None):
        with self.lock:
            self.statuses[(operation, status)] += 1
            if status == 429:
                self.rate_limited += 1
            if error is not None:
                self.errors.append(error)


def creator(client, shared, run, number, cities, themes):
    n = 0
    while shared.running():
        n += 1
        name = f"Rinnakkaisuustesti {run} {number}-{n}"
        body = {"name": name, "purpose": {"fi": f"Kirjoitetaan rinnakkain ({n})", "en": "Concurrent writes"},
                "startsOn": "2026-01-01", "endsOn": "2027-12-31", "budgetCents": 100_000_00 + n,
                "memberCities": cities, "themes": themes, "targetGroups": []}
        if cities:
            body["minMemberCities"] = 1
        reply = client.call("create", "POST", "/programmes", body)
        if reply is None or reply.status_code != 201:
            if reply is not None and reply.status_code < 500 and shared.unexpected_reply("create", "POST", "/programmes", reply) >= 3:
                return  # a 4xx over and over is this script's fault (or a changed API), not a race: stop rather than spin
            continue
        programme_id = reply.json()["id"]
        with shared.lock:
            shared.created[name] = programme_id
        reply = client.call("delete", "DELETE", f"/programmes/{programme_id}")
        if reply is not None and reply.status_code == 204:
            with shared.lock:
                shared.deleted.add(name)
        elif reply is not None and reply.status_code < 500:
            shared.unexpected_reply("delete", "DELETE", f"/programmes/{programme_id}", reply)


def patcher(client, shared, number, network_id, themes):
    n = 0
    while shared.running():
        n += 1
        if n % 2:
            body = {"purpose": {"fi": f"Päivitetty rinnakkain {number}-{n}", "en": f"Patched concurrently {number}-{n}"}}
        else:
            body = {"themes": themes[: 1 + (number + n) % max(1, len(themes))]}
        # The networks API lays the fields present over the network (merge-patch semantics) but, as its OpenAPI entry
        # says, takes the body as application/json only (application/merge-patch+json is a 415 there).
        reply = client.call("patch", "PATCH", f"/networks/{network_id}", body)
        if reply is not None and reply.status_code != 200 and reply.status_code < 500:
            if shared.unexpected_reply("patch", "PATCH", f"/networks/{network_id}", reply) >= 3:
                return


def run_mix(base_url, token, clients=6, seconds=20.0, max_requests=20_000, network_id=None, log=print):
    """Runs the mix and checks the programmes afterwards; returns a MixResult."""
    base = base_url.rstrip("/") + "/api/v1"
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    setup = requests.Session()
    setup.headers.update(headers)

    networks = setup.get(f"{base}/networks", timeout=30)
    networks.raise_for_status()
    network = next((n for n in networks.json()["items"] if network_id in (None, n["id"])), None)
    if network is None:
        raise SystemExit("no network to patch: load the demo data first (solmu demo)")
    competences = setup.get(f"{base}/competences", timeout=30)
    competences.raise_for_status()
    items = competences.json()
    items = items["items"] if isinstance(items, dict) else items
    themes = sorted(c["id"] for c in items)[:4]
    programmes = setup.get(f"{base}/programmes", timeout=30).json()["items"]
    cities = sorted({c["organizationId"] for p in programmes for c in p.get("memberCities", [])})[:3]
    original = {"purpose": network["purpose"], "themes": network["themes"]}

    shared = Shared(seconds, max_requests)
    run = uuid.uuid4().hex[:8]
    creators = (clients + 1) // 2
    threads = []
    started = time.monotonic()
    for number in range(clients):
        client = Client(base_url, token, shared)
        if number < creators:
            target, args = creator, (client, shared, run, number, cities, themes)
        else:
            target, args = patcher, (client, shared, number, network["id"], themes)
        threads.append(threading.Thread(target=target, args=args, daemon=True))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 120)
    elapsed = time.monotonic() - started

    # Every acknowledged create: gone if its delete was acknowledged, present otherwise. Looked up by id and name
    # (a deleted programme's id may have been given to a later one) and in the list (in case the id was reported wrong).
    listed = {p["name"]: p["id"] for p in setup.get(f"{base}/programmes", timeout=30).json()["items"]}
    lost = []
    leftovers = []
    for name, programme_id in sorted(shared.created.items(), key=lambda kv: kv[1]):
        reply = setup.get(f"{base}/programmes/{programme_id}", timeout=30)
        there = reply.status_code == 200 and reply.json().get("name") == name
        if name in shared.deleted:
            if there or name in listed:
                lost.append((programme_id, name, "delete acknowledged, but the programme is still there"))
        elif there:
            leftovers.append(programme_id)
        else:
            lost.append((programme_id, name, f"create acknowledged, never deleted, but GET answers {reply.status_code}"
                         f"{' with another programme' if reply.status_code == 200 else ''}"))
    for programme_id in leftovers:
        setup.delete(f"{base}/programmes/{programme_id}", timeout=30)
    setup.patch(f"{base}/networks/{network['id']}", data=json.dumps(original), timeout=30,
                headers={"Content-Type": "application/json"})

    return MixResult(clients=clients, seconds=elapsed, statuses=dict(shared.statuses), errors=shared.errors,
                     rate_limited=shared.rate_limited, created=shared.created, deleted=shared.deleted, lost=lost, unexpected=shared.unexpected,
                     network_id=network["id"])


def report(result, out=None):
    out = out or sys.stdout  # looked up now: pytest swaps sys.stdout
    print(result.summary(), file=out)
    by_operation = collections.defaultdict(dict)
    for (operation, status), n in sorted(result.statuses.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        by_operation[operation][status] = n
    for operation, counts in by_operation.items():
        print(f"  {operation:7} " + ", ".join(f"{status}: {n}" for status, n in counts.items()), file=out)
    print(f"  429 (rate limited, not errors): {result.rate_limited}", file=out)
    print(f"  acknowledged creates: {len(result.created)}, of them deleted: {len(result.deleted)}, "
          f"lost or resurrected: {len(result.lost)}", file=out)
    if result.errors:
        print(f"SERVER ERRORS ({len(result.errors)}):", file=out)
        grouped = collections.Counter((method, re.sub(r"/\d+", "/{id}", path), status, body[:200]) for _, method, path, status, body in result.errors)
        for (method, path, status, body), n in grouped.most_common():
            print(f"  {n:5} x {method} /api/v1{path} -> {status}: {body}", file=out)
    for programme_id, name, what in result.lost:
        print(f"LOST: programme {programme_id} ({name}): {what}", file=out)
    for op, method, path, status, body in result.unexpected[:20]:
        print(f"UNEXPECTED (not a server error): {method} {path} -> {status}: {body[:200]}", file=out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_url")
    parser.add_argument("token")
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--max-requests", type=int, default=20_000, help="all clients together (default 20000)")
    parser.add_argument("--network", type=int, help="the network to patch (default: the first listed)")
    args = parser.parse_args()
    if args.clients < 2:
        parser.error("--clients must be at least 2 (one creator, one patcher)")
    result = run_mix(args.base_url, args.token, args.clients, args.seconds, args.max_requests, args.network)
    report(result)
    sys.exit(1 if not result.ok() else 2 if result.unexpected else 0)


if __name__ == "__main__":
    main()
