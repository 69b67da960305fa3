"""Every screen at a laptop's width (1366 px) and a phone's (390 px), in Finnish, Swedish and English: no sideways
scrolling, no chart text under 12 px, no graph label over another label or a node, and axe clean (at 390 px in every
language, at 1366 px in Finnish). The front page's open call and coming events; the search for Hämeenlinna.

The public pages are found by crawling from the front page when the tests are collected, so that each page is a test
of its own (`test_every_screen[sv-/sv/networks/1]`). The crawl reads the server at SOLMU_BASE_URL when that is set,
otherwise a throwaway `solmu serve` on the demo data (the same data, so the same ids, as the suite's own server); it
takes a few seconds. Each test loads its page at both widths and collects every problem before failing, so one run
reports everything. `SOLMU_SCREENSHOTS=DIR` also saves full-page screenshots of the issue's screens."""
import base64
import calendar
import collections
import contextlib
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import tempfile
from datetime import date
from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests
from selenium.webdriver.common.by import By

import axe
from browsing import check, sign_in
from conftest import (EDITOR_EMAIL, EDITOR_ORGANIZATION, EDITOR_PASSWORD, OFFICE_EMAIL, OFFICE_PASSWORD, ORGANISER_EMAIL,
                      ORGANISER_PASSWORD, ROOT, solmu_binary, wait_healthy)

LANGUAGES = ["fi", "sv", "en"]
LAPTOP, PHONE = 1366, 390
PAGE_CAP = 70          # public pages at most (the issue's screens come on top)
PER_PATTERN = 2        # pages of one pattern (`/fi/networks/{id}`) at most
SMALLEST_TEXT = 11.95  # px: 12 px, less a rounding error
OVERLAP = 0.5          # px two rectangles may share before they overlap
ROADSHOW = "SIXNET-roadshow-kiertue"
PUBLISHED = "{published}"  # stands for a published self-assessment result's id, found (or made) when the tests run
USERS = {"office": (OFFICE_EMAIL, OFFICE_PASSWORD), "editor": (EDITOR_EMAIL, EDITOR_PASSWORD),
         "organiser": (ORGANISER_EMAIL, ORGANISER_PASSWORD)}


def seed(name):
    return json.loads((ROOT / f"Sources/SolmuApp/Resources/Demo/{name}.json").read_text(encoding="utf-8"))


# 1. Finding the pages.

def pattern(path):
    """What a page is an instance of: numbers and region or municipality codes become placeholders, the query goes
    (all but `q`)."""
    parts = urlsplit(path)
    segments = parts.path.split("/")
    shape = []
    for index, segment in enumerate(segments):
        if index and segments[index - 1] in ("regions", "municipalities") and segment != "new":
            shape.append("{code}")
        elif segment.isdigit():
            shape.append("{id}")
        else:
            shape.append(segment)
    return "/".join(shape) + ("?q" if "q" in parse_qs(parts.query) else "")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def links(html):
    parser = Links()
    parser.feed(html)
    return parser.hrefs


def followable(base_url, page, href):
    """The same-site Finnish page `href` on `page` leads to, as a path with its query; None for anything else."""
    target = urlsplit(urljoin(base_url + page, href))
    site = urlsplit(base_url)
    if (target.scheme, target.netloc) != (site.scheme, site.netloc):
        return None
    path = target.path
    if not (path == "/fi" or path.startswith("/fi/")):
        return None
    if "/api/" in path or path.endswith((".ics", ".csv")) or "/sign-out" in path or "format=csv" in target.query:
        return None
    return path + (f"?{target.query}" if target.query else "")


def is_html_page(reply):
    return reply.status_code == 200 and reply.headers.get("content-type", "").startswith("text/html")


def crawl(base_url, start="/fi"):
    """Breadth first from the front page, at most PER_PATTERN pages a pattern and PAGE_CAP in all; sorted."""
    session = requests.Session()
    queue = collections.deque([start])
    seen = {start}
    claimed = collections.Counter({pattern(start): 1})  # pages of each pattern taken or waiting to be fetched
    pages = []
    while queue and len(pages) < PAGE_CAP:
        path = queue.popleft()
        reply = session.get(base_url + path, allow_redirects=False, timeout=30)
        if not is_html_page(reply):
            claimed[pattern(path)] -= 1  # another page of the pattern may take its place
            continue
        pages.append(path)
        for href in links(reply.text):
            target = followable(base_url, path, href)
            if target is None or target in seen or claimed[pattern(target)] >= PER_PATTERN:
                continue
            seen.add(target)
            claimed[pattern(target)] += 1
            queue.append(target)
    return sorted(pages)


def api(base_url, path):
    reply = requests.get(f"{base_url}/api/v1{path}", timeout=30)
    reply.raise_for_status()
    return reply.json()


def open_call():
    """The demo call that is open today (it opened days ago and closes in days to come)."""
    return next(c for c in seed("calls") if c["opensDaysAgo"] >= 0 and c["closesInDays"] >= 0)


def screens(base_url):
    """(who, Finnish path) for every page to look at: who is None for the public ones, else a key of USERS."""
    networks = api(base_url, "/networks?limit=100")["items"]
    sixnet = next(n["id"] for n in networks if n["name"] == "SIXNET")
    six_aika = next(p["id"] for p in api(base_url, "/programmes?limit=100")["items"] if p["name"] == "6Aika")
    events = api(base_url, "/events?limit=100")["items"]
    roadshow = next(e["id"] for e in events if e["title"]["fi"] == ROADSHOW)
    ecosystem = api(base_url, "/ecosystems?limit=100")["items"][0]["id"]
    call = next(c["id"] for c in api(base_url, "/calls?limit=100")["items"] if c["title"]["fi"] == open_call()["title"]["fi"])
    organizations = api(base_url, "/organizations?limit=100")["items"]
    editors_own = next(o["id"] for o in organizations if o["name"] == EDITOR_ORGANIZATION)

    public = crawl(base_url)
    # The issue's screens, whatever the crawl found: the search, the bodies and the design page do not exist yet.
    wanted = ["/fi", f"/fi/networks/{sixnet}", f"/fi/programmes/{six_aika}", f"/fi/events/{roadshow}",
              "/fi/search?q=hameenlinna", "/fi/bodies", "/fi/design"]
    if not any(pattern(p) == "/fi/ecosystems/{id}" for p in public):
        wanted.append(f"/fi/ecosystems/{ecosystem}")
    if not any(pattern(p) == "/fi/self-assessment/results/{id}" for p in public):
        wanted.append(f"/fi/self-assessment/results/{PUBLISHED}")
    public = sorted(set(public) | set(wanted))

    mine = ["/fi/my/inbox", "/fi/my/applications", "/fi/my/assessments", "/fi/my/platforms"]
    signed_in = [("office", path) for path in mine + [f"/fi/programmes/{six_aika}/projects", f"/fi/calls/{call}/applications",
                                                      f"/fi/calls/{call}/ranking"]]
    signed_in += [("editor", path) for path in mine + [f"/fi/organizations/{editors_own}/edit", "/fi/networks/new", "/fi/events/new"]]
    signed_in += [("organiser", f"/fi/events/{roadshow}/participants")]
    return [(None, path) for path in public] + signed_in


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server_to_crawl():
    """SOLMU_BASE_URL's server, or a throwaway one on the demo data."""
    if os.environ.get("SOLMU_BASE_URL"):
        yield os.environ["SOLMU_BASE_URL"].rstrip("/")
        return
    binary = solmu_binary()
    workdir = tempfile.mkdtemp(prefix="solmu-screens-")
    port = free_port()
    env = {**os.environ, "SOLMU_SQLITE_PATH": f"{workdir}/solmu.sqlite", "SOLMU_PORT": str(port)}
    env.pop("DATABASE_URL", None)
    process = None
    try:
        subprocess.run([binary, "demo"], env=env, check=True, capture_output=True, timeout=300)
        with open(f"{workdir}/serve.log", "w") as log:
            process = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, process)
        yield url
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)


_SCREENS = None


def discovered():
    """The screens, found once per run; on failure a single entry that fails with the reason."""
    global _SCREENS
    if _SCREENS is None:
        try:
            with server_to_crawl() as url:
                _SCREENS = screens(url)
        except Exception as error:  # noqa: BLE001 — reported by the test, not by a collection error
            _SCREENS = [("discovery failed", f"{type(error).__name__}: {error}")]
    return _SCREENS


def in_language(path, lang):
    return re.sub(r"^/fi(?=/|$|\?)", f"/{lang}", path)


def pytest_generate_tests(metafunc):
    if "screen" not in metafunc.fixturenames:
        return
    cases, ids = [], []
    for who, path in discovered():
        for lang in LANGUAGES:
            cases.append((lang, who, path))
            ids.append(f"{lang}-{who + ':' if who else ''}{in_language(path, lang)}")
    metafunc.parametrize("screen", cases, ids=ids)


# 2. The browser: who is signed in, at which width.

_signed_in_as = {"who": None}


@pytest.fixture(scope="module", autouse=True)
def browser_left_as_found(driver):
    """The browser is the whole suite's: leave it signed in as nobody, at its own size, with no emulation."""
    _signed_in_as["who"] = None
    driver.delete_all_cookies()
    yield
    driver.delete_all_cookies()
    _signed_in_as["who"] = None
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.set_window_size(1280, 1000)


def become(driver, base_url, who, lang):
    """Signed in as `who` (None: nobody); the same person stays signed in from one test to the next."""
    if who is None:
        driver.delete_all_cookies()
        _signed_in_as["who"] = None
    elif _signed_in_as["who"] != who:
        _signed_in_as["who"] = None
        driver.delete_all_cookies()
        sign_in(driver, base_url, *USERS[who], language=lang)
        _signed_in_as["who"] = who


_sessions = {}


def http_status(base_url, who, path):
    """The page's status for `who` (the browser cannot tell a 404 page from another)."""
    if who not in _sessions:
        session = requests.Session()
        if who:
            email, password = USERS[who]
            token = re.search(r'name="_csrf" value="([^"]+)"', session.get(f"{base_url}/en/sign-in", timeout=10).text).group(1)
            session.post(f"{base_url}/en/sign-in", data={"email": email, "password": password, "_csrf": token}, timeout=10)
        _sessions[who] = session
    reply = _sessions[who].get(base_url + path, allow_redirects=False, timeout=30)
    return reply.status_code, reply.headers.get("content-type", "")


@contextlib.contextmanager
def at_width(driver, width, emulated=False):
    """The page laid out `width` px wide: the window at a laptop's width; Chromium's device emulation for a phone
    (a headless window stops at 500 px), or for a laptop when `emulated`. The emulation is always cleared afterwards."""
    if width >= 500 and not emulated:
        driver.set_window_size(width, 900)
        yield
        return
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 844 if width < 500 else 900, "deviceScaleFactor": 1, "mobile": width < 500})
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# 3. What is measured on a page.

NAME_JS = """
const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('');
"""

OVERFLOW_JS = NAME_JS + r"""
const doc = document.documentElement, width = doc.clientWidth;
const answer = {scrollWidth: doc.scrollWidth, clientWidth: width, widest: [], crossing: []};
if (doc.scrollWidth <= width) return answer;
// A box inside a scroll area (a wide table's own) or a clipped one cannot widen the page.
const contained = from => {
  for (let a = from; a && a !== document.body && a !== doc; a = a.parentElement)
    if (getComputedStyle(a).overflowX !== 'visible') return true;
  return false;
};
// Boxes, and text: a long word spills out of a box that itself fits.
const boxes = [...document.body.querySelectorAll('*')].map(el => ({el, node: el, box: el.getBoundingClientRect()}));
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  if (!node.textContent.trim() || !node.parentElement) continue;
  range.selectNodeContents(node);
  boxes.push({el: node.parentElement, node, box: range.getBoundingClientRect()});
}
const over = boxes.filter(b => b.box.right > width + 1 && !contained(b.node === b.el ? b.el.parentElement : b.el));
const overElements = new Set(over.filter(b => b.node === b.el).map(b => b.el));
const describe = b => ({name: name(b.el) + (b.node === b.el ? '' : ' (its text)'), parent: b.el.parentElement ? name(b.el.parentElement) : '',
                        right: Math.round(b.box.right), width: Math.round(b.box.width),
                        text: (b.node.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40)});
const byRight = (a, b) => b.box.right - a.box.right;
answer.widest = over.sort(byRight).slice(0, 5).map(describe);
// Where it starts: the boxes that stick out while their parent fits, and text that sticks out of a box that fits.
answer.crossing = over.filter(b => b.node === b.el ? !overElements.has(b.el.parentElement) : !overElements.has(b.el))
                      .sort(byRight).slice(0, 5).map(describe);
return answer;
"""

SMALL_TEXT_JS = NAME_JS + """
const limit = arguments[0], small = [];
for (const el of document.querySelectorAll('main svg text, main svg tspan')) {
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  if (!box.width || !box.height || style.visibility === 'hidden' || style.display === 'none') continue;
  // A tspan counts only when its size differs from its text's.
  if (el.tagName.toLowerCase() === 'tspan' && style.fontSize === getComputedStyle(el.parentElement).fontSize) continue;
  const m = el.getScreenCTM();
  if (!m) continue;
  const px = parseFloat(style.fontSize) * Math.hypot(m.a, m.b);  // the viewBox's scale, rotation or not
  if (px < limit) small.push({px: Math.round(px * 100) / 100, text: el.textContent.trim().slice(0, 40), svg: name(el.closest('svg'))});
}
return small.sort((a, b) => a.px - b.px);
"""

OVERLAP_JS = """
const allow = arguments[0], found = [];
const hit = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > allow
                   && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > allow;
const shown = r => r.width > 0 && r.height > 0;
document.querySelectorAll('svg.graph').forEach((svg, index) => {
  // A label may sit on its own node (a number in its circle, in the same <g>), never on another's.
  const labels = [...svg.querySelectorAll('text')].map(el => ({text: el.textContent.trim(), group: el.parentElement, box: el.getBoundingClientRect()})).filter(l => shown(l.box));
  const nodes = [...svg.querySelectorAll('circle')].map(el => {
    const label = el.parentElement && el.parentElement.querySelector('text');
    return {text: label ? label.textContent.trim() : '(a node)', group: el.parentElement, box: el.getBoundingClientRect()};
  }).filter(n => shown(n.box));
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++)
      if (hit(labels[i].box, labels[j].box)) found.push({graph: index, kind: 'label', a: labels[i].text, b: labels[j].text});
    for (const node of nodes)
      if (node.group !== labels[i].group && hit(labels[i].box, node.box)) found.push({graph: index, kind: 'node', a: labels[i].text, b: node.text});
  }
});
return found;
"""


def overflow_problems(driver, where):
    measured = driver.execute_script(OVERFLOW_JS)
    if measured["scrollWidth"] <= measured["clientWidth"]:
        return []

    def listed(boxes):
        return "; ".join(f"{b['parent']} > {b['name']} (right {b['right']}, width {b['width']}, “{b['text']}”)" for b in boxes)
    return [f"{where}: scrolls sideways, scrollWidth {measured['scrollWidth']} > clientWidth {measured['clientWidth']}\n"
            f"    widest: {listed(measured['widest'])}\n    where it starts: {listed(measured['crossing'])}"]


def small_text_problems(driver, where):
    small = driver.execute_script(SMALL_TEXT_JS, SMALLEST_TEXT)
    if not small:
        return []
    shown = ", ".join(f"“{s['text']}” {s['px']} px in {s['svg']}" for s in small[:8])
    return [f"{where}: {len(small)} chart texts under 12 px, the smallest: {shown}"]


def overlap_problems(driver, where):
    found = driver.execute_script(OVERLAP_JS, OVERLAP)
    if not found:
        return []
    shown = "; ".join(f"graph {o['graph']}: “{o['a']}” over {'label' if o['kind'] == 'label' else 'the node of'} “{o['b']}”"
                      for o in found[:10])
    return [f"{where}: {len(found)} overlaps in svg.graph: {shown}"]


def axe_problems(driver, where, path):
    try:
        if urlsplit(path).path.endswith("/api"):
            axe.check(driver, where)  # the API's documentation shows its path templates: `{id}` is no unfilled placeholder
        else:
            check(driver, where)
    except AssertionError as error:
        return [str(error).split("\nassert ")[0]]
    return []


DEVICE_WIDTH_PAGE = "data:text/html,<meta name=viewport content='width=device-width, initial-scale=1'><p>width</p>"


@pytest.fixture(scope="module")
def phone_emulation_works(driver):
    """Once: the window really is LAPTOP px wide and the emulated phone PHONE px. Measured on a page that fits: a page
    wider than the phone makes Chromium zoom out, and its window.innerWidth is then the page's width."""
    for width in [LAPTOP, PHONE]:
        with at_width(driver, width):
            driver.get(DEVICE_WIDTH_PAGE)
            inner = driver.execute_script("return window.innerWidth")
        assert inner == width, f"the browser is not {width} px wide: window.innerWidth is {inner}"


def look_at(driver, url, width, lang, where):
    """Every problem of the page at `width`, as text."""
    with at_width(driver, width):
        driver.get(url)
        problems = []
        if width < 500:
            laid_out = driver.execute_script("return document.documentElement.clientWidth")
            if laid_out != width:
                problems.append(f"{where}: laid out {laid_out} px wide, not {width} (is the viewport meta tag there?)")
        problems += overflow_problems(driver, where) + small_text_problems(driver, where) + overlap_problems(driver, where)
        if width == PHONE or lang == "fi":
            problems += axe_problems(driver, where, url)
    return problems


@pytest.fixture(scope="module")
def published_result(base_url):
    """A published self-assessment result's id: one there is, or one made through the API."""
    listed = api(base_url, "/self-assessment/results?limit=1")["items"]
    if listed:
        return listed[0]["id"]
    root = f"{base_url}/api/v1/self-assessment"
    latest = api(base_url, "/self-assessment/instruments")["items"][0]
    content = api(base_url, f"/self-assessment/instruments/{latest['id']}")
    started = requests.post(f"{root}/assessments", json={"platform": {"name": "Hiedanrannan kokeiluympäristö", "kind": "testBed"}}, timeout=10)
    assert started.status_code == 201, started.text
    token = started.json()["token"]
    answers = [{"statementId": s["id"], "level": 1 + i % 4} for d in content["dimensions"] for i, s in enumerate(d["statements"])]
    assert requests.patch(f"{root}/assessments/{token}", json={"answers": answers}, timeout=10).status_code == 200
    assert requests.post(f"{root}/assessments/{token}/complete", timeout=10).status_code == 200
    published = requests.put(f"{root}/assessments/{token}/publication", json={"published": True, "ownerConsent": True}, timeout=10)
    assert published.status_code == 200, published.text
    return requests.get(f"{root}/assessments/{token}/result", timeout=10).json()["assessmentId"]


def test_every_screen(driver, base_url, screen, request, phone_emulation_works):
    lang, who, path = screen
    if who == "discovery failed":
        pytest.fail(f"the pages could not be found: {path}")
    if PUBLISHED in path:
        path = path.replace(PUBLISHED, str(request.getfixturevalue("published_result")))
    path = in_language(path, lang)
    status, content_type = http_status(base_url, who, path)
    assert status == 200 and content_type.startswith("text/html"), f"{path} as {who or 'a visitor'}: {status} {content_type}"
    become(driver, base_url, who, lang)
    problems = []
    for width in [LAPTOP, PHONE]:
        problems += look_at(driver, base_url + path, width, lang, f"{path} at {width} px" + (f" as {who}" if who else ""))
    # A signed-in page that sent the browser elsewhere (to sign in) was not the page meant.
    assert urlsplit(driver.current_url).path == urlsplit(path).path, f"{path} ended at {driver.current_url}"
    # Below the top level (`/fi/networks/1`), a page shows the way back up. The account's own pages (`/fi/my/inbox`)
    # are top level: the header links to each of them.
    parts = [part for part in urlsplit(path).path.split("/") if part][1:]
    below_top = len(parts) > 1 and parts[0] != "my" or len(parts) > 2
    if below_top and not driver.find_elements(By.CSS_SELECTOR, "main nav.breadcrumbs"):
        problems.append(f"{path}: no breadcrumbs below the top level")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)


# 4. The front page and the search.

def last_day(partial):
    """The last day a date as the seeds write it can mean: `2023` the 31st of December, `2022-12` or `2022-12-early`
    the month's last day, `2022-09-21` that day."""
    year, month, day = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", partial).groups()
    if month is None:
        return date(int(year), 12, 31)
    if day is None:
        return date(int(year), int(month), calendar.monthrange(int(year), int(month))[1])
    return date(int(year), int(month), int(day))


def coming(event, today):
    """The event's date is not known, or it is not yet over."""
    last = event.get("endsOn") or event.get("startsOn")
    return last is None or last_day(last) >= today


@pytest.fixture
def as_visitor(driver):
    driver.delete_all_cookies()
    _signed_in_as["who"] = None
    yield


def test_front_page_shows_the_open_call_and_coming_events(driver, base_url, as_visitor):
    driver.get(f"{base_url}/fi")
    main = driver.find_element(By.TAG_NAME, "main")
    call = open_call()["title"]["fi"]
    # Calls are written with their number: "1. Esimerkkihaku: …".
    links_to_call = [a for a in main.find_elements(By.TAG_NAME, "a") if a.text.strip().endswith(call)]
    assert links_to_call and "/fi/calls/" in links_to_call[0].get_attribute("href"), f"the open call “{call}” is not a link on the front page"
    upcoming = [e["title"]["fi"] for e in seed("events") if coming(e, date.today())]
    assert upcoming, "the demo has no coming events"
    missing = [title for title in upcoming if title not in main.text]
    assert not missing, f"coming events not on the front page: {missing}"


SEARCHED = ["SIXNET-roadshow Hämeenlinnassa", "SIXNETin ensimmäinen yhteiskehittämistyöpaja"]


def test_search_finds_hameenlinna(driver, base_url, as_visitor):
    reply = requests.get(f"{base_url}/fi/search?q=hameenlinna", timeout=30)
    assert reply.status_code == 200, f"/fi/search?q=hameenlinna: {reply.status_code}"
    driver.get(f"{base_url}/fi/search?q=hameenlinna")
    anchors = driver.find_elements(By.CSS_SELECTOR, "main a")
    municipality = [a for a in anchors if urlsplit(a.get_attribute("href")).path == "/fi/municipalities/109"]
    assert municipality and "Hämeenlinna" in municipality[0].text, "Hämeenlinna (municipality 109) is not offered as a link"
    texts = [a.text.strip() for a in anchors]
    for title in SEARCHED:
        assert title in texts, f"“{title}” is not offered as a link"

    answer = requests.get(f"{base_url}/api/v1/search?q=hameenlinna", timeout=30)
    assert answer.status_code == 200, f"/api/v1/search?q=hameenlinna: {answer.status_code}"
    assert answer.headers.get("content-type", "").startswith("application/json")
    text = json.dumps(answer.json(), ensure_ascii=False)
    for title in ["Hämeenlinna"] + SEARCHED:
        assert title in text, f"“{title}” is not in the API's answer"


# 5. Screenshots for the note.

def full_page_png(driver):
    """The whole page, beyond the screen's height (and its width, should the page scroll sideways)."""
    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 15000), "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": clip})
    return base64.b64decode(shot["data"])


@pytest.mark.skipif(not os.environ.get("SOLMU_SCREENSHOTS"), reason="SOLMU_SCREENSHOTS names no directory")
def test_screenshots_for_the_note(driver, base_url, published_result, as_visitor):
    folder = pathlib.Path(os.environ["SOLMU_SCREENSHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    sixnet = next(n["id"] for n in api(base_url, "/networks?limit=100")["items"] if n["name"] == "SIXNET")
    six_aika = next(p["id"] for p in api(base_url, "/programmes?limit=100")["items"] if p["name"] == "6Aika")
    roadshow = next(e["id"] for e in api(base_url, "/events?limit=100")["items"] if e["title"]["fi"] == ROADSHOW)
    ecosystem = api(base_url, "/ecosystems?limit=100")["items"][0]["id"]
    pages = {"front": "/fi", "sixnet": f"/fi/networks/{sixnet}", "6aika": f"/fi/programmes/{six_aika}",
             "ecosystem": f"/fi/ecosystems/{ecosystem}", "roadshow": f"/fi/events/{roadshow}",
             "self-assessment-result": f"/fi/self-assessment/results/{published_result}"}
    for name, path in pages.items():
        for width in [LAPTOP, PHONE]:
            with at_width(driver, width, emulated=True):
                driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": True})  # the whole width is the page's
                try:
                    driver.get(base_url + path)
                    (folder / f"{name}-{width}.png").write_bytes(full_page_png(driver))
                finally:
                    driver.execute_cdp_cmd("Emulation.setScrollbarsHidden", {"hidden": False})
    assert len(list(folder.glob("*.png"))) >= 2 * len(pages)


def test_print_view(driver, base_url, published_result, as_visitor):
    """Printed, the dashboard, a situational picture, a self-assessment result and a body's meeting record (the steering
    documents) are the page's content alone: no header, navigation, forms or buttons; the charts and tables stay."""
    six_aika = next(p["id"] for p in api(base_url, "/programmes?limit=100")["items"] if p["name"] == "6Aika")
    ecosystem = api(base_url, "/ecosystems?limit=100")["items"][0]["id"]
    bodies = api(base_url, f"/bodies?programme={six_aika}")
    body = (bodies["items"] if isinstance(bodies, dict) else bodies)[0]["id"]
    pages = [f"/fi/programmes/{six_aika}", f"/fi/ecosystems/{ecosystem}", f"/fi/self-assessment/results/{published_result}",
             f"/fi/bodies/{body}"]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for path in pages:
            driver.get(base_url + path)
            shown = driver.execute_script("""
                const visible = sel => [...document.querySelectorAll(sel)].some(el => el.getClientRects().length > 0);
                return {header: visible('.site-header'), nav: visible('.main-nav, .menu'), forms: visible('main form'),
                        buttons: visible('main .button'), h1: visible('main h1'),
                        figures: visible('main table, main svg, main .bar-chart')};""")
            assert shown["h1"] and shown["figures"], f"{path} printed without its content: {shown}"
            assert not (shown["header"] or shown["nav"] or shown["forms"] or shown["buttons"]), f"{path} prints the site's controls: {shown}"
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
