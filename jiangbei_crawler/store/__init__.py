"""The SQLite archive, through sqlite-utils. Nothing here knows Scrapy.

``ensure_db_shape(db)`` declares tables, indexes, full-text search and views as
data and is idempotent. ``save_*`` functions take plain dicts; callers wrap
batches of them in one transaction (``with db.atomic():``).

The modules, by concern: tables (what an archive holds, as data), schema (bringing a database to that
shape), db (the connection, and the one way a row is written), articles and versions (saving an article,
what a version is), takedowns (suspected, removed, restored), crawl_log (crawls, lists, frontier, errors),
meta (facts about the archive, the portal it keeps), templates (the portal's learnt page templates), files
(where files and WARC live). Callers use the names re-exported here.
"""

from .articles import ocr_text_for, ocr_text_of, resolve_duplicates, save_article
from .crawl_log import (
    coverage,
    finish_crawl,
    resolve_fetch_errors,
    save_fetch_error,
    save_frontier,
    save_list_page,
    save_listing,
    save_offsite_link,
    save_warning,
    start_crawl,
)
from .db import explain, get_row, insert_row, now_iso, open_db, update_row, upsert_row, warc_ref, write_transaction
from .files import FILES_DIR, SHA256_HEX, WARC_DIR, ArchiveDir, beside, store_file
from .meta import PORTAL_URL_COLUMNS, archive_portal, get_meta, move_portal, origin, set_meta
from .schema import ensure_db_shape, index_name, pending_changes, upgrade_report
from .tables import (
    EXPRESSION_INDEXES,
    FACET_GROUPS,
    FOREIGN_KEYS,
    INDEXES,
    PKS,
    SUPERSEDED_INDEXES,
    TABLES,
    VIEWS,
    WARC_REF,
)
from .takedowns import save_removal
from .templates import load_templates, save_templates
from .versions import (
    VERSION_TEXT,
    attachment_key,
    change_key,
    content_hash,
    pack_html,
    plain,
    unpack_html,
    versions_of,
)

__all__ = [
    "EXPRESSION_INDEXES",
    "FACET_GROUPS",
    "FILES_DIR",
    "FOREIGN_KEYS",
    "INDEXES",
    "PKS",
    "PORTAL_URL_COLUMNS",
    "SHA256_HEX",
    "SUPERSEDED_INDEXES",
    "TABLES",
    "VERSION_TEXT",
    "VIEWS",
    "WARC_DIR",
    "WARC_REF",
    "ArchiveDir",
    "archive_portal",
    "attachment_key",
    "beside",
    "change_key",
    "content_hash",
    "coverage",
    "ensure_db_shape",
    "explain",
    "finish_crawl",
    "get_meta",
    "get_row",
    "index_name",
    "load_templates",
    "insert_row",
    "move_portal",
    "now_iso",
    "ocr_text_for",
    "ocr_text_of",
    "open_db",
    "origin",
    "pack_html",
    "pending_changes",
    "plain",
    "resolve_duplicates",
    "resolve_fetch_errors",
    "save_article",
    "save_fetch_error",
    "save_frontier",
    "save_list_page",
    "save_listing",
    "save_offsite_link",
    "save_templates",
    "save_removal",
    "save_warning",
    "set_meta",
    "start_crawl",
    "store_file",
    "unpack_html",
    "update_row",
    "upgrade_report",
    "upsert_row",
    "versions_of",
    "warc_ref",
    "write_transaction",
]
