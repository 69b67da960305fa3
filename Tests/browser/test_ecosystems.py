"""Ecosystems in a real browser: the situational picture and the Invest-in profile, axe-checked, in three languages."""
import pytest
from selenium.webdriver.common.by import By

import axe


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
