"""The OpenAPI document checked against the running server: the document is valid OpenAPI 3.1,
and what the server answers matches what the document says, for success and for problems."""
import jsonschema
import pytest
import requests
from openapi_spec_validator import validate


@pytest.fixture(scope="module")
def document(base_url):
    doc = requests.get(f"{base_url}/api/v1/openapi.json", timeout=10).json()
    validate(doc)
    return doc


def resolve(document, node):
    """A `#/components/...` reference as the document writes shared responses."""
    while "$ref" in node:
        target = document
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def schema_for(document, path, method, status, media="application/json"):
    response = resolve(document, document["paths"][path][method]["responses"][str(status)])
    schema = dict(response["content"][media]["schema"])
    schema["components"] = document["components"]  # so that #/components/... refs resolve
    return schema


def check(document, base_url, path, method="get", status=200, media="application/json", url_path=None, **kwargs):
    reply = requests.request(method.upper(), f"{base_url}/api/v1{url_path or path}", timeout=20, **kwargs)
    assert reply.status_code == status, reply.text[:300]
    assert reply.headers["content-type"].startswith(media)
    jsonschema.Draft202012Validator(schema_for(document, path, method, status, media)).validate(reply.json())
    return reply.json()


def test_lists_match_their_schemas(document, base_url):
    assert len(check(document, base_url, "/regions")["items"]) == 19
    assert check(document, base_url, "/municipalities")["total"] == 308
    check(document, base_url, "/municipalities", url_path="/municipalities?region=06")
    check(document, base_url, "/competences")
    found = check(document, base_url, "/organizations", url_path="/organizations?q=tampere&limit=50")
    names = [item["name"] for item in found["items"]]
    assert "Business Tampere" in names and "Tampereen kaupunki" in names
    check(document, base_url, "/people", url_path="/people?limit=100")
    health = check(document, base_url, "/healthz")
    assert health["database"] in ("sqlite", "postgresql")


def test_single_items_match_their_schemas(document, base_url):
    first = requests.get(f"{base_url}/api/v1/organizations?limit=1", timeout=10).json()["items"][0]
    check(document, base_url, "/organizations/{id}", url_path=f"/organizations/{first['id']}")
    check(document, base_url, "/regions/{code}", url_path="/regions/06")
    check(document, base_url, "/municipalities/{code}", url_path="/municipalities/837")
    person = requests.get(f"{base_url}/api/v1/people?limit=1", timeout=10).json()["items"][0]
    check(document, base_url, "/people/{id}", url_path=f"/people/{person['id']}")


def test_problems_match_the_problem_schema(document, base_url):
    check(document, base_url, "/organizations/{id}", status=404, media="application/problem+json", url_path="/organizations/987654")
    check(document, base_url, "/organizations", status=422, media="application/problem+json", url_path="/organizations?limit=0")
    problem = check(document, base_url, "/organizations", method="post", status=401, media="application/problem+json",
                    json={"name": "x", "type": "company", "businessId": "1234567-8"})
    assert problem["status"] == 401


def test_csv_downloads(base_url):
    reply = requests.get(f"{base_url}/api/v1/organizations?format=csv&region=06", timeout=20)
    assert reply.headers["content-type"].startswith("text/csv")
    text = reply.content.decode("utf-8")
    assert text.startswith("\ufeffid,name,type,business_id")
    total = requests.get(f"{base_url}/api/v1/organizations?region=06", timeout=10).json()["total"]
    assert len([line for line in text.split("\r\n") if line]) == total + 1


def test_every_documented_get_without_parameters_answers(document, base_url):
    for path, item in document["paths"].items():
        required = [p for p in item.get("get", {}).get("parameters", []) if p.get("required")]
        if "get" in item and "{" not in path and not required:
            reply = requests.get(f"{base_url}/api/v1{path}", timeout=20)
            # What needs signing in (the user's own applications, assessments, inbox) says so; the rest is open.
            assert reply.status_code == (401 if item["get"].get("security") else 200), path


def test_programmes_and_projects_match_their_schemas(document, base_url):
    programmes = check(document, base_url, "/programmes")
    six = next(p for p in programmes["items"] if p["name"] == "6Aika")
    pid = six["id"]
    check(document, base_url, "/programmes/{id}", url_path=f"/programmes/{pid}")
    dashboard = check(document, base_url, "/programmes/{id}/dashboard", url_path=f"/programmes/{pid}/dashboard")
    assert dashboard["budgetTotal"]["cents"] == sum(row["cents"] for row in dashboard["budgetByInstrument"])
    for part in ["instruments", "indicators", "figures"]:
        check(document, base_url, f"/programmes/{{id}}/{part}", url_path=f"/programmes/{pid}/{part}")
    projects = check(document, base_url, "/projects", url_path=f"/projects?programme={pid}&limit=50")
    assert projects["total"] >= 3
    towns = check(document, base_url, "/projects", url_path="/projects?city=140")["items"][0]["id"]
    check(document, base_url, "/projects/{id}", url_path=f"/projects/{towns}")
    for part in ["implementers", "work-packages", "results", "targets", "reports"]:
        check(document, base_url, f"/projects/{{id}}/{part}", url_path=f"/projects/{towns}/{part}")
    bodies = check(document, base_url, "/bodies", url_path=f"/bodies?programme={pid}")
    assert len(bodies["items"]) == 2
    check(document, base_url, "/bodies/{id}", url_path=f"/bodies/{bodies['items'][0]['id']}")
    check(document, base_url, "/bodies/{id}/members", url_path=f"/bodies/{bodies['items'][0]['id']}/members")
    check(document, base_url, "/projects", status=422, media="application/problem+json", url_path="/projects?status=running")
    check(document, base_url, "/projects/{id}", status=404, media="application/problem+json", url_path="/projects/987654")


def signed_in(document, base_url, email, password):
    """A session signed in as `email`, and `write`, which sends through the API with the session cookie and the CSRF
    token (as a page's script would) and checks the answer against the document."""
    import re
    session = requests.Session()
    page = session.get(f"{base_url}/en/sign-in", timeout=10).text
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    session.post(f"{base_url}/en/sign-in", data={"email": email, "password": password, "_csrf": token}, timeout=10)
    token = re.search(r'name="_csrf" value="([^"]+)"', session.get(f"{base_url}/en/programmes", timeout=10).text).group(1)
    headers = {"X-CSRF-Token": token}

    def write(path, method, status, url_path, body=None, media="application/json"):
        reply = session.request(method.upper(), f"{base_url}/api/v1{url_path}", json=body, headers=headers, timeout=20)
        assert reply.status_code == status, reply.text[:300]
        assert reply.headers["content-type"].startswith(media)
        jsonschema.Draft202012Validator(schema_for(document, path, method, status, media)).validate(reply.json())
        return reply

    return session, headers, write


def test_project_writes_match_their_schemas(document, base_url):
    from conftest import EDITOR_EMAIL, EDITOR_PASSWORD
    session, headers, write = signed_in(document, base_url, EDITOR_EMAIL, EDITOR_PASSWORD)

    six = next(p for p in requests.get(f"{base_url}/api/v1/programmes", timeout=10).json()["items"] if p["name"] == "6Aika")
    created = write("/projects", "post", 201, "/projects", {"name": {"fi": "Sopimustesti"}, "programmeId": six["id"], "totalCents": 1000})
    assert created.headers["location"].startswith("/api/v1/projects/")
    project = created.json()["project"]["id"]
    assert created.json()["eligibility"]["passes"] is False
    write("/projects/{id}", "patch", 422, f"/projects/{project}", {"euCents": 2000}, media="application/problem+json")
    indicator = six["indicators"][0]["id"]
    body = {"indicatorId": indicator, "periodStart": "2025-01-01", "periodEnd": "2025-03-31", "value": "4"}
    report = write("/projects/{id}/reports", "post", 201, f"/projects/{project}/reports", body).json()
    write("/projects/{id}/reports", "post", 409, f"/projects/{project}/reports", body, media="application/problem+json")
    path = f"/projects/{project}/reports/{report['id']}"
    assert write("/projects/{id}/reports/{reportId}", "patch", 200, path, {"value": "5", "version": 1}).json()["version"] == 2
    write("/projects/{id}/reports/{reportId}", "patch", 409, path, {"value": "6", "version": 1}, media="application/problem+json")
    assert session.delete(f"{base_url}/api/v1/projects/{project}", headers=headers, timeout=10).status_code == 204


def test_calls_and_applications_match_their_schemas(document, base_url):
    """The public call, a consortium's draft with its refusals, the audit trail and inbox, the office's pipeline and ranking."""
    from conftest import EDITOR_EMAIL, EDITOR_PASSWORD, OFFICE_EMAIL, OFFICE_PASSWORD
    calls = check(document, base_url, "/calls", url_path="/calls?open=true")
    example = next(c for c in calls["items"] if c["example"])
    check(document, base_url, "/calls/{id}", url_path=f"/calls/{example['id']}")
    check(document, base_url, "/calls", status=422, media="application/problem+json", url_path="/calls?open=maybe")
    session, _, write = signed_in(document, base_url, EDITOR_EMAIL, EDITOR_PASSWORD)
    created = write("/applications", "post", 201, "/applications", {"callId": example["id"], "title": "Sopimushakemus"}).json()
    assert created["state"] == "draft" and created["missing"]
    path = f"/applications/{created['id']}"
    edited = write("/applications/{id}", "patch", 200, path, {"summary": "Tiivistelmä", "version": created["version"]}).json()
    write("/applications/{id}", "patch", 409, path, {"summary": "Vanha", "version": created["version"]}, media="application/problem+json")
    assert edited["version"] == created["version"] + 1
    refused = write("/applications/{id}/submit", "post", 422, path + "/submit", media="application/problem+json").json()
    assert {e["field"] for e in refused["errors"]} >= {"objectives", "workPackages"}
    write("/applications/{id}/check-eligibility", "post", 403, path + "/check-eligibility", media="application/problem+json")
    write("/applications/{id}/work-packages", "post", 422, path + "/work-packages", {"title": "x"}, media="application/problem+json")
    write("/applications/{id}/withdraw", "post", 200, path + "/withdraw", {"reason": "Sopimustesti"})
    events = session.get(f"{base_url}/api/v1{path}/events", timeout=10).json()
    jsonschema.Draft202012Validator(schema_for(document, "/applications/{id}/events", "get", 200)).validate(events)
    assert [e["action"] for e in events["items"]] == ["create", "withdraw"]
    mine = session.get(f"{base_url}/api/v1/applications", timeout=10).json()
    jsonschema.Draft202012Validator(schema_for(document, "/applications", "get", 200)).validate(mine)
    inbox = session.get(f"{base_url}/api/v1/inbox", timeout=10).json()
    jsonschema.Draft202012Validator(schema_for(document, "/inbox", "get", 200)).validate(inbox)
    assert any(m["applicationId"] == created["id"] for m in inbox["items"])
    # Strangers do not learn the application exists.
    assert requests.get(f"{base_url}/api/v1{path}", timeout=10).status_code == 401
    office, _, _ = signed_in(document, base_url, OFFICE_EMAIL, OFFICE_PASSWORD)
    for part in ["applications", "ranking"]:
        reply = office.get(f"{base_url}/api/v1/calls/{example['id']}/{part}", timeout=10)
        assert reply.status_code == 200
        jsonschema.Draft202012Validator(schema_for(document, f"/calls/{{id}}/{part}", "get", 200)).validate(reply.json())
    assert session.get(f"{base_url}/api/v1/calls/{example['id']}/ranking", timeout=10).status_code == 403


def test_events_follow_up_and_round_table_match_their_schemas(document, base_url):
    """The calendar and each event (its participants, inputs and iCalendar), a network's follow-up and actions, the round table."""
    events = check(document, base_url, "/events")
    sixnet = next(n["id"] for n in requests.get(f"{base_url}/api/v1/networks?limit=100", timeout=10).json()["items"] if n["name"] == "SIXNET")
    tour = check(document, base_url, "/events", url_path=f"/events?network={sixnet}&kind=roadshow")["items"]
    assert tour and all(e["networkId"] == sixnet and e["kind"] == "roadshow" for e in tour)
    check(document, base_url, "/events", url_path="/events?region=06&theme=ai-automation")
    check(document, base_url, "/events", status=422, media="application/problem+json", url_path="/events?kind=party")
    check(document, base_url, "/events/{id}", status=404, media="application/problem+json", url_path="/events/987654")
    for event in events["items"]:
        path = f"/events/{event['id']}"
        assert check(document, base_url, "/events/{id}", url_path=path)["id"] == event["id"]
        check(document, base_url, "/events/{id}/participants", url_path=path + "/participants")
        check(document, base_url, "/events/{id}/inputs", url_path=path + "/inputs")
        # The iCalendar of an event whose days are known; 404 (a problem) for one known only to a month, or not at all.
        reply = requests.get(f"{base_url}/api/v1{path}/calendar.ics", timeout=10)
        if event.get("calendarUrl"):
            assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/calendar")
            assert event["calendarUrl"] == f"/api/v1{path}/calendar.ics"
        else:
            check(document, base_url, "/events/{id}/calendar.ics", status=404, media="application/problem+json", url_path=path + "/calendar.ics")
    for path in ["/calendar.ics", f"/networks/{sixnet}/calendar.ics", "/calendar.ics?network=1&lang=sv"]:
        reply = requests.get(f"{base_url}/api/v1{path}", timeout=10)
        assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/calendar"), path
        assert reply.text.startswith("BEGIN:VCALENDAR\r\n")
    check(document, base_url, "/networks/{id}/calendar.ics", status=404, media="application/problem+json", url_path="/networks/987654/calendar.ics")
    report = check(document, base_url, "/networks/{id}/follow-up", url_path=f"/networks/{sixnet}/follow-up")
    assert report["answered"] <= report["inputs"]
    check(document, base_url, "/networks/{id}/actions", url_path=f"/networks/{sixnet}/actions")
    topics = check(document, base_url, "/roundtable/topics")
    assert topics["items"]
    for topic in topics["items"]:
        check(document, base_url, "/roundtable/topics/{id}", url_path=f"/roundtable/topics/{topic['id']}")
    check(document, base_url, "/roundtable/topics", status=422, media="application/problem+json", url_path="/roundtable/topics?status=someday")
    check(document, base_url, "/registrations/{token}", status=404, media="application/problem+json", url_path="/registrations/" + "x" * 43)


def test_event_and_registration_writes_match_their_schemas(document, base_url):
    """An organiser publishes an event with one place; two register (the second waits), the first cancels and the second moves up."""
    from conftest import EDITOR_EMAIL, EDITOR_PASSWORD
    session, headers, write = signed_in(document, base_url, EDITOR_EMAIL, EDITOR_PASSWORD)
    networks = requests.get(f"{base_url}/api/v1/networks?limit=100", timeout=10).json()["items"]
    own = next(n["id"] for n in networks if n["name"] == "Seutukaupunkien innovaatioekosysteemiverkosto")
    sixnet = next(n["id"] for n in networks if n["name"] == "SIXNET")
    body = {"kind": "seminar", "networkId": own, "title": {"fi": "Sopimusseminaari"}, "startsAt": "2030-05-14T09:00", "endsAt": "2030-05-14T12:00",
            "capacity": 1, "published": True}
    write("/events", "post", 403, "/events", {**body, "networkId": sixnet}, media="application/problem+json")
    write("/events", "post", 422, "/events", {**body, "endsAt": "2030-05-14T08:00"}, media="application/problem+json")
    created = write("/events", "post", 201, "/events", body)
    event = created.json()
    assert created.headers["location"] == f"/api/v1/events/{event['id']}"
    assert event["startsAt"] == "2030-05-14T06:00:00Z" and event["registrationOpen"] and event["capacity"] == 1
    path = f"/events/{event['id']}"

    first = check(document, base_url, "/events/{id}/registrations", method="post", status=201, url_path=path + "/registrations",
                  json={"name": "Sopimus Ensimmäinen", "email": "first@example.fi", "listConsent": True, "language": "en"})
    assert first["status"] == "confirmed" and first["token"] and first["cancelUrl"] == f"/api/v1/registrations/{first['token']}"
    second = check(document, base_url, "/events/{id}/registrations", method="post", status=201, url_path=path + "/registrations",
                   json={"name": "Sopimus Toinen", "email": "second@example.fi"})
    assert second["status"] == "waiting" and second["waitingPosition"] == 1
    again = check(document, base_url, "/events/{id}/registrations", method="post", status=409, media="application/problem+json",
                  url_path=path + "/registrations", json={"name": "Sopimus Ensimmäinen", "email": "FIRST@example.fi"})
    assert [e["field"] for e in again.get("errors", [])] == ["email"]
    check(document, base_url, "/events/{id}/registrations", method="post", status=422, media="application/problem+json",
          url_path=path + "/registrations", json={"name": "", "email": "not-an-address"})
    public = check(document, base_url, "/events/{id}/participants", url_path=path + "/participants")
    assert [p["name"] for p in public["items"]] == ["Sopimus Ensimmäinen"]
    assert check(document, base_url, "/events/{id}", url_path=path)["waiting"] == 1

    # The organiser's list: personal data, for organisers only.
    listed = session.get(f"{base_url}/api/v1{path}/registrations", timeout=10)
    jsonschema.Draft202012Validator(schema_for(document, "/events/{id}/registrations", "get", 200)).validate(listed.json())
    assert [(r["email"], r["status"]) for r in listed.json()["items"]] == [("first@example.fi", "confirmed"), ("second@example.fi", "waiting")]
    check(document, base_url, "/events/{id}/registrations", status=401, media="application/problem+json", url_path=path + "/registrations")

    token = f"/registrations/{first['token']}"
    assert check(document, base_url, "/registrations/{token}", url_path=token)["status"] == "confirmed"
    assert check(document, base_url, "/registrations/{token}", method="delete", url_path=token)["status"] == "cancelled"
    check(document, base_url, "/registrations/{token}", method="delete", status=409, media="application/problem+json", url_path=token)
    moved = check(document, base_url, "/registrations/{token}", url_path=f"/registrations/{second['token']}")
    assert moved["status"] == "confirmed" and moved.get("waitingPosition") is None

    edited = write("/events/{id}", "patch", 200, path, {"venue": "Iisalmen kulttuurikeskus"}).json()
    assert edited["venue"] == "Iisalmen kulttuurikeskus" and edited["confirmed"] == 1
    write("/events/{id}", "patch", 422, path, {"capacity": 0}, media="application/problem+json")
    # An event people hold places in is never removed.
    write("/events/{id}", "delete", 409, path, media="application/problem+json")


def published_questionnaire(base_url):
    """The shipped first version of the self-assessment questionnaire, with its content."""
    versions = requests.get(f"{base_url}/api/v1/self-assessment/instruments", timeout=10).json()["items"]
    first = next(v for v in versions if v["key"] == "solmu-platform" and v["version"] == 1)
    return requests.get(f"{base_url}/api/v1/self-assessment/instruments/{first['id']}", timeout=10).json()


def test_self_assessment_reading_matches_its_schemas(document, base_url):
    """The questionnaire's versions and content, published results, and what a stranger is refused."""
    versions = check(document, base_url, "/self-assessment/instruments")["items"]
    first = next(v for v in versions if v["key"] == "solmu-platform" and v["version"] == 1)
    # Drafts are for admins only.
    assert first["published"] and first["publishedAt"] and all(v["published"] for v in versions)
    path = f"/self-assessment/instruments/{first['id']}"
    content = check(document, base_url, "/self-assessment/instruments/{id}", url_path=path)
    assert content["id"] == first["id"] and content["published"] and "responsibility" in [d["key"] for d in content["dimensions"]]
    assert all(sorted(level["level"] for level in s["levels"]) == [0, 1, 2, 3, 4] for d in content["dimensions"] for s in d["statements"])
    check(document, base_url, "/self-assessment/instruments/{id}", status=404, media="application/problem+json", url_path="/self-assessment/instruments/987654")
    check(document, base_url, "/self-assessment/results")
    check(document, base_url, "/self-assessment/results/{id}", status=404, media="application/problem+json", url_path="/self-assessment/results/987654")
    check(document, base_url, "/self-assessment/assessments/{token}", status=404, media="application/problem+json",
          url_path="/self-assessment/assessments/" + "x" * 43)
    # Owners' platforms and coordinators' aggregates need signing in; the questionnaire's versions are admins' to change.
    check(document, base_url, "/self-assessment/platforms", status=401, media="application/problem+json")
    check(document, base_url, "/self-assessment/aggregates", status=401, media="application/problem+json", url_path="/self-assessment/aggregates?region=06")
    for part in ["versions", "publish"]:
        check(document, base_url, f"/self-assessment/instruments/{{id}}/{part}", method="post", status=401, media="application/problem+json",
              url_path=f"{path}/{part}")
    check(document, base_url, "/self-assessment/instruments/{id}/content", method="put", status=401, media="application/problem+json",
          url_path=f"{path}/content", json={"key": "x", "name": {"fi": "x"}, "dimensions": []})
    for url_path, header in [("/self-assessment/instruments?format=csv", "id,key,version,name_fi,published_at"),
                             ("/self-assessment/results?format=csv", "id,platform,kind,owner,municipality_code,instrument_version,completed_at,overall")]:
        reply = requests.get(f"{base_url}/api/v1{url_path}", timeout=10)
        assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/csv"), url_path
        assert reply.content.decode("utf-8").startswith("\ufeff" + header)


def test_self_assessment_writes_match_their_schemas(document, base_url):
    """Anyone assesses a platform through the private link: refused starts and answers, two sittings, completing,
    the result, publishing with the owner's consent, and withdrawing."""
    content = published_questionnaire(base_url)
    statements = [s["id"] for d in content["dimensions"] for s in d["statements"]]
    start = "/self-assessment/assessments"
    refused = check(document, base_url, start, method="post", status=422, media="application/problem+json",
                    json={"platform": {"name": " ", "municipalityCode": "999"}})
    assert {e["field"] for e in refused["errors"]} == {"name", "kind", "municipalityCode"}
    refused = check(document, base_url, start, method="post", status=422, media="application/problem+json",
                    json={"platform": {"name": "Sopimuslaboratorio", "kind": "livingLab"}, "instrumentId": 987654})
    assert [e["field"] for e in refused["errors"]] == ["instrumentId"]
    # Naming an existing platform needs signing in as its owner.
    refused = check(document, base_url, start, method="post", status=422, media="application/problem+json", json={"platformId": 1})
    assert [e["field"] for e in refused["errors"]] == ["platformId"]

    reply = requests.post(f"{base_url}/api/v1{start}", timeout=20, json={
        "platform": {"name": "Sopimuslaboratorio", "kind": "livingLab", "ownerName": "Sopimus Oy", "municipalityCode": "140"}, "language": "en"})
    assert reply.status_code == 201, reply.text[:300]
    started = reply.json()
    jsonschema.Draft202012Validator(schema_for(document, start, "post", 201)).validate(started)
    token = started["token"]
    assert reply.headers["location"] == f"/api/v1/self-assessment/assessments/{token}"
    assert started["link"] == f"/en/self-assessment/a/{token}"
    assert started["status"] == "draft" and started["answered"] == 0 and started["statements"] == len(statements) and not started["published"]
    path = f"{start}/{token}"
    fetched = check(document, base_url, "/self-assessment/assessments/{token}", url_path=path)
    # The secret is given once, when starting.
    assert fetched["id"] == started["id"] and "token" not in fetched and "link" not in fetched

    # Nothing to complete, show or publish yet.
    unanswered = check(document, base_url, "/self-assessment/assessments/{token}/complete", method="post", status=422,
                       media="application/problem+json", url_path=path + "/complete")
    assert {e["field"] for e in unanswered["errors"]} == {f"answers.{s}" for s in statements}
    check(document, base_url, "/self-assessment/assessments/{token}/result", status=409, media="application/problem+json", url_path=path + "/result")
    check(document, base_url, "/self-assessment/assessments/{token}/publication", method="put", status=409, media="application/problem+json",
          url_path=path + "/publication", json={"published": True, "ownerConsent": True})

    # Each refused answer is named, and none is saved.
    refused = check(document, base_url, "/self-assessment/assessments/{token}", method="patch", status=422, media="application/problem+json",
                    url_path=path, json={"answers": [{"statementId": statements[0], "level": 5},
                                                     {"statementId": statements[1], "level": 2, "dontKnow": True},
                                                     {"statementId": statements[2]}, {"statementId": 987654, "level": 1}]})
    assert {e["field"] for e in refused["errors"]} == {f"answers.{statements[0]}", f"answers.{statements[1]}", f"answers.{statements[2]}", "answers.987654"}
    assert check(document, base_url, "/self-assessment/assessments/{token}", url_path=path)["answered"] == 0

    # Two sittings, one "don't know".
    saved = check(document, base_url, "/self-assessment/assessments/{token}", method="patch", url_path=path,
                  json={"answers": [{"statementId": s, "level": i % 5} for i, s in enumerate(statements[:20])]})
    assert saved["answered"] == 20 and saved["status"] == "draft"
    saved = check(document, base_url, "/self-assessment/assessments/{token}", method="patch", url_path=path,
                  json={"answers": [{"statementId": statements[20], "dontKnow": True}] + [{"statementId": s, "level": 3} for s in statements[21:]]})
    assert saved["answered"] == len(statements)
    unknown = next(a for a in saved["answers"] if a["statementId"] == statements[20])
    assert unknown["dontKnow"] and "level" not in unknown

    result = check(document, base_url, "/self-assessment/assessments/{token}/complete", method="post", url_path=path + "/complete")
    assert result["assessmentId"] == started["id"] and not result["published"] and result["completedAt"]
    assert [d["key"] for d in result["dimensions"]] == [d["key"] for d in content["dimensions"]]
    assert result["strongest"] and result["weakest"]
    again = check(document, base_url, "/self-assessment/assessments/{token}/result", url_path=path + "/result")
    assert again["overall"] == result["overall"]

    refused = check(document, base_url, "/self-assessment/assessments/{token}/publication", method="put", status=422, media="application/problem+json",
                    url_path=path + "/publication", json={"published": True})
    assert [e["field"] for e in refused["errors"]] == ["ownerConsent"]
    published = check(document, base_url, "/self-assessment/assessments/{token}/publication", method="put", url_path=path + "/publication",
                      json={"published": True, "ownerConsent": True})
    assert published["published"] and published["publishedAt"] and published["status"] == "completed"
    listed = check(document, base_url, "/self-assessment/results")
    assert any(r["id"] == started["id"] and r["platform"]["name"] == "Sopimuslaboratorio" for r in listed["items"])
    public = check(document, base_url, "/self-assessment/results/{id}", url_path=f"/self-assessment/results/{started['id']}")
    assert public["published"] and public["overall"] == result["overall"]

    # Withdrawn, the result is no longer open.
    withdrawn = check(document, base_url, "/self-assessment/assessments/{token}/publication", method="put", url_path=path + "/publication",
                      json={"published": False})
    assert not withdrawn["published"] and "publishedAt" not in withdrawn
    check(document, base_url, "/self-assessment/results/{id}", status=404, media="application/problem+json", url_path=f"/self-assessment/results/{started['id']}")


def test_self_assessment_owners_and_coordinators_match_their_schemas(document, base_url):
    """A signed-in owner keeps their platform and its history; a coordinator sees their own ecosystem's aggregates
    only; the questionnaire is admins' to change; a call's office adds the responsibility statements as criteria."""
    from conftest import EDITOR_EMAIL, EDITOR_PASSWORD, OFFICE_EMAIL, OFFICE_PASSWORD
    session, headers, write = signed_in(document, base_url, EDITOR_EMAIL, EDITOR_PASSWORD)
    content = published_questionnaire(base_url)
    iisalmi = next(e["id"] for e in requests.get(f"{base_url}/api/v1/ecosystems", timeout=10).json()["items"] if e["name"] == "Iisalmi")
    sixnet = next(n["id"] for n in requests.get(f"{base_url}/api/v1/networks?limit=100", timeout=10).json()["items"] if n["name"] == "SIXNET")

    started = write("/self-assessment/assessments", "post", 201, "/self-assessment/assessments",
                    {"platform": {"name": "Sopimusalusta", "kind": "dataPlatform", "ownerName": "Vanha Oy", "ecosystemId": iisalmi}}).json()
    platform = started["platform"]["id"]
    # The owner's reads go through `write` as well: these GETs ask a signed-in session for its CSRF token.
    mine = write("/self-assessment/platforms", "get", 200, "/self-assessment/platforms").json()
    assert platform in [p["id"] for p in mine["items"]]
    path = f"/self-assessment/platforms/{platform}"
    history = write("/self-assessment/platforms/{id}", "get", 200, path).json()
    assert [a["id"] for a in history["assessments"]] == [started["id"]] and history["assessments"][0]["scores"] == {}
    # Assessed again, its history grows.
    again = write("/self-assessment/assessments", "post", 201, "/self-assessment/assessments", {"platformId": platform}).json()
    assert again["platform"]["id"] == platform and again["id"] != started["id"]
    assert [a["id"] for a in write("/self-assessment/platforms/{id}", "get", 200, path).json()["assessments"]] == [started["id"], again["id"]]
    changed = write("/self-assessment/platforms/{id}", "patch", 200, path, {"ownerName": None, "municipalityCode": "140"}).json()
    assert "ownerName" not in changed["platform"] and changed["platform"]["municipalityCode"] == "140"
    assert changed["platform"]["ecosystemId"] == iisalmi
    refused = write("/self-assessment/platforms/{id}", "patch", 422, path, {"name": "", "networkId": 987654}, media="application/problem+json").json()
    assert {e["field"] for e in refused["errors"]} == {"name", "networkId"}
    reply = session.get(f"{base_url}/api/v1/self-assessment/platforms?format=csv", headers=headers, timeout=10)
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/csv")
    assert reply.content.decode("utf-8").startswith("\ufeffid,name,kind")

    # The editor's town coordinates the Iisalmi ecosystem: its aggregates, not SIXNET's.
    aggregates = write("/self-assessment/aggregates", "get", 200, f"/self-assessment/aggregates?ecosystem={iisalmi}").json()
    assert aggregates["group"] == f"ecosystem:{iisalmi}" and aggregates["groupName"] == "Iisalmi" and aggregates["instrumentId"] == content["id"]
    if not aggregates["shown"]:
        assert aggregates["dimensions"] == [] and aggregates["weakestStatements"] == [] and "overallMean" not in aggregates
    reply = session.get(f"{base_url}/api/v1/self-assessment/aggregates?ecosystem={iisalmi}&format=csv&lang=sv", headers=headers, timeout=10)
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/csv")
    assert reply.content.decode("utf-8").startswith("\ufeffdimension,name,platforms,mean,lower_quartile,median,upper_quartile,below_2")
    write("/self-assessment/aggregates", "get", 403, f"/self-assessment/aggregates?network={sixnet}", media="application/problem+json")
    for query in ["", f"?ecosystem={iisalmi}&network={sixnet}"]:
        refused = write("/self-assessment/aggregates", "get", 422, "/self-assessment/aggregates" + query, media="application/problem+json").json()
        assert [e["field"] for e in refused["errors"]] == ["group"], query
    refused = write("/self-assessment/aggregates", "get", 422, f"/self-assessment/aggregates?ecosystem={iisalmi}&instrument=987654",
                    media="application/problem+json").json()
    assert [e["field"] for e in refused["errors"]] == ["instrument"]

    # Only admins change the questionnaire.
    instrument = f"/self-assessment/instruments/{content['id']}"
    for part in ["versions", "publish"]:
        write(f"/self-assessment/instruments/{{id}}/{part}", "post", 403, f"{instrument}/{part}", media="application/problem+json")
    write("/self-assessment/instruments/{id}/content", "put", 403, f"{instrument}/content", {**content, "dimensions": []}, media="application/problem+json")

    # Someone else neither sees the platform nor assesses it as theirs.
    office, office_headers, office_write = signed_in(document, base_url, OFFICE_EMAIL, OFFICE_PASSWORD)
    office_write("/self-assessment/platforms/{id}", "get", 404, path, media="application/problem+json")
    refused = office_write("/self-assessment/assessments", "post", 422, "/self-assessment/assessments", {"platformId": platform},
                           media="application/problem+json").json()
    assert [e["field"] for e in refused["errors"]] == ["platformId"]

    # The office of a call of its own adds the responsibility statements as criteria, once.
    six = next(p for p in requests.get(f"{base_url}/api/v1/programmes", timeout=10).json()["items"] if p["name"] == "6Aika")
    numbers = [c["number"] for c in office.get(f"{base_url}/api/v1/calls?programme={six['id']}", timeout=10).json()["items"]]
    call = office_write("/calls", "post", 201, "/calls", {"programmeId": six["id"], "number": max(numbers, default=0) + 1,
                                                          "title": {"fi": "Sopimusvastuuhaku"}, "opensAt": "2031-01-10T09:00",
                                                          "closesAt": "2031-02-10T16:00"}).json()
    criteria = f"/calls/{call['id']}/criteria/responsibility"
    added = office_write("/calls/{id}/criteria/responsibility", "post", 201, criteria)
    assert added.headers["location"] == f"/api/v1/calls/{call['id']}"
    responsibility = next(d for d in content["dimensions"] if d["key"] == "responsibility")["statements"]
    assert [c["name"]["fi"] for c in added.json()["criteria"]] == [s["text"]["fi"] for s in responsibility]
    assert all(c["responsibility"] and (c["scaleMin"], c["scaleMax"], c["weight"]) == (0, 4, 1) for c in added.json()["criteria"])
    assert len(office_write("/calls/{id}/criteria/responsibility", "post", 201, criteria).json()["criteria"]) == len(responsibility)
    # The call is not published: to others it does not exist.
    write("/calls/{id}/criteria/responsibility", "post", 404, criteria, media="application/problem+json")
    assert office.delete(f"{base_url}/api/v1/calls/{call['id']}", headers=office_headers, timeout=10).status_code == 204
