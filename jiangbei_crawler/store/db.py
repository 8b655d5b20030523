"""The connection to an archive and the one way rows are written to it.

A row is a dict of column -> value, written by ``insert_row``, ``upsert_row`` or ``update_row``: plain SQL
built once per table and set of columns from the primary key ``tables.py`` declares. Plain SQL, not
sqlite-utils' ``Table.insert/upsert/update``, because a crawl writes several rows for every article it
fetches: those look a table's schema up on each call (``update`` first reads the row back).

Statements that change rows by a condition or an expression rather than set a row's values (count one
more, fill a column only where it is null, mark every error of a URL resolved, delete) stay plain SQL where
they are: written as a row, they would need a read first, one more statement each time.
"""

import datetime as dt
import os
import sqlite3
from contextlib import contextmanager
from functools import lru_cache

import sqlite_utils

from .tables import WARC_REF, pk_columns


def now_iso():
    return dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="seconds")


def open_db(path):
    if path != ":memory:":
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA busy_timeout = 30000")
    if path != ":memory:":
        db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    return db


@contextmanager
def write_transaction(db):
    """BEGIN IMMEDIATE: take the write lock up front, so readers (Datasette) never deadlock us."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def explain(exc, path):
    """One line naming what is wrong with the archive file and what to do."""
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"the archive {path} is read-only: make it and its directory writable"
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return (
            f"the archive {path} is not a readable SQLite database ({text}): restore it from a backup or move it away"
        )
    if ("disk" in text and "full" in text) or "disk I/O error" in text:
        return f"the disk holding {path} is full or failing ({text}): free space, then run the crawl again (it resumes)"
    if "unable to open" in text:
        return f"cannot open the archive {path} ({text}): check the directory exists and is writable"
    return f"archive {path}: {text}"


def warc_ref(source):
    """The WARC columns of a dict that has them (a capture's ref, an item, a row), else all None."""
    source = source or {}
    return {k: source.get(k) for k in WARC_REF}


@lru_cache(maxsize=64)
def _where(table):
    return " and ".join(f"[{c}] = ?" for c in pk_columns(table))


def _key(pk):
    return list(pk) if isinstance(pk, tuple | list) else [pk]


def get_row(db, table, pk):
    """The row of ``table`` with this primary key (a value, or a tuple for a compound key) as a dict, or None."""
    cursor = db.execute(f"select * from [{table}] where {_where(table)}", _key(pk))
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


@lru_cache(maxsize=256)
def _insert_sql(table, columns, verb="insert", conflict=""):
    cols = ", ".join(f"[{c}]" for c in columns)
    return f"{verb} into [{table}] ({cols}) values ({', '.join('?' * len(columns))}){conflict}"


@lru_cache(maxsize=256)
def _upsert_clause(table, columns):
    keys = pk_columns(table)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c not in keys)
    return f" on conflict ({', '.join(keys)}) " + (f"do update set {updates}" if updates else "do nothing")


@lru_cache(maxsize=256)
def _update_sql(table, columns):
    return f"update [{table}] set {', '.join(f'[{c}] = ?' for c in columns)} where {_where(table)}"


def insert_row(db, table, row, ignore=False):
    """A new row; returns its rowid (the id of a table keyed by an integer id). ``ignore``: a row with the
    same primary key stands, and this one is dropped."""
    columns = tuple(row)
    sql = _insert_sql(table, columns, "insert or ignore" if ignore else "insert")
    return db.execute(sql, [row[c] for c in columns]).lastrowid


def upsert_row(db, table, row):
    """Insert, or update by primary key the columns given (others keep their values)."""
    columns = tuple(row)
    db.execute(_insert_sql(table, columns, conflict=_upsert_clause(table, columns)), [row[c] for c in columns])


def update_row(db, table, pk, values):
    """Set these columns of the row with this primary key (nothing when there is none)."""
    columns = tuple(values)
    db.execute(_update_sql(table, columns), [*(values[c] for c in columns), *_key(pk)])
