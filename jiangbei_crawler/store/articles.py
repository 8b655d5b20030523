"""Saving an article: its row, attachments, images, versions (versions.py), visit counts and search index, and
the duplicates among articles. A version is what the school published, never what one crawl managed to fetch.
"""

import json
import re

from . import search
from .db import get_row, now_iso, upsert_row, warc_ref
from .tables import WARC_REF
from .takedowns import LIVE, reappeared
from .versions import (
    article_status,
    attachments_summary,
    complete_version,
    content_hash,
    keep_version_text,
    pack_html,
    pending_in_latest,
    save_version,
)


def save_article(db, item, crawl_id, now=None):
    """Insert or update one article; returns 'new', 'changed', 'unchanged' or 'restored' (takedowns.py).

    A version is what the school published (change_key), never what this crawl managed to fetch: a part that
    failed this time (an attachment, an image, the visit counter) keeps its archived state, its failure is in
    ``fetch_errors`` and the article is fetched again on the next run. Bytes that arrive for an attachment the
    latest version already listed but never had complete that version in place: an arrival is not an edit."""
    now = now or now_iso()
    old = get_row(db, "articles", item["id"])
    before = _stored_parts(db, "attachments", item["id"])
    _keep_failed_parts(item.get("attachments") or [], before)
    _keep_failed_parts(item.get("images") or [], _stored_parts(db, "images", item["id"]))
    _keep_list_date(item, old)
    _fill_attachment_text(db, item.get("attachments", []))
    row = _article_row(item, crawl_id, now)
    if row["visits"] is None and old:  # the counter failed or was not shown: the last count read stands
        row["visits"] = old.get("visits")
    completing = pending_in_latest(db, old, before)
    status = article_status(old, before, item, completing)
    if row["category_path"] is None:  # first found in a box of the newest items: the column that lists it
        row["category_path"] = (old or {}).get("category_path") or _listed(db, item["id"], "category_path")
        row["category"] = row["category"] or category_of(row["category_path"])
    if row["school"] is None:
        row["school"] = (old or {}).get("school") or _listed_school(db, item["id"], row["category_path"])
    _save_versions(db, row, old, status, item, crawl_id, now, completing)
    row["ocr_text"] = ocr_text_for(
        db, [f.get("sha256") for f in [*item.get("images", []), *item.get("attachments", [])]]
    )
    upsert_row(db, "articles", row)
    if old and old.get("content_hash") not in (None, row["content_hash"]):
        # the articles that were its duplicates point elsewhere now (the caller resolves the new content only)
        resolve_duplicates(db, [old["content_hash"]])
    _save_attachments(db, item)
    _save_images(db, item)
    status = reappeared(old, status)
    if item.get("visits") is not None:
        upsert_row(db, "visit_counts", {"article_id": item["id"], "crawl_id": crawl_id, "observed_at": now,
                                        "visits": item["visits"]})  # fmt: skip
    if old is None or any(old.get(c) != row[c] for c in search.COLUMNS):
        search.index_article(db, item["id"], old)
    db.execute("delete from frontier where url = ?", [item["url"]])
    return status


def _article_row(item, crawl_id, now):
    """The article row as this fetch shows it (before what the archive held fills its gaps)."""
    return {
        "id": item["id"], "search_id": item["id"], "url": item["url"], "school": item.get("school"),
        "category": item.get("category"), "category_path": item.get("category_path"), "title": item.get("title"),
        "source": item.get("source"), "published": item.get("published"), "year": _year(item.get("published")),
        "visits": item.get("visits"), "body_text": item.get("body_text"),
        "body_html": pack_html(item.get("body_html")), "attachment_count": len(item.get("attachments", [])),
        "has_attachments": int(bool(item.get("attachments"))),
        "attachments_text": "\n".join(a["text"] for a in item.get("attachments", []) if a.get("text")) or None,
        **LIVE, "content_hash": content_hash(item), "last_seen": now, "last_fetched": now, "last_crawl": crawl_id,
        "extraction": json.dumps(item.get("extraction") or {}, ensure_ascii=False, sort_keys=True),
        "metadata": json.dumps(item["metadata"], ensure_ascii=False) if item.get("metadata") else None,
        **warc_ref(item.get("warc")),
    }  # fmt: skip


def _save_versions(db, row, old, status, item, crawl_id, now, completing):
    """The article's version number, times and version row by its status: a new or changed article is a new
    version; an unchanged one completes its latest version when attachments it lacked arrive."""
    if status == "new":
        row.update(first_seen=now, last_changed=now, version=1)
    elif status == "changed":
        row.update(last_changed=now, version=(old.get("version") or 1) + 1)
        keep_version_text(db, old)
    else:
        row.update(version=old.get("version") or 1)
    if status != "unchanged":
        save_version(db, row, crawl_id, now, attachments_summary(item))
    elif any(a.get("sha256") for a in item.get("attachments", []) if a["url"] in completing):
        complete_version(db, row, attachments_summary(item))


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


def category_of(path):
    """The category a path ends with (学校 > 信息公开 > 收费: 收费), as the crawl names it."""
    return path.rsplit(">", 1)[-1].rsplit("/", 1)[-1].strip() if path else None


def _listed(db, article_id, column):
    rows = db.execute(
        f"select [{column}] from listings where article_id = ? and [{column}] is not null order by first_seen limit 1",
        [article_id],
    ).fetchall()
    return rows[0][0] if rows else None


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


def _save_attachments(db, item):
    urls = [a["url"] for a in item.get("attachments", [])]
    db.execute(
        f"delete from attachments where article_id = ? and url not in ({','.join('?' * len(urls))})",
        [item["id"], *urls],
    )
    for att in item.get("attachments", []):
        old = get_row(db, "attachments", (item["id"], att["url"])) or {}
        same_file = old.get("sha256") == att.get("sha256")
        upsert_row(db, "attachments",
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
        upsert_row(db, "images",
            {"article_id": item["id"], "url": img["url"], "kind": img.get("kind") or "body", "alt": img.get("alt"),
             "size": img.get("size"),
             "sha256": img.get("sha256"), "content_type": img.get("content_type"), "file": img.get("file"),
             "offsite": int(bool(img.get("offsite"))), "error": img.get("error"), **warc_ref(img)},
        )  # fmt: skip


def _year(published):
    m = re.match(r"(\d{4})-", published or "")
    return int(m.group(1)) if m else None


def resolve_duplicates(db, hashes=None):
    """The later of two articles with the same content points at the earliest (lowest id). One statement over
    every article of these contents, computed in SQL: not a row's values (db.py)."""
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
