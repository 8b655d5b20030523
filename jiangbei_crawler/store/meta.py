"""Facts about the archive itself (``archive_meta``): which portal it keeps, whether it is a demo; and moving
it to the portal's new address."""

from urllib.parse import urlsplit

from .db import upsert_row


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
    upsert_row(db, "archive_meta", {"key": key, "value": value})


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
    "templates": ["example_url"],
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
