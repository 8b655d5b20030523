"""The archive's pages in Datasette: data for the home, school, article, version and saved-query templates
(from ``pages.py``), each for the archive database it is asked about (config.py)."""

import json
import os
import sqlite3
from urllib.parse import quote, unquote, urlencode

from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response

from . import config, replay, watch
from . import pages as web


async def template_vars(datasette, view_name, database, table, request):
    """What extra_template_vars adds to a page of an archive ({} for any other page)."""
    if view_name == "school":  # school_view's context is whole
        return {}
    name = database if view_name in ("row", "table", "query", "database") else config.default_archive(datasette)
    if not config.is_archive(datasette, name):
        return {}
    db = datasette.get_database(name)
    extra = {"jb": config.template_vars(datasette, name), "feeds": feed_links(datasette, request, name)}
    if view_name == "index" or (view_name == "database" and name != config.DEFAULT_ARCHIVE):  # archive-home.html
        extra.update(await db.execute_fn(web.home))
        extra["demo"] = is_demo(datasette, name, extra.pop("demo_archive"))
    elif view_name == "row" and table == "articles" and request.url_vars.get("pks", "").isdigit():
        extra.update(await article_vars(datasette, db, request))
    elif view_name == "row" and table == "article_versions":
        extra.update(await version_vars(datasette, db, request))
    elif table is None and (query := request.url_vars.get("table")):  # a saved query: its context has no table
        extra["exports"] = query_exports(datasette, request, name, query)
        if query == "search":
            q = request.args.get("q", "")
            extra["total"] = await db.execute_fn(lambda conn: web.search_total(conn, q))
            extra["page"] = _page_number(request.args.get("page"))
    return extra


def is_demo(datasette, name, archive_says):
    """The home page's demo banner: ``plugins: jiangbei: demo: true`` in metadata, JIANGBEI_DEMO=1, or an
    archive that `jiangbei-crawler demo` made (archive_meta demo = 1)."""
    settings = datasette.plugin_config(config.PLUGIN, database=name) or {}
    return bool(settings.get("demo")) or os.environ.get("JIANGBEI_DEMO", "") not in ("", "0") or archive_says


async def school_view(datasette, request):
    """``/school/<name>`` (``/<archive>/school/<name>``): a school's page. The name comes %-encoded from a
    browser, or tilde-encoded by Datasette."""
    db = config.archive_of(datasette, request)
    name = tilde_decode(unquote(request.url_vars["school"])) or None
    if db is None or name is None:
        raise NotFound("没有这个存档 No such archive")
    data = await db.execute_fn(lambda conn: web.school(conn, name))
    if not data["total"]:
        raise NotFound("没有这所学校的存档 No school of that name in the archive")
    context = {**data, "jb": config.template_vars(datasette, db.name),
               "feeds": feed_links(datasette, request, db.name, name)}  # fmt: skip
    return Response.html(await datasette.render_template("school.html", context, request=request, view_name="school"))


async def article_vars(datasette, db, request):
    data = await db.execute_fn(lambda conn: web.article(conn, int(request.url_vars["pks"])))
    data["visits_svg"] = sparkline([v["visits"] for v in data.get("visits", [])])
    if "article" not in data:
        return data
    at = config.prefix(datasette, db.name)
    art = data["article"] = dict(data["article"])
    art["body_html"] = web.archived_images(art["body_html"], data["images"], f"{at}/-/image/")
    art["metadata_pairs"] = json.loads(art.get("metadata") or "{}")  # 索引号, 发布机构, 文号… in page order
    data["capture"] = capture_url(at, art)
    for row in data["versions"] + data["removals"]:
        row["capture"] = capture_url(at, row)
    await replay_links(datasette, db, request, art["url"], [art, *data["versions"]])
    data["feeds"] = feed_links(datasette, request, db.name, art["school"])
    path = datasette.urls.row(db.name, "article_versions", f"{art['id']},{data['latest']}")
    data["permalink"] = datasette.absolute_url(request, path)
    return data


async def version_vars(datasette, db, request):
    key = request.url_vars.get("pks", "").split(",")
    if len(key) != 2 or not all(k.isdigit() for k in key):
        return {}
    data = await db.execute_fn(lambda conn: web.version(conn, int(key[0]), int(key[1])))
    if data:
        at = config.prefix(datasette, db.name)
        v = data["version"]
        v["body_html"] = web.archived_images(v["body_html"], data["images"], f"{at}/-/image/")
        data["capture"] = capture_url(at, v)
        await replay_links(datasette, db, request, data["article"].get("url"), [v])
    return data


async def replay_links(datasette, db, request, url, rows):
    """Each row's ``replay``: its capture in pywb, at the capture's own time (replay.py)."""
    base, warcs = replay.base_url(request), (await config.archive_dir(datasette, db)).warc
    for row in rows:
        row["replay"] = replay.link(base, warcs, url, row)


def query_exports(datasette, request, database, name):
    """A saved query's export links with its parameters: the CSV is every row (exports.query_csv_view)."""
    args = [(k, v) for k in request.args.keys() for v in request.args.getlist(k) if not k.startswith("_")]

    def link(fmt, *more):
        query = urlencode(args + list(more))
        return datasette.urls.query(database, name, format=fmt) + ("?" + query if query else "")

    return {"csv": link("csv", ("_dl", "1")), "excel": link("excel"), "json": link("json", ("_shape", "array"))}


def capture_url(at, row):
    """Where a row's WARC record is shown, or None when it has none (archived before capture began)."""
    if not row.get("warc_file") or row.get("warc_offset") is None:
        return None
    return f"{at}/-/capture/{row['warc_file']}/{row['warc_offset']}"


def _page_number(value):
    return int(value) if (value or "").isdigit() and 0 < int(value) < 10**6 else 1


def feed_links(datasette, request, database, school=None):
    """Atom feeds for autodiscovery: overall, or for one school."""
    query = f"?school={quote(school)}" if school else ""
    names = {"feed_new": "新公开", "feed_changed": "修改", "feed_removed": "删除"}
    saved = datasette.metadata("queries", database=database) or {}
    links = [{"title": ("" if not school else school + " ") + title,
              "href": datasette.absolute_url(request, datasette.urls.database(database) + f"/{name}.atom{query}")}
             for name, title in names.items() if name in saved]  # fmt: skip
    watch_href = datasette.absolute_url(request, config.prefix(datasette, database) + f"/watch.atom{query}")
    return [*links, {"title": ("" if not school else school + " ") + "新文章与修改(含改动)", "href": watch_href}]


def sparkline(values, width=240, height=40):
    if len(values) < 2:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1
    step = width / (len(values) - 1)
    points = " ".join(f"{i * step:.1f},{height - (v - lo) / span * (height - 4) - 2:.1f}" for i, v in enumerate(values))
    return (
        f'<svg class="sparkline" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="访问次数 {lo}–{hi}"><polyline fill="none" stroke="#276890" stroke-width="2" points="{points}"/></svg>'
    )


async def watch_view(datasette, request):
    """``/watch.atom`` (``/<archive>/watch.atom``): a saved search's changes, with what changed (watch.py)."""
    db = config.archive_of(datasette, request)
    if db is None:
        return Response.text("no such archive", status=404)
    q, school = request.args.get("q") or None, request.args.get("school") or None
    origin = datasette.absolute_url(request, datasette.urls.path("/")).rstrip("/")
    # paths after the origin (which ends in Datasette's base_url)
    at = "" if db.name == config.default_archive(datasette) else f"/{tilde_encode(db.name)}"
    saved = "search" in (datasette.metadata("queries", database=db.name) or {})  # else the table's search box
    db_at = f"/{tilde_encode(db.name)}"
    links = {"db": db_at, "at": at, "search": (f"{db_at}/search", "q") if saved else (f"{db_at}/articles", "_search")}
    warcs, base = (await config.archive_dir(datasette, db)).warc, replay.base_url(request)
    try:
        xml = await db.execute_fn(lambda conn: watch.build(conn, origin, warcs, base, q, school, links))
    except sqlite3.Error as exc:  # a search the index cannot run, or the archive unreadable: one line
        return Response.text(f"feed unavailable: {exc}", status=400)
    return Response(xml, content_type="application/atom+xml; charset=utf-8")
