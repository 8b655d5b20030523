"""A version is what the school published: title, source, publish date, body text (whitespace-normalized) and
the set of attachments by their bytes. Fetch failures, retries, the order of attachments, a visit counter and
markup are never an edit. The rule is checked on storage alone, then once through a crawl."""

import copy
import hashlib
import sqlite3

from hostile_portal import Portal, article, hostile_portal

from jiangbei_crawler import store as storage
from jiangbei_crawler.crawl import plan
from jiangbei_crawler.testing import crawl, fresh_db, q

PORTAL = "http://portal.test"
BODY = "第一段：收费标准如下。\n第二段：住宿费每学期800元。"


def att(name, data):
    return {"name": name, "url": f"{PORTAL}/download.asp?f={name}", "offsite": False, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(), "content_type": "application/pdf", "text": data.decode()}  # fmt: skip


def failed(attachment):
    """What the spider hands over when the attachment's download failed (Assembly.fail)."""
    return {"name": attachment["name"], "url": attachment["url"], "offsite": False, "error": "HTTP 500"}


A, B = att("a.pdf", b"notice A"), att("b.xls", b"table B")


def published(**changes):
    item = {"id": 7, "url": f"{PORTAL}/show.asp?id=7", "school": "江北区实验小学", "title": "收费公示",
            "source": "总务处", "published": "2026-03-02", "visits": 10, "body_text": BODY,
            "body_html": "<p>第一段：收费标准如下。</p><p>第二段：住宿费每学期800元。</p>",
            "attachments": [A, B], "images": []}  # fmt: skip
    return {**item, **changes}


def archive(*steps):
    """A fresh archive after saving each step as one crawl (crawl ids 1, 2, ... and fixed times); returns it
    and each step's status."""
    db = fresh_db()
    statuses = [
        storage.save_article(db, copy.deepcopy(item), n, now=f"2026-03-{n + 10:02d}T02:00:00+08:00")
        for n, item in enumerate(steps, 1)
    ]
    return db, statuses


def rows(db):
    """Every row the archive holds about articles, whole."""
    tables = ("articles", "article_versions", "attachments", "images", "visit_counts")
    return {t: [tuple(r) for r in db.execute(f"select * from [{t}] order by rowid")] for t in tables}


def test_a_failed_download_keeps_the_archived_file_and_its_success_is_no_edit():
    broken = published(attachments=[failed(A), B])
    db, statuses = archive(published(), broken, broken, published())
    clean, _ = archive(published(), published(), published(), published())
    assert statuses == ["new", "unchanged", "unchanged", "unchanged"]
    assert rows(db) == rows(clean)
    # while it fails, the article keeps the archived file and its text
    db, _ = archive(published(), broken)
    assert db.execute("select sha256, text from attachments where url = ?", [A["url"]]).fetchall() == [
        (A["sha256"], "notice A")
    ]
    assert "notice A" in db.execute("select attachments_text from articles").fetchone()[0]


def test_an_attachment_missing_from_the_first_archive_completes_it_when_it_arrives():
    broken = published(attachments=[failed(A), B])
    db, statuses = archive(broken, broken, published())
    clean, _ = archive(published(), published(), published())
    assert statuses == ["new", "unchanged", "unchanged"]
    assert rows(db) == rows(clean)  # version 1 lists the file that arrived, with its sha256


def test_a_failed_part_is_retried_through_its_article():
    db, _ = archive(published(attachments=[failed(A), B]))
    storage.save_fetch_error(db, {"url": A["url"], "reason": "HTTP 500", "page_kind": "part", "article_id": 7}, 1)
    assert plan.build_plan(db).retry == [(f"{PORTAL}/show.asp?id=7", "article", {})]


def test_reordered_attachments_a_moved_counter_and_markup_are_no_edit():
    respaced = "  第一段：收费标准如下。\r\n\r\n第二段：住宿费每学期800元。\u3000 "
    markup = "<div><span>第一段：收费标准如下。</span><br><b>第二段：住宿费每学期800元。</b></div>"
    moved = published(attachments=[B, A], visits=57, body_text=respaced, body_html=markup, title=" 收费公示\xa0")
    db, statuses = archive(published(), moved)
    assert statuses == ["new", "unchanged"]
    assert db.execute("select version, visits from articles").fetchall() == [(1, 57)]
    assert db.execute("select visits from visit_counts order by crawl_id").fetchall() == [(10,), (57,)]
    assert db.execute("select count(*) from article_versions").fetchone()[0] == 1


def test_what_the_school_changes_is_an_edit():
    c = att("c.doc", b"notice C")
    for edit in (
        published(body_text=BODY.replace("800", "900")),
        published(title="收费公示(更正)"),
        published(source="校长室"),
        published(published="2026-03-03"),
        published(attachments=[A, att("b.xls", b"table B, corrected")]),
        published(attachments=[A]),
        published(attachments=[A, B, c]),
    ):
        db, statuses = archive(published(), edit)
        assert statuses == ["new", "changed"], edit
        assert [r[0] for r in db.execute("select version from article_versions")] == [1, 2]


def test_a_file_replaced_while_its_download_was_failing_is_an_edit():
    replaced = att("a.pdf", b"notice A, second edition")
    db, statuses = archive(published(), published(attachments=[failed(A), B]), published(attachments=[replaced, B]))
    assert statuses == ["new", "unchanged", "changed"]


def test_an_attachment_added_later_is_an_edit_when_its_bytes_arrive():
    """A link added after the latest version is part of no version yet: its arrival is the school's edit."""
    c = att("c.doc", b"notice C")
    db, statuses = archive(published(), published(attachments=[A, B, failed(c)]), published(attachments=[A, B, c]))
    assert statuses == ["new", "unchanged", "changed"]
    listed = [r[0] for r in db.execute("select attachments from article_versions order by version")]
    assert c["sha256"] not in listed[0] and c["sha256"] in listed[1]


def test_a_failed_counter_or_image_keeps_what_was_archived():
    image = {"url": f"{PORTAL}/UploadFiles/p.png", "kind": "body", "offsite": False, "sha256": "ab" * 32, "size": 9}
    broken = {"url": image["url"], "kind": "body", "offsite": False, "error": "HTTP 500"}
    db, statuses = archive(published(images=[image]), published(images=[broken], visits=None))
    assert statuses == ["new", "unchanged"]
    assert db.execute("select visits from articles").fetchall() == [(10,)]
    assert db.execute("select sha256, error from images").fetchall() == [(image["sha256"], None)]
    assert db.execute("select count(*) from visit_counts").fetchone()[0] == 1  # no count was read the second time


def test_an_archive_hashed_by_an_earlier_rule_sees_no_edits():
    db, _ = archive(published())
    db.execute("update articles set content_hash = 'hashed by an earlier version'")
    assert storage.save_article(db, published(), 2) == "unchanged"


# ---- through a crawl ---------------------------------------------------------------------------------------


class FlakyAttachment(Portal):
    """The plain hostile portal, article 101 with an attachment that answers 500 until ``healed``."""

    def __init__(self):
        super().__init__("plain")
        self.healed = False

    def article_page(self, aid, pageno):
        if aid != 101:
            return super().article_page(aid, pageno)
        return article(aid, tail='<div class="attach">附件:<a href="/UploadFiles/fees.pdf">收费明细.pdf</a></div>')

    def respond(self, path):
        if path == "/UploadFiles/fees.pdf":
            self.hits["fees"] = self.hits.get("fees", 0) + 1
            return (200, b"%PDF-1.4 fees", "application/pdf") if self.healed else (500, "busy", "text/html")
        return super().respond(path)


def test_an_attachment_that_fails_one_night_and_downloads_the_next_is_no_edit(tmp_path):
    db = tmp_path / "disclosure.db"
    portal = FlakyAttachment()
    with hostile_portal("plain", portal) as (url, _):
        crawl(url, db, settings={"RETRY_BACKOFF_BASE": "0.05"})
        assert q(db, "select sha256, error from attachments where article_id = 101") == [(None, "HTTP 500")]
        portal.healed = True
        crawl(url, db)  # a plain incremental run: the failed attachment is retried through its article
    assert q(db, "select sha256 from attachments where article_id = 101") == [
        (hashlib.sha256(b"%PDF-1.4 fees").hexdigest(),)
    ]
    assert q(db, "select article_id, version from article_versions where version > 1") == []
    assert q(db, "select changed from crawls order by id") == [(0,), (0,)]
    conn = sqlite3.connect(db)
    listed = conn.execute("select attachments from article_versions where article_id = 101").fetchone()[0]
    assert hashlib.sha256(b"%PDF-1.4 fees").hexdigest() in listed  # version 1, completed


def test_a_date_from_the_list_row_stands_when_a_revisit_comes_without_the_row():
    from_list = published(published="2026-03-01T00:00:00+08:00", extraction={"published": "list"})
    revisit = published(published=None, extraction={"published": "none"})
    shown = published(published="2026-03-05T00:00:00+08:00", extraction={"published": "label"})
    db, statuses = archive(from_list, revisit, shown)
    assert statuses == ["new", "unchanged", "changed"]  # the page showing a date of its own is an edit
    assert [r[0] for r in db.execute("select published from article_versions order by version")] == [
        "2026-03-01T00:00:00+08:00",
        "2026-03-05T00:00:00+08:00",
    ]
