"""Datasette over many archives (``datasette archives/``): the portals page at ``/`` and the cross-portal search
at ``/-/search`` (``.json``, ``.atom``).

The search is the archive's own exact Chinese search (search.fts_query: equal to ``instr`` over title, body,
attachment and OCR text) run on every archive, merged by publication date, each row naming its portal; facets
count by portal, school and year over every match (school and year up to FACET_LIMIT matches). Each match's
school, year and date are read from indexes only. A Datasette serving one ``disclosure`` archive is left alone:
its home page is the archive's own.
"""

import asyncio
import datetime as dt
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
    f"coalesce(a.{c}, '')" for c in ("title", "body_text", "attachments_text", "ocr_text", "metadata")
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


# Every match's school, year and date come from indexes (store INDEXES), never from the article rows: a row holds
# the article's text, so reading it costs a page read per match (BENCHMARKS.md §9).
COVERING_INDEX = "idx_articles_school_year_published"
PUBLISHED_INDEX = "idx_articles_published_search_id"  # read newest first, it stops at the page's last row
NEWEST = "published desc, id desc"  # SQLite sorts NULL first, so last here, as the merge does
# School and year are counted for a search of at most this many matches over the portals searched (or when asked
# with ``facets=all``): counting costs about a microsecond a match, most of a search of 100,000 matches, and tells
# little about a term in nine articles of ten. Above it the total and the portal counts stay exact, the school and
# year facets are null (not counted, never estimated) and the page says so, with a link that counts them.
FACET_LIMIT = 20_000


def _where(conn, match, filters):
    """(the SQL condition of the matches, its parameters, the indexes this archive has), or None when the
    archive has no search index."""
    names = {r[0] for r in conn.execute("select name from sqlite_master where name in ('articles_fts', ?, ?)",
                                        [COVERING_INDEX, PUBLISHED_INDEX])}  # fmt: skip
    if "articles_fts" not in names:
        return None
    where, params = ["id in (select rowid from articles_fts where articles_fts match :m)"], {"m": match}
    for key in ("school", "year"):
        if filters.get(key):
            where.append(f"{key} = :{key}")
            params[key] = int(filters[key]) if key == "year" and filters[key].isdigit() else filters[key]
    return " and ".join(where), params, names


def _indexed(names, index):
    return f"indexed by {index}" if index in names else ""  # an archive not yet upgraded has the rows only


def newest(conn, match, filters, limit):
    """One archive's (total, its ``limit`` newest matches as {id, school, year, published}), or None when it
    has no search index. Unfiltered, the total is the index's count and the rows are the first ones down the
    date index that match; filtered, both come from one pass over the (school, year, published) index."""
    found = _where(conn, match, filters)
    if found is None:
        return None
    where, params, names = found
    if filters.get("school") or filters.get("year"):
        rows = conn.execute(f"select id, school, year, published, count(*) over () from articles "
                            f"{_indexed(names, COVERING_INDEX)} where {where} order by {NEWEST} limit :n",
                            {**params, "n": limit}).fetchall()  # fmt: skip
        total = rows[0][4] if rows else 0
    else:
        total = conn.execute("select count(*) from articles_fts where articles_fts match :m", params).fetchone()[0]
        rows = conn.execute(f"select id, school, year, published from articles {_indexed(names, PUBLISHED_INDEX)} "
                            f"where {where} order by {NEWEST} limit :n", {**params, "n": limit}).fetchall()  # fmt: skip
    return total, [{"id": r[0], "school": r[1], "year": r[2], "published": r[3]} for r in rows]


def facet_counts(conn, match, filters):
    """One archive's school and year counts over every match, from one pass down the (school, year, published)
    index: [("school" or "year", value, count)]."""
    where, params, names = _where(conn, match, filters)
    return conn.execute(f"""
        with by_both as (select school, year, count(*) as n from articles {_indexed(names, COVERING_INDEX)}
                         where {where} group by school, year)
        select 'school', school, sum(n) from by_both group by school
        union all select 'year', year, sum(n) from by_both group by year""", params).fetchall()  # fmt: skip


async def cross_search(datasette, args, facets=True):
    """Every archive's matches for ``q`` (searched side by side), merged newest first: page, total, facets (school
    and year for a search of at most FACET_LIMIT matches or ``facets=all``; ``facets_counted`` says whether)."""
    q = (args.get("q") or "").strip()
    page = max(int(args["page"]) if (args.get("page") or "").isdigit() else 1, 1)
    filters = {"q": q, "school": args.get("school"), "year": args.get("year")}
    result = {"q": q, "page": page, "total": 0, "rows": [], "facet_limit": FACET_LIMIT, "facets_counted": True,
              "facets": {"portal": [], "school": [], "year": []}}  # fmt: skip
    if not search.query_terms(q):
        return result
    match, merged, found = search.fts_query(q), [], []
    dbs = [db for db in archives(datasette) if not args.get("portal") or db.name == args["portal"]]
    answers = await asyncio.gather(
        *(db.execute_fn(lambda conn: newest(conn, match, filters, page * PAGE_SIZE)) for db in dbs)
    )
    for db, (total, rows) in ((db, a) for db, a in zip(dbs, answers) if a is not None and a[0]):
        name = portal_name(datasette, db)
        found.append(db)
        result["facets"]["portal"].append({"value": db.name, "label": name, "count": total})
        result["total"] += total
        merged += [{**r, "portal": db.name, "portal_name": name, "url": f"/{db.name}/articles/{r['id']}"} for r in rows]
    merged.sort(key=lambda r: (r["published"] is not None, r["published"] or "", r["portal"], r["id"]), reverse=True)
    result["rows"] = merged[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    result["facets_counted"] = facets and (result["total"] <= FACET_LIMIT or args.get("facets") == "all")
    work = [add_details(datasette, result["rows"], q)]
    if result["facets_counted"]:
        work.append(add_facets(result, found, match, filters))
    else:
        result["facets"].update(school=None, year=None)
    await asyncio.gather(*work)
    result["facets"]["portal"].sort(key=lambda f: -f["count"])
    return result


async def add_facets(result, dbs, match, filters):
    """The school and year facets: every match's counts over the archives that have any."""
    counts = {"school": Counter(), "year": Counter()}
    for found in await asyncio.gather(*(db.execute_fn(lambda conn: facet_counts(conn, match, filters)) for db in dbs)):
        for kind, value, n in found:
            counts[kind][value] += n
    result["facets"]["school"] = facet(counts["school"])
    result["facets"]["year"] = facet(counts["year"])


async def add_details(datasette, rows, q):
    """Title, status and snippet of the rows shown, read for that page only (a snippet reads the article's text),
    every portal's at once."""

    def details(ids):
        return lambda conn: conn.execute(
            f"select a.id, a.title, a.status, zh_snippet({SEARCH_COLUMNS}, :q) from articles a"
            " where a.id in (select value from json_each(:ids))",
            {"q": q, "ids": json.dumps(ids)},
        ).fetchall()

    names = sorted({r["portal"] for r in rows})
    found = await asyncio.gather(
        *(datasette.get_database(n).execute_fn(details([r["id"] for r in rows if r["portal"] == n])) for n in names)
    )
    by_key = {(n, d[0]): d[1:] for n, ds in zip(names, found) for d in ds}
    for r in rows:
        r["title"], r["status"], r["snippet"] = by_key.get((r["portal"], r["id"]), ("", None, ""))


def facet(counts):
    return [{"value": v, "label": str(v) if v is not None else "(无)", "count": n}
            for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))]  # fmt: skip


async def search_view(datasette, request):
    if not archives(datasette):
        return Response.text("找不到这个页面 / not found", status=404)
    args = {k: request.args.get(k) for k in ("q", "page", "portal", "school", "year", "facets")}
    fmt = request.url_vars.get("format")
    result = await cross_search(datasette, args, facets=fmt != ".atom")  # a feed shows no facets
    if fmt == ".json":
        return Response.json(result)
    if fmt == ".atom":
        return Response(atom(datasette, request, result), content_type="application/atom+xml; charset=utf-8")
    base = {k: v for k, v in args.items() if v and k != "page"}
    links = {"feed": "/-/search.atom?" + urlencode({"q": result["q"]}),
             "next": "/-/search?" + urlencode({**base, "page": result["page"] + 1})
             if result["page"] * PAGE_SIZE < result["total"] else None,
             "count_facets": "/-/search?" + urlencode({**base, "facets": "all"})}  # fmt: skip
    for kind, values in result["facets"].items():
        for f in values or []:
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
