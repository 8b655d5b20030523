"""Datasette plugin for the archive: Chinese search, article pages, attachment downloads.

Loaded from ``archive/plugins/`` (which imports it), so ``datasette archive/``
needs no manual step.
"""

import asyncio
import csv
import datetime as dt
import io
import json
import os
import re
import sqlite3
import sys
import warnings
import zlib
from urllib.parse import quote, unquote, unquote_to_bytes, urlencode, urlsplit

import click
import nh3
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import (
    derive_named_parameters,
    escape_sqlite,
    path_with_added_args,
    path_with_removed_args,
    tilde_decode,
    tilde_encode,
)
from datasette.utils.asgi import Response
from datasette.views.database import MagicParameters
from markupsafe import Markup
from PIL import Image

from .. import store as storage
from ..extract.text import ALLOWED_ATTRS, ALLOWED_TAGS, xml_safe
from ..store import search, upgrade, warc
from . import pages as web
from . import replay, watch

SHA256 = re.compile(r"^[0-9a-f]{64}$")
ARCHIVE_DB = "disclosure"


MAX_VALUE_BYTES = 64 * 1024 * 1024  # no string or blob a query makes may exceed this (zeroblob(500000000) fails)
SQLITE_MAX_INT = 2**63 - 1


@hookimpl(trylast=True)
def prepare_connection(conn):
    # trylast: runs after Datasette's own escape_fts and replaces it, so the stock
    # search box (?_search=) speaks the bigram index of jiangbei_crawler.store.search.
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.create_function("escape_fts", 1, search.fts_query, deterministic=True)
    conn.create_function("zh_fts", 1, search.fts_query, deterministic=True)
    conn.create_function("zh_snippet", 2, search.snippet, deterministic=True)
    conn.create_function("beijing", 1, web.beijing_iso, deterministic=True)
    conn.create_function("url_host", 1, lambda url: urlsplit(url or "").hostname, deterministic=True)
    conn.create_function("html_of", 1, _html_of, deterministic=True)
    # feeds: text stored before extraction dropped XML's forbidden characters must not make them invalid
    conn.create_function("xml_text", 1, xml_safe, deterministic=True)


def _html_of(value):
    """SQL html_of(body_html): the stored (compressed) body HTML as text."""
    try:
        return storage.unpack_html(value)
    except (zlib.error, UnicodeDecodeError):
        return None


@hookimpl
def startup(datasette):
    """An archive written by an older version is brought up to date before anything is served (under the crawl
    lock, on a connection of its own), or Datasette refuses to start, saying in one line what to run."""

    async def inner():
        for db in list(datasette.databases.values()):
            if db.is_memory or not db.path or not upgrade.is_archive(db.name, await db.table_names()):
                continue
            pending = await db.execute_fn(storage.pending_changes)
            try:
                line = await asyncio.to_thread(upgrade.on_start, str(db.path), pending, db.is_mutable)
            except upgrade.Refused as exc:
                raise click.ClickException(str(exc)) from None
            if line:
                print(line, file=sys.stderr)

    return inner


@hookimpl
def prepare_jinja2_environment(env, datasette):
    env.filters["sanitize"] = lambda html: nh3.clean(html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                                                     url_schemes={"http", "https"})  # fmt: skip
    env.filters["beijing"] = web.shanghai
    # %-encoded, which a browser shows as the Chinese name (readable_school_paths serves it, no redirect)
    env.filters["segment"] = lambda name: quote(name or "", safe="")
    env.globals["zh_label"] = lambda column, table=None: column_label(datasette, column, table)
    env.globals["crumb_label"] = lambda item, database=None, table=None: crumb_label(datasette, item, database, table)


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    """Data for the home, school, article, version, search and saved-query pages (from ``jiangbei_crawler.web.pages``)."""
    db = datasette.get_database(ARCHIVE_DB) if ARCHIVE_DB in datasette.databases else None
    if db is None or request is None:
        return {}

    async def inner():
        extra = {"feeds": feed_links(datasette, request)}
        if view_name == "index":
            extra.update(await db.execute_fn(web.home))
            extra["demo"] = is_demo(datasette, extra.pop("demo_archive"))
        elif view_name == "page" and (name := school_in_path(request)):
            extra.update(await db.execute_fn(lambda conn: web.school(conn, name)))
            extra["feeds"] = feed_links(datasette, request, name)
        elif view_name == "row" and table == "articles" and request.url_vars.get("pks", "").isdigit():
            extra.update(await article_vars(datasette, db, request))
        elif view_name == "row" and table == "article_versions":
            extra.update(await version_vars(datasette, db, request))
        elif table is None and (name := request.url_vars.get("table")):  # a saved query: its context has no table
            extra["exports"] = query_exports(datasette, request, name)
            if name == "search":
                q = request.args.get("q", "")
                extra["total"] = await db.execute_fn(lambda conn: web.search_total(conn, q))
                extra["page"] = _page_number(request.args.get("page"))
        return extra

    return inner


def is_demo(datasette, archive_says):
    """The home page's demo banner: ``plugins: jiangbei: demo: true`` in metadata, JIANGBEI_DEMO=1, or an
    archive that `jiangbei-crawler demo` made (archive_meta demo = 1)."""
    config = datasette.plugin_config("jiangbei") or {}
    return bool(config.get("demo")) or os.environ.get("JIANGBEI_DEMO", "") not in ("", "0") or archive_says


async def article_vars(datasette, db, request):
    data = await db.execute_fn(lambda conn: web.article(conn, int(request.url_vars["pks"])))
    data["visits_svg"] = sparkline([v["visits"] for v in data.get("visits", [])])
    if "article" not in data:
        return data
    art = data["article"] = dict(data["article"])
    art["body_html"] = web.archived_images(art["body_html"], data["images"], datasette.urls.path("/-/image/"))
    art["metadata_pairs"] = json.loads(art.get("metadata") or "{}")  # 索引号, 发布机构, 文号… in page order
    data["capture"] = capture_url(datasette, art)
    for row in data["versions"] + data["removals"]:
        row["capture"] = capture_url(datasette, row)
    replay_links(db, request, art["url"], [art, *data["versions"]])
    data["feeds"] = feed_links(datasette, request, art["school"])
    path = f"/disclosure/article_versions/{art['id']},{data['latest']}"
    data["permalink"] = datasette.absolute_url(request, datasette.urls.path(path))
    return data


async def version_vars(datasette, db, request):
    key = request.url_vars.get("pks", "").split(",")
    if len(key) != 2 or not all(k.isdigit() for k in key):
        return {}
    data = await db.execute_fn(lambda conn: web.version(conn, int(key[0]), int(key[1])))
    if data:
        v = data["version"]
        v["body_html"] = web.archived_images(v["body_html"], data["images"], datasette.urls.path("/-/image/"))
        data["capture"] = capture_url(datasette, v)
        replay_links(db, request, data["article"].get("url"), [v])
    return data


def replay_links(db, request, url, rows):
    """Each row's ``replay``: its capture in pywb, at the capture's own time (replay.py)."""
    base, warcs = replay.base_url(request), storage.beside(db.path, storage.WARC_DIR)
    for row in rows:
        row["replay"] = replay.link(base, warcs, url, row)


def query_exports(datasette, request, name):
    """A saved query's export links with its parameters: the CSV is every row (query_csv_view)."""
    args = [(k, v) for k in request.args.keys() for v in request.args.getlist(k) if not k.startswith("_")]

    def link(fmt, *more):
        query = urlencode(args + list(more))
        return datasette.urls.query(ARCHIVE_DB, name, format=fmt) + ("?" + query if query else "")

    return {"csv": link("csv", ("_dl", "1")), "excel": link("excel"), "json": link("json", ("_shape", "array"))}


def capture_url(datasette, row):
    """Where a row's WARC record is shown, or None when it has none (archived before capture began)."""
    if not row.get("warc_file") or row.get("warc_offset") is None:
        return None
    return datasette.urls.path(f"/-/capture/{row['warc_file']}/{row['warc_offset']}")


def school_in_path(request):
    """The school of a /school/<name> page. Custom pages get no url_vars, and Datasette tilde-encodes the name."""
    path = request.scope.get("route_path", request.path)
    if not path.startswith("/school/"):
        return None
    return tilde_decode(unquote(path[len("/school/") :])) or None


def _page_number(value):
    return int(value) if (value or "").isdigit() and 0 < int(value) < 10**6 else 1


def feed_links(datasette, request, school=None):
    """Atom feeds for autodiscovery: overall, or for one school."""
    query = f"?school={quote(school)}" if school else ""
    names = {"feed_new": "新公开", "feed_changed": "修改", "feed_removed": "删除"}
    links = [{"title": ("" if not school else school + " ") + title,
              "href": datasette.absolute_url(request, datasette.urls.path(f"/disclosure/{name}.atom{query}"))}
             for name, title in names.items()]  # fmt: skip
    watch_href = datasette.absolute_url(request, datasette.urls.path(f"/watch.atom{query}"))
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


@hookimpl
def register_routes(datasette):
    routes = [
        (r"^/-/attachment/(?P<article_id>\d+)/(?P<rowid>\d+)$", attachment_view),
        (r"^/-/image/(?P<sha256>[0-9a-f]{64})$", image_view),
        (r"^/-/capture/(?P<file>[A-Za-z0-9_.-]+\.warc\.gz)/(?P<offset>\d{1,15})(?P<record>/record)?$", capture_view),
        (r"^/watch\.atom$", watch.feed_view),  # a saved search's changes, with what changed (watch.py)
    ]
    # Plugin routes come before Datasette's own: a saved query's CSV is answered here (query_csv_view).
    queries = "|".join(re.escape(name) for name in datasette.metadata("queries", database=ARCHIVE_DB) or {})
    if queries:
        routes.append((rf"^/{ARCHIVE_DB}/(?P<query>{queries})\.csv$", query_csv_view))
    return routes


async def query_csv_view(datasette, request):
    """A saved query's CSV with every row and each article's portal URL. Datasette's own stops at
    max_returned_rows: ?_stream= pages through a table, but a query has no next page to follow."""
    name = request.url_vars["query"]
    await datasette.ensure_permissions(request.actor, [("view-query", (ARCHIVE_DB, name)),
                                                       ("view-database", ARCHIVE_DB), "view-instance"])  # fmt: skip
    query = await datasette.get_canned_query(ARCHIVE_DB, name, request.actor)
    if query is None or query.get("write"):
        return Response.text("no such query", status=404)
    columns, rows = await all_query_rows(datasette, request, query["sql"])
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    writer.writerows(rows)
    if not request.args.get("_dl"):  # as Datasette does: shown in the browser unless downloaded
        return Response(buf.getvalue(), content_type="text/plain; charset=utf-8")
    headers = {"content-disposition": f"attachment; filename*=UTF-8''{quote(name)}.csv"}
    return Response(buf.getvalue(), content_type="text/csv; charset=utf-8", headers=headers)


async def all_query_rows(datasette, request, sql):
    """Every row of a saved query (within sql_time_limit_ms), its parameters read as Datasette reads them."""
    db = datasette.get_database(ARCHIVE_DB)
    params = {key: request.args.get(key) for key in request.args}
    for name in await derive_named_parameters(db, sql):
        if not name.startswith("_"):  # _header_host and the like are magic parameters
            params.setdefault(name, "")
    results = await db.execute(sql, MagicParameters(params, request, datasette))  # truncate=False: all rows
    columns = [d[0] for d in results.description]
    return await with_article_urls(db, columns, [list(r) for r in results.rows])


async def with_article_urls(db, columns, rows):
    """Rows of articles (an id or article_id column) gain the article's portal URL, to cite or re-check."""
    key = next((c for c in ("id", "article_id") if c in columns), None)
    if key is None or "url" in columns:
        return columns, rows
    i = columns.index(key)
    ids = sorted({r[i] for r in rows if isinstance(r[i], int)})
    found = await db.execute("select id, url from articles where id in (select value from json_each(?))",
                             [json.dumps(ids)])  # fmt: skip
    urls = {r[0]: r[1] for r in found.rows}
    return columns + ["url"], [row + [urls.get(row[i])] for row in rows]


# Every table that points at WARC records: a capture is served only when the archive refers to it.
WARC_TABLES = ("articles", "article_versions", "removals", "attachments", "images")


async def capture_view(datasette, request):
    """A response as the portal sent it, from its WARC record, or the record itself (``/record``).

    The page is served sandboxed (no script, no same-origin access): it is evidence, shown, never run.
    """
    db = datasette.get_database("disclosure")
    name, offset = request.url_vars["file"], int(request.url_vars["offset"])
    known = " union all ".join(f"select warc_length from {t} where warc_file = :f and warc_offset = :o"
                               for t in WARC_TABLES)  # fmt: skip
    row = (await db.execute(f"select * from ({known}) limit 1", {"f": name, "o": offset})).first()
    path = os.path.join(storage.beside(db.path, storage.WARC_DIR), name)
    if row is None or not os.path.isfile(path):
        return Response.text("no such capture in the archive", status=404)
    if request.url_vars.get("record"):
        with open(path, "rb") as fh:
            fh.seek(offset)
            data = fh.read(row[0] or 0)
        headers = {"content-disposition": f'attachment; filename="{name[:-8]}-{offset}.warc.gz"'}
        return Response(data, content_type="application/warc", headers=headers)
    rec, http, body = warc.read_record(storage.beside(db.path, storage.WARC_DIR), name, offset, decoded=True)
    ctype = (http.get_header("Content-Type") if http else None) or "application/octet-stream"
    headers = {
        "content-security-policy": "sandbox",
        "x-content-type-options": "nosniff",
        "x-archive-target-uri": quote(rec.get_header("WARC-Target-URI") or "", safe=":/?&=%#"),
        "x-archive-date": rec.get_header("WARC-Date") or "",
        "x-archive-status": http.get_statuscode() if http else "",
    }
    return Response(body, status=200, content_type=ctype, headers=headers)


async def image_view(datasette, request):
    """An archived body image; only image types are served as such."""
    db = datasette.get_database("disclosure")
    sha = request.url_vars["sha256"]
    row = (await db.execute("select content_type from images where sha256 = ? and file is not null limit 1",
                            [sha])).first()  # fmt: skip
    path = os.path.join(storage.beside(db.path, storage.FILES_DIR), sha[:2], sha)
    if row is None or not os.path.isfile(path):
        return Response.text("image not archived", status=404)
    ctype = (row[0] or "").split(";")[0].strip().lower()
    ctype = ctype if ctype in IMAGE_TYPES else "application/octet-stream"
    headers = {"x-content-type-options": "nosniff", "content-security-policy": "sandbox",
               "cache-control": "public, max-age=31536000, immutable"}  # fmt: skip
    refused = not_inline(path)  # whatever its type says: browsers sniff what an <img> shows
    if refused:
        return Response(placeholder_svg(refused), content_type="image/svg+xml", headers=headers)
    with open(path, "rb") as fh:
        body = fh.read()
    return Response(body, content_type=ctype, headers=headers)


IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"}
MAX_INLINE_PIXELS = 50_000_000  # a 2.5-gigapixel PNG is a few kilobytes of file and 10 GB in a browser


def not_inline(path):
    """Why an archived image is not served as itself (in words), or None: its size is read from its header,
    nothing decoded, and a browser would spend gigabytes on a few kilobytes of file past MAX_INLINE_PIXELS."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(path) as im:
                width, height = im.size
        except Image.DecompressionBombError:  # past twice Pillow's own limit, which is above ours
            return "图片过大,未显示 / image too large to show"
        except (OSError, ValueError, SyntaxError):
            return "无法读取的图片 / unreadable image"
    if width * height > MAX_INLINE_PIXELS:
        return f"图片过大,未显示({width:,}×{height:,} 像素)/ image too large to show"
    return None


def placeholder_svg(words):
    """What is served instead of an image that is not shown (``words`` are ours: no markup to escape)."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="40"><rect width="100%" height="100%" '
        f'fill="#eee"/><text x="10" y="25" font-size="14">{words}</text></svg>'
    )


async def attachment_view(datasette, request):
    """Serve archived attachment bytes under their Chinese name; paths come only from sha256."""
    db = datasette.get_database("disclosure")
    article_id, rowid = int(request.url_vars["article_id"]), int(request.url_vars["rowid"])
    if article_id > SQLITE_MAX_INT or rowid > SQLITE_MAX_INT:
        return Response.text("attachment not archived", status=404)
    row = (await db.execute(
        "select name, sha256, content_type from attachments where article_id = ? and rowid = ?",
        [article_id, rowid])).first()  # fmt: skip
    if row is None or not row["sha256"] or not SHA256.match(row["sha256"]):
        return Response.text("attachment not archived", status=404)
    path = os.path.join(storage.beside(db.path, storage.FILES_DIR), row["sha256"][:2], row["sha256"])
    if not os.path.isfile(path):
        return Response.text("attachment bytes missing from the archive", status=404)
    with open(path, "rb") as fh:
        body = fh.read()
    name = quote(row["name"] or row["sha256"])
    headers = {"content-disposition": f"attachment; filename*=UTF-8''{name}", "x-content-type-options": "nosniff"}
    return Response(body, content_type="application/octet-stream", headers=headers)


LONG_TEXT = frozenset({"body_text", "attachments_text", "text", "snippet_text"})
LABELS = {
    "has_attachments": {1: "有附件", 0: "无附件"},
    "status": {"live": "正常", "suspected": "疑似删除", "removed": "已删除"},
}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != "disclosure":
        return None
    # zh_snippet's output (escaped text and <mark> tags only) renders as HTML; any other value under that
    # name (a stored removals.snippet, a query's own 'snippet' column) does not match the grammar and is
    # left to Datasette's escaping.
    if column == "snippet" and table is None and search.is_safe_snippet(value):
        return Markup(value)
    if column in ("title", "atom_title") and isinstance(value, str):
        aid = _row_get(row, "id" if table in (None, "articles") else "article_id") or _row_get(row, "article_id")
        if isinstance(aid, int):
            href = datasette.urls.row("disclosure", "articles", aid)
            return Markup('<a href="{}">{}</a>').format(href, value)
    if column == "diff" and table is None and isinstance(value, int):
        aid = _row_get(row, "article_id")
        if isinstance(aid, int):
            href = datasette.urls.path(f"/disclosure/article_versions/{aid},{value}")
            return Markup('<a href="{}">v{} 的修改</a>').format(href, value)
    if column in LABELS and value in LABELS[column]:
        return LABELS[column][value]
    if column == "published":
        return web.shanghai(value, with_time=False)
    if column in web.TIME_COLUMNS:
        return web.shanghai(value)
    if column in LONG_TEXT and isinstance(value, str) and len(value) > 60:
        return value[:60] + "…"
    if column == "body_html" and isinstance(value, str | bytes):
        return f"(HTML, {len(storage.unpack_html(value)):,} 字符)"
    if column == "content_hash" and isinstance(value, str):
        return value[:12] + "…"
    return None


# Names for columns that only saved queries and the smaller tables have (the articles table's are in metadata).
COLUMN_LABELS = {
    "article_id": "文章编号", "diff": "修改", "changed": "改了什么", "posted_by": "转发自", "snippet": "摘录",
    "fetched_at": "存档时间", "observed_at": "观察时间", "crawl_id": "抓取批次", "final_url": "最终地址",
    "kind": "类型", "confirmed": "确认删除", "list_url": "列表地址", "name": "名称", "size": "大小",
    "content_type": "文件类型", "error": "错误", "reason": "原因", "message": "消息", "q": "检索词", "page": "页码",
}  # fmt: skip
# What the articles table's own description says of these is true of them only there (and in saved queries).
ARTICLE_ONLY = frozenset({"id", "url", "status"})


def column_label(datasette, column, table=None):
    """A column's Chinese name: in metadata.yml, the part of its description before " / " (its table's, else
    the articles table's), else COLUMN_LABELS, else the name itself."""
    own = (datasette.table_metadata(ARCHIVE_DB, table).get("columns") or {}) if table else {}
    articles = datasette.table_metadata(ARCHIVE_DB, "articles").get("columns") or {}
    shared = table in (None, "articles") or column not in ARTICLE_ONLY
    described = own.get(column) or (articles.get(column) if shared else None)
    if described:
        return re.split(r"\s*/\s", described, maxsplit=1)[0].split("(")[0].strip()
    return COLUMN_LABELS.get(column, column)


def crumb_label(datasette, item, database=None, table=None):
    """A breadcrumb's label ('home', a database or table name) as the Chinese part of its metadata title."""
    if item["href"] == datasette.urls.instance():
        return "首页"
    meta = {}
    if table and item["label"] == table:
        meta = datasette.table_metadata(database, table)
    elif database and item["label"] == database:
        meta = datasette.metadata(database=database, fallback=False) or {}
    title = meta.get("title") or item["label"]
    return re.match(r"[^\x00-\x7f]\S*", title).group(0) if re.match(r"[^\x00-\x7f]", title) else title


def _row_get(row, key):
    try:
        return row[key]
    except (KeyError, IndexError, TypeError):
        return None


class ZhFacet(ColumnFacet):
    """Column facets that read 有附件/无附件 and 正常/疑似删除/已删除, list years newest first, and are counted
    a group at a time: one grouped pass per group of storage.FACET_GROUPS (each has an index to scan) instead
    of one pass per facet. A search matching 90% of 100,000 articles: 70 ms for five facets, not 150."""

    type = "zh"

    async def facet_results(self):
        configs = {(c["config"].get("column") or c["config"]["simple"]): c["source"] for c in self.get_configs()}
        passes = [[c for c in group if c in configs] for group in storage.FACET_GROUPS]
        passes = [p for p in passes if p] + [[c] for c in configs if not any(c in g for g in storage.FACET_GROUPS)]
        found, timed_out = {}, []
        for columns in passes:
            cols = ", ".join(escape_sqlite(c) for c in columns)
            sql = f"select {cols}, count(*) as n from ({self.sql}) group by {cols}"
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))  # fmt: skip
            except QueryInterrupted:
                timed_out += columns
                continue
            for i, column in enumerate(columns):
                found[column] = self._result(configs[column], column, i, rows.rows)
        return [found[c] for c in configs if c in found], timed_out

    def _result(self, source, column, index, rows):
        counts = {}
        for row in rows:
            if row[index] is not None:
                counts[row[index]] = counts.get(row[index], 0) + row[-1]
        size = self.get_facet_size()
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        top = ranked[:size]
        if column == "year":
            top.sort(key=lambda kv: kv[0], reverse=True)
        pairs = self.get_querystring_pairs()
        labels = LABELS.get(column, {})
        return {
            "name": column, "type": self.type, "hideable": source != "metadata", "truncated": len(ranked) > size,
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_zh": column})),
            "results": [self._value(column, value, count, labels, pairs) for value, count in top],
        }  # fmt: skip

    def _value(self, column, value, count, labels, pairs):
        selected = (column, str(value)) in pairs
        path = (path_with_removed_args(self.request, {column: str(value)}) if selected
                else path_with_added_args(self.request, {column: value}))  # fmt: skip
        return {"value": value, "label": labels.get(value, value), "count": count, "selected": selected,
                "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(path))}  # fmt: skip


@hookimpl
def register_facet_classes():
    return [ZhFacet]


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "excel", "render": render_excel, "can_render": lambda: True}


async def render_excel(datasette, request, database, sql, columns, rows, table, query_name, view_name):
    """ "excel" beside json and CSV: CSV with a byte-order mark and Beijing times. A table redirects to its
    streamed CSV (all rows); a saved query's rows are fetched again, all of them (the page holds at most
    max_returned_rows, and its view drops a redirect's status)."""
    if view_name == "table" and table:
        args = [(k, v) for k in request.args.keys() for v in request.args.getlist(k) if k not in ("_bom", "_stream", "_size")]  # fmt: skip
        args += [("_bom", "1"), ("_stream", "on"), ("_size", "max")]
        return Response.redirect(re.sub(r"\.excel$", ".csv", request.path) + "?" + urlencode(args))
    if query_name and sql and database == ARCHIVE_DB:
        columns, rows = await all_query_rows(datasette, request, sql)
    else:
        rows = [[row[c] for c in columns] for row in rows]
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    writer.writerows([inert_cell(c) for c in row] for row in rows)
    body = "\ufeff".encode() + UTC_TIME.sub(beijing_bytes, buf.getvalue().encode())
    name = quote(f"{query_name or table or 'query'}.csv")
    return Response(body, content_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f"attachment; filename*=UTF-8''{name}"})  # fmt: skip


UTC_TIME = re.compile(rb"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?\+00:00")


def record_end(data):
    """Where the last complete CSV record of ``data`` ends: after a line break outside quotes (0: none).
    A doubled quote inside a quoted cell counts twice, so the parity of the quotes before a break tells."""
    quotes, pos = data.count(b'"'), len(data)
    while (nl := data.rfind(b"\n", 0, pos)) >= 0:
        quotes -= data.count(b'"', nl, pos)
        if quotes % 2 == 0:
            return nl + 1
        pos = nl
    return 0


# OWASP's CSV injection rule: a cell starting with one of these is a formula to Excel and LibreOffice
# (=HYPERLINK(…), +cmd|…, @SUM(…)); a quote in front makes it text. A plain number stays a number.
FORMULA_START = "=+-@\t\r"
PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
MAYBE_FORMULA = re.compile(rb'(?:^|[,\n])"?[=+\-@\t\r]')


def inert_cell(value):
    if isinstance(value, str) and value[:1] in FORMULA_START and value and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def inert_csv(data):
    """Complete CSV records with every cell that could run as a formula made text (unchanged otherwise)."""
    if not MAYBE_FORMULA.search(data):
        return data
    text = data.decode("utf-8", "surrogateescape")
    buf = io.StringIO()
    csv.writer(buf).writerows([inert_cell(c) for c in row] for row in csv.reader(io.StringIO(text, newline="")))
    out = buf.getvalue()
    return (out if text.endswith("\n") else out.removesuffix("\r\n")).encode("utf-8", "surrogateescape")


def beijing_bytes(match):
    when = dt.datetime.fromisoformat(match.group(1).decode() + "+00:00").astimezone(web.SHANGHAI)
    return when.strftime("%Y-%m-%dT%H:%M:%S").encode() + (match.group(2) or b"") + b"+08:00"


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        app = escaped_search(readable_school_paths(readable_articles_table(complete_csv(csv_for_excel(app)))))
        return content_security_policy(read_only(trusted_origin(datasette, app)))

    return wrap


# A reader's browser fetches nothing from elsewhere: not the portal's images (which would tell the portal who
# reads the archive), fonts or scripts. Datasette's own pages use inline scripts and styles.
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'")  # fmt: skip


def content_security_policy(app):
    """Every response carries CSP; one that has its own (a capture's or an image's sandbox) gets ours after it,
    in the same policy."""

    async def wrapped(scope, receive, send):
        async def send_with_csp(message):
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                own = [v for k, v in headers if k.lower() == b"content-security-policy"]
                policy = b"; ".join([*own, CSP.encode()])
                headers = [(k, v) for k, v in headers if k.lower() != b"content-security-policy"]
                message = {**message, "headers": [*headers, (b"content-security-policy", policy)]}
            await send(message)

        return await app(scope, receive, send_with_csp if scope["type"] == "http" else send)

    return wrapped


# The archive is read-only and shows nothing of the server: of Datasette's /-/ pages only the static files,
# the settings and the plugin's own routes are served. Its write API (/-/insert, /-/create, …), debug and
# actor pages, and /-/databases.json (which shows file paths) answer 404, any other method 405.
OPEN_PATHS = re.compile(
    r"^/-/(?:static|static-plugins|image|attachment|capture)/|^/-/settings(?:\.json)?$|^/-/search(?:\.json|\.atom)?$"
)  # /-/search: the cross-portal search of `datasette archives/` (multi_web.py)


def read_only(app):
    async def wrapped(scope, receive, send):
        if scope["type"] == "http":
            if scope["method"] not in ("GET", "HEAD"):
                refusal = Response.text("只读存档 / read-only archive", status=405, headers={"allow": "GET, HEAD"})
                return await refusal.asgi_send(send)
            if "/-/" in scope["path"] and not OPEN_PATHS.match(scope["path"]):
                return await Response.text("找不到这个页面 / not found", status=404).asgi_send(send)
        return await app(scope, receive, send)

    return wrapped


def trusted_origin(datasette, app):
    """Links that leave the page (feeds, citations, facets) name the archive's origin: ``base_url`` of the
    plugin's configuration, else the address the server answers on, never the request's Host or
    X-Forwarded-* headers, which anyone can forge (and a cache would then serve to every reader)."""
    configured = urlsplit(str((datasette.plugin_config("jiangbei") or {}).get("base_url") or ""))

    async def wrapped(scope, receive, send):
        if scope["type"] == "http":
            scheme, host = (configured.scheme, configured.netloc) if configured.netloc else server_origin(scope)
            headers = [(k, v) for k, v in scope.get("headers", []) if k.lower() not in FORWARDED]
            headers += [(b"host", host.encode()), (b"x-forwarded-proto", scheme.encode())]
            scope = {**scope, "headers": headers, "scheme": scheme}
        return await app(scope, receive, send)

    return wrapped


FORWARDED = frozenset({b"host", b"x-forwarded-proto", b"x-forwarded-host", b"x-forwarded-port", b"forwarded"})


def server_origin(scope):
    """(scheme, host[:port]) of the socket the request came in on."""
    scheme = scope.get("scheme") or "http"
    host, port = scope.get("server") or ("localhost", None)
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}.get(scheme)
    return scheme, host if port in (None, default) else f"{host}:{port}"


RAW_SEARCH = frozenset({b"_searchmode", b"_fts_table", b"_fts_pk"})


def escaped_search(app):
    """The search box always goes through escape_fts (search.fts_query, bounded): ?_searchmode=raw would hand
    FTS5 a query of the visitor's own, of any size, and _fts_table another table."""

    async def wrapped(scope, receive, send):
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if b"_searchmode" in query or b"_fts" in query or b"%5F" in query.upper():
            pairs = [p for p in query.split(b"&") if unquote_to_bytes(p.split(b"=", 1)[0]) not in RAW_SEARCH]
            scope = {**scope, "query_string": b"&".join(pairs)}
        return await app(scope, receive, send)

    return wrapped


def readable_school_paths(app):
    """/school/<name> as a browser sends it (%E6%B1%9F…, the Chinese name in the address bar) is served as
    it is: Datasette would redirect a %-encoded path to its own ~E6~B1~9F… spelling, which nobody can read."""

    async def wrapped(scope, receive, send):
        raw = scope.get("raw_path") or b""
        if scope["type"] == "http" and raw.startswith(b"/school/") and b"%" in raw:
            path = "/school/" + tilde_encode(unquote(raw[len(b"/school/") :].decode("latin-1")))
            scope = {**scope, "raw_path": path.encode(), "path": path}
        return await app(scope, receive, send)

    return wrapped


TABLE_CSV = re.compile(rf"^/{ARCHIVE_DB}/[^/]+\.csv$")


def complete_csv(app):
    """A table's CSV is every row: Datasette's stops at max_returned_rows unless ?_stream= is given (any
    value; it needs allow_csv_stream and refuses _next), so it is added when absent, _next aside."""

    async def wrapped(scope, receive, send):
        if scope["type"] == "http" and TABLE_CSV.match(scope["path"]):
            scope = {**scope, "query_string": complete_csv_query(scope["path"], scope.get("query_string", b""))}
        return await app(scope, receive, send)

    return wrapped


def complete_csv_query(path, query):
    """The query string of a table's CSV, streamed; the articles table's keeps each article's portal URL (after
    its id: columns come in _col order) even when the page chose columns without it."""
    pairs = set(query.split(b"&"))
    names = {pair.split(b"=", 1)[0] for pair in pairs}
    parts = [query] if query else []
    if path == ARTICLES_PAGE + ".csv" and b"_col" in names and not pairs & {b"_col=url", b"_nocol=url"}:
        parts.insert(0, b"_col=url")
    if not names & {b"_stream", b"_next"}:
        parts.append(b"_stream=on")
    return b"&".join(parts)


ARTICLES_PAGE = "/disclosure/articles"
# The articles table's HTML page by default: id (the primary key, always shown), date, school, category,
# title, source, attachments and status. Asked for explicitly, so the long text is neither fetched nor
# rendered; any column comes back through the column chooser (?_col=, ?_nocol=), and JSON and CSV keep all.
DEFAULT_COLUMNS = ("published", "school", "category_path", "title", "source", "has_attachments", "status")


def readable_articles_table(app):
    async def wrapped(scope, receive, send):
        if scope["type"] == "http" and scope["path"] == ARTICLES_PAGE:
            query = scope.get("query_string", b"")
            names = {pair.split(b"=", 1)[0] for pair in query.split(b"&")}
            if not names & {b"_col", b"_nocol"}:
                extra = urlencode([("_col", c) for c in DEFAULT_COLUMNS]).encode()
                scope = {**scope, "query_string": query + b"&" + extra if query else extra}
        return await app(scope, receive, send)

    return wrapped


def csv_for_excel(app):
    """Every CSV shows the archive's UTC times as Beijing time and no cell a spreadsheet would run as a formula
    (inert_csv); ``?_bom=1`` adds the UTF-8 byte-order mark without which Excel reads Chinese as mojibake.
    Datasette streams CSV, so this rewrites the stream a whole record at a time: the tail of each chunk
    waits for the next."""

    async def wrapped(scope, receive, send):
        if scope["type"] != "http" or not scope["path"].endswith(".csv"):
            return await app(scope, receive, send)
        bom = b"_bom=1" in scope.get("query_string", b"").split(b"&")
        state = {"first": True, "held": b"", "csv": False}

        async def send_rewritten(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
                ctype = dict((k.lower(), v) for k, v in headers).get(b"content-type", b"")
                state["csv"] = ctype.startswith((b"text/csv", b"text/plain"))  # not an error page
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                data = state["held"] + message.get("body", b"")
                more = message.get("more_body", False)
                cut = record_end(data) if more else len(data)
                state["held"] = data[cut:]
                body = inert_csv(data[:cut]) if state["csv"] else data[:cut]
                body = UTC_TIME.sub(beijing_bytes, body)
                if state["first"] and bom:
                    body = "\ufeff".encode() + body
                state["first"] = False
                message = {**message, "body": body}
            await send(message)

        await app(scope, receive, send_rewritten)

    return wrapped
