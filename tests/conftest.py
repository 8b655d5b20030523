import os
import sys

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

sys.path.insert(0, os.path.dirname(__file__))

PORTAL = "http://portal.test"


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
