"""Archive pipeline alone: batched transactions vs one commit per item; archive size."""

import os
import sqlite3
import tempfile
import zlib

import sqlite_utils

from jiangbei_crawler import store as storage

from .common import build_archive, items_from_replica, timed


def naive_per_item_commit(path, items):
    """What a first pipeline does: default journal, the same save_article, a commit after every item."""
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    storage.ensure_db_shape(db)
    crawl_id = storage.start_crawl(db, "bench")
    for item in items:
        with db.atomic():
            storage.save_article(db, item, crawl_id)
            storage.resolve_duplicates(db, {storage.content_hash(item)})
    db.close()


def compressibility(path):
    conn = sqlite3.connect(path)
    raw = comp = 0
    for body_html, body_text in conn.execute("select body_html, body_text from article_versions"):
        blob = ((body_html or "") + (body_text or "")).encode()
        raw += len(blob)
        comp += len(zlib.compress(blob, 6))
    conn.close()
    return raw, comp


def run(n_items=100_000, n_naive=5_000):
    items = list(items_from_replica("large", articles=n_items))
    with tempfile.TemporaryDirectory() as tmp:
        batched_s, _ = timed(build_archive, os.path.join(tmp, "batched.db"), items)
        naive_s, _ = timed(naive_per_item_commit, os.path.join(tmp, "naive.db"), items[:n_naive])
        size = os.path.getsize(os.path.join(tmp, "batched.db"))
        raw, comp = compressibility(os.path.join(tmp, "batched.db"))
        batched_rate, naive_rate = len(items) / batched_s, n_naive / naive_s
    return {
        "items": len(items),
        "batched_seconds": round(batched_s, 1),
        "batched_items_per_s": round(batched_rate),
        "naive_items": n_naive,
        "naive_seconds": round(naive_s, 1),
        "naive_items_per_s": round(naive_rate, 1),
        "speedup": round(batched_rate / naive_rate, 1),
        "archive_bytes": size,
        "bytes_per_1000_articles": round(size / len(items) * 1000),
        "versions_text_bytes": raw,
        "versions_text_zlib_bytes": comp,
    }
