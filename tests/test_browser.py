"""A person's view: headless Chromium against `datasette archive/` on loopback.

Needs Debian's chromium and chromium-driver (installed by .ci/run); the
driver path is given, so nothing is downloaded.
"""

import pathlib
import re
import sqlite3
import urllib.parse
import urllib.request

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from jiangbei_crawler.testing import archive_config, crawl_states, datasette, replica, wait_for

pytestmark = pytest.mark.slow  # a browser and a crawl of the replica


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = archive_config(tmp_path_factory.mktemp("browse"))
    # crawled, edited on the portal, crawled twice more: articles with two versions, takedowns seen twice (confirmed)
    with replica("tiny") as url:
        crawl_states(url, root / "disclosure.db", (0, 1, 1))
    with datasette(root) as base:
        yield base, root / "disclosure.db"


def no_alert(driver):
    try:
        driver.switch_to.alert.text  # noqa: B018 - raises when no alert is open
    except NoAlertPresentException:
        return True
    return False


def test_search_then_read_an_article(site, browser):
    site, _ = site
    browser.get(f"{site}/disclosure/articles?_search=" + urllib.parse.quote("师德"))
    links = browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns td.col-id a")
    assert links, browser.page_source[:2000]
    links[0].click()
    body = browser.find_element(By.CSS_SELECTOR, "article.article .body")
    assert len(body.text) > 20 and browser.find_element(By.CSS_SELECTOR, "article.article h1").text
    assert no_alert(browser)


def test_injected_script_does_not_run(site, browser, tmp_path):
    site, _ = site
    browser.get(
        f"{site}/disclosure/articles.json?_search=" + urllib.parse.quote("详情请点击这里查看") + "&_shape=array&_col=id"
    )
    ids = [int(x) for x in re.findall(r'"id":\s*(\d+)', browser.page_source)]
    assert ids
    browser.get(f"{site}/disclosure/articles/{ids[0]}")  # returns after the load event: inline scripts have run
    assert no_alert(browser), "the hostile article's <script> ran"
    body = browser.find_element(By.CSS_SELECTOR, "article.article .body")
    assert "详情请点击这里查看" in body.text
    assert not body.find_elements(By.TAG_NAME, "script")
    assert all(
        not a.get_attribute("href") or a.get_attribute("href").startswith("http")
        for a in body.find_elements(By.TAG_NAME, "a")
    )
    assert_screenshot(browser, tmp_path / "hostile-article.png")


DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"


def assert_screenshot(browser, path):
    browser.save_screenshot(str(path))
    assert path.read_bytes().startswith(b"\x89PNG")


def shot(browser, name):
    """Screenshots of the walk go to docs/, where the README shows them."""
    DOCS.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    assert_screenshot(browser, DOCS / name)


def test_walk_home_school_article_version_diff(site, browser):
    site, db = site
    conn = sqlite3.connect(db)
    # The article whose second version changed its body (else its title): the diff worth a screenshot.
    aid, school, title = conn.execute("""
        select a.id, a.school, a.title from article_versions v1
        join article_versions v2 on v2.article_id = v1.article_id and v2.version = 2 and v1.version = 1
        join articles a on a.id = v1.article_id where a.school is not null
        order by v1.body_text is not v2.body_text desc, v1.title is not v2.title desc, a.id limit 1""").fetchone()  # fmt: skip
    browser.get(site + "/")
    assert browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]").is_displayed()
    shot(browser, "home.png")

    browser.find_element(By.LINK_TEXT, school).click()
    assert browser.find_element(By.TAG_NAME, "h1").text == school
    shot(browser, "school.png")

    link = browser.find_element(By.CSS_SELECTOR, f'a[href$="/disclosure/articles/{aid}"]')
    assert link.text == title
    link.click()
    assert browser.find_element(By.CSS_SELECTOR, "article.article h1").text == title
    cite = browser.find_element(By.ID, "cite").text
    assert school in cite and "sha256" in cite and "固定链接" in cite
    shot(browser, "article.png")

    browser.find_element(By.CSS_SELECTOR, f'a[href$="/disclosure/article_versions/{aid},2"]').click()
    assert "第 2 版" in browser.find_element(By.CSS_SELECTOR, ".jb").text
    marks = browser.find_elements(By.CSS_SELECTOR, "table.diff ins, table.diff del")
    assert marks and all(len(m.text) < 200 for m in marks)  # characters marked, not whole paragraphs
    shot(browser, "version-diff.png")


def test_walk_search_result_article(site, browser):
    site, db = site
    browser.get(site + "/")
    box = browser.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
    box.send_keys("师德")
    box.submit()  # a script's form.submit(): the driver does not wait for the page it loads
    assert wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, ".result b a"), 30), browser.current_url
    results = browser.find_elements(By.CSS_SELECTOR, ".result b a")
    assert results and "篇文章包含「师德」" in browser.find_element(By.CSS_SELECTOR, ".jb").text
    assert browser.find_elements(By.CSS_SELECTOR, ".result mark")
    shot(browser, "search.png")
    title = results[0].text
    results[0].click()
    assert browser.find_element(By.CSS_SELECTOR, "article.article h1").text == title
    assert "师德" in browser.find_element(By.CSS_SELECTOR, "article.article").text
    assert no_alert(browser)


def test_walk_removed_search_result_evidence_and_readable_school_url(site, browser, tmp_path):
    site, db = site
    aid, title, school = (
        sqlite3.connect(db)
        .execute(
            "select id, title, school from articles where removed_at is not null and school is not null order by id"
        )
        .fetchone()
    )
    browser.get(f"{site}/disclosure/search?q=" + urllib.parse.quote(title))
    found = [
        r
        for r in browser.find_elements(By.CSS_SELECTOR, ".result")
        if r.find_element(By.CSS_SELECTOR, "b a").text == title
    ]
    assert found, browser.page_source[:2000]
    assert found[0].find_element(By.CSS_SELECTOR, ".badge.removed").text == "已删除"
    assert_screenshot(browser, tmp_path / "search-removed.png")

    found[0].find_element(By.CSS_SELECTOR, "b a").click()
    sightings = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "ol.evidence li")]
    assert len(sightings) > 1 and all("(北京时间):门户" in s for s in sightings)
    assert "第一次看到" in sightings[0] and "第二次看到,确认删除" in sightings[1]
    assert "soft404" not in browser.find_element(By.CSS_SELECTOR, "ol.evidence").text
    assert_screenshot(browser, tmp_path / "evidence.png")

    browser.find_element(By.LINK_TEXT, school).click()  # the breadcrumb of the article
    assert browser.find_element(By.TAG_NAME, "h1").text == school
    assert browser.current_url == f"{site}/school/{urllib.parse.quote(school, safe='')}"  # not ~E6~B1~9F…
    assert no_alert(browser)
