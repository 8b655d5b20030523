"""Putting one article together from its parts: continuation pages, visit counter, attachments.

Nothing here knows Scrapy. The spider asks ``next_part()`` what to fetch, hands
back what came (``add_page``, ``add_counter``, ``add_attachment``, ``add_image``: the fetch info, a dict of
``items.FETCHED_FIELDS`` and the body) or what failed (``fail``), and yields the item once ``next_part()``
says the article is complete. Here attachments and images are found and fetched; the pipeline stores them.
An article whose continuation page failed is never stored: half an article
would pass for the whole.
"""

import html
import re
from collections import deque
from dataclasses import dataclass

from ..extract.article import parse_counter_js
from ..extract.links import same_host
from ..items import ArticleItem, Attachment, Image

MAX_PAGES = 50  # pages per article; a longer chain is a trap, and the cut is recorded
MAX_IMAGES = 50  # images fetched per article; the rest are recorded with the reason
IMG = re.compile(r"<img\b[^>]*>", re.I)
# a part that answered so is gone for this crawl: the next article naming it (a template's icon on every page,
# one attachment in many notices) is not sent for it again; a timeout or a 5xx may pass, and is asked again
SETTLED_FAILURE = re.compile(r"^(?:HTTP 4(?!08|29)\d\d|not an image)")  # 408 and 429 ask to come back later
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
        attachments=found_attachments(page.attachments),
        warnings=list(page.warnings), extraction=dict(page.extraction), metadata=dict(page.metadata),
    )  # fmt: skip
    if not page.category_path and hints.get("category_path"):
        item.extraction["category_path"] = "list"
    if hints.get("thumbnail"):  # the list row's picture: archived with the article's images
        item.images.append(Image(hints["thumbnail"], kind="thumbnail"))
    return item


def row_hints(row):
    """What a list row says of its article: title, date, visits, thumbnail."""
    pairs = (("title", row.title), ("date", row.date), ("visits", row.visits), ("thumbnail", row.thumbnail))
    return {k: v for k, v in pairs if v}


def found_attachments(links, known=()):
    """The attachments a page links to, but those already found."""
    return [Attachment(link.name, link.url, link.offsite) for link in links if link.url not in known]


@dataclass(frozen=True)
class Reached:
    """How an article was reached (its request's meta): its school, its list row's hints (with the category of
    the hub it hung off), and where its first page's response lies in the WARC files."""

    school: str | None
    hints: dict
    warc: dict | None = None

    @classmethod
    def of(cls, meta):
        ctx = meta.get("ctx") or {}
        hints = meta.get("hints") or {}
        if not hints.get("category_path") and ctx.get("category"):
            hints = {**hints, "category_path": ctx["category"]}
        return cls(meta.get("school") or ctx.get("school"), hints, meta.get("warc"))

    def assembly(self, aid, url, page, site_school, portal_url, max_pages, cached, stored, full):
        """The article's assembly from its first page; a one-school site's name when nothing says its school.
        A failure is retried as it was reached (``Assembly.meta``)."""
        item = item_from_page(aid, url, page, self.school or site_school, self.hints)
        item.warc = self.warc
        retry = {k: v for k, v in (("school", self.school), ("hints", self.hints)) if v}
        return Assembly(item, page, portal_url, max_pages, cached, stored, full, retry)


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
            if not att.offsite:
                self.todo.append(Part("attachment", att.url))

    def _queue_images(self):
        """Once the text is whole: same-host images (the list's thumbnail, then the body's) are fetched,
        off-host ones recorded."""
        self.images_queued = True
        listed = self.item.images
        known = {i.url for i in listed}
        body = [Image(url, alt) for url, alt in body_images(self.item.body_html) if url not in known]
        self.item.images = [*listed, *body]
        for n, image in enumerate(self.item.images):
            image.offsite = not same_host(image.url, self.portal_url)
            if n >= MAX_IMAGES and not image.offsite:
                image.error = f"more than {MAX_IMAGES} images in the article: not fetched"
            elif not image.offsite:
                self.todo.append(Part("image", image.url))

    def next_part(self):
        """The next part to fetch, or None when the article is complete (or failed: see ``failed``)."""
        if not self.todo and not self.images_queued and self.failed is None:
            self._queue_images()
        while self.todo and self.failed is None:
            if not any(p.kind == "page" for p in self.todo) and not self.images_queued:
                self._queue_images()
            part = self.todo.popleft()
            failed = self.cached.get(("failed", part.kind, part.url))
            if failed is not None:
                self._mark_failed(part, failed)
                continue
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
        new = found_attachments(page.attachments, {a.url for a in item.attachments})
        item.attachments += new
        self._queue_pages(page.page_urls)
        self._queue_attachments(new)

    def add_counter(self, text):
        self.item.visits = parse_counter_js(text)
        if self.item.visits is not None:
            self.item.extraction["visits"] = "counter"

    def add_attachment(self, url, info):
        self._fetched(url, info, self.item.attachments)

    def add_image(self, url, info):
        self._fetched(("image", url), info, self.item.images)

    def _fetched(self, key, info, parts):
        """A part came (or was had already): every entry of its URL is fetched; this crawl reuses it without
        the bytes, which the pipeline stores once."""
        self.cached[key] = {k: v for k, v in info.items() if k not in ("body", "url")}
        url = key[1] if isinstance(key, tuple) else key
        for part in parts:
            if part.url == url:
                part.fetched(info)

    def fail(self, part, reason):
        """A part failed: a page loses the article; a counter or attachment is recorded on it."""
        if part.kind == "page":
            self.failed = f"continuation page {part.url} failed ({reason}); article not stored"
            return
        if part.kind in ("attachment", "image") and SETTLED_FAILURE.match(reason):
            self.cached["failed", part.kind, part.url] = reason
        self._mark_failed(part, reason)

    def _mark_failed(self, part, reason):
        for entry in self.item.attachments if part.kind == "attachment" else self.item.images:
            if entry.url == part.url and part.kind in ("attachment", "image"):
                entry.error = reason
