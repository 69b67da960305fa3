"""Programmes and projects in a real browser: the demo's 6Aika and its dashboard in three languages, and the whole
flow — a coordinator sets up a programme, a project manager reports an indicator, the dashboard shows the new total."""
import uuid

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import axe
from browsing import page_url, sign_in, submit, t, wait
from conftest import EDITOR_EMAIL, EDITOR_PASSWORD, MANAGER_EMAIL, MANAGER_PASSWORD


def indicator_row(driver, name):
    """The dashboard's indicator table row for `name`, as cell texts."""
    for row in driver.find_elements(By.CSS_SELECTOR, ".dashboard table tbody tr"):
        cells = [c.text for c in row.find_elements(By.CSS_SELECTOR, "th, td")]
        if cells and cells[0] == name and len(cells) >= 7:
            return cells
    return None


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_six_aika_reads_right_with_its_dashboard(driver, base_url, lang):
    driver.get(f"{base_url}/{lang}/programmes")
    axe.check(driver, f"programmes {lang}")
    driver.find_element(By.LINK_TEXT, "6Aika").click()
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == "6Aika")
    axe.check(driver, f"6Aika {lang}")
    body = driver.find_element(By.TAG_NAME, "main").text
    for expected in ["Uudenmaan liitto", "Hämeen ELY-keskus", "708", "5 685"]:
        assert expected in body.replace("\u00a0", " "), expected
    spearheads = {"fi": "Avoimet innovaatioalustat", "sv": "Öppna innovationsplattformar", "en": "Open Innovation Platforms"}
    assert spearheads[lang] in body
    # Every chart has its table beside it; a chart of nothing known is a line saying so, never bars of 0 €.
    charts = driver.find_elements(By.CSS_SELECTOR, ".chart-and-table .bar-chart, .chart-and-table .chart-empty")
    assert len(charts) >= 4
    # Unknown budgets are counted apart (their own column), never summed as 0 €.
    cells = [c.text.replace("\u00a0", " ") for c in driver.find_elements(By.CSS_SELECTOR, ".dashboard td.number")]
    assert cells and not any(c in ("0 €", "€ 0", "0,00 €", "€ 0.00") for c in cells), cells
    assert t(lang, "dashboard.unknownBudgets") in driver.find_element(By.CSS_SELECTOR, ".dashboard").text
    for figure in driver.find_elements(By.CSS_SELECTOR, ".chart-and-table"):
        assert figure.find_elements(By.CSS_SELECTOR, "table tbody tr")
    assert len(driver.find_elements(By.CSS_SELECTOR, "svg.map circle.map__marker--member")) == 6

    # The portfolio, filtered by a theme.
    driver.get(f"{base_url}/{lang}/programmes/1/projects")
    axe.check(driver, f"portfolio {lang}")
    Select(driver.find_element(By.ID, "field-theme")).select_by_value("open-data-apis")
    driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait(driver, lambda d: "theme=open-data-apis" in d.current_url)
    rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    open_data = {"fi": "Avoin data ja rajapinnat", "sv": "Öppna data och gränssnitt", "en": "Open Data and Interfaces"}
    assert len(rows) == 1 and open_data[lang] in rows[0].text
    rows[0].find_element(By.CSS_SELECTOR, "th a").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "p.rule--passes"))
    axe.check(driver, f"spearhead project {lang}")


def test_regional_towns_project_with_its_work_packages(driver, base_url):
    driver.get(f"{base_url}/en/programmes")
    driver.get(f"{base_url}/en/projects/4")
    axe.check(driver, "regional towns' project")
    packages = driver.find_elements(By.CSS_SELECTOR, "article.work-package")
    assert len(packages) == 5
    assert "Iisalmen kaupunki" in packages[0].text and "Savonlinnan hankekehitys Oy" in packages[2].text
    assert "jukka.ryhanen" not in driver.page_source


def test_coordinator_sets_up_a_programme_and_a_manager_reports(driver, base_url):
    name = f"Selenium-ohjelma {uuid.uuid4().hex[:6]}"
    sign_in(driver, base_url, EDITOR_EMAIL, EDITOR_PASSWORD)

    # The coordinator starts a programme; a mistyped budget is refused beside the field and the rest is kept.
    driver.get(f"{base_url}/en/programmes/new")
    axe.check(driver, "new programme form")
    driver.find_element(By.ID, "field-name").send_keys(name)
    driver.find_element(By.ID, "field-budgetCents").send_keys("lots")
    for city in ["Iisalmen kaupunki", "Rauman kaupunki"]:
        label = driver.find_element(By.XPATH, f"//fieldset[@id='field-memberCities']//label[normalize-space()='{city}']")
        driver.find_element(By.ID, label.get_attribute("for")).click()
    driver.find_element(By.ID, "field-minMemberCities").send_keys("2")
    submit(driver)
    error = wait(driver, lambda d: d.find_element(By.ID, "field-budgetCents-error"))
    assert error.text
    axe.check(driver, "programme form with an error")
    assert driver.find_element(By.ID, "field-name").get_attribute("value") == name
    assert driver.find_element(By.ID, "field-budgetCents").get_attribute("value") == "lots"
    budget = driver.find_element(By.ID, "field-budgetCents")
    budget.clear()
    budget.send_keys("250 000,00")
    submit(driver)
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == name)
    programme_url = page_url(driver)

    # An indicator for the catalogue.
    driver.find_element(By.CSS_SELECTOR, "a[href$='/indicators/new']").click()
    axe.check(driver, "new indicator form")
    driver.find_element(By.ID, "field-code").send_keys("companies")
    driver.find_element(By.ID, "field-nameFi").send_keys("Yrityksiä mukana")
    driver.find_element(By.ID, "field-nameEn").send_keys("Companies taking part")
    Select(driver.find_element(By.ID, "field-unit")).select_by_value("companies")
    Select(driver.find_element(By.ID, "field-aggregation")).select_by_value("sum")
    submit(driver)
    wait(driver, lambda d: indicator_row(d, "Companies taking part"))
    assert indicator_row(driver, "Companies taking part")[4] == "0"

    # A project of the programme, led by the coordinator's town, with Rauma as co-implementer and its contact.
    driver.find_element(By.CSS_SELECTOR, "a[href*='/projects/new?programme=']").click()
    axe.check(driver, "new project form")
    driver.find_element(By.ID, "field-nameFi").send_keys("Seleniumhanke")
    driver.find_element(By.ID, "field-startsOn").send_keys("2025-01-01")
    driver.find_element(By.ID, "field-endsOn").send_keys("2026-12-31")
    driver.find_element(By.ID, "field-totalCents").send_keys("100 000")
    submit(driver)
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == "Seleniumhanke")
    assert driver.find_elements(By.CSS_SELECTOR, "p.rule--fails")
    assert "€ 100 000" in driver.find_element(By.TAG_NAME, "main").text.replace("\u00a0", " "), "the typed budget was saved"
    project_url = page_url(driver)
    driver.find_element(By.CSS_SELECTOR, "a[href$='/implementers/new']").click()
    Select(driver.find_element(By.ID, "field-organizationId")).select_by_visible_text("Rauman kaupunki")
    Select(driver.find_element(By.ID, "field-role")).select_by_value("coImplementer")
    Select(driver.find_element(By.ID, "field-contactPersonId")).select_by_visible_text("Heikki Nurmi – Rauman kaupunki")
    submit(driver)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "p.rule--passes"))
    axe.check(driver, "project with its implementers")

    # The project manager — Rauma's contact person — reports; a period outside the project is refused first.
    sign_in(driver, base_url, MANAGER_EMAIL, MANAGER_PASSWORD)
    driver.get(project_url)
    driver.find_element(By.CSS_SELECTOR, "a[href$='/reports/new']").click()
    axe.check(driver, "report form")
    Select(driver.find_element(By.ID, "field-indicatorId")).select_by_visible_text("Companies taking part")
    driver.find_element(By.ID, "field-periodStart").send_keys("2024-01-01")
    driver.find_element(By.ID, "field-periodEnd").send_keys("2025-06-30")
    driver.find_element(By.ID, "field-value").send_keys("12")
    submit(driver)
    wait(driver, lambda d: d.find_element(By.ID, "field-periodStart-error"))
    axe.check(driver, "report form with an error")
    assert driver.find_element(By.ID, "field-value").get_attribute("value") == "12"
    start = driver.find_element(By.ID, "field-periodStart")
    start.clear()
    start.send_keys("2025-01-01")
    submit(driver)
    wait(driver, lambda d: page_url(d) == project_url)
    assert "Heikki" in driver.find_element(By.CSS_SELECTOR, "main").text

    driver.get(programme_url)
    wait(driver, lambda d: indicator_row(d, "Companies taking part"))
    row = indicator_row(driver, "Companies taking part")
    assert row[4] == "12", row
    assert row[5] == "1", row
    axe.check(driver, "dashboard with the new total")


def test_lead_implementer_edits_forms_are_accessible(driver, base_url):
    """The lead implementer's user (Selma acts for Iisalmen kaupunki) opens each edit form of the regional towns' project."""
    sign_in(driver, base_url, EDITOR_EMAIL, EDITOR_PASSWORD)
    driver.get(f"{base_url}/fi/projects/4")
    edit_links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href*='/edit']")]
    work_package = next(href for href in edit_links if "/work-packages/" in href)
    implementer = next(href for href in edit_links if "/implementers/" in href)
    for href in [work_package, implementer, f"{base_url}/fi/projects/4/edit", f"{base_url}/fi/projects/4/results/new"]:
        driver.get(href)
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "form .form-actions button[type=submit]"))
        axe.check(driver, href)
    driver.get(work_package)
    assert driver.find_element(By.ID, "field-titleFi").get_attribute("value") == "Ekosysteemien tilannekuvan muodostaminen"
    assert driver.find_elements(By.CSS_SELECTOR, "form button.button--danger")


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_six_aika_groups_with_their_deputies(driver, base_url, lang):
    driver.get(f"{base_url}/{lang}/programmes/1")
    driver.find_element(By.CSS_SELECTOR, "a[href*='/bodies/']").click()
    wait(driver, lambda d: "/bodies/" in d.current_url)
    axe.check(driver, f"management group {lang}")
    rows = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    assert len(rows) == 9
    assert "Tuula Antola" in rows[0].text and "Pia Wollsten" in rows[0].text


def test_strategy_office_records_a_meeting(driver, base_url):
    from conftest import OFFICE_EMAIL, OFFICE_PASSWORD
    sign_in(driver, base_url, OFFICE_EMAIL, OFFICE_PASSWORD)
    driver.get(f"{base_url}/fi/programmes/1")
    driver.find_element(By.CSS_SELECTOR, "a[href*='/bodies/']").click()
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "a[href$='/meetings/new']"))
    driver.find_element(By.CSS_SELECTOR, "a[href$='/meetings/new']").click()
    axe.check(driver, "new meeting form")
    driver.find_element(By.ID, "field-startsAt").send_keys("ensi tiistaina")
    driver.find_element(By.ID, "field-place").send_keys("Helsinki")
    submit(driver)
    wait(driver, lambda d: d.find_element(By.ID, "field-startsAt-error"))
    axe.check(driver, "meeting form with an error")
    assert driver.find_element(By.ID, "field-place").get_attribute("value") == "Helsinki"
    start = driver.find_element(By.ID, "field-startsAt")
    start.clear()
    start.send_keys("2026-12-01T09:30")
    submit(driver)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "a[href$='/items/new']"))
    axe.check(driver, "meeting page")
    driver.find_element(By.CSS_SELECTOR, "a[href$='/items/new']").click()
    axe.check(driver, "agenda item form")
    driver.find_element(By.ID, "field-title").send_keys("Hakujen arviointi")
    driver.find_element(By.ID, "field-decision").send_keys("Esitetään ohjausryhmälle.")
    submit(driver)
    wait(driver, lambda d: "Esitetään ohjausryhmälle." in d.find_element(By.TAG_NAME, "main").text)
    assert "1.12.2026 klo 9.30" in driver.find_element(By.TAG_NAME, "h1").text
    # The record: minutes and who attended.
    meeting_url = page_url(driver)
    driver.find_element(By.CSS_SELECTOR, "main a[href$='/edit']").click()
    axe.check(driver, "meeting record form")
    driver.find_element(By.ID, "field-minutes").send_keys("Pöytäkirja hyväksyttiin.")
    driver.find_element(By.ID, "field-present-0").click()
    submit(driver)
    wait(driver, lambda d: page_url(d) == meeting_url and "Pöytäkirja hyväksyttiin." in d.find_element(By.TAG_NAME, "main").text)
    assert "Tuula Antola" in driver.find_element(By.TAG_NAME, "main").text


def test_strategy_office_adds_a_body_with_a_member(driver, base_url):
    from conftest import OFFICE_EMAIL, OFFICE_PASSWORD
    sign_in(driver, base_url, OFFICE_EMAIL, OFFICE_PASSWORD)
    driver.get(f"{base_url}/en/programmes/1/bodies/new")
    axe.check(driver, "new body form")
    driver.find_element(By.ID, "field-nameFi").send_keys("Kuutoskaupunkien pyöreä pöytä")
    Select(driver.find_element(By.ID, "field-kind")).select_by_value("roundTable")
    submit(driver)
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "main a[href$='/members/new']"))
    axe.check(driver, "new body page")
    driver.find_element(By.CSS_SELECTOR, "main a[href$='/members/new']").click()
    Select(driver.find_element(By.ID, "field-position")).select_by_value("chair")
    driver.find_element(By.ID, "field-startsOn").send_keys("2026")
    submit(driver)
    # No person: told beside the field, the term typed is kept.
    wait(driver, lambda d: d.find_element(By.ID, "field-personId-error"))
    axe.check(driver, "seat form with an error")
    assert driver.find_element(By.ID, "field-startsOn").get_attribute("value") == "2026"
    Select(driver.find_element(By.ID, "field-personId")).select_by_visible_text("Teppo Rantanen – Tampereen kaupunki")
    Select(driver.find_element(By.ID, "field-organizationId")).select_by_visible_text("Tampereen kaupunki")
    submit(driver)
    wait(driver, lambda d: "Teppo Rantanen" in d.find_element(By.CSS_SELECTOR, "main table").text)
    axe.check(driver, "body with its chair")
