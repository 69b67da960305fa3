"""Ecosystems in a real browser: the situational picture and the Invest-in profile, axe-checked, in three languages."""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import axe
from browsing import sign_in, wait
from conftest import EDITOR_EMAIL, EDITOR_PASSWORD


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_situational_picture_and_invest_in(driver, base_url, lang):
    driver.get(f"{base_url}/{lang}/ecosystems")
    axe.check(driver)
    driver.find_element(By.LINK_TEXT, "Iisalmi").click()
    axe.check(driver)
    assert "Iisalmi" in driver.find_element(By.TAG_NAME, "h1").text
    assert "Iisalmen kaupunki" in driver.page_source
    assert driver.find_elements(By.CSS_SELECTOR, "svg.map circle")
    driver.find_element(By.CSS_SELECTOR, "a[href$='/invest-in']").click()
    axe.check(driver)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    assert "Jukka Ryhänen" in driver.page_source


def test_coordinator_builds_an_ecosystem(driver, base_url):
    sign_in(driver, base_url, EDITOR_EMAIL, EDITOR_PASSWORD)

    driver.get(f"{base_url}/en/ecosystems/new")
    axe.check(driver)
    driver.find_element(By.ID, "field-name").send_keys("Ylä-Savo")
    driver.find_element(By.CSS_SELECTOR, "input[name='wantedCompetences[]'][value='startups']").click()
    driver.find_element(By.CSS_SELECTOR, "form .form-actions button[type=submit]").click()
    # No municipality: the message stands by the field and what was typed is kept.
    error = wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#field-municipalities .field__error"))
    assert "municipality" in error.text
    axe.check(driver, "ecosystem form with an error")
    assert driver.find_element(By.ID, "field-name").get_attribute("value") == "Ylä-Savo"
    assert driver.find_element(By.CSS_SELECTOR, "input[name='wantedCompetences[]'][value='startups']").is_selected()
    driver.find_element(By.CSS_SELECTOR, "input[name='municipalities[]'][value='140']").click()
    driver.find_element(By.CSS_SELECTOR, "form .form-actions button[type=submit]").click()
    wait(driver, lambda d: "situational picture" in d.find_element(By.TAG_NAME, "h1").text)
    axe.check(driver, "new ecosystem")

    driver.find_element(By.LINK_TEXT, "Add a goal").click()
    driver.find_element(By.ID, "field-title").send_keys("Startup services")
    driver.find_element(By.ID, "field-target").send_keys("3 startup services for the region")
    driver.find_element(By.ID, "field-targetDate").send_keys("2028")
    driver.find_element(By.CSS_SELECTOR, "form .form-actions button[type=submit]").click()
    wait(driver, lambda d: "3 startup services for the region" in d.page_source)

    # Suggestions for the wanted competence, with reasons; mark the first one joined.
    rows = driver.find_elements(By.CSS_SELECTOR, "#suggestions tbody tr")
    assert rows, "partner suggestions are listed"
    name = rows[0].find_element(By.CSS_SELECTOR, "th a").text
    assert rows[0].find_elements(By.CSS_SELECTOR, "td ul li")
    Select(rows[0].find_element(By.CSS_SELECTOR, "select")).select_by_value("joined")
    rows[0].find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait(driver, lambda d: name in d.find_element(By.CSS_SELECTOR, "main section .result-list").text)
    axe.check(driver, "situational picture with a joined partner")


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_compare_ecosystems(driver, base_url, lang):
    driver.get(f"{base_url}/{lang}/ecosystems/compare")
    axe.check(driver)
    boxes = driver.find_elements(By.CSS_SELECTOR, "input[name='ids[]']")
    boxes[0].click()
    boxes[1].click()
    driver.find_element(By.CSS_SELECTOR, ".search-form button[type=submit]").click()
    wait(driver, lambda d: "ids" in d.current_url and d.find_elements(By.CSS_SELECTOR, "main section table"))
    axe.check(driver)
    comparison = driver.find_elements(By.CSS_SELECTOR, "main section table")[0]
    assert len(comparison.find_elements(By.CSS_SELECTOR, "thead th")) == 3


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_startups_of_a_region(driver, base_url, lang):
    driver.get(f"{base_url}/{lang}/regions/06/startups")
    axe.check(driver)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang


def test_situational_picture_prints(driver, base_url):
    import base64
    driver.get(f"{base_url}/fi/ecosystems")
    driver.find_element(By.LINK_TEXT, "Raahe").click()
    pdf = base64.b64decode(driver.print_page())
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
