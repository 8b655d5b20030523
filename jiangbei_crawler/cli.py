"""``jiangbei-crawler``: unattended cron runs and the local demo.

Exit codes of ``cron``: 0 success (or skipped because another run holds the
lock), 1 the crawl finished with recorded errors or failed, 2 bad usage.
"""

import argparse
import logging
import logging.handlers
import os
import subprocess
import sys
import time

from . import lock

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("jiangbei_crawler.cli")


def build_parser():
    p = argparse.ArgumentParser(prog="jiangbei-crawler", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    cron = sub.add_parser("cron", help="one locked, logged crawl; for crontab")
    cron.add_argument("--mode", choices=("incremental", "full"), default="incremental")
    cron.add_argument("--portal", help="portal URL (default: PORTAL_URL / JIANGBEI_PORTAL_URL)")
    cron.add_argument("--archive", help="archive database (default: ARCHIVE_PATH / JIANGBEI_ARCHIVE)")
    cron.add_argument("--log-dir", help="rotating log directory (default: logs/ beside the archive)")
    cron.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="Scrapy setting")
    demo = sub.add_parser("demo", help="start the small replica, crawl it, serve the archive")
    demo.add_argument("--size", default="small")
    demo.add_argument("--replica-port", type=int, default=8765)
    demo.add_argument("--port", type=int, default=8001)
    demo.add_argument("--no-serve", action="store_true")
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


def setup_logging(log_dir):
    os.makedirs(log_dir, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        os.path.join(log_dir, "crawl.log"), maxBytes=10 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    root.addHandler(console)
    root.setLevel(logging.INFO)
    return handler


def run_cron(args):
    overrides = parse_sets(args.set)
    if args.portal:
        overrides["PORTAL_URL"] = args.portal
    if args.archive:
        overrides["ARCHIVE_PATH"] = args.archive
    settings = project_settings(overrides)
    archive = settings.get("ARCHIVE_PATH")
    if not (settings.get("PORTAL_URL") or "").startswith(("http://", "https://")):
        print("error: no portal URL: use --portal URL or set JIANGBEI_PORTAL_URL", file=sys.stderr)
        return EXIT_USAGE
    try:
        holder = lock.acquire(lock.lock_path(archive))  # held until this process exits
    except lock.LockError as exc:
        print(f"error: {exc.strerror}", file=sys.stderr)
        return EXIT_ERRORS
    if holder:
        print(f"skipped: another crawl holds the lock (pid {holder})")
        return EXIT_OK
    setup_logging(args.log_dir or os.path.join(os.path.dirname(os.path.abspath(archive)), "logs"))
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    started = time.monotonic()
    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(settings, install_root_handler=False)
    crawler = process.create_crawler("disclosure")
    refused = []
    deferred = process.crawl(crawler, mode=args.mode)
    deferred.addErrback(lambda failure: refused.append(failure.value))
    process.start()
    if refused:
        print(f"error: {refused[0]}", file=sys.stderr)
        return EXIT_USAGE if isinstance(refused[0], ValueError) else EXIT_ERRORS
    session = getattr(crawler.spider, "session", None)
    if session is None:
        print("failed: the crawl did not start; see the log", file=sys.stderr)
        return EXIT_ERRORS
    return report(archive, session.crawl_id, time.monotonic() - started)


def report(archive, crawl_id, duration):
    from . import storage

    db = storage.open_db(archive)
    row = db["crawls"].get(crawl_id)
    failures = [r["reason"] for r in db.query("select reason from fetch_errors where crawl_id = ?", [row["id"]])]
    line = f"{row['summary'] or 'crawl ' + str(row['id']) + ' ' + str(row['status'])} duration={duration:.1f}s"
    if failures:
        kinds = {}
        for reason in failures:
            kinds[reason.split(":")[0]] = kinds.get(reason.split(":")[0], 0) + 1
        line += " failures: " + ", ".join(f"{k} x{v}" for k, v in sorted(kinds.items()))
    print(line)
    log.info(line)
    return EXIT_OK if row["status"] == "ok" else EXIT_ERRORS


def run_demo(args):
    root = os.getcwd()
    archive = os.path.join(root, "archive", "disclosure.db")
    cmd = [sys.executable, "-m", "jiangbei_crawler.replica", "serve", "--size", args.size,
           "--port", str(args.replica_port)]  # fmt: skip
    replica = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        if not replica.stdout.readline().startswith("READY"):
            print("error: the replica portal did not start (is the port free?)", file=sys.stderr)
            return EXIT_ERRORS
        url = f"http://127.0.0.1:{args.replica_port}"
        print(f"replica portal ({args.size}) at {url}; crawling into {archive} ...", flush=True)
        fast = ["DOWNLOAD_DELAY=0", "AUTOTHROTTLE_ENABLED=0", "CONCURRENT_REQUESTS=16",
                "CONCURRENT_REQUESTS_PER_DOMAIN=16", "LOG_LEVEL=WARNING"]  # fmt: skip
        crawl = [sys.executable, "-m", "jiangbei_crawler.cli", "cron", "--mode", "full", "--portal", url,
                 "--archive", archive] + [x for s in fast for x in ("-s", s)]  # fmt: skip
        code = subprocess.call(crawl)
    finally:
        replica.terminate()
        replica.wait()
    if code != EXIT_OK:
        return code
    if args.no_serve:
        return EXIT_OK
    print(f"\nserving the archive: open http://127.0.0.1:{args.port}/disclosure  (Ctrl-C to stop)", flush=True)
    serve = [sys.executable, "-m", "datasette", "serve", os.path.join(root, "archive"), "-h", "127.0.0.1",
             "-p", str(args.port)]  # fmt: skip
    try:
        return subprocess.call(serve)
    except KeyboardInterrupt:
        return EXIT_OK


def main(argv=None):
    args = build_parser().parse_args(argv)
    return {"cron": run_cron, "demo": run_demo}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
