"""Chinese search: Datasette's own search box equals a plain instr() scan."""

import asyncio
import random
import sqlite3

import pytest

from jiangbei_crawler import store as storage
from jiangbei_crawler.store import search
from jiangbei_crawler.testing import fresh_db, instr_where

COLUMNS = ("title", "body_text", "attachments_text")


def instr_ids(conn, query, columns=COLUMNS):
    return {r[0] for r in conn.execute(f"select id from articles where {instr_where(query, columns)}")}


def fts_ids(conn, query):
    sql = "select rowid from articles_fts where articles_fts match ?"
    return {r[0] for r in conn.execute(sql, [search.fts_query(query)])}


@pytest.mark.parametrize(
    "text, query, found",
    [
        ("学校加强师德师风建设", "师德", True),
        ("学校加强师德师风建设", "德师风", True),
        ("学校加强师德师风建设", "师", True),
        ("学校加强师德师风建设", "设", True),
        ("学校加强师德师风建设", "德风", False),
        ("江北区实验小学2012年党支部工作总结", "2012 党支部", True),
        ("江北区实验小学2012年党支部工作总结", "12年党", True),
        ("江北区实验小学2012年党支部工作总结", "2013 党支部", False),
        ("Hello World", "hello", False),  # instr is case-sensitive, and so is the index
        ("来源:江北区 发表时间", "区 发", True),  # two terms, AND
        ("来源:江北区 发表时间", "区发", False),  # never across whitespace
    ],
)
def test_fts_query_is_substring_semantics(text, query, found):
    db = fresh_db()
    db["articles"].insert({"id": 1, "title": "", "body_text": text})
    search.index_article(db, 1)
    assert (fts_ids(db.conn, query) == {1}) is found
    assert (instr_ids(db.conn, query) == {1}) is found


def test_a_disclosure_metadata_value_is_found_as_the_page_shows_it():
    db = fresh_db()
    meta = '{"索引号": "330205/2024-00123", "文号": "甬北教〔2024〕12号", "发布机构": "江北区教育局"}'
    db["articles"].insert({"id": 1, "title": "关于印发工作要点的通知", "body_text": "各校：", "metadata": meta})
    search.index_article(db, 1)
    for query, found in (("甬北教〔2024〕12号", True), ("2024-00123", True), ("江北区教育局", True), ("13号", False)):
        assert (fts_ids(db.conn, query) == {1}) is found
        assert (instr_ids(db.conn, query, ("title", "body_text", "metadata")) == {1}) is found


def test_an_older_index_definition_is_rebuilt_and_finds_the_same_articles():
    db = fresh_db()
    db.execute("drop table articles_fts")
    db.execute("create virtual table articles_fts using fts5(title, body_text, attachments_text, content='')")
    db["articles"].insert_all([{"id": 1, "title": "师德建设", "body_text": "加强师风"}, {"id": 2, "title": "党建"}])
    storage.ensure_db_shape(db)
    assert db.execute("select sql from sqlite_master where name = 'articles_fts'").fetchone()[0] == search.FTS_SQL
    assert [fts_ids(db.conn, q) for q in ("师", "师风", "建", "党")] == [{1}, {1}, {1, 2}, {2}]


def query_set(conn, rng, n=25):
    """Terms cut from the archive itself (1-4 characters), plus mixed and multi-word queries, plus misses."""
    texts = [r[0] for r in conn.execute("select body_text from articles where length(body_text) > 50")]
    queries = []
    for length in (1, 2, 3, 4):
        for _ in range(n):
            t = rng.choice(texts)
            i = rng.randrange(len(t) - length)
            term = t[i : i + length]
            if not any(c.isspace() for c in term):
                queries.append(term)
    queries += ["2012 党支部", "师德", "党建", "师德 师风", "江北区 收费", "2016 公示", "镕", "喆 老师", "不存在的词语"]
    return queries


@pytest.mark.slow
def test_search_through_datasette_json_api_equals_instr_scan(small_archive):
    from datasette.app import Datasette

    root, _ = small_archive
    conn = sqlite3.connect(root / "disclosure.db")
    queries = query_set(conn, random.Random(7))
    ds = Datasette(config_dir=root)

    async def ids(query):
        found, params = set(), {"_search": query, "_col": "id", "_shape": "objects", "_size": "max"}
        while True:
            resp = await ds.client.get("/disclosure/articles.json", params=params)
            assert resp.status_code == 200, resp.text
            page = resp.json()
            found |= {r["id"] for r in page["rows"]}
            if not page.get("next"):
                return found
            params["_next"] = page["next"]

    async def run():
        return {q: await ids(q) for q in queries}

    got = asyncio.run(run())
    wrong = {q: (len(got[q]), len(instr_ids(conn, q))) for q in queries if got[q] != instr_ids(conn, q)}
    print(f"\n{len(queries)} queries, {sum(len(v) for v in got.values())} hits, mismatches: {wrong}")
    assert wrong == {}
    assert sum(1 for q in queries if got[q]) > len(queries) * 0.8
