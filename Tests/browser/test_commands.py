"""The command line as an operator (or cron) meets it: a command that cannot do its work says why in one message and
ends with its exit status, not with a crash report."""
import os
import subprocess

from conftest import solmu_binary


def run(*arguments, env):
    return subprocess.run([solmu_binary(), *arguments], env=env, capture_output=True, text=True, timeout=300)


def fresh_sqlite_env(folder):
    env = {**os.environ, "SOLMU_SQLITE_PATH": str(folder / "solmu.sqlite"), "LOG_LEVEL": "warning"}
    for name in ["DATABASE_URL", "SOLMU_SENDMAIL"]:
        env.pop(name, None)
    return env


def assert_clean_failure(result, status, message):
    output = result.stdout + result.stderr
    assert result.returncode == status, output
    assert message in output
    assert "Fatal error" not in output and "Backtrace" not in output and "Stack dump" not in output, output


def test_demo_refuses_a_database_that_has_data(tmp_path):
    env = fresh_sqlite_env(tmp_path)
    first = run("demo", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Loaded" in first.stdout
    assert_clean_failure(run("demo", env=env), 1, "demo data is only loaded into an empty one")


def test_outbox_delivery_without_a_mail_program_says_so(tmp_path):
    assert_clean_failure(run("outbox", "deliver", env=fresh_sqlite_env(tmp_path)), 1, "Set SOLMU_SENDMAIL")


def test_user_create_with_a_bad_role_is_a_usage_error(tmp_path):
    result = run("user", "create", "--email", "someone@example.fi", "--role", "emperor", env=fresh_sqlite_env(tmp_path))
    assert_clean_failure(result, 2, "Give --role admin or --role editor.")


def test_help_touches_no_database(tmp_path):
    env = fresh_sqlite_env(tmp_path)
    for arguments in [["--help"], ["serve", "--help"], ["backup", "--help"], ["person", "--help"]]:
        result = run(*arguments, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Usage" in result.stdout + result.stderr
    assert not (tmp_path / "solmu.sqlite").exists(), "asking for help created a database"


def test_migrate_without_a_terminal_asks_for_yes(tmp_path):
    env = fresh_sqlite_env(tmp_path)
    result = subprocess.run([solmu_binary(), "migrate"], env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert_clean_failure(result, 1, "solmu migrate --yes")
    done = run("migrate", "--yes", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    again = run("migrate", "--yes", env=env)
    assert "No new migrations" in again.stdout


def serve_until_healthy(env, port, *extra):
    import time
    import requests
    process = subprocess.Popen([solmu_binary(), "serve", *extra], env={**env, "SOLMU_PORT": str(port)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(240):
        try:
            if requests.get(f"http://127.0.0.1:{port}/api/v1/healthz", timeout=1).status_code == 200:
                return process
        except requests.RequestException:
            time.sleep(0.5)
    process.kill()
    raise AssertionError("solmu did not start")


def test_serve_loads_demo_data_only_when_asked(tmp_path):
    import requests
    env = fresh_sqlite_env(tmp_path)
    process = serve_until_healthy(env, 8131)
    try:
        assert requests.get("http://127.0.0.1:8131/api/v1/organizations").json()["total"] == 0
    finally:
        process.terminate()
        process.wait(timeout=20)
    (tmp_path / "solmu.sqlite").unlink()
    process = serve_until_healthy(env, 8132, "--demo")
    try:
        assert requests.get("http://127.0.0.1:8132/api/v1/organizations").json()["total"] > 20
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_backup_and_restore_through_the_binary(tmp_path):
    env = fresh_sqlite_env(tmp_path)
    assert run("demo", env=env).returncode == 0
    backup = tmp_path / "solmu-backup.jsonl"
    made = run("backup", str(backup), env=env)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "Backed up" in made.stdout
    other = {**env, "SOLMU_SQLITE_PATH": str(tmp_path / "restored.sqlite")}
    refused = subprocess.run([solmu_binary(), "restore", str(backup)], env=other, capture_output=True, text=True, timeout=300,
                             stdin=subprocess.DEVNULL)
    assert_clean_failure(refused, 1, "solmu restore --yes")
    restored = run("restore", "--yes", str(backup), env=other)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    again = tmp_path / "again.jsonl"
    assert run("backup", str(again), env=other).returncode == 0
    first, second = backup.read_text().splitlines()[1:], again.read_text().splitlines()[1:]
    assert first == second, "the restored database backs up to the same rows"
    assert_clean_failure(run("restore", "--yes", str(tmp_path / "missing.jsonl"), env=other), 1, "Cannot read")


def test_tokens_are_listed_and_revoked(tmp_path):
    env = fresh_sqlite_env(tmp_path)
    created = subprocess.run([solmu_binary(), "user", "create", "--email", "ops@example.fi", "--role", "admin", "--name", "Ops"],
                             input="a long enough password\n", env=env, capture_output=True, text=True, timeout=300)
    assert created.returncode == 0, created.stdout + created.stderr
    token = run("token", "create", "--email", "ops@example.fi", "--label", "cron", "--days", "30", env=env)
    assert token.returncode == 0 and token.stdout.strip().startswith("solmu_")
    listed = run("token", "list", env=env)
    line = next(line for line in listed.stdout.splitlines() if "cron" in line)
    assert "ops@example.fi" in line and token.stdout.strip() not in listed.stdout
    revoked = run("token", "revoke", line.split("\t")[0], env=env)
    assert revoked.returncode == 0, revoked.stdout + revoked.stderr
    assert "cron" not in run("token", "list", env=env).stdout


def test_person_export_and_erase(tmp_path):
    import json
    env = fresh_sqlite_env(tmp_path)
    created = subprocess.run([solmu_binary(), "user", "create", "--email", "leena@example.fi", "--role", "editor", "--name", "Leena Lukija"],
                             input="a long enough password\n", env=env, capture_output=True, text=True, timeout=300)
    assert created.returncode == 0
    exported = run("person", "export", "--email", "Leena@Example.fi", env=env)
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert json.loads(exported.stdout)["account"]["name"] == "Leena Lukija"
    erased = run("person", "erase", "--yes", "--email", "leena@example.fi", env=env)
    assert erased.returncode == 0 and "account pseudonymised" in erased.stdout
    assert json.loads(run("person", "export", "--email", "leena@example.fi", env=env).stdout).get("account") is None
