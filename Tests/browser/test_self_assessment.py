"""The self-assessment of innovation platforms in a real browser, axe-checked on every page: an anonymous visitor
starts an assessment, answers part of it, comes back another day through the private link alone (no cookies) and
completes it, and reads the radar chart, the advice and the peer comparison, in Finnish, Swedish and English; a
signed-in owner assesses a platform twice and sees the trend; a network's coordinator reads the network's
aggregates and downloads them as aggregated CSV."""
import uuid

import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browsing import check, sign_in, t, wait
from conftest import EDITOR_EMAIL, EDITOR_PASSWORD, ORGANISER_EMAIL, ORGANISER_PASSWORD

LANGUAGES = ["fi", "sv", "en"]
API = "/api/v1/self-assessment"


@pytest.fixture(autouse=True)
def signed_out_afterwards(driver):
    yield
    driver.delete_all_cookies()


def instrument(base_url):
    latest = requests.get(f"{base_url}{API}/instruments", timeout=10).json()["items"][0]
    return requests.get(f"{base_url}{API}/instruments/{latest['id']}", timeout=10).json()


def completed_by_api(base_url, name, level, **platform):
    """A platform assessed and completed through the API, every statement at `level`; returns its token."""
    content = instrument(base_url)
    started = requests.post(f"{base_url}{API}/assessments", json={"platform": {"name": name, "kind": "testBed", **platform}}, timeout=10)
    assert started.status_code == 201, started.text
    token = started.json()["token"]
    answers = [{"statementId": s["id"], "level": level} for d in content["dimensions"] for s in d["statements"]]
    assert requests.patch(f"{base_url}{API}/assessments/{token}", json={"answers": answers}, timeout=10).status_code == 200
    assert requests.post(f"{base_url}{API}/assessments/{token}/complete", timeout=10).status_code == 200
    return token


@pytest.fixture(scope="module")
def peers(base_url):
    """Five platforms assessed before the visitor, so that the visitor's result has peers to compare with."""
    for level in [0, 1, 2, 3, 4]:
        completed_by_api(base_url, f"Vertailualusta {level} {uuid.uuid4().hex[:6]}", level)


def answer_dimension(driver, levels):
    """Chooses, statement by statement, the level in `levels` (cycled); "dontKnow" for don't know."""
    fieldsets = driver.find_elements(By.CSS_SELECTOR, "fieldset.statement")
    assert fieldsets
    for index, fieldset in enumerate(fieldsets):
        value = str(levels[index % len(levels)])
        radio = fieldset.find_element(By.CSS_SELECTOR, f"input[type=radio][value='{value}']")
        driver.find_element(By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']").click()
        assert radio.is_selected()
    return len(fieldsets)


def save_and_continue(driver):
    driver.find_element(By.CSS_SELECTOR, "button[name=go][value=next]").click()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_anonymous_assessment_in_two_sittings(driver, base_url, lang, peers):
    content = instrument(base_url)
    dimensions = content["dimensions"]
    driver.get(f"{base_url}/{lang}/self-assessment")
    check(driver, f"self-assessment front page ({lang})")
    assert content["name"][lang] in driver.find_element(By.TAG_NAME, "main").text
    # A platform without a name is refused beside the field; what was chosen stays.
    Select(driver.find_element(By.ID, "field-kind")).select_by_value("livingLab")
    driver.find_element(By.ID, "field-ownerName").send_keys("Tampereen yliopisto")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait(driver, lambda d: d.find_elements(By.ID, "field-name-error"))
    assert driver.find_element(By.ID, "field-name-error").text == t(lang, "field.required")
    assert driver.find_element(By.ID, "field-ownerName").get_attribute("value") == "Tampereen yliopisto"
    assert Select(driver.find_element(By.ID, "field-kind")).first_selected_option.get_attribute("value") == "livingLab"
    check(driver, f"start form with an error ({lang})")
    name = f"Hiedanrannan living lab {lang} {uuid.uuid4().hex[:6]}"
    driver.find_element(By.ID, "field-name").send_keys(name)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".private-link code"))
    link = driver.find_element(By.CSS_SELECTOR, ".private-link code").text.strip()
    token = link.rstrip("/").split("/")[-1]
    assert len(token) == 43
    assert t(lang, "selfAssessment.started") in driver.find_element(By.TAG_NAME, "main").text
    check(driver, f"questionnaire overview ({lang})")

    # First sitting: the first three dimensions.
    driver.find_element(By.CSS_SELECTOR, ".form-actions a.button").click()
    answered = 0
    for number, dimension in enumerate(dimensions[:3]):
        wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == dimension["name"][lang])
        if number == 0:
            check(driver, f"a dimension's statements ({lang})")
        answered += answer_dimension(driver, [3, 4])
        save_and_continue(driver)
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == dimensions[3]["name"][lang])
    saved = requests.get(f"{base_url}{API}/assessments/{token}", timeout=10).json()
    assert saved["answered"] == answered

    # Another day, another browser: nothing but the private link.
    driver.delete_all_cookies()
    driver.get(f"{base_url}/{lang}/self-assessment/a/{token}")
    progress = t(lang, "selfAssessment.progress", answered=answered, total=sum(len(d["statements"]) for d in dimensions))
    assert progress in driver.find_element(By.TAG_NAME, "main").text
    driver.find_element(By.CSS_SELECTOR, ".form-actions a.button").click()
    for dimension in dimensions[3:]:
        wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == dimension["name"][lang])
        # Visibility is weak and partly unknown; the rest are 1s and 2s.
        answer_dimension(driver, [0, "dontKnow", 1] if dimension["key"] == "visibility" else [1, 2])
        save_and_continue(driver)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "form[action$='/complete'] button"))
    driver.find_element(By.CSS_SELECTOR, "form[action$='/complete'] button").click()

    # The result: the radar chart with its table, strengths, advice, peers.
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "svg.chart--radar"))
    main = driver.find_element(By.TAG_NAME, "main")
    assert main.find_element(By.TAG_NAME, "h1").text == t(lang, "assessmentResult.title", name=name)
    radar = driver.find_element(By.CSS_SELECTOR, "svg.chart--radar")
    assert len(radar.find_elements(By.CSS_SELECTOR, "circle.chart__point--0")) == len(dimensions)
    assert radar.find_elements(By.CSS_SELECTOR, "polygon.chart__area--1"), "the peers' median is drawn"
    rows = driver.find_elements(By.CSS_SELECTOR, ".chart-and-table tbody tr")
    assert [r.find_element(By.TAG_NAME, "th").text for r in rows] == [d["name"][lang] for d in dimensions]
    result = requests.get(f"{base_url}{API}/assessments/{token}/result", timeout=10).json()
    assert result["peersShown"] is True and result["peerCount"] >= 5
    strongest = [d["name"][lang] for d in dimensions if d["key"] in result["strongest"]]
    assert t(lang, "assessmentResult.strongest", dimensions=", ".join(strongest)) in main.text
    weakest = next(d for d in dimensions if d["key"] == "visibility")
    advice = driver.find_elements(By.CSS_SELECTOR, ".advice")
    assert advice and weakest["name"][lang] in advice[0].find_element(By.TAG_NAME, "h3").text
    assert weakest["advice"][0]["text"][lang] in advice[0].text
    check(driver, f"result ({lang})")

    # Publishing needs the owner's consent; with it, the public page shows the same result.
    driver.find_element(By.CSS_SELECTOR, ".publication form button[type=submit]").click()
    wait(driver, lambda d: d.find_elements(By.ID, "field-ownerConsent-error"))
    assert driver.find_element(By.ID, "field-ownerConsent-error").text == t(lang, "selfAssessment.publish.consent")
    check(driver, f"result with the consent missing ({lang})")
    driver.find_element(By.CSS_SELECTOR, "label[for='field-ownerConsent']").click()
    driver.find_element(By.CSS_SELECTOR, ".publication form button[type=submit]").click()
    wait(driver, lambda d: t(lang, "assessmentResult.isPublished") in d.find_element(By.TAG_NAME, "main").text)
    driver.get(f"{base_url}/{lang}/self-assessment/results/{result['assessmentId']}")
    assert driver.find_elements(By.CSS_SELECTOR, "svg.chart--radar")
    assert token not in driver.page_source
    check(driver, f"published result ({lang})")


def test_owner_sees_the_trend(driver, base_url):
    lang = "fi"
    sign_in(driver, base_url, EDITOR_EMAIL, EDITOR_PASSWORD, language=lang)
    driver.get(f"{base_url}/{lang}/self-assessment")
    name = f"Iisalmen kokeiluympäristö {uuid.uuid4().hex[:6]}"
    driver.find_element(By.ID, "field-name").send_keys(name)
    Select(driver.find_element(By.ID, "field-kind")).select_by_value("pilotEnvironment")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".private-link code"))
    content = instrument(base_url)

    def answer_all(token, level):
        answers = [{"statementId": s["id"], "level": level} for d in content["dimensions"] for s in d["statements"]]
        assert requests.patch(f"{base_url}{API}/assessments/{token}", json={"answers": answers}, timeout=10).status_code == 200
        assert requests.post(f"{base_url}{API}/assessments/{token}/complete", timeout=10).status_code == 200

    answer_all(driver.find_element(By.CSS_SELECTOR, ".private-link code").text.split("/")[-1], 1)
    driver.get(f"{base_url}/{lang}/my/platforms")
    check(driver, "my platforms")
    driver.find_element(By.LINK_TEXT, name).click()
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == name)
    # A year later: assessed again, from the platform's own page.
    driver.find_element(By.CSS_SELECTOR, f"form[action$='/assess'] button").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".private-link code"))
    answer_all(driver.find_element(By.CSS_SELECTOR, ".private-link code").text.split("/")[-1], 3)
    driver.get(f"{base_url}/{lang}/my/platforms")
    driver.find_element(By.LINK_TEXT, name).click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "svg.chart--line"))
    chart = driver.find_element(By.CSS_SELECTOR, "svg.chart--line")
    assert len(chart.find_elements(By.CSS_SELECTOR, "polyline.chart__line")) == len(content["dimensions"])
    overall = driver.find_element(By.CSS_SELECTOR, ".chart-and-table tfoot tr")
    assert [c.text for c in overall.find_elements(By.TAG_NAME, "td")] == ["1,0", "3,0"]
    check(driver, "platform with its trend")
    # Back into the first assessment: it opens with a new private link, at its result.
    driver.find_elements(By.CSS_SELECTOR, "form[action*='/assessments/'] button")[-1].click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "svg.chart--radar"))


def test_coordinator_reads_the_network_aggregates(driver, base_url):
    networks = requests.get(f"{base_url}/api/v1/networks?limit=100", timeout=10).json()["items"]
    sixnet = next(n["id"] for n in networks if n["name"].startswith("SIXNET"))
    for level in [1, 2, 2, 3, 4]:
        completed_by_api(base_url, f"SIXNETin alusta {level} {uuid.uuid4().hex[:6]}", level, networkId=sixnet)
    sign_in(driver, base_url, ORGANISER_EMAIL, ORGANISER_PASSWORD, language="en")
    driver.get(f"{base_url}/en/networks/{sixnet}")
    driver.find_element(By.LINK_TEXT, t("en", "aggregates.title")).click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".chart-and-table"))
    main = driver.find_element(By.TAG_NAME, "main")
    assert "SIXNET" in main.find_element(By.TAG_NAME, "h2").text
    rows = driver.find_elements(By.CSS_SELECTOR, ".chart-and-table tbody tr")
    assert len(rows) == len(instrument(base_url)["dimensions"])
    check(driver, "network aggregates")
    csv = driver.find_element(By.LINK_TEXT, t("en", "aggregates.csv")).get_attribute("href")
    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    download = requests.get(csv, cookies=cookies, timeout=10)
    assert download.status_code == 200 and download.headers["content-type"].startswith("text/csv")
    lines = download.content.decode("utf-8-sig").strip().splitlines()
    assert lines[0].startswith("dimension,name,platforms") and len(lines) == 9
    assert "SIXNETin alusta" not in download.text
