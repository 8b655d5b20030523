"""``scrapy crawl disclosure`` as Scrapy's own command, with two differences.

* A crawl that cannot start (no or bad PORTAL_URL, another crawl holds the lock, an unreadable or read-only
  archive) prints one line naming the cause and the fix, and exits 2, without a traceback.
* The exit code follows what the archive says of the crawl: 0 for ``ok``, 1 for anything else (errors, a
  coverage alarm, an interruption, a failure), as ``jiangbei-crawler cron`` does.
"""

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from ...store.lock import LockError
from ..session import CrawlRefused, on_failure


class Command(ScrapyCrawl):
    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("give exactly one spider: scrapy crawl disclosure")
        crawler = self._create_crawler(args[0])
        refused = []
        on_failure(self.crawler_process.crawl(crawler, **opts.spargs), refused.append)
        self.crawler_process.start()
        if refused:
            error = refused[0]
            if not isinstance(error, (CrawlRefused, ValueError, LockError)):
                raise error
            print(f"error: {error.strerror if isinstance(error, LockError) else error}", file=sys.stderr)
            self.exitcode = 2
            return
        session = getattr(crawler, "session", None)
        status = session.final_status if session is not None else None
        if status is not None:
            print(session.summary, file=sys.stderr)
        self.exitcode = 0 if status in (None, "ok") else 1
