"""Bring a database to the shape ``tables.py`` declares, from empty or from an archive any earlier version
wrote: tables, missing columns, foreign keys, indexes, views and the search index. Idempotent, and nothing is
rewritten unless it differs from the declaration."""

import re

from sqlite_utils.db import DescIndex

from . import search
from .tables import EXPRESSION_INDEXES, FOREIGN_KEYS, INDEXES, SUPERSEDED_INDEXES, TABLES, VIEWS


def ensure_db_shape(db):
    """Bring the archive to this version's shape (see upgrade_report); returns ``db``."""
    upgrade_report(db)
    return db


def upgrade_report(db):
    """Bring an archive written by any earlier version up to date: tables, columns, foreign keys, indexes,
    views and the search index. Returns the changes made, one line of text each; [] when it was current,
    so a second run reports nothing. Nothing is rewritten unless it differs from what this version declares."""
    return [change for step in SHAPE_STEPS for change in step(db, True)]


def pending_changes(conn):
    """What upgrade_report would change, without changing anything: [] when the archive is current. Reads
    only the schema (a few milliseconds), so a read-only connection will do (a sqlite3 or sqlite-utils one)."""
    return [change for step in SHAPE_STEPS for change in step(conn, False)]


def _schema(conn):
    """name -> (type, table, sql) of every schema object."""
    return {r[0]: r[1:] for r in conn.execute("select name, type, tbl_name, sql from sqlite_master")}


def _columns(conn, table):
    return [r[1] for r in conn.execute(f"pragma table_info([{table}])")]


def _same_sql(a, b):
    """Two CREATE statements alike but for spacing, case, identifier quotes and IF NOT EXISTS."""

    def norm(sql):
        sql = re.sub(r"[\"`\[\]]", "", sql or "").lower()
        return re.sub(r"\s+", " ", sql.replace("if not exists", "")).strip()

    return norm(a) == norm(b)


def _shape_tables(db, apply):
    changes, schema = [], _schema(db)
    for name, (columns, opts) in TABLES.items():
        if name not in schema:
            changes.append(f"table created: {name}")
            if apply:
                db[name].create(columns, foreign_keys=FOREIGN_KEYS.get(name, []), **opts)
            continue
        have = set(_columns(db, name))
        missing = {c: t for c, t in columns.items() if c not in have}
        if not missing:
            continue
        filled = name == "articles" and "search_id" in missing  # an archive from before the column
        changes.append(f"columns added to {name}: {', '.join(missing)}" + (" (search_id = id)" if filled else ""))
        if apply:
            for col, typ in missing.items():
                db[name].add_column(col, typ)
            if filled:
                db.execute("update articles set search_id = id")
    return changes


def _shape_superseded(db, apply):
    changes, schema = [], _schema(db)
    for name, table in SUPERSEDED_INDEXES.items():
        if name in schema and schema[name][:2] == ("index", table):
            changes.append(f"index dropped: {name} (superseded)")
            if apply:
                db.execute(f"drop index [{name}]")
    return changes


def _shape_foreign_keys(db, apply):
    changes, schema = [], _schema(db)
    for name, fks in FOREIGN_KEYS.items():
        if name not in schema:
            continue  # created with them
        existing = {(r[3], r[2]) for r in db.execute(f"pragma foreign_key_list([{name}])")}
        todo = [fk for fk in fks if (fk[0], fk[1]) not in existing]
        changes += [f"foreign key added: {name}.{col} -> {other}.{other_col}" for col, other, other_col in todo]
        if todo and apply:
            db.add_foreign_keys([(name, *fk) for fk in todo])
    return changes


def index_name(table, columns):
    """The name sqlite-utils gives an index of these columns."""
    return f"idx_{table.replace(' ', '_')}_{'_'.join(columns)}"


def _same_index(db, found, table, name, cols):
    if found[:2] != ("index", table) or (found[2] or "").lstrip().upper().startswith("CREATE UNIQUE"):
        return False
    have = [(r[2], r[3]) for r in db.execute(f"pragma index_xinfo([{name}])") if r[5]]
    return have == [(str(c), int(isinstance(c, DescIndex))) for c in cols]


def _shape_indexes(db, apply):
    changes, schema = [], _schema(db)
    wanted = [(table, index_name(table, cols), cols, None) for table, lists in INDEXES.items() for cols in lists]
    wanted += [(None, name, None, f"CREATE INDEX {name} on {target}") for name, target in EXPRESSION_INDEXES.items()]
    for table, name, cols, sql in wanted:
        found = schema.get(name)
        if found is not None:
            if _same_sql(found[2], sql) if sql else _same_index(db, found, table, name, cols):
                continue
            changes.append(f"index replaced: {name} (another definition)")
        else:
            changes.append(f"index created: {name}")
        if apply:
            if found is not None:
                db.execute(f"drop {found[0]} [{name}]")
            if sql:
                db.execute(sql)
            else:
                db[table].create_index(cols, index_name=name)
    return changes


def _shape_views(db, apply):
    changes, schema = [], _schema(db)
    for name, body in VIEWS.items():
        sql = f'CREATE VIEW "{name}" AS {body}'
        found = schema.get(name)
        if found is not None and found[0] == "view" and _same_sql(found[2], sql):
            continue
        changes.append(f"view {'created' if found is None else 'replaced'}: {name}")
        if apply:
            if found is not None:
                db.execute(f"drop {found[0]} [{name}]")
            db.execute(sql)
    return changes


def _shape_search(db, apply):
    change = search.ensure_fts(db) if apply else search.fts_change(db)
    return [change] if change else []


SHAPE_STEPS = (_shape_tables, _shape_superseded, _shape_foreign_keys, _shape_indexes, _shape_views, _shape_search)
