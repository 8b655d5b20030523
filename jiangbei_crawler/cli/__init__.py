"""jiangbei-crawler: first contact with a portal, unattended cron crawls, and the local demo.

Exit codes: 0 success (cron: or skipped because another crawl holds the lock), 1 the crawl recorded
errors, raised the coverage alarm, was interrupted or failed (probe: the portal is not understood),
2 bad usage. Errors are one line; --debug (or JIANGBEI_LOG_LEVEL=DEBUG) shows tracebacks.
"""

import argparse
import os
import sys

from ..documents.attachment_text import Interrupted
from .archive_cmds import run_move_portal, run_ocr, run_upgrade, run_wacz
from .common import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, tee_output
from .cron import catch_signals, run_cron
from .demo import run_demo
from .first_contact import run_extract, run_probe

__all__ = ["EXIT_ERRORS", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]


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
