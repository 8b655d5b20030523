"""One hand-written article or list page of a markup family and what a reader sees on it (tests/test_article_families.py
and tests/test_list_families.py run the same checks on every such page)."""

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from jiangbei_crawler.extract.encoding import decode_html

CHROME = ("版权所有", "ICP备", "ICP证")  # a footer's words: in no body


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html: str
    title: str
    day: str  # the publish day, YYYY-MM-DD
    source: str | None  # the 来源 the page names, or None
    first: str  # the body's first paragraph
    last: str  # the body's last paragraph
    absent: tuple = ()  # chrome of the page: navigation, related rows, comments, replies, footer
    gbk: bool = False  # served as GBK bytes (the era's encoding): decoded as the crawler decodes them

    def text(self):
        if self.gbk:
            return decode_html(self.html.encode("gbk"), "text/html").text
        return self.html

    @property
    def portal(self):
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}/"


@dataclass(frozen=True)
class ListCase:
    """One hand-written list page of a markup family and what a reader sees on it (tests/test_list_families.py)."""

    id: str
    url: str
    html: str
    rows: tuple  # (href as written on the page, title, day YYYY-MM-DD), in page order
    pager: tuple  # (this page, the last page, the URL of the page after this one or None)
    gbk: bool = False
    year_shown: bool = True  # False: the rows show month and day only ([03-26])

    def text(self):
        return decode_html(self.html.encode("gbk"), "text/html").text if self.gbk else self.html

    @property
    def portal(self):
        return urljoin(self.url, "/")

    def expected(self):
        return [(urljoin(self.url, href), title, day) for href, title, day in self.rows]
