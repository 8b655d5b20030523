"""Change alerts that carry the change: an Atom feed per saved search, per school or of the whole portal.

``/watch.atom?q=words&school=name`` (both optional): one entry per new article and per new version of an
article that matches, newest first. An entry's content is the character diff against the version before
(the whole text, inserted, for a new article), as the version page shows it inline: removed text in
``<del>``, added text in ``<ins>``, a few unchanged lines around them. It links the version, the article
and, where pywb replays the archive, the capture (replay.py).
"""

import datetime as dt
from urllib.parse import urlencode, urlsplit

from lxml import etree
from markupsafe import Markup, escape

from .. import store as storage
from ..extract.text import xml_safe
from ..store import search
from . import diffs, replay

LIMIT = 50  # entries a feed holds: a reader polling daily sees every change of an ordinary day
BUDGET = 40000  # characters matched character by character per feed (diffs.Budget); the rest is marked whole


def changes(conn, q=None, school=None, limit=LIMIT):
    """The newest versions (1 = a new article) of the articles matching ``q`` and ``school``: (article, version,
    the version before or None), each version whole."""
    where, params = [], []
    if (q or "").strip():
        where.append(f"v.article_id in (select rowid from {search.FTS_TABLE} where {search.FTS_TABLE} match ?)")
        params.append(search.fts_query(q))
    if school:
        where.append("a.school = ?")
        params.append(school)
    sql = ("select v.article_id, v.version from article_versions v join articles a on a.id = v.article_id"
           f" {'where ' + ' and '.join(where) if where else ''}"
           " order by v.fetched_at desc, v.article_id desc, v.version desc limit ?")  # fmt: skip
    out = []
    for aid, number in conn.execute(sql, [*params, limit]).fetchall():
        article = dict(zip(("id", "url", "school", "title", "first_seen"), conn.execute(
            "select id, url, school, title, first_seen from articles where id = ?", [aid]).fetchone()))  # fmt: skip
        by_number = {v["version"]: v for v in storage.versions_of(conn, aid)}
        out.append((article, by_number[number], by_number.get(number - 1)))
    return out


def content(rows):
    """The inline diff as HTML, one paragraph per line, as on the version page."""
    parts = []
    for r in rows:
        if r["kind"] == "gap":
            parts.append(Markup("<p>⋯</p>"))
        else:
            parts.append(Markup("<p><small>%s:</small>%s</p>") % (r["label"], r["inline"]))
    return xml_safe(str(Markup("").join(parts)))


def _when(text):
    when = dt.datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


NS = "http://www.w3.org/2005/Atom"


def _el(parent, tag, text=None, **attrs):
    node = etree.SubElement(parent, f"{{{NS}}}{tag}", {k: v for k, v in attrs.items() if v is not None})
    node.text = text
    return node


def build(conn, origin, warc_dir, replay_base, q=None, school=None, links=None):
    """The feed's XML (bytes). Written with lxml: feedgen 1.0 drops an entry link's rel and title. ``links``:
    the archive's database, its own routes and its search (path, parameter) after ``origin`` (default: the
    ``disclosure`` archive served alone)."""
    links = {"db": "/disclosure", "at": "", "search": ("/disclosure/search", "q"), **(links or {})}
    scope = {k: v for k, v in (("q", q), ("school", school)) if v}
    name = " · ".join(([f"「{q}」"] if q else []) + ([school] if school else [])) or "全部 all"
    feed = etree.Element(f"{{{NS}}}feed", nsmap={None: NS})
    self_url = f"{origin}{links['at']}/watch.atom" + (f"?{urlencode(scope)}" if scope else "")
    _el(feed, "id", self_url)
    _el(feed, "title", f"江北区校务信息公开档案:{name} 的新文章与修改 / new articles and changes")
    found = changes(conn, q, school)
    _el(feed, "updated", (_when(found[0][1]["fetched_at"]) if found else dt.datetime.now(dt.UTC)).isoformat())
    _el(_el(feed, "author"), "name", "江北区校务信息公开档案 archive")
    _el(feed, "link", href=self_url, rel="self")
    search, param = links["search"]
    _el(feed, "link", href=f"{origin}{search}?{urlencode({param: q})}" if q else f"{origin}{links['at'] or '/'}")
    budget = diffs.Budget(BUDGET)
    for article, version, before in found:
        _entry(_el(feed, "entry"), origin + links["db"], warc_dir, replay_base, article, version, before, budget)
    return etree.tostring(feed, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _entry(entry, db_url, warc_dir, replay_base, article, version, before, budget):
    aid, n = article["id"], version["version"]
    host = urlsplit(article["url"]).hostname or "archive"
    _el(entry, "id", f"tag:{host},{(article['first_seen'] or '')[:10]}:article/{aid}/v{n}")
    what = "新文章 new" if before is None else f"第{n}版 修改了 {'、'.join(diffs.what_changed(before, version))}"
    _el(entry, "title", xml_safe(f"{version['title'] or article['title']}({what})"))
    _el(entry, "updated", _when(version["fetched_at"]).isoformat())
    _el(_el(entry, "author"), "name", xml_safe(article["school"] or "—"))
    _el(entry, "link", href=f"{db_url}/article_versions/{aid},{n}", rel="alternate")
    _el(entry, "link", href=f"{db_url}/articles/{aid}", rel="related", title="最新版本 the article")
    shown = replay.link(replay_base, warc_dir, article["url"], version)
    if shown:
        _el(entry, "link", href=shown["href"], rel="related", title="回放抓取时的页面 replay as captured")
    rows = diffs.diff_rows(before or {}, version, budget=budget)
    _el(entry, "content", content(rows) or str(escape("(无文字变化 no text changed)")), type="html")
