"""``jiangbei-crawler demo``: the small replica, crawled through the states of its story, then served."""

import os
import sqlite3
import subprocess
import sys
from urllib.parse import urlsplit

from .common import EXIT_ERRORS, EXIT_OK, EXIT_USAGE


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
        dirs = storage.ArchiveDir.of(archive, db)  # the folders its crawls wrote into, wherever they are
        db.close()
    except sqlite3.Error as exc:
        return f"{archive} cannot be read ({exc}): move it away, and make demo writes a new one"
    host = (urlsplit(portal).hostname or "") if portal else "127.0.0.1"
    if host not in ("127.0.0.1", "localhost", "::1"):
        return f"{archive} is the archive of {portal}, not a demo: move it away first (the demo writes a new one)"
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(archive + suffix):
            os.remove(archive + suffix)
    for folder in (dirs.files, dirs.warc):
        shutil.rmtree(folder, ignore_errors=True)
    return None
