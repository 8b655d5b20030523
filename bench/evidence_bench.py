"""Evidence capture: what WARC costs (crawl time with and without, bytes), archive size per 1,000 articles,
OCR time and character error rate, legacy .doc text accuracy.

The crawls with and without WARC run side by side in one run, alternating, on the same replica.
"""

import os
import shutil
import sqlite3
import subprocess
import tempfile
import time

from jiangbei_crawler import store as storage
from jiangbei_crawler.documents import ocr
from jiangbei_crawler.documents.attachment_text import extract_text
from jiangbei_crawler.replica import Options, Portal
from jiangbei_crawler.replica.model import image_lines, scan_lines
from jiangbei_crawler.store import search

from .crawl_bench import ROOT, Replica, crawl

FIXTURE = os.path.join(ROOT, "tests", "fixtures", "legacy", "fee-notice.doc")
SOURCE = os.path.join(ROOT, "tests", "fixtures", "legacy", "fee-notice.source.html")


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(expected, got):
    """Character error rate, whitespace ignored (OCR cannot see it)."""
    e, g = "".join(expected.split()), "".join((got or "").split())
    return levenshtein(e, g) / max(1, len(e))


def without_largest(db_path):
    """MB per 1,000 articles once the replica's one 3-million-character article (a quirk every size has) is
    deleted, with its index entries, from a copy: what an archive of ordinary articles costs."""
    copy = db_path + ".copy"
    shutil.copy(db_path, copy)
    db = storage.open_db(copy)
    aid = db.execute("select id from articles order by length(body_text) desc limit 1").fetchone()[0]
    with storage.write_transaction(db):
        old = storage.get_row(db, "articles", aid)
        for table in ("article_versions", "attachments", "images", "listings", "visit_counts", "removals"):
            db.execute(f"delete from {table} where article_id = ?", [aid])
        db.execute("delete from articles where id = ?", [aid])
        search.index_article(db, aid, old)  # takes the old entries out; the row is gone, so none go back
    db.execute(f"insert into {search.FTS_TABLE}({search.FTS_TABLE}) values('optimize')")
    db.execute("vacuum")
    n = db.execute("select count(*) from articles").fetchone()[0]
    db.close()
    size = os.path.getsize(copy)
    os.remove(copy)
    return round(size / n * 1000 / 2**20, 2)


def size_breakdown(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"insert into {search.FTS_TABLE}({search.FTS_TABLE}) values('optimize')")
    conn.commit()
    conn.execute("vacuum")
    rows = conn.execute("select name, sum(pgsize) from dbstat group by name order by 2 desc").fetchall()
    n = conn.execute("select count(*) from articles").fetchone()[0]
    huge = conn.execute("select coalesce(max(length(body_text)), 0) from articles").fetchone()[0]
    conn.close()
    total = os.path.getsize(db_path)
    groups = {"articles": 0, "search index": 0, "versions": 0, "attachments, images, OCR": 0, "other": 0}
    for name, size in rows:
        key = ("search index" if name.startswith("articles_fts") else "versions" if "article_versions" in name
               else "attachments, images, OCR" if any(t in name for t in ("attachments", "images", "ocr"))
               else "articles" if "articles" in name else "other")  # fmt: skip
        groups[key] += size
    return {"articles": n, "bytes": total, "mb_per_1000": round(total / n * 1000 / 2**20, 2),
            "largest_body_chars": huge, "share": {k: round(v / total, 3) for k, v in groups.items()}}  # fmt: skip


def dir_bytes(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def crawl_pair(size, tmp, rounds=2):
    """Crawls with and without WARC, alternating; the last archive with WARC is kept for the rest."""
    timings = {"warc": [], "no_warc": []}
    replica = Replica("--size", size)
    try:
        for r in range(rounds):
            for kind in ("warc", "no_warc"):
                path = os.path.join(tmp, f"{kind}{r}", "disclosure.db")
                extra = ["-s", "WARC_ENABLED=0"] if kind == "no_warc" else []
                timings[kind].append(crawl(replica.url, path, "-s", "OCR_BUDGET=0", *extra))
    finally:
        replica.close()
    keep = os.path.join(tmp, f"warc{rounds - 1}")
    return timings, keep


def ocr_accuracy(db_path, size):
    """CER of every recognized replica image and scanned page against the text the replica drew."""
    portal = Portal(Options.build(1, size))
    conn = sqlite3.connect(db_path)
    expected = {}
    for aid, sha in conn.execute("select article_id, sha256 from images where sha256 is not null"):
        if portal.exists(aid) and aid in portal.live:
            expected[sha] = "".join(image_lines(portal.article(aid)))
    seeds = {}
    for aid in portal.live:
        for att in portal.article(aid).attachments:
            if att.ext == "pdf" and not att.offsite:
                seeds[att.sha256()] = att.content_seed
    for (sha,) in conn.execute("select sha256 from attachments where sha256 is not null"):
        if sha in seeds and sha not in expected:
            expected[sha] = "".join(scan_lines(seeds[sha]))
    rates, chars = [], 0
    for sha, text in expected.items():
        got = conn.execute("select group_concat(text, '') from ocr where sha256 = ?", [sha]).fetchone()[0]
        if got is None:
            continue  # a PDF with a text layer: not OCR's
        rates.append((cer(text, got), len("".join(text.split()))))
        chars += rates[-1][1]
    conn.close()
    weighted = sum(r * n for r, n in rates) / max(1, chars)
    return {"files": len(rates), "characters": chars, "cer": round(weighted, 4),
            "files_exact": sum(1 for r, _ in rates if r == 0)}  # fmt: skip


def legacy_doc():
    """The committed .doc made by LibreOffice from a Chinese HTML page: our reader, and catdoc if installed."""
    from lxml import html

    root = html.fromstring(open(SOURCE, encoding="utf-8").read())
    expected = "".join(root.body.text_content().split())
    data = open(FIXTURE, "rb").read()
    text, error = extract_text(data)
    out = {"ours": {"cer": round(cer(expected, text), 4), "error": error}}
    if shutil.which("catdoc"):
        got = subprocess.run(["catdoc", "-w", "-d", "utf-8", FIXTURE], capture_output=True, text=True).stdout
        out["catdoc"] = {"cer": round(cer(expected, got), 4)}
    if shutil.which("antiword"):
        got = subprocess.run(["antiword", "-m", "UTF-8.txt", FIXTURE], capture_output=True, text=True).stdout
        out["antiword"] = {"cer": round(cer(expected, got), 4)}
    return out


def warc_of_crawl(warc_dir, crawl_id):
    """Bytes and record types of one crawl's WARC files."""
    from collections import Counter

    from warcio.archiveiterator import ArchiveIterator

    names = [n for n in os.listdir(warc_dir) if n.startswith(f"jiangbei-{crawl_id:06d}-")]
    kinds = Counter()
    for name in names:
        with open(os.path.join(warc_dir, name), "rb") as fh:
            kinds.update(r.rec_type for r in ArchiveIterator(fh))
    return {"bytes": sum(os.path.getsize(os.path.join(warc_dir, n)) for n in names), "records": dict(kinds)}


def revisit_bytes(size="small"):
    """WARC bytes of repeat crawls of an unchanged replica, with every response in full (WARC_REVISITS=0, as
    before revisit records) and with revisit records: a full first crawl, then a nightly crawl (the default
    incremental plan) and a crawl that fetches every article again. Both archives crawl the same replica,
    alternating, in one run."""
    out = {}
    replica = Replica("--size", size)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            runs = {"full_responses": "0", "revisits": "1"}
            paths = {k: os.path.join(tmp, k, "disclosure.db") for k in runs}
            steps = (("first", ["-a", "mode=full"]), ("nightly", []), ("every_article", ["-s", "REVISIT_ROTATION=1"]))
            for crawl_id, (step, extra) in enumerate(steps, 1):
                for kind, flag in runs.items():
                    crawl(replica.url, paths[kind], "-s", f"WARC_REVISITS={flag}", "-s", "OCR_BUDGET=0", *extra)
                    warcs = os.path.join(os.path.dirname(paths[kind]), "warc")
                    out.setdefault(step, {})[kind] = warc_of_crawl(warcs, crawl_id)
    finally:
        replica.close()
    for step in out.values():
        step["bytes_ratio"] = round(step["revisits"]["bytes"] / step["full_responses"]["bytes"], 3)
    return out


def run(size="small"):
    with tempfile.TemporaryDirectory() as tmp:
        timings, keep = crawl_pair(size, tmp)
        db = os.path.join(keep, "disclosure.db")
        n = sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0]
        t0 = time.monotonic()
        counts = ocr.run(storage.open_db(db), os.path.join(keep, "files"), budget=3600)
        ocr_s = time.monotonic() - t0
        with_warc = min(t["seconds"] for t in timings["warc"])
        without = min(t["seconds"] for t in timings["no_warc"])
        result = {
            "replica": size,
            "articles": n,
            "crawl_seconds_with_warc": with_warc,
            "crawl_seconds_without_warc": without,
            "warc_time_ratio": round(with_warc / without, 3),
            "warc_mb_per_1000": round(dir_bytes(os.path.join(keep, "warc")) / n * 1000 / 2**20, 2),
            "files_mb_per_1000": round(dir_bytes(os.path.join(keep, "files")) / n * 1000 / 2**20, 2),
            "ocr": {
                **counts,
                "seconds_per_1000_articles": round(ocr_s / n * 1000, 1),
                "seconds_per_file": round(ocr_s / max(1, counts["files"]), 2),
            },  # fmt: skip
            "ocr_accuracy": ocr_accuracy(db, size),
            "archive": {**size_breakdown(db), "mb_per_1000_without_largest": without_largest(db)},
            "legacy_doc": legacy_doc(),
        }
    return result
