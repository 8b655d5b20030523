"""Command line: ``python -m jiangbei_crawler.replica serve|truth``."""

import argparse
import asyncio
import json
import logging
import sys

from .families import FAMILIES
from .model import FAULTS, SIZES, Options, Portal
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


def build_parser():
    p = argparse.ArgumentParser(prog="python -m jiangbei_crawler.replica", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("serve", "truth"):
        s = sub.add_parser(name)
        s.add_argument("--seed", type=int, default=1)
        s.add_argument("--size", choices=sorted(SIZES), default="tiny")
        s.add_argument("--schools", type=_bounded(int, 1), help="override the size's school count")
        s.add_argument("--articles", type=_bounded(int, 1), help="override the size's article count")
        s.add_argument("--state", type=_bounded(int, 0), default=0)
        s.add_argument("--quirks", default="all", help="all | none | comma-separated names")
        for fault in FAULTS:
            s.add_argument(f"--fault-{fault}", type=_bounded(float, 0.0, 1.0), default=0.0, metavar="RATE")
        s.add_argument("--hang-seconds", type=float, default=30.0)
        s.add_argument("--outage-seconds", type=float, default=0.0, help="some 5xx URLs stay down this long")
        s.add_argument("--new-per-step", type=_bounded(int, 1), help="articles published per state step")
        s.add_argument("--template", choices=FAMILIES, default="jiangbei", help="markup and URL family")
    sub.choices["serve"].add_argument("--host", default="127.0.0.1")
    sub.choices["serve"].add_argument("--port", type=int, default=8000)
    sub.choices["truth"].add_argument("--base-url", default="http://127.0.0.1:8000")
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
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        asyncio.run(serve(portal, args.host, args.port, ready=lambda port: print(f"READY {port}", flush=True)))
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
