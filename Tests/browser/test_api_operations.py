"""The JSON API's changing and removing operations, each driven to success as a user of the API would, and checked
the way that user would check it: the changed value reads back, the removed thing is gone from its list, the notice
shows as read, the returned application is editable again.

Every test builds what it needs through the API itself (with an admin's API token, and as the signed-in test users
where the operation is theirs), so that it depends on no other test and on no data another test changes.
"""
import os
import re
import time
import uuid

import html5lib
import pytest
import requests

import users

API = "/api/v1"


def unique(word):
    return f"{word} {uuid.uuid4().hex[:8]}"


# ---------------------------------------------------------------------------------------------------------------------
# Talking to the API


class Api:
    """Sends JSON to the API with an API token, with a signed-in session and its CSRF token (as a page's script does),
    or as anyone (neither)."""

    def __init__(self, base_url, token=None, session=None, csrf=None):
        self.base_url = base_url
        self.http = session or requests.Session()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {"X-CSRF-Token": csrf} if csrf else {}

    def send(self, method, path, body=None, status=None):
        """The reply to METHOD path; with `status`, fails unless the server answers with it."""
        for _ in range(20):
            reply = self.http.request(method, f"{self.base_url}{API}{path}", json=body, headers=self.headers, timeout=60)
            if reply.status_code != 429:
                break
            time.sleep(min(float(reply.headers.get("retry-after", "1") or 1), 10))
        if status is not None:
            assert reply.status_code == status, f"{method} {path} answered {reply.status_code}: {reply.text[:600]}"
        return reply

    def call(self, method, path, body=None, status=200):
        reply = self.send(method, path, body, status)
        return reply.json() if reply.content and "json" in reply.headers.get("content-type", "") else None

    def get(self, path, status=200):
        return self.call("GET", path, status=status)

    def post(self, path, body=None, status=201):
        return self.call("POST", path, body, status)

    def patch(self, path, body, status=200):
        return self.call("PATCH", path, body, status)

    def put(self, path, body, status=200):
        return self.call("PUT", path, body, status)

    def delete(self, path, status=204):
        return self.call("DELETE", path, status=status)


def csrf_in(page):
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    return next(i.attrib["value"] for i in tree.iter("input") if i.attrib.get("name") == "_csrf")


def sign_in(base_url, email, password):
    session = requests.Session()
    token = csrf_in(session.get(f"{base_url}/fi/sign-in", timeout=30).text)
    reply = session.post(f"{base_url}/fi/sign-in", data={"email": email, "password": password, "_csrf": token},
                         timeout=30, allow_redirects=False)
    assert reply.status_code in (302, 303), f"signing in as {email} answered {reply.status_code}"
    return session


def signed_in_api(base_url, email, password):
    session = sign_in(base_url, email, password)
    return Api(base_url, session=session, csrf=csrf_in(session.get(f"{base_url}/fi/programmes", timeout=30).text))


@pytest.fixture(scope="module")
def admin_account(base_url, solmu_command):
    """(token, email, password) of an admin: made here on conftest's own server, or SOLMU_ADMIN_TOKEN (with
    SOLMU_ADMIN_EMAIL and SOLMU_ADMIN_PASSWORD, if given) for SOLMU_BASE_URL's server."""
    if os.environ.get("SOLMU_ADMIN_TOKEN"):
        return os.environ["SOLMU_ADMIN_TOKEN"], os.environ.get("SOLMU_ADMIN_EMAIL"), os.environ.get("SOLMU_ADMIN_PASSWORD")
    if solmu_command is None:
        pytest.skip("Set SOLMU_ADMIN_TOKEN (an admin's API token) when SOLMU_BASE_URL is given")
    email, password = f"operations-admin-{uuid.uuid4().hex[:8]}@example.fi", "operations-password-1"
    solmu_command("user", "create", "--email", email, "--role", "admin", "--name", "Olga Operations", input=password + "\n")
    output = solmu_command("token", "create", "--email", email, "--label", "API operations")
    token = [line for line in output.splitlines() if line.strip()][-1].strip()
    return token, email, password


@pytest.fixture(scope="module")
def admin(base_url, admin_account):
    return Api(base_url, token=admin_account[0])


@pytest.fixture(scope="module")
def anyone(base_url):
    return Api(base_url)


@pytest.fixture(scope="module")
def applicant(base_url):
    """Acts for the City of Tampere."""
    return signed_in_api(base_url, users.APPLICANT_EMAIL, users.APPLICANT_PASSWORD)


@pytest.fixture(scope="module")
def reviewer_id(base_url, admin_account):
    """The reviewer's user id, from the admins' user list (the API names no users)."""
    _, email, password = admin_account
    if not (email and password):
        pytest.skip("The reviewer's id is read from the admins' user list: set SOLMU_ADMIN_EMAIL and SOLMU_ADMIN_PASSWORD")
    tree = html5lib.parse(sign_in(base_url, email, password).get(f"{base_url}/fi/admin/users", timeout=30).text,
                          namespaceHTMLElements=False)
    for row in tree.iter("tr"):
        if users.REVIEWER_EMAIL in "".join(row.itertext()):
            for form in row.iter("form"):
                match = re.search(r"/admin/users/([0-9A-Fa-f-]{36})", form.attrib.get("action", ""))
                if match:
                    return match.group(1)
    raise AssertionError(f"{users.REVIEWER_EMAIL} is not in the admins' user list")


# ---------------------------------------------------------------------------------------------------------------------
# What the tests build


def organisation(api, kind="company", municipality="837"):
    return api.post("/organizations", {"name": unique("Toimintatesti Oy"), "type": kind, "municipalityCode": municipality})


def programme(api, coordinator_id):
    return api.post("/programmes", {"name": unique("Toimintatestiohjelma"), "coordinatorId": coordinator_id,
                                    "startsOn": "2024-01-01", "endsOn": "2030-12-31"})


def network(api, coordinator_id):
    created = api.post("/networks", {"name": unique("Toimintatestiverkosto"), "kind": "network", "localities": ["837"]})
    api.post(f"/networks/{created['id']}/members", {"organizationId": coordinator_id, "role": "coordinator"})
    return created


def ecosystem(api, coordinator_id, **fields):
    return api.post("/ecosystems", {"name": unique("Toimintatestiekosysteemi"), "municipalities": ["837"],
                                    "coordinatorId": coordinator_id, **fields})


def project(api, programme_id):
    return api.post("/projects", {"name": {"fi": unique("Toimintatestihanke")}, "programmeId": programme_id,
                                  "startsOn": "2024-01-01", "endsOn": "2030-12-31", "totalCents": 100000})["project"]


def indicator(api, programme_id, code="TT1"):
    return api.post(f"/programmes/{programme_id}/indicators", {"code": code, "name": {"fi": "Mukana olleet yritykset"},
                                                               "unit": "companies", "aggregation": "sum"})


def workshop(api, network_id, **fields):
    return api.post("/events", {"kind": "workshop", "networkId": network_id, "title": {"fi": unique("Toimintatestityöpaja")},
                                "startsAt": "2030-05-14T09:00", "endsAt": "2030-05-14T12:00", "municipalityCode": "837",
                                "published": True, **fields})


@pytest.fixture
def open_call(admin):
    """A published call of the admin's own programme, open until 2031; unpublished again afterwards, so that the
    public list of calls (which other tests read) shows it only meanwhile."""
    lead = organisation(admin)
    programme_id = programme(admin, lead["id"])["id"]
    call = admin.post("/calls", {"programmeId": programme_id, "number": 1, "title": {"fi": unique("Toimintatestihaku")},
                                 "opensAt": "2024-01-01T09:00", "closesAt": "2031-12-31T16:00", "budgetCents": 1000000,
                                 "published": True})
    yield call
    admin.patch(f"/calls/{call['id']}", {"published": False})


@pytest.fixture
def tampere_contact(admin):
    """A person of the City of Tampere, to be the applicant's contact person."""
    tampere = admin.get("/organizations?q=Tampereen%20kaupunki")["items"]
    tampere_id = next(o["id"] for o in tampere if o["name"] == "Tampereen kaupunki")
    return tampere_id, admin.get(f"/people?organization={tampere_id}")["items"][0]["id"]


def complete_draft(applicant, call, tampere_contact):
    """The applicant's draft, led by Tampere, with everything a submission needs."""
    tampere_id, person_id = tampere_contact
    draft = applicant.post("/applications", {"callId": call["id"], "title": unique("Avoimen datan kokeilu"),
                                             "summary": "Kokeilu.", "objectives": "Avata liikennedata."})
    path = f"/applications/{draft['id']}"
    lead = next(p for p in draft["partners"] if p["role"] == "lead")
    assert lead["organizationId"] == tampere_id
    applicant.patch(f"{path}/partners/{lead['id']}", {"contactPersonId": person_id, "budgetCents": 500000, "requestedCents": 300000})
    applicant.post(f"{path}/work-packages", {"number": 1, "title": "Datan avaaminen", "responsibleId": tampere_id})
    return applicant.get(path)


# ---------------------------------------------------------------------------------------------------------------------
# Applications: the consortium's draft


def test_the_consortium_changes_and_removes_a_planned_work_package(admin, open_call):
    lead = organisation(admin)
    draft = admin.post("/applications", {"callId": open_call["id"], "title": unique("Työpakettihakemus"), "leadOrganizationId": lead["id"]})
    path = f"/applications/{draft['id']}"
    added = admin.post(f"{path}/work-packages", {"number": 1, "title": "Suunnittelu", "responsibleId": lead["id"]})
    package = added["workPackages"][0]

    changed = admin.patch(f"{path}/work-packages/{package['id']}", {"title": "Suunnittelu ja kokeilu", "description": "Kaksi vaihetta."})
    assert changed["workPackages"][0]["title"] == "Suunnittelu ja kokeilu"
    again = admin.get(path)["workPackages"]
    assert [(p["id"], p["number"], p["title"], p["description"]) for p in again] == \
        [(package["id"], 1, "Suunnittelu ja kokeilu", "Kaksi vaihetta.")]

    admin.delete(f"{path}/work-packages/{package['id']}")
    application = admin.get(path)
    assert application["workPackages"] == []
    assert "workPackages" in application["missing"]
    admin.delete(f"{path}/work-packages/{package['id']}", status=404)


def test_the_consortium_removes_a_co_applicant(admin, open_call):
    lead, other = organisation(admin), organisation(admin, municipality="853")
    draft = admin.post("/applications", {"callId": open_call["id"], "title": unique("Kumppanihakemus"), "leadOrganizationId": lead["id"]})
    path = f"/applications/{draft['id']}"
    added = admin.post(f"{path}/partners", {"organizationId": other["id"], "role": "coApplicant", "budgetCents": 1000, "requestedCents": 500})
    partner = next(p for p in added["partners"] if p["organizationId"] == other["id"])

    admin.delete(f"{path}/partners/{partner['id']}")
    partners = admin.get(path)["partners"]
    assert [(p["organizationId"], p["role"]) for p in partners] == [(lead["id"], "lead")]
    # The lead stays.
    admin.delete(f"{path}/partners/{partners[0]['id']}", status=409)


# ---------------------------------------------------------------------------------------------------------------------
# Applications: the office's steps


def test_the_office_assigns_lists_and_withdraws_a_reviewer(admin, applicant, open_call, tampere_contact, reviewer_id):
    application = complete_draft(applicant, open_call, tampere_contact)
    path = f"/applications/{application['id']}"
    assert applicant.post(f"{path}/submit", status=200)["state"] == "submitted"
    assigned = admin.post(f"{path}/assessments", {"reviewerId": reviewer_id})

    listed = admin.get(f"{path}/assessments")
    assert listed["total"] == 1
    assert [(a["id"], a["applicationId"], a["state"], a["reviewerName"]) for a in listed["items"]] == \
        [(assigned["id"], application["id"], "assigned", "Riikka Reviewer")]
    # The assessments are the office's: the consortium may not list them.
    applicant.get(f"{path}/assessments", status=403)

    admin.delete(f"{path}/assessments/{assigned['id']}")
    assert admin.get(f"{path}/assessments") == {"items": [], "total": 0, "limit": 0, "offset": 0}
    admin.get(f"/assessments/{assigned['id']}", status=404)


def test_the_office_returns_an_application_and_the_consortium_reads_the_notice(admin, applicant, open_call, tampere_contact):
    application = complete_draft(applicant, open_call, tampere_contact)
    path = f"/applications/{application['id']}"
    applicant.post(f"{path}/submit", status=200)

    # A reason is required.
    admin.post(f"{path}/return", {}, status=422)
    returned = admin.post(f"{path}/return", {"reason": "Budjetin erittely puuttuu."}, status=200)
    assert returned["state"] == "returned"
    last = applicant.get(f"{path}/events")["items"][-1]
    assert (last["action"], last["fromState"], last["toState"], last["reason"]) == \
        ("returnForCompletion", "submitted", "returned", "Budjetin erittely puuttuu.")
    # Returned for completion: the consortium edits it again and submits it anew.
    edited = applicant.patch(path, {"summary": "Kokeilu, budjetti eriteltynä.", "version": returned["version"]})
    assert edited["summary"] == "Kokeilu, budjetti eriteltynä."
    assert applicant.post(f"{path}/submit", status=200)["state"] == "submitted"

    notices = [m for m in applicant.get("/inbox")["items"] if m["applicationId"] == application["id"]]
    notice = next(m for m in notices if m["values"].get("state") == "returned")
    assert notice["read"] is False
    applicant.post(f"/inbox/{notice['id']}/read", status=204)
    after = {m["id"]: m["read"] for m in applicant.get("/inbox")["items"]}
    assert after[notice["id"]] is True
    assert all(after[m["id"]] is False for m in notices if m["id"] != notice["id"])
    # Nobody else reads it.
    admin.post(f"/inbox/{notice['id']}/read", status=404)


# ---------------------------------------------------------------------------------------------------------------------
# Governing bodies' meetings


def test_a_meeting_is_read_changed_and_removed(admin, anyone):
    owner = organisation(admin)
    programme_id = programme(admin, owner["id"])["id"]
    body = admin.post("/bodies", {"programmeId": programme_id, "kind": "steeringGroup", "name": {"fi": unique("Ohjausryhmä")}})
    meetings = f"/bodies/{body['id']}/meetings"
    meeting = admin.post(meetings, {"startsAt": "2026-03-10T14:00", "place": "Kaupungintalo", "minutesPublic": False})
    path = f"{meetings}/{meeting['id']}"

    read = admin.get(path)
    assert (read["id"], read["bodyId"], read["place"], read["minutesPublic"], read["items"], read["present"]) == \
        (meeting["id"], body["id"], "Kaupungintalo", False, [], [])

    changed = admin.patch(path, {"place": "Valtuustosali", "minutes": "Päätettiin jatkaa.", "minutesPublic": True})
    assert (changed["place"], changed["minutes"], changed["minutesPublic"]) == ("Valtuustosali", "Päätettiin jatkaa.", True)
    public = anyone.get(path)
    assert (public["place"], public["minutes"], public["startsAt"]) == ("Valtuustosali", "Päätettiin jatkaa.", read["startsAt"])

    with_item = admin.post(f"{path}/items", {"number": 1, "title": "Hankkeen tilanne", "decisionPublic": False})
    item = with_item["items"][0]
    decided = admin.patch(f"{path}/items/{item['id']}", {"decision": "Merkittiin tiedoksi.", "decisionPublic": True})
    assert [(i["id"], i["title"], i["decision"], i["decisionPublic"]) for i in decided["items"]] == \
        [(item["id"], "Hankkeen tilanne", "Merkittiin tiedoksi.", True)]
    assert admin.get(path)["items"][0]["decision"] == "Merkittiin tiedoksi."

    admin.delete(path)
    admin.get(path, status=404)
    assert meeting["id"] not in [m["id"] for m in admin.get(meetings)["items"]]


# ---------------------------------------------------------------------------------------------------------------------
# Ecosystems


def test_a_goal_is_changed_and_removed(admin):
    place = ecosystem(admin, organisation(admin)["id"])
    goals = f"/ecosystems/{place['id']}/goals"
    goal = admin.post(goals, {"title": "Uusia yrityksiä", "target": "20 yritystä", "targetDate": "2030", "progress": 10})

    changed = admin.patch(f"{goals}/{goal['id']}", {"progress": 60, "target": "25 yritystä"})
    assert (changed["progress"], changed["target"], changed["title"]) == (60, "25 yritystä", "Uusia yrityksiä")
    assert [(g["id"], g["progress"], g["target"]) for g in admin.get(goals)["items"]] == [(goal["id"], 60, "25 yritystä")]

    admin.delete(f"{goals}/{goal['id']}")
    assert admin.get(goals)["items"] == []
    admin.delete(f"{goals}/{goal['id']}", status=404)


def test_an_action_is_changed_and_removed(admin):
    owner = organisation(admin)
    place = ecosystem(admin, owner["id"])
    actions = f"/ecosystems/{place['id']}/actions"
    action = admin.post(actions, {"title": "Kokeiluympäristö", "ownerId": owner["id"], "dueOn": "2029-06", "status": "planned"})

    changed = admin.patch(f"{actions}/{action['id']}", {"status": "ongoing", "dueOn": "2029-12"})
    assert (changed["status"], changed["dueOn"], changed["title"], changed["ownerId"]) == ("ongoing", "2029-12", "Kokeiluympäristö", owner["id"])
    assert [(a["id"], a["status"]) for a in admin.get(actions)["items"]] == [(action["id"], "ongoing")]

    admin.delete(f"{actions}/{action['id']}")
    assert admin.get(actions)["items"] == []


def test_two_ecosystems_are_compared(admin, anyone):
    first_actor, second_actor = organisation(admin), organisation(admin, kind="startup")
    first = ecosystem(admin, first_actor["id"], linkedActors=[first_actor["id"]])
    second = ecosystem(admin, second_actor["id"], linkedActors=[second_actor["id"]])
    for progress in (100, 40):
        admin.post(f"/ecosystems/{first['id']}/goals", {"title": "Tavoite", "target": "Mitattava", "targetDate": "2030", "progress": progress})

    comparison = anyone.get(f"/ecosystems/compare?ids={first['id']},{second['id']}")
    rows = {row["id"]: row for row in comparison["ecosystems"]}
    assert set(rows) == {first["id"], second["id"]}
    assert (rows[first["id"]]["name"], rows[first["id"]]["goals"], rows[first["id"]]["goalsMet"]) == (first["name"], 2, 1)
    assert (rows[second["id"]]["goals"], rows[second["id"]]["goalsMet"]) == (0, 0)
    assert rows[first["id"]]["actors"] >= 1 and rows[second["id"]]["actors"] >= 1
    # One is not a comparison.
    anyone.get(f"/ecosystems/compare?ids={first['id']}", status=422)


def test_a_suggested_partner_is_marked(admin):
    competences = [c["id"] for c in admin.get("/competences")["items"]]
    place = ecosystem(admin, organisation(admin)["id"], wantedCompetences=competences[:3])
    suggestions = f"/ecosystems/{place['id']}/suggestions"
    before = admin.get(suggestions)["items"]
    assert before, "the demo atlas should suggest someone for the wanted competences"
    chosen = before[0]
    assert chosen.get("status") is None

    for status in ("contacted", "inDiscussion"):
        admin.put(suggestions, {"organizationId": chosen["organizationId"], "competence": chosen["competence"], "status": status}, status=204)
        after = admin.get(suggestions)["items"]
        marked = [s for s in after if (s["organizationId"], s["competence"]) == (chosen["organizationId"], chosen["competence"])]
        assert [s["status"] for s in marked] == [status]


# ---------------------------------------------------------------------------------------------------------------------
# Events and their follow-up


def test_the_organiser_marks_attendance(admin, anyone):
    owner = organisation(admin)
    event = workshop(admin, network(admin, owner["id"])["id"], capacity=10)
    registration = anyone.post(f"/events/{event['id']}/registrations",
                               {"name": "Aino Osallistuja", "email": f"aino-{uuid.uuid4().hex[:8]}@example.fi"})
    assert registration["status"] == "confirmed"
    path = f"/events/{event['id']}/registrations/{registration['id']}"

    marked = admin.patch(path, {"attended": True})
    assert (marked["id"], marked["attended"]) == (registration["id"], True)
    listed = admin.get(f"/events/{event['id']}/registrations")["items"]
    assert [(r["id"], r["attended"]) for r in listed] == [(registration["id"], True)]
    assert admin.patch(path, {"attended": False})["attended"] is False
    assert admin.get(f"/events/{event['id']}/registrations")["items"][0]["attended"] is False


def test_the_organiser_removes_an_input(admin):
    owner = organisation(admin)
    event = workshop(admin, network(admin, owner["id"])["id"])
    inputs = f"/events/{event['id']}/inputs"
    kept = admin.post(inputs, {"text": "Lisää avointa dataa.", "sourceType": "company"})
    removed = admin.post(inputs, {"text": "Väärä tapahtuma.", "sourceType": "other"})

    admin.delete(f"{inputs}/{removed['id']}")
    assert [i["id"] for i in admin.get(inputs)["items"]] == [kept["id"]]
    admin.delete(f"{inputs}/{removed['id']}", status=404)


def test_a_follow_up_action_is_changed_and_removed(admin):
    owner = organisation(admin)
    group = network(admin, owner["id"])
    event = workshop(admin, group["id"])
    heard = admin.post(f"/events/{event['id']}/inputs", {"text": "Yhteinen kokeilualusta.", "sourceType": "university"})
    actions = f"/networks/{group['id']}/actions"
    action = admin.post(actions, {"title": {"fi": "Kokeilualustan selvitys"}, "ownerId": owner["id"], "dueOn": "2030-06-30"})
    assert (action["status"], action["inputIds"]) == ("planned", [])

    changed = admin.patch(f"{actions}/{action['id']}", {"status": "inProgress", "inputIds": [heard["id"]]})
    assert (changed["status"], changed["inputIds"], changed["title"]["fi"]) == ("inProgress", [heard["id"]], "Kokeilualustan selvitys")
    assert [(a["id"], a["status"], a["inputIds"]) for a in admin.get(actions)["items"]] == [(action["id"], "inProgress", [heard["id"]])]
    assert admin.get(f"/events/{event['id']}/inputs")["items"][0]["actionIds"] == [action["id"]]
    assert admin.get(f"/networks/{group['id']}/follow-up")["answered"] == 1

    admin.delete(f"{actions}/{action['id']}")
    assert admin.get(actions)["items"] == []
    # The input it answered stays.
    assert [(i["id"], i["actionIds"]) for i in admin.get(f"/events/{event['id']}/inputs")["items"]] == [(heard["id"], [])]


# ---------------------------------------------------------------------------------------------------------------------
# The round table


def test_a_position_is_removed_from_a_topic(admin):
    owner, stakeholder = organisation(admin), organisation(admin, kind="association")
    topic = admin.post("/roundtable/topics", {"networkId": network(admin, owner["id"])["id"], "title": {"fi": unique("Datatalous")}})
    with_positions = admin.post(f"/roundtable/topics/{topic['id']}/positions", {"organizationId": stakeholder["id"], "stance": "supports"})
    position = with_positions["positions"][0]
    assert with_positions["stances"] == {"supports": 1}

    admin.delete(f"/roundtable/topics/{topic['id']}/positions/{position['id']}")
    after = admin.get(f"/roundtable/topics/{topic['id']}")
    assert (after["positions"], after["stances"]) == ([], {})


# ---------------------------------------------------------------------------------------------------------------------
# Programmes and projects


def test_a_programme_is_removed_and_its_projects_stay_without_it(admin):
    removed = programme(admin, organisation(admin)["id"])
    work = project(admin, removed["id"])

    admin.delete(f"/programmes/{removed['id']}")
    admin.get(f"/programmes/{removed['id']}", status=404)
    assert removed["id"] not in [p["id"] for p in admin.get("/programmes")["items"]]
    assert admin.get(f"/projects/{work['id']}").get("programmeId") is None


def test_an_unused_indicator_is_removed(admin):
    programme_id = programme(admin, organisation(admin)["id"])["id"]
    kept, removed = indicator(admin, programme_id, "TT1"), indicator(admin, programme_id, "TT2")

    admin.delete(f"/programmes/{programme_id}/indicators/{removed['id']}")
    assert [i["id"] for i in admin.get(f"/programmes/{programme_id}/indicators")["items"]] == [kept["id"]]
    assert [i["code"] for i in admin.get(f"/programmes/{programme_id}")["indicators"]] == ["TT1"]


def test_a_project_work_package_is_removed(admin):
    work = project(admin, programme(admin, organisation(admin)["id"])["id"])
    packages = f"/projects/{work['id']}/work-packages"
    first = admin.post(packages, {"number": 1, "title": {"fi": "Hallinnointi"}})
    second = admin.post(packages, {"number": 2, "title": {"fi": "Kokeilut"},
                                   "items": [{"kind": "task", "title": "Kokeilu kouluissa"}]})

    admin.delete(f"{packages}/{second['id']}")
    assert [p["id"] for p in admin.get(packages)["items"]] == [first["id"]]
    assert [p["number"] for p in admin.get(f"/projects/{work['id']}")["workPackages"]] == [1]


def test_a_project_result_is_removed(admin):
    work = project(admin, programme(admin, organisation(admin)["id"])["id"])
    results = f"/projects/{work['id']}/results"
    result = admin.post(results, {"kind": "pilot", "title": "Liikennedatan kokeilu"})

    admin.delete(f"{results}/{result['id']}")
    assert admin.get(results)["items"] == []
    admin.delete(f"{results}/{result['id']}", status=404)


def test_an_indicator_report_is_removed(admin):
    programme_id = programme(admin, organisation(admin)["id"])["id"]
    measure = indicator(admin, programme_id)
    work = project(admin, programme_id)
    reports = f"/projects/{work['id']}/reports"
    first = admin.post(reports, {"indicatorId": measure["id"], "periodStart": "2025-01-01", "periodEnd": "2025-06-30", "value": "4"})
    second = admin.post(reports, {"indicatorId": measure["id"], "periodStart": "2025-07-01", "periodEnd": "2025-12-31", "value": "6"})

    admin.delete(f"{reports}/{second['id']}")
    assert [(r["id"], r["value"]) for r in admin.get(reports)["items"]] == [(first["id"], "4")]
    # Reported against, the indicator stays.
    admin.delete(f"/programmes/{programme_id}/indicators/{measure['id']}", status=409)


# ---------------------------------------------------------------------------------------------------------------------
# The self-assessment questionnaire


def test_an_admin_publishes_a_new_version_of_the_questionnaire(admin, anyone):
    """The new version copies the latest published one, so those answering next get the same questions."""
    published = next(v for v in admin.get("/self-assessment/instruments")["items"] if v["published"])
    draft = admin.post(f"/self-assessment/instruments/{published['id']}/versions")
    assert draft["published"] is False
    summary = next(v for v in admin.get("/self-assessment/instruments")["items"] if v["id"] == draft["id"])
    assert (summary["published"], summary["key"]) == (False, published["key"])

    made = admin.post(f"/self-assessment/instruments/{draft['id']}/publish", status=200)
    assert (made["id"], made["published"]) == (draft["id"], True)
    public = anyone.get("/self-assessment/instruments")["items"]
    summary = next(v for v in public if v["id"] == draft["id"])
    assert summary["published"] is True and summary["publishedAt"]
    # Published, it is frozen.
    admin.post(f"/self-assessment/instruments/{draft['id']}/publish", status=409)
