"""Replay of the archive's WARC files with pywb: every capture viewable as the portal served it.

pywb (Webrecorder's replay engine) runs in an environment of its own (``scripts/ensure-pywb`` makes it in
``.venv/pywb``): it pins libraries (a brotli module among them) that the crawler's own cannot share. The
archive's ``warc/`` folder is one pywb collection, ``archive``, indexed by one CDXJ file per WARC file in
``replay/indexes/`` beside the database, kept current after every crawl. Only that collection is configured:
no live web, no proxy, no recording, so a replayed page shows what was captured or nothing.
"""

import contextlib
import datetime as dt
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .. import store as storage
from ..processes import stop

log = logging.getLogger(__name__)
REPLAY_DIR, COLLECTION = "replay", "archive"
DEFAULT_PORT = 8002
PORT_ENV = "JIANGBEI_REPLAY_PORT"  # tells the Datasette pages where to link replays
CONFIG = """\
# written by jiangbei-crawler replay: the archive's WARC files, replayed; nothing fetched from the live web
collections:
  {collection}:
    index_paths: {indexes}
    archive_paths: {warcs}
framed_replay: true
enable_memento: true
"""


class ReplayError(RuntimeError):
    pass


def tool(name):
    """A pywb console script: from JIANGBEI_PYWB (a folder of them), from .venv/pywb/bin, or on PATH."""
    folders = [os.environ.get("JIANGBEI_PYWB", ""), os.path.join(sys.prefix, "pywb", "bin")]
    for folder in filter(None, folders):
        path = os.path.join(folder, name)
        if os.access(path, os.X_OK):
            return path
    found = shutil.which(name)
    if not found:
        raise ReplayError(f"pywb is not installed ({name} not found): run scripts/ensure-pywb")
    return found


def replay_dir(archive):
    return storage.beside(archive, REPLAY_DIR)


def update_index(warc_dir, out_dir):
    """One sorted CDXJ index per WARC file, made again when its WARC file is newer; indexes of removed WARC files
    are dropped. Returns how many files were indexed. Each index is renamed into place whole, so a running pywb
    never reads half of one."""
    indexes = os.path.join(out_dir, "indexes")
    os.makedirs(indexes, exist_ok=True)
    names = sorted(n for n in os.listdir(warc_dir) if n.endswith(".warc.gz")) if os.path.isdir(warc_dir) else []
    done = 0
    for name in names:
        src, dst = os.path.join(warc_dir, name), os.path.join(indexes, name[: -len(".warc.gz")] + ".cdxj")
        if os.path.exists(dst) and os.path.getmtime(dst) >= os.path.getmtime(src):
            continue
        fd, partial = tempfile.mkstemp(suffix=".partial", dir=indexes)
        os.close(fd)
        made = subprocess.run([tool("cdx-indexer"), "--cdxj", "--sort", "-o", partial, src], capture_output=True,
                              text=True)  # fmt: skip
        if made.returncode != 0:
            os.remove(partial)
            why = (made.stderr.strip().splitlines() or ["no message"])[-1][:200]
            raise ReplayError(f"pywb could not index {name}: {why}")
        os.replace(partial, dst)
        done += 1
    kept = {n[: -len(".warc.gz")] + ".cdxj" for n in names}
    for stale in set(os.listdir(indexes)) - kept:
        if stale.endswith(".cdxj"):
            os.remove(os.path.join(indexes, stale))
    return done


def write_config(warc_dir, out_dir):
    indexes = os.path.join(os.path.abspath(out_dir), "indexes") + os.sep
    text = CONFIG.format(collection=COLLECTION, indexes=indexes, warcs=os.path.abspath(warc_dir) + os.sep)
    with open(os.path.join(out_dir, "config.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def prepare(archive, warc_dir=None):
    """Index and configure the collection; returns the folder pywb runs in."""
    warc_dir = warc_dir or storage.beside(archive, storage.WARC_DIR)
    out = replay_dir(archive)
    update_index(warc_dir, out)
    write_config(warc_dir, out)
    return out


def command(archive, port, host="127.0.0.1"):
    """(argv, cwd) of a pywb server replaying the archive."""
    return [tool("wayback"), "--port", str(port), "--bind", host], prepare(archive)


def after_crawl(archive, warc_dir):
    """Bring the replay index up to date once a crawl has written its WARC files; a machine without pywb skips it
    (``jiangbei-crawler replay`` indexes whatever is new when it starts)."""
    try:
        tool("cdx-indexer")
    except ReplayError:
        log.info("replay index not updated: pywb is not installed (scripts/ensure-pywb)")
        return
    try:
        n = update_index(warc_dir, replay_dir(archive))
        write_config(warc_dir, replay_dir(archive))
        log.info("replay index: %d WARC file(s) indexed", n)
    except (ReplayError, OSError) as exc:
        log.warning("replay index not updated: %s", exc)


# ---- links from the archive's pages ------------------------------------------------------------------------


def base_url(request):
    """pywb's address as the reader reaches it: JIANGBEI_REPLAY_URL, or the host they reached Datasette on with
    the replay port (JIANGBEI_REPLAY_PORT, default 8002)."""
    if os.environ.get("JIANGBEI_REPLAY_URL"):
        return os.environ["JIANGBEI_REPLAY_URL"].rstrip("/")
    host = urlsplit(f"//{request.host or '127.0.0.1'}").hostname or "127.0.0.1"
    host = f"[{host}]" if ":" in host else host  # an IPv6 address
    return f"{request.scheme}://{host}:{os.environ.get(PORT_ENV) or DEFAULT_PORT}"


def record_time(warc_dir, name, offset):
    """The WARC-Date of the record at ``offset`` (the capture's own time, which pywb's index keys), or None."""
    if not name or offset is None or os.path.basename(name) != name:
        return None
    try:
        with open(os.path.join(warc_dir, name), "rb") as fh:
            fh.seek(int(offset))
            for record in ArchiveIterator(fh):
                return record.rec_headers.get_header("WARC-Date")
    except (OSError, ValueError, ArchiveLoadFailed):
        return None
    return None


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
