"""archive/ is code too: Datasette(config_dir=...) over a crawled, edited and pruned archive."""

import asyncio
import csv
import datetime as dt
import hashlib
import io
import pathlib
import re
import sqlite3
from urllib.parse import quote

import pytest
from datasette.app import Datasette
from datasette.utils import tilde_encode
from lxml import etree
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


def instr_any(word):
    """What the search must equal: the word in any searched column."""
    return " or ".join(f"instr(coalesce({c}, ''), '{word}') > 0" for c in search.COLUMNS)


def db_rows(root, sql):
    return sqlite3.connect(root / "disclosure.db").execute(sql).fetchall()


def test_search_box_finds_a_chinese_word_inside_sentences(ds):
    datasette, root = ds
    rows = get(datasette, "/disclosure/articles.json", _search="师德", _shape="array", _col="title", _size="max").json()
    assert rows and len(rows) == db_rows(root, f"select count(*) from articles where {instr_any('师德')}")[0][0]
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
    weights = re.search(r"bm25\(([\d., ]+)\)", pathlib.Path(root / "metadata.yml").read_text()).group(1)
    scores = dict(conn.execute(f"select rowid, bm25(articles_fts, {weights}) from articles_fts "
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


# ---- a journalist's path: home, school, search, article, version, feeds, exports ------------------------


def links_to_articles(html):
    return {int(x) for x in re.findall(r'href="(?:https?://[^/"]+)?/disclosure/articles/(\d+)"', html)}


def test_home_page_has_search_first_and_every_school_by_stage(ds):
    datasette, root = ds
    html = get(datasette, "/").text
    assert html.index('action="/disclosure/search"') < html.index("学校 Schools")
    schools = [s for (s,) in db_rows(root, "select distinct school from articles where school is not null")]
    assert schools and all(f'href="/school/{tilde_encode(s)}"' in html for s in schools)
    assert "本周新公开" in html and "本周修改" in html and "本周删除" in html
    assert 'rel="alternate" type="application/atom+xml"' in html


def test_school_page_shows_cross_posts_categories_changes_and_feeds(ds):
    # The replica cross-posts within a school (one id in two categories); across schools: tests/test_web.py.
    datasette, root = ds
    school, cross = db_rows(root, "select school, article_id from listings group by article_id having count(*) > 1")[0]
    resp = get(datasette, f"/school/{tilde_encode(school)}")
    assert resp.status_code == 200
    html = resp.text
    categories = html.split("栏目 Categories")[1].split("</ul>")[0]
    assert f"<h1>{school}</h1>" in html
    assert all(
        c in categories for (c,) in db_rows(root, f"select category_path from listings where article_id = {cross}")
    )
    total = db_rows(root, f"""select count(*) from articles where school = '{school}'
                              or id in (select article_id from listings where school = '{school}')""")[0][0]  # fmt: skip
    assert f"{total:,} 篇公开文章" in html and (cross in links_to_articles(html) or total > 50)
    changed = db_rows(root, f"""select v.article_id, v.version from article_versions v join articles a
                                on a.id = v.article_id where v.version > 1 and a.school = '{school}'""")  # fmt: skip
    assert all(f"/disclosure/article_versions/{a},{v}" in html for a, v in changed[:20])
    assert f"feed_new.atom?school={quote(school)}" in html
    assert get(datasette, "/school/" + tilde_encode("没有这所学校")).status_code == 404


def test_search_results_link_to_articles_with_total_and_pages(ds):
    datasette, root = ds
    total = db_rows(root, f"select count(*) from articles where {instr_any('学校')}")[0][0]
    assert total > 50
    first, second = (get(datasette, "/disclosure/search", q="学校", page=p).text for p in (1, 2))
    assert f"<b>{total:,}</b> 篇文章包含「学校」" in first and "检索词 Words" in first
    assert "select" not in first.split("<h1>")[1] and "_show_sql=1" in first  # SQL hidden, still reachable
    ids = [r["id"] for p in (1, 2) for r in get(datasette, "/disclosure/search.json", q="学校", page=p,
                                                 _shape="array").json()]  # fmt: skip
    assert links_to_articles(first) | links_to_articles(second) == set(ids)
    assert "page=2" in first and "下一页" in first and "上一页" in second and not set(ids[:50]) & set(ids[50:])


@pytest.mark.parametrize(
    "query", ["latest", "recently_changed", "removed", "school_timeline", "search", "feed_new", "feed_changed"]
)
def test_every_canned_query_row_links_to_its_article(ds, query):
    datasette, root = ds
    params = {"school": db_rows(root, "select school from articles limit 1")[0][0], "category": ""}
    params = params if query == "school_timeline" else {"q": "师德"} if query == "search" else {}
    rows = get(datasette, f"/disclosure/{query}.json", _shape="array", **params).json()
    ids = {r.get("id") or r.get("article_id") or int(r["atom_link"].rsplit("/", 1)[1].split(",")[0])
           for r in rows if not str(r.get("atom_id", "")).startswith("urn:")}  # fmt: skip
    assert ids and ids <= links_to_articles(get(datasette, f"/disclosure/{query}", **params).text)


@pytest.mark.parametrize(
    "table", ["articles", "article_versions", "attachments", "visit_counts", "listings", "removals"]
)
def test_every_table_row_links_to_its_article(ds, table):
    datasette, root = ds
    column = "id" if table == "articles" else "article_id"
    ids = {r[column] for r in get(datasette, f"/disclosure/{table}.json", _shape="array", _size=20).json()}
    html = get(datasette, f"/disclosure/{table}", _size=20).text
    assert ids and ids <= links_to_articles(html)


def test_articles_table_reads_well_by_default(ds):
    datasette, root = ds
    html = get(datasette, "/disclosure/articles").text
    shown = re.findall(r'<th[^>]* class="col-([a-z_]+)', html)
    assert shown == ["id", "published", "school", "category_path", "title", "source", "has_attachments", "status"]
    assert "<details><summary>各列说明" in html
    assert "有附件" in html and "正常" in html
    every = re.findall(r'<th[^>]* class="col-([a-z_]+)', get(datasette, "/disclosure/articles", _nocol="url").text)
    assert "body_text" in every and "url" not in every  # the column chooser still reaches every column
    assert "body_text" in get(datasette, "/disclosure/articles.json", _shape="array", _size=1).json()[0]
    facets = get(datasette, "/disclosure/articles.json").json()["facet_results"]
    assert {v["label"] for v in facets["has_attachments"]["results"]} <= {"有附件", "无附件"}
    assert {v["label"] for v in facets["status"]["results"]} <= {"正常", "疑似删除", "已删除"}
    years = [v["value"] for v in facets["year"]["results"]]
    assert years == sorted(years, reverse=True) and len(years) > 3
    published = db_rows(root, "select published from articles where published is not null order by published desc")
    assert published[0][0][:10] in html and published[0][0] not in html  # a date, not an ISO timestamp


def test_facets_count_exactly_what_column_facets_count(ds):
    datasette, root = ds
    for params in ({}, {"_search": "师德"}, {"_search": "学校", "status": "live"}):
        facets = get(datasette, "/disclosure/articles.json", **params).json()["facet_results"]
        for column in ("school", "category_path", "year", "has_attachments", "status"):
            plain = get(datasette, "/disclosure/articles.json", _facet=column, **params).json()["facet_results"]
            stock = [f for f in plain.values() if f["type"] == "column" and f["name"] == column]
            want = {v["value"]: v["count"] for v in stock[0]["results"]}
            assert {v["value"]: v["count"] for v in facets[column]["results"]} == want, (params, column)


def test_recently_changed_says_what_changed_and_links_to_the_diff(ds):
    datasette, root = ds
    rows = get(datasette, "/disclosure/recently_changed.json", _shape="array").json()
    assert rows and all(r["changed"] and set(r["changed"].split("、")) <= {"标题", "来源", "发表时间", "正文", "附件"}
                        for r in rows)  # fmt: skip
    html = get(datasette, "/disclosure/recently_changed").text
    assert all(f'href="/disclosure/article_versions/{r["article_id"]},{r["diff"]}"' in html for r in rows)


def test_any_version_in_full_with_a_character_level_diff(ds):
    datasette, root = ds
    aid, version = db_rows(root, "select article_id, max(version) from article_versions group by article_id "
                                 "having max(version) > 1 limit 1")[0]  # fmt: skip
    html = get(datasette, f"/disclosure/article_versions/{aid},{version}").text
    assert "此版全文" in html and "逐字对照" in html and "合并显示" in html
    assert "<ins>" in html or "<del>" in html
    first = get(datasette, f"/disclosure/article_versions/{aid},1").text
    body = db_rows(root, f"select body_text from article_versions where article_id = {aid} and version = 1")[0][0]
    assert body.split("\n")[0][:20] in first


def test_article_page_has_a_citation_and_a_permanent_link(ds):
    datasette, root = ds
    aid, url, sha, version, school = db_rows(
        root, "select id, url, content_hash, version, school from articles where version > 1 limit 1"
    )[0]
    html = get(datasette, f"/disclosure/articles/{aid}").text
    cite = html.split('class="cite"')[1].split("</div>")[0]
    assert school in cite and url in cite and sha in cite and "存档于" in cite
    assert f"http://localhost/disclosure/article_versions/{aid},{version}" in cite
    assert f'href="/school/{tilde_encode(school)}"' in html
    assert 'rel="alternate" type="application/atom+xml"' in html


ATOM = "{http://www.w3.org/2005/Atom}"


def check_atom(xml):
    """RFC 4287: the grammar (tests/fixtures/atom.rng), then the rules it states in prose."""
    schema = etree.RelaxNG(etree.parse(str(pathlib.Path(__file__).parent / "fixtures" / "atom.rng")))
    doc = etree.fromstring(xml)
    assert schema.validate(doc), schema.error_log
    entries = doc.findall(f"{ATOM}entry")
    # 4.1.1: a feed without an author needs one in every entry
    assert doc.find(f"{ATOM}author") is not None or all(e.find(f"{ATOM}author") is not None for e in entries)
    ids = [e.findtext(f"{ATOM}id") for e in entries] + [doc.findtext(f"{ATOM}id")]
    assert len(set(ids)) == len(ids) and all(
        re.match(r"^(tag:[^,]+,\d{4}-\d\d-\d\d:|urn:|https?://)\S+$", i) for i in ids
    )
    hrefs = [link.get("href") for link in doc.iter(f"{ATOM}link")]
    assert all(h.startswith("http://") or h.startswith("https://") for h in hrefs)
    times = [dt.datetime.fromisoformat(e.findtext(f"{ATOM}updated")) for e in entries]
    assert all(t.tzinfo is not None for t in times) and times == sorted(times, reverse=True)  # RFC 3339, newest first
    assert all(e.find(f"{ATOM}content") is not None or e.find(f"{ATOM}link") is not None for e in entries)  # 4.1.2
    return entries


@pytest.mark.parametrize("feed", ["feed_new", "feed_changed", "feed_removed"])
def test_feeds_validate_as_atom_with_absolute_links_and_tag_ids(ds, feed):
    datasette, root = ds
    entries = check_atom(get(datasette, f"/disclosure/{feed}.atom").content)
    assert len(entries) > 1 and any(e.findtext(f"{ATOM}id").startswith("tag:") for e in entries)
    school = db_rows(root, "select school from articles where removed_at is not null limit 1")[0][0]
    check_atom(get(datasette, f"/disclosure/{feed}.atom", school=school).content)
    check_atom(get(datasette, f"/disclosure/{feed}.atom", school="没有这所学校").content)


def test_the_schema_rejects_what_atom_forbids():
    schema = etree.RelaxNG(etree.parse(str(pathlib.Path(__file__).parent / "fixtures" / "atom.rng")))
    good = b'<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x:1</id><title>t</title><updated>2026-01-01T00:00:00Z</updated></feed>'
    assert schema.validate(etree.fromstring(good))
    for bad in (good.replace(b"<id>urn:x:1</id>", b""), good.replace(b"2026-01-01T00:00:00Z", b"yesterday"),
                good.replace(b"<title>t</title>", b"<title>t</title><title>u</title>")):  # fmt: skip
        assert not schema.validate(etree.fromstring(bad))


def test_csv_for_excel_has_a_byte_order_mark_all_rows_and_beijing_times(ds):
    datasette, root = ds
    resp = get(datasette, "/disclosure/articles.excel", _col="first_seen")
    assert resp.status_code == 302 and "_bom=1" in resp.headers["location"] and "_stream=on" in resp.headers["location"]
    body = asyncio.run(datasette.client.get(resp.headers["location"])).content
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body[3:].decode())))
    stored = db_rows(root, "select id, first_seen from articles order by id")
    assert len(rows) - 1 == len(stored) and "+08:00" in rows[1][-1]
    shown = {int(r[0]): dt.datetime.fromisoformat(r[-1]) for r in rows[1:]}
    assert all(shown[i] == dt.datetime.fromisoformat(t) for i, t in stored)  # the same instants
    plain = get(datasette, "/disclosure/recently_changed.csv").content
    assert not plain.startswith(b"\xef\xbb\xbf") and b"+00:00" not in plain and b"+08:00" in plain
    query = get(datasette, "/disclosure/recently_changed.excel").content
    assert query.startswith(b"\xef\xbb\xbf") and b"+08:00" in query
