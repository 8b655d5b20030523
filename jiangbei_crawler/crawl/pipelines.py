"""A thin adapter from Scrapy items to ``storage``: batches, one transaction each, one savepoint per item.

The crawl itself is opened and closed by ``session.SessionExtension`` (as
``crawler.session``); this pipeline only writes: an article's fetched parts are
stored (files/, attachment text) here, and the item reaches the store as its
``row()``. An item that cannot be stored (a value
SQLite cannot hold, say) is rolled back alone and recorded in ``fetch_errors``;
the rest of its batch is committed. When the archive cannot be written at all
(disk full, read-only), the crawl stops and its status says why.
"""

import asyncio
import logging
import sqlite3
import time

from itemadapter import ItemAdapter
from scrapy.utils.defer import deferred_from_coro

from .. import store as storage
from ..documents.attachment_text import DEFERRED, crawl_text
from ..items import (
    ArticleItem,
    FetchedItem,
    FetchErrorItem,
    FrontierItem,
    ListingItem,
    ListPageItem,
    OffsiteLinkItem,
    RemovalItem,
    WarningItem,
)

log = logging.getLogger(__name__)
ITEM_ERRORS = (OverflowError, ValueError, TypeError, sqlite3.IntegrityError, sqlite3.InterfaceError)


class ArchivePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.batch_size = crawler.settings.getint("ARCHIVE_BATCH_SIZE", 200)
        self.text_budget = crawler.settings.getfloat("ATTACHMENT_TEXT_BUDGET", 600)
        self.text_spent = 0.0  # seconds of attachment text extraction (waits for the one worker included)
        self.buffer = []
        self.session = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self, spider=None):
        self.session = self.crawler.session
        self.db = self.session.db
        self.files_dir = self.session.files_dir()

    async def process_item(self, item, spider=None):
        if self.session.failure:
            return item  # the archive cannot be written: the crawl is stopping
        if isinstance(item, ArticleItem):
            try:
                await self._store_files(item)
            except OSError as exc:
                self._fail(f"cannot write attachment files: {exc.strerror or exc}")
                return item
        self.buffer.append(item)
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    async def _store_files(self, item):
        for img in item.images:
            body = img.take_body()
            if body is not None:
                img.stored(storage.store_file(self.files_dir, body, img.sha256))
        loop = asyncio.get_running_loop()
        for att in item.attachments:
            body = att.take_body()
            if body is not None:
                att.stored(storage.store_file(self.files_dir, body, att.sha256))
                att.read(*await self._text(loop, body))
                if att.text_error:
                    item.warnings.append(f"attachment {att.url}: {att.text_error}")

    async def _text(self, loop, body):
        """Attachment text within the crawl's budget; past it, deferred to the OCR pass (``attachment_text``)."""
        if self.text_spent >= self.text_budget:
            return None, DEFERRED
        started = time.monotonic()
        try:  # off the reactor's thread: a slow or hostile file must not stall the crawl
            return await loop.run_in_executor(None, crawl_text, body)
        finally:
            self.text_spent += time.monotonic() - started

    def flush(self):
        if not self.buffer or self.session.failure:
            return
        items, self.buffer = self.buffer, []
        counts = dict.fromkeys(self.session.counts, 0)
        try:
            with storage.write_transaction(self.db):
                hashes = {self._save_one(item, counts) for item in items} - {None}
                storage.resolve_duplicates(self.db, hashes)
        except sqlite3.Error as exc:
            self._fail(storage.explain(exc, self.session.path))
            return
        for key, value in counts.items():
            self.session.counts[key] += value

    def _save_one(self, item, counts):
        """Save one item inside its own savepoint; a bad item is recorded, not the end of its batch."""
        self.db.execute("SAVEPOINT item")
        try:
            result = self._save(item, counts)
        except ITEM_ERRORS as exc:
            self.db.execute("ROLLBACK TO item")
            self.db.execute("RELEASE item")
            url = getattr(item, "url", None) or getattr(item, "from_url", "") or "?"
            reason = f"could not store {type(item).__name__}: {type(exc).__name__}: {exc}"[:500]
            log.warning("%s (%s)", reason, url)
            storage.save_fetch_error(self.db, {"url": url, "reason": reason}, self.session.crawl_id)
            counts["errors"] += 1
            return None
        self.db.execute("RELEASE item")
        return result

    def _save(self, item, counts):
        db, cid = self.db, self.session.crawl_id
        if isinstance(item, ArticleItem):
            data = item.row()
            status = storage.save_article(db, data, cid)
            counts[status] += 1
            for warning in item.warnings:
                storage.save_warning(db, {"url": item.url, "message": warning}, cid)
            return storage.content_hash(data)
        if isinstance(item, ListingItem):
            storage.save_listing(db, ItemAdapter(item).asdict())
        elif isinstance(item, FetchErrorItem):
            counts["dead" if item.kind == "dead" else "errors"] += 1
            storage.save_fetch_error(db, ItemAdapter(item).asdict(), cid)
        elif isinstance(item, WarningItem):
            storage.save_warning(db, ItemAdapter(item).asdict(), cid)
        elif isinstance(item, OffsiteLinkItem):
            storage.save_offsite_link(db, ItemAdapter(item).asdict(), cid)
        elif isinstance(item, RemovalItem):
            result = storage.save_removal(db, ItemAdapter(item).asdict(), cid)
            if result in ("removed", "suspected"):
                counts[result] += 1
        elif isinstance(item, ListPageItem):
            storage.save_list_page(db, ItemAdapter(item).asdict())
        elif isinstance(item, FrontierItem):
            storage.save_frontier(db, ItemAdapter(item).asdict(), cid)
        elif isinstance(item, FetchedItem):
            storage.resolve_fetch_errors(db, [item.url])
        return None

    def _fail(self, reason):
        """The archive cannot be written: say so once, and stop the crawl."""
        if self.session.failure:
            return
        self.session.failure = reason
        log.error("stopping the crawl: %s", reason)
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and engine.spider is not None:
            deferred_from_coro(engine.close_spider_async(reason="archive_failed"))

    def close_spider(self, spider=None):
        self.flush()
