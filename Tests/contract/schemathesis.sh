#!/usr/bin/env bash
# The OpenAPI contract fuzzed against a running Solmu with schemathesis (Tests/contract/requirements.txt).
#
#   Tests/contract/schemathesis.sh BASE_URL [TOKEN]        e.g. Tests/contract/schemathesis.sh http://127.0.0.1:8111 "$ADMIN_TOKEN"
#
# Reads BASE_URL/api/v1/openapi.json and runs schemathesis once anonymously and, when TOKEN is given, once more with
# `Authorization: Bearer TOKEN` (an admin's token reaches every write). Point it only at a throwaway server with the demo
# data (`solmu demo`, then `solmu serve`): the authenticated run creates, changes and deletes records.
#
# Path parameters are not left to chance (a random id is only ever a 404): before each run the collections are read
# (with that run's credentials) and every operation gets real ids — the first record of each list, and for DELETE the
# last one, so that one delete per kind lands and the rest of the run still has records to work on. Operations whose
# ids cannot be found (nothing listed, or a secret token) get generated values.
#
# Checks: not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance
# (CHECKS overrides). Fixed seed, a bounded number of examples per operation; against a debug build on two cores the
# anonymous run takes about 2 minutes and the authenticated one about 4 (~11 000 requests each). Prints schemathesis' own report, then a summary of the failures grouped by operation,
# check and status, and exits 1 when either run failed (2 when it could not run).
#
# Environment:
#   SEED (20251205)  MAX_EXAMPLES (5, per operation in the fuzzing phase; the coverage phase derives its cases from the
#   schema, about 60 per operation)  PHASES (coverage,fuzzing,stateful)  WORKERS (1: deterministic for the seed, and
#   no faster on two cores — the server is the bottleneck; more than one also trips a CPython 3.11 bug in hypothesis,
#   "SystemError: AST constructor recursion depth mismatch", reported as an error of the run)
#   CHECKS  REQUEST_TIMEOUT (30 s)  REPORT_DIR (a new temporary folder; JUnit and NDJSON reports of each run are kept there)
#   SCHEMATHESIS (a schemathesis executable to use as it is); otherwise the pinned version is installed with pip into
#   SCHEMATHESIS_VENV (default ~/.cache/solmu-contract-venv) on first use.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ $# -ge 1 ] || { awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0"; exit 2; }
base=${1%/}
token=${2:-}
seed=${SEED:-20251205}
max_examples=${MAX_EXAMPLES:-5}
workers=${WORKERS:-1}
phases=${PHASES:-coverage,fuzzing,stateful}
checks=${CHECKS:-not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance}
timeout=${REQUEST_TIMEOUT:-30}
reports=${REPORT_DIR:-$(mktemp -d /tmp/solmu-schemathesis-XXXXXX)}
mkdir -p "$reports"

# schemathesis: as given, or the pinned version in its own virtual environment.
if [ -n "${SCHEMATHESIS:-}" ]; then
  st=$SCHEMATHESIS
else
  venv=${SCHEMATHESIS_VENV:-$HOME/.cache/solmu-contract-venv}
  pinned=$(sed -n 's/^schemathesis==//p' "$here/requirements.txt")
  st=$venv/bin/schemathesis
  if ! "$st" --version 2> /dev/null | grep -q "version $pinned\$"; then
    echo "Installing schemathesis $pinned into $venv …"
    python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt" \
      || { echo "could not install schemathesis (pip install -r $here/requirements.txt)"; exit 2; }
  fi
fi
py=$(dirname "$(command -v "$st")")/python3
[ -x "$py" ] || py=python3

curl -sf -o "$reports/openapi.json" "$base/api/v1/openapi.json" || { echo "no OpenAPI document at $base/api/v1/openapi.json"; exit 2; }

# A schemathesis config with real path parameters for every operation it can find them for (see the top).
make_config() {
  local auth=$1 out=$2
  "$py" - "$base" "$reports/openapi.json" "$auth" > "$out" << 'PY'
import json, re, sys, urllib.request
base, spec_file, token = sys.argv[1], sys.argv[2], sys.argv[3]
spec = json.load(open(spec_file))
paths = spec["paths"]
cache = {}

def get(path):
    if path not in cache:
        request = urllib.request.Request(f"{base}/api/v1{path}", headers={"Accept": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})})
        try:
            with urllib.request.urlopen(request, timeout=30) as reply:
                cache[path] = json.load(reply)
        except Exception:
            cache[path] = None
    return cache[path]

def camel(segment):
    head, *rest = segment.split("-")
    return head + "".join(part.title() for part in rest)

def records(template, filled, segment):
    """The records a parameter after `template` (filled in as `filled`) can name: the list at `filled`, or a list field
    named like the segment in the parent record."""
    if template in paths and "get" in paths[template]:
        data = get(filled)
        if isinstance(data, dict) and isinstance(data.get("items"), list):
            return data["items"]
        if isinstance(data, list):
            return data
    parent = filled.rsplit("/", 1)[0]
    data = get(parent) if parent else None
    if isinstance(data, dict) and isinstance(data.get(camel(segment)), list):
        return data[camel(segment)]
    return []

def key_of(record, name):
    if not isinstance(record, dict):
        return None
    for key in ([name] if name in record else []) + ["id", "code"]:
        if isinstance(record.get(key), (int, str)):
            return record[key]
    return None

NOBODY = 2_000_000_000

def resolve(segments, index, template, filled, values, method, names):
    """Real values for the parameters from `index` on; for a parameter in the middle, the first of the first few
    records under which the rest resolves (a project that has work packages)."""
    if index == len(segments):
        return values
    segment = segments[index]
    match = re.fullmatch(r"\{(\w+)\}", segment)
    if not match:
        return resolve(segments, index + 1, f"{template}/{segment}", f"{filled}/{segment}", values, method, names)
    name = match.group(1)
    if name == "token":
        return None
    found = records(template, filled, segments[index - 1] if index else "")
    last = name == names[-1]
    if method == "delete" and last:
        # DELETE lands on the last record of its own kind, never on the only one (an id nobody has then:
        # a generated one could be that record).
        candidates = [key_of(found[-1], name) if len(found) >= 2 else NOBODY]
    else:
        candidates = [key_of(record, name) for record in found[: 1 if last else 8]]
    for value in candidates:
        if value is None:
            continue
        result = resolve(segments, index + 1, f"{template}/{segment}", f"{filled}/{value}", {**values, name: value}, method, names)
        if result is not None:
            return result
    return None

blocks = []
for template, item in paths.items():
    names = re.findall(r"\{(\w+)\}", template)
    if not names:
        continue
    for method in [m for m in item if m in ("get", "post", "put", "patch", "delete")]:
        values = resolve(template.strip("/").split("/"), 0, "", "", {}, method, names)
        if values:
            blocks.append((template, method, values))

print("# Generated by Tests/contract/schemathesis.sh: real path parameters per operation")
for template, method, values in blocks:
    parameters = ", ".join(f'"path.{k}" = {json.dumps(v)}' for k, v in values.items())
    # One filter per block (several include filters would be OR-ed): the operation's name, "METHOD /path".
    print(f'\n[[operations]]\ninclude-name = "{method.upper()} {template}"\nparameters = {{ {parameters} }}')
# Requests with methods an operation does not have (TRACE, QUERY, …) are left out: no check here looks at them.
print("\n[phases.coverage]\nunexpected-methods = []")
print(f"# {len(blocks)} operations with real ids", file=sys.stderr)
PY
}

# Failures of one run from its NDJSON report, grouped by operation, check, status and message, each with a curl
# command that repeats its first example ($TOKEN stands for the token).
summarise() {
  "$py" - "$1" << 'PY'
import base64, collections, glob, json, shlex, sys
files = sorted(glob.glob(f"{sys.argv[1]}/*.ndjson"))
groups = collections.OrderedDict()
errors = []

def curl(request):
    if not request:
        return ""
    parts = ["curl", "-sS", "-X", request.get("method", "GET"), shlex.quote(request.get("uri", ""))]
    headers = request.get("headers") or {}
    if "Authorization" in headers:
        parts += ["-H", '"Authorization: Bearer $TOKEN"']
    for name in ("Content-Type",):
        for value in headers.get(name, []):
            parts += ["-H", shlex.quote(f"{name}: {value}")]
    body = request.get("body")
    if isinstance(body, dict) and "$base64" in body:
        raw = base64.b64decode(body["$base64"])
        try:
            parts += ["--data-binary", shlex.quote(raw.decode("utf-8"))]
        except UnicodeDecodeError:
            parts += ["--data-binary", f"@<(echo {body['$base64']} | base64 -d)"]
    return " ".join(parts)

for line in open(files[-1]) if files else []:
    event = json.loads(line)
    for kind in ("NonFatalError", "FatalError"):
        if kind in event:
            body = event[kind]
            errors.append(f"{kind} {body.get('label', '')}: {' '.join(str(body.get('info', body.get('value', ''))).split())[:300]}")
    finished = event.get("ScenarioFinished")
    if not finished:
        continue
    recorder = finished.get("recorder", {})
    label = recorder.get("label", "?")
    interactions = recorder.get("interactions") or {}
    for case_id, checks in (recorder.get("checks") or {}).items():
        for check in checks:
            if check.get("status") != "failure":
                continue
            interaction = interactions.get(case_id) or {}
            status = (interaction.get("response") or {}).get("status_code", "-")
            failure = (check.get("failure_info") or {}).get("failure") or {}
            title = failure.get("title") or check.get("name")
            message = " | ".join(line.strip() for line in str(failure.get("message", "")).splitlines() if line.strip())[:200]
            key = (label, check.get("name"), status, title, message)
            if key not in groups:
                groups[key] = [0, curl(interaction.get("request"))]
            groups[key][0] += 1
if not groups and not errors:
    print("  no failures")
for (label, name, status, title, message), (count, command) in groups.items():
    print(f"  {label}  [{name}] status {status}: {title}{' — ' + message if message else ''} ({count} example{'s' if count > 1 else ''})")
    if command:
        print(f"      {command[:600]}")
for error in errors:
    print(f"  {error}")
PY
}

declare -a names=() results=()
run() {
  local name=$1 auth=$2 dir=$reports/$1
  mkdir -p "$dir"
  make_config "$auth" "$dir/schemathesis.toml"
  local args=(run "$base/api/v1/openapi.json" --checks "$checks" --max-examples "$max_examples" --seed "$seed"
              --phases "$phases" --workers "$workers" --request-timeout "$timeout" --generation-database none
              --suppress-health-check all --no-color --report junit,ndjson --report-dir "$dir")
  [ -n "$auth" ] && args+=(-H "Authorization: Bearer $auth")
  echo "=== schemathesis, $name (seed $seed, at most $max_examples examples per operation and phase)"
  local started=$SECONDS
  (cd "$dir" && "$st" --config-file "$dir/schemathesis.toml" "${args[@]}")
  local status=$?
  echo "=== $name: exit $status in $((SECONDS - started)) s; failures by operation:"
  summarise "$dir" | tee "$dir/summary.txt"
  names+=("$name"); results+=("$status")
}

run anonymous ""
[ -n "$token" ] && run "bearer token" "$token"

echo
echo "=== SUMMARY ($base, seed $seed, checks $checks; reports in $reports)"
failed=0
for i in "${!names[@]}"; do
  echo "--- ${names[$i]}: $([ "${results[$i]}" = 0 ] && echo passed || echo "FAILED (exit ${results[$i]})")"
  sed 's/^/  /' "$reports/${names[$i]}/summary.txt"
  [ "${results[$i]}" = 0 ] || failed=1
done
exit $failed
