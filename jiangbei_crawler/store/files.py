"""Where an archive's parts live on disk: the one owner of that layout.

An archive is a SQLite database with three folders beside it by default::

    disclosure.db
    files/<sha256[:2]>/<sha256>   attachments and images, once per content
    warc/*.warc.gz                every exchange with the portal
    logs/                         the cron command's rotating log
    replay/                       pywb's collection over warc/ (web/replay.py)

An operator may put the files or the WARC folder elsewhere (ARCHIVE_FILES_DIR, ARCHIVE_WARC_DIR, or a
portal's own folders under archives/). Each crawl records the folders it wrote into in its ``crawls`` row, so
every later reader (``jiangbei-crawler ocr``, ``wacz``, the Datasette pages) finds them from the database
alone; an explicit folder given to the reader wins over the recorded one.
"""

import os
import re
from dataclasses import dataclass

FILES_DIR, WARC_DIR, LOGS_DIR, REPLAY_DIR = "files", "warc", "logs", "replay"
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


def beside(archive_path, name):
    """The folder ``name`` in the directory that holds the database."""
    return os.path.join(os.path.dirname(os.path.abspath(archive_path)), name)


@dataclass(frozen=True)
class ArchiveDir:
    """The database and the folders of one archive."""

    db: str
    files: str
    warc: str
    logs: str
    replay: str

    @classmethod
    def at(cls, db, files=None, warc=None, logs=None):
        """The layout of the archive at ``db``: the folders given, the default ones beside it for the rest."""
        return cls(
            db=db,
            files=files or beside(db, FILES_DIR),
            warc=warc or beside(db, WARC_DIR),
            logs=logs or beside(db, LOGS_DIR),
            replay=beside(db, REPLAY_DIR),
        )

    @classmethod
    def of(cls, db, conn=None, files=None, warc=None):
        """The layout of an existing archive: the folders given, else the ones its last crawl recorded (when
        they still exist), else the default ones. ``conn`` is an open connection to ``db`` (sqlite3 or
        sqlite-utils); without one the database is opened read-only for the lookup."""
        recorded = recorded_dirs(conn) if conn is not None else _read_recorded(db)
        return cls.at(db, files=files or recorded.get("files_dir"), warc=warc or recorded.get("warc_dir"))

    def file_rel(self, sha256):
        """``<sha[:2]>/<sha>``: where a content's bytes lie under ``files``; the server's name never is."""
        if not SHA256_HEX.match(sha256 or ""):
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        return os.path.join(sha256[:2], sha256)

    def file_path(self, sha256):
        return os.path.join(self.files, self.file_rel(sha256))

    def store_file(self, data, sha256):
        """Write bytes once per sha256 (atomically: a killed crawl leaves no half file); returns the relative
        path."""
        return store_file(self.files, data, sha256)


def store_file(files_dir, data, sha256):
    """Write bytes once per sha256 under ``files_dir``; returns ``<sha[:2]>/<sha>``."""
    if not SHA256_HEX.match(sha256 or ""):
        raise ValueError(f"not a sha256 hex digest: {sha256!r}")
    rel = os.path.join(sha256[:2], sha256)
    path = os.path.join(files_dir, rel)
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    return rel


def recorded_dirs(conn):
    """The files and WARC folders the newest crawl that recorded them wrote into ({} when none did)."""
    conn = getattr(conn, "conn", conn)  # a sqlite-utils Database or a sqlite3 connection
    columns = {r[1] for r in conn.execute("pragma table_info(crawls)")}
    if not {"files_dir", "warc_dir"} <= columns:
        return {}
    row = conn.execute(
        "select files_dir, warc_dir from crawls where files_dir is not null or warc_dir is not null "
        "order by id desc limit 1"
    ).fetchone()
    if row is None:
        return {}
    return {k: v for k, v in zip(("files_dir", "warc_dir"), row) if v and os.path.isdir(v)}


def _read_recorded(db):
    import sqlite3

    if not os.path.exists(db):
        return {}
    conn = sqlite3.connect(f"file:{os.path.abspath(db)}?mode=ro", uri=True)
    try:
        return recorded_dirs(conn)
    except sqlite3.Error:
        return {}
    finally:
        conn.close()
