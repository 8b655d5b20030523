"""Evidence parts without a crawl: WARC writing, legacy .doc, images and thumbnails, versions without repeated
text, OCR bookkeeping. Storage tests use a fresh in-memory archive."""

import hashlib
import io
import os
import re

import olefile
import pytest
from lxml import html as lxml_html
from warcio.archiveiterator import ArchiveIterator

from jiangbei_crawler import store as storage
from jiangbei_crawler.crawl.assembly import Assembly, item_from_page
from jiangbei_crawler.documents import ocr
from jiangbei_crawler.documents.attachment_text import Guard, extract_text
from jiangbei_crawler.extract.article import ArticlePage
from jiangbei_crawler.extract.listing import parse_list_page
from jiangbei_crawler.store import warc
from jiangbei_crawler.testing import fresh_db
from jiangbei_crawler.web import pages as web

FIXTURES = os.path.join(os.path.dirname(__file__), "fixtures", "legacy")
PORTAL = "http://portal.test"


# ---- legacy Word ---------------------------------------------------------------------------------


def source_text():
    root = lxml_html.fromstring(open(os.path.join(FIXTURES, "fee-notice.source.html"), encoding="utf-8").read())
    return root.body.text_content()


def test_a_word_97_doc_made_by_libreoffice_reads_every_chinese_character():
    data = open(os.path.join(FIXTURES, "fee-notice.doc"), "rb").read()
    assert data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file, not RTF in disguise
    text, error = extract_text(data)
    assert error is None
    assert "".join(text.split()) == "".join(source_text().split())
    assert "HYPERLINK" not in text  # the link's field code is dropped, its text kept
    assert "住宿费 每生每学期800元 甬价费〔2012〕18号" in text.splitlines()  # a table row, cells in order


def test_a_word_6_file_is_recorded_as_unread(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(open(os.path.join(FIXTURES, "fee-notice.doc"), "rb").read())
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[0:2] = (0xA5DC).to_bytes(2, "little")  # Word 6's magic number
        ole.write_stream("WordDocument", bytes(stream))
    text, error = extract_text(path.read_bytes())
    assert text is None and "Word 6/95" in error


# ---- WARC ----------------------------------------------------------------------------------------


def test_warc_records_hold_the_bytes_and_rotate(tmp_path):
    log = warc.WarcLog(str(tmp_path), "jiangbei-000001-t", max_size=2000)
    bodies = [os.urandom(900) for _ in range(4)]
    refs = [
        log.exchange(f"{PORTAL}/a{n}", "GET", f"/a{n}", [("Host", "portal.test")], b"", 200,
                     [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], body, "127.0.0.1")
        for n, body in enumerate(bodies)
    ]  # fmt: skip
    failed = log.failure(f"{PORTAL}/gone", "GET", "/gone", [("Host", "portal.test")], "ConnectionRefusedError")
    log.close()
    assert len({r["warc_file"] for r in refs}) > 1  # rotated past max_size
    for ref, body in zip(refs, bodies):
        rec, http, payload = warc.read_record(str(tmp_path), ref["warc_file"], ref["warc_offset"])
        assert payload == body and rec.get_header("WARC-Record-ID") == ref["warc_record_id"]
        assert http.get_header("Transfer-Encoding") is None  # the body is stored de-chunked, so the header goes
        assert http.get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"
        with open(tmp_path / ref["warc_file"], "rb") as fh:  # each record is its own gzip member
            fh.seek(ref["warc_offset"])
            assert len(fh.read(ref["warc_length"])) == ref["warc_length"]
    rec, _, payload = warc.read_record(str(tmp_path), failed["warc_file"], failed["warc_offset"])
    assert rec.get_header("WARC-Type") == "metadata" and b"ConnectionRefusedError" in payload
    for name in os.listdir(tmp_path):  # every file starts with warcinfo and parses to the end
        with open(tmp_path / name, "rb") as fh:
            types = [r.rec_type for r in ArchiveIterator(fh)]
        assert types[0] == "warcinfo" and set(types[1:]) <= {"request", "response", "metadata"}
    with pytest.raises(ValueError):
        warc.read_record(str(tmp_path), "../disclosure.db", 0)


# ---- images and thumbnails --------------------------------------------------------------------------


def article_page(body_html):
    return ArticlePage(url=f"{PORTAL}/show.asp?id=7", title="收费公示", body_lines=["正文。"], body_html=body_html,
                       extraction={"title": "heading"})  # fmt: skip


def test_images_are_parts_off_site_ones_are_recorded_and_the_list_thumbnail_comes_first():
    body = (f'<p><img src="{PORTAL}/up/a.png" alt="公示"><img src="http://cdn.example.net/b.jpg">'
            f'<img src="{PORTAL}/up/a.png"></p>')  # fmt: skip
    page = article_page(body)
    item = item_from_page(7, f"{PORTAL}/show.asp?id=7", page, "江北区实验小学", {"thumbnail": f"{PORTAL}/up/t.jpg"})
    asm = Assembly(item, page, PORTAL)
    parts = []
    while (part := asm.next_part()) is not None:
        parts.append(part)
        asm.add_image(part.url, {"sha256": "0" * 64, "size": 3, "content_type": "image/png"})
    assert [(p.kind, p.url) for p in parts] == [("image", f"{PORTAL}/up/t.jpg"), ("image", f"{PORTAL}/up/a.png")]
    assert [(i["url"], i["kind"], i["offsite"], i.get("sha256")) for i in item.images] == [
        (f"{PORTAL}/up/t.jpg", "thumbnail", False, "0" * 64),
        (f"{PORTAL}/up/a.png", "body", False, "0" * 64),
        ("http://cdn.example.net/b.jpg", "body", True, None),
    ]


def test_a_list_row_picture_is_its_thumbnail_and_badges_are_not():
    rows = "".join(
        f'<li><img src="/images/new.gif"><img src="/pic/{n}.jpg" width="120"><a href="/show.asp?id={n}">'
        f"关于第{n}批校服采购结果的公示</a><span>2024-03-0{n}</span></li>"
        for n in range(1, 6)
    )
    page = parse_list_page(f"<html><body><ul>{rows}</ul></body></html>", f"{PORTAL}/list.asp", PORTAL)
    assert [r.thumbnail for r in page.rows] == [f"{PORTAL}/pic/{n}.jpg" for n in range(1, 6)]


def test_archived_images_point_at_their_copies():
    images = [{"url": f"{PORTAL}/up/a.png?x=1&y=2", "sha256": "a" * 64, "file": "aa/" + "a" * 64},
              {"url": "http://cdn.example.net/b.jpg", "sha256": None, "file": None}]  # fmt: skip
    out = web.archived_images(
        f'<p><img src="{PORTAL}/up/a.png?x=1&amp;y=2" width="400"><img src="http://cdn.example.net/b.jpg"></p>',
        images, "/-/image/",
    )  # fmt: skip
    # an image not archived is never a live src (the reader's browser would fetch it): its address is text
    assert re.findall(r'src="([^"]+)"', out) == ["/-/image/" + "a" * 64]
    assert "[图片未存档 image not archived: http://cdn.example.net/b.jpg]" in out


# ---- storage ----------------------------------------------------------------------------------------


def new_db():
    return fresh_db()


def article(body, **extra):
    return {"id": 1, "url": f"{PORTAL}/show.asp?id=1", "school": "江北区实验小学", "category": "收费公示",
            "category_path": "财务公开>收费公示", "title": "收费公示", "source": "总务处",
            "published": "2024-03-05T09:00:00+08:00", "visits": 5, "body_text": body,
            "body_html": f"<p>{body}</p>", "attachments": [], **extra}  # fmt: skip


REF = {"warc_file": "jiangbei-000001-t-00000.warc.gz", "warc_offset": 123, "warc_length": 456,
       "warc_record_id": "<urn:uuid:1>"}  # fmt: skip


def test_versions_do_not_store_the_latest_text_twice():
    db = new_db()
    storage.save_article(db, article("住宿费800元。", warc=REF), 1, now="2024-03-05T10:00:00+08:00")
    storage.save_article(db, article("住宿费900元。", warc={**REF, "warc_offset": 999}), 2,
                         now="2024-03-12T10:00:00+08:00")  # fmt: skip
    rows = [dict(r) for r in db.query("select * from article_versions order by version")]
    packed = storage.pack_html("<p>住宿费800元。</p>")
    assert rows == [
        {"article_id": 1, "version": 1, "crawl_id": 1, "fetched_at": "2024-03-05T10:00:00+08:00",
         "content_hash": rows[0]["content_hash"], "title": "收费公示", "source": "总务处",
         "published": "2024-03-05T09:00:00+08:00", "body_text": "住宿费800元。", "body_html": packed,
         "attachments": "[]", **REF},
        {"article_id": 1, "version": 2, "crawl_id": 2, "fetched_at": "2024-03-12T10:00:00+08:00",
         "content_hash": rows[1]["content_hash"], "title": "收费公示", "source": "总务处",
         "published": "2024-03-05T09:00:00+08:00", "body_text": None, "body_html": None, "attachments": "[]",
         **REF, "warc_offset": 999},
    ]  # fmt: skip
    versions = storage.versions_of(db.conn, 1)
    assert [(v["body_text"], v["body_html"]) for v in versions] == [
        ("住宿费800元。", "<p>住宿费800元。</p>"),
        ("住宿费900元。", "<p>住宿费900元。</p>"),
    ]
    assert storage.unpack_html(db["articles"].get(1)["body_html"]) == "<p>住宿费900元。</p>"


def test_images_are_saved_and_ocr_text_reaches_the_article_and_its_search():
    from jiangbei_crawler.store import search

    db = new_db()
    sha = hashlib.sha256(b"png").hexdigest()
    images = [{"url": f"{PORTAL}/up/a.png", "kind": "body", "sha256": sha, "size": 3, "content_type": "image/png",
               "file": f"{sha[:2]}/{sha}", "offsite": False, **REF},
              {"url": "http://cdn.example.net/b.jpg", "kind": "body", "offsite": True}]  # fmt: skip
    storage.save_article(db, article("正文。", images=images), 1)
    assert [dict(r) for r in db.query("select * from images order by rowid")] == [
        {"article_id": 1, "url": f"{PORTAL}/up/a.png", "kind": "body", "alt": None, "size": 3, "sha256": sha,
         "content_type": "image/png", "file": f"{sha[:2]}/{sha}", "offsite": 0, "error": None, **REF},
        {"article_id": 1, "url": "http://cdn.example.net/b.jpg", "kind": "body", "alt": None, "size": None,
         "sha256": None, "content_type": None, "file": None, "offsite": 1, "error": None,
         **dict.fromkeys(REF)},
    ]  # fmt: skip
    assert [p[0] for p in ocr.pending(db)] == [sha]
    ocr.save(db, sha, [{"page": 0, "text": "图片公示", "error": None, "seconds": 0.5}])
    assert db["articles"].get(1)["ocr_text"] == "图片公示" and ocr.pending(db) == []
    hits = db.execute(f"select rowid from {search.FTS_TABLE} where {search.FTS_TABLE} match ?",
                      [search.fts_query("图片公示")]).fetchall()  # fmt: skip
    assert hits == [(1,)]
    storage.save_article(db, article("正文改了。", images=images[:1]), 2)  # recrawled: the text stays with the file
    assert db["articles"].get(1)["ocr_text"] == "图片公示"


def test_an_ocr_that_runs_too_long_is_recorded_and_the_pass_goes_on(tmp_path):
    from PIL import Image

    db = new_db()
    buf = io.BytesIO()
    Image.new("L", (64, 32), 255).save(buf, "PNG")
    sha = hashlib.sha256(buf.getvalue()).hexdigest()
    rel = storage.store_file(str(tmp_path), buf.getvalue(), sha)
    images = [{"url": f"{PORTAL}/up/a.png", "sha256": sha, "file": rel, "content_type": "image/png"}]
    storage.save_article(db, article("正文。", images=images), 1)
    guard = Guard(0.01, ocr.MEMORY_LIMIT, "jiangbei_crawler.documents.ocr_worker", "OCR")
    counts = ocr.run(db, str(tmp_path), budget=60, guard=guard)
    assert counts["files"] == 1 and counts["failed"] == 1
    error = db.execute("select error from ocr where sha256 = ?", [sha]).fetchone()[0]
    assert error.startswith("OCR took longer than")
