"""The archive's pages as data (jiangbei_crawler.web.pages, .diffs) and the CSV stream rewrite, on a tiny archive
built in the test: no crawl, no Datasette."""

import datetime as dt
import json

import pytest
import sqlite_utils

from jiangbei_crawler import store as storage
from jiangbei_crawler.testing import asgi_response
from jiangbei_crawler.web import diffs
from jiangbei_crawler.web import pages as web
from jiangbei_crawler.web import plugin as datasette_plugin


def article(aid, school, title, body="学校召开师德建设大会。", published="2024-03-05T09:00:00+08:00", **extra):
    return {"id": aid, "url": f"http://portal.example/show.asp?id={aid}", "school": school, "title": title,
            "category": "校务公开", "category_path": "校务公开", "source": "办公室", "published": published,
            "body_text": body, "body_html": f"<p>{body}</p>", "attachments": [], **extra}  # fmt: skip


@pytest.fixture
def db():
    db = storage.ensure_db_shape(sqlite_utils.Database(memory=True))
    storage.save_article(db, article(1, "宁波市甲小学", "甲小学校务公开"), 1, now="2026-01-01T00:00:00+00:00")
    storage.save_article(db, article(2, "宁波市甲小学", "甲小学收费公示", published="2025-09-01T00:00:00+08:00"),
                         1, now="2026-01-01T00:00:00+00:00")  # fmt: skip
    storage.save_article(db, article(3, "江北区乙幼儿园", "乙幼儿园食品安全"), 1, now="2026-01-01T00:00:00+00:00")
    # The kindergarten's notice is also listed in the primary school's section: a cross-post.
    storage.save_listing(db, {"article_id": 3, "list_url": "http://portal.example/list.asp?s=1", "school": "宁波市甲小学",
                              "category_path": "安全卫生"})  # fmt: skip
    # Article 1 is edited once: one character of its body.
    storage.save_article(db, article(1, "宁波市甲小学", "甲小学校务公开", body="学校召开师风建设大会。"), 2,
                         now="2026-01-08T00:00:00+00:00")  # fmt: skip
    return db


def test_one_changed_character_is_marked_alone():
    rows = diffs.diff_rows({"body_text": "学校召开师德建设大会。"}, {"body_text": "学校召开师风建设大会。"})
    assert rows == [{"kind": "change", "label": "正文", "old": "学校召开师<del>德</del>建设大会。",
                     "new": "学校召开师<ins>风</ins>建设大会。", "inline": "学校召开师<del>德</del><ins>风</ins>建设大会。",
                     "coarse": False}]  # fmt: skip


def test_diff_escapes_hostile_text_and_names_what_changed():
    old = {"title": "通知", "source": "办公室", "body_text": "a", "attachments": json.dumps([{"name": "表.xls"}])}
    new = {"title": "通知<script>", "source": "办公室", "body_text": "a", "attachments": "[]"}
    assert diffs.what_changed(old, new) == ["标题", "附件"]
    changed = [r for r in diffs.diff_rows(old, new) if r["kind"] != "equal"]
    assert changed[0]["new"] == "通知<ins>&lt;script&gt;</ins>"
    assert changed[1] == {"kind": "delete", "label": "附件", "old": "<del>表.xls</del>", "new": "",
                          "inline": "<del>表.xls</del>"}  # fmt: skip


def test_home_counts_and_schools_by_stage(db):
    data = web.home(db.conn)
    assert data["counts"]["articles"] == 3 and data["counts"]["changed"] == 1 and data["counts"]["schools"] == 2
    assert [(stage, [s["school"] for s in schools]) for stage, schools in data["stages"]] == [
        ("幼儿园", ["江北区乙幼儿园"]),
        ("小学", ["宁波市甲小学"]),
    ]
    primary = data["stages"][1][1][0]
    assert (primary["n"], primary["title"], primary["published"]) == (2, "甲小学收费公示", "2025-09-01")


def test_school_page_includes_cross_posts_and_changes(db):
    data = web.school(db.conn, "宁波市甲小学")
    assert data["total"] == 3
    assert {(r["id"], r["category_path"], r["posted_by"]) for r in data["timeline"]} == {
        (1, "校务公开", None),
        (2, "校务公开", None),
        (3, "安全卫生", "江北区乙幼儿园"),
    }
    assert [(c["id"], c["version"], c["fetched_at"]) for c in data["changes"]] == [(1, 2, "2026-01-08 08:00")]
    assert web.school(db.conn, "没有这所学校")["total"] == 0


def test_article_and_version_pages(db):
    page = web.article(db.conn, 1)
    assert [v["version"] for v in page["versions"]] == [1, 2] and page["latest"] == 2
    assert page["diffs"][0]["changed"] == ["正文"]
    assert page["archived"] == "2026-01-01 08:00" and page["published"] == "2024-03-05"
    first = web.version(db.conn, 1, 1)
    assert first["version"]["body_text"] == "学校召开师德建设大会。" and first["rows"] == []
    second = web.version(db.conn, 1, 2)
    assert second["before"] == 1 and second["changed"] == ["正文"] and second["count"] == 2
    assert web.version(db.conn, 1, 3) == {} and web.article(db.conn, 99) == {}


def test_latest_version_without_text_reads_the_article_and_older_ones_stay_as_stored(db):
    db.execute("update article_versions set body_text = null, body_html = null where article_id = 1")
    old, new = storage.versions_of(db.conn, 1)
    assert old["body_text"] is None and new["body_text"] == "学校召开师风建设大会。"


def test_times_are_shown_in_beijing():
    assert web.shanghai("2026-01-01T17:30:00+00:00") == "2026-01-02 01:30"
    assert web.shanghai("2013-10-25T00:00:00+08:00", with_time=False) == "2013-10-25"
    assert web.beijing_iso("2026-01-01T17:30:00.250000+00:00") == "2026-01-02T01:30:00.250000+08:00"
    assert web.shanghai("not a time") == "not a time" and web.beijing_iso(None) is None


def run_wrapped(chunks, query=b""):
    """Send ``chunks`` through the CSV wrapper as a streamed response; return what reaches the client."""
    return asgi_response(datasette_plugin.csv_for_excel, chunks, [(b"content-length", b"1")], query)


def test_csv_stream_shows_beijing_times_even_when_a_chunk_splits_one():
    text = "id,first_seen\n" + "".join(f"{i},2026-01-0{i}T20:00:0{i}.5+00:00\n" for i in range(1, 10))
    raw = text.encode()
    expected = "id,first_seen\n" + "".join(
        f"{i},{(dt.datetime(2026, 1, i, 20, 0, i) + dt.timedelta(hours=8)).isoformat()}.5+08:00\n" for i in range(1, 10)
    )
    for size in (1, 7, 20, 31, len(raw)):
        head, body = run_wrapped([raw[i : i + size] for i in range(0, len(raw), size)])
        assert body.decode() == expected, size
        # a cell made inert grows by a quote, so no rewritten CSV keeps a length it may no longer have
        assert not [k for k, _ in head["headers"] if k == b"content-length"]


def test_csv_byte_order_mark_on_request():
    head, body = run_wrapped(["学校,时间\n".encode()], query=b"_bom=1&_stream=on")
    assert body == b"\xef\xbb\xbf" + "学校,时间\n".encode()
    assert not [k for k, _ in head["headers"] if k == b"content-length"]


def test_an_archive_from_before_search_id_is_brought_up_to_date(db):
    # As an older version wrote it: no search_id column, and the plain index on published.
    for (name,) in db.execute(
        "select name from sqlite_master where type = 'index' and sql like '%search_id%'"
    ).fetchall():
        db.execute(f"drop index [{name}]")
    db.execute("alter table articles drop column search_id")
    db.execute("create index idx_articles_published on articles(published)")
    storage.ensure_db_shape(db)
    assert db.execute("select count(*) from articles where search_id is not id").fetchone()[0] == 0
    indexes = {i.name for i in db["articles"].indexes}
    assert "idx_articles_published" not in indexes and "idx_articles_published_search_id" in indexes
    before = list(db.query("select * from articles order by id"))
    storage.ensure_db_shape(db)  # idempotent
    assert list(db.query("select * from articles order by id")) == before


def test_this_week_is_what_was_published_in_the_last_seven_beijing_days():
    db = storage.ensure_db_shape(sqlite_utils.Database(memory=True))
    now = "2026-01-08T16:30:00+00:00"  # 2026-01-09 00:30 in Beijing: the week is 01-03 to 01-09
    published = {
        1: "2026-01-09T00:10:00+08:00",  # today, Beijing
        2: "2026-01-03T00:00:00+08:00",  # the first day of the seven
        3: "2026-01-02T16:30:00+00:00",  # 2026-01-03 00:30 in Beijing, stored at another offset
        4: "2026-01-02T23:59:00+08:00",  # the day before
        5: "2025-12-01T09:00:00+08:00",
    }
    for aid, when in published.items():
        # all first seen this week: archived is not published
        storage.save_article(
            db, article(aid, "宁波市甲小学", f"通知{aid}", published=when), 1, now="2026-01-07T00:00:00+00:00"
        )
    counts = web.home(db.conn, now=now)["counts"]
    assert (counts["new_week"], counts["archived_week"]) == (3, 5)
    assert web.home(db.conn, now="2026-01-09T16:30:00+00:00")["counts"]["new_week"] == 1  # a day later: 01-04 to 01-10


def sighting(kind, status, confirmed, **extra):
    return {"observed_at": "2026-01-05T02:00:00+00:00", "kind": kind, "status": status, "confirmed": confirmed,
            "final_url": "http://portal.example/show.asp?id=7", "snippet": "", **extra}  # fmt: skip


def test_takedown_evidence_in_plain_words():
    notice = "<html><body><div class='msg'>对不起,您访问的信息不存在!</div></body></html>"
    rows = web.removal_evidence([
        sighting("404", 404, 0),
        sighting("soft404", 200, 1, snippet=notice),
        sighting("redirect", 200, 1, final_url="http://portal.example/index.asp"),
        sighting("410", 410, 1),
    ])  # fmt: skip
    assert [r["answer"] for r in rows] == [
        "返回 HTTP 404(找不到页面)",
        "返回 HTTP 200 但页面写着“对不起,您访问的信息不存在!”",
        "把原文地址跳转到了别的页面,不再是这篇文章",
        "返回 HTTP 410(页面已永久删除)",
    ]
    assert [r["verdict"] for r in rows] == [
        "第一次看到,疑似删除(待下次抓取确认)", "第二次看到,确认删除", "第三次看到,仍无法访问", "第四次看到,仍无法访问"
    ]  # fmt: skip
    assert rows[0]["observed_at"] == "2026-01-05 10:00" and rows[2]["moved_to"] == "http://portal.example/index.asp"
    assert rows[0]["moved_to"] is None


def test_a_table_csv_is_streamed_and_keeps_the_article_url():
    q = datasette_plugin.complete_csv_query
    assert q("/disclosure/articles.csv", b"_col=title&_size=max") == b"_col=url&_col=title&_size=max&_stream=on"
    assert q("/disclosure/articles.csv", b"_col=title&_nocol=url") == b"_col=title&_nocol=url&_stream=on"
    assert q("/disclosure/articles.csv", b"") == b"_stream=on"  # every column, the URL among them
    assert q("/disclosure/removals.csv", b"_col=kind&_next=20") == b"_col=kind&_next=20"  # a page asked for: a page
