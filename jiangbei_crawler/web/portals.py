"""Datasette over many archives (``datasette archives/``): the portals page at ``/`` and the cross-portal search
at ``/-/search`` (``.json``, ``.atom``).

The search is the archive's own exact Chinese search (search.fts_query: equal to ``instr`` over title, body,
attachment and OCR text) run on every archive, merged by publication date, each row naming its portal; facets
count by portal, school and year over every match. A Datasette serving one ``disclosure`` archive is left
alone: its home page is the archive's own.
"""

import asyncio
import datetime as dt
import heapq
import json
from collections import Counter
from urllib.parse import urlencode
from xml.sax.saxutils import escape

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup

from ..extract.text import xml_safe
from ..store import search

PAGE_SIZE = 50
SINGLE_ARCHIVE = "disclosure"
# the text the snippet is cut from, as the archive's own search page builds it
SEARCH_COLUMNS = " || char(10) || ".join(
    f"coalesce(a.{c}, '')" for c in ("title", "body_text", "attachments_text", "ocr_text")
)


def archives(datasette):
    """The portal databases being served (every one with an articles search index), or [] when Datasette serves
    the single archive of today."""
    if SINGLE_ARCHIVE in datasette.databases:
        return []
    return [db for db in datasette.databases.values() if not db.is_memory and db.name != "_internal"]


def portal_name(datasette, db):
    return datasette.metadata("title", database=db.name) or db.name


def portal_summary(conn):
    """Articles, schools, last crawl and takedowns in the last 30 days of one archive."""
    one = conn.execute("""select (select count(*) from articles) as articles,
        (select count(distinct school) from articles) as schools,
        (select count(*) from articles where julianday(coalesce(removed_at, suspected_removed_at))
                                              >= julianday('now', '-30 days')) as takedowns""").fetchone()
    crawl = conn.execute(
        "select id, status, summary, started, finished from crawls order by id desc limit 1"
    ).fetchone()
    keys = ("articles", "schools", "takedowns")
    out = dict(zip(keys, one))
    out["crawl"] = dict(zip(("id", "status", "summary", "started", "finished"), crawl)) if crawl else None
    return out


async def portals(datasette):
    rows = []
    for db in sorted(archives(datasette), key=lambda db: db.name):
        if "articles_fts" not in await db.table_names():
            continue
        rows.append({"id": db.name, "name": portal_name(datasette, db), **await db.execute_fn(portal_summary)})
    return rows


@hookimpl
def extra_template_vars(view_name, datasette):
    if view_name != "index" or not archives(datasette):
        return {}

    async def inner():
        return {"portals": await portals(datasette)}

    return inner


@hookimpl
def register_routes():
    return [(r"^/-/search(?P<format>\.json|\.atom)?$", search_view)]


def matches(conn, match, filters, limit):
    """(total, rows up to ``limit`` newest first, school counts, year counts) of one archive: the index is read
    once, the facets counted and the newest rows chosen from its (id, school, year, date) rows."""
    where, params = ["a.id in (select rowid from articles_fts where articles_fts match :m)"], {"m": match}
    for key in ("school", "year"):
        if filters.get(key):
            where.append(f"a.{key} = :{key}")
            params[key] = int(filters[key]) if key == "year" and filters[key].isdigit() else filters[key]
    hits = conn.execute(f"select a.id, a.school, a.year, a.published from articles a where {' and '.join(where)}",
                        params).fetchall()  # fmt: skip
    newest = heapq.nlargest(limit, hits, key=lambda h: (h[3] is not None, h[3] or "", h[0]))
    found = conn.execute("select id, title, status from articles where id in (select value from json_each(?))",
                         [json.dumps([h[0] for h in newest])]).fetchall()  # fmt: skip
    more = {r[0]: r[1:] for r in found}
    rows = [{"id": h[0], "title": more[h[0]][0], "school": h[1], "published": h[3], "year": h[2],
             "status": more[h[0]][1]} for h in newest]  # fmt: skip
    return len(hits), rows, Counter(h[1] for h in hits).items(), Counter(h[2] for h in hits).items()


async def cross_search(datasette, args):
    """Every archive's matches for ``q`` (searched side by side), merged newest first: page, total, facets."""
    q = (args.get("q") or "").strip()
    page = max(int(args["page"]) if (args.get("page") or "").isdigit() else 1, 1)
    filters = {"q": q, "school": args.get("school"), "year": args.get("year")}
    result = {"q": q, "page": page, "total": 0, "rows": [], "facets": {"portal": [], "school": [], "year": []}}
    if not search.query_terms(q):
        return result
    match, merged, schools, years = search.fts_query(q), [], Counter(), Counter()
    dbs = [db for db in archives(datasette) if not args.get("portal") or db.name == args["portal"]]
    dbs = [db for db in dbs if "articles_fts" in await db.table_names()]
    answers = await asyncio.gather(
        *(db.execute_fn(lambda conn: matches(conn, match, filters, page * PAGE_SIZE)) for db in dbs)
    )
    for db, (total, rows, by_school, by_year) in zip(dbs, answers):
        name = portal_name(datasette, db)
        if total:
            result["facets"]["portal"].append({"value": db.name, "label": name, "count": total})
        result["total"] += total
        merged += [{**r, "portal": db.name, "portal_name": name, "url": f"/{db.name}/articles/{r['id']}"} for r in rows]
        schools.update(dict(by_school))
        years.update(dict(by_year))
    merged.sort(key=lambda r: (r["published"] is not None, r["published"] or "", r["portal"], r["id"]), reverse=True)
    result["rows"] = merged[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    await add_snippets(datasette, result["rows"], q)
    result["facets"]["school"] = facet(schools)
    result["facets"]["year"] = facet(years)
    result["facets"]["portal"].sort(key=lambda f: -f["count"])
    return result


async def add_snippets(datasette, rows, q):
    """Each shown row's snippet, made for that page only (a snippet costs about a millisecond of body text)."""
    for name in {r["portal"] for r in rows}:
        ids = json.dumps([r["id"] for r in rows if r["portal"] == name])
        found = await datasette.get_database(name).execute(
            f"select a.id, zh_snippet({SEARCH_COLUMNS}, :q) from articles a where a.id in (select value from json_each(:ids))",
            {"q": q, "ids": ids},
        )
        snippets = dict(found.rows)
        for r in rows:
            if r["portal"] == name:
                r["snippet"] = snippets.get(r["id"], "")


def facet(counts):
    return [{"value": v, "label": str(v) if v is not None else "(无)", "count": n}
            for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]  # fmt: skip


async def search_view(datasette, request):
    if not archives(datasette):
        return Response.text("找不到这个页面 / not found", status=404)
    args = {k: request.args.get(k) for k in ("q", "page", "portal", "school", "year")}
    result = await cross_search(datasette, args)
    fmt = request.url_vars.get("format")
    if fmt == ".json":
        return Response.json(result)
    if fmt == ".atom":
        return Response(atom(datasette, request, result), content_type="application/atom+xml; charset=utf-8")
    base = {k: v for k, v in args.items() if v and k != "page"}
    links = {"feed": "/-/search.atom?" + urlencode({"q": result["q"]}),
             "next": "/-/search?" + urlencode({**base, "page": result["page"] + 1})
             if result["page"] * PAGE_SIZE < result["total"] else None}  # fmt: skip
    for kind, values in result["facets"].items():
        for f in values:
            chosen = args.get(kind) == str(f["value"])
            rest = {k: v for k, v in base.items() if k != kind}
            f["href"] = "/-/search?" + urlencode(rest if chosen else {**rest, kind: f["value"]})
            f["chosen"] = chosen
    for r in result["rows"]:  # the snippet's own grammar (escaped text, <mark>) is shown as HTML, nothing else
        r["snippet_html"] = Markup(r["snippet"]) if search.is_safe_snippet(r["snippet"]) else r["snippet"]
    context = {"result": result, "links": links, "args": args}
    return Response.html(await datasette.render_template("portals_search.html", context, request=request))


def atom(datasette, request, result):
    """An Atom feed of the newest matches of one query, over every portal."""
    origin = datasette.absolute_url(request, "/").rstrip("/")
    self_url = f"{origin}/-/search.atom?{urlencode({'q': result['q']})}"
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    updated = max((r["published"] for r in result["rows"] if r["published"]), default=now)
    text = lambda value: escape(xml_safe(str(value or "")))  # noqa: E731
    entries = "".join(
        f"<entry><id>{text(origin + r['url'])}</id><title>{text(r['title'])}</title>"
        f'<updated>{text(r["published"] or now)}</updated><link href="{text(origin + r["url"])}"/>'
        f"<author><name>{text(r['portal_name'])} · {text(r['school'])}</name></author>"
        f'<summary type="html">{text(r["snippet"])}</summary></entry>'
        for r in result["rows"]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{text(self_url)}</id><title>检索 {text(result['q'])} · 全部门户</title><updated>{text(updated)}</updated>"
        f'<link rel="self" href="{text(self_url)}"/>{entries}</feed>'
    )
