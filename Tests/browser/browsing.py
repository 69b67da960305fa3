"""What every browser test does: wait for a page that is still loading, sign in as someone, submit a form.

A page that is replaced while Chromium reads it can fail in several ways (a stale element, a node that "does not
belong to the document", an element not there yet); a wait retries on all of them until its time runs out."""
import json
import pathlib
import re
from urllib.parse import urlsplit, urlunsplit

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import axe

ROOT = pathlib.Path(__file__).resolve().parents[2]


def wait(driver, condition, seconds=10):
    return WebDriverWait(driver, seconds, ignored_exceptions=[WebDriverException]).until(condition)


def sign_in(driver, base_url, email, password, language="en"):
    """Signs in as `email`, signing out first if someone else is signed in."""
    driver.get(f"{base_url}/{language}/sign-in")
    if driver.find_elements(By.CSS_SELECTOR, ".account__name"):
        driver.find_element(By.CSS_SELECTOR, ".account form button[type=submit]").click()
        wait(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, ".account__name"))
        driver.get(f"{base_url}/{language}/sign-in")
    driver.find_element(By.ID, "field-email").send_keys(email)
    driver.find_element(By.ID, "field-password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
    # Wait for the signed-in page (the name appears only there), not the sign-in page still on screen.
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".account__name"))


def submit(driver):
    driver.find_element(By.CSS_SELECTOR, "form .form-actions button[type=submit]").click()


def texts(lang):
    """The page's own translation table, so that the tests read what a user of that language sees."""
    return json.loads((ROOT / f"Sources/SolmuApp/Resources/Locales/{lang}.json").read_text(encoding="utf-8"))


def t(lang, key, **values):
    """A text as the server writes it: the table's text with `{name}` filled in, or (while the key is still being
    translated) the key itself, which is what the server shows for a missing key."""
    text = texts(lang).get(key, key)
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def check(driver, context):
    """Every page: axe finds nothing, and no translation left a `{placeholder}` unfilled."""
    axe.check(driver, context)
    unfilled = re.findall(r"\{[a-zA-Z]+\}", driver.find_element(By.TAG_NAME, "main").text)
    assert not unfilled, f"unfilled placeholders {unfilled} on {context} ({driver.current_url})"


def page_url(driver):
    """The page's address without the notice a save carries (`?notice=saved`), to build the addresses under it."""
    scheme, netloc, path, query, fragment = urlsplit(driver.current_url)
    kept = "&".join(part for part in query.split("&") if part and not part.startswith("notice="))
    return urlunsplit((scheme, netloc, path, kept, ""))


def notice(driver):
    """The success notice the page shows after a save, or None."""
    found = driver.find_elements(By.CSS_SELECTOR, "main .notice--success[role=status]")
    return found[0].text if found else None
