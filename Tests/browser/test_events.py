"""Events in a real browser and in calendar programs, axe-checked on every page: SIXNET's roadshow on the calendar
with its stops on a map and in time order; iCalendar feeds read by a calendar library on both sides of the change
to summer time; registering, the waiting list and the private link that cancels; a workshop's inputs turned into
a follow-up action; the round table's topics."""
import json
import re
import uuid
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import icalendar
import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browsing import check, page_url, sign_in, submit, t, texts, wait
from conftest import EDITOR_EMAIL, EDITOR_PASSWORD, ORGANISER_EMAIL, ORGANISER_PASSWORD, ROOT

LANGUAGES = ["fi", "sv", "en"]
EDITOR_NETWORK = "Seutukaupunkien innovaatioekosysteemiverkosto"  # the editor acts for Iisalmi, its main implementer


@pytest.fixture(autouse=True)
def signed_out_afterwards(driver):
    """The browser is the whole suite's: leave it signed in as nobody (SIXNET's organiser, signed in, would keep SIXNET
    for the tests that come after)."""
    yield
    driver.delete_all_cookies()


def seed(name):
    return json.loads((ROOT / f"Sources/SolmuApp/Resources/Demo/{name}.json").read_text(encoding="utf-8"))


def demo_event(key):
    return next(e for e in seed("events") if e["key"] == key)


def network_id(base_url, name):
    networks = requests.get(f"{base_url}/api/v1/networks?limit=100", timeout=10).json()["items"]
    return next(n["id"] for n in networks if n["name"] == name)


def helsinki(delta):
    """A time as people in Finland type it, `delta` from now."""
    return (datetime.now(ZoneInfo("Europe/Helsinki")) + delta).strftime("%Y-%m-%dT%H:%M")


def api_session(base_url, email, password):
    """A requests session signed in as `email`, sending the CSRF header as a page's script would."""
    session = requests.Session()
    token = re.search(r'name="_csrf" value="([^"]+)"', session.get(f"{base_url}/en/sign-in", timeout=10).text).group(1)
    session.post(f"{base_url}/en/sign-in", data={"email": email, "password": password, "_csrf": token}, timeout=10)
    token = re.search(r'name="_csrf" value="([^"]+)"', session.get(f"{base_url}/en/programmes", timeout=10).text).group(1)
    session.headers["X-CSRF-Token"] = token
    return session


def create_event(session, base_url, body):
    reply = session.post(f"{base_url}/api/v1/events", json=body, timeout=20)
    assert reply.status_code == 201, reply.text[:300]
    return reply.json()


def section(driver, heading):
    """The page's section whose heading reads `heading`, or None."""
    for element in driver.find_elements(By.CSS_SELECTOR, "main section"):
        headings = element.find_elements(By.CSS_SELECTOR, ":scope > h2")
        if headings and headings[0].text.strip() == heading:
            return element
    return None


def result_titles(element):
    return [a.text for a in element.find_elements(By.CSS_SELECTOR, ".result__title a")]


# 1. SIXNET's roadshow on the calendar and its own page.

WHEN = {  # the stops' dates as the seeds give them, as each language writes them: nothing more precise is invented
    "fi": {"seinajoki": "kesäkuu 2022", "hameenlinna": "21.–22.9.2022", "jyvaskyla": "joulukuun alku 2022", "tampere": "2023", "oulu": "2023"},
    "sv": {"seinajoki": "juni 2022", "hameenlinna": "21.–22.9.2022", "jyvaskyla": "början av december 2022", "tampere": "2023", "oulu": "2023"},
    "en": {"seinajoki": "June 2022", "hameenlinna": "21–22 Sep 2022", "jyvaskyla": "early December 2022", "tampere": "2023", "oulu": "2023"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sixnet_roadshow_on_the_calendar(driver, base_url, lang):
    tour = demo_event("sixnet-roadshow")["title"][lang]
    driver.get(f"{base_url}/{lang}/events")
    check(driver, f"calendar {lang}")
    assert tour in result_titles(driver.find_element(By.TAG_NAME, "main"))
    # The regional towns' seminar and webinar have no date in the seeds: they are under "date not known", said so.
    undated = section(driver, t(lang, "events.undated"))
    assert undated is not None, "no section for events whose date is not known"
    titles = result_titles(undated)
    for key in ["seutukaupunkien-verkosto-seminaari", "seutukaupunkien-verkosto-webinaari"]:
        assert demo_event(key)["title"][lang] in titles
    assert tour not in titles
    assert all(t(lang, "event.dateUnknown") in item.text for item in undated.find_elements(By.CSS_SELECTOR, "li.result"))

    # Narrowed to SIXNET: only its events, none of them undated.
    Select(driver.find_element(By.ID, "field-network")).select_by_visible_text("SIXNET")
    driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait(driver, lambda d: "network=" in d.current_url)
    check(driver, f"calendar narrowed to SIXNET {lang}")
    items = driver.find_elements(By.CSS_SELECTOR, "main li.result")
    assert items and all(item.text.rstrip().endswith("SIXNET") for item in items)
    assert section(driver, t(lang, "events.undated")) is None

    driver.find_element(By.LINK_TEXT, tour).click()
    wait(driver, lambda d: re.search(r"/events/\d+$", page_url(d)))
    check(driver, f"roadshow page {lang}")
    assert driver.find_element(By.TAG_NAME, "h1").text == tour
    stops = driver.find_element(By.CSS_SELECTOR, "main .map-and-table")
    rows = stops.find_elements(By.CSS_SELECTOR, "table tbody tr")
    when = {row.find_element(By.CSS_SELECTOR, "td a").text: row.find_element(By.CSS_SELECTOR, "th").text for row in rows}
    order = [row.find_element(By.CSS_SELECTOR, "td a").text for row in rows]
    title = {place: demo_event(f"sixnet-roadshow-{place}")["title"][lang] for place in WHEN[lang]}
    # In time order: Seinäjoki, Hämeenlinna, Jyväskylä, then the 2023 stops.
    assert order.index(title["seinajoki"]) < order.index(title["hameenlinna"]) < order.index(title["jyvaskyla"]) \
        < min(order.index(title["tampere"]), order.index(title["oulu"]))
    for place, expected in WHEN[lang].items():
        assert when[title[place]] == expected, (place, when[title[place]])
    # Every stop of the tour is there (the workshops held alongside too), and each is on the map as well as in the table.
    stop_keys = [e["key"] for e in seed("events") if e["series"] == "sixnet-roadshow"]
    assert len(rows) == len(stop_keys)
    assert stops.find_element(By.CSS_SELECTOR, "svg").get_attribute("role") == "img"
    assert len(stops.find_elements(By.CSS_SELECTOR, "svg circle.map__marker")) == len(rows)


# 2. iCalendar, read by a calendar library.

def calendar(base_url, path):
    reply = requests.get(f"{base_url}{path}", timeout=20)
    assert reply.status_code == 200, (path, reply.text[:300])
    assert reply.headers["content-type"].startswith("text/calendar")
    # RFC 5545: CRLF line ends, no line longer than 75 octets (folded, never inside a character).
    assert reply.content.endswith(b"\r\n") and b"\n" not in reply.content.replace(b"\r\n", b""), path
    assert all(len(line) <= 75 for line in reply.content.split(b"\r\n")), path
    return icalendar.Calendar.from_ical(reply.content)


def vevents(cal):
    """VEVENTs by event id (from `event-{id}@host`)."""
    return {int(re.match(r"event-(\d+)@", str(e["UID"])).group(1)): e for e in cal.walk("VEVENT")}


def test_icalendar_feeds(base_url):
    session = api_session(base_url, EDITOR_EMAIL, EDITOR_PASSWORD)
    network = network_id(base_url, EDITOR_NETWORK)
    common = {"networkId": network, "published": True, "description": {"fi": "Kalenterikoe; pilkku, puolipiste ja rivinvaihto\nkaikki mukana."}}
    # Either side of the change to summer time on 29 March 2026: 10.00 in Helsinki is 08.00 UTC before it, 07.00 after.
    before = create_event(session, base_url, {**common, "kind": "seminar", "title": {"fi": "Kalenterikoe ennen kesäaikaa", "sv": "Kalendertest"},
                                              "startsAt": "2026-03-28T10:00", "endsAt": "2026-03-28T12:00"})
    after = create_event(session, base_url, {**common, "kind": "seminar", "title": {"fi": "Kalenterikoe kesäajan alettua"},
                                             "startsAt": "2026-03-30T10:00"})
    allday = create_event(session, base_url, {**common, "kind": "workshop", "title": {"fi": "Kalenterikoe kahtena päivänä"},
                                              "startsOn": "2022-09-21", "endsOn": "2022-09-22"})
    assert before["startsAt"] == "2026-03-28T08:00:00Z" and after["startsAt"] == "2026-03-30T07:00:00Z"

    expected = {before["id"]: datetime(2026, 3, 28, 8, 0, tzinfo=timezone.utc), after["id"]: datetime(2026, 3, 30, 7, 0, tzinfo=timezone.utc)}
    for event_id, utc in expected.items():
        cal = calendar(base_url, f"/api/v1/events/{event_id}/calendar.ics")
        event = vevents(cal)[event_id]
        start = event["DTSTART"]
        assert start.params["TZID"] == "Europe/Helsinki"
        assert start.dt.astimezone(timezone.utc) == utc
        # The same with the document's own VTIMEZONE rules rather than the library's zone database.
        own = cal.walk("VTIMEZONE")[0]
        assert str(own["TZID"]) == "Europe/Helsinki"
        assert start.dt.replace(tzinfo=own.to_tz(lookup_tzid=False)).astimezone(timezone.utc) == utc
        assert str(event["URL"]).endswith(f"/fi/events/{event_id}")
        assert event["DTEND"].dt > start.dt
    # No end given: an hour; the given end is kept.
    cal = vevents(calendar(base_url, f"/api/v1/events/{before['id']}/calendar.ics"))[before["id"]]
    assert cal["DTEND"].dt.astimezone(timezone.utc) == datetime(2026, 3, 28, 10, 0, tzinfo=timezone.utc)
    assert "pilkku, puolipiste" in str(cal["DESCRIPTION"]) and "\n" in str(cal["DESCRIPTION"])
    cal = vevents(calendar(base_url, f"/api/v1/events/{after['id']}/calendar.ics"))[after["id"]]
    assert cal["DTEND"].dt - cal["DTSTART"].dt == timedelta(hours=1)
    # In Swedish: the Swedish title and the Swedish page.
    sv = vevents(calendar(base_url, f"/api/v1/events/{before['id']}/calendar.ics?lang=sv"))[before["id"]]
    assert str(sv["SUMMARY"]) == "Kalendertest" and str(sv["URL"]).endswith(f"/sv/events/{before['id']}")

    # Known only to its days: an all-day event, DTEND the day after the last (exclusive).
    event = vevents(calendar(base_url, f"/api/v1/events/{allday['id']}/calendar.ics"))[allday["id"]]
    assert event["DTSTART"].dt == date(2022, 9, 21) and not isinstance(event["DTSTART"].dt, datetime)
    assert event["DTEND"].dt == date(2022, 9, 23) and not isinstance(event["DTEND"].dt, datetime)
    assert str(event["URL"]).endswith(f"/fi/events/{allday['id']}")

    # The whole calendar: ours, and nothing whose day is not known.
    everything = requests.get(f"{base_url}/api/v1/events?limit=1000", timeout=20).json()["items"]
    placeable = {e["id"] for e in everything if e.get("calendarUrl")}
    feed = vevents(calendar(base_url, "/api/v1/calendar.ics"))
    assert set(feed) == placeable
    assert {before["id"], after["id"], allday["id"]} <= set(feed)
    assert feed[before["id"]]["DTSTART"].dt.astimezone(timezone.utc) == expected[before["id"]]
    assert feed[after["id"]]["DTSTART"].dt.astimezone(timezone.utc) == expected[after["id"]]
    undated = [e["id"] for e in everything if not e.get("startsOn")]
    month_only = [e["id"] for e in everything if e.get("startsOn") and len(e["startsOn"]) < 10]
    assert undated and month_only and not (set(undated) | set(month_only)) & set(feed)
    # An event with no day known cannot be put in a calendar.
    assert requests.get(f"{base_url}/api/v1/events/{undated[0]}/calendar.ics", timeout=10).status_code == 404

    # The network's feed: its own events and no others.
    own = vevents(calendar(base_url, f"/api/v1/networks/{network}/calendar.ics"))
    assert set(own) == {e["id"] for e in everything if e.get("calendarUrl") and e.get("networkId") == network}
    assert {before["id"], after["id"], allday["id"]} <= set(own)
    others = {e["id"] for e in everything if e.get("networkId") != network}
    assert others & placeable and not others & set(own)


# 3. Registering, the waiting list, and the private link.

def register(driver, name, email, organization=None, consents=True):
    driver.find_element(By.ID, "field-name").send_keys(name)
    if organization:
        driver.find_element(By.ID, "field-organization").send_keys(organization)
    driver.find_element(By.ID, "field-email").send_keys(email)
    if consents:
        driver.find_element(By.ID, "field-listConsent").click()
        driver.find_element(By.ID, "field-contactConsent").click()
    submit(driver)


def private_link(driver, base_url):
    """The private page's address as the page tells it (the path: the server may call itself by another name)."""
    code = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "main code") if "/registrations/" in c.text]
    assert code, "the private link is not shown"
    return base_url + urlparse(code[0]).path


def status(driver):
    return driver.find_element(By.CSS_SELECTOR, "main .registration-status").text


def as_visitor(driver, url):
    """A fresh visitor: no session, no cookies."""
    driver.delete_all_cookies()
    driver.get(url)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_register_wait_and_move_up(driver, base_url, lang):
    title = f"Ilmoittautumiskoe {lang}"
    network = network_id(base_url, EDITOR_NETWORK)
    # The organiser publishes a seminar with one place; a place of none is refused beside the field.
    sign_in(driver, base_url, EDITOR_EMAIL, EDITOR_PASSWORD, lang)
    driver.get(f"{base_url}/{lang}/events/new?network={network}")
    check(driver, "new event form")
    Select(driver.find_element(By.ID, "field-kind")).select_by_value("seminar")
    assert Select(driver.find_element(By.ID, "field-owner")).first_selected_option.get_attribute("value") == f"network:{network}"
    driver.find_element(By.ID, "field-titleFi").send_keys(title)
    driver.find_element(By.ID, "field-startsAt").send_keys(helsinki(timedelta(days=30)))
    driver.find_element(By.ID, "field-venue").send_keys("Kulttuurikeskus Kuulas")
    driver.find_element(By.ID, "field-capacity").send_keys("0")
    driver.find_element(By.ID, "field-published").click()
    submit(driver)
    wait(driver, lambda d: d.find_element(By.ID, "field-capacity-error"))
    check(driver, "event form with an error")
    assert driver.find_element(By.ID, "field-titleFi").get_attribute("value") == title
    capacity = driver.find_element(By.ID, "field-capacity")
    capacity.clear()
    capacity.send_keys("1")
    submit(driver)
    wait(driver, lambda d: re.search(r"/events/\d+$", page_url(d)))
    check(driver, "the organiser's event page")
    event_url = page_url(driver)
    assert driver.find_element(By.TAG_NAME, "h1").text == title

    # Visitor A: a bad form first (no name) is told beside the field, with the e-mail kept; then a place.
    email_a = f"aino.{lang}@example.fi"
    as_visitor(driver, event_url)
    check(driver, "event page for a visitor")
    assert t(lang, "event.placesLeft", left=1, capacity=1) in driver.find_element(By.TAG_NAME, "main").text
    driver.find_element(By.CSS_SELECTOR, "main a.button[href*='/register']").click()
    wait(driver, lambda d: d.find_elements(By.ID, "field-email"))
    check(driver, "registration form")
    register(driver, "", email_a, "Iisalmen kaupunki")
    wait(driver, lambda d: d.find_element(By.ID, "field-name-error"))
    check(driver, "registration form with an error")
    assert driver.find_element(By.ID, "field-name-error").text == t(lang, "field.required")
    assert driver.find_element(By.ID, "field-email").get_attribute("value") == email_a
    assert driver.find_element(By.ID, "field-organization").get_attribute("value") == "Iisalmen kaupunki"
    driver.find_element(By.ID, "field-name").send_keys("Aino Ahonen")
    # The consents were ticked before the refusal and stay ticked.
    assert driver.find_element(By.ID, "field-listConsent").is_selected()
    submit(driver)
    wait(driver, lambda d: "/registrations/" in d.current_url and d.find_elements(By.CSS_SELECTOR, "main .registration-status"))
    check(driver, "registration confirmed")
    assert t(lang, "registration.thanks") in driver.find_element(By.CSS_SELECTOR, "main .notice").text
    assert status(driver) == t(lang, "registration.statusConfirmed")
    link_a = private_link(driver, base_url)

    # Visitor B, in a fresh session: the place is taken, so the waiting list, first in it.
    as_visitor(driver, event_url)
    assert t(lang, "event.placesLeft", left=0, capacity=1) in driver.find_element(By.TAG_NAME, "main").text
    join = driver.find_element(By.CSS_SELECTOR, "main a.button[href*='/register']")
    assert join.text == t(lang, "event.joinWaitingList")
    join.click()
    wait(driver, lambda d: d.find_elements(By.ID, "field-email"))
    register(driver, "Bertta Backman", f"bertta.{lang}@example.fi", "Business Tampere")
    wait(driver, lambda d: "/registrations/" in d.current_url and d.find_elements(By.CSS_SELECTOR, "main .registration-status"))
    check(driver, "on the waiting list")
    assert status(driver) == t(lang, "registration.statusWaiting", position=1)
    link_b = private_link(driver, base_url)
    assert link_b != link_a

    # Registering again with A's address (in other letters) is answered beside the e-mail field; what was typed stays.
    as_visitor(driver, event_url.rstrip("/") + "/register")
    register(driver, "Aino Uudelleen", email_a.upper(), consents=False)
    wait(driver, lambda d: d.find_element(By.ID, "field-email-error"))
    check(driver, "registering twice")
    assert driver.find_element(By.ID, "field-email-error").text == t(lang, "registration.duplicate.field")
    assert driver.find_element(By.ID, "field-email").get_attribute("value") == email_a.upper()
    assert driver.find_element(By.ID, "field-name").get_attribute("value") == "Aino Uudelleen"
    assert "/registrations/" not in driver.current_url

    # A cancels with the private link; the place passes to B.
    as_visitor(driver, link_a)
    check(driver, "private registration page")
    assert status(driver) == t(lang, "registration.statusConfirmed")
    driver.find_element(By.CSS_SELECTOR, "main form button.button--danger").click()
    wait(driver, lambda d: status(d) == t(lang, "registration.statusCancelled"))
    check(driver, "registration cancelled")
    assert t(lang, "registration.cancelledNotice") in driver.find_element(By.CSS_SELECTOR, "main .notice").text
    assert not driver.find_elements(By.CSS_SELECTOR, "main form button.button--danger")
    as_visitor(driver, link_b)
    check(driver, "promoted from the waiting list")
    assert status(driver) == t(lang, "registration.statusPromoted")
    driver.get(event_url)
    main = driver.find_element(By.TAG_NAME, "main").text
    assert t(lang, "event.placesLeft", left=0, capacity=1) in main
    assert "Bertta Backman" in main and "Aino Ahonen" not in main  # the public list: those with a place who agreed

    # The organiser's list: B's place, A's cancellation; B's attendance marked.
    sign_in(driver, base_url, EDITOR_EMAIL, EDITOR_PASSWORD, lang)
    driver.get(event_url + "/participants")
    check(driver, "participants")
    rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    assert len(rows) == 2 and "Bertta Backman" in rows[0].text and "Aino Ahonen" in rows[1].text
    assert t(lang, "registrationStatus.cancelled") in rows[1].text
    driver.find_element(By.CSS_SELECTOR, "main input[name='attended[]']").click()
    driver.find_element(By.CSS_SELECTOR, "#attendance button[type=submit]").click()
    # Wait for the saved page's summary: the box ticked by hand is already selected on the page being replaced.
    summary = t(lang, "participants.summary", confirmed=1, capacity=1, waiting=0, attended=1)
    wait(driver, lambda d: summary in d.find_element(By.TAG_NAME, "main").text)
    assert driver.find_element(By.CSS_SELECTOR, "main input[name='attended[]']").is_selected()


# 4. A workshop's inputs turned into a follow-up action.

def follow_up(base_url, network):
    return requests.get(f"{base_url}/api/v1/networks/{network}/follow-up", timeout=10).json()


def test_inputs_become_an_action(driver, base_url):
    lang = "en"
    sixnet = network_id(base_url, "SIXNET")
    workshops = requests.get(f"{base_url}/api/v1/events?network={sixnet}&kind=workshop", timeout=10).json()["items"]
    workshop = next(e for e in workshops if e["title"]["fi"] == demo_event("sixnet-workshop-hameenlinna")["title"]["fi"])
    already = requests.get(f"{base_url}/api/v1/events/{workshop['id']}/inputs", timeout=10).json()["total"]
    before = follow_up(base_url, sixnet)

    # SIXNET's organiser (Business Tampere, its coordinator) records two inputs; an empty one is refused beside the field.
    sign_in(driver, base_url, ORGANISER_EMAIL, ORGANISER_PASSWORD, lang)
    event_url = f"{base_url}/{lang}/events/{workshop['id']}"
    run = uuid.uuid4().hex[:6]  # the texts are this run's own, should the server be one that has seen the test before
    said = [f"Yhteinen tapa jakaa koneiden käyttöaste verkoston yrityksille ({run})", f"Kestävyysraportoinnin malli pk-yrityksille ({run})"]
    inputs = []
    for index, text in enumerate(said):
        driver.get(event_url)
        driver.find_element(By.CSS_SELECTOR, "main a[href$='/inputs/new']").click()
        wait(driver, lambda d: d.find_elements(By.ID, "field-text"))
        check(driver, "input form")
        Select(driver.find_element(By.ID, "field-sourceType")).select_by_value("company")
        if index == 0:
            submit(driver)
            wait(driver, lambda d: d.find_element(By.ID, "field-text-error"))
            check(driver, "input form with an error")
            assert Select(driver.find_element(By.ID, "field-sourceType")).first_selected_option.get_attribute("value") == "company"
        else:
            Select(driver.find_element(By.ID, "field-themeId")).select_by_value("sustainable-business")
        driver.find_element(By.ID, "field-text").send_keys(text)
        submit(driver)
        wait(driver, lambda d: page_url(d) == event_url and d.find_elements(By.CSS_SELECTOR, "main li[id^='input-']"))
        found = [li for li in driver.find_elements(By.CSS_SELECTOR, "main li[id^='input-']") if text in li.text]
        assert len(found) == 1
        inputs.append(int(found[0].get_attribute("id").removeprefix("input-")))
        assert found[0].find_element(By.CSS_SELECTOR, ".input__outcome").text == t(lang, "input.notAnswered")
    check(driver, "workshop with inputs")
    assert requests.get(f"{base_url}/api/v1/events/{workshop['id']}/inputs", timeout=10).json()["total"] == already + 2

    # On the network's follow-up page the organiser turns both into one action: ticked inputs stay ticked over a refusal.
    driver.get(f"{base_url}/{lang}/networks/{sixnet}/follow-up")
    check(driver, "follow-up page")
    driver.find_element(By.CSS_SELECTOR, "main a[href$='/actions/new']").click()
    wait(driver, lambda d: d.find_elements(By.ID, "field-titleFi"))
    check(driver, "action form")
    for input_id, text in zip(inputs, said):
        box = driver.find_element(By.CSS_SELECTOR, f"input[name='inputIds[]'][value='{input_id}']")
        label = driver.find_element(By.CSS_SELECTOR, f"label[for='{box.get_attribute('id')}']").text
        assert text in label
        box.click()
    submit(driver)
    wait(driver, lambda d: d.find_element(By.ID, "field-titleFi-error"))
    check(driver, "action form with an error")
    assert all(driver.find_element(By.CSS_SELECTOR, f"input[name='inputIds[]'][value='{i}']").is_selected() for i in inputs)
    action_title = f"Machine utilisation and sustainability reporting pilot ({run})"
    driver.find_element(By.ID, "field-titleFi").send_keys(f"Koneiden käyttöasteen ja kestävyysraportoinnin pilotti ({run})")
    driver.find_element(By.ID, "field-titleEn").send_keys(action_title)
    submit(driver)
    wait(driver, lambda d: "/follow-up" in d.current_url and d.find_elements(By.CSS_SELECTOR, "main li[id^='action-']"))
    check(driver, "follow-up page with an action")

    after = follow_up(base_url, sixnet)
    assert after["inputs"] == before["inputs"] + 2 and after["answered"] == before["answered"] + 2
    assert after["events"] == before["events"] + (0 if already else 1)
    if not before["inputs"]:  # a fresh database: exactly what this test did
        assert (after["inputs"], after["events"], after["answered"]) == (2, 1, 2)
    summary = t(lang, "followUp.summary", inputs=after["inputs"], events=after["events"], answered=after["answered"])
    assert driver.find_element(By.CSS_SELECTOR, "main .lead").text == summary
    action = next(li for li in driver.find_elements(By.CSS_SELECTOR, "main li[id^='action-']")
                  if li.find_element(By.CSS_SELECTOR, ".result__title").text == action_title)
    answers = {a.get_attribute("href") for a in action.find_elements(By.CSS_SELECTOR, ":scope > ul a")}
    assert {f"{base_url}/{lang}/events/{workshop['id']}#input-{i}" for i in inputs} == answers
    action_anchor = "#" + action.get_attribute("id")

    # The network page says the same.
    driver.get(f"{base_url}/{lang}/networks/{sixnet}")
    check(driver, "network page with the follow-up summary")
    assert summary in driver.find_element(By.TAG_NAME, "main").text

    # The workshop's page shows under each input the action that answers it.
    driver.get(event_url)
    check(driver, "workshop with answered inputs")
    for input_id in inputs:
        outcome = driver.find_element(By.CSS_SELECTOR, f"#input-{input_id} .input__outcome")
        assert t(lang, "input.answeredBy") in outcome.text and action_title in outcome.text
        assert outcome.find_element(By.TAG_NAME, "a").get_attribute("href").endswith(f"/{lang}/networks/{sixnet}/follow-up{action_anchor}")


# 5. The round table.

@pytest.mark.parametrize("lang", LANGUAGES)
def test_round_table(driver, base_url, lang):
    topic = seed("roundtable")[0]
    driver.get(f"{base_url}/{lang}/roundtable")
    check(driver, f"round table {lang}")
    titles = result_titles(driver.find_element(By.TAG_NAME, "main"))
    assert {each["title"][lang] for each in seed("roundtable")} <= set(titles)
    driver.find_element(By.LINK_TEXT, topic["title"][lang]).click()
    wait(driver, lambda d: re.search(r"/roundtable/\d+$", page_url(d)))
    check(driver, f"round-table topic {lang}")
    assert driver.find_element(By.TAG_NAME, "h1").text == topic["title"][lang]
    main = driver.find_element(By.TAG_NAME, "main").text
    assert topic["area"][lang] in main and t(lang, f"topicStatus.{topic['status']}") in main
    # The pilot meeting that handles it, with its months as the seed gives them.
    pilot = demo_event("sixnet-round-table-pilot")["title"][lang]
    driver.find_element(By.LINK_TEXT, pilot).click()
    wait(driver, lambda d: re.search(r"/events/\d+$", page_url(d)))
    check(driver, f"round-table meeting {lang}")
    months = {"fi": "lokakuu 2022 – helmikuu 2023", "sv": "oktober 2022 – februari 2023", "en": "October 2022 – February 2023"}[lang]
    assert months in driver.find_element(By.CSS_SELECTOR, "main dl.facts").text
