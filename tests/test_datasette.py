"""archive/ is code too: Datasette(config_dir=...) over a crawled, edited and pruned archive."""

import asyncio
import csv
import datetime as dt
import hashlib
import io
import pathlib
import re
import sqlite3
from html import unescape
from urllib.parse import quote

import pytest
import sqlite_utils
import yaml
from datasette.app import Datasette
from datasette.utils import tilde_encode
from lxml import etree

from jiangbei_crawler import store as storage
from jiangbei_crawler.store import search
from jiangbei_crawler.testing import archive_config, crawl_states, instr_where, replica
from jiangbei_crawler.web import pages as web


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    root = archive_config(tmp_path_factory.mktemp("archive"))
    with replica("tiny") as url:
        crawl_states(url, root / "disclosure.db", (0, 1, 1))
    return Datasette(config_dir=root), root


def get(datasette, path, **params):
    return asyncio.run(datasette.client.get(path, params=params or None))


def db_rows(root, sql):
    return sqlite3.connect(root / "disclosure.db").execute(sql).fetchall()


def test_search_box_finds_a_chinese_word_inside_sentences(ds):
    datasette, root = ds
    rows = get(datasette, "/disclosure/articles.json", _search="师德", _shape="array", _col="title", _size="max").json()
    assert rows and len(rows) == db_rows(root, f"select count(*) from articles where {instr_where('师德')}")[0][0]
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
    evidence = get(datasette, f"/disclosure/articles/{removed}").text.split("删除证据")[1]
    sightings = db_rows(
        root, f"select status, kind from removals where article_id = {removed} order by observed_at, id"
    )
    said = re.findall(r"<li><b>[^<]+</b>\(北京时间\):门户([^<。]+)", evidence)
    assert len(said) == len(sightings) > 1 and "第二次看到,确认删除" in evidence
    for (status, kind), words in zip(sightings, said):
        assert f"HTTP {status}" in words or kind == "redirect", words
        assert (
            "页面写着“" in words
            if kind == "soft404"
            else "跳转" in words
            if kind == "redirect"
            else "找不到页面" in words
        )


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
    assert schools and all(f'href="/school/{quote(s, safe="")}"' in html for s in schools)
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
    listed = f"school = '{school}' or id in (select article_id from listings where school = '{school}')"
    total = db_rows(root, f"select count(*) from articles where {listed}")[0][0]
    assert f"{total:,} 篇公开文章" in html
    newest = db_rows(root, f"select id from articles where {listed} order by published desc, id desc limit 50")
    assert newest and {i for (i,) in newest} <= links_to_articles(html)  # the timeline: the 50 newest, cross-posts too
    changed = db_rows(root, f"""select v.article_id, v.version from article_versions v join articles a
                                on a.id = v.article_id where v.version > 1 and a.school = '{school}'""")  # fmt: skip
    assert all(f"/disclosure/article_versions/{a},{v}" in html for a, v in changed[:20])
    assert f"feed_new.atom?school={quote(school)}" in html
    assert get(datasette, "/school/" + tilde_encode("没有这所学校")).status_code == 404


def test_search_results_link_to_articles_with_total_and_pages(ds):
    datasette, root = ds
    total = db_rows(root, f"select count(*) from articles where {instr_where('学校')}")[0][0]
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
    assert f'href="/school/{quote(school, safe="")}"' in html
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


# ---- the journalist's screens on a tiny archive built here: no crawl -------------------------------------

MANY = 1205  # one school's articles: more than max_returned_rows (1,000), where Datasette's CSV would stop
TODAY = dt.datetime.now(web.SHANGHAI).replace(hour=9, minute=0, second=0, microsecond=0)
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
FIRST, SECOND = ((NOW - dt.timedelta(days=d)).isoformat() for d in (2, 1))  # two crawls, both this week
SOFT_404 = "<html><head></head><body><script>alert('该信息不存在或已被删除!');history.back();</script></body></html>"


def made(aid, school, title, published):
    return {"id": aid, "url": f"http://portal.example/show.asp?id={aid}", "school": school, "title": title,
            "category": "校务公开", "category_path": "校务公开", "source": "办公室", "published": published.isoformat(),
            "body_text": f"{title}。学校召开师德建设大会。", "body_html": f"<p>{title}</p>", "attachments": []}  # fmt: skip


def gone(db, aid, crawl_id, now, **how):
    storage.save_removal(db, {"article_id": aid, "url": f"http://portal.example/show.asp?id={aid}", **how}, crawl_id,
                         now=now)  # fmt: skip


def build(root, metadata=None):
    """MANY articles of a primary school, one a day back from yesterday, and three notices of a kindergarten on
    收费公示: live, suspected (found gone once, redirected home) and removed (found gone twice: a soft 404)."""
    db = storage.ensure_db_shape(sqlite_utils.Database(memory=True))
    for i in range(1, MANY + 1):
        storage.save_article(
            db, made(i, "江北区甲小学", f"甲小学第{i}号通知", TODAY - dt.timedelta(days=i)), 1, now=FIRST
        )
    month_ago = TODAY - dt.timedelta(days=30)
    for aid, title in ((5001, "乙幼儿园收费公示"), (5002, "乙幼儿园收费公示补充"), (5003, "乙幼儿园收费公示说明")):
        storage.save_article(db, made(aid, "江北区乙幼儿园", title, month_ago), 1, now=FIRST)
    for crawl_id, now in ((1, FIRST), (2, SECOND)):
        gone(db, 5001, crawl_id, now, status=200, final_url="http://portal.example/show.asp?id=5001", kind="soft404",
             snippet=SOFT_404)  # fmt: skip
    gone(db, 5002, 2, SECOND, status=200, final_url="http://portal.example/index.asp", kind="redirect", snippet="")
    out = sqlite3.connect(root / "disclosure.db")
    db.conn.backup(out)
    out.close()
    if metadata is not None:
        (root / "metadata.yml").write_text(yaml.safe_dump(metadata, allow_unicode=True))
    return Datasette(config_dir=root)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = archive_config(tmp_path_factory.mktemp("built"))
    return build(root), root


def results_by_title(html):
    """The search page's results: title -> the HTML of its result."""
    parts = html.split('<div class="result">')[1:]
    return {re.search(r"<b><a [^>]*>([^<]+)</a></b>", p).group(1): p.split('<div class="meta">')[0] for p in parts}


def test_search_results_mark_removed_and_suspected_articles(built):
    datasette, root = built
    results = results_by_title(get(datasette, "/disclosure/search", q="收费公示").text)
    assert set(results) == {"乙幼儿园收费公示", "乙幼儿园收费公示补充", "乙幼儿园收费公示说明"}
    assert '<span class="badge removed"' in results["乙幼儿园收费公示"] and "已删除" in results["乙幼儿园收费公示"]
    assert (
        '<span class="badge suspected"' in results["乙幼儿园收费公示补充"]
        and "疑似删除" in results["乙幼儿园收费公示补充"]
    )
    assert "badge" not in results["乙幼儿园收费公示说明"]


def csv_link(html, text="CSV"):
    return unescape(re.search(rf'<a href="([^"]+)">{re.escape(text)}', html).group(1))


def read_csv(datasette, path):
    resp = asyncio.run(datasette.client.get(path))
    assert resp.status_code == 200, resp.text[:500]
    return list(csv.DictReader(io.StringIO(resp.content.decode("utf-8-sig"))))


def test_csv_link_of_the_articles_table_has_every_row_and_each_url(built):
    datasette, root = built
    link = csv_link(get(datasette, "/disclosure/articles").text)
    rows = read_csv(datasette, link)
    stored = dict(db_rows(root, "select id, url from articles"))
    assert len(stored) > 1000 and {int(r["id"]): r["url"] for r in rows} == stored
    assert list(rows[0])[:2] == ["id", "url"] and "title" in rows[0] and "body_text" not in rows[0]  # the page's
    # a filtered page: its CSV is the filtered rows, all of them
    school = read_csv(datasette, csv_link(get(datasette, "/disclosure/articles", school="江北区甲小学").text))
    assert len(school) == MANY and {r["school"] for r in school} == {"江北区甲小学"}


def test_saved_query_csv_has_every_row_urls_and_beijing_times(built):
    datasette, root = built
    page = get(datasette, "/disclosure/school_timeline", school="江北区甲小学", category="").text
    assert "超过 1,000 条" in page
    rows = read_csv(datasette, csv_link(page, "CSV(全部"))
    assert len(rows) == MANY and all(r["url"] == f"http://portal.example/show.asp?id={r['id']}" for r in rows)
    excel = asyncio.run(datasette.client.get(csv_link(page, "Excel"))).content
    assert (
        excel.startswith(b"\xef\xbb\xbf") and len(list(csv.reader(io.StringIO(excel.decode("utf-8-sig"))))) == MANY + 1
    )
    removed = read_csv(datasette, csv_link(get(datasette, "/disclosure/removed").text, "CSV(全部"))
    stored = dict(db_rows(root, "select id, suspected_removed_at from articles where suspected_removed_at is not null"))
    shown = {int(r["id"]): r["suspected_removed_at"] for r in removed}
    assert set(shown) == set(stored) == {5001, 5002}
    assert all(t.endswith("+08:00") and dt.datetime.fromisoformat(t) == dt.datetime.fromisoformat(stored[i])
               for i, t in shown.items())  # fmt: skip


def test_saved_query_pages_have_chinese_titles_and_no_sql_controls(built):
    datasette, root = built
    html = get(datasette, "/disclosure/removed").text
    assert "已删除 Taken down</h1>" in html and "共 2 条" in html
    assert "Custom SQL query" not in html and "Run SQL" not in html and "<textarea" not in html
    assert 'type="submit"' not in html and "select id" not in html  # no parameters to fill, the SQL hidden
    assert '<th class="col-suspected_removed_at" scope="col" title="suspected_removed_at">疑似删除</th>' in html
    shown = get(datasette, "/disclosure/removed", _show_sql="1").text
    assert "select id, school" in shown and "Run SQL" not in shown and "<textarea" not in shown
    timeline = get(datasette, "/disclosure/school_timeline", school="江北区乙幼儿园", category="").text
    assert '<label for="qp1">学校</label>' in timeline and 'value="查询 Show"' in timeline and "共 3 条" in timeline
    assert "Run SQL" not in timeline


def test_table_headers_and_facets_read_in_chinese(built):
    datasette, root = built
    html = get(datasette, "/disclosure/articles").text
    headers = re.findall(r'<th [^>]*class="col-([a-z_]+)"[^>]*>\s*(?:<a [^>]*>)?([^<&]+)', html)
    assert [(c, label.strip()) for c, label in headers] == [
        ("id", "文章编号"), ("published", "发表时间"), ("school", "学校"), ("category_path", "栏目路径"),
        ("title", "标题"), ("source", "来源"), ("has_attachments", "有附件"), ("status", "状态")]  # fmt: skip
    titles = re.findall(r'<p class="facet-info-name">\s*<strong>([^<]+?)\s*<span', html)
    assert sorted(titles) == sorted(["学校", "栏目路径", "年份", "有附件", "状态"]) and "(zh)" not in html
    removals = get(datasette, "/disclosure/removals").text
    assert ">观察时间" in removals and ">文章编号" in removals and "最终地址" in removals


def test_school_links_are_readable_and_both_spellings_are_served(built):
    datasette, root = built
    html = get(datasette, "/").text
    for school in ("江北区甲小学", "江北区乙幼儿园"):
        readable = "/school/" + quote(school, safe="")
        assert f'href="{readable}"' in html and tilde_encode(school) not in html
        for path in (readable, "/school/" + tilde_encode(school)):
            resp = get(datasette, path)
            assert resp.status_code == 200 and f"<h1>{school}</h1>" in resp.text, path
    article = get(datasette, "/disclosure/articles/5001").text
    assert f'href="/school/{quote("江北区乙幼儿园", safe="")}"' in article
    missing = get(datasette, "/school/" + quote("没有这所学校", safe=""))
    assert missing.status_code == 404 and "找不到这个页面" in missing.text


def test_home_counts_articles_published_this_week(built):
    datasette, root = built
    html = get(datasette, "/").text
    published = [TODAY - dt.timedelta(days=i) for i in range(1, MANY + 1)] + [TODAY - dt.timedelta(days=30)] * 3
    this_week = sum((TODAY.date() - p.date()).days < 7 for p in published)
    assert this_week == 6
    assert re.search(re.escape("本周新公开(按发表时间)") + rf"[^<]*<b>{this_week}</b>", html)
    assert re.search(
        re.escape("本周新存档(按首次抓取)") + rf"[^<]*<b>{MANY + 3:,}</b>", html
    )  # all first seen on FIRST


def test_takedown_evidence_reads_in_plain_chinese(built):
    datasette, root = built
    html = get(datasette, "/disclosure/articles/5001").text
    evidence = html.split("删除证据")[1]
    sightings = re.findall(r"<li>(.*?)</li>", evidence, re.S)
    assert len(sightings) == 2
    first, second = (" ".join(s.split()) for s in sightings)
    said = "门户返回 HTTP 200 但页面写着“该信息不存在或已被删除!”"
    when = [dt.datetime.fromisoformat(t).astimezone(web.SHANGHAI).strftime("%Y-%m-%d %H:%M") for t in (FIRST, SECOND)]
    assert f"<b>{when[0]}</b>(北京时间)" in first and said in first and "第一次看到,疑似删除" in first
    assert f"<b>{when[1]}</b>" in second and said in second and "第二次看到,确认删除" in second
    assert "soft404" not in evidence and "确认</th>" not in evidence
    moved = get(datasette, "/disclosure/articles/5002").text.split("删除证据")[1]
    assert "把原文地址跳转到了别的页面" in moved and 'href="http://portal.example/index.asp"' in moved


def test_error_page_and_breadcrumbs_speak_chinese(built):
    datasette, root = built
    resp = get(datasette, "/disclosure/no_such_table")
    assert resp.status_code == 404
    assert "找不到这个页面 / Page not found" in resp.text and "返回首页" in resp.text
    crumbs = get(datasette, "/disclosure/removals").text.split('<p class="crumbs">')[1].split("</p>")[0]
    assert re.findall(r">([^<]+)</a>", crumbs) == ["首页", "公开信息档案"]
    row = get(datasette, "/disclosure/removals/1").text.split('<p class="crumbs">')[1].split("</p>")[0]
    assert re.findall(r">([^<]+)</a>", row) == ["首页", "公开信息档案", "删除证据"]


DEMO = "这是模拟门户的演示存档 / This is a demo archive of a simulated portal (the local replica), not the real portal."


def config_dir(path):
    path.mkdir()
    return archive_config(path)


def test_demo_banner_from_plugin_config_or_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("JIANGBEI_DEMO", raising=False)
    plain = build(config_dir(tmp_path / "plain"))
    assert DEMO not in get(plain, "/").text
    monkeypatch.setenv("JIANGBEI_DEMO", "1")
    assert DEMO in get(plain, "/").text
    monkeypatch.delenv("JIANGBEI_DEMO")
    root = config_dir(tmp_path / "demo")
    metadata = yaml.safe_load((root / "metadata.yml").read_text())
    demo = build(root, {**metadata, "plugins": {"jiangbei": {"demo": True}}})
    html = get(demo, "/").text
    assert html.index(DEMO) < html.index("<h1>")
    assert DEMO not in get(demo, "/disclosure/articles").text  # the home page only
