"""A call's whole flow in a real browser, axe-checked on every page: a consortium drafts and submits, the office
checks eligibility and assigns a reviewer, the reviewer declares no conflict and scores, the steering group proposes,
the management group decides in a meeting, and the funded project appears."""
import json
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import axe
from browsing import notice, page_url, sign_in, submit, wait
from users import APPLICANT_EMAIL, APPLICANT_PASSWORD
from conftest import OFFICE_EMAIL, OFFICE_PASSWORD, REVIEWER_EMAIL, REVIEWER_PASSWORD, ROOT


def texts(lang):
    """The page's own translation table, so that the flow presses the buttons a user of that language sees."""
    return json.loads((ROOT / f"Sources/SolmuApp/Resources/Locales/{lang}.json").read_text(encoding="utf-8"))


def example_call(driver, base_url, lang="en"):
    driver.get(f"{base_url}/{lang}/calls")
    driver.find_element(By.CSS_SELECTOR, "main .result__title a").click()
    wait(driver, lambda d: "/calls/" in d.current_url)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_open_calls_in_three_languages(driver, base_url, lang):
    driver.get(f"{base_url}/{lang}/calls")
    axe.check(driver, f"calls {lang}")
    example_call(driver, base_url, lang)
    axe.check(driver, f"example call {lang}")
    notice = driver.find_element(By.CSS_SELECTOR, "main .notice").text
    assert {"fi": "esimerkki", "sv": "exempel", "en": "example"}[lang] in notice.lower()
    assert len(driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")) == 3


def step(driver, label):
    """Presses the application page's button (or follows its link) for a step."""
    for element in driver.find_elements(By.CSS_SELECTOR, "section.actions button, section.actions a"):
        if element.text.strip() == label:
            element.click()
            return
    raise AssertionError(f"no step {label!r} on {driver.current_url}")


def state(driver):
    return driver.find_element(By.CSS_SELECTOR, "main dl.facts dd strong").text


def record_meeting(driver, base_url, body_name, when):
    """The office records a meeting of the 6Aika body named `body_name` (English) and returns to where it was."""
    back = driver.current_url
    driver.get(f"{base_url}/en/programmes/1")
    driver.find_element(By.LINK_TEXT, body_name).click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "a[href$='/meetings/new']"))
    driver.find_element(By.CSS_SELECTOR, "a[href$='/meetings/new']").click()
    driver.find_element(By.ID, "field-startsAt").send_keys(when)
    driver.find_element(By.ID, "field-place").send_keys("Helsinki")
    submit(driver)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "a[href$='/items/new']"))
    driver.get(back)


def helsinki(delta):
    """A time as people in Finland type it, `delta` from now."""
    return (datetime.now(ZoneInfo("Europe/Helsinki")) + delta).strftime("%Y-%m-%dT%H:%M")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_from_draft_to_project(driver, base_url, lang):
    t = texts(lang)
    title = f"Seleniumkokeilu {lang}"
    # The strategy office opens a call of its own (without themes, so that 6Aika's theme figures stay as the other tests read them).
    sign_in(driver, base_url, OFFICE_EMAIL, OFFICE_PASSWORD)
    driver.get(f"{base_url}/{lang}/programmes/1")
    driver.find_element(By.CSS_SELECTOR, "main a[href$='/calls/new']").click()
    axe.check(driver, "new call form")
    driver.find_element(By.ID, "field-titleFi").send_keys(f"Seleniumhaku {lang}")
    driver.find_element(By.ID, "field-opensAt").send_keys(helsinki(timedelta(hours=-1)))
    driver.find_element(By.ID, "field-closesAt").send_keys(helsinki(timedelta(hours=-2)))
    driver.find_element(By.CSS_SELECTOR, "input[name='instrumentIds[]']").click()
    driver.find_element(By.ID, "field-published").click()
    submit(driver)
    # Closing before opening is told beside the field; what was typed stays.
    wait(driver, lambda d: d.find_element(By.ID, "field-closesAt-error"))
    axe.check(driver, "call form with an error")
    assert driver.find_element(By.ID, "field-titleFi").get_attribute("value") == f"Seleniumhaku {lang}"
    closes = driver.find_element(By.ID, "field-closesAt")
    closes.clear()
    closes.send_keys(helsinki(timedelta(days=2)))
    submit(driver)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "main a[href$='/criteria/new']"))
    call_url = page_url(driver)
    driver.find_element(By.CSS_SELECTOR, "main a[href$='/criteria/new']").click()
    axe.check(driver, "criterion form")
    driver.find_element(By.ID, "field-nameFi").send_keys("Vaikuttavuus")
    submit(driver)
    wait(driver, lambda d: page_url(d) == call_url and d.find_elements(By.CSS_SELECTOR, "main table tbody tr"))
    axe.check(driver, "the office's call page")

    # The consortium (Tampere's applicant, with Turku) drafts: a missing title is told beside the field.
    sign_in(driver, base_url, APPLICANT_EMAIL, APPLICANT_PASSWORD)
    driver.get(call_url)
    driver.find_element(By.CSS_SELECTOR, "main a[href$='/apply']").click()
    axe.check(driver, "new application form")
    Select(driver.find_element(By.ID, "field-leadOrganizationId")).select_by_visible_text("Tampereen kaupunki")
    driver.find_element(By.ID, "field-summary").send_keys("Avoimen datan kokeilu kahdessa kaupungissa.")
    submit(driver)
    wait(driver, lambda d: d.find_element(By.ID, "field-title-error"))
    axe.check(driver, "new application form with an error")
    assert driver.find_element(By.ID, "field-summary").get_attribute("value") == "Avoimen datan kokeilu kahdessa kaupungissa."
    driver.find_element(By.ID, "field-title").send_keys(title)
    submit(driver)
    wait(driver, lambda d: "/applications/" in d.current_url and d.find_elements(By.ID, "missing"))
    axe.check(driver, "draft application")
    application_url = page_url(driver)

    driver.get(application_url + "/edit")
    driver.find_element(By.ID, "field-objectives").send_keys("Kolme kaupunkia avaa liikennedatansa.")
    submit(driver)
    wait(driver, lambda d: page_url(d) == application_url)
    assert notice(driver) == t["notice.saved"], "the saved draft says it was saved"
    # The lead's contact and budget, then Turku as co-applicant.
    driver.find_element(By.CSS_SELECTOR, "main a[href*='/partners/'][href$='/edit']").click()
    axe.check(driver, "partner form")
    Select(driver.find_element(By.ID, "field-contactPersonId")).select_by_visible_text("Teppo Rantanen – Tampereen kaupunki")
    driver.find_element(By.ID, "field-budgetCents").send_keys("50 000")
    driver.find_element(By.ID, "field-requestedCents").send_keys("60 000")
    submit(driver)
    # Requesting more than the budget is refused beside the field.
    wait(driver, lambda d: d.find_element(By.ID, "field-requestedCents-error"))
    axe.check(driver, "partner form with an error")
    requested = driver.find_element(By.ID, "field-requestedCents")
    requested.clear()
    requested.send_keys("35 000")
    submit(driver)
    wait(driver, lambda d: page_url(d) == application_url)
    for city, contact in [("Turun kaupunki", "Pekka Sundman – Turun kaupunki")]:
        driver.get(application_url + "/partners/new")
        Select(driver.find_element(By.ID, "field-organizationId")).select_by_visible_text(city)
        Select(driver.find_element(By.ID, "field-contactPersonId")).select_by_visible_text(contact)
        driver.find_element(By.ID, "field-budgetCents").send_keys("50 000")
        driver.find_element(By.ID, "field-requestedCents").send_keys("35 000")
        submit(driver)
        wait(driver, lambda d: page_url(d) == application_url)
    driver.get(application_url + "/work-packages/new")
    axe.check(driver, "work package form")
    driver.find_element(By.ID, "field-title").send_keys("Datan avaaminen")
    Select(driver.find_element(By.ID, "field-responsibleId")).select_by_visible_text("Turun kaupunki")
    submit(driver)
    wait(driver, lambda d: page_url(d) == application_url)
    driver.get(application_url + "/targets")
    axe.check(driver, "targets form")
    driver.find_element(By.ID, "field-targets.0.value").send_keys("8")
    submit(driver)
    wait(driver, lambda d: page_url(d) == application_url and not d.find_elements(By.ID, "missing"))
    assert "70" in driver.find_element(By.CSS_SELECTOR, "main table tfoot").text  # 35 000 + 35 000 requested
    step(driver, t["applicationAction.submit"])
    wait(driver, lambda d: state(d) == t["applicationState.submitted"])
    axe.check(driver, "submitted application")

    # The office checks eligibility (Tampere and Turku are two member cities) and assigns the reviewer.
    sign_in(driver, base_url, OFFICE_EMAIL, OFFICE_PASSWORD)
    driver.get(application_url)
    axe.check(driver, "application for the office")
    step(driver, t["applicationAction.checkEligibility"])
    wait(driver, lambda d: state(d) == t["applicationState.eligible"])
    step(driver, t["assessment.assign"])
    axe.check(driver, "assign reviewer form")
    Select(driver.find_element(By.ID, "field-reviewerId")).select_by_visible_text("Riikka Reviewer")
    submit(driver)
    wait(driver, lambda d: page_url(d) == application_url and "Riikka Reviewer" in d.find_element(By.TAG_NAME, "main").text)

    # The reviewer declares no conflict of interest, then scores every criterion and submits.
    sign_in(driver, base_url, REVIEWER_EMAIL, REVIEWER_PASSWORD)
    driver.get(f"{base_url}/{lang}/my/assessments")
    axe.check(driver, "my assessments")
    driver.find_element(By.LINK_TEXT, title).click()
    axe.check(driver, "declaration")
    assert "Avoimen datan kokeilu" not in driver.page_source
    driver.find_element(By.ID, "field-conflict-no").click()
    driver.find_element(By.CSS_SELECTOR, "main form .form-actions button").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "select[id^='field-score-']"))
    axe.check(driver, "scoring form")
    assert "Avoimen datan kokeilu" in driver.page_source
    scores = driver.find_elements(By.CSS_SELECTOR, "select[id^='field-score-']")
    assert len(scores) == 1
    Select(scores[0]).select_by_value("4")
    driver.find_element(By.CSS_SELECTOR, "main button[name='submit'][value='1']").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "main table tfoot"))
    axe.check(driver, "submitted assessment")
    assert "4" in driver.find_element(By.CSS_SELECTOR, "main table tfoot").text

    # The office closes the assessment; the steering group proposes and the management group decides, each in a meeting.
    sign_in(driver, base_url, OFFICE_EMAIL, OFFICE_PASSWORD)
    driver.get(application_url)
    step(driver, t["applicationAction.completeAssessment"])
    wait(driver, lambda d: state(d) == t["applicationState.assessed"])
    record_meeting(driver, base_url, "6Aika steering group", "2026-12-03T13:00")
    step(driver, t["applicationAction.propose"])
    axe.check(driver, "proposal form")
    Select(driver.find_element(By.ID, "field-meetingId")).select_by_index(1)
    Select(driver.find_element(By.ID, "field-outcome")).select_by_value("funded")
    submit(driver)
    wait(driver, lambda d: d.find_element(By.ID, "field-reason-error"))
    axe.check(driver, "proposal form with an error")
    driver.find_element(By.ID, "field-reason").send_keys("Ohjausryhmä puoltaa rahoitusta.")
    submit(driver)
    wait(driver, lambda d: page_url(d) == application_url and state(d) == t["applicationState.proposed"])
    record_meeting(driver, base_url, "6Aika management group", "2026-12-10T09:00")
    step(driver, t["applicationAction.decide"])
    Select(driver.find_element(By.ID, "field-meetingId")).select_by_index(1)
    Select(driver.find_element(By.ID, "field-outcome")).select_by_value("funded")
    driver.find_element(By.ID, "field-reason").send_keys("Johtoryhmä myöntää rahoituksen.")
    submit(driver)
    wait(driver, lambda d: page_url(d) == application_url and state(d) == t["applicationState.funded"])
    axe.check(driver, "funded application")
    history = driver.find_elements(By.CSS_SELECTOR, "main section:last-of-type table tbody tr")
    assert len(history) == 6  # started, submitted, found eligible, assessment closed, proposed, funded
    driver.get(call_url + "/ranking")
    axe.check(driver, "ranking")
    assert title in driver.find_element(By.CSS_SELECTOR, "main table").text
    driver.get(call_url + "/applications")
    axe.check(driver, "pipeline")
    driver.find_element(By.LINK_TEXT, t["applicationState.funded"]).click()
    wait(driver, lambda d: "state=funded" in d.current_url)
    axe.check(driver, "pipeline narrowed to the funded")
    assert title in driver.find_element(By.CSS_SELECTOR, "main section table").text

    # The project exists, with the consortium as its implementers; the public sees it on the call.
    driver.get(application_url)
    driver.find_element(By.CSS_SELECTOR, "main dl.facts a[href*='/projects/']").click()
    wait(driver, lambda d: "/projects/" in d.current_url)
    axe.check(driver, "funded project")
    main = driver.find_element(By.TAG_NAME, "main").text
    assert title in main and "Tampereen kaupunki" in main and "Turun kaupunki" in main and "Iisalmen" not in main
    assert re.search(r"Datan avaaminen", main)

    # The consortium was told at every step.
    sign_in(driver, base_url, APPLICANT_EMAIL, APPLICANT_PASSWORD)
    driver.get(f"{base_url}/{lang}/my/inbox")
    axe.check(driver, "inbox")
    assert t["applicationState.funded"] in driver.find_element(By.TAG_NAME, "main").text
    driver.get(f"{base_url}/{lang}/my/applications")
    axe.check(driver, "my applications")
    assert t["applicationState.funded"] in driver.find_element(By.TAG_NAME, "main").text
