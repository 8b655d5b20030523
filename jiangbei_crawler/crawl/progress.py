"""Progress of a long crawl: pages, articles committed (new, changed), errors, rate, elapsed.

On a terminal the line is redrawn every few seconds; anywhere else (cron, a log file) it is logged at INFO
every ``PROGRESS_INTERVAL`` seconds. It replaces Scrapy's LogStats, which counts pages only. Written here
rather than with tqdm because the numbers come from the archive session (what was committed), not from an
iterable, and a log line is needed as much as a bar.
"""

import logging
import sys
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

log = logging.getLogger(__name__)
TTY_INTERVAL = 2.0


class Progress:
    def __init__(self, crawler, interval, stream):
        self.crawler, self.stream = crawler, stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.interval = TTY_INTERVAL if self.tty else interval
        self.started = None
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 60.0)
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler, interval, sys.stderr)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider):
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.tick, spider)
        self.loop.start(self.interval, now=False)

    def line(self, spider):
        stats = self.crawler.stats
        pages = stats.get_value("response_received_count", 0)
        counts = getattr(getattr(self.crawler, "session", None), "counts", {})
        elapsed = time.monotonic() - self.started
        rate = pages / elapsed * 60 if elapsed else 0.0
        return (f"{pages} pages ({rate:.0f}/min), {counts.get('new', 0)} new, {counts.get('changed', 0)} changed, "
                f"{counts.get('errors', 0)} errors, {elapsed / 60:.1f} min")  # fmt: skip

    def tick(self, spider):
        if self.tty:
            self.stream.write("\r\033[K" + self.line(spider))
            self.stream.flush()
        else:
            log.info("progress: %s", self.line(spider))

    def closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.tty:
            self.stream.write("\r\033[K")
            self.stream.flush()
