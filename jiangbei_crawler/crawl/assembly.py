"""Putting one article together from its parts: continuation pages, visit counter, attachments.

Nothing here knows Scrapy. The spider asks ``next_part()`` what to fetch, hands
back what came (``add_page``, ``add_counter``, ``add_attachment``) or what failed
(``fail``), and yields the item once ``next_part()`` says the article is complete.
An article whose continuation page failed is never stored: half an article
would pass for the whole.
"""

import html
import re
from collections import deque
from dataclasses import dataclass

from ..extract.article import parse_counter_js
from ..extract.links import same_host
from ..items import ArticleItem

MAX_PAGES = 50  # pages per article; a longer chain is a trap, and the cut is recorded
MAX_IMAGES = 50  # images fetched per article; the rest are recorded with the reason
IMG = re.compile(r"<img\b[^>]*>", re.I)
ATTR = re.compile(r'\s(src|alt)="([^"]*)"', re.I)  # the sanitizer writes every attribute double-quoted


def body_images(body_html):
    """(url, alt) of each image in sanitized body HTML, in order, once each."""
    seen = {}
    for tag in IMG.findall(body_html or ""):
        attrs = {k.lower(): html.unescape(v) for k, v in ATTR.findall(tag)}
        if attrs.get("src", "").startswith(("http://", "https://")):
            seen.setdefault(attrs["src"], attrs.get("alt") or None)
    return list(seen.items())


@dataclass(frozen=True)
class Part:
    kind: str  # page | counter | attachment | image
    url: str
    stored: dict | None = None  # archived attachment info: fetch conditionally (If-None-Match)


def item_from_page(article_id, url, page, school, list_hints=None):
    """The article item of a first page; ``list_hints`` are what its list row said (title, category)."""
    hints = list_hints or {}
    path = page.category_path or hints.get("category_path")
    item = ArticleItem(
        id=article_id, url=url, school=school, category=path.rsplit(">", 1)[-1] if path else None,
        category_path=path, title=page.title, source=page.source,
        published=page.published, visits=page.visits, body_text="\n".join(page.body_lines),
        body_html=page.body_html,
        attachments=[{"name": a.name, "url": a.url, "offsite": a.offsite} for a in page.attachments],
        warnings=list(page.warnings), extraction=dict(page.extraction), metadata=dict(page.metadata),
    )  # fmt: skip
    if not page.category_path and hints.get("category_path"):
        item.extraction["category_path"] = "list"
    if hints.get("thumbnail"):  # the list row's picture: archived with the article's images
        item.images.append({"url": hints["thumbnail"], "alt": None, "kind": "thumbnail"})
    return item


class Assembly:
    def __init__(self, item, page, portal_url, max_pages=MAX_PAGES, cached=None, stored=None, full=True, meta=None):
        self.item = item
        self.meta = meta  # how the article was reached (school, hints): to retry it the same way
        self.portal_url = portal_url
        self.max_pages = max_pages
        self.cached = cached if cached is not None else {}  # url -> info of attachments fetched this crawl
        self.stored = stored or {}  # url -> info of archived attachments
        self.full = full
        self.pages_seen = {item.url}
        self.todo = deque()
        self.failed = None
        self.images_queued = False
        self._queue_pages(page.page_urls)
        if page.visits is None and page.counter_url and same_host(page.counter_url, portal_url):
            self.todo.append(Part("counter", page.counter_url))
        self._queue_attachments(item.attachments)

    def _queue_pages(self, urls):
        for url in urls:
            if url in self.pages_seen:
                continue
            if len(self.pages_seen) >= self.max_pages:
                self.item.warnings.append(
                    f"more than {self.max_pages} pages: the article was cut at page {self.max_pages}"
                )
                return
            self.pages_seen.add(url)
            # pages first: the counter and attachments wait until the text is whole
            pages = [p for p in self.todo if p.kind == "page"]
            rest = [p for p in self.todo if p.kind != "page"]
            self.todo = deque([*pages, Part("page", url), *rest])

    def _queue_attachments(self, attachments):
        for att in attachments:
            if not att.get("offsite"):
                self.todo.append(Part("attachment", att["url"]))

    def _queue_images(self):
        """Once the text is whole: same-host images (the list's thumbnail, then the body's) are fetched,
        off-host ones recorded."""
        self.images_queued = True
        listed = self.item.images
        known = {i["url"] for i in listed}
        body = [{"url": url, "alt": alt, "kind": "body"} for url, alt in body_images(self.item.body_html)]
        self.item.images = [*listed, *(i for i in body if i["url"] not in known)]
        for n, image in enumerate(self.item.images):
            image["offsite"] = not same_host(image["url"], self.portal_url)
            if n >= MAX_IMAGES and not image["offsite"]:
                image["error"] = f"more than {MAX_IMAGES} images in the article: not fetched"
            elif not image["offsite"]:
                self.todo.append(Part("image", image["url"]))

    def next_part(self):
        """The next part to fetch, or None when the article is complete (or failed: see ``failed``)."""
        if not self.todo and not self.images_queued and self.failed is None:
            self._queue_images()
        while self.todo and self.failed is None:
            if not any(p.kind == "page" for p in self.todo) and not self.images_queued:
                self._queue_images()
            part = self.todo.popleft()
            if part.kind == "image" and ("image", part.url) in self.cached:
                self.add_image(part.url, self.cached["image", part.url])
                continue
            if part.kind == "attachment":
                if part.url in self.cached:
                    self.add_attachment(part.url, self.cached[part.url])
                    continue
                stored = self.stored.get(part.url) if not self.full else None
                if stored and not stored.get("etag"):
                    self.add_attachment(part.url, stored)  # no validator: trust the archived bytes
                    continue
                return Part(part.kind, part.url, stored)
            return part
        return None

    @property
    def complete(self):
        return self.failed is None and not self.todo

    def add_page(self, page):
        item = self.item
        item.body_text = "\n".join(filter(None, [item.body_text, *page.body_lines]))
        item.body_html += page.body_html
        known = {a["url"] for a in item.attachments}
        new = [{"name": a.name, "url": a.url, "offsite": a.offsite} for a in page.attachments if a.url not in known]
        item.attachments += new
        self._queue_pages(page.page_urls)
        self._queue_attachments(new)

    def add_counter(self, text):
        self.item.visits = parse_counter_js(text)
        if self.item.visits is not None:
            self.item.extraction["visits"] = "counter"

    def add_attachment(self, url, info):
        self.cached[url] = {k: v for k, v in info.items() if k not in ("body", "url")}
        for att in self.item.attachments:
            if att["url"] == url:
                att.update({k: v for k, v in info.items() if k != "url"})

    def add_image(self, url, info):
        self.cached["image", url] = {k: v for k, v in info.items() if k not in ("body", "url")}
        for img in self.item.images:
            if img["url"] == url:
                img.update({k: v for k, v in info.items() if k != "url"})

    def fail(self, part, reason):
        """A part failed: a page loses the article; a counter or attachment is recorded on it."""
        if part.kind == "page":
            self.failed = f"continuation page {part.url} failed ({reason}); article not stored"
            return
        for entry in self.item.attachments if part.kind == "attachment" else self.item.images:
            if entry["url"] == part.url and part.kind in ("attachment", "image"):
                entry["error"] = reason
