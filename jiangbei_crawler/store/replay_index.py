"""The replay index over an archive's WARC files: what pywb needs to replay them (web/replay.py serves it).

The archive's ``warc/`` folder is one pywb collection, ``archive``, indexed by one CDXJ file per WARC file in
``replay/indexes/`` beside the database, kept current after every crawl. Only that collection is configured:
no live web, no proxy, no recording, so a replayed page shows what was captured or nothing. pywb runs in an
environment of its own (``scripts/ensure-pywb`` makes it in ``.venv/pywb``): it pins libraries (a brotli
module among them) that the crawler's own cannot share.
"""

import logging
import os
import shutil
import subprocess
import sys
import tempfile

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .files import ArchiveDir

log = logging.getLogger(__name__)
COLLECTION = "archive"
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
    return ArchiveDir.at(archive).replay


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
    warc_dir = warc_dir or ArchiveDir.of(archive).warc
    out = replay_dir(archive)
    update_index(warc_dir, out)
    write_config(warc_dir, out)
    return out


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
