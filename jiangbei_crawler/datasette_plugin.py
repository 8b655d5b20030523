"""Datasette plugin for the archive: Chinese search, article pages, attachment downloads.

Loaded from ``archive/plugins/`` (which imports it), so ``datasette archive/``
needs no manual step.
"""

import difflib
import json
import os
import re
import sqlite3
from urllib.parse import quote

import nh3
from datasette import hookimpl
from datasette.utils.asgi import Response

from . import search
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


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["sanitize"] = lambda html: nh3.clean(html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS,
                                                     url_schemes={"http", "https"})  # fmt: skip


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    if view_name != "row" or table != "articles":
        return {}

    async def inner():
        pk = request.url_vars.get("pks", "")
        if not pk.isdigit():
            return {}
        return await article_context(datasette.get_database(database), int(pk))

    return inner


async def article_context(db, article_id):
    article = (await db.execute("select * from articles where id = ?", [article_id])).first()
    if article is None:
        return {}
    versions = [dict(r) for r in await db.execute(
        "select * from article_versions where article_id = ? order by version", [article_id])]  # fmt: skip
    visits = [dict(r) for r in await db.execute(
        "select observed_at, visits from visit_counts where article_id = ? order by observed_at", [article_id])]  # fmt: skip
    attachments = [dict(r) for r in await db.execute(
        "select rowid, * from attachments where article_id = ? order by rowid", [article_id])]  # fmt: skip
    listings = [dict(r) for r in await db.execute("select * from listings where article_id = ?", [article_id])]
    removals = [dict(r) for r in await db.execute(
        "select * from removals where article_id = ? order by observed_at", [article_id])]  # fmt: skip
    return {
        "article": dict(article),
        "versions": versions,
        "diffs": version_diffs(versions),
        "visits": visits,
        "visits_svg": sparkline([v["visits"] for v in visits]),
        "attachments": attachments,
        "listings": listings,
        "removals": removals,
    }


def version_diffs(versions):
    """Unified diffs of title and body between consecutive versions."""
    out = []
    for old, new in zip(versions, versions[1:]):
        a = [
            f"标题: {old['title']}",
            f"来源: {old['source']}",
            f"发表时间: {old['published']}",
            *(old["body_text"] or "").split("\n"),
            *attachment_lines(old),
        ]
        b = [f"标题: {new['title']}", f"来源: {new['source']}", f"发表时间: {new['published']}",
             *(new["body_text"] or "").split("\n"), *attachment_lines(new)]  # fmt: skip
        diff = list(difflib.unified_diff(a, b, f"v{old['version']}", f"v{new['version']}", lineterm="", n=1))
        out.append({"from": old["version"], "to": new["version"], "fetched_at": new["fetched_at"], "lines": diff})
    return out


def attachment_lines(version):
    return [f"附件: {a['name']} {a.get('sha256') or ''}" for a in json.loads(version.get("attachments") or "[]")]


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
    return [(r"^/-/attachment/(?P<article_id>\d+)/(?P<rowid>\d+)$", attachment_view)]


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
    files_dir = os.path.join(os.path.dirname(db.path), "files")
    path = os.path.join(files_dir, row["sha256"][:2], row["sha256"])
    if not os.path.isfile(path):
        return Response.text("attachment bytes missing from the archive", status=404)
    with open(path, "rb") as fh:
        body = fh.read()
    name = quote(row["name"] or row["sha256"])
    headers = {"content-disposition": f"attachment; filename*=UTF-8''{name}", "x-content-type-options": "nosniff"}
    return Response(body, content_type="application/octet-stream", headers=headers)


@hookimpl
def render_cell(value, column, table, database):
    # zh_snippet's output (escaped text and <mark> tags only) renders as HTML; any other value under that
    # name (a stored removals.snippet, a query's own 'snippet' column) does not match the grammar and is
    # left to Datasette's escaping.
    if column == "snippet" and table is None and database == "disclosure" and search.is_safe_snippet(value):
        from markupsafe import Markup

        return Markup(value)
    return None
