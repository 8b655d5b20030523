"""A thin adapter from Scrapy items to ``storage``: batches, one transaction each."""

import logging
import os

from itemadapter import ItemAdapter

from . import plan as planning
from . import storage
from .attachment_text import extract_text
from .items import (
    ArticleItem,
    FetchedItem,
    FetchErrorItem,
    FrontierItem,
    ListingItem,
    ListPageItem,
    OffsiteLinkItem,
    RemovalItem,
)

log = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, path, files_dir, batch_size, stats, settings=None):
        self.path, self.files_dir, self.batch_size, self.stats = path, files_dir, batch_size, stats
        self.settings = settings or {}
        self.buffer = []
        self.counts = dict.fromkeys(("new", "changed", "unchanged", "removed", "restored", "errors"), 0)

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("ARCHIVE_PATH")
        files_dir = crawler.settings.get("ARCHIVE_FILES_DIR") or os.path.join(os.path.dirname(path) or ".", "files")
        policy = {"rotation": crawler.settings.getint("REVISIT_ROTATION", 30),
                  "young_days": crawler.settings.getint("REVISIT_YOUNG_DAYS", 30)}  # fmt: skip
        pipeline = cls(path, files_dir, crawler.settings.getint("ARCHIVE_BATCH_SIZE", 200), crawler.stats, policy)
        pipeline.crawler = crawler
        return pipeline

    def open_spider(self, spider=None):
        # Scrapy >= 2.13 calls open_spider() without the spider
        spider = spider or getattr(getattr(self, "crawler", None), "spider", None)
        self.db = storage.open_db(self.path)
        with storage.write_transaction(self.db):
            storage.ensure_db_shape(self.db)
            planning.mark_interrupted(self.db, os.getpid())
        plan = planning.build_plan(self.db, getattr(spider, "mode", "full"), **self.settings)
        self.crawl_id = storage.start_crawl(self.db, plan.mode, os.getpid())
        if spider is not None:
            spider.crawl_id, spider.plan, spider.mode = self.crawl_id, plan, plan.mode
        resumed = f", resuming the crawl started {plan.resume_from}" if plan.resume_from else ""
        log.info("archive %s, crawl %s, mode %s%s", self.path, self.crawl_id, plan.mode, resumed)

    def process_item(self, item, spider=None):
        if isinstance(item, ArticleItem):
            self._store_files(item)
        self.buffer.append(item)
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def _store_files(self, item):
        for att in item.attachments:
            body = att.pop("body", None)
            if body is not None:
                att["file"] = storage.store_file(self.files_dir, body, att["sha256"])
                att["text"], att["text_error"] = extract_text(body)
                if att["text_error"]:
                    item.warnings.append(f"attachment {att['url']}: {att['text_error']}")

    def flush(self):
        if not self.buffer:
            return
        items, self.buffer = self.buffer, []
        with storage.write_transaction(self.db):
            hashes = {self._save(item) for item in items} - {None}
            storage.resolve_duplicates(self.db, hashes)

    def _save(self, item):
        db, cid = self.db, self.crawl_id
        if isinstance(item, ArticleItem):
            status = storage.save_article(db, ItemAdapter(item).asdict(), cid)
            self.counts[status] += 1
            for warning in item.warnings:
                storage.save_warning(db, {"url": item.url, "message": warning}, cid)
            return storage.content_hash(ItemAdapter(item).asdict())
        if isinstance(item, ListingItem):
            storage.save_listing(db, ItemAdapter(item).asdict())
        elif isinstance(item, FetchErrorItem):
            self.counts["errors"] += 1
            storage.save_fetch_error(db, ItemAdapter(item).asdict(), cid)
        elif isinstance(item, OffsiteLinkItem):
            storage.save_offsite_link(db, ItemAdapter(item).asdict(), cid)
        elif isinstance(item, RemovalItem):
            if storage.save_removal(db, ItemAdapter(item).asdict(), cid) == "removed":
                self.counts["removed"] += 1
        elif isinstance(item, ListPageItem):
            storage.save_list_page(db, ItemAdapter(item).asdict())
        elif isinstance(item, FrontierItem):
            storage.save_frontier(db, ItemAdapter(item).asdict(), cid)
        elif isinstance(item, FetchedItem):
            storage.resolve_fetch_errors(db, [item.url])
        return None

    def close_spider(self, spider=None):
        self.flush()
        reason = self.stats.get_value("finish_reason") if self.stats else None
        requests = self.stats.get_value("downloader/request_count", 0) if self.stats else 0
        status = "ok" if self.counts["errors"] == 0 else "errors"
        if reason not in (None, "finished"):
            status = f"failed: {reason}"
        summary = " ".join(f"{k}={v}" for k, v in self.counts.items()) + f" requests={requests}"
        storage.finish_crawl(self.db, self.crawl_id, status, {**self.counts, "requests": requests, "summary": summary})
        log.info("crawl %s %s: %s", self.crawl_id, status, summary)
        self.db.close()
