"""Exports: a saved query's CSV with every row, the "excel" renderer, and every CSV made safe for a
spreadsheet (Beijing times, no cell that runs as a formula, an optional byte-order mark)."""

import csv
import datetime as dt
import io
import json
import re
from urllib.parse import quote, urlencode

from datasette.utils import derive_named_parameters
from datasette.utils.asgi import Response
from datasette.views.database import MagicParameters

from . import config
from . import pages as web


async def query_csv_view(datasette, request):
    """A saved query's CSV with every row and each article's portal URL. Datasette's own stops at
    max_returned_rows: ?_stream= pages through a table, but a query has no next page to follow."""
    database, name = request.url_vars["database"], request.url_vars["query"]
    await datasette.ensure_permissions(request.actor, [("view-query", (database, name)),
                                                       ("view-database", database), "view-instance"])  # fmt: skip
    query = await datasette.get_canned_query(database, name, request.actor)
    if query is None or query.get("write"):
        return Response.text("no such query", status=404)
    columns, rows = await all_query_rows(datasette, request, database, query["sql"])
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(columns)
    writer.writerows(rows)
    if not request.args.get("_dl"):  # as Datasette does: shown in the browser unless downloaded
        return Response(buf.getvalue(), content_type="text/plain; charset=utf-8")
    headers = {"content-disposition": f"attachment; filename*=UTF-8''{quote(name)}.csv"}
    return Response(buf.getvalue(), content_type="text/csv; charset=utf-8", headers=headers)


def query_csv_routes(datasette):
    """Each archive's saved queries' CSV, answered by query_csv_view (plugin routes come before Datasette's)."""
    routes = []
    for database in config.archive_names(datasette):
        queries = "|".join(re.escape(name) for name in datasette.metadata("queries", database=database) or {})
        if queries:
            routes.append((rf"^/(?P<database>{re.escape(database)})/(?P<query>{queries})\.csv$", query_csv_view))
    return routes


async def all_query_rows(datasette, request, database, sql):
    """Every row of a saved query (within sql_time_limit_ms), its parameters read as Datasette reads them."""
    db = datasette.get_database(database)
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


async def render_excel(datasette, request, database, sql, columns, rows, table, query_name, view_name):
    """ "excel" beside json and CSV: CSV with a byte-order mark and Beijing times. A table redirects to its
    streamed CSV (all rows); a saved query's rows are fetched again, all of them (the page holds at most
    max_returned_rows, and its view drops a redirect's status)."""
    if view_name == "table" and table:
        args = [(k, v) for k in request.args.keys() for v in request.args.getlist(k) if k not in ("_bom", "_stream", "_size")]  # fmt: skip
        args += [("_bom", "1"), ("_stream", "on"), ("_size", "max")]
        return Response.redirect(re.sub(r"\.excel$", ".csv", request.path) + "?" + urlencode(args))
    if query_name and sql and config.is_archive(datasette, database):
        columns, rows = await all_query_rows(datasette, request, database, sql)
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
