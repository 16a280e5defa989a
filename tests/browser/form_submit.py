# SPDX-License-Identifier: GPL-3.0-or-later
# Fills in and submits the hosted form in a real headless Chromium with JavaScript off, as a
# visitor would. Drives Debian's chromium through chromium-driver and python3-selenium.
# Usage: python3 form_submit.py <base url> <email> [honeypot]
# Prints one JSON line: {"ok":true,"title":...,"finalUrl":...} or {"ok":false,"error":...}.
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

# Upper bounds only: every wait below returns as soon as its condition holds.
PAGE_LOAD_SECONDS = 30
NAVIGATION_SECONDS = 30


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=en-US",
                "--window-size=390,844"):
        options.add_argument(arg)
    # The form must work for visitors who block scripts.
    options.add_experimental_option(
        "prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(PAGE_LOAD_SECONDS)
    return driver


def check_javascript_is_off(driver):
    driver.get("data:text/html,<title>off</title><script>document.title='on'</script>")
    if driver.title != "off":
        raise RuntimeError("JavaScript is still on in the browser")


def set_value(driver, element, value):
    # What a visitor does with a date picker, or a bot with a hidden field. WebDriver scripts
    # run even when the page's own scripts are blocked.
    driver.execute_script("arguments[0].value = arguments[1];", element, value)


def submit_form(driver, base, email, honeypot):
    driver.get(f"{base}/form?utm_source=browser-test")
    driver.find_element(By.ID, "f-name").send_keys("Maria Garcia")
    driver.find_element(By.ID, "f-email").send_keys(email)
    driver.find_element(By.ID, "f-phone").send_keys("+34 600 000 000")
    set_value(driver, driver.find_element(By.ID, "f-date"), "2031-05-20")
    Select(driver.find_element(By.ID, "f-type")).select_by_visible_text("Wedding")
    driver.find_element(By.ID, "f-message").send_keys("About 120 guests, outdoor ceremony.")
    if honeypot:  # a bot fills every field it finds, visible or not
        set_value(driver, driver.find_element(By.ID, "f-website"), honeypot)
    form_page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(driver, NAVIGATION_SECONDS).until(expected_conditions.staleness_of(form_page))
    title = driver.find_element(By.TAG_NAME, "h1").text.strip()
    return {"ok": True, "title": title, "finalUrl": driver.current_url}


def main():
    base, email = sys.argv[1], sys.argv[2]
    honeypot = sys.argv[3] if len(sys.argv) > 3 else ""
    driver = None
    try:
        driver = start_browser()
        check_javascript_is_off(driver)
        result = submit_form(driver, base, email, honeypot)
    except Exception as e:  # reported to the test as JSON, whatever failed
        result = {"ok": False, "error": f"{type(e).__name__}: {e}"}
    finally:
        if driver is not None:
            driver.quit()
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
