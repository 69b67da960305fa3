"""Hostile strings: whatever a user types stays text on every page, in element text and in attribute values alike.

Three sources of user strings are tried:
- stored: every writable free-text field the OpenAPI document describes (request bodies are generated from the request
  schemas: each string property without an enum, pattern or format gets a hostile string; a field the server refuses
  (422) is tried once more with plain text and then left out), plus a questionnaire draft and user names;
- reflected: query parameters (`q`, `next`, every field of every GET form on the list pages) and path segments;
- then a bounded crawl from the created entities' pages and the list pages, in Finnish (a sample in Swedish and
  English), anonymous and signed in; and the forms the crawl met sent back with every text field hostile.

Every HTML answer is parsed with html5lib (as a browser would) and must hold no element or attribute that came from a
hostile string, no `<meta http-equiv>`, no script, and only links to this site or to plain http(s) addresses. And the
positive check: each entity's own page shows its name or title exactly as stored, so that the test cannot pass by the
data simply not being shown.
"""
import collections
import html
import os
import re
import time
import urllib.parse

import html5lib
import pytest
import requests

import users

# Each breaks out of something: a double-quoted attribute (the first two also without any `<`), a single-quoted one,
# the title, a script, a textarea, an entity that a careless layer decodes, and a newline that splits a header or a line.
PAYLOADS = [
    '"><meta http-equiv="refresh" content="0;url=https://evil.example/"><x-evil a="',
    '" onfocus="alert(1)" autofocus x-evil-attr="',
    "'><x-evil x-evil-b='1'>",
    "' onmouseover='alert(1)' x-evil-attr='",
    "</title><x-evil>",
    "</script><x-evil>",
    "</textarea><x-evil>",
    "&quot;><x-evil x-evil-c=&quot;1",
    "&lt;x-evil&gt; &amp; &#34;",
    "javascript:alert(1)",
    'line\n\t"><x-evil x-evil-d="1">\r\nnext',
    "<!--<x-evil>-->",
]
# For fields that hold a web address.
URL_PAYLOADS = [
    "javascript:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<x-evil>",
    'https://example.org/"><x-evil a="',
    "//evil.example/",
]
SHORT_PAYLOAD = '"><x-evil a="'
URL_FIELDS = {"website", "url", "onlineUrl"}
# Not free text: identifiers, codes, dates and addresses the server checks by their form.
SKIPPED_FIELDS = {"email", "businessId", "municipalityCode", "invitation", "registration", "themeId", "competence", "key",
                  "version", "opensAt", "closesAt", "startsAt", "endsAt", "targetDate"}
# A hostile string broke out when one of these appears.
EVIL_ELEMENTS = {"x-evil", "script", "iframe", "object", "embed", "base", "frame", "frameset"}
# The payloads tried in every query parameter and path segment (all of them go to the search box and `next`).
EVERYWHERE = [0, 1, 7, 10]
# Pages only their maker sees.
PRIVATE_PAGES = ("/applications/", "/platforms/", "/my/", "/admin/", "/assessments/")
# Pages the crawl visits at most (the reflected requests come on top).
PAGE_BUDGET = 400


def now():
    return time.monotonic()


# ---------------------------------------------------------------------------------------------------------------------
# The strings and where they were stored


class Hostile:
    """Hands out hostile strings, each tagged `HxNNN` so that a finding names the field it came from."""

    def __init__(self):
        self.values = {}   # tag → the hostile string
        self.fields = {}   # tag → "what.field" it was stored in (or tried in)
        self.stored = set()
        self.refused = []  # fields that refused hostile text (422) and got plain text or nothing
        self.url_fields = []  # fields given a dangerous address
        self.tried = set()    # "what.field" of every field the API was sent hostile text or a dangerous address in
        self.count = 0

    def text(self, field, max_length=None):
        self.count += 1
        tag = f"Hx{self.count:03d}"
        payload = PAYLOADS[(self.count - 1) % len(PAYLOADS)]
        value = f"{tag} {payload}"
        if max_length and len(value) > max_length:
            value = f"{tag} {SHORT_PAYLOAD}"[:max_length]
        self.values[tag], self.fields[tag] = value, field
        return value

    def url(self, field):
        """A dangerous address for a field that holds one (not tagged: a tag would make it a harmless relative path)."""
        self.count += 1
        self.url_fields.append(field)
        return URL_PAYLOADS[(self.count - 1) % len(URL_PAYLOADS)]

    def tag_of(self, value):
        match = re.match(r"(Hx\d{3,}) ", value) if isinstance(value, str) else None
        return match.group(1) if match else None

    def field_of(self, text):
        """The fields whose tags occur in a piece of page (for findings)."""
        return sorted({f"{tag} ({self.fields[tag]})" for tag in re.findall(r"Hx\d{3,}", text) if tag in self.fields})


def schema_ref_parts(ref):
    return ref.lstrip("#/").split("/")


def deref(document, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        target = document
        for part in schema_ref_parts(schema["$ref"]):
            target = target[part]
        schema = target
    return schema


def types_of(schema):
    value = schema.get("type", [])
    return [value] if isinstance(value, str) else list(value)


def generate(document, schema, base, label, hostile, path=""):
    """`base` with every free-text property of `schema` that base does not set filled with a hostile string.
    Returns the body and {dotted path: value} of what was filled."""
    schema = deref(document, schema)
    body = dict(base or {})
    filled = {}
    for name, prop in schema.get("properties", {}).items():
        prop = deref(document, prop)
        here = f"{path}{name}"
        if name in body:
            if isinstance(body[name], dict) and prop.get("properties"):
                body[name], inner = generate(document, prop, body[name], label, hostile, here + ".")
                filled.update(inner)
            continue
        if "enum" in prop or "format" in prop or "pattern" in prop or name in SKIPPED_FIELDS:
            continue
        if name.endswith(("Id", "Ids", "At", "On")):
            continue
        kinds = types_of(prop)
        if "string" in kinds:
            body[name] = hostile.url(f"{label}.{here}") if name in URL_FIELDS else hostile.text(f"{label}.{here}", prop.get("maxLength"))
            filled[here] = body[name]
        elif prop.get("properties"):
            value, inner = generate(document, prop, {}, label, hostile, here + ".")
            if inner:
                body[name] = value
                filled.update(inner)
        elif "array" in kinds:
            items = deref(document, prop.get("items", {}))
            if items.get("properties"):
                elements = []
                for index in range(2):
                    value, inner = generate(document, items, {}, label, hostile, f"{here}.{index}.")
                    if not inner:
                        break
                    elements.append(value)
                    filled.update(inner)
                if elements:
                    body[name] = elements
    return body, filled


def set_path(body, path, value, remove=False):
    parts = path.split(".")
    target = body
    for part in parts[:-1]:
        target = target[int(part)] if isinstance(target, list) else target[part]
    last = parts[-1]
    if remove:
        if isinstance(target, dict):
            target.pop(last, None)
    else:
        target[int(last) if isinstance(target, list) else last] = value


def field_matches(filled_path, error_field):
    error = re.sub(r"\[(\d+)\]", r".\1", error_field)
    return filled_path == error or filled_path.startswith(error + ".") or error.startswith(filled_path + ".") \
        or filled_path.split(".")[-1] == error.split(".")[-1] and error.count(".") == 0


class Api:
    """Writes through the JSON API with a bearer token, or with a signed-in session and its CSRF header."""

    def __init__(self, base_url, document, hostile, token=None, session=None, csrf=None):
        self.base_url, self.document, self.hostile = base_url, document, hostile
        self.http = session or requests.Session()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {"X-CSRF-Token": csrf}

    def request(self, method, path, body=None, expect=(200, 201, 204)):
        for _ in range(20):
            reply = self.http.request(method, f"{self.base_url}/api/v1{path}", json=body, headers=self.headers, timeout=60)
            if reply.status_code != 429:
                break
            time.sleep(min(float(reply.headers.get("retry-after", "1") or 1), 10))
        if reply.status_code not in expect:
            raise AssertionError(f"{method} {path} answered {reply.status_code}: {reply.text[:400]}")
        return reply.json() if reply.content and "json" in reply.headers.get("content-type", "") else None

    def get(self, path):
        return self.request("GET", path, expect=(200,))

    def store(self, method, path, base, label):
        """Sends `base` with every free-text field of the operation's request schema filled with hostile strings;
        a field refused with 422 is tried with plain text, then left out."""
        schema = self.request_schema(method, path)
        body, filled = generate(self.document, schema, base, label, self.hostile)
        self.hostile.tried |= {f"{label}.{filled_path}" for filled_path in filled}
        plain = set()
        for _ in range(12):
            reply = self.http.request(method, f"{self.base_url}/api/v1{path}", json=body, headers=self.headers, timeout=60)
            if reply.status_code == 429:
                time.sleep(min(float(reply.headers.get("retry-after", "1") or 1), 10))
                continue
            if reply.status_code != 422:
                break
            errors = [e.get("field", "") for e in reply.json().get("errors", [])]
            changed = False
            for error in errors:
                for filled_path in [p for p in list(filled) + sorted(plain) if field_matches(p, error)]:
                    changed = True
                    if filled_path in filled:
                        del filled[filled_path]
                        self.hostile.refused.append(f"{label}.{filled_path}")
                        if filled_path.split(".")[-1] not in URL_FIELDS:
                            plain.add(filled_path)
                            set_path(body, filled_path, f"Tavallinen teksti {len(plain)}")
                            continue
                    plain.discard(filled_path)
                    set_path(body, filled_path, None, remove=True)
            if not changed:
                raise AssertionError(f"{method} {path} ({label}) refused fields that are not free text: {reply.text[:600]}")
        if reply.status_code not in (200, 201):
            raise AssertionError(f"{method} {path} ({label}) answered {reply.status_code}: {reply.text[:600]}")
        for filled_path, value in filled.items():
            tag = self.hostile.tag_of(value)
            if tag:
                self.hostile.fields[tag] = f"{label}.{filled_path}"
                self.hostile.stored.add(tag)
        return reply.json(), filled

    def request_schema(self, method, path):
        template = self.template(method, path)
        content = self.document["paths"][template][method.lower()]["requestBody"]["content"]
        return content.get("application/json", next(iter(content.values())))["schema"]

    def template(self, method, path):
        """The document's path template for a concrete path."""
        for template, item in self.document["paths"].items():
            if method.lower() not in item:
                continue
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", r"[^/]+", re.escape(template)) + "$"
            if re.match(pattern, path.split("?")[0]):
                return template
        raise KeyError(f"no {method} {path} in the OpenAPI document")


# ---------------------------------------------------------------------------------------------------------------------
# Reading pages


def text_nodes(tree):
    for element in tree.iter():
        if isinstance(element.tag, str):
            if element.text:
                yield element.text
        if element.tail:
            yield element.tail


def normalized(text):
    return re.sub(r"\s+", " ", text).strip()


def url_problem(value):
    """What is wrong with a link target, or None. Browsers drop tabs and newlines, and leading spaces and control
    characters, before they read the scheme."""
    cleaned = re.sub(r"[\t\n\r]", "", value).lstrip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14"
                                                   "\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    parsed = urllib.parse.urlsplit(cleaned)
    scheme = parsed.scheme.lower()
    if scheme in ("javascript", "data", "vbscript", "file"):
        return f"a {scheme}: address"
    if scheme and scheme not in ("http", "https", "mailto", "tel"):
        return f"an address with the scheme {scheme}:"
    host = (parsed.hostname or "") if parsed.netloc or cleaned.startswith(("//", "\\\\", "/\\")) else ""
    if "evil.example" in host or cleaned.replace("\\", "/").startswith("//evil.example"):
        return "a link to evil.example"
    return None


class Inspector:
    """Parses pages and collects what is wrong with them; remembers where each stored value was seen intact."""

    def __init__(self, base_url, hostile):
        self.base_url, self.hostile = base_url, hostile
        self.pages = 0
        self.findings = collections.OrderedDict()  # (url, what) → detail
        self.seen = collections.defaultdict(set)   # tag → urls where the value is intact
        self.decoded = collections.defaultdict(set)  # tag → urls where it is shown with its `&…;` decoded
        self.visited = set()                          # (path, label) of every HTML page checked
        self.checked_values = set()

    def fetch(self, session, url, label, **kwargs):
        for _ in range(10):
            reply = session.get(url if url.startswith("http") else self.base_url + url, timeout=60, allow_redirects=False, **kwargs)
            if reply.status_code != 429:
                break
            time.sleep(min(float(reply.headers.get("retry-after", "1") or 1), 10))
        self.inspect(reply, label)
        return reply

    def finding(self, url, what, detail=""):
        self.findings.setdefault((url, what), detail)

    def inspect(self, reply, label):
        url = reply.url.replace(self.base_url, "")
        where = f"{url} [{label}]"
        if reply.headers.get("refresh"):
            self.finding(where, "Refresh header", reply.headers["refresh"])
        location = reply.headers.get("location")
        if location:
            problem = url_problem(location)
            target = urllib.parse.urlsplit(location)
            if problem or (target.netloc and f"{target.scheme}://{target.netloc}" != self.base_url):
                self.finding(where, "redirect off the site", location)
        if "text/html" not in reply.headers.get("content-type", ""):
            return None
        self.pages += 1
        self.visited.add((url, label))
        raw = reply.text
        tree = html5lib.parse(raw, namespaceHTMLElements=False)
        for element in tree.iter():
            if not isinstance(element.tag, str):
                continue
            tag = element.tag.split("}")[-1].lower()
            if tag in EVIL_ELEMENTS:
                self.finding(where, f"<{tag}> element", self.evidence(raw, f"<{tag}"))
            if tag == "meta" and any(name.lower() == "http-equiv" for name in element.attrib):
                self.finding(where, "<meta http-equiv>", self.evidence(raw, "http-equiv"))
            for name, value in element.attrib.items():
                lowered = name.split("}")[-1].lower()  # SVG's attributes come with their namespace
                if lowered.startswith(("on", "x-evil")) or lowered in ("a", "autofocus") or not re.match(r"^[a-z][a-z0-9:_.-]*$", lowered):
                    self.finding(where, f"attribute {lowered!r} on <{tag}>", self.evidence(raw, f" {lowered}="))
                if lowered in ("href", "src", "action", "formaction", "poster", "srcset"):
                    problem = url_problem(value)
                    if problem:
                        self.finding(where, f"{lowered} is {problem}", value[:200])
        self.record_intact(tree, url)
        return tree

    def evidence(self, raw, needle):
        index = raw.lower().find(needle.lower())
        if index < 0:
            return ""
        snippet = raw[max(0, index - 160):index + 60]
        fields = self.hostile.field_of(snippet)
        return (f"from {', '.join(fields)}: " if fields else "") + repr(snippet)

    def record_intact(self, tree, url):
        texts = list(text_nodes(tree))
        attributes = [value for element in tree.iter() if isinstance(element.tag, str) for value in element.attrib.values()]
        everything = "\u0000".join(texts + attributes)
        flat = normalized(" ".join(texts)) + "\u0000" + "\u0000".join(normalized(a) for a in attributes)
        for tag in set(re.findall(r"Hx\d{3,}", everything)):
            value = self.hostile.values.get(tag)
            if value is None:
                continue
            self.checked_values.add(tag)
            if value in everything or normalized(value) in flat:
                self.seen[tag].add(url)
            elif "&" in value and (html.unescape(value) in everything or normalized(html.unescape(value)) in flat):
                self.decoded[tag].add(url)

    def intact_on(self, tag, url):
        return url in self.seen.get(tag, ())

    def decoded_on(self, tag, url):
        """Whether the page shows the value with its character references decoded (`&quot;` as `"`)."""
        return url in self.decoded.get(tag, ())


def csrf_in(page):
    """The CSRF token of a page's forms."""
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    return next(i.attrib["value"] for i in tree.iter("input") if i.attrib.get("name") == "_csrf")


def sign_in(base_url, email, password, language="fi"):
    session = requests.Session()
    token = csrf_in(session.get(f"{base_url}/{language}/sign-in", timeout=30).text)
    reply = session.post(f"{base_url}/{language}/sign-in", data={"email": email, "password": password, "_csrf": token},
                         timeout=30, allow_redirects=False)
    assert reply.status_code in (302, 303), f"signing in as {email} answered {reply.status_code}"
    return session


def user_id(session, base_url, email):
    """A user's id from the admins' user list (the form that changes the user is sent to /LANG/admin/users/ID)."""
    tree = html5lib.parse(session.get(f"{base_url}/fi/admin/users", timeout=30).text, namespaceHTMLElements=False)
    for row in tree.iter("tr"):
        if email in "".join(text_nodes(row)):
            for form in row.iter("form"):
                match = re.search(r"/admin/users/([0-9A-Fa-f-]{36})", form.attrib.get("action", ""))
                if match:
                    return match.group(1)
    raise AssertionError(f"{email} is not in the admins' user list")


def csrf_of(session, base_url):
    return csrf_in(session.get(f"{base_url}/fi/programmes", timeout=30).text)


# ---------------------------------------------------------------------------------------------------------------------
# Storing hostile strings in everything the API writes


class Store:
    """Creates a small world of its own through the API, every text in it hostile; remembers each entity's pages and
    which stored values its own page must show."""

    def __init__(self, api, base_url, reviewer=None):
        self.api, self.base_url, self.hostile = api, base_url, api.hostile
        self.reviewer = reviewer                        # (user id, Api signed in as them) of a reviewer, or None
        self.skipped = []
        self.ids = {}
        self.own_pages = collections.defaultdict(set)  # page path (without /fi) → tags that must be intact on it
        self.seeds = []                                 # page paths (without the language) the crawl starts from
        self.steps = []                                 # (step, error) of steps that could not be done

    def step(self, name, function):
        try:
            return function()
        except Exception as error:  # noqa: BLE001 (each step is reported, and the test fails on it at the end)
            self.steps.append((name, f"{type(error).__name__}: {error}"[:700]))
            return None

    def put(self, method, path, base, label):
        """Stores through the API (what a page must show is named with `shown_tags`)."""
        created, _ = self.api.store(method, path, base, label)
        return created

    def page(self, path):
        self.seeds.append(path)

    def run(self):
        api = self.api
        region, city, second_city = "06", "837", "853"  # Pirkanmaa, Tampere, Turku
        competences = [c["id"] for c in api.get("/competences")["items"]][:2]
        six = next(p for p in api.get("/programmes")["items"] if p["name"] == "6Aika")
        ids = self.ids

        def organisations():
            ids["org"] = self.put("POST", "/organizations", {"type": "startup", "municipalityCode": city, "competences": competences,
                                                             "foundedYear": 2020, "stage": "seed"}, "organization")["id"]
            self.page(f"/organizations/{ids['org']}")
            ids["org2"] = self.put("POST", "/organizations", {"type": "company", "municipalityCode": second_city}, "organization2")["id"]
            self.page(f"/organizations/{ids['org2']}")
            self.own_pages[f"/organizations/{ids['org']}"] |= self.shown_tags("organization", ("name",))
            self.own_pages[f"/organizations/{ids['org2']}"] |= self.shown_tags("organization2", ("name",))
            self.page(f"/regions/{region}/startups")
            self.page(f"/regions/{region}")
            self.page(f"/municipalities/{city}")
        self.step("organisations", organisations)
        if "org" not in ids:
            return

        def people():
            ids["person"] = self.put("POST", "/people", {"organizationId": ids["org"], "email": "hostile.person@example.fi",
                                                         "contactConsent": True}, "person")["id"]
            ids["person2"] = self.put("POST", "/people", {"organizationId": ids["org2"], "email": "hostile.person2@example.fi",
                                                          "contactConsent": True}, "person2")["id"]
            self.own_pages[f"/organizations/{ids['org']}"] |= self.shown_tags("person", ("name",))
            # A change (the name kept, so that the page still shows the name checked above).
            name = self.api.get(f"/organizations/{ids['org']}")["name"]
            self.put("PATCH", f"/organizations/{ids['org']}", {"name": name}, "organization.patch")
        self.step("people", people)

        def network():
            ids["network"] = self.put("POST", "/networks", {"kind": "network", "themes": competences[:1], "localities": [city, second_city]},
                                      "network")["id"]
            page = f"/networks/{ids['network']}"
            self.page(page)
            self.own_pages[page] |= self.shown_tags("network", ("name",))
            self.page(f"/networks/{ids['network']}/follow-up")
            self.api.request("POST", f"/networks/{ids['network']}/members",
                             {"organizationId": ids["org"], "role": "coordinator", "contactPersonId": ids.get("person"), "startsOn": "2024"})
            self.api.request("POST", f"/networks/{ids['network']}/members", {"organizationId": ids["org2"], "role": "partner"})
        self.step("network", network)

        def ecosystem():
            created = self.put("POST", "/ecosystems", {"municipalities": [city], "coordinatorId": ids["org"],
                                                       "contactPersonId": ids.get("person"), "wantedCompetences": competences[:1],
                                                       "linkedActors": [ids["org2"]]}, "ecosystem")
            ids["ecosystem"] = created["id"]
            page = f"/ecosystems/{ids['ecosystem']}"
            self.page(page)
            self.page(f"/ecosystems/{ids['ecosystem']}/invest-in")
            self.own_pages[page] |= self.shown_tags("ecosystem", ("name",))
            goal = self.put("POST", f"/ecosystems/{ids['ecosystem']}/goals", {"targetDate": "2030", "startsOn": "2024", "progress": 20},
                            "goal")
            self.own_pages[page] |= self.shown_tags("goal", ("title",))
            self.put("POST", f"/ecosystems/{ids['ecosystem']}/actions", {"goalId": goal["id"], "ownerId": ids["org"], "dueOn": "2030-06",
                                                                         "status": "planned"}, "ecosystemAction")
            self.own_pages[page] |= self.shown_tags("ecosystemAction", ("title",))
        self.step("ecosystem", ecosystem)

        def programme():
            created = self.put("POST", "/programmes", {"startsOn": "2024-01-01", "endsOn": "2030-12-31", "budgetCents": 100000000,
                                                       "coordinatorId": ids["org"], "memberCities": [], "themes": competences[:1],
                                                       "targetGroups": ["companies"]}, "programme")
            ids["programme"] = created["id"]
            page = f"/programmes/{ids['programme']}"
            self.page(page)
            self.page(f"/programmes/{ids['programme']}/projects")
            self.own_pages[page] |= self.shown_tags("programme", ("name",))
            ids["instrument"] = self.put("POST", f"/programmes/{ids['programme']}/instruments",
                                         {"code": "HXERDF", "administratorId": ids["org"], "budgetCents": 5000000}, "instrument")["id"]
            ids["indicator"] = self.put("POST", f"/programmes/{ids['programme']}/indicators",
                                        {"code": "HXIND1", "unit": "companies", "aggregation": "sum"}, "indicator")["id"]
            self.put("POST", f"/programmes/{ids['programme']}/figures", {"value": "708", "qualifier": "moreThan",
                                                                        "indicatorId": ids["indicator"]}, "figure")
        self.step("programme", programme)

        def project():
            created = self.put("POST", "/projects", {"programmeId": ids["programme"], "instrumentId": ids.get("instrument"),
                                                     "networkId": ids.get("network"), "status": "planned", "startsOn": "2024-01-01",
                                                     "endsOn": "2030-12-31", "totalCents": 1000000, "themes": competences[:1],
                                                     "targetGroups": ["companies"], "spearhead": True}, "project")["project"]
            ids["project"] = created["id"]
            page = f"/projects/{ids['project']}"
            self.page(page)
            self.own_pages[page] |= self.shown_tags("project", ("name.fi",))
            self.api.request("POST", f"/projects/{ids['project']}/implementers",
                             {"organizationId": ids["org"], "role": "lead", "contactPersonId": ids.get("person"), "budgetCents": 500000})
            self.put("POST", f"/projects/{ids['project']}/work-packages", {"number": 1, "responsibleId": ids["org"]}, "workPackage")
            self.own_pages[page] |= self.shown_tags("workPackage", ("title.fi",))
            self.put("POST", f"/projects/{ids['project']}/results", {"kind": "pilot"}, "result")
            self.own_pages[page] |= self.shown_tags("result", ("title",))
            if ids.get("indicator"):
                self.api.request("PUT", f"/projects/{ids['project']}/targets", {"targets": [{"indicatorId": ids["indicator"], "value": "10"}]})
                self.put("POST", f"/projects/{ids['project']}/reports", {"indicatorId": ids["indicator"], "periodStart": "2025-01-01",
                                                                         "periodEnd": "2025-06-30", "value": "3"}, "report")
        self.step("project", project)

        def bodies():
            created = self.put("POST", "/bodies", {"programmeId": ids["programme"], "kind": "steeringGroup"}, "body")
            ids["body"] = created["id"]
            page = f"/bodies/{ids['body']}"
            self.page(page)
            self.own_pages[page] |= self.shown_tags("body", ("name.fi",))
            seat = self.api.request("POST", f"/bodies/{ids['body']}/members",
                                    {"personId": ids["person"], "organizationId": ids["org"], "position": "chair", "startsOn": "2024"})
            meeting = self.put("POST", f"/bodies/{ids['body']}/meetings", {"startsAt": "2026-03-10T14:00", "minutesPublic": True}, "meeting")
            ids["meeting"] = meeting["id"]
            meeting_page = f"/bodies/{ids['body']}/meetings/{meeting['id']}"
            self.page(meeting_page)
            self.own_pages[meeting_page] |= self.shown_tags("meeting", ("place",))
            self.put("POST", f"/bodies/{ids['body']}/meetings/{meeting['id']}/items",
                     {"number": 1, "presenterId": seat["members"][-1]["id"], "projectId": ids.get("project"), "decisionPublic": True},
                     "agendaItem")
            self.own_pages[meeting_page] |= self.shown_tags("agendaItem", ("title",))
            self.api.request("PUT", f"/bodies/{ids['body']}/meetings/{meeting['id']}/attendance", {"present": []})
            management = self.put("POST", "/bodies", {"programmeId": ids["programme"], "kind": "managementGroup"}, "body2")
            ids["management"] = management["id"]
            self.page(f"/bodies/{management['id']}")
            ids["decisionMeeting"] = self.put("POST", f"/bodies/{management['id']}/meetings", {"startsAt": "2026-04-10T14:00",
                                                                                              "minutesPublic": True}, "meeting2")["id"]
        self.step("bodies and meetings", bodies)

        def call():
            created = self.put("POST", "/calls", {"programmeId": ids["programme"], "number": 1, "opensAt": "2024-01-01T09:00",
                                                  "closesAt": "2031-12-31T16:00", "budgetCents": 1000000,
                                                  "instrumentIds": [ids["instrument"]] if ids.get("instrument") else [],
                                                  "themeIds": competences[:1], "published": True, "example": False}, "call")
            ids["call"] = created["id"]
            page = f"/calls/{ids['call']}"
            self.page(page)
            self.own_pages[page] |= self.shown_tags("call", ("title.fi",))
            ids["criterion"] = self.put("POST", f"/calls/{ids['call']}/criteria", {"weight": 2, "scaleMin": 0, "scaleMax": 5}, "criterion")["criteria"][-1]["id"]
            self.own_pages[page] |= self.shown_tags("criterion", ("name.fi",))
        self.step("call and criteria", call)

        def application():
            created = self.put("POST", "/applications", {"callId": ids["call"], "leadOrganizationId": ids["org"]}, "application")
            ids["application"] = created["id"]
            page = f"/applications/{ids['application']}"
            self.page(page)
            self.own_pages[page] |= self.shown_tags("application", ("title",))
            self.put("PATCH", page, {"version": created["version"]}, "application.patch")
            self.own_pages[page] = self.shown_tags("application.patch", ("title",)) or self.own_pages[page]
            lead = next(p for p in self.api.get(page)["partners"] if p["role"] == "lead")
            self.api.request("PATCH", f"{page}/partners/{lead['id']}", {"contactPersonId": ids["person"], "budgetCents": 300000,
                                                                        "requestedCents": 200000})
            self.api.request("POST", f"{page}/partners", {"organizationId": ids["org2"], "role": "coApplicant", "contactPersonId": ids["person2"],
                                                          "budgetCents": 200000, "requestedCents": 100000})
            self.put("POST", f"{page}/work-packages", {"number": 1, "responsibleId": ids["org"]}, "plannedWorkPackage")
            if ids.get("indicator"):
                self.api.request("PUT", f"{page}/targets", {"targets": [{"indicatorId": ids["indicator"], "value": "5"}]})
            # A second draft, withdrawn with a hostile reason (shown in its audit trail).
            other = self.put("POST", "/applications", {"callId": ids["call"], "leadOrganizationId": ids["org2"]}, "application2")
            self.page(f"/applications/{other['id']}")
            self.put("POST", f"/applications/{other['id']}/withdraw", {}, "withdrawal")
            self.page(f"/calls/{ids['call']}/applications")
        self.step("applications", application)

        def submitted():
            page = f"/applications/{ids['application']}"
            self.put("POST", f"{page}/submit", {}, "submission")
            self.put("POST", f"{page}/check-eligibility", {}, "eligibility")
        self.step("application submitted and checked", submitted)

        def assessed():
            """A reviewer's comments, then the proposal and the decision with their hostile reasons and conditions: the
            funded application becomes a project named by its hostile title."""
            if self.reviewer is None:
                self.skipped.append("assessment and decision: no reviewer to sign in as")
                return
            page = f"/applications/{ids['application']}"
            reviewer_id, reviewer_api = self.reviewer
            assignment = self.api.request("POST", f"{page}/assessments", {"reviewerId": reviewer_id})
            self.page(f"/assessments/{assignment['id']}")
            reviewer_api.request("POST", f"/assessments/{assignment['id']}/declaration", {"conflict": False})
            version = reviewer_api.get(f"/assessments/{assignment['id']}")["version"]
            reviewer_api.store("PUT", f"/assessments/{assignment['id']}/scores",
                               {"version": version, "submit": True, "scores": [{"criterionId": ids["criterion"], "score": 4}]}, "scores")
            self.put("POST", f"{page}/complete-assessment", {}, "assessmentCompleted")
            self.put("POST", f"{page}/propose", {"meetingId": ids["meeting"], "outcome": "funded"}, "proposal")
            self.put("POST", f"{page}/decide", {"meetingId": ids["decisionMeeting"], "outcome": "funded"}, "decision")
            funded = self.api.get(page)
            if funded.get("projectId"):
                self.page(f"/projects/{funded['projectId']}")
            self.page(f"/calls/{ids['call']}/ranking")
            self.page(f"/bodies/{ids['management']}/meetings/{ids['decisionMeeting']}")
        self.step("assessment, proposal and decision", assessed)

        def event():
            created = self.put("POST", "/events", {"kind": "workshop", "networkId": ids["network"], "themeIds": competences[:1],
                                                   "startsAt": "2030-05-14T09:00", "endsAt": "2030-05-14T12:00", "municipalityCode": city,
                                                   "capacity": 5, "published": True, "byInvitation": False, "inputsOpen": True},
                               "event")
            ids["event"] = created["id"]
            page = f"/events/{ids['event']}"
            self.page(page)
            self.page(f"/events/{ids['event']}/participants")
            self.own_pages[page] |= self.shown_tags("event", ("title.fi", "venue"))
            for index in range(2):
                self.put("POST", f"/events/{ids['event']}/registrations", {"email": f"hostile{index}@example.fi", "listConsent": True,
                                                                             "contactConsent": True, "language": "fi"}, f"registration{index}")
            ids["input"] = self.put("POST", f"/events/{ids['event']}/inputs", {"sourceType": "company", "themeId": competences[0]}, "input")["id"]
            roadshow = self.put("POST", "/events", {"kind": "roadshow", "networkId": ids["network"], "startsOn": "2030-09",
                                                    "published": True}, "roadshow")
            self.page(f"/events/{roadshow['id']}")
            self.own_pages[f"/events/{roadshow['id']}"] |= self.shown_tags("roadshow", ("title.fi",))
            stop = self.put("POST", "/events", {"kind": "seminar", "networkId": ids["network"], "seriesId": roadshow["id"],
                                                "startsAt": "2030-09-14T09:00", "endsAt": "2030-09-14T12:00", "municipalityCode": second_city,
                                                "published": True}, "roadshowStop")
            self.page(f"/events/{stop['id']}")
        self.step("events, registrations and inputs", event)

        def follow_up():
            self.put("POST", f"/networks/{ids['network']}/actions", {"ownerId": ids["org"], "status": "inProgress", "dueOn": "2030-06-01",
                                                                     "inputIds": [ids["input"]] if ids.get("input") else []},
                     "followUpAction")
            self.own_pages[f"/networks/{ids['network']}/follow-up"] |= self.shown_tags("followUpAction", ("title.fi",))
        self.step("follow-up actions", follow_up)

        def round_table():
            topic = self.put("POST", "/roundtable/topics", {"networkId": ids["network"], "status": "underDiscussion"}, "topic")
            page = f"/roundtable/{topic['id']}"
            self.page(page)
            self.own_pages[page] |= self.shown_tags("topic", ("title.fi",))
            self.put("POST", f"/roundtable/topics/{topic['id']}/positions", {"organizationId": ids["org"], "stance": "supportsWithConditions",
                                                                            "statedOn": "2025-02"}, "position")
            self.own_pages[page] |= self.shown_tags("position", ("text",))
        self.step("round table", round_table)

        def self_assessment():
            started = self.put("POST", "/self-assessment/assessments",
                               {"platform": {"kind": "testBed", "municipalityCode": city, "organizationId": ids["org"],
                                             "ecosystemId": ids.get("ecosystem"), "networkId": ids.get("network")}, "language": "fi"},
                               "platform")
            platform = started["platform"]["id"]
            page = f"/platforms/{platform}"
            self.page(page)
            self.own_pages[page] |= self.shown_tags("platform", ("platform.name",))
            self.put("PATCH", f"/self-assessment/platforms/{platform}", {}, "platform.patch")
            self.own_pages[page] = self.shown_tags("platform.patch", ("name",)) or self.own_pages[page]
            token = started["token"]
            self.page(f"/self-assessment/a/{token}")
            instrument = self.api.get(f"/self-assessment/instruments/{started['instrumentId']}") if started.get("instrumentId") else None
            statements = [s["id"] for d in (instrument or {}).get("dimensions", []) for s in d["statements"]]
            if statements:
                self.api.request("PATCH", f"/self-assessment/assessments/{token}",
                                 {"answers": [{"statementId": s, "level": i % 5} for i, s in enumerate(statements)]})
                self.api.request("POST", f"/self-assessment/assessments/{token}/complete")
                self.api.request("PUT", f"/self-assessment/assessments/{token}/publication", {"published": True, "ownerConsent": True})
                self.page(f"/self-assessment/results/{started['id']}")
                self.page(f"/self-assessment/a/{token}/result")
        self.step("self-assessment platform", self_assessment)

        def questionnaire():
            """A draft version of the questionnaire (admins only) with its first dimension's texts hostile."""
            first = next(v for v in self.api.get("/self-assessment/instruments")["items"] if v["published"])
            content = self.api.request("POST", f"/self-assessment/instruments/{first['id']}/versions")
            dimension = content["dimensions"][0]
            statement = dimension["statements"][0]
            texts = [("name", content["name"]), ("description", content.setdefault("description", {})),
                     ("dimension.name", dimension["name"]), ("dimension.description", dimension.setdefault("description", {})),
                     ("statement.text", statement["text"])]
            texts += [(f"level{level['level']}.text", level["text"]) for level in statement["levels"]]
            texts += [("advice.text", advice["text"]) for advice in dimension["advice"][:1]]
            tags = {}
            for field, localized in texts:
                for language in ("fi", "sv", "en"):
                    localized[language] = self.hostile.text(f"questionnaire.{field}.{language}")
                    tags[f"{field}.{language}"] = self.hostile.tag_of(localized[language])
                    self.hostile.tried.add(f"questionnaire.{field}.{language}")
            self.api.request("PUT", f"/self-assessment/instruments/{content['id']}/content", content)
            self.hostile.stored |= set(tags.values())
            page = f"/self-assessment/instruments/{content['id']}"
            self.page(page)
            self.own_pages[page] |= {tags["dimension.name.fi"], tags["statement.text.fi"]}
        self.step("questionnaire draft", questionnaire)

        self.page("/")
        for listing in ["/organizations", "/networks", "/ecosystems", "/programmes", "/calls", "/events", "/roundtable",
                        "/self-assessment", "/self-assessment/results", "/regions", "/ecosystems/compare", "/my/applications",
                        "/my/platforms", "/my/inbox", "/my/assessments", "/admin/users", f"/programmes/{six['id']}"]:
            self.page(listing)

    def shown_tags(self, label, paths):
        tags = set()
        for tag, field in self.hostile.fields.items():
            if tag in self.hostile.stored and any(field == f"{label}.{path}" for path in paths):
                tags.add(tag)
        return tags


# ---------------------------------------------------------------------------------------------------------------------
# Crawling


def pattern_of(path):
    return re.sub(r"/[0-9]+(?=/|$)", "/N", re.sub(r"/[A-Za-z0-9_-]{30,}(?=/|$)", "/T", path.split("?")[0]))


def links_of(tree, base_url, current):
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag.lower() != "a":
            continue
        href = element.attrib.get("href")
        if not href:
            continue
        absolute = urllib.parse.urljoin(base_url + current, href)
        parts = urllib.parse.urlsplit(absolute)
        if f"{parts.scheme}://{parts.netloc}" != base_url:
            continue
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path.startswith(("/api/", "/static/")) or "format=csv" in path or path.endswith(".ics") or "/sign-out" in path:
            continue
        found.append(path)
    return found


def crawl(inspector, session, label, seeds, language, budget, per_pattern=3):
    """Breadth first from the seeds (all of them), then what they link to, at most `per_pattern` pages of one kind."""
    queue = collections.deque((f"/{language}{seed}" if seed != "/" else f"/{language}", 0) for seed in seeds)
    seen, kinds, visited = set(), collections.Counter(), 0
    while queue and visited < budget:
        path, depth = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        kind = pattern_of(path)
        if depth > 0 and kinds[kind] >= per_pattern:
            continue
        kinds[kind] += 1
        reply = inspector.fetch(session, path, label)
        visited += 1
        if reply.status_code in (301, 302, 303, 307) and reply.headers.get("location", "").startswith("/") and depth < 2:
            queue.append((reply.headers["location"], depth + 1))
            continue
        if "text/html" not in reply.headers.get("content-type", "") or depth >= 2:
            continue
        tree = html5lib.parse(reply.text, namespaceHTMLElements=False)
        for link in links_of(tree, inspector.base_url, path):
            if link.startswith(f"/{language}/") or link == f"/{language}":
                queue.append((link, depth + 1))
    return visited


def round_trip(inspector, session, path, label, hostile):
    """Sends a page's main form back with every text field hostile (hidden fields, ticked boxes and chosen options as
    they are): the answer, usually the form again with what was typed, is checked, and so is where a saved one leads."""
    page = session.get(inspector.base_url + path, timeout=60)
    if "text/html" not in page.headers.get("content-type", ""):
        return 0
    tree = html5lib.parse(page.text, namespaceHTMLElements=False)
    forms = [f for f in tree.iter("form") if (f.attrib.get("method") or "").lower() == "post" and "sign-out" not in f.attrib.get("action", "")]
    if not forms:
        return 0
    form = max(forms, key=lambda f: sum(1 for e in f.iter() if isinstance(e.tag, str) and e.tag in ("input", "textarea")))
    data = []
    for field in form.iter():
        if not isinstance(field.tag, str) or field.tag not in ("input", "textarea", "select") or not field.attrib.get("name"):
            continue
        name, kind = field.attrib["name"], field.attrib.get("type", "text").lower()
        if field.tag == "select":
            options = [o for o in field.iter("option")]
            chosen = next((o for o in options if "selected" in o.attrib), next((o for o in options if o.attrib.get("value")), None))
            if chosen is not None:
                data.append((name, chosen.attrib.get("value", "")))
        elif kind == "hidden":
            data.append((name, field.attrib.get("value", "")))
        elif kind in ("checkbox", "radio"):
            if "checked" in field.attrib:
                data.append((name, field.attrib.get("value", "on")))
        elif kind not in ("submit", "button", "file", "image", "reset", "password"):
            data.append((name, hostile.text(f"form {pattern_of(path)} {name}")))
    action = urllib.parse.urljoin(inspector.base_url + path, form.attrib.get("action") or path)
    for _ in range(10):
        reply = session.post(action, data=data, timeout=60, allow_redirects=False)
        if reply.status_code != 429:
            break
        time.sleep(min(float(reply.headers.get("retry-after", "1") or 1), 10))
    inspector.inspect(reply, f"{label}, form sent back")
    location = reply.headers.get("location", "")
    if reply.status_code in (302, 303) and location.startswith("/") and not location.startswith("//"):
        inspector.fetch(session, location, f"{label}, after the form")
    return 1


# ---------------------------------------------------------------------------------------------------------------------
# The test


@pytest.fixture(scope="module")
def document(base_url):
    return requests.get(f"{base_url}/api/v1/openapi.json", timeout=30).json()


@pytest.fixture(scope="module")
def admin(base_url, solmu_command):
    """(token, email, password, name) of an admin: made here on conftest's own server (with a hostile name), or the token
    (and, to crawl signed in as that admin, the e-mail and password) from SOLMU_ADMIN_TOKEN, SOLMU_ADMIN_EMAIL and
    SOLMU_ADMIN_PASSWORD for SOLMU_BASE_URL's server."""
    if os.environ.get("SOLMU_ADMIN_TOKEN"):
        return os.environ["SOLMU_ADMIN_TOKEN"], os.environ.get("SOLMU_ADMIN_EMAIL"), os.environ.get("SOLMU_ADMIN_PASSWORD"), None
    if solmu_command is None:
        return None, None, None, None
    email, password = f"hostile-admin-{int(time.time())}@example.fi", "hostile-password-1"
    name = 'Hx000 "><meta http-equiv="refresh" content="0;url=https://evil.example/"><x-evil a="'
    solmu_command("user", "create", "--email", email, "--role", "admin", "--name", name, input=password + "\n")
    token = [line for line in solmu_command("token", "create", "--email", email, "--label", "hostile strings").splitlines() if line.strip()][-1].strip()
    return token, email, password, name


def reflected_urls(value, programme_id, everywhere):
    """Pages that take `value` in a query parameter or a path segment: the search box and `next` for every payload,
    the rest for a few (`everywhere`)."""
    q = urllib.parse.quote(value, safe="")
    urls = [f"/fi/organizations?q={q}", f"/fi/sign-in?next={q}"]
    if everywhere:
        urls += [f"/fi?q={q}", f"/fi/organizations?q={q}&type={q}&region={q}&municipality={q}&competence={q}&page={q}",
                 f"/fi/programmes/{programme_id}/projects?q={q}&theme={q}&status={q}&instrument={q}&city={q}&implementer={q}",
                 f"/fi/events?network={q}&programme={q}&kind={q}&theme={q}&region={q}",
                 f"/fi/calls?programme={q}&open={q}", f"/fi/roundtable?status={q}", f"/fi/ecosystems/compare?ids={q}",
                 f"/fi/self-assessment/results?region={q}&kind={q}", f"/fi/self-assessment/aggregates?region={q}",
                 f"/fi/regions/{q}", f"/fi/municipalities/{q}", f"/fi/regions/{q}/startups", f"/fi/registrations/{q}",
                 f"/fi/self-assessment/a/{q}", f"/fi/organizations/{q}", f"/fi/{q}", f"/{q}/organizations",
                 f"/fi/organizations/new?x={q}", f"/sv/organizations?q={q}", f"/en/events?kind={q}"]
    return urls


def get_forms(tree):
    """(action, {name: value}) of every form sent with GET."""
    forms = []
    for form in tree.iter("form"):
        if (form.attrib.get("method") or "get").lower() != "get":
            continue
        names = [field.attrib["name"] for field in form.iter() if isinstance(field.tag, str)
                 and field.tag in ("input", "select", "textarea") and field.attrib.get("name")
                 and field.attrib.get("type", "text") not in ("submit", "button")]
        forms.append((form.attrib.get("action", ""), names))
    return forms


def test_hostile_strings_stay_text(base_url, document, admin):
    hostile = Hostile()
    inspector = Inspector(base_url, hostile)
    token, admin_email, admin_password, admin_name = admin
    started = now()
    problems = []

    # Reflected: every payload in query parameters and path segments, and the search box and `next` keep it exactly.
    programmes = requests.get(f"{base_url}/api/v1/programmes", timeout=30).json()["items"]
    six = next(p for p in programmes if p["name"] == "6Aika")
    anonymous = requests.Session()
    reflected = 0
    for index, payload in enumerate(PAYLOADS):
        value = f"Hr{index:02d} {payload}"
        hostile.values[f"Hr{index:02d}"] = value
        for url in reflected_urls(value, six["id"], everywhere=index in EVERYWHERE):
            reply = inspector.fetch(anonymous, url, "reflected")
            reflected += 1
            if reply.status_code in (302, 303) and reply.headers.get("location", "").startswith("/"):
                inspector.fetch(anonymous, reply.headers["location"], "reflected, redirected")
                reflected += 1
        for path, field in [(f"/fi/organizations?q={urllib.parse.quote(value, safe='')}", "q"),
                            (f"/fi/sign-in?next={urllib.parse.quote(value, safe='')}", "next")]:
            tree = html5lib.parse(anonymous.get(base_url + path, timeout=60).text, namespaceHTMLElements=False)
            values = [i.attrib.get("value") for i in tree.iter("input") if i.attrib.get("name") == field]
            if value not in values and normalized(value) not in [normalized(v or "") for v in values]:
                problems.append(f"{path}: the {field} field does not hold the value given: {values}")
    # Every GET form on the list pages, every field of it hostile.
    for listing in ["/fi", "/fi/organizations", "/fi/events", "/fi/calls", "/fi/roundtable", "/fi/self-assessment/results",
                    f"/fi/programmes/{six['id']}/projects", "/fi/ecosystems/compare", "/fi/self-assessment/aggregates"]:
        page = anonymous.get(base_url + listing, timeout=60)
        if "text/html" not in page.headers.get("content-type", ""):
            continue
        for action, names in get_forms(html5lib.parse(page.text, namespaceHTMLElements=False)):
            target = urllib.parse.urlsplit(urllib.parse.urljoin(base_url + listing, action)).path or listing
            for index in EVERYWHERE:
                payload = PAYLOADS[index]
                query = urllib.parse.urlencode({name: f"Hr{index:02d} {payload}" for name in names})
                inspector.fetch(anonymous, f"{target}?{query}", "reflected form")
                reflected += 1

    # Stored.
    signed_in = None
    store = None
    if token:
        api = Api(base_url, document, hostile, token=token)
        if admin_name:
            hostile.values["Hx000"], hostile.fields["Hx000"] = admin_name, "user.name (solmu user create --name)"
            hostile.stored.add("Hx000")
        reviewer = None
        if admin_email and admin_password:
            signed_in = sign_in(base_url, admin_email, admin_password)
            reviewer_id = user_id(signed_in, base_url, users.REVIEWER_EMAIL)
            session = sign_in(base_url, users.REVIEWER_EMAIL, users.REVIEWER_PASSWORD)
            reviewer = (reviewer_id, Api(base_url, document, hostile, session=session, csrf=csrf_of(session, base_url)))
        store = Store(api, base_url, reviewer)
        store.run()
        if signed_in is not None:
            # A user created in the admins' form, and the form's answer when it refuses what was typed.
            csrf = csrf_of(signed_in, base_url)
            name = hostile.text("user.name (admin form)")
            reply = signed_in.post(f"{base_url}/fi/admin/users", data={"email": f"hostile-user-{int(time.time())}@example.fi", "name": name,
                                                                       "role": "editor", "password": "hostile-password-2", "_csrf": csrf},
                                   timeout=60, allow_redirects=False)
            inspector.inspect(reply, "form")
            if reply.status_code in (302, 303):
                hostile.stored.add(hostile.tag_of(name))
                store.own_pages["/admin/users"].add(hostile.tag_of(name))
            refused = signed_in.post(f"{base_url}/fi/admin/users", data={"email": hostile.text("user.email (admin form, refused)"),
                                                                         "name": hostile.text("user.name (admin form, refused)"),
                                                                         "role": "editor", "password": "short", "_csrf": csrf},
                                     timeout=60, allow_redirects=False)
            inspector.inspect(refused, "form refused")
            if admin_name:
                store.own_pages["/my/inbox"].add("Hx000")  # the signed-in admin's own name, in every page's header
    else:
        print("Stored part skipped: no admin. Set SOLMU_ADMIN_TOKEN (an admin's API token) when SOLMU_BASE_URL is given.")
    signed_in_as_admin = signed_in is not None
    if signed_in is None:
        signed_in = sign_in(base_url, users.OFFICE_EMAIL, users.OFFICE_PASSWORD)

    # Crawl: Finnish anonymous and signed in, the entities' own pages in Swedish and English.
    seeds = list(dict.fromkeys((store.seeds if store else []) + ["/", "/organizations", "/networks", "/ecosystems", "/programmes",
                                                                 "/calls", "/events", "/roundtable", "/self-assessment"]))
    crawled = crawl(inspector, signed_in, "fi, signed in", seeds, "fi", budget=PAGE_BUDGET // 2)
    crawled += crawl(inspector, anonymous, "fi, anonymous", seeds, "fi", budget=PAGE_BUDGET * 3 // 10)
    own = list(store.own_pages) if store else []
    for language in ["sv", "en"]:
        crawled += crawl(inspector, signed_in, f"{language}, signed in", own[:30], language, budget=PAGE_BUDGET // 16, per_pattern=0)
        crawled += crawl(inspector, anonymous, f"{language}, anonymous", own[:20], language, budget=PAGE_BUDGET // 16, per_pattern=0)

    # The positive check: each entity's own (Finnish) page shows its name or title exactly as stored.
    missing = []
    if store:
        for page, tags in store.own_pages.items():
            if page.startswith(PRIVATE_PAGES) and signed_in_as_admin is False:
                continue  # only the admin who made them sees these, and the crawl is not signed in as that admin
            for tag in sorted(tags):
                if not inspector.intact_on(tag, f"/fi{page}"):
                    elsewhere = sorted(inspector.seen.get(tag, ()))[:2]
                    how = ("shown with its character references decoded, as text is when `&name;` or `&#NN;` is left as it is"
                           if inspector.decoded_on(tag, f"/fi{page}") else "not shown intact")
                    missing.append(f"/fi{page}: {tag} {hostile.fields[tag]} = {hostile.values[tag]!r} is {how}"
                                   + (f" (intact on {elsewhere})" if elsewhere else ""))
        if not any(store.own_pages.values()):
            missing.append("no entity was created, so nothing was checked for being shown")

    # Forms sent back with hostile text: every "new" form the signed-in crawl met, the edit forms of this test's own
    # entities, and the two forms anyone may send (signing in, registering).
    own_prefixes = tuple(f"/fi{page}/" for page in (store.own_pages if store else {}) if page.count("/") >= 2)
    forms = sorted({path for path, label in inspector.visited if label == "fi, signed in" and "?" not in path
                    and (path.endswith("/new") or (path.endswith("/edit") and path.startswith(own_prefixes)))})
    chosen, kinds = [], set()
    for path in forms:
        if pattern_of(path) not in kinds:
            kinds.add(pattern_of(path))
            chosen.append(path)
    sent = sum(round_trip(inspector, signed_in, path, "fi, signed in", hostile) for path in chosen[:40])
    print(f"\nForms sent back: {', '.join(pattern_of(path) for path in chosen[:40])}")
    if store and store.ids.get("event"):
        sent += round_trip(inspector, requests.Session(), f"/fi/events/{store.ids['event']}/register", "anonymous", hostile)
    sent += round_trip(inspector, requests.Session(), "/fi/sign-in?next=%2Ffi%2Fcalls", "anonymous", hostile)

    stored = sorted(hostile.stored)
    shown = [tag for tag in stored if inspector.seen.get(tag)]
    print(f"\nHostile strings: {inspector.pages} HTML pages checked ({reflected} reflected requests, {crawled} crawled) "
          f"and {sent} forms sent back, in {now() - started:.0f} s. Through the API {len(hostile.tried)} fields given "
          f"hostile text or a dangerous address ({len(hostile.url_fields)} of them addresses), {len(set(hostile.refused))} refused it; "
          f"{len(stored)} hostile values stored, {len(shown)} of them seen intact on some page; "
          f"{len(inspector.checked_values)} distinct hostile values found on pages in all.")
    if hostile.refused:
        print("Refused (422, then plain text or left out): " + ", ".join(sorted(set(hostile.refused))))
    not_seen = [f"{tag} {hostile.fields[tag]}" + (" (shown with its &…; decoded)" if inspector.decoded.get(tag) else "")
                for tag in stored if not inspector.seen.get(tag)]
    if not_seen:
        print("Stored but not seen intact on any crawled page: " + "; ".join(not_seen))

    report = []
    if inspector.findings:
        report.append(f"{len(inspector.findings)} injections:")
        report += [f"  {url}: {what} {detail}" for (url, what), detail in list(inspector.findings.items())[:80]]
    if problems:
        report.append("Reflected values not kept:")
        report += [f"  {p}" for p in problems[:20]]
    if missing:
        report.append("Stored values not shown intact on their own page:")
        report += [f"  {m}" for m in missing[:40]]
    if store and store.skipped:
        print("Skipped: " + "; ".join(store.skipped))
    if store and store.steps:
        report.append("Steps that could not store their hostile strings:")
        report += [f"  {name}: {error}" for name, error in store.steps]
    assert not report, "\n".join(report)


def test_sign_in_goes_back_only_to_this_site(base_url):
    """A hostile `next` is never followed off the site after signing in."""
    for next_value in ["https://evil.example/", "//evil.example/", "/\\evil.example/", "/\t/evil.example/", "javascript:alert(1)",
                       'https://evil.example/"><x-evil a="']:
        session = requests.Session()
        token = csrf_in(session.get(f"{base_url}/fi/sign-in", params={"next": next_value}, timeout=30).text)
        reply = session.post(f"{base_url}/fi/sign-in", data={"email": users.REVIEWER_EMAIL, "password": users.REVIEWER_PASSWORD,
                                                             "_csrf": token, "next": next_value}, timeout=30, allow_redirects=False)
        location = reply.headers.get("location", "")
        assert reply.status_code in (302, 303), (next_value, reply.status_code)
        cleaned = re.sub(r"[\t\n\r]", "", location)
        assert cleaned.startswith("/") and not cleaned.startswith(("//", "/\\")) and "evil.example" not in cleaned, (next_value, location)


class FakeReply:
    def __init__(self, url, text):
        self.url, self.text, self.status_code = url, text, 200
        self.headers = {"content-type": "text/html; charset=utf-8"}


def test_the_checks_find_what_plot_wrote_before_the_fix():
    """The checks themselves, on a page written as Plot wrote attributes before the fix (values as they are) and as
    they are written now (`& < > " '` as references): the first is caught, the second passes and shows the value."""
    hostile = Hostile()
    values = [hostile.text(f"field{index}") for index in range(len(PAYLOADS))]

    def page(attribute):
        fields = "".join(f'<input name="f{index}" value="{attribute(value)}"><a href="/sv/x?q={attribute(value)}" '
                         f'title="{attribute(value)}">{html.escape(value, quote=False)}</a>' for index, value in enumerate(values))
        return f'<!DOCTYPE html><html lang="fi"><head><title>Solmu</title></head><body><main>{fields}</main></body></html>'

    before = Inspector("http://127.0.0.1:1", hostile)
    before.inspect(FakeReply("http://127.0.0.1:1/fi/before", page(lambda value: value)), "before")
    found = {what for (_, what) in before.findings}
    assert {"<x-evil> element", "<meta http-equiv>", "attribute 'a' on <x-evil>", "attribute 'onfocus' on <input>"} <= found, found

    after = Inspector("http://127.0.0.1:1", hostile)
    after.inspect(FakeReply("http://127.0.0.1:1/fi/after", page(lambda value: html.escape(value, quote=True))), "after")
    assert not after.findings, after.findings
    assert all(after.intact_on(hostile.tag_of(value), "/fi/after") for value in values)
