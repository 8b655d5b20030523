"""jiangbei-crawler: first contact with a portal, unattended cron crawls, and the local demo.

Exit codes: 0 success (cron: or skipped because another crawl holds the lock), 1 the crawl recorded
errors, raised the coverage alarm, was interrupted or failed (probe: the portal is not understood),
2 bad usage. Errors are one line; --debug (or JIANGBEI_LOG_LEVEL=DEBUG) shows tracebacks.
"""

import argparse
import http.client
import json
import logging
import logging.handlers
import os
import signal
import sqlite3
import subprocess
import sys
import time
from urllib.parse import urlsplit

from ..crawl.session import CrawlRefused, on_failure, portal_url
from ..documents.attachment_text import Interrupted
from ..store import lock

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("jiangbei_crawler.cli")


def build_parser():
    p = argparse.ArgumentParser(prog="jiangbei-crawler", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    p.add_argument("--debug", action="store_true", help="log at DEBUG and show tracebacks")
    sub = p.add_subparsers(dest="command", required=True)
    cron = sub.add_parser("cron", help="one locked, logged crawl; for crontab")
    cron.add_argument("--mode", choices=("incremental", "full"), default="incremental",
                      help="incremental (default): what is new or due; full: fetch everything again")  # fmt: skip
    cron.add_argument("--portal", help="portal URL (default: PORTAL_URL / JIANGBEI_PORTAL_URL)")
    cron.add_argument("--archive", help="archive database (default: ARCHIVE_PATH / JIANGBEI_ARCHIVE)")
    cron.add_argument("--log-dir", help="rotating log directory (default: logs/ beside the archive)")
    cron.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="Scrapy setting")
    cron.add_argument("--output", metavar="FILE", dest="append_output",
                      help="also append what this command prints (the summary line, errors) to FILE, creating its "
                      "folder: for crontab lines without a shell redirection")  # fmt: skip
    extract = sub.add_parser("extract", help="read one saved page or URL and print what was understood, as JSON")
    extract.add_argument("source", metavar="FILE_OR_URL", help="a saved page (raw bytes) or an http(s) URL")
    extract.add_argument("--url", help="the page's address, for a saved file (links are resolved against it)")
    extract.add_argument("--kind", choices=("article", "list"), help="read the page as this (default: decide)")
    extract.add_argument("--profile", default="auto", help="site profile: auto, none, or a name (default: auto)")
    extract.add_argument(
        "--explain", action="store_true", help="also list the candidates of each field that were passed over, and why"
    )
    probe = sub.add_parser("probe", help="a polite first look at a portal: schools, lists, fields understood")
    probe.add_argument("url", metavar="URL", help="the portal's home page")
    probe.add_argument("--pages", type=int, default=16, help="hub pages to follow at most (default: 16)")
    probe.add_argument("--articles", type=int, default=5, help="articles to read (default: 5)")
    probe.add_argument("--json", action="store_true", help="print the report as JSON")
    probe.add_argument("--timeout", type=float, default=120.0,
                       help="seconds the probe may take in all, waits for a silent server included (default: 120)")  # fmt: skip
    probe.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="Scrapy setting")
    upgrade = sub.add_parser("upgrade", help="bring an archive written by an older version up to date (a crawl "
                             "does this too); make serve runs it")  # fmt: skip
    upgrade.add_argument("--archive", help="archive database (default: ARCHIVE_PATH / JIANGBEI_ARCHIVE)")
    ocr = sub.add_parser("ocr", help="recognize text in archived images and scanned PDFs (cron does it after a crawl)")
    ocr.add_argument("--archive", help="archive database (default: ARCHIVE_PATH / JIANGBEI_ARCHIVE)")
    ocr.add_argument("--budget", type=float, default=1800.0, help="seconds to spend at most (default: 1800)")
    wacz = sub.add_parser("wacz", help="package captured WARC records as a WACZ file for ReplayWeb.page")
    wacz.add_argument("--archive", help="archive database (default: ARCHIVE_PATH / JIANGBEI_ARCHIVE)")
    wacz.add_argument("--crawl", type=int, action="append", help="a crawl's id (repeatable; default: every crawl)")
    wacz.add_argument("--since", help="records captured on or after this date (YYYY-MM-DD, Beijing time)")
    wacz.add_argument("--until", help="records captured on or before this date (YYYY-MM-DD, Beijing time)")
    wacz.add_argument("-o", "--output", required=True, help="the .wacz file to write")
    move = sub.add_parser("move-portal", help="the portal moved to another address: rewrite the archive's URLs")
    move.add_argument("url", metavar="URL", help="the portal's new address")
    move.add_argument("--archive", help="archive database (default: ARCHIVE_PATH / JIANGBEI_ARCHIVE)")
    demo = sub.add_parser("demo", help="start the small replica, crawl it, serve the archive")
    demo.add_argument("--size", default="small", choices=("tiny", "small", "medium", "large"),
                      help="replica size: tiny ~200, small ~2,000 (default), medium ~20,000, large ~100,000 articles")  # fmt: skip
    demo.add_argument("--replica-port", type=int, default=8765, help="port of the replica portal (default: 8765)")
    demo.add_argument("--port", type=int, default=8001, help="port Datasette serves the archive on (default: 8001)")
    demo.add_argument("--no-serve", action="store_true", help="crawl only; do not start Datasette")
    demo.add_argument("--replay-port", type=int, default=8002, help="port pywb replays captures on (default: 8002)")
    from ..web import replay

    replay.add_parser(sub)
    from . import portals as portals_cli

    portals_cli.add_parser(sub)
    return p


def project_settings(overrides):
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "jiangbei_crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    return settings


def parse_sets(pairs):
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise SystemExit(f"error: -s expects NAME=VALUE, got {pair!r}")
        out[key] = value
    return out


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


def archive_arg(args):
    return args.archive or project_settings({}).get("ARCHIVE_PATH")


def hold_lock(archive, busy_message):
    """Take the crawl lock for the rest of this process: None when held, else the exit code (after one line
    saying why: another process holds it, or the lock file cannot be opened)."""
    try:
        holder = lock.acquire(lock.lock_path(archive))
    except lock.LockError as exc:
        print(f"error: {exc.strerror}", file=sys.stderr)
        return EXIT_ERRORS
    if holder:
        print(busy_message.format(pid=holder))
        return EXIT_OK
    return None


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
    log_dir = args.log_dir or os.path.join(os.path.dirname(os.path.abspath(archive)), "logs")
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
    session = getattr(crawler.spider, "session", None)
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
    from .. import store as storage
    from ..documents import ocr

    try:
        counts = ocr.run(storage.open_db(archive), files_dir, budget)
    except sqlite3.Error as exc:
        print(f"error: OCR could not write: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    line = (f"ocr: {counts['texts']} deferred attachment texts extracted, "
            f"{counts['files']} files, {counts['pages']} pages recognized, {counts['failed']} failed "
            f"(see the ocr table), {counts['left']} left for the next run, {counts['seconds']}s")  # fmt: skip
    print(line)
    log.info(line)
    return EXIT_OK


def run_ocr(args):
    from .. import store as storage

    archive = archive_arg(args)
    if not os.path.exists(archive):
        print(f"error: no archive at {archive}", file=sys.stderr)
        return EXIT_USAGE
    busy = hold_lock(archive, "skipped: a crawl holds the lock (pid {pid}); cron recognizes after its crawl")
    if busy is not None:
        return busy
    try:
        with storage.write_transaction(storage.open_db(archive)) as db:
            storage.ensure_db_shape(db)
    except sqlite3.Error as exc:
        print(f"error: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    return ocr_pass(archive, storage.beside(archive, storage.FILES_DIR), args.budget)


def run_wacz(args):
    from .. import store as storage
    from ..store import wacz as packaging

    archive = archive_arg(args)
    if not os.path.exists(archive):
        print(f"error: no archive at {archive}", file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = packaging.make_wacz(storage.open_db(archive), storage.beside(archive, storage.WARC_DIR),
                                      args.output, crawls=args.crawl, since=args.since, until=args.until)  # fmt: skip
    except packaging.PackagingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:
        print(f"error: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    except OSError as exc:
        print(f"error: cannot read {exc.filename or archive}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERRORS
    print(f"wrote {args.output}: {summary['records']} records from {summary['files']} WARC files, "
          f"{summary['pages']} pages")  # fmt: skip
    if summary["repaired"]:
        print(f"repaired {len(summary['repaired'])} records warcio could not read (brotli, zstd or a broken "
              f"encoding; stored decoded in the package), first {summary['repaired'][0]}")  # fmt: skip
    return EXIT_OK


def run_upgrade(args):
    """The archive brought up to date under the crawl lock, in one transaction: each change made on a line of
    its own (new tables, columns, indexes, views, the search index), then the archive's path."""
    from .. import store as storage
    from ..store import upgrade

    archive = archive_arg(args)
    if not os.path.exists(archive):
        print(f"nothing to upgrade: no archive at {archive}")
        return EXIT_OK
    busy = hold_lock(archive, "skipped: a crawl holds the lock (pid {pid}); it upgrades the archive itself")
    if busy is not None:
        return busy
    try:
        changes = upgrade.upgrade(archive)
    except sqlite3.Error as exc:
        print(f"error: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    for change in changes:
        print(change)
    print(f"{'archive' if changes else 'already'} up to date: {archive}")
    return EXIT_OK


def run_move_portal(args):
    """Rewrite the archive's portal URLs to the new address, under the crawl lock; the WARC evidence keeps the
    addresses it was captured from."""
    from .. import store as storage

    archive = archive_arg(args)
    if not os.path.exists(archive):
        print(f"error: no archive at {archive}", file=sys.stderr)
        return EXIT_USAGE
    try:
        new = portal_url(args.url)
    except CrawlRefused as exc:
        print(f"error: {str(exc).replace('PORTAL_URL', 'the new address')}", file=sys.stderr)
        return EXIT_USAGE
    busy = hold_lock(archive, "skipped: a crawl holds the lock (pid {pid}); move the portal when it has finished")
    if busy is not None:
        return EXIT_ERRORS if busy == EXIT_OK else busy
    try:
        db = storage.open_db(archive)
        with storage.write_transaction(db):
            storage.ensure_db_shape(db)
        old = storage.archive_portal(db) or "(not recorded)"
        changed = storage.move_portal(db, new)
    except sqlite3.Error as exc:
        print(f"error: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    rows = ", ".join(f"{table} {n}" for table, n in changed.items()) or "none"
    print(f"portal moved: {old} -> {new}; URLs rewritten: {rows}")
    return EXIT_OK


class Tee:
    """A stream that writes to the terminal's stream and to an appended file."""

    def __init__(self, stream, file):
        self.stream, self.file = stream, file

    def write(self, text):
        if not text.startswith("\r"):  # a terminal's live progress line is redrawn, not kept
            self.file.write(text)
            self.file.flush()
        return self.stream.write(text)

    def flush(self):
        self.stream.flush()

    def __getattr__(self, name):
        return getattr(self.stream, name)


def tee_output(path):
    """Append stdout and stderr to ``path`` too (folders created); a file that cannot be opened is an error."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the life of the process
    fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S %z')} jiangbei-crawler {' '.join(sys.argv[1:])}\n")
    sys.stdout, sys.stderr = Tee(sys.stdout, fh), Tee(sys.stderr, fh)


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


def port_free(port):
    """True when nothing listens on 127.0.0.1:port."""
    import socket

    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


# The demo's story: the replica moved through its states, one crawl each, so the archive shows what it is for.
DEMO_STORY = (
    (0, "the portal as first crawled"),
    (1, "a week later: new articles, edits, takedowns seen once (suspected)"),
    (2, "another week: takedowns confirmed, more edits and takedowns"),
    (3, "a third week: some confirmed takedowns back on the portal (restored)"),
)


def run_demo(args):
    from .. import store as storage

    for port, what, fix in ((args.replica_port, "the replica portal", "make demo REPLICA_PORT=N"),
                            (args.port, "Datasette", "make demo PORT=N")):  # fmt: skip
        if (port != args.port or not args.no_serve) and not port_free(port):
            print(f"error: port {port} (for {what}) is in use: stop what uses it, or choose another ({fix})",
                  file=sys.stderr)  # fmt: skip
            return EXIT_USAGE
    root = os.getcwd()
    archive = os.path.join(root, "archive", "disclosure.db")
    refused = clear_demo_archive(archive)
    if refused:
        print(f"error: {refused}", file=sys.stderr)
        return EXIT_USAGE
    # the replica's own errors reach this terminal (its stderr is ours); its request log stays quiet
    cmd = [sys.executable, "-m", "jiangbei_crawler.replica", "serve", "--size", args.size,
           "--port", str(args.replica_port), "--log-level", "WARNING"]  # fmt: skip
    replica = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    try:
        if not replica.stdout.readline().startswith("READY"):
            print(f"error: the replica portal did not start on port {args.replica_port}", file=sys.stderr)
            return EXIT_ERRORS
        url = f"http://127.0.0.1:{args.replica_port}"
        print(f"replica portal ({args.size}) at {url}; crawling it into {archive} at each step of its story",
              flush=True)  # fmt: skip
        code = demo_crawls(url, archive)
    finally:
        replica.terminate()
        replica.wait()
    if code != EXIT_OK:
        return code
    storage.set_meta(storage.open_db(archive), "demo", "1")
    if args.no_serve:
        return EXIT_OK
    print(f"\nserving the archive: open http://127.0.0.1:{args.port}/  (Ctrl-C to stop)", flush=True)
    serve = [sys.executable, "-m", "datasette", "serve", os.path.join(root, "archive"), "-h", "127.0.0.1",
             "-p", str(args.port)]  # fmt: skip
    from ..web import replay

    with replay.beside_datasette(archive, args.replay_port):
        try:
            return subprocess.call(serve, env={**os.environ, replay.PORT_ENV: str(args.replay_port)})
        except KeyboardInterrupt:
            return EXIT_OK


def demo_crawls(url, archive):
    """One crawl per step of DEMO_STORY; every list and article is re-checked each time, so edits and
    takedowns are seen at once."""
    import urllib.request

    from ..crawl.local import FAST_SETTINGS, setting_args

    for state, what in DEMO_STORY:
        if state:
            req = urllib.request.Request(f"{url}/__admin__/state/{state}", method="POST")
            urllib.request.urlopen(req, timeout=30).close()
        print(f"step {state}: {what}", flush=True)
        last = state == DEMO_STORY[-1][0]
        # a minute of OCR at the end shows it working; `jiangbei-crawler ocr` recognizes the rest
        settings = {
            **FAST_SETTINGS,
            "LOG_LEVEL": "WARNING",
            "REVISIT_ROTATION": "1",
            "OCR_BUDGET": "60" if last else "0",
        }
        crawl = [sys.executable, "-m", "jiangbei_crawler.cli", "cron", "--mode", "full" if state == 0 else "incremental",
                 "--portal", url, "--archive", archive, *setting_args(settings)]  # fmt: skip
        code = subprocess.call(crawl)
        if code != EXIT_OK:
            return code
    return EXIT_OK


def clear_demo_archive(archive):
    """The demo starts from an empty archive: an earlier demo's (its portal on loopback) is replaced; an archive
    of any other portal is never touched (the reason is returned)."""
    import shutil

    from .. import store as storage

    if not os.path.exists(archive):
        return None
    try:
        db = storage.open_db(archive)
        portal = storage.archive_portal(db)
        db.close()
    except sqlite3.Error as exc:
        return f"{archive} cannot be read ({exc}): move it away, and make demo writes a new one"
    host = (urlsplit(portal).hostname or "") if portal else "127.0.0.1"
    if host not in ("127.0.0.1", "localhost", "::1"):
        return f"{archive} is the archive of {portal}, not a demo: move it away first (the demo writes a new one)"
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(archive + suffix):
            os.remove(archive + suffix)
    for folder in (storage.FILES_DIR, storage.WARC_DIR):
        shutil.rmtree(storage.beside(archive, folder), ignore_errors=True)
    return None


def fetch(url, timeout=30):
    """(bytes, content type) of one page, fetched once with the crawler's User-Agent."""
    import urllib.request

    from ..settings import USER_AGENT

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as resp:
        return resp.read(), resp.headers.get("Content-Type")


def run_extract(args):
    from ..extract import profiles
    from ..extract.classify import classify
    from ..extract.encoding import decode_html
    from .report import page_report

    try:
        profs = profiles.resolve(args.profile)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.source.startswith(("http://", "https://")):
        url = args.url or args.source
        try:
            body, ctype = fetch(args.source)
        except (OSError, ValueError, http.client.HTTPException) as exc:  # a malformed URL: http://[::1, :abc
            print(f"error: cannot fetch {args.source}: {exc}", file=sys.stderr)
            return EXIT_ERRORS
    else:
        try:
            with open(args.source, "rb") as fh:
                body, ctype = fh.read(), None
        except OSError as exc:
            print(f"error: cannot read {args.source}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
        url = args.url or "http://saved.page.invalid/" + os.path.basename(args.source)
    decoded = decode_html(body, ctype)
    read = classify(decoded.text, url, url, profs, args.kind)
    kind = args.kind or read.kind
    if (kind == "article" and read.article is None) or args.explain:
        from ..extract.article import parse_article

        article = parse_article(decoded.text, url, url, profiles=profs, explain=args.explain)
        read.article = article if kind == "article" else read.article
    out = page_report(kind, read, decoded.encoding)
    if args.explain:  # what an article reading finds on any page, and what it passed over
        out["explain"] = article.explain
        if kind != "article":
            out["as_article"] = {"title": article.title, "published": article.published, "source": article.source,
                                 "layers": article.extraction}  # fmt: skip
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return EXIT_OK


def probe_settings(args):
    """The probe's settings within its time budget: each request waits an eighth of it at most and is retried
    once, and no new request starts after half of it, so that a server that accepts connections and never answers
    is reported in time."""
    overrides = {**parse_sets(args.set), "PORTAL_URL": args.url, "ITEM_PIPELINES": {}, "LOG_LEVEL": "ERROR"}
    settings = project_settings(overrides)
    limits = {"DOWNLOAD_TIMEOUT": min(settings.getfloat("DOWNLOAD_TIMEOUT", 60), args.timeout / 8),
              "RETRY_TIMES": min(settings.getint("RETRY_TIMES", 3), 1),
              "RETRY_BACKOFF_MAX": min(settings.getfloat("RETRY_BACKOFF_MAX", 60), args.timeout / 16),
              "CLOSESPIDER_TIMEOUT": max(args.timeout / 2, 0.001), "LOG_INSTALL_ROOT_HANDLER": False}  # fmt: skip
    for name, value in limits.items():
        settings.set(name, value, priority="cmdline")
    return settings


def silent_portal(args):
    return (
        f"error: {args.url} did not answer within {args.timeout:g} s (it may accept connections and send "
        "nothing): check the address, or give more time with --timeout"
    )


def probe_watchdog(args):
    """The budget's backstop: past it, whatever is still in flight, one line and exit (the probe writes nothing,
    so nothing is lost)."""
    import threading

    def expire():
        print(silent_portal(args), file=sys.stderr, flush=True)
        os._exit(EXIT_ERRORS)

    timer = threading.Timer(args.timeout, expire)
    timer.daemon = True
    timer.start()
    return timer


def run_probe(args):
    from scrapy.crawler import CrawlerProcess

    from ..spiders import probe
    from .report import probe_text

    started, watchdog = time.monotonic(), probe_watchdog(args)
    process = CrawlerProcess(probe_settings(args))
    crawler = process.create_crawler(probe.ProbeSpider)
    refused = []
    on_failure(process.crawl(crawler, max_pages=args.pages, max_articles=args.articles), refused.append)
    process.start()
    watchdog.cancel()
    if refused or crawler.spider is None:
        print(f"error: {refused[0] if refused else 'the probe did not start'}", file=sys.stderr)
        return EXIT_USAGE
    report = crawler.spider.report
    timed_out = crawler.stats.get_value("finish_reason") == "closespider_timeout"
    if timed_out and report["home"] is None:
        print(silent_portal(args), file=sys.stderr)
        return EXIT_ERRORS
    understood, reason = probe.verdict(report)
    if args.json:
        json.dump({**report, "understood": understood, "reason": reason}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        requests = crawler.stats.get_value("downloader/request_count", 0)
        print(probe_text(args.url, report, requests, time.monotonic() - started, understood, reason))
    if timed_out:
        print(
            f"note: the probe stopped at its time limit ({args.timeout:g} s); --timeout gives it more", file=sys.stderr
        )
    return EXIT_OK if understood else EXIT_ERRORS


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.debug:
        os.environ["JIANGBEI_LOG_LEVEL"] = "DEBUG"
    if getattr(args, "append_output", None):
        try:
            tee_output(args.append_output)
        except OSError as exc:
            print(f"error: cannot append to {args.append_output}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
    if args.command in ("cron", "ocr"):
        catch_signals()
    commands = {"cron": run_cron, "demo": run_demo, "extract": run_extract, "probe": run_probe, "upgrade": run_upgrade,
                "ocr": run_ocr, "wacz": run_wacz, "move-portal": run_move_portal}  # fmt: skip
    if args.command == "replay":
        from ..web import replay

        return replay.run(args)
    if args.command == "portals":
        from . import portals as portals_cli

        return portals_cli.run(args)
    try:
        return commands[args.command](args)
    except Interrupted as exc:
        print(f"interrupted ({exc.args[0]}): the next run goes on from here", file=sys.stderr)
        return EXIT_ERRORS
