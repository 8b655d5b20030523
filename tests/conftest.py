import asyncio
import os
import sys

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

sys.path.insert(0, os.path.dirname(__file__))

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
    from jiangbei_crawler.spiders.disclosure import DisclosureSpider

    crawler = get_crawler(DisclosureSpider, {"PORTAL_URL": PORTAL, "ARCHIVE_PATH": str(tmp_path / "d.db")})
    crawler.spider = crawler._create_spider(mode="full")
    yield crawler.spider
    crawler.spider.closed("finished")


def respond(request, body, ctype="text/html; charset=utf-8"):
    """The response a portal would give to ``request``: raw bytes, so GBK stays GBK."""
    return HtmlResponse(request.url, body=body, headers={"Content-Type": ctype}, request=request)
