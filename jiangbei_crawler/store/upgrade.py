"""Archives written by an older version, brought up to date by ``jiangbei-crawler upgrade`` or when Datasette
starts, always under the crawl lock.

What an archive lacks is read from its schema (``storage.pending_changes``): checking a current archive takes
a few milliseconds and never writes to it, so a read-only copy that is current is served as it is.
"""

import os
import sqlite3

from .. import store as storage
from . import lock

# The database Datasette serves from archive/ (archive/disclosure.db); others count when they look like one.
ARCHIVE_NAME = "disclosure"
ARCHIVE_TABLES = {"articles", "crawls"}


class Refused(Exception):
    """The archive needs an upgrade that cannot be made here; the message is one line saying what to run."""


def command(path):
    return f"jiangbei-crawler upgrade --archive {path}"


def is_archive(name, table_names):
    return name == ARCHIVE_NAME or ARCHIVE_TABLES <= set(table_names)


def upgrade(path):
    """Bring the archive at ``path`` up to date in one transaction (the caller holds the lock); the changes."""
    db = storage.open_db(path)
    try:
        with storage.write_transaction(db):
            return storage.upgrade_report(db)
    finally:
        db.close()


def writable(path):
    """The file can be written, and its folder too (journal, lock file)."""
    return os.access(path, os.W_OK) and os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)


def on_start(path, pending, mutable=True):
    """Before a server serves the archive at ``path``, given what it lacks (``pending``): None when it is
    current; else it is upgraded under the crawl lock and one line says what changed. Raises Refused when
    it cannot be: the file is read-only (or served immutable), or a crawl holds the lock."""
    if not pending:
        return None
    run = f"run `{command(path)}`"
    if not mutable or not writable(path):
        raise Refused(f"{path} was written by an older version of jiangbei-crawler and is read-only here, "
                      f"so it cannot be brought up to date: {run} as a user who can write it, then start Datasette "
                      "again")  # fmt: skip
    try:
        with lock.held(lock.lock_path(path)) as holder:
            if holder:
                raise Refused(f"{path} was written by an older version of jiangbei-crawler, and a crawl holds its "
                              f"lock (pid {holder}), so it was not upgraded: {run} when the crawl has finished, "
                              "then start Datasette again")  # fmt: skip
            changes = upgrade(path)
    except lock.LockError as exc:
        raise Refused(f"{exc.strerror}: {run} as a user who can write it, then start Datasette again") from None
    except sqlite3.Error as exc:
        raise Refused(f"{storage.explain(exc, path)}; then {run} and start Datasette again") from None
    return f"upgraded {path} to this version's schema ({len(changes)} changes): {'; '.join(changes)}"
