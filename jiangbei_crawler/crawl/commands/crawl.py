"""``scrapy crawl disclosure`` as Scrapy's own command, with two differences.

* A crawl that cannot start (no or bad PORTAL_URL, another crawl holds the lock, an unreadable or read-only
  archive) prints one line naming the cause and the fix, and exits 2, without a traceback.
* The exit code follows what the archive says of the crawl: 0 for ``ok``, 1 for anything else (errors, a
  coverage alarm, an interruption, a failure), as ``jiangbei-crawler cron`` does.

With ``OCR_AFTER_CRAWL`` (a Scrapyd job of ``portals.yaml``), an OCR pass within ``OCR_BUDGET`` follows a crawl
that could write its archive, under the archive's lock, as ``cron`` does.
"""

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from ...documents import ocr
from ...store import lock
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
        if session is not None and status is not None and session.failure is None:
            self.exitcode = max(self.exitcode, ocr_after(crawler.settings, session))


def ocr_after(settings, session):
    """The OCR pass after the crawl when the settings ask for one: 0, or 1 when the archive could not be written
    or another process took the lock in between (the next run recognizes what is left)."""
    budget = settings.getfloat("OCR_BUDGET", 0.0)
    if not settings.getbool("OCR_AFTER_CRAWL") or budget <= 0:
        return 0
    with lock.held(lock.lock_path(session.path)) as holder:
        if holder:
            print(f"ocr: skipped, a crawl holds the lock (pid {holder}): the next run recognizes", file=sys.stderr)
            return 0
        return 0 if ocr.pass_or_error(session.path, session.files_dir(), budget, out=sys.stderr) else 1
