"""The SQLite archive, through sqlite-utils. Nothing here knows Scrapy.

``ensure_db_shape(db)`` declares tables, indexes, full-text search and views as
data and is idempotent. ``save_*`` functions take plain dicts; callers wrap
batches of them in one transaction (``with db.atomic():``).
"""

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import zlib
from contextlib import contextmanager
from functools import lru_cache
from urllib.parse import urlsplit

import sqlite_utils
from sqlite_utils.db import DescIndex

from . import search
from .files import FILES_DIR, SHA256_HEX, WARC_DIR, ArchiveDir, beside, store_file  # noqa: F401

# Where the response a row was read from lies in the WARC files (warc.py): file, byte offset, record id.
WARC_REF = {"warc_file": str, "warc_offset": int, "warc_length": int, "warc_record_id": str}
TABLES = {
    "crawls": (
        {
            "id": int,
            "started": str,
            "finished": str,
            "status": str,
            "mode": str,
            "pid": int,
            "new": int,
            "changed": int,
            "unchanged": int,
            "removed": int,
            "suspected": int,
            "restored": int,
            "errors": int,
            "dead": int,
            "requests": int,
            "found": int,
            "lists_seen": int,
            "articles": int,
            "cov_title": float,
            "cov_published": float,
            "cov_source": float,
            "cov_body": float,
            "summary": str,
            "files_dir": str,  # where this crawl stored files and WARC (store/files.py: ArchiveDir)
            "warc_dir": str,
        },
        {"pk": "id"},
    ),
    "articles": (
        {
            "id": int,
            "url": str,
            "school": str,
            "category": str,
            "category_path": str,
            "title": str,
            "source": str,
            "published": str,
            "year": int,
            "visits": int,
            "attachment_count": int,
            "has_attachments": int,
            "status": str,
            "content_hash": str,
            "duplicate_of": int,
            "version": int,
            "first_seen": str,
            "last_seen": str,
            "last_changed": str,
            "last_fetched": str,
            "suspected_removed_at": str,
            "removed_at": str,
            "last_crawl": int,
            "extraction": str,
            "metadata": str,  # JSON: a disclosure CMS's label/value table (索引号, 发布机构, 文号…), in page order
            **WARC_REF,  # the latest capture of its first page
            # The table search box matches FTS rowids against this copy of id (metadata fts_pk). No index
            # starts with it, so SQLite answers `search_id in (matches)` by walking an index that ends with it
            # (published order, or the facet columns) instead of fetching and sorting every matching row:
            # with 90,000 of 100,000 articles matching, 15 ms instead of 600 (BENCHMARKS.md, search).
            "search_id": int,
            # long text last: every other column is read without walking overflow pages
            "body_text": str,
            "body_html": str,  # zlib-compressed (pack_html): read it with unpack_html, in SQL html_of()
            "attachments_text": str,
            "ocr_text": str,  # text recognized in its images and scanned attachments (ocr.py)
        },
        {"pk": "id"},
    ),
    "listings": (
        {"article_id": int, "school": str, "category_path": str, "list_url": str, "first_seen": str, "last_seen": str},
        {"pk": ("article_id", "school", "category_path")},
    ),
    "attachments": (
        {
            "article_id": int,
            "url": str,
            "name": str,
            "size": int,
            "sha256": str,
            "content_type": str,
            "file": str,
            "etag": str,
            "last_modified": str,
            "offsite": int,
            "error": str,
            "text": str,
            "text_error": str,
            **WARC_REF,
        },
        {"pk": ("article_id", "url")},
    ),
    # images in bodies: same-host ones fetched and kept once per sha256 in files/, off-host ones recorded only
    "images": (
        {
            "article_id": int,
            "url": str,
            "kind": str,  # body | thumbnail (the picture beside it in a list)
            "alt": str,
            "size": int,
            "sha256": str,
            "content_type": str,
            "file": str,
            "offsite": int,
            "error": str,
            **WARC_REF,
        },
        {"pk": ("article_id", "url")},
    ),
    # text recognized in an image (page 0) or a text-less PDF page (1, 2, ...), once per file content
    "ocr": (
        {"sha256": str, "page": int, "text": str, "error": str, "engine": str, "seconds": float, "recognized_at": str},
        {"pk": ("sha256", "page")},
    ),
    "article_versions": (
        {
            "article_id": int,
            "version": int,
            "crawl_id": int,
            "fetched_at": str,
            "content_hash": str,
            "title": str,
            "source": str,
            "published": str,
            "body_text": str,
            "body_html": str,
            "attachments": str,
            **WARC_REF,
        },
        {"pk": ("article_id", "version")},
    ),
    "visit_counts": (
        {"article_id": int, "crawl_id": int, "observed_at": str, "visits": int},
        {"pk": ("article_id", "crawl_id")},
    ),
    "removals": (
        {
            "id": int,
            "article_id": int,
            "crawl_id": int,
            "observed_at": str,
            "status": int,
            "final_url": str,
            "kind": str,
            "snippet": str,
            "confirmed": int,
            **WARC_REF,
        },
        {"pk": "id"},
    ),
    "fetch_errors": (
        {
            "id": int,
            "crawl_id": int,
            "url": str,
            "reason": str,
            "status": int,
            "time": str,
            "resolved": int,
            "kind": str,
            "page_kind": str,
            "article_id": int,
            "meta": str,
        },
        {"pk": "id"},
    ),
    "warnings": (
        {"id": int, "crawl_id": int, "url": str, "message": str, "time": str, "count": int},
        {"pk": "id"},
    ),
    "offsite_links": (
        {"from_url": str, "url": str, "first_seen": str, "crawl_id": int},
        {"pk": ("from_url", "url")},
    ),
    "frontier": (
        {"url": str, "kind": str, "crawl_id": int, "meta": str, "added": str},
        {"pk": "url"},
    ),
    "lists": (
        {"url": str, "school": str, "category_path": str, "total": int, "pages": int, "rows": int, "last_checked": str},
        {"pk": "url"},
    ),
    # facts about the archive itself: which portal it keeps (portal_url), whether it is a demo (demo)
    "archive_meta": (
        {"key": str, "value": str},
        {"pk": "key"},
    ),
}
FOREIGN_KEYS = {
    "listings": [("article_id", "articles", "id")],
    "attachments": [("article_id", "articles", "id")],
    "images": [("article_id", "articles", "id")],
    "article_versions": [("article_id", "articles", "id")],
    "visit_counts": [("article_id", "articles", "id")],
    "removals": [("article_id", "articles", "id")],  # so every evidence row links to its article
}
# archive/metadata.yml's facets, in the groups one pass counts together (datasette_plugin.ZhFacet): each group
# has an index that ends with search_id, so a search's facets are two scans of small indexes. One group of
# all five would name ~26,000 combinations on 100,000 articles and cost twice as much as two.
FACET_GROUPS = [["school", "category_path"], ["year", "has_attachments", "status"]]
INDEXES = {
    "articles": [
        ["url"],
        ["last_crawl"],
        ["category_path"],
        # search_id descending: read backwards for `order by published desc`, ties come in id order, which
        # is what Datasette's next-page links assume (its first page has no id tie-breaker).
        ["published", DescIndex("search_id")],
        *[[*group, "search_id"] for group in FACET_GROUPS],
        ["content_hash"],
        ["removed_at"],
        ["last_changed"],
        ["school", "removed_at"],  # the home page's per-school counts, from the index alone
        ["school", "published"],  # each school's latest disclosure: one step down this index
    ],
    "attachments": [["sha256"]],
    "images": [["sha256"]],
    "fetch_errors": [["crawl_id"], ["url"]],
    "listings": [["list_url"]],
    "removals": [["article_id"]],
}
# Times are stored with the offset of the machine that wrote them, so "this week" compares julianday() values;
# these indexes let the home page count by them without reading every row.
EXPRESSION_INDEXES = {
    "idx_articles_first_seen_jd": "articles(julianday(first_seen))",
    "idx_articles_gone_jd": "articles(julianday(coalesce(removed_at, suspected_removed_at)))",
    "idx_versions_changed": "article_versions(version, article_id)",
    "idx_versions_changed_jd": "article_versions(julianday(fetched_at), article_id) where version > 1",
}
VIEWS = {
    "latest_versions": """
        select v.article_id, v.version, v.fetched_at, v.title, a.school, a.url
        from article_versions v join articles a on a.id = v.article_id
        where v.version > 1 order by v.fetched_at desc""",
}
# Indexes a later one replaced: kept, they would mislead the planner.
SUPERSEDED_INDEXES = {
    # by (published, search_id desc): it would lead SQLite to fetch every row a search scans
    "idx_articles_published": "articles",
    "idx_articles_school": "articles",  # a prefix of (school, removed_at)
}


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


def get_meta(db, key):
    """A fact about the archive (``archive_meta``), or None."""
    if not db["archive_meta"].exists():
        return None
    rows = list(db.query("select value from archive_meta where key = ?", [key]))
    return rows[0]["value"] if rows else None


def archive_portal(db):
    """The portal an archive keeps: the address it recorded, else (an archive written before archives recorded
    it) the origin of an archived article's URL; None for an empty archive."""
    recorded = get_meta(db, "portal_url")
    if recorded is not None or not db["articles"].exists():
        return recorded
    row = db.execute("select url from articles where url is not null limit 1").fetchone()
    return origin(row[0]) + "/" if row else None


def set_meta(db, key, value):
    db["archive_meta"].upsert({"key": key, "value": value}, pk="key")


# Columns that hold URLs of the portal: rewritten when the portal moves to another address.
PORTAL_URL_COLUMNS = {
    "articles": ["url"],
    "listings": ["list_url"],
    "attachments": ["url"],
    "images": ["url"],
    "removals": ["final_url"],
    "fetch_errors": ["url"],
    "warnings": ["url"],
    "offsite_links": ["from_url"],
    "frontier": ["url"],
    "lists": ["url"],
}


def origin(url):
    """scheme://host[:port] of a URL, lower-cased."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def move_portal(db, new_url):
    """Rewrite the archive's portal URLs from the recorded portal's origin to ``new_url``'s; returns the number
    of values rewritten per table. The WARC records keep the addresses they were captured from."""
    old, new = origin(archive_portal(db) or ""), origin(new_url)
    changed = {}
    with db.atomic():
        for table, columns in PORTAL_URL_COLUMNS.items():
            if not db[table].exists():
                continue
            for col in columns:
                cur = db.execute(
                    f"update or replace [{table}] set [{col}] = ? || substr([{col}], ?) "
                    f"where substr([{col}], 1, ?) = ?",
                    [new, len(old) + 1, len(old) + 1, old + "/"],
                )
                if cur.rowcount:
                    changed[table] = changed.get(table, 0) + cur.rowcount
        set_meta(db, "portal_url", new_url)
    return changed


# ---- crawls -------------------------------------------------------------


def start_crawl(db, mode="full", pid=None, dirs=None):
    """A new crawl's row; ``dirs`` (an ArchiveDir) is recorded so later readers find its files and WARC."""
    row = {"started": now_iso(), "status": "running", "mode": mode, "pid": pid}
    if dirs is not None:
        row.update(files_dir=os.path.abspath(dirs.files), warc_dir=os.path.abspath(dirs.warc))
    with db.atomic():
        return db["crawls"].insert(row).last_pk


def finish_crawl(db, crawl_id, status, counts):
    with db.atomic():
        db["crawls"].update(crawl_id, {"finished": now_iso(), "status": status, **counts})


def coverage(db, crawl_id):
    """Share of the articles fetched by a crawl that have each field (None when it fetched none)."""
    row = db.execute(
        """select count(*), sum(coalesce(title, '') != ''), sum(published is not null),
                  sum(coalesce(source, '') != ''), sum(coalesce(body_text, '') != '' or attachment_count > 0)
           from articles where last_crawl = ?""",
        [crawl_id],
    ).fetchone()
    n = row[0] or 0
    shares = [round(v / n, 4) if n else None for v in row[1:]]
    return {"articles": n, **dict(zip(("title", "published", "source", "body"), shares))}


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


# ---- articles -----------------------------------------------------------


def attachment_key(att):
    """An attachment as content: its bytes (sha256); an off-site link, never fetched, by its link text (the
    school's words: a repost links the same file under another upload path); None for a same-host attachment
    whose bytes were never archived (pending: it counts once they arrive)."""
    if att.get("sha256"):
        return f"sha256:{att['sha256']}"
    return f"offsite:{plain(att.get('name')) or att.get('url')}" if att.get("offsite") else None


def plain(text):
    """Text as compared for a change: runs of whitespace (spaces, line breaks, U+3000, NBSP) made one space."""
    return " ".join((text or "").split()) or None


def content_hash(item):
    """What the school published, as compared for a change (not its date, compared beside it; see
    change_key): title, source and body text, whitespace-normalized, and the set of attachments by content
    (attachment_key: order, link text and URL of same-host files do not count). Markup, visit counts and
    fetch failures never change it."""
    attachments = sorted({k for k in map(attachment_key, item.get("attachments") or []) if k})
    key = [plain(item.get("title")), plain(item.get("source")), plain(item.get("body_text")), attachments]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode()).hexdigest()


def change_key(item):
    """Two states of an article are the same version when this is equal: content_hash and publish date."""
    return content_hash(item), item.get("published")


def _year(published):
    m = re.match(r"(\d{4})-", published or "")
    return int(m.group(1)) if m else None


def _attachments_summary(item):
    return json.dumps(
        [{"name": a.get("name"), "url": a.get("url"), "sha256": a.get("sha256")} for a in item.get("attachments", [])],
        ensure_ascii=False,
    )


def warc_ref(source):
    """The WARC columns of a dict that has them (a capture's ref, an item, a row), else all None."""
    source = source or {}
    return {k: source.get(k) for k in WARC_REF}


def pack_html(html):
    """Body HTML as stored: zlib at level 9, a quarter of its size. It is read only to show a page (and never
    searched: body_text is), so it need not be plain text; archives written before hold text, read as is."""
    return zlib.compress(html.encode("utf-8"), 9) if html else html


def unpack_html(value):
    if isinstance(value, bytes):
        return zlib.decompress(value).decode("utf-8")
    return value


def save_article(db, item, crawl_id, now=None):
    """Insert or update one article; returns 'new', 'changed' or 'unchanged'.

    A version is what the school published (change_key), never what this crawl managed to fetch: a part that
    failed this time (an attachment, an image, the visit counter) keeps its archived state, its failure is in
    ``fetch_errors`` and the article is fetched again on the next run. Bytes that arrive for an attachment the
    latest version already listed but never had complete that version in place: an arrival is not an edit."""
    now = now or now_iso()
    old = _get(db, "articles", item["id"])
    before = _stored_parts(db, "attachments", item["id"])
    _keep_failed_parts(item.get("attachments") or [], before)
    _keep_failed_parts(item.get("images") or [], _stored_parts(db, "images", item["id"]))
    _keep_list_date(item, old)
    _fill_attachment_text(db, item.get("attachments", []))
    chash = content_hash(item)
    row = {
        "id": item["id"], "search_id": item["id"], "url": item["url"], "school": item.get("school"), "category": item.get("category"),
        "category_path": item.get("category_path"), "title": item.get("title"), "source": item.get("source"),
        "published": item.get("published"), "year": _year(item.get("published")), "visits": item.get("visits"),
        "body_text": item.get("body_text"), "body_html": pack_html(item.get("body_html")),
        "attachment_count": len(item.get("attachments", [])), "has_attachments": int(bool(item.get("attachments"))),
        "attachments_text": "\n".join(a["text"] for a in item.get("attachments", []) if a.get("text")) or None,
        "status": "live", "content_hash": chash, "last_seen": now,
        "last_fetched": now, "suspected_removed_at": None, "removed_at": None, "last_crawl": crawl_id,
        "extraction": json.dumps(item.get("extraction") or {}, ensure_ascii=False, sort_keys=True),
        "metadata": json.dumps(item["metadata"], ensure_ascii=False) if item.get("metadata") else None,
        **warc_ref(item.get("warc")),
    }  # fmt: skip
    if row["visits"] is None and old:  # the counter failed or was not shown: the last count read stands
        row["visits"] = old.get("visits")
    completing = _pending_in_latest(db, old, before)
    status = _article_status(old, before, item, completing)
    if row["school"] is None:
        row["school"] = (old or {}).get("school") or _listed_school(db, item["id"], row["category_path"])
    if status == "new":
        row.update(first_seen=now, last_changed=now, version=1)
    elif status == "changed":
        row.update(last_changed=now, version=(old.get("version") or 1) + 1)
        _keep_version_text(db, old)
    else:
        row.update(version=old.get("version") or 1)
    if status != "unchanged":
        _save_version(db, row, crawl_id, now, _attachments_summary(item))
    elif any(a.get("sha256") for a in item.get("attachments", []) if a["url"] in completing):
        _complete_version(db, row, _attachments_summary(item))
    row["ocr_text"] = ocr_text_for(
        db, [f.get("sha256") for f in [*item.get("images", []), *item.get("attachments", [])]]
    )
    _upsert(db, "articles", row)
    _save_attachments(db, item)
    _save_images(db, item)
    if old and old.get("removed_at"):
        status = "restored" if status == "unchanged" else status
    if item.get("visits") is not None:
        _upsert(db, "visit_counts", {"article_id": item["id"], "crawl_id": crawl_id, "observed_at": now,
                                     "visits": item["visits"]})  # fmt: skip
    if old is None or any(old.get(c) != row[c] for c in search.COLUMNS):
        search.index_article(db, item["id"], old)
    db.execute("delete from frontier where url = ?", [item["url"]])
    return status


def ocr_text_for(db, sha256s):
    """Text recognized in these files (an article's images, then its attachments), in order; None if none."""
    texts = []
    for sha in dict.fromkeys(filter(None, sha256s)):
        texts += [r[0] for r in db.execute(
            "select text from ocr where sha256 = ? and coalesce(text, '') != '' order by page", [sha])]  # fmt: skip
    return "\n".join(texts) or None


def ocr_text_of(db, article_id):
    """The same, for an archived article (after its files were recognized)."""
    rows = db.execute(
        """select sha256 from (select sha256, 0 as kind, rowid as pos from images where article_id = :id
             union all select sha256, 1, rowid from attachments where article_id = :id) order by kind, pos""",
        {"id": article_id},
    ).fetchall()
    return ocr_text_for(db, [r[0] for r in rows])


def _fill_attachment_text(db, attachments):
    """Attachments reused without a download keep the text extracted when their bytes were stored."""
    for att in attachments:
        if "text" not in att and att.get("sha256"):
            row = db.execute(
                "select text, text_error from attachments where sha256 = ? and (text is not null or text_error is not null)"
                " limit 1",
                [att["sha256"]],
            ).fetchone()
            if row:
                att["text"], att["text_error"] = row


def _listed_school(db, article_id, category_path):
    rows = db.execute(
        "select school from listings where article_id = ? order by category_path = ? desc limit 1",
        [article_id, category_path],
    ).fetchall()
    return rows[0][0] if rows else None


# What an archived part keeps when fetching it again failed.
KEPT_PART = ("sha256", "size", "content_type", "file", "etag", "last_modified", "text", "text_error", "error",
             *WARC_REF)  # fmt: skip


def _stored_parts(db, table, article_id):
    """url -> archived row of an article's attachments or images."""
    cursor = db.execute(f"select * from [{table}] where article_id = ?", [article_id])
    names = [d[0] for d in cursor.description]
    return {row["url"]: row for row in (dict(zip(names, r)) for r in cursor.fetchall())}


def _keep_list_date(item, old):
    """A date read from the list row that linked here stands when the article is fetched again without that
    row (a revisit) and its page alone still shows no date: not knowing the row is not an edit."""
    layers = (item.get("extraction") or {}, json.loads((old or {}).get("extraction") or "{}"))
    if item.get("published") is None and layers[0].get("published") == "none" and layers[1].get("published") == "list":
        item["published"] = old.get("published")
        item["extraction"] = {**layers[0], "published": "list"}


def _keep_failed_parts(parts, stored):
    """A same-host part without bytes this time (its fetch failed) keeps the bytes and text archived before."""
    for part in parts:
        prev = stored.get(part.get("url")) or {}
        if prev.get("sha256") and not part.get("sha256") and not part.get("offsite"):
            part.update({k: prev[k] for k in KEPT_PART if k in prev})


def _pending_in_latest(db, old, before):
    """URLs of attachments the latest version lists whose bytes were never archived (their fetch failed)."""
    if old is None:
        return set()
    row = db.execute(
        "select attachments from article_versions where article_id = ? and version = ?",
        [old["id"], old.get("version") or 1],
    ).fetchone()
    listed = {a.get("url") for a in json.loads(row[0] or "[]")} if row else set()
    return {url for url, att in before.items() if url in listed and not att.get("sha256") and not att.get("offsite")}


def _article_status(old, before, item, completing):
    """Compared with what the archive holds (recomputed, so an archive hashed by an earlier rule is not
    all changed); attachments completing the latest version count as still pending."""
    if old is None:
        return "new"
    was = {**old, "attachments": list(before.values())}
    now = {**item, "attachments": [{**a, "sha256": None} if a.get("url") in completing else a
                                   for a in item.get("attachments") or []]}  # fmt: skip
    return "unchanged" if change_key(was) == change_key(now) else "changed"


def _complete_version(db, row, attachments):
    db.execute(
        "update article_versions set content_hash = ?, attachments = ? where article_id = ? and version = ?",
        [row["content_hash"], attachments, row["id"], row["version"]],
    )


def _save_version(db, row, crawl_id, now, attachments):
    """The latest version leaves its text to the article row (no second copy: versions_of reads it there);
    it gets its own copy when a newer version replaces the article's text (_keep_version_text)."""
    _upsert(db, "article_versions",
        {"article_id": row["id"], "version": row["version"], "crawl_id": crawl_id, "fetched_at": now,
         "content_hash": row["content_hash"], "title": row["title"], "source": row["source"],
         "published": row["published"], "body_text": None, "body_html": None,
         "attachments": attachments, **warc_ref(row)},
    )  # fmt: skip


def _keep_version_text(db, old):
    """Before an article's text is replaced, the version that had it takes its own copy."""
    db.execute(
        """update article_versions set body_text = ?, body_html = ?
           where article_id = ? and version = ? and body_text is null and body_html is null""",
        [old.get("body_text"), old.get("body_html"), old["id"], old.get("version") or 1],
    )


def _save_attachments(db, item):
    urls = [a["url"] for a in item.get("attachments", [])]
    db.execute(
        f"delete from attachments where article_id = ? and url not in ({','.join('?' * len(urls))})",
        [item["id"], *urls],
    )
    for att in item.get("attachments", []):
        old = _get(db, "attachments", (item["id"], att["url"])) or {}
        same_file = old.get("sha256") == att.get("sha256")
        _upsert(db, "attachments",
            {"article_id": item["id"], "url": att["url"], "name": att.get("name"), "size": att.get("size"),
             "sha256": att.get("sha256"), "content_type": att.get("content_type"), "file": att.get("file"),
             "etag": att.get("etag"), "last_modified": att.get("last_modified"),
             "offsite": int(bool(att.get("offsite"))), "error": att.get("error"),
             "text": att.get("text", old.get("text") if same_file else None),
             "text_error": att.get("text_error", old.get("text_error") if same_file else None),
             **warc_ref(att if att.get("warc_file") else old if same_file else None)},
        )  # fmt: skip


def _save_images(db, item):
    images = item.get("images") or []
    urls = [i["url"] for i in images]
    # an article fetched without its list row (a revisit) keeps the thumbnail it was listed with
    listed = any(i.get("kind") == "thumbnail" for i in images)
    db.execute(
        f"delete from images where article_id = ? and url not in ({','.join('?' * len(urls))})"
        " and (coalesce(kind, 'body') != 'thumbnail' or ?)",
        [item["id"], *urls, int(listed)],
    )
    for img in images:
        _upsert(db, "images",
            {"article_id": item["id"], "url": img["url"], "kind": img.get("kind") or "body", "alt": img.get("alt"),
             "size": img.get("size"),
             "sha256": img.get("sha256"), "content_type": img.get("content_type"), "file": img.get("file"),
             "offsite": int(bool(img.get("offsite"))), "error": img.get("error"), **warc_ref(img)},
        )  # fmt: skip


PKS = {name: opts["pk"] for name, (_, opts) in TABLES.items()}


def _pk_cols(table):
    pk = PKS[table]
    return (pk,) if isinstance(pk, str) else pk


def _get(db, table, pk):
    cols = _pk_cols(table)
    values = pk if isinstance(pk, tuple | list) else (pk,)
    where = " and ".join(f"[{c}] = ?" for c in cols)
    cursor = db.execute(f"select * from [{table}] where {where}", list(values))
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row)) if row else None


@lru_cache(maxsize=256)
def _upsert_sql(table, columns):
    cols = ", ".join(f"[{c}]" for c in columns)
    keys = _pk_cols(table)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c not in keys)
    conflict = f"do update set {updates}" if updates else "do nothing"
    return f"insert into [{table}] ({cols}) values ({', '.join('?' * len(columns))}) on conflict ({', '.join(keys)}) {conflict}"


def _upsert(db, table, row):
    """Insert or update by primary key; plain SQL, since this runs for every item of every crawl."""
    columns = tuple(row)
    db.execute(_upsert_sql(table, columns), [row[c] for c in columns])


def save_listing(db, listing, now=None):
    now = now or now_iso()
    key = (listing["article_id"], listing["school"], listing["category_path"])
    old = _get(db, "listings", key)
    _upsert(db, "listings",
        {"article_id": key[0], "school": key[1], "category_path": key[2], "list_url": listing.get("list_url"),
         "first_seen": old["first_seen"] if old else now, "last_seen": now},
    )  # fmt: skip
    if key[1] is not None:
        db.execute("update articles set school = ? where id = ? and school is null", [key[1], key[0]])


def save_list_page(db, page, now=None):
    db["lists"].upsert(
        {"url": page["url"], "school": page["school"], "category_path": page["category_path"],
         "total": page.get("total"), "pages": page.get("pages"), "rows": page.get("rows"),
         "last_checked": now or now_iso()},
        pk="url",
    )  # fmt: skip


def save_frontier(db, entry, crawl_id, now=None):
    """An article found in a list but not yet archived: survives a killed crawl."""
    done = db.execute(
        "select 1 from articles where url = ? and last_fetched >= (select started from crawls where id = ?)",
        [entry["url"], crawl_id],
    ).fetchone()
    if done:
        return
    db["frontier"].upsert(
        {"url": entry["url"], "kind": "article", "crawl_id": crawl_id, "meta": json.dumps(entry.get("meta") or {}),
         "added": now or now_iso()},
        pk="url",
    )  # fmt: skip


def save_fetch_error(db, error, crawl_id, now=None):
    if error.get("kind") == "dead":
        db.execute("delete from frontier where url = ?", [error["url"]])  # found, and known not to exist
    db["fetch_errors"].insert(
        {
            "crawl_id": crawl_id,
            "url": error["url"],
            "reason": error["reason"],
            "status": error.get("status"),
            "time": now or now_iso(),
            "resolved": 0,
            "kind": error.get("kind") or "error",
            "page_kind": error.get("page_kind"),
            "article_id": error.get("article_id"),
            "meta": json.dumps(error["meta"], ensure_ascii=False) if error.get("meta") else None,
        }
    )


def save_warning(db, warning, crawl_id, now=None):
    """One row per warning of a page in a crawl: the same warning again (each page of a long article, a
    retried list) counts on that row instead of repeating it."""
    key = [crawl_id, warning["url"], warning["message"]]
    seen = db.execute("update warnings set count = coalesce(count, 1) + 1 where crawl_id = ? and url = ? and"
                      " message = ?", key).rowcount  # fmt: skip
    if not seen:
        db["warnings"].insert({"crawl_id": crawl_id, "url": warning["url"], "message": warning["message"],
                               "time": now or now_iso(), "count": 1})  # fmt: skip


def save_removal(db, removal, crawl_id, now=None):
    """Record takedown evidence; the second sighting in a later crawl confirms it.

    Returns 'suspected', 'removed', 'already' or None (an article never archived).
    """
    now = now or now_iso()
    db.execute("delete from frontier where url = ?", [removal["url"]])
    old = _get(db, "articles", removal["article_id"])
    if old is None:
        return None
    since = old.get("suspected_removed_at")
    earlier = (
        since
        and db.execute(
            "select count(*) from removals where article_id = ? and crawl_id != ? and observed_at >= ?",
            [old["id"], crawl_id, since],
        ).fetchone()[0]
    )
    confirm = bool(earlier)
    db["removals"].insert(
        {"article_id": old["id"], "crawl_id": crawl_id, "observed_at": now, "status": removal.get("status"),
         "final_url": removal.get("final_url"), "kind": removal["kind"], "snippet": removal.get("snippet"),
         "confirmed": int(confirm), **warc_ref(removal.get("warc"))}
    )  # fmt: skip
    if old.get("removed_at"):
        return "already"
    if confirm:
        db["articles"].update(old["id"], {"removed_at": now, "status": "removed"})
        return "removed"
    db["articles"].update(
        old["id"], {"suspected_removed_at": old.get("suspected_removed_at") or now, "status": "suspected"}
    )
    return "suspected"


def save_offsite_link(db, link, crawl_id, now=None):
    db["offsite_links"].insert(
        {"from_url": link["from_url"], "url": link["url"], "first_seen": now or now_iso(), "crawl_id": crawl_id},
        pk=("from_url", "url"), ignore=True,
    )  # fmt: skip


def resolve_fetch_errors(db, urls):
    """Errors of URLs fetched successfully since are marked resolved."""
    for url in urls:
        db.execute("update fetch_errors set resolved = 1 where url = ? and resolved = 0", [url])


def resolve_duplicates(db, hashes=None):
    """The later of two articles with the same content points at the earliest (lowest id)."""
    where = ""
    params = []
    if hashes is not None:
        hashes = list(hashes)
        if not hashes:
            return
        where = f"where content_hash in ({','.join('?' * len(hashes))})"
        params = hashes
    db.execute(
        f"""update articles set duplicate_of = (
              select min(b.id) from articles b where b.content_hash = articles.content_hash and b.id < articles.id)
            {where}""",
        params,
    )


# ---- attachment files: files.py owns the layout ------------------------------------------------

# ---- reading versions -------------------------------------------------------------------------

VERSION_TEXT = ("title", "source", "published", "body_text", "body_html", "attachments")


def versions_of(conn, article_id):
    """Every version of an article, oldest first, each whole: the latest version's row may leave its text
    null, since the article row holds the same text (an older version's null text stays null)."""
    cursor = conn.execute("select * from article_versions where article_id = ? order by version", [article_id])
    names = [d[0] for d in cursor.description]
    versions = [dict(zip(names, r)) for r in cursor.fetchall()]
    latest = versions[-1] if versions else None
    if latest is not None and latest["body_text"] is None and latest["body_html"] is None:
        row = conn.execute("select version, body_text, body_html from articles where id = ?", [article_id]).fetchone()
        if row is not None and row[0] == latest["version"]:
            latest["body_text"], latest["body_html"] = row[1], row[2]
    for v in versions:
        v["body_html"] = unpack_html(v["body_html"])
    return versions
