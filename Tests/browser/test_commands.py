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
