"""Datasette plugin for the archive: Chinese search, article pages, attachment downloads.

Loaded from ``archive/plugins/`` (which imports it), so ``datasette archive/``
needs no manual step.
"""

import csv
import datetime as dt
import io
import os
import re
import sqlite3
import sys
import zlib
from urllib.parse import quote, unquote, urlencode, urlsplit

import nh3
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args, tilde_decode, tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup

from . import search, storage, warc, web
from .extract.text import ALLOWED_ATTRS, ALLOWED_TAGS

SHA256 = re.compile(r"^[0-9a-f]{64}$")


MAX_VALUE_BYTES = 64 * 1024 * 1024  # no string or blob a query makes may exceed this (zeroblob(500000000) fails)
SQLITE_MAX_INT = 2**63 - 1


@hookimpl(trylast=True)
def prepare_connection(conn):
    # trylast: runs after Datasette's own escape_fts and replaces it, so the stock
    # search box (?_search=) speaks the bigram index of jiangbei_crawler.search.
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.create_function("escape_fts", 1, search.fts_query, deterministic=True)
    conn.create_function("zh_fts", 1, search.fts_query, deterministic=True)
    conn.create_function("zh_snippet", 2, search.snippet, deterministic=True)
    conn.create_function("beijing", 1, web.beijing_iso, deterministic=True)
    conn.create_function("url_host", 1, lambda url: urlsplit(url or "").hostname, deterministic=True)
    conn.create_function("html_of", 1, _html_of, deterministic=True)


def _html_of(value):
    """SQL html_of(body_html): the stored (compressed) body HTML as text."""
    try:
        return storage.unpack_html(value)
    except (zlib.error, UnicodeDecodeError):
        return None


@hookimpl
def startup(datasette):
    """Say so when the archive predates this version's schema: its search box would fail."""

    async def inner():
        db = datasette.databases.get("disclosure")
        if db is None or not await db.table_exists("articles"):
            return
        if "search_id" not in await db.table_columns("articles"):
            print(f"warning: {db.path} was written by an older version: run 'jiangbei-crawler upgrade "
                  f"--archive {db.path}' (make serve does) or the next crawl will", file=sys.stderr)  # fmt: skip

    return inner


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["sanitize"] = lambda html: nh3.clean(html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                                                     url_schemes={"http", "https"})  # fmt: skip
    env.filters["beijing"] = web.shanghai
    env.filters["tilde"] = tilde_encode  # Datasette's own spelling of a path segment: no redirect


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    """Data for the home, school, article, version and search pages (computed in ``jiangbei_crawler.web``)."""
    db = datasette.get_database("disclosure") if "disclosure" in datasette.databases else None
    if db is None or request is None:
        return {}

    async def inner():
        extra = {"feeds": feed_links(datasette, request)}
        if view_name == "index":
            extra.update(await db.execute_fn(web.home))
        elif view_name == "page" and (name := school_in_path(request)):
            extra.update(await db.execute_fn(lambda conn: web.school(conn, name)))
            extra["feeds"] = feed_links(datasette, request, name)
        elif view_name == "row" and table == "articles" and request.url_vars.get("pks", "").isdigit():
            data = await db.execute_fn(lambda conn: web.article(conn, int(request.url_vars["pks"])))
            data["visits_svg"] = sparkline([v["visits"] for v in data.get("visits", [])])
            if "article" in data:
                art = data["article"] = dict(data["article"])
                art["body_html"] = web.archived_images(
                    art["body_html"], data["images"], datasette.urls.path("/-/image/")
                )
                data["capture"] = capture_url(datasette, art)
                for v in data["versions"]:
                    v["capture"] = capture_url(datasette, v)
                for r in data["removals"]:
                    r["capture"] = capture_url(datasette, r)
                extra["feeds"] = feed_links(datasette, request, data["article"]["school"])
                path = f"/disclosure/article_versions/{data['article']['id']},{data['latest']}"
                extra["permalink"] = datasette.absolute_url(request, datasette.urls.path(path))
            extra.update(data)
        elif view_name == "row" and table == "article_versions":
            key = request.url_vars.get("pks", "").split(",")
            if len(key) == 2 and all(k.isdigit() for k in key):
                data = await db.execute_fn(lambda conn: web.version(conn, int(key[0]), int(key[1])))
                if data:
                    v = data["version"]
                    v["body_html"] = web.archived_images(
                        v["body_html"], data["images"], datasette.urls.path("/-/image/")
                    )
                    data["capture"] = capture_url(datasette, v)
                extra.update(data)
        elif request.url_vars.get("table") == "search":  # canned query: its context has no "table"
            q = request.args.get("q", "")
            extra["total"] = await db.execute_fn(lambda conn: web.search_total(conn, q))
            extra["page"] = _page_number(request.args.get("page"))
        return extra

    return inner


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
    return [{"title": ("" if not school else school + " ") + title,
             "href": datasette.absolute_url(request, datasette.urls.path(f"/disclosure/{name}.atom{query}"))}
            for name, title in names.items()]  # fmt: skip


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
    return [
        (r"^/-/attachment/(?P<article_id>\d+)/(?P<rowid>\d+)$", attachment_view),
        (r"^/-/image/(?P<sha256>[0-9a-f]{64})$", image_view),
        (r"^/-/capture/(?P<file>[A-Za-z0-9_.-]+\.warc\.gz)/(?P<offset>\d{1,15})(?P<record>/record)?$", capture_view),
    ]


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
    with open(path, "rb") as fh:
        body = fh.read()
    headers = {"x-content-type-options": "nosniff", "content-security-policy": "sandbox",
               "cache-control": "public, max-age=31536000, immutable"}  # fmt: skip
    return Response(body, content_type=ctype, headers=headers)


IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"}


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


def render_excel(request, columns, rows, table, query_name, view_name):
    """ "excel" beside json and CSV: CSV with a byte-order mark and Beijing times. A table redirects to its
    streamed CSV (all rows); a query's rows are all here already (and its view drops a redirect's status)."""
    if view_name == "table" and table:
        args = [(k, v) for k in request.args.keys() for v in request.args.getlist(k) if k not in ("_bom", "_stream", "_size")]  # fmt: skip
        args += [("_bom", "1"), ("_stream", "on"), ("_size", "max")]
        return Response.redirect(re.sub(r"\.excel$", ".csv", request.path) + "?" + urlencode(args))
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    writer.writerows([row[c] for c in columns] for row in rows)
    body = "\ufeff".encode() + UTC_TIME.sub(beijing_bytes, buf.getvalue().encode())
    name = quote(f"{query_name or table or 'query'}.csv")
    return Response(body, content_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f"attachment; filename*=UTF-8''{name}"})  # fmt: skip


UTC_TIME = re.compile(rb"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?\+00:00")
HOLD_BACK = 48  # longer than any timestamp UTC_TIME matches, so none is cut between two chunks


def beijing_bytes(match):
    when = dt.datetime.fromisoformat(match.group(1).decode() + "+00:00").astimezone(web.SHANGHAI)
    return when.strftime("%Y-%m-%dT%H:%M:%S").encode() + (match.group(2) or b"") + b"+08:00"


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: readable_articles_table(csv_for_excel(app))


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
    """Every CSV shows the archive's UTC times as Beijing time; ``?_bom=1`` adds the UTF-8 byte-order mark
    without which Excel reads Chinese as mojibake. Datasette streams CSV, so this rewrites the stream: a
    timestamp keeps its length, and the tail of each chunk waits for the next so none is split."""

    async def wrapped(scope, receive, send):
        if scope["type"] != "http" or not scope["path"].endswith(".csv"):
            return await app(scope, receive, send)
        bom = b"_bom=1" in scope.get("query_string", b"").split(b"&")
        state = {"first": True, "held": b""}

        async def send_rewritten(message):
            if message["type"] == "http.response.start" and bom:
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-length"]
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                data = state["held"] + message.get("body", b"")
                more = message.get("more_body", False)
                cut = max(len(data) - HOLD_BACK, 0) if more else len(data)
                for m in UTC_TIME.finditer(data):
                    if m.start() < cut < m.end():
                        cut = m.start()
                state["held"] = data[cut:]
                body = UTC_TIME.sub(beijing_bytes, data[:cut])
                if state["first"] and bom:
                    body = "\ufeff".encode() + body
                state["first"] = False
                message = {**message, "body": body}
            await send(message)

        await app(scope, receive, send_rewritten)

    return wrapped
