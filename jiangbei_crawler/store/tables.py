"""What an archive holds, declared as data: its tables and their columns, foreign keys, indexes and views.
``schema.py`` brings a database to this shape; nothing here touches one."""

from sqlite_utils.db import DescIndex

# Where the response a row was read from lies in the WARC files (warc.py): file, byte offset, record id.
WARC_REF = {"warc_file": str, "warc_offset": int, "warc_length": int, "warc_record_id": str}
TABLES = {
    "crawls": (
        {
            "id": int,
            "started": str,
            "finished": str,
            "status": str,
            "mode": str,
            "pid": int,
            "new": int,
            "changed": int,
            "unchanged": int,
            "removed": int,
            "suspected": int,
            "restored": int,
            "errors": int,
            "dead": int,
            "requests": int,
            "found": int,
            "lists_seen": int,
            "articles": int,
            "cov_title": float,
            "cov_published": float,
            "cov_source": float,
            "cov_body": float,
            "summary": str,
            "files_dir": str,  # where this crawl stored files and WARC (store/files.py: ArchiveDir)
            "warc_dir": str,
        },
        {"pk": "id"},
    ),
    "articles": (
        {
            "id": int,
            "url": str,
            "school": str,
            "category": str,
            "category_path": str,
            "title": str,
            "source": str,
            "published": str,
            "year": int,
            "visits": int,
            "attachment_count": int,
            "has_attachments": int,
            "status": str,
            "content_hash": str,
            "duplicate_of": int,
            "version": int,
            "first_seen": str,
            "last_seen": str,
            "last_changed": str,
            "last_fetched": str,
            "suspected_removed_at": str,
            "removed_at": str,
            "last_crawl": int,
            "extraction": str,
            "metadata": str,  # JSON: a disclosure CMS's label/value table (索引号, 发布机构, 文号…), in page order
            **WARC_REF,  # the latest capture of its first page
            # The table search box matches FTS rowids against this copy of id (metadata fts_pk). No index
            # starts with it, so SQLite answers `search_id in (matches)` by walking an index that ends with it
            # (published order, or the facet columns) instead of fetching and sorting every matching row:
            # with 90,000 of 100,000 articles matching, 15 ms instead of 600 (BENCHMARKS.md, search).
            "search_id": int,
            # long text last: every other column is read without walking overflow pages
            "body_text": str,
            "body_html": str,  # zlib-compressed (pack_html): read it with unpack_html, in SQL html_of()
            "attachments_text": str,
            "ocr_text": str,  # text recognized in its images and scanned attachments (ocr.py)
        },
        {"pk": "id"},
    ),
    "listings": (
        {"article_id": int, "school": str, "category_path": str, "list_url": str, "first_seen": str, "last_seen": str},
        {"pk": ("article_id", "school", "category_path")},
    ),
    "attachments": (
        {
            "article_id": int,
            "url": str,
            "name": str,
            "size": int,
            "sha256": str,
            "content_type": str,
            "file": str,
            "etag": str,
            "last_modified": str,
            "offsite": int,
            "error": str,
            "text": str,
            "text_error": str,
            **WARC_REF,
        },
        {"pk": ("article_id", "url")},
    ),
    # images in bodies: same-host ones fetched and kept once per sha256 in files/, off-host ones recorded only
    "images": (
        {
            "article_id": int,
            "url": str,
            "kind": str,  # body | thumbnail (the picture beside it in a list)
            "alt": str,
            "size": int,
            "sha256": str,
            "content_type": str,
            "file": str,
            "offsite": int,
            "error": str,
            **WARC_REF,
        },
        {"pk": ("article_id", "url")},
    ),
    # text recognized in an image (page 0) or a text-less PDF page (1, 2, ...), once per file content
    "ocr": (
        {"sha256": str, "page": int, "text": str, "error": str, "engine": str, "seconds": float, "recognized_at": str},
        {"pk": ("sha256", "page")},
    ),
    "article_versions": (
        {
            "article_id": int,
            "version": int,
            "crawl_id": int,
            "fetched_at": str,
            "content_hash": str,
            "title": str,
            "source": str,
            "published": str,
            "body_text": str,
            "body_html": str,
            "attachments": str,
            **WARC_REF,
        },
        {"pk": ("article_id", "version")},
    ),
    "visit_counts": (
        {"article_id": int, "crawl_id": int, "observed_at": str, "visits": int},
        {"pk": ("article_id", "crawl_id")},
    ),
    "removals": (
        {
            "id": int,
            "article_id": int,
            "crawl_id": int,
            "observed_at": str,
            "status": int,
            "final_url": str,
            "kind": str,
            "snippet": str,
            "confirmed": int,
            **WARC_REF,
        },
        {"pk": "id"},
    ),
    "fetch_errors": (
        {
            "id": int,
            "crawl_id": int,
            "url": str,
            "reason": str,
            "status": int,
            "time": str,
            "resolved": int,
            "kind": str,
            "page_kind": str,
            "article_id": int,
            "meta": str,
        },
        {"pk": "id"},
    ),
    "warnings": (
        {"id": int, "crawl_id": int, "url": str, "message": str, "time": str, "count": int},
        {"pk": "id"},
    ),
    "offsite_links": (
        {"from_url": str, "url": str, "first_seen": str, "crawl_id": int},
        {"pk": ("from_url", "url")},
    ),
    "frontier": (
        {"url": str, "kind": str, "crawl_id": int, "meta": str, "added": str},
        {"pk": "url"},
    ),
    "lists": (
        {"url": str, "school": str, "category_path": str, "total": int, "pages": int, "rows": int, "last_checked": str},
        {"pk": "url"},
    ),
    # the portal's page templates (extract/template.py): learnt by one crawl, used by the next; pages and evidence
    # (how their pages were read and reached) count over all crawls; region is the path of their content, fields
    # (JSON) those of their titles and dates
    "templates": (
        {
            "id": str,
            "pages": int,
            "role": str,
            "evidence": str,
            "region": str,
            "example_url": str,
            "skeleton": str,
            "first_crawl": int,
            "last_crawl": int,
            "fields": str,
        },
        {"pk": "id"},
    ),  # fmt: skip
    # facts about the archive itself: which portal it keeps (portal_url), whether it is a demo (demo)
    "archive_meta": (
        {"key": str, "value": str},
        {"pk": "key"},
    ),
}
FOREIGN_KEYS = {
    "listings": [("article_id", "articles", "id")],
    "attachments": [("article_id", "articles", "id")],
    "images": [("article_id", "articles", "id")],
    "article_versions": [("article_id", "articles", "id")],
    "visit_counts": [("article_id", "articles", "id")],
    "removals": [("article_id", "articles", "id")],  # so every evidence row links to its article
}
# archive/metadata.yml's facets, in the groups one pass counts together (datasette_plugin.ZhFacet): each group
# has an index that ends with search_id, so a search's facets are two scans of small indexes. One group of
# all five would name ~26,000 combinations on 100,000 articles and cost twice as much as two.
FACET_GROUPS = [["school", "category_path"], ["year", "has_attachments", "status"]]
INDEXES = {
    "articles": [
        ["url"],
        ["last_crawl"],
        ["category_path"],
        # search_id descending: read backwards for `order by published desc`, ties come in id order, which
        # is what Datasette's next-page links assume (its first page has no id tie-breaker).
        ["published", DescIndex("search_id")],
        *[[*group, "search_id"] for group in FACET_GROUPS],
        ["content_hash"],
        ["removed_at"],
        ["last_changed"],
        ["school", "removed_at"],  # the home page's per-school counts, from the index alone
        ["school", "published"],  # each school's latest disclosure: one step down this index
        ["school", "year", "published"],  # the cross-portal search: every match's facets and date (web/portals.py)
    ],
    "attachments": [["sha256"]],
    "images": [["sha256"]],
    "fetch_errors": [["crawl_id"], ["url"]],
    "listings": [["list_url"]],
    "removals": [["article_id"]],
}
# Times are stored with the offset of the machine that wrote them, so "this week" compares julianday() values;
# these indexes let the home page count by them without reading every row.
EXPRESSION_INDEXES = {
    "idx_articles_first_seen_jd": "articles(julianday(first_seen))",
    "idx_articles_gone_jd": "articles(julianday(coalesce(removed_at, suspected_removed_at)))",
    "idx_versions_changed": "article_versions(version, article_id)",
    "idx_versions_changed_jd": "article_versions(julianday(fetched_at), article_id) where version > 1",
}
VIEWS = {
    "latest_versions": """
        select v.article_id, v.version, v.fetched_at, v.title, a.school, a.url
        from article_versions v join articles a on a.id = v.article_id
        where v.version > 1 order by v.fetched_at desc""",
}
# Indexes a later one replaced: kept, they would mislead the planner.
SUPERSEDED_INDEXES = {
    # by (published, search_id desc): it would lead SQLite to fetch every row a search scans
    "idx_articles_published": "articles",
    "idx_articles_school": "articles",  # a prefix of (school, removed_at)
}


PKS = {name: opts["pk"] for name, (_, opts) in TABLES.items()}


def pk_columns(table):
    """The primary key columns of a declared table, as a tuple."""
    pk = PKS[table]
    return (pk,) if isinstance(pk, str) else pk
