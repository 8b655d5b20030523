"""Datasette plugin for the archive: its hooks. The pages are views.py and files_views.py, the tables' cells
cells.py, exports exports.py, the ASGI layers asgi.py; which databases are archives, and their folders,
config.py (the plugin's configuration in metadata).

Loaded from ``archive/plugins/`` (which imports it), so ``datasette archive/`` needs no manual step; the
portals' ``archives/`` loads it the same way (web/site/plugins).
"""

import asyncio
import sqlite3
import sys
import zlib
from urllib.parse import quote, urlsplit

import click
import nh3
from datasette import hookimpl
from jinja2 import pass_context

from .. import store as storage
from ..extract.text import ALLOWED_ATTRS, ALLOWED_TAGS, xml_safe
from ..store import search, upgrade
from . import asgi, cells, config, exports, files_views, views
from . import pages as web
from .asgi import complete_csv_query  # noqa: F401  (tests and callers of the old single module)
from .cells import ZhFacet, column_label, crumb_label
from .exports import csv_for_excel, render_excel  # noqa: F401

MAX_VALUE_BYTES = 64 * 1024 * 1024  # no string or blob a query makes may exceed this (zeroblob(500000000) fails)


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
    env.globals["zh_label"] = pass_context(
        lambda ctx, column, table=None: column_label(datasette, column, table, ctx.get("database"))
    )
    env.globals["crumb_label"] = lambda item, database=None, table=None: crumb_label(datasette, item, database, table)
    config.add_templates(env, datasette)


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    """Data for the home, article, version, search and saved-query pages of an archive (views.py)."""
    if request is None:
        return {}

    async def inner():
        return await views.template_vars(datasette, view_name, database, table, request)

    return inner


@hookimpl
def register_routes(datasette):
    at = r"^(?:/(?P<database>[^/]+))?"  # the default archive's at the root, any archive's under its name
    return [
        (at + r"/-/attachment/(?P<article_id>\d+)/(?P<rowid>\d+)$", files_views.attachment_view),
        (at + r"/-/image/(?P<sha256>[0-9a-f]{64})$", files_views.image_view),
        (at + r"/-/capture/(?P<file>[A-Za-z0-9_.-]+\.warc\.gz)/(?P<offset>\d{1,15})(?P<record>/record)?$",
         files_views.capture_view),
        (at + r"/school/(?P<school>[^/]+)$", views.school_view),
        (at + r"/watch\.atom$", views.watch_view),  # a saved search's changes, with what changed (watch.py)
        # Plugin routes come before Datasette's own: a saved query's CSV is answered here (all its rows).
        *exports.query_csv_routes(datasette),
    ]  # fmt: skip


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    return cells.render_cell(row, value, column, table, database, datasette)


@hookimpl
def register_facet_classes():
    return [ZhFacet]


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "excel", "render": render_excel, "can_render": lambda: True}


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: asgi.wrap(datasette, app)
