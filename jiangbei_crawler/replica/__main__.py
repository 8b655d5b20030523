"""Command line: ``python -m jiangbei_crawler.replica serve|truth``."""

import argparse
import asyncio
import json
import logging
import sys

from .families import FAMILIES
from .model import FAULTS, QUIRKS, SIZES, Options, Portal
from .server import serve
from .truth import truth_records


def _bounded(kind, low, high=None):
    def parse(text):
        value = kind(text)
        if value < low or (high is not None and value > high):
            span = f"between {low} and {high}" if high is not None else f"at least {low}"
            raise argparse.ArgumentTypeError(f"{text} is not {span}")
        return value

    return parse


DESCRIPTION = """
A local, deterministic replica of a school-disclosure portal, with the quirks of real Chinese government sites
and optional network faults; `truth` prints what a perfect crawl would archive. Admin endpoints (loopback
only): POST /__admin__/state/N moves the portal to state N; POST /__admin__/outage/end ends an outage;
GET /__admin__/served lists the sha256 of every response served.
"""

FAULT_HELP = {
    "5xx": "HTTP 500/502/503 for 1-3 hits of a URL (a quarter of them for the whole outage)",
    "429": "HTTP 429 Too Many Requests with Retry-After",
    "hang": "accept the request and answer nothing for --hang-seconds",
    "reset": "close the connection without an answer",
    "truncate": "a body shorter than its Content-Length",
    "redirect": "a redirect loop for 3 hits of a URL (a quarter of them for the whole outage)",
}


def build_parser():
    p = argparse.ArgumentParser(prog="python -m jiangbei_crawler.replica", description=__doc__ + DESCRIPTION,
                                formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    sub = p.add_subparsers(dest="command", required=True)
    helps = {"serve": "serve the portal over HTTP (loopback only)", "truth": "print the ground truth as JSON lines"}
    for name in ("serve", "truth"):
        s = sub.add_parser(name, help=helps[name], description=helps[name])
        s.add_argument("--seed", type=int, default=1, help="the portal drawn: same seed, same portal (default: 1)")
        s.add_argument("--size", choices=sorted(SIZES), default="tiny",
                       help="tiny: 6 schools, 200 articles; small: 60, 2,000; medium: 60, 20,000; "
                       "large: 60, 100,000 (default: tiny)")  # fmt: skip
        s.add_argument("--schools", type=_bounded(int, 1), help="override the size's school count")
        s.add_argument("--articles", type=_bounded(int, 1), help="override the size's article count")
        s.add_argument("--state", type=_bounded(int, 0), default=0,
                       help="the portal's history step: 0 as first crawled; each step publishes new articles, "
                       "edits some, takes some down and restores half of the earlier takedowns (default: 0; "
                       "POST /__admin__/state/N changes it while serving)")  # fmt: skip
        s.add_argument("--quirks", default="all",
                       help=f"the real-site quirks reproduced: all, none or a comma-separated list of "
                       f"{', '.join(QUIRKS)} (default: all)")  # fmt: skip
        for fault in FAULTS:
            s.add_argument(f"--fault-{fault}", type=_bounded(float, 0.0, 1.0), default=0.0, metavar="RATE",
                           help=f"share of URLs (0-1) that get: {FAULT_HELP[fault]} (default: 0)")  # fmt: skip
        s.add_argument("--hang-seconds", type=float, default=30.0, help="how long a hang lasts (default: 30)")
        s.add_argument("--outage-seconds", type=float, default=0.0,
                       help="how long the outage of some 5xx and redirect URLs lasts after start-up; "
                       "POST /__admin__/outage/end ends it at once (default: 0)")  # fmt: skip
        s.add_argument(
            "--new-per-step",
            type=_bounded(int, 1),
            help="articles published per state step (default: 0.5%% of the portal, at least 3)",
        )
        s.add_argument("--template", choices=FAMILIES, default="jiangbei",
                       help="markup and URL family: jiangbei (the reconstructed portal), specalt (the same URLs, "
                       "other markup), powereasy, table (default: jiangbei)")  # fmt: skip
    sub.choices["serve"].add_argument("--host", default="127.0.0.1", help="loopback address (default: 127.0.0.1)")
    sub.choices["serve"].add_argument("--port", type=int, default=8000,
                                      help="port; 0 picks a free one, printed as READY <port> (default: 8000)")  # fmt: skip
    sub.choices["serve"].add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"),
                                      help="what the server logs on stderr; errors always (default: INFO)")  # fmt: skip
    sub.choices["truth"].add_argument("--base-url", default="http://127.0.0.1:8000",
                                      help="the address the truth's URLs start with (default: http://127.0.0.1:8000)")  # fmt: skip
    return p


def portal_from_args(args):
    faults = {f: getattr(args, f"fault_{f}") for f in FAULTS if getattr(args, f"fault_{f}")}
    opts = Options.build(args.seed, args.size, args.schools, args.articles, args.quirks, faults, args.hang_seconds,
                         args.outage_seconds, args.new_per_step, args.template)  # fmt: skip
    portal = Portal(opts)
    portal.set_state(args.state)
    return portal


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        portal = portal_from_args(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.command == "truth":
        for rec in truth_records(portal, args.base_url):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return 0
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print("error: the replica serves on loopback only", file=sys.stderr)
        return 2
    logging.basicConfig(level=args.log_level, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        asyncio.run(serve(portal, args.host, args.port, ready=lambda port: print(f"READY {port}", flush=True)))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
