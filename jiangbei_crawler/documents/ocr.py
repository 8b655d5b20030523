"""Text of images and scanned PDF pages, recognized after the crawl, off its hot path.

``run(db, files_dir, budget)`` recognizes every archived file not recognized yet: body images, and
PDF attachments whose text extraction found no text. Each file goes to a worker process
(``ocr_worker``) with a time limit; the whole pass stops at ``budget`` seconds and the rest waits
for the next run. Results, failures included, are stored once per sha256 in ``ocr`` with their
page and engine; the articles that hold the file get the text in ``articles.ocr_text``, which is
searched like attachment text.
"""

import logging
import os
import sqlite3
import sys
import time

from .. import store as storage
from ..store import search
from .attachment_text import Guard, Interrupted, extract_deferred

log = logging.getLogger(__name__)

LEGACY_ENGINE = "rapidocr-onnxruntime (PP-OCR)"  # what rows recognized before rapidocr 3 say


def engine_name():
    """The engine and models that recognize text now, kept on every ``ocr`` row so that text read by an older
    engine can be told apart: 'rapidocr 3.10.0; det PP-OCRv6 small, cls PP-OCRv4 mobile,
    rec PP-OCRv6 small; onnxruntime 1.32.0'. Read from the packages' metadata and rapidocr's own configuration,
    without loading the models."""
    import importlib.metadata as meta
    import importlib.resources

    import yaml

    config = yaml.safe_load((importlib.resources.files("rapidocr") / "config.yaml").read_text(encoding="utf-8"))
    models = ", ".join(f"{part.lower()} {config[part]['ocr_version']} {config[part]['model_type']}"
                       for part in ("Det", "Cls", "Rec"))  # fmt: skip
    return f"rapidocr {meta.version('rapidocr')}; {models}; onnxruntime {meta.version('onnxruntime')}"


FILE_TIME_LIMIT = 120.0  # seconds per file
MEMORY_LIMIT = 4 * 1024**3  # onnxruntime maps its models and arenas: more room than text extraction


def pending(db):
    """(sha256, file) of archived files to recognize, oldest articles first."""
    return db.execute(
        """select sha256, min(file) from (
             select sha256, file, article_id from images where sha256 is not null and file is not null
             union all
             select sha256, file, article_id from attachments
             where sha256 is not null and file is not null and coalesce(text, '') = '' and text_error is null
               and (lower(content_type) like '%pdf%' or lower(url) like '%.pdf' or lower(name) like '%.pdf'))
           where sha256 not in (select sha256 from ocr)
           group by sha256 order by min(article_id)"""
    ).fetchall()


def run(db, files_dir, budget=1800.0, guard=None):
    """Recognize pending files for at most ``budget`` seconds; returns counts for the log line."""
    guard = guard or Guard(FILE_TIME_LIMIT, MEMORY_LIMIT, "jiangbei_crawler.documents.ocr_worker", "OCR")
    started = time.monotonic()
    counts = {"texts": 0, "files": 0, "pages": 0, "failed": 0, "left": 0, "seconds": 0.0}
    try:
        counts["texts"] = extract_deferred(db, files_dir, started + budget)  # before OCR: a PDF with text needs none
        todo, engine = pending(db), engine_name()
        for n, (sha, rel) in enumerate(todo):
            if time.monotonic() - started >= budget:
                counts["left"] = len(todo) - n
                break
            try:
                pages = recognize(guard, os.path.join(files_dir, rel))
            except Interrupted as exc:  # not a failure of the file: nothing stored, so the next run retries it
                log.info("OCR of %s interrupted (%s): recognized on the next run", rel, exc.args[0])
                raise
            save(db, sha, pages, engine)
            counts["files"] += 1
            counts["pages"] += sum(1 for p in pages if p["text"] is not None)
            counts["failed"] += sum(1 for p in pages if p["error"])
    finally:
        guard.close()
    counts["seconds"] = round(time.monotonic() - started, 1)
    return counts


def pass_over(archive, files_dir, budget):
    """One pass over the archive at ``archive`` (``cron`` after its crawl, a Scrapyd job after its crawl with
    OCR_AFTER_CRAWL, the ``ocr`` command), under the caller's lock: the line saying what was done and what is
    left. Raises sqlite3.Error when the archive cannot be written."""
    db = storage.open_db(archive)
    try:
        counts = run(db, files_dir, budget)
    finally:
        db.close()
    line = (f"ocr: {counts['texts']} deferred attachment texts extracted, "
            f"{counts['files']} files, {counts['pages']} pages recognized, {counts['failed']} failed "
            f"(see the ocr table), {counts['left']} left for the next run, {counts['seconds']}s")  # fmt: skip
    log.info(line)
    return line


def pass_or_error(archive, files_dir, budget, out=None):
    """``pass_over`` with its line printed (to ``out``, stdout by default): False, the error printed in one
    line, when the archive cannot be written."""
    try:
        print(pass_over(archive, files_dir, budget), file=out or sys.stdout)
    except sqlite3.Error as exc:
        print(f"error: OCR could not write: {storage.explain(exc, archive)}", file=sys.stderr)
        return False
    return True


def recognize(guard, path):
    """[{page, text, error, seconds}] of one file."""
    t0 = time.monotonic()
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return [{"page": 0, "text": None, "error": f"file missing from the archive: {exc.strerror}", "seconds": 0.0}]
    answer = guard.run(data)
    seconds = round(time.monotonic() - t0, 2)
    if len(answer) == 2 and answer[0] is None:  # the guard's (None, reason): timed out or crashed
        return [{"page": 0, "text": None, "error": answer[1], "seconds": seconds}]
    if not answer:  # a PDF whose every page has text: nothing to recognize, and nothing to retry
        return [{"page": 0, "text": "", "error": None, "seconds": seconds}]
    return [{"page": page, "text": text, "error": error, "seconds": seconds} for page, text, error in answer]


def save(db, sha256, pages, engine=None):
    """Store one file's pages and refresh the articles that hold it, in one transaction."""
    now, engine = storage.now_iso(), engine or engine_name()
    with storage.write_transaction(db):
        for p in pages:
            db["ocr"].upsert({"sha256": sha256, "engine": engine, "recognized_at": now, **p}, pk=("sha256", "page"))
        refresh_articles(db, sha256)


def refresh_articles(db, sha256):
    ids = [r[0] for r in db.execute(
        "select article_id from images where sha256 = :s union select article_id from attachments where sha256 = :s",
        {"s": sha256})]  # fmt: skip
    for aid in ids:
        old = storage.get_row(db, "articles", aid)
        text = storage.ocr_text_of(db, aid)
        if old is not None and old.get("ocr_text") != text:
            db.execute("update articles set ocr_text = ? where id = ?", [text, aid])
            search.index_article(db, aid, old)
