"""``jiangbei-crawler cron``: one locked, logged crawl, then an OCR pass within its budget; how signals end it."""

import logging
import logging.handlers
import os
import signal
import sqlite3
import sys
import time

from ..crawl.session import CrawlRefused, archive_dir, on_failure, portal_url
from ..documents.attachment_text import Interrupted
from .common import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, hold_lock, parse_sets, project_settings

log = logging.getLogger("jiangbei_crawler.cli")


def setup_logging(log_dir, level, max_bytes=10 * 1024 * 1024):
    """The crawl log (rotated at ``max_bytes``, 5 kept) at ``level``; warnings and errors also on stderr."""
    from ..crawl.logs import quiet_tracebacks

    os.makedirs(log_dir, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        os.path.join(log_dir, "crawl.log"), maxBytes=max_bytes, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    handler.setLevel(level)  # the handler's own level: Scrapy lowers loggers' levels, items are DEBUG
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.addHandler(console)
    root.setLevel(level)
    logging.raiseExceptions = False  # a full disk must not turn every log line into a traceback on stderr
    quiet_tracebacks(level)
    return handler


def run_cron(args):
    overrides = parse_sets(args.set)
    if args.portal:
        overrides["PORTAL_URL"] = args.portal
    if args.archive:
        overrides["ARCHIVE_PATH"] = args.archive
    if args.debug:
        overrides["LOG_LEVEL"] = "DEBUG"
    settings = project_settings(overrides)
    archive = settings.get("ARCHIVE_PATH")
    try:
        portal_url(settings.get("PORTAL_URL"))
    except CrawlRefused as exc:
        print(f"error: {str(exc).replace('pass -s PORTAL_URL=http://host', 'use --portal URL')}", file=sys.stderr)
        return EXIT_USAGE
    busy = hold_lock(archive, "skipped: another crawl holds the lock (pid {pid})")
    if busy is not None:
        return busy
    log_dir = args.log_dir or archive_dir(settings, archive).logs
    try:
        setup_logging(log_dir, settings.get("LOG_LEVEL", "INFO"), settings.getint("LOG_ROTATE_BYTES", 10 * 1024 * 1024))
    except OSError as exc:
        print(f"error: cannot write the log in {log_dir}: {exc.strerror}: make it writable", file=sys.stderr)
        return EXIT_ERRORS
    try:
        return crawl_then_ocr(args, settings, archive)
    except Interrupted:
        end_our_crawl(archive)
        raise


def crawl_then_ocr(args, settings, archive):
    started = time.monotonic()
    from scrapy.crawler import CrawlerProcess

    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    heard = []  # the signal that stopped the crawl
    try:
        process = CrawlerProcess(settings)
        scrapy_signals(process, heard)  # from here until the reactor stops: a graceful stop, never a raise
        crawler = process.create_crawler("disclosure")
        refused = []
        on_failure(process.crawl(crawler, mode=args.mode), refused.append)
        process.start(install_signal_handlers=False)
    finally:
        catch_signals()
    if heard:
        raise Interrupted(heard[0])
    if refused:
        print(f"error: {refused[0]}", file=sys.stderr)
        return EXIT_USAGE if isinstance(refused[0], (ValueError, CrawlRefused)) else EXIT_ERRORS
    session = getattr(crawler, "session", None)
    if session is None:
        print("failed: the crawl did not start; see the log", file=sys.stderr)
        return EXIT_ERRORS
    code = report(archive, session.crawl_id, time.monotonic() - started)
    budget = settings.getfloat("OCR_BUDGET", 1800.0)
    if budget > 0 and session.failure is None:
        ocr_pass(archive, session.files_dir(), budget)  # still under the crawl's lock
    return code


SHUTDOWN_SIGNALS = {signal.SIGTERM, signal.SIGINT}


def catch_signals():
    """SIGTERM and SIGINT end the current worker at once and raise Interrupted (main says so in one line)."""
    from ..documents.attachment_text import Interrupted, interrupt

    def handler(signum, _frame):
        name = signal.Signals(signum).name
        interrupt(name)
        raise Interrupted(name)

    for signum in SHUTDOWN_SIGNALS:
        signal.signal(signum, handler)


def scrapy_signals(process, heard):
    """During the crawl, the text workers are ended at once and Scrapy stops the crawl gracefully (the crawl is
    recorded interrupted; a second signal forces it). Installed before the reactor starts, unlike Scrapy's own
    handlers, so that a signal while the crawl opens is not lost: Scrapy's stop waits in the reactor's queue."""
    from ..documents.attachment_text import interrupt

    def handler(signum, frame):
        heard.append(signal.Signals(signum).name)
        interrupt(heard[0])
        process._signal_shutdown(signum, frame)  # what Scrapy's own handler does

    for signum in SHUTDOWN_SIGNALS:
        signal.signal(signum, handler)


def end_our_crawl(archive):
    """This process's crawl row, if still 'running', is marked interrupted: the next run resumes it."""
    from .. import store as storage

    if not os.path.exists(archive):
        return
    try:
        db = storage.open_db(archive)
        with storage.write_transaction(db):
            db.execute("update crawls set status = 'interrupted', finished = ? where status = 'running' and pid = ?",
                       [storage.now_iso(), os.getpid()])  # fmt: skip
        db.close()
    except sqlite3.Error as exc:
        log.error("could not mark the crawl interrupted: %s", storage.explain(exc, archive))


def ocr_pass(archive, files_dir, budget):
    """Recognize what the crawl brought, within the budget; one line says what was done and what is left."""
    from ..documents import ocr

    return EXIT_OK if ocr.pass_or_error(archive, files_dir, budget) else EXIT_ERRORS


def report(archive, crawl_id, duration):
    from .. import store as storage

    db = storage.open_db(archive)
    row = db["crawls"].get(crawl_id)
    failures = [r["reason"] for r in db.query(
        "select reason from fetch_errors where crawl_id = ? and coalesce(kind, '') != 'dead'", [row["id"]])]  # fmt: skip
    line = f"{row['summary'] or 'crawl ' + str(row['id']) + ' ' + str(row['status'])} duration={duration:.1f}s"
    if failures:
        kinds = {}
        for reason in failures:
            kinds[reason.split(":")[0]] = kinds.get(reason.split(":")[0], 0) + 1
        line += " failures: " + ", ".join(f"{k} x{v}" for k, v in sorted(kinds.items()))
    print(line)
    log.info(line)
    return EXIT_OK if row["status"] == "ok" else EXIT_ERRORS
