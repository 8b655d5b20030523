"""Commands on an existing archive: ``ocr``, ``wacz``, ``upgrade``, ``move-portal``. Its folders are found with
store/files.py's ArchiveDir: the ones its crawls recorded, else the default ones beside the database."""

import os
import sqlite3
import sys

from ..crawl.session import CrawlRefused, portal_url
from .common import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, archive_arg, hold_lock
from .cron import ocr_pass


def run_ocr(args):
    from .. import store as storage

    archive = archive_arg(args)
    if not os.path.exists(archive):
        print(f"error: no archive at {archive}", file=sys.stderr)
        return EXIT_USAGE
    busy = hold_lock(archive, "skipped: a crawl holds the lock (pid {pid}); cron recognizes after its crawl")
    if busy is not None:
        return busy
    try:
        with storage.write_transaction(storage.open_db(archive)) as db:
            storage.ensure_db_shape(db)
        files_dir = storage.ArchiveDir.of(archive, db).files  # where the crawls stored them (ARCHIVE_FILES_DIR)
    except sqlite3.Error as exc:
        print(f"error: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    return ocr_pass(archive, files_dir, args.budget)


def run_wacz(args):
    from .. import store as storage
    from ..store import wacz as packaging

    archive = archive_arg(args)
    if not os.path.exists(archive):
        print(f"error: no archive at {archive}", file=sys.stderr)
        return EXIT_USAGE
    try:
        db = storage.open_db(archive)
        warc_dir = storage.ArchiveDir.of(archive, db).warc  # where the crawls wrote it (ARCHIVE_WARC_DIR)
        summary = packaging.make_wacz(db, warc_dir, args.output, crawls=args.crawl, since=args.since,
                                      until=args.until)  # fmt: skip
    except packaging.PackagingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:
        print(f"error: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    except OSError as exc:
        print(f"error: cannot read {exc.filename or archive}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERRORS
    print(f"wrote {args.output}: {summary['records']} records from {summary['files']} WARC files, "
          f"{summary['pages']} pages")  # fmt: skip
    if summary["repaired"]:
        print(f"repaired {len(summary['repaired'])} records warcio could not read (brotli, zstd or a broken "
              f"encoding; stored decoded in the package), first {summary['repaired'][0]}")  # fmt: skip
    return EXIT_OK


def run_upgrade(args):
    """The archive brought up to date under the crawl lock, in one transaction: each change made on a line of
    its own (new tables, columns, indexes, views, the search index), then the archive's path."""
    from .. import store as storage
    from ..store import upgrade

    archive = archive_arg(args)
    if not os.path.exists(archive):
        print(f"nothing to upgrade: no archive at {archive}")
        return EXIT_OK
    busy = hold_lock(archive, "skipped: a crawl holds the lock (pid {pid}); it upgrades the archive itself")
    if busy is not None:
        return busy
    try:
        changes = upgrade.upgrade(archive)
    except sqlite3.Error as exc:
        print(f"error: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    for change in changes:
        print(change)
    print(f"{'archive' if changes else 'already'} up to date: {archive}")
    return EXIT_OK


def run_move_portal(args):
    """Rewrite the archive's portal URLs to the new address, under the crawl lock; the WARC evidence keeps the
    addresses it was captured from."""
    from .. import store as storage

    archive = archive_arg(args)
    if not os.path.exists(archive):
        print(f"error: no archive at {archive}", file=sys.stderr)
        return EXIT_USAGE
    try:
        new = portal_url(args.url)
    except CrawlRefused as exc:
        print(f"error: {str(exc).replace('PORTAL_URL', 'the new address')}", file=sys.stderr)
        return EXIT_USAGE
    busy = hold_lock(archive, "skipped: a crawl holds the lock (pid {pid}); move the portal when it has finished")
    if busy is not None:
        return EXIT_ERRORS if busy == EXIT_OK else busy
    try:
        db = storage.open_db(archive)
        with storage.write_transaction(db):
            storage.ensure_db_shape(db)
        old = storage.archive_portal(db) or "(not recorded)"
        changed = storage.move_portal(db, new)
    except sqlite3.Error as exc:
        print(f"error: {storage.explain(exc, archive)}", file=sys.stderr)
        return EXIT_ERRORS
    rows = ", ".join(f"{table} {n}" for table, n in changed.items()) or "none"
    print(f"portal moved: {old} -> {new}; URLs rewritten: {rows}")
    return EXIT_OK
