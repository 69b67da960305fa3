"""Browser and contract tests against a real running `solmu serve` with its demo data.

The server is the one at SOLMU_BASE_URL when that is set (CI starts it), otherwise this file
starts the built binary itself on a fresh SQLite file. Chromium and chromedriver come from Debian;
Selenium is given both paths because no driver can be downloaded here.
"""
import os
import pathlib
import shutil
import subprocess
import tempfile
import time

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from users import (EDITOR_EMAIL, EDITOR_ORGANIZATION, EDITOR_PASSWORD, MANAGER_EMAIL, MANAGER_PASSWORD,  # noqa: F401 (tests import them from here)
                   OFFICE_EMAIL, OFFICE_PASSWORD, ORGANISER_EMAIL, ORGANISER_PASSWORD, REVIEWER_EMAIL, REVIEWER_PASSWORD)
import users

ROOT = pathlib.Path(__file__).resolve().parents[2]
# The binary and environment of the server this file starts (empty for SOLMU_BASE_URL's), for `solmu_command`.
OWN_SERVER = {}


def solmu_binary():
    for candidate in [os.environ.get("SOLMU_BINARY"), ROOT / ".build/debug/solmu", ROOT / ".build/release/solmu"]:
        if candidate and pathlib.Path(candidate).exists():
            return str(candidate)
    pytest.exit("Build Solmu first (swift build); no .build/debug/solmu found", returncode=2)


def wait_healthy(base_url, process=None, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"solmu exited with {process.returncode}")
        try:
            if requests.get(f"{base_url}/api/v1/healthz", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError("solmu did not become healthy")


@pytest.fixture(scope="session")
def base_url():
    if os.environ.get("SOLMU_BASE_URL"):
        url = os.environ["SOLMU_BASE_URL"].rstrip("/")
        wait_healthy(url)
        yield url
        return
    binary = solmu_binary()
    workdir = tempfile.mkdtemp(prefix="solmu-browser-")
    port = os.environ.get("SOLMU_TEST_PORT", "8099")
    # The server checks every API answer against the OpenAPI document: a broken one is a 500 that fails the test.
    env = {**os.environ, "SOLMU_SQLITE_PATH": f"{workdir}/solmu.sqlite", "SOLMU_PORT": port, "SOLMU_CHECK_CONTRACT": "1"}
    env.pop("DATABASE_URL", None)
    subprocess.run([binary, "demo"], env=env, check=True, capture_output=True)
    users.create(binary, env)
    OWN_SERVER.update(binary=binary, env=env)
    log = open(f"{workdir}/serve.log", "w")
    process = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def solmu_command(base_url):
    """Runs `solmu ARGS` (stdin from `input`) on the database of the server this file started; None for SOLMU_BASE_URL's."""
    if not OWN_SERVER:
        return None
    return lambda *arguments, input=None: subprocess.run([OWN_SERVER["binary"], *arguments], input=input, text=True, env=OWN_SERVER["env"],
                                                         check=True, capture_output=True, timeout=300).stdout


# Files whose tests store many records of their own (API operations, hostile strings) run after the others, in this
# order: their data would otherwise show on the pages other tests count.
RUN_LAST = ["test_api_operations.py", "test_hostile_strings.py"]


def pytest_collection_modifyitems(items):
    def position(item):
        name = item.nodeid.split("::")[0].rsplit("/", 1)[-1]
        return RUN_LAST.index(name) + 1 if name in RUN_LAST else 0
    items.sort(key=position)


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=fi"]:
        options.add_argument(argument)
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    browser = webdriver.Chrome(service=service, options=options)
    browser.implicitly_wait(2)
    yield browser
    browser.quit()
