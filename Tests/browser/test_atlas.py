"""What a visitor and an editor do in the atlas, in a real browser, with axe on every page visited."""
import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import axe
from browsing import sign_in
from conftest import EDITOR_EMAIL, EDITOR_PASSWORD

HEADINGS = {
    "fi": "Innovaatioekosysteemien ja kaupunkiyhteistyön yhteinen palvelu",
    "sv": "En gemensam tjänst för innovationsekosystem och städers samarbete",
    "en": "A shared service for innovation ecosystems and city collaboration",
}


def visit(driver, url):
    driver.get(url)
    axe.check(driver)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_browse_the_atlas_in_each_language(driver, base_url, lang):
    visit(driver, f"{base_url}/{lang}")
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    assert driver.find_element(By.TAG_NAME, "h1").text == HEADINGS[lang]

    driver.find_element(By.CSS_SELECTOR, f"nav a[href='/{lang}/regions']").click()
    axe.check(driver)
    rows = driver.find_elements(By.CSS_SELECTOR, "table tbody tr")
    assert len(rows) == 19
    assert len(driver.find_elements(By.CSS_SELECTOR, "svg.map path")) == 19

    driver.find_element(By.CSS_SELECTOR, f"a[href='/{lang}/regions/06']").click()
    axe.check(driver)
    assert driver.find_element(By.TAG_NAME, "h1").text in ("Pirkanmaa", "Birkaland")
    assert "Business Tampere" in driver.page_source

    driver.find_element(By.CSS_SELECTOR, f"a[href='/{lang}/municipalities/837']").click()
    axe.check(driver)
    assert "Tampereen kaupunki" in driver.page_source

    for page in ["accessibility", "privacy", "api", "sign-in"]:
        visit(driver, f"{base_url}/{lang}/{page}")
        assert driver.find_element(By.CSS_SELECTOR, f"footer a[href='/{lang}/accessibility']")
        assert driver.find_element(By.CSS_SELECTOR, f"footer a[href='/{lang}/privacy']")


def test_search_filter_and_open_an_organisation(driver, base_url):
    # The front page's one search finds the organisation among everything else.
    visit(driver, f"{base_url}/fi")
    box = driver.find_element(By.ID, "home-search")
    box.send_keys("hameen")
    box.submit()
    axe.check(driver)
    titles = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#kind-organization .result__title a")]
    assert "Hämeen ELY-keskus" in titles

    visit(driver, f"{base_url}/fi/organizations?q=tampere")
    titles = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".result__title a")]
    assert "Business Tampere" in titles and "Tampereen kaupunki" in titles
    Select(driver.find_element(By.ID, "field-type")).select_by_value("municipality")
    driver.find_element(By.CSS_SELECTOR, ".search-form button[type=submit]").click()
    axe.check(driver)
    titles = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".result__title a")]
    assert titles == ["Tampereen kaupunki"]

    driver.find_element(By.LINK_TEXT, "Tampereen kaupunki").click()
    axe.check(driver)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Tampereen kaupunki"
    facts = driver.find_element(By.CSS_SELECTOR, "dl.facts").text
    assert "0211675-2" in facts and "Pirkanmaa" in facts

    # The language switch keeps the page.
    path = re.sub(r"^https?://[^/]+", "", driver.current_url)
    driver.find_element(By.CSS_SELECTOR, ".language-switch a[lang='sv']").click()
    assert re.sub(r"^https?://[^/]+", "", driver.current_url) == path.replace("/fi/", "/sv/", 1)
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
    axe.check(driver)


def test_paging_through_results(driver, base_url):
    visit(driver, f"{base_url}/en/organizations")
    first = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".result__title a")]
    driver.find_element(By.CSS_SELECTOR, ".pagination a[rel=next]").click()
    axe.check(driver)
    second = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".result__title a")]
    assert first and second and not set(first) & set(second)


def test_editor_fixes_a_wrong_business_id_and_finds_the_result(driver, base_url):
    sign_in(driver, base_url, EDITOR_EMAIL, EDITOR_PASSWORD, language="fi")
    assert driver.find_element(By.CSS_SELECTOR, ".account__name").text == "Selma Selenium"

    visit(driver, f"{base_url}/fi/organizations/new")
    driver.find_element(By.ID, "field-name").send_keys("Tammerkosken Testilabra Oy")
    Select(driver.find_element(By.ID, "field-type")).select_by_value("startup")
    driver.find_element(By.ID, "field-businessId").send_keys("1234567-8")
    Select(driver.find_element(By.ID, "field-municipalityCode")).select_by_value("837")
    driver.find_element(By.ID, "field-descriptionFi").send_keys("Testaa tekoälyä teollisuudelle.")
    driver.find_element(By.CSS_SELECTOR, "input[name='competences[]'][value='ai-automation']").click()
    driver.find_element(By.CSS_SELECTOR, "form .form-actions button[type=submit]").click()

    axe.check(driver, "form with an error")
    error = driver.find_element(By.ID, "field-businessId-error")
    assert "Y-tunnus" in error.text
    field = driver.find_element(By.ID, "field-businessId")
    assert field.get_attribute("value") == "1234567-8"
    assert field.get_attribute("aria-invalid") == "true"
    assert "field-businessId-error" in field.get_attribute("aria-describedby")
    assert driver.find_element(By.ID, "field-name").get_attribute("value") == "Tammerkosken Testilabra Oy"
    assert driver.find_element(By.ID, "field-descriptionFi").get_attribute("value") == "Testaa tekoälyä teollisuudelle."
    assert driver.find_element(By.CSS_SELECTOR, "input[name='competences[]'][value='ai-automation']").is_selected()
    assert Select(driver.find_element(By.ID, "field-municipalityCode")).first_selected_option.get_attribute("value") == "837"
    # The summary links to the field.
    assert driver.find_element(By.CSS_SELECTOR, ".error-summary a[href='#field-businessId']")

    field.clear()
    field.send_keys("1234567-1")
    driver.find_element(By.CSS_SELECTOR, "form .form-actions button[type=submit]").click()
    axe.check(driver, "saved organisation")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Tammerkosken Testilabra Oy"
    assert "1234567-1" in driver.find_element(By.CSS_SELECTOR, "dl.facts").text

    visit(driver, f"{base_url}/fi/organizations?q=tammerkosken")
    titles = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".result__title a")]
    assert titles == ["Tammerkosken Testilabra Oy"]
    visit(driver, f"{base_url}/fi/organizations?q=testilab&competence=ai-automation")
    assert "Tammerkosken Testilabra Oy" in driver.page_source


def test_keyboard_user_can_skip_to_content(driver, base_url):
    visit(driver, f"{base_url}/fi/organizations")
    body = driver.find_element(By.TAG_NAME, "body")
    from selenium.webdriver.common.keys import Keys
    body.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    assert focused.get_attribute("class") == "skip-link"
    assert focused.is_displayed()
