"""A person's view: headless Chromium against `datasette archive/` on loopback.

Needs Debian's chromium and chromium-driver (installed by .ci/run); the
driver path is given, so nothing is downloaded.
"""

import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from replica_harness import archive_config, crawl, replica
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

CHROMIUM, CHROMEDRIVER = (
    shutil.which("chromium") or "/usr/bin/chromium",
    shutil.which("chromedriver") or "/usr/bin/chromedriver",
)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = archive_config(tmp_path_factory.mktemp("browse"))
    with replica("tiny") as url:
        crawl(url, root / "disclosure.db")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(root), "-h", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield base
    server.terminate()
    server.wait(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1200,1600", "--lang=zh-CN",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def no_alert(driver):
    try:
        driver.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    except NoAlertPresentException:
        return True
    return False


def test_search_then_read_an_article(site, browser):
    browser.get(f"{site}/disclosure/articles?_search=" + urllib.parse.quote("师德"))
    links = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-id a")
    assert links, browser.page_source[:2000]
    links[0].click()
    body = browser.find_element(By.CSS_SELECTOR, "article.article .body")
    assert len(body.text) > 20 and browser.find_element(By.CSS_SELECTOR, "article.article h1").text
    assert no_alert(browser)


def test_injected_script_does_not_run(site, browser, tmp_path):
    browser.get(
        f"{site}/disclosure/articles.json?_search=" + urllib.parse.quote("详情请点击这里查看") + "&_shape=array&_col=id"
    )
    ids = [int(x) for x in re.findall(r'"id":\s*(\d+)', browser.page_source)]
    assert ids
    browser.get(f"{site}/disclosure/articles/{ids[0]}")
    time.sleep(0.5)
    assert no_alert(browser), "the hostile article's <script> ran"
    body = browser.find_element(By.CSS_SELECTOR, "article.article .body")
    assert "详情请点击这里查看" in body.text
    assert not body.find_elements(By.TAG_NAME, "script")
    assert all(
        not a.get_attribute("href") or a.get_attribute("href").startswith("http")
        for a in body.find_elements(By.TAG_NAME, "a")
    )
    shot = pathlib.Path(os.environ.get("JIANGBEI_SCREENSHOT_DIR", tmp_path)) / "article-page.png"
    browser.save_screenshot(str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG")
