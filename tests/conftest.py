import asyncio
import shutil

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

PORTAL = "http://portal.test"


def collect(output):
    """Everything a spider callback yields, whether it is a generator or an async generator."""
    if not hasattr(output, "__aiter__"):
        return list(output)

    async def drain():
        return [item async for item in output]

    return asyncio.run(drain())


def pytest_collection_modifyitems(items):
    """Cheap tests first, the slow crawls last: a failure shows early, and `-m "not slow"` is a quick run."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is not None)


@pytest.fixture(scope="session")
def small_archive(tmp_path_factory):
    """The small replica (2,000 articles, all quirks) crawled once, in a copy of archive/, shared by the tests
    that only read it: (config directory, the replica URL it was crawled from)."""
    from jiangbei_crawler.testing import archive_config, crawl, replica

    root = archive_config(tmp_path_factory.mktemp("small"))
    with replica("small") as url:
        proc = crawl(url, root / "disclosure.db")
    assert proc.returncode == 0, proc.stderr[-2000:]
    return root, url


@pytest.fixture
def spider(tmp_path):
    """The spider as Scrapy makes it (from_crawler), over an empty archive in a temporary directory."""
    from jiangbei_crawler.crawl.session import SessionExtension
    from jiangbei_crawler.spiders.disclosure import DisclosureSpider

    crawler = get_crawler(DisclosureSpider, {"PORTAL_URL": PORTAL, "ARCHIVE_PATH": str(tmp_path / "d.db")})
    crawler.spider = crawler._create_spider(mode="full")
    session = SessionExtension.from_crawler(crawler)  # as in a crawl: extensions are made after the spider
    yield crawler.spider
    session.closed(reason="finished")


def respond(request, body, ctype="text/html; charset=utf-8"):
    """The response a portal would give to ``request``: raw bytes, so GBK stays GBK."""
    return HtmlResponse(request.url, body=body, headers={"Content-Type": ctype}, request=request)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Headless Chromium driven by Debian's chromium-driver (the path is given, so nothing is downloaded)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1200,1600", "--lang=zh-CN",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):  # fmt: skip
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    yield driver
    driver.quit()
