"""Concurrent programme creates/deletes and network patches (concurrent_writes.py) as a pytest test.

    python3 -m pytest Tests/contract/test_concurrent_writes.py

Uses the server at SOLMU_BASE_URL with the admin token SOLMU_ADMIN_TOKEN when both are set; otherwise starts its own:
the binary at SOLMU_BINARY (default .build/debug/solmu), a fresh SQLite file in a temporary folder, `demo`,
`user create` (an admin), `token create`, then `serve` on SOLMU_TEST_PORT (default 8098) with anonymous write limits off.
Six clients for ten seconds (CONCURRENT_WRITES_SECONDS, CONCURRENT_WRITES_CLIENTS): no 5xx, no failed connection,
and every acknowledged create is either deleted (its delete acknowledged, and gone) or still there.
"""
import os
import pathlib
import shutil
import subprocess
import tempfile
import time

import pytest
import requests

from concurrent_writes import report, run_mix

ROOT = pathlib.Path(__file__).resolve().parents[2]
ADMIN_EMAIL = "contract-admin@example.fi"


def wait_healthy(base_url, process=None, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"solmu serve exited with {process.returncode}")
        try:
            if requests.get(f"{base_url}/api/v1/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError("solmu did not become healthy")


@pytest.fixture(scope="module")
def server():
    """(base URL, admin token)."""
    if os.environ.get("SOLMU_BASE_URL") and os.environ.get("SOLMU_ADMIN_TOKEN"):
        url = os.environ["SOLMU_BASE_URL"].rstrip("/")
        wait_healthy(url)
        yield url, os.environ["SOLMU_ADMIN_TOKEN"]
        return
    binary = os.environ.get("SOLMU_BINARY") or str(ROOT / ".build/debug/solmu")
    if not pathlib.Path(binary).exists():
        pytest.skip(f"no Solmu binary at {binary} (swift build, or set SOLMU_BINARY)")
    workdir = tempfile.mkdtemp(prefix="solmu-contract-")
    port = os.environ.get("SOLMU_TEST_PORT", "8098")
    env = {**os.environ, "SOLMU_SQLITE_PATH": f"{workdir}/solmu.sqlite", "SOLMU_PORT": port,
           "SOLMU_ANONYMOUS_WRITE_LIMIT": "0", "LOG_LEVEL": "warning"}
    env.pop("DATABASE_URL", None)

    def solmu(*args, stdin=None):
        done = subprocess.run([binary, *args], env=env, input=stdin, text=True, capture_output=True, timeout=600)
        assert done.returncode == 0, f"solmu {' '.join(args)}: {done.stdout[-2000:]}{done.stderr[-2000:]}"
        return done.stdout

    solmu("demo")
    solmu("user", "create", "--email", ADMIN_EMAIL, "--role", "admin", "--name", "Contract Admin", stdin="contract-password-1\n")
    # The token is the last line printed (log lines, if any, come before it).
    token = [line.strip() for line in solmu("token", "create", "--email", ADMIN_EMAIL, "--label", "concurrent writes").splitlines() if line.strip()][-1]
    log = open(f"{workdir}/serve.log", "w")
    process = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url, token
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        if os.environ.get("KEEP_SOLMU_WORKDIR"):
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def test_concurrent_creates_deletes_and_patches(server, capsys):
    base_url, token = server
    clients = int(os.environ.get("CONCURRENT_WRITES_CLIENTS", "6"))
    seconds = float(os.environ.get("CONCURRENT_WRITES_SECONDS", "10"))
    result = run_mix(base_url, token, clients=clients, seconds=seconds)
    with capsys.disabled():
        print()
        report(result)
    assert not result.unexpected, f"the mix went wrong (4xx it never expects): {result.unexpected[:5]}"
    assert result.count("create", 201) > 0 and result.count("patch", 200) > 0, "nothing was written"
    assert not result.errors, f"{len(result.errors)} server errors, e.g. {result.errors[:3]}"
    assert not result.lost, f"acknowledged writes not as acknowledged: {result.lost[:5]}"
