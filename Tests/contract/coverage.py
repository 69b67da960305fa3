#!/usr/bin/env python3
"""Which operations of the OpenAPI document the live tests reached, from the contract logs of the servers they ran against.

    python3 Tests/contract/coverage.py DOCUMENT_URL_OR_FILE LOG [LOG ...]

Each server started with SOLMU_CHECK_CONTRACT=1 and SOLMU_CONTRACT_LOG=FILE appends `operationId status` for every
/api/v1 answer it checked against the document (and `violation` after one that broke it). This adds the logs up and
prints, per operation, the statuses answered; it exits 1 when an answer broke the contract or an operation of the document
was never answered with success (2xx or 3xx) by any of the runs — the document's every path is then exercised for real.
"""
import collections
import json
import sys
import urllib.request


def load(source):
    if source.startswith("http"):
        with urllib.request.urlopen(source, timeout=30) as reply:
            return json.load(reply)
    with open(source) as file:
        return json.load(file)


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    document = load(argv[1])
    operations = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                operations[operation["operationId"]] = f"{method.upper()} {path}"
    seen = collections.defaultdict(collections.Counter)
    violations = collections.Counter()
    for log in argv[2:]:
        with open(log) as file:
            for line in file:
                parts = line.split()
                if len(parts) < 2:
                    continue
                seen[parts[0]][parts[1]] += 1
                if len(parts) > 2:
                    violations[f"{parts[0]} {parts[1]}"] += 1
    unreached = []
    for operation_id, route in sorted(operations.items(), key=lambda item: item[1]):
        statuses = seen.get(operation_id, {})
        succeeded = any(status.startswith(("2", "3")) for status in statuses)
        if not succeeded:
            unreached.append(operation_id)
        answered = ", ".join(f"{status}×{count}" for status, count in sorted(statuses.items()))
        print(f"{'  ' if succeeded else '✘ '}{route:<70} {operation_id:<32} {answered or '—'}")
    print(f"\n{len(operations) - len(unreached)} of {len(operations)} operations answered with success; "
          f"{sum(sum(c.values()) for c in seen.values())} answers checked against the document, {sum(violations.values())} broke it")
    for key, count in violations.most_common():
        print(f"  violation: {key} ×{count}")
    if unreached:
        print("never answered with success: " + ", ".join(unreached))
    return 1 if unreached or violations else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
