"""The archive's lock: one crawl at a time, freed by the kernel when the holder dies.

``cron`` takes it before starting Scrapy, the crawl session takes it when a
crawl opens (plain ``scrapy crawl`` included); within one process the second
call finds it already held. Because a live crawl always holds the lock, a
crawl row still marked ``running`` while we hold it belongs to a dead process,
whatever its pid has become since.
"""

import fcntl
import os
from contextlib import contextmanager

_held = {}  # absolute lock path -> open file


class LockError(OSError):
    """The lock file cannot be created or opened (read-only or missing directory)."""


def lock_path(archive_path):
    return os.path.abspath(archive_path) + ".lock"


def acquire(path):
    """None when this process holds the lock (now or already), else the holder's pid as text."""
    path = os.path.abspath(path)
    if path in _held:
        return None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fh = open(path, "a+")
    except OSError as exc:
        raise LockError(exc.errno, f"cannot open the lock file {path}: {exc.strerror}") from exc
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip()
        fh.close()
        return holder or "unknown"
    fh.seek(0)
    fh.truncate()
    fh.write(str(os.getpid()))
    fh.flush()
    _held[path] = fh
    return None


def holds(path):
    """Whether this process holds the lock."""
    return os.path.abspath(path) in _held


def release(path):
    fh = _held.pop(os.path.abspath(path), None)
    if fh is not None:
        fh.close()


@contextmanager
def held(path):
    """The lock for the length of a block: yields None while this process holds it (released after, unless it
    held it before), else the holder's pid as text."""
    path = os.path.abspath(path)
    before = holds(path)
    holder = acquire(path)
    try:
        yield holder
    finally:
        if holder is None and not before:
            release(path)
