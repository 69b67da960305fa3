"""Networks in a real browser: the public pages in three languages, with axe on each."""
import pytest
from selenium.webdriver.common.by import By

import axe


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_networks_and_their_members_on_a_map(driver, base_url, lang):
    driver.get(f"{base_url}/{lang}/networks")
    axe.check(driver)
    names = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".result__title a")]
    assert {"SIXNET", "Seutukaupunkien innovaatioekosysteemiverkosto", "Pirkanmaan startup-allianssi", "6Aika"} <= set(names)

    driver.find_element(By.LINK_TEXT, "Seutukaupunkien innovaatioekosysteemiverkosto").click()
    axe.check(driver)
    rows = driver.find_elements(By.CSS_SELECTOR, "main section table")[0].find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 9
    assert "Iisalmen kaupunki" in rows[0].text and "Jukka Ryhänen" in rows[0].text
    assert len(driver.find_elements(By.CSS_SELECTOR, "svg.map circle.map__marker--member")) == 9
    # The text alternative: every place is in the table beside the map.
    places = driver.find_elements(By.CSS_SELECTOR, ".map-and-table table tbody tr")
    assert len(places) == 9


def test_coordinator_adds_a_member(driver, base_url):
    # The browser suite's editor acts for no organisation, so it may not keep SIXNET.
    driver.get(f"{base_url}/fi/networks")
    sixnet = driver.find_element(By.LINK_TEXT, "SIXNET").get_attribute("href")
    driver.get(sixnet)
    assert not driver.find_elements(By.CSS_SELECTOR, f"a[href$='/members/new']")
