"""Replay of the archive's WARC files with pywb: every capture viewable as the portal served it.

The index and pywb's configuration are store/replay_index.py's; this module serves them (the ``replay``
command, pywb beside the demo's Datasette) and links the archive's pages to them.
"""

import contextlib
import datetime as dt
import logging
import os
import socket
import subprocess
import sys
from urllib.parse import urlsplit

from ..processes import stop
from ..store.replay_index import COLLECTION, ReplayError, prepare, record_time, tool  # noqa: F401

log = logging.getLogger(__name__)
DEFAULT_PORT = 8002
PORT_ENV = "JIANGBEI_REPLAY_PORT"  # tells the Datasette pages where to link replays


def command(archive, port, host="127.0.0.1"):
    """(argv, cwd) of a pywb server replaying the archive."""
    return [tool("wayback"), "--port", str(port), "--bind", host], prepare(archive)


# ---- links from the archive's pages ------------------------------------------------------------------------


def base_url(request):
    """pywb's address as the reader reaches it: JIANGBEI_REPLAY_URL, or the host they reached Datasette on with
    the replay port (JIANGBEI_REPLAY_PORT, default 8002)."""
    if os.environ.get("JIANGBEI_REPLAY_URL"):
        return os.environ["JIANGBEI_REPLAY_URL"].rstrip("/")
    host = urlsplit(f"//{request.host or '127.0.0.1'}").hostname or "127.0.0.1"
    host = f"[{host}]" if ":" in host else host  # an IPv6 address
    return f"{request.scheme}://{host}:{os.environ.get(PORT_ENV) or DEFAULT_PORT}"


def link(base, warc_dir, url, row):
    """{"href", "when", "timeline"} of the replay of a row's capture (its warc_file/warc_offset), or None."""
    when = record_time(warc_dir, row.get("warc_file"), row.get("warc_offset"))
    if not when or not url:
        return None
    moment = dt.datetime.fromisoformat(when.replace("Z", "+00:00"))
    stamp = moment.strftime("%Y%m%d%H%M%S")
    return {"href": f"{base}/{COLLECTION}/{stamp}/{url}", "when": moment.isoformat(),
            "timeline": f"{base}/{COLLECTION}/*/{url}"}  # fmt: skip


@contextlib.contextmanager
def beside_datasette(archive, port):
    """pywb serving the archive while the block runs (the demo); a one-line note instead when it cannot."""
    try:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", port))
        argv, cwd = command(archive, port)
    except (ReplayError, OSError) as exc:
        print(f"note: no replay of captures on port {port}: {exc}", file=sys.stderr)
        yield None
        return
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"replaying captures at http://127.0.0.1:{port}/{COLLECTION}/", flush=True)
    try:
        yield proc
    finally:
        stop(proc, 10)


# ---- the command ------------------------------------------------------------------------------------------


def add_parser(sub):
    p = sub.add_parser("replay", help="replay the archive's WARC captures with pywb (pages as the portal served them)")
    p.add_argument("--archive", default="archive/disclosure.db", help="the archive database (default: %(default)s)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="port to serve on (default: %(default)s)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    p.add_argument("--index-only", action="store_true", help="bring the CDXJ index up to date, then exit")


def run(args):
    if not os.path.exists(args.archive):
        print(f"error: no archive at {args.archive}: crawl first, or give --archive", file=sys.stderr)
        return 2
    if not args.index_only:
        try:
            with socket.socket() as probe:  # pywb would say so in a traceback
                probe.bind((args.host, args.port))
        except OSError as exc:
            print(f"error: cannot serve on {args.host}:{args.port}: {exc.strerror}: choose another --port",
                  file=sys.stderr)  # fmt: skip
            return 2
    try:
        if args.index_only:
            prepare(args.archive)
            return 0
        argv, cwd = command(args.archive, args.port, args.host)
    except (ReplayError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"replaying the archive: open http://{args.host}:{args.port}/{COLLECTION}/  (Ctrl-C to stop)", flush=True)
    os.chdir(cwd)
    os.execv(argv[0], argv)  # this process becomes pywb: a signal to it (make serve's kill) reaches pywb itself
