"""A bounded second pass after the walk: same-host links that were seen on the way but never fetched, and whose
URL has the shape of an article archived by this crawl, are fetched as articles once the walk has nothing left.

A portal is built from a few templates, so its article URLs share a few shapes (``/ns/dn/201702/t20170213_1.html``
and ``/ns/dn/201907/t20190703_2.html`` are one). A link of that shape that no list, pager or menu led the walk
to is an article the walk missed: what only the sweep finds is counted and warned about, as the alarm that
discovery needs work on this portal."""

import logging
import re
from urllib.parse import parse_qsl, urlsplit

from scrapy.exceptions import DontCloseSpider

from ..extract.patterns import TRACKING_PARAMS
from ..items import WarningItem
from .priorities import PRIORITY

log = logging.getLogger(__name__)

MAX_SEEN = 200_000  # links remembered for the sweep; a larger portal's are dropped past it (memory stays bounded)


def shape(url):
    """A URL's template: its path with every run of digits as one mark, and its query's keys."""
    parts = urlsplit(url)
    keys = sorted(k.lower() for k, _ in parse_qsl(parts.query) if not TRACKING_PARAMS.match(k))
    return re.sub(r"\d+", "9", parts.path.lower()) + "?" + "&".join(keys)


class Sweep:
    def __init__(self, limit):
        self.limit = limit  # requests at most (MAX_SWEEP); 0 turns the sweep off
        self.seen = {}  # links seen on the way, in order (a dict as an ordered set)
        self.article_shapes = set()
        self.started = False
        self.found = 0  # articles only the sweep reached

    def see(self, urls):
        if self.limit and not self.started:  # a generator: nothing is computed for a sweep that is off or started
            for url in urls:
                if len(self.seen) >= MAX_SEEN:
                    return
                self.seen[url] = None

    def learn(self, url):
        """An article was read at ``url``: links of its shape may be articles too."""
        self.article_shapes.add(shape(url))

    def start(self, done):
        """The links to fetch now (once per crawl): of an article's shape and not ``done(url)`` already."""
        if self.started or not self.limit:
            return []
        self.started = True
        todo = [url for url in self.seen if shape(url) in self.article_shapes and not done(url)]
        self.seen = {}
        return todo[: self.limit]


class Sweeping:
    """Mixed into the spider, which provides ``sweep``, ``fetched``, ``key``, ``article_id``, ``requested``,
    ``plan``, ``_followable`` and ``_article_request``."""

    def _seen_on(self, read):
        """Every same-host link of a page, and its rows, kept for the sweep (whether each is worth following is
        asked at the sweep, of the few links that have an article's shape, not here of every link of every page)."""
        self.sweep.see(url for url, _, _ in read.listing.links)
        self.sweep.see(row.url for row in read.listing.rows)

    def _sweep_done(self, url):
        """Not for the sweep: not a page worth following, or fetched, requested or archived already."""
        if not self._followable(url):
            return True
        key = self.key(url)
        aid = self.article_id(key)
        return key in self.fetched or aid in self.requested or not self.plan.is_new(aid)

    def on_idle(self):
        """The walk has nothing left: fetch what the sweep finds, once, and keep the crawl open for it."""
        requests = [self._article_request(url, {"sweep": True}, PRIORITY["sweep"])
                    for url in self.sweep.start(self._sweep_done)]  # fmt: skip
        requests = [r for r in requests if r is not None]
        if not requests:
            return
        log.info("sweep: %d links of an article's shape that the walk did not follow", len(requests))
        for request in requests:
            self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def _swept(self, url, meta):
        """A WarningItem when only the sweep reached this article: discovery missed it."""
        if not meta.get("sweep"):
            return []
        self.sweep.found += 1
        self.crawler.stats.inc_value("jiangbei/sweep_found")
        return [WarningItem(url, "found only by the sweep after the walk: no list, pager or menu led to it")]
