"""One crawl's life in the archive: opened once, closed with what was committed.

``SessionExtension`` (settings ``EXTENSIONS``) opens the session as
``crawler.session`` (lock, schema, plan, crawl row) and finishes it on
``spider_closed``, which Scrapy sends after the pipeline has flushed and with the
real finish reason. The spider, the pipeline, the middlewares and the progress
line read it there. The status comes from what was
committed, never from what Scrapy says alone:

* ``ok``: finished, every found article archived, no failures, coverage normal;
* ``errors``: finished with recorded failures (``fetch_errors``);
* ``empty: …`` / ``degraded: …``: the coverage alarm (nothing found, or a field
  lost on most articles or dropped sharply since the last crawl: the portal
  changed its template);
* ``interrupted``: stopped early (SIGTERM, SIGINT, SIGKILL): the next crawl resumes it;
* ``failed: …``: the archive could not be written, or Scrapy stopped for another reason: the next
  crawl resumes it too, whatever its mode.

The summary of an interrupted or failed crawl says the archive is incomplete; a crawl that resumes one
says ``ok`` only once it has finished the walk (see ``plan.effective_mode``).
"""

import difflib
import logging
import os
import sqlite3
import sys
from urllib.parse import urlsplit

from scrapy import signals

from .. import store as storage
from ..extract.template import TemplateMemory
from ..store import lock
from . import plan as planning

log = logging.getLogger(__name__)

COUNTS = ("new", "changed", "unchanged", "removed", "suspected", "restored", "errors", "dead")
MIN_ARTICLES_FOR_COVERAGE = 10
FIELD_FLOOR = 0.5  # title, date or body on fewer articles than this: the template is not understood
FIELD_DROP = 0.3  # a drop this large since the previous crawl: the template changed


class CrawlRefused(Exception):
    """The crawl cannot start; the message says why and what to do."""


def portal_url(value):
    """The portal's base URL, or a clear reason it is not one."""
    value = (value or "").strip()
    if not value:
        raise CrawlRefused("no portal URL: pass -s PORTAL_URL=http://host or set JIANGBEI_PORTAL_URL")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - a port past 65535, or not a number, raises only when read
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket: http://[::1
        raise CrawlRefused(f"PORTAL_URL {value!r} is not a valid URL ({exc}): use e.g. http://host:8080/") from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        hint = f"http://{value}" if "://" not in value else "http://host/"
        raise CrawlRefused(f"PORTAL_URL {value!r} is not an http(s) URL: use e.g. {hint}")
    return value.rstrip("/")


def check_setting_names(settings):
    """A setting given on the command line that is neither Scrapy's nor ours but close to one (-s OCR_BUGDET=0)
    is a typo that would be ignored: refuse it, naming the likely intent. Unknown names far from every known
    one pass: they may belong to an extension."""
    from scrapy.settings import SETTINGS_PRIORITIES, default_settings

    from .. import settings as ours

    known = {n for n in (*dir(default_settings), *dir(ours)) if n.isupper()}
    for name in settings:
        if name in known or settings.getpriority(name) < SETTINGS_PRIORITIES["cmdline"]:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
        if close:
            raise CrawlRefused(f"unknown setting {name}: did you mean {close[0]}?")


def check_portal(db, path, url):
    """An archive keeps one portal: it remembers the portal's address on its first crawl, and a crawl of
    another host is refused (its revisits would all be dropped as off-site, and takedowns never seen)."""
    stored = storage.archive_portal(db)
    if stored is not None and _host(stored) != _host(url):
        raise CrawlRefused(
            f"{path} is the archive of {stored}, not of {url}: give another ARCHIVE_PATH for another portal, or, "
            f"if the portal moved, run: jiangbei-crawler move-portal --archive {path} {url}"
        )
    if storage.get_meta(db, "portal_url") is None:
        storage.set_meta(db, "portal_url", url)


def _host(url):
    return (urlsplit(url).hostname or "").lower()


class CrawlSession:
    def __init__(self, crawler, db, path, crawl_id, plan, owns_lock=True):
        self.crawler, self.db, self.path, self.crawl_id, self.plan = crawler, db, path, crawl_id, plan
        self.owns_lock = owns_lock  # False when the process held the archive's lock before the crawl (cron)
        self.counts = dict.fromkeys(COUNTS, 0)
        self.failure = None  # why the archive could not be written, if it could not
        self.finished = False
        self.final_status = None
        self.summary = None
        self.home_error = None  # why the home page could not be fetched, if it could not
        learn = crawler.settings.getbool("LEARN_TEMPLATES", True)
        self.templates = TemplateMemory.from_rows(storage.load_templates(db)) if learn else None  # earlier crawls'

    @classmethod
    def open(cls, crawler, requested_mode):
        s = crawler.settings
        check_setting_names(s)
        path = s.get("ARCHIVE_PATH")
        owned = not lock.holds(lock.lock_path(path))  # cron takes it first, and keeps it for its OCR pass
        holder = lock.acquire(lock.lock_path(path))
        if holder:
            raise CrawlRefused(f"another crawl holds the lock on {path} (pid {holder})")
        new = not os.path.exists(path)
        try:
            db = storage.open_db(path)
            with storage.write_transaction(db):
                storage.ensure_db_shape(db)
                check_portal(db, path, portal_url(s.get("PORTAL_URL")))
                planning.mark_interrupted(db)
        except sqlite3.DatabaseError as exc:
            if owned:
                lock.release(lock.lock_path(path))
            raise CrawlRefused(storage.explain(exc, path)) from exc
        except CrawlRefused:
            if owned:
                lock.release(lock.lock_path(path))
            raise
        if new:  # a misspelt path would otherwise start a full crawl into a new file, silently
            print(f"new archive: {os.path.abspath(path)} (nothing archived there yet: a first, full crawl)",
                  file=sys.stderr)  # fmt: skip
        policy = {"rotation": s.getint("REVISIT_ROTATION", 30), "young_days": s.getint("REVISIT_YOUNG_DAYS", 30)}
        plan = planning.build_plan(db, requested_mode, **policy)
        crawl_id = storage.start_crawl(db, plan.mode, os.getpid(), archive_dir(crawler.settings, path))
        resumed = f", resuming the crawl started {plan.resume_from}" if plan.resume_from else ""
        log.info("archive %s, crawl %s, mode %s%s", path, crawl_id, plan.mode, resumed)
        return cls(crawler, db, path, crawl_id, plan, owns_lock=owned)

    @property
    def dirs(self):
        return archive_dir(self.crawler.settings, self.path)

    def files_dir(self):
        return self.dirs.files

    def warc_dir(self):
        return self.dirs.warc

    # ---- the end -------------------------------------------------------------
    def status(self, reason, coverage, found):
        if self.failure:
            return f"failed: {self.failure}"
        if reason == "shutdown":
            return "interrupted"
        if reason != "finished":
            return f"failed: {reason}"
        if self.home_error and not found:
            return f"failed: the home page did not answer ({self.home_error}): check PORTAL_URL and the network"
        alarm = coverage_alarm(coverage, self.previous_coverage(), found, self.plan.mode)
        if alarm:
            return alarm
        return "errors" if self.counts["errors"] else "ok"

    def previous_coverage(self):
        row = self.db.execute(
            "select articles, cov_title, cov_published, cov_source, cov_body from crawls"
            " where id < ? and status in ('ok', 'errors') order by id desc limit 1",
            [self.crawl_id],
        ).fetchone()
        return dict(zip(("articles", "title", "published", "source", "body"), row)) if row else None

    def finish(self, reason):
        if self.finished:
            return
        self.finished = True
        stats = self.crawler.stats
        requests = stats.get_value("downloader/request_count", 0) if stats else 0
        found = (stats.get_value("jiangbei/found", 0) if stats else 0) or 0
        try:
            coverage = storage.coverage(self.db, self.crawl_id)
            lists = stats.get_value("jiangbei/list_pages", 0) if stats else 0
            status = self.status(reason, coverage, found + coverage["articles"])
            counts = {
                **self.counts,
                "requests": requests,
                "found": found,
                "lists_seen": lists,
                **_cov_columns(coverage),
            }
            counts["summary"] = summary_line(self.crawl_id, status, counts) + owed(status, self.plan.mode)
            self.final_status, self.summary = status, counts["summary"]
            storage.finish_crawl(self.db, self.crawl_id, status, counts)
            if not self.failure and self.templates is not None:  # a failed archive is not asked for more
                self._save_templates()
            log.info(counts["summary"])
        except sqlite3.Error as exc:
            log.error("could not record the end of crawl %s: %s", self.crawl_id, storage.explain(exc, self.path))
        finally:
            self.db.close()
            if self.owns_lock:
                lock.release(lock.lock_path(self.path))

    def _save_templates(self):
        """What this crawl learnt of the portal's templates, for the next: losing it costs a relearning, never an
        article, so a failure here is a warning and the crawl's status stands."""
        try:
            with storage.write_transaction(self.db):
                storage.save_templates(self.db, self.templates.rows(), self.crawl_id)
        except sqlite3.Error as exc:
            log.warning("could not keep the templates learnt: %s", storage.explain(exc, self.path))


class SessionExtension:
    """The crawl's session as a Scrapy extension: ``crawler.session``, None for a spider that archives nothing.

    Opened when Scrapy makes its extensions, which ``Crawler.crawl`` does right after the spider: the mode the
    spider was asked for (``requested_mode``) is known, and a refusal (the lock held, a bad PORTAL_URL, an
    unreadable archive) fails the crawl before the engine starts, so the commands print it in one line and exit 2.
    A later point (``engine_started``, ``spider_opened``) would only log the refusal: Scrapy catches what signal
    handlers raise. Finished on ``spider_closed``."""

    def __init__(self, crawler):
        self.crawler = crawler
        mode = getattr(crawler.spider, "requested_mode", None)  # the probe asks for none: it writes no archive
        crawler.session = CrawlSession.open(crawler, mode) if mode is not None else None
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def closed(self, spider=None, reason="finished"):
        if self.crawler.session is not None:
            self.crawler.session.finish(reason)


def _cov_columns(cov):
    return {"articles": cov["articles"], "cov_title": cov["title"], "cov_published": cov["published"],
            "cov_source": cov["source"], "cov_body": cov["body"]}  # fmt: skip


def coverage_alarm(cov, previous, found, mode):
    """'empty: …' or 'degraded: …' when the crawl did not understand the portal, else None."""
    if found == 0 and mode == "full":
        return "empty: no articles found (is PORTAL_URL the portal's home page? run `jiangbei-crawler probe URL`)"
    if cov["articles"] < MIN_ARTICLES_FOR_COVERAGE:
        return None
    names = {"title": "title", "published": "date", "body": "body", "source": "source"}
    low = [names[f] for f in ("title", "published", "body") if cov[f] is not None and cov[f] < FIELD_FLOOR]
    if low:
        shares = ", ".join(f"{f} on {cov[k]:.0%}" for k, f in names.items() if f in low)
        return f"degraded: {shares} of {cov['articles']} articles (template not understood)"
    if previous and (previous.get("articles") or 0) >= MIN_ARTICLES_FOR_COVERAGE:
        drops = [
            f"{names[f]} {previous[f]:.0%} -> {cov[f]:.0%}"
            for f in names
            if previous.get(f) is not None and cov[f] is not None and previous[f] - cov[f] >= FIELD_DROP
        ]
        if drops:
            return f"degraded: {', '.join(drops)} since the last crawl (the portal's template changed?)"
    return None


def summary_line(crawl_id, status, c):
    line = (
        f"crawl {crawl_id} {status}: new={c['new']} changed={c['changed']} removed={c['removed']} "
        f"suspected={c['suspected']} restored={c['restored']} errors={c['errors']} requests={c['requests']}"
    )
    if c.get("dead"):
        line += f" dead_links={c['dead']}"
    return line


def owed(status, mode):
    """What an unfinished crawl leaves owed, for its summary: the archive is known to be incomplete."""
    if not planning.unfinished(status):
        return ""
    walk = "full walk" if mode == "full" else "crawl"
    return f"; incomplete: the archive lacks the rest of this {walk}, which the next run resumes whatever its mode"


def on_failure(started, record):
    """Call ``record(exception)`` if a crawl started by Scrapy (a Deferred, or an asyncio Task under
    AsyncCrawlerProcess) fails; consuming it keeps Scrapy from printing it as an unhandled error."""
    if hasattr(started, "addErrback"):
        started.addErrback(lambda failure: record(failure.value))
    else:
        started.add_done_callback(lambda task: task.cancelled() or (task.exception() and record(task.exception())))


def archive_dir(settings, path):
    """The archive's layout as this crawl's settings place it (ARCHIVE_FILES_DIR, ARCHIVE_WARC_DIR)."""
    return storage.ArchiveDir.at(path, files=settings.get("ARCHIVE_FILES_DIR"), warc=settings.get("ARCHIVE_WARC_DIR"))
