"""archive/ is code too: Datasette(config_dir=...) over a crawled, edited and pruned archive."""

import asyncio
import hashlib
import sqlite3

import pytest
from datasette.app import Datasette
from replica_harness import archive_config, crawl, replica, set_state

from jiangbei_crawler import search


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    root = archive_config(tmp_path_factory.mktemp("archive"))
    with replica("tiny") as url:
        crawl(url, root / "disclosure.db")
        set_state(url, 1)
        crawl(url, root / "disclosure.db", settings={"REVISIT_ROTATION": "1"})
        crawl(url, root / "disclosure.db", settings={"REVISIT_ROTATION": "1"})
    return Datasette(config_dir=root), root


def get(datasette, path, **params):
    return asyncio.run(datasette.client.get(path, params=params or None))


def db_rows(root, sql):
    return sqlite3.connect(root / "disclosure.db").execute(sql).fetchall()


def test_search_box_finds_a_chinese_word_inside_sentences(ds):
    datasette, root = ds
    rows = get(datasette, "/disclosure/articles.json", _search="师德", _shape="array", _col="title", _size="max").json()
    assert rows and len(rows) == db_rows(root, "select count(*) from articles where instr(body_text, '师德') "
                                               "or instr(title, '师德') or instr(attachments_text, '师德')")[0][0]  # fmt: skip
    html = get(datasette, "/disclosure/articles", _search="师德").text
    assert 'name="_search"' in html


def test_ranked_search_with_highlighted_snippets(ds):
    datasette, root = ds
    rows = get(datasette, "/disclosure/search.json", q="师德", _shape="array").json()
    assert rows and all("<mark>师德</mark>" in r["snippet"] for r in rows)
    assert "<mark>师德</mark>" in get(datasette, "/disclosure/search", q="师德").text


def test_ranked_search_returns_the_best_bm25_scores(ds):
    # Under 1,000 matches the ranking window holds every match: the page is the top 50 by bm25.
    datasette, root = ds
    conn = sqlite3.connect(root / "disclosure.db")
    conn.create_function("zh_fts", 1, search.fts_query)
    scores = dict(conn.execute("select rowid, bm25(articles_fts, 10.0, 1.0, 0.5) from articles_fts "
                               "where articles_fts match zh_fts('学校')"))  # fmt: skip
    rows = get(datasette, "/disclosure/search.json", q="学校", _shape="array").json()
    assert 50 < len(scores) < 1000 and len(rows) == 50
    assert sorted(scores[r["id"]] for r in rows) == sorted(scores.values())[:50]


def test_facets_and_default_sort(ds):
    datasette, root = ds
    data = get(datasette, "/disclosure/articles.json").json()
    assert {"school", "category_path", "year", "has_attachments", "status"} <= set(data["facet_results"])
    published = [r["published"] for r in get(datasette, "/disclosure/articles.json", _shape="array").json()]
    dated = [p for p in published if p]
    assert dated == sorted(dated, reverse=True)


@pytest.mark.parametrize("query", ["latest", "recently_changed", "removed", "feed_new", "feed_changed", "feed_removed"])
def test_canned_queries(ds, query):
    datasette, root = ds
    rows = get(datasette, f"/disclosure/{query}.json", _shape="array").json()
    assert rows, query


def test_school_timeline(ds):
    datasette, root = ds
    school = db_rows(root, "select school from articles limit 1")[0][0]
    rows = get(datasette, "/disclosure/school_timeline.json", school=school, _shape="array").json()
    assert rows and len(rows) == db_rows(root, f"select count(*) from articles where school = '{school}'")[0][0]


@pytest.mark.parametrize("feed", ["feed_new", "feed_changed", "feed_removed"])
def test_atom_feeds_overall_and_per_school(ds, feed):
    datasette, root = ds
    resp = get(datasette, f"/disclosure/{feed}.atom")
    assert resp.status_code == 200 and "<feed" in resp.text
    school = db_rows(root, "select school from articles limit 1")[0][0]
    assert get(datasette, f"/disclosure/{feed}.atom", school=school).status_code == 200


def test_article_page_reads_like_an_article(ds):
    datasette, root = ds
    aid, title = db_rows(root, "select id, title from articles where version > 1 limit 1")[0]
    html = get(datasette, f"/disclosure/articles/{aid}").text
    assert f"<h1>{title}</h1>" in html and "版本历史" in html and "v1 → v2" in html
    assert 'class="body"' in html


def test_hostile_body_is_sanitized_on_the_page(ds):
    datasette, root = ds
    aid = db_rows(root, "select id from articles where body_text like '%详情请点击这里查看%' limit 1")[0][0]
    html = get(datasette, f"/disclosure/articles/{aid}").text
    body = html.split('class="body">')[1].split("</div>")[0]
    assert "详情请" in body and "<script" not in body and "onerror" not in body and "javascript:" not in body


def test_attachment_download_serves_archived_bytes(ds):
    datasette, root = ds
    aid, rowid, sha = db_rows(
        root, "select article_id, rowid, sha256 from attachments where sha256 is not null limit 1"
    )[0]
    resp = get(datasette, f"/-/attachment/{aid}/{rowid}")
    assert resp.status_code == 200 and hashlib.sha256(resp.content).hexdigest() == sha
    assert "filename*=UTF-8''" in resp.headers["content-disposition"]
    assert get(datasette, f"/-/attachment/{aid}/999999").status_code == 404


def test_visit_trend_and_takedown_evidence_on_pages(ds):
    datasette, root = ds
    aid = db_rows(
        root, "select article_id from visit_counts group by article_id having count(distinct visits) > 1 limit 1"
    )[0][0]
    assert "<svg" in get(datasette, f"/disclosure/articles/{aid}").text
    removed = db_rows(root, "select id from articles where removed_at is not null limit 1")[0][0]
    assert "删除证据" in get(datasette, f"/disclosure/articles/{removed}").text


def test_settings_are_safe_to_publish(ds):
    datasette, root = ds
    settings = get(datasette, "/-/settings.json").json()
    assert settings["sql_time_limit_ms"] <= 5000 and settings["max_returned_rows"] <= 1000
    resp = get(datasette, "/disclosure.json", sql="delete from articles")
    assert resp.status_code >= 400
    assert db_rows(root, "select count(*) from articles")[0][0] > 0
