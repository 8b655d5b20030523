"""What a version of an article is, and its rows. A version is what the school published (``change_key``):
title, source, body text and the attachments by content, and the publish date; a new one is a row of
``article_versions``. The latest version's text lives on the article row alone until a newer one replaces it.
"""

import hashlib
import json
import zlib

from .db import update_row, upsert_row, warc_ref


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


def pack_html(html):
    """Body HTML as stored: zlib at level 9, a quarter of its size. It is read only to show a page (and never
    searched: body_text is), so it need not be plain text; archives written before hold text, read as is."""
    return zlib.compress(html.encode("utf-8"), 9) if html else html


def unpack_html(value):
    if isinstance(value, bytes):
        return zlib.decompress(value).decode("utf-8")
    return value


def attachments_summary(item):
    """What ``article_versions.attachments`` lists of each attachment."""
    return json.dumps(
        [{"name": a.get("name"), "url": a.get("url"), "sha256": a.get("sha256")} for a in item.get("attachments", [])],
        ensure_ascii=False,
    )


def pending_in_latest(db, old, before):
    """URLs of attachments the latest version lists whose bytes were never archived (their fetch failed)."""
    if old is None:
        return set()
    row = db.execute(
        "select attachments from article_versions where article_id = ? and version = ?",
        [old["id"], old.get("version") or 1],
    ).fetchone()
    listed = {a.get("url") for a in json.loads(row[0] or "[]")} if row else set()
    return {url for url, att in before.items() if url in listed and not att.get("sha256") and not att.get("offsite")}


def article_status(old, before, item, completing):
    """Compared with what the archive holds (recomputed, so an archive hashed by an earlier rule is not
    all changed); attachments completing the latest version count as still pending."""
    if old is None:
        return "new"
    was = {**old, "attachments": list(before.values())}
    now = {**item, "attachments": [{**a, "sha256": None} if a.get("url") in completing else a
                                   for a in item.get("attachments") or []]}  # fmt: skip
    return "unchanged" if change_key(was) == change_key(now) else "changed"


def complete_version(db, row, attachments):
    """Attachments that arrive for the latest version complete it in place: an arrival is not an edit."""
    update_row(db, "article_versions", (row["id"], row["version"]),
               {"content_hash": row["content_hash"], "attachments": attachments})  # fmt: skip


def save_version(db, row, crawl_id, now, attachments):
    """The latest version leaves its text to the article row (no second copy: versions_of reads it there);
    it gets its own copy when a newer version replaces the article's text (keep_version_text)."""
    upsert_row(db, "article_versions",
        {"article_id": row["id"], "version": row["version"], "crawl_id": crawl_id, "fetched_at": now,
         "content_hash": row["content_hash"], "title": row["title"], "source": row["source"],
         "published": row["published"], "body_text": None, "body_html": None,
         "attachments": attachments, **warc_ref(row)},
    )  # fmt: skip


def keep_version_text(db, old):
    """Before an article's text is replaced, the version that had it takes its own copy (only if it has none:
    a condition, not a row's values, so plain SQL; see db.py)."""
    db.execute(
        """update article_versions set body_text = ?, body_html = ?
           where article_id = ? and version = ? and body_text is null and body_html is null""",
        [old.get("body_text"), old.get("body_html"), old["id"], old.get("version") or 1],
    )


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
