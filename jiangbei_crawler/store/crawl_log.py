"""What a crawl records besides articles: its own row, the lists it read and where each article was listed,
the articles it has still to fetch (the frontier), its fetch errors, warnings and off-site links."""

import json
import os
import sqlite3

from .articles import category_of
from .db import get_row, insert_row, now_iso, update_row, upsert_row


def start_crawl(db, mode="full", pid=None, dirs=None, now=None):
    """A new crawl's row; ``dirs`` (an ArchiveDir) is recorded so later readers find its files and WARC."""
    row = {"started": now or now_iso(), "status": "running", "mode": mode, "pid": pid}
    if dirs is not None:
        row.update(files_dir=os.path.abspath(dirs.files), warc_dir=os.path.abspath(dirs.warc))
    with db.atomic():
        return insert_row(db, "crawls", row)


def finish_crawl(db, crawl_id, status, counts, now=None):
    """The crawl's end. On a full disk the write-ahead log is often what filled it: the end is recorded after
    a checkpoint has moved the log into the database and given its space back, so the next run reads why this
    one stopped instead of a crawl still ``running``."""
    row = {"finished": now or now_iso(), "status": status, **counts}
    try:
        with db.atomic():
            update_row(db, "crawls", crawl_id, row)
    except sqlite3.OperationalError:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with db.atomic():
            update_row(db, "crawls", crawl_id, row)


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


def save_listing(db, listing, now=None):
    """An article seen in a school's list under a category: first and last seen. The school and the category it
    was listed by fill the article's when its page named none (it was first found in a box of newest items)."""
    now = now or now_iso()
    key = (listing["article_id"], listing["school"], listing["category_path"])
    old = get_row(db, "listings", key)
    upsert_row(db, "listings",
        {"article_id": key[0], "school": key[1], "category_path": key[2], "list_url": listing.get("list_url"),
         "first_seen": old["first_seen"] if old else now, "last_seen": now},
    )  # fmt: skip
    if key[1] is not None:  # only where the article has none: a condition, not a row's values (db.py)
        db.execute("update articles set school = ? where id = ? and school is null", [key[1], key[0]])
    if key[2] is not None:
        db.execute("update articles set category_path = ?, category = coalesce(category, ?) where id = ? and "
                   "category_path is null", [key[2], category_of(key[2]), key[0]])  # fmt: skip


def save_list_page(db, page, now=None):
    upsert_row(db, "lists",
        {"url": page["url"], "school": page["school"], "category_path": page["category_path"],
         "total": page.get("total"), "pages": page.get("pages"), "rows": page.get("rows"),
         "last_checked": now or now_iso()},
    )  # fmt: skip


def save_frontier(db, entry, crawl_id, now=None):
    """An article found in a list but not yet archived: survives a killed crawl."""
    done = db.execute(
        "select 1 from articles where url = ? and last_fetched >= (select started from crawls where id = ?)",
        [entry["url"], crawl_id],
    ).fetchone()
    if done:
        return
    upsert_row(db, "frontier",
        {"url": entry["url"], "kind": "article", "crawl_id": crawl_id, "meta": json.dumps(entry.get("meta") or {}),
         "added": now or now_iso()},
    )  # fmt: skip


def save_fetch_error(db, error, crawl_id, now=None):
    if error.get("kind") == "dead":
        db.execute("delete from frontier where url = ?", [error["url"]])  # found, and known not to exist
    insert_row(db, "fetch_errors",
        {"crawl_id": crawl_id, "url": error["url"], "reason": error["reason"], "status": error.get("status"),
         "time": now or now_iso(), "resolved": 0, "kind": error.get("kind") or "error",
         "page_kind": error.get("page_kind"), "article_id": error.get("article_id"),
         "meta": json.dumps(error["meta"], ensure_ascii=False) if error.get("meta") else None},
    )  # fmt: skip


def save_warning(db, warning, crawl_id, now=None):
    """One row per warning of a page in a crawl: the same warning again (each page of a long article, a
    retried list) counts on that row instead of repeating it."""
    key = [crawl_id, warning["url"], warning["message"]]
    # one more on the row if there is one: an expression, not a row's values (db.py)
    seen = db.execute("update warnings set count = coalesce(count, 1) + 1 where crawl_id = ? and url = ? and"
                      " message = ?", key).rowcount  # fmt: skip
    if not seen:
        insert_row(db, "warnings", {"crawl_id": crawl_id, "url": warning["url"], "message": warning["message"],
                                    "time": now or now_iso(), "count": 1})  # fmt: skip


def save_offsite_link(db, link, crawl_id, now=None):
    """A link off the portal, once per page and target: the first sighting stands."""
    insert_row(db, "offsite_links",
        {"from_url": link["from_url"], "url": link["url"], "first_seen": now or now_iso(), "crawl_id": crawl_id},
        ignore=True,
    )  # fmt: skip


def resolve_fetch_errors(db, urls):
    """Errors of URLs fetched successfully since are marked resolved."""
    for url in urls:
        db.execute("update fetch_errors set resolved = 1 where url = ? and resolved = 0", [url])
