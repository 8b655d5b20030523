"""bench/realsite.py: a saved site is served and scored by its README's rules, on a tiny site made here."""

import json
import sqlite3
import urllib.error
import urllib.request

from bench import realsite
from bench.realsite_score import score


def saved_site(tmp_path, name="tiny"):
    tree = tmp_path / name / "site"
    (tree / "news" / "2020").mkdir(parents=True)
    (tree / "Default.aspx").write_text("<a href='/news/'>news</a>", encoding="utf-8")
    (tree / "news" / "Index.aspx").write_text("<a href='2020/1.html'>one</a>", encoding="utf-8")
    (tree / "news" / "2020" / "1.html").write_text("<h1>One</h1><p>first line</p><p>last line</p>", encoding="utf-8")
    (tree / "news" / "2020" / "2.html").write_text("<h1>Two</h1>", encoding="utf-8")
    expected = {
        "articles": [
            {"path": "/news/2020/1.html", "title": "One", "date": "2020-01-02", "source": "本站",
             "first": "first line", "last": "last line"},
            {"path": "/news/2020/2.html", "title": "Two", "date": None, "source": None, "first": None, "last": None},
        ],
        "lists": [{"path": "/news/", "rows": 1, "pages": 1}],
        "not_articles": ["/"],
    }  # fmt: skip
    (tmp_path / name / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    return realsite.Site(str(tmp_path / name))


def fetch(url):
    try:
        with urllib.request.urlopen(url) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, ""


def test_a_site_is_served_by_its_default_documents_and_answers_404_outside_its_tree(tmp_path):
    site = saved_site(tmp_path)
    with site.serve() as url:
        assert fetch(url + "/") == (200, "<a href='/news/'>news</a>")
        assert fetch(url + "/news/")[1] == "<a href='2020/1.html'>one</a>"  # Index.aspx, whatever its case
        assert fetch(url + "/news")[1] == "<a href='2020/1.html'>one</a>"  # redirected to the slash
        assert fetch(url + "/news/2020/3.html")[0] == 404
        assert fetch(url + "/../expected.json")[0] == 404
        assert fetch(url + "/robots.txt")[0] == 404  # no robots.txt fact for this folder


def test_links_to_one_page_share_its_key(tmp_path):
    site = saved_site(tmp_path)
    assert site.key("http://127.0.0.1:1/") == site.key("/Default.aspx") == "Default.aspx"
    assert site.key("http://127.0.0.1:1/news/") == site.key("/news/Index.aspx")
    assert site.key("/news/2020/1.html?x=1") == "news/2020/1.html"
    assert site.key("/nowhere.html") is None


def archive(path, rows):
    conn = sqlite3.connect(path)
    conn.execute("create table articles (url, title, published, source, body_text, extraction)")
    conn.execute("create table crawls (id, status, requests, dead, errors, summary)")
    conn.executemany("insert into articles values (?, ?, ?, ?, ?, '{}')", rows)
    conn.execute("insert into crawls values (1, 'ok', 12, 0, 0, '')")
    conn.commit()
    conn.close()


def test_the_score_counts_matches_by_page_and_fields_against_the_truth(tmp_path):
    site = saved_site(tmp_path)
    db = str(tmp_path / "a.db")
    archive(db, [
        ("http://h/news/2020/1.html", "One\u200c", "2020-01-02T08:00:00", "来源", "first line\nmiddle\nlast line"),
        ("http://h/news/Index.aspx", "news", None, None, "one"),  # a list page stored as an article
    ])  # fmt: skip
    result = score(db, site.expected(), site.key)
    assert (result["found"], result["recall"], result["precision"]) == (1, 0.5, 0.5)
    assert result["missed_examples"] == ["/news/2020/2.html"] and result["missed_without_body"] == 1
    assert result["not_articles_examples"] == ["/news/Index.aspx"]
    assert (result["title"], result["date"], result["body"]) == (1.0, 1.0, 1.0)  # a zero-width mark is not text
    assert result["source"] == 0.0 and result["source_wrong"] == [["/news/2020/1.html", "来源", "本站"]]
    assert result["requests_per_article"] == 6.0
