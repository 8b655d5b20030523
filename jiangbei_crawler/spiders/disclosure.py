"""The ``disclosure`` spider: home → schools → categories → list pages → articles.

It only navigates. What a page says comes from ``jiangbei_crawler.extract``;
what is kept is decided by the pipeline and ``storage``.
"""

import hashlib
from urllib.parse import urlsplit

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError

from ..extract import article as art
from ..extract import listing
from ..extract.encoding import decode_html
from ..extract.links import canonical, page_kind, query_int, same_host
from ..items import ArticleItem, FetchedItem, FetchErrorItem, ListingItem, OffsiteLinkItem, RemovalItem


class DisclosureSpider(scrapy.Spider):
    name = "disclosure"
    portal_url = None
    max_list_pages = 2000

    def __init__(self, mode="full", *args, **kwargs):
        super().__init__(*args, **kwargs)
        if mode not in ("full", "incremental"):
            raise ValueError(f"mode must be 'full' or 'incremental', not {mode!r}")
        self.mode = mode
        self.attachment_cache = {}
        self.offsite_seen = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        url = (crawler.settings.get("PORTAL_URL") or "").strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise ValueError("PORTAL_URL is not set: pass -s PORTAL_URL=http://host or set JIANGBEI_PORTAL_URL")
        spider.portal_url = url
        spider.allowed_domains = [urlsplit(url).hostname]
        spider.max_list_pages = crawler.settings.getint("MAX_LIST_PAGES", 2000)
        return spider

    async def start(self):
        yield self._request(self.portal_url + "/", self.parse_home)

    # ---- helpers -------------------------------------------------------
    def _request(self, url, callback, meta=None, **kwargs):
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta or {}, **kwargs)

    def _page(self, response):
        """Decoded text and a Selector of the response, plus items recording a lossy decode."""
        decoded = decode_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        notes = []
        if decoded.lossy:
            notes.append(FetchErrorItem(response.url, "undecodable bytes: stored with replacement characters"))
        return decoded.text, scrapy.Selector(text=decoded.text), notes

    def _offsite(self, from_url, urls):
        for url in urls:
            if not same_host(url, self.portal_url) and url not in self.offsite_seen:
                self.offsite_seen.add(url)
                yield OffsiteLinkItem(from_url, url)

    # ---- navigation ----------------------------------------------------
    def parse_home(self, response):
        text, sel, notes = self._page(response)
        yield from notes
        yield from self._offsite(response.url, listing.all_links(sel, response.url))
        for url in listing.school_links(sel, response.url):
            yield self._request(url, self.parse_school)

    def parse_school(self, response):
        text, sel, notes = self._page(response)
        yield from notes
        yield from self._offsite(response.url, listing.all_links(sel, response.url))
        for url in listing.category_links(sel, response.url):
            yield self._request(url, self.parse_list)

    def parse_list(self, response):
        text, sel, notes = self._page(response)
        yield from notes
        page = listing.parse_list(sel, response.url)
        if not page.school or not page.category_path:
            yield FetchErrorItem(response.url, "list page without school/category breadcrumb", response.status)
            return
        yield from self._offsite(response.url, page.links)
        for row in page.rows:
            yield ListingItem(row.article_id, page.school, page.category_path)
            meta = {"school": page.school, "list_title": row.title, "list_category": page.category_path}
            yield self._request(row.url, self.parse_article, meta=meta)
        if (query_int(response.url, "page") or 1) == 1:
            for n in range(2, min(page.pages, self.max_list_pages) + 1):
                yield self._request(self._list_page_url(response.url, n), self.parse_list)

    def _list_page_url(self, url, n):
        parts = urlsplit(canonical(url, "list"))
        return canonical(f"{parts.scheme}://{parts.netloc}{parts.path}?{parts.query}&page={n}", "list")

    # ---- articles ------------------------------------------------------
    def parse_article(self, response):
        text, sel, notes = self._page(response)
        yield from notes
        aid = query_int(response.request.meta.get("redirect_urls", [response.url])[0], "id")
        if page_kind(response.url) != "article" or art.is_soft_404(text):
            yield self._removal(response, aid, text)
            return
        page = art.parse_article(text, response.url, self.portal_url)
        state = {"item": self._item(aid, response, page), "todo": self._todo(page)}
        yield from self._offsite(response.url, [a.url for a in page.attachments if a.offsite])
        yield FetchedItem(canonical(response.url, "article"))
        yield from self._next(state)

    def _item(self, aid, response, page):
        meta = response.meta
        path = page.category_path or meta.get("list_category")
        item = ArticleItem(
            id=aid, url=canonical(response.url, "article"), school=meta.get("school"),
            category=path.rsplit(">", 1)[-1] if path else None, category_path=path,
            title=page.title or meta.get("list_title"), source=page.source, published=page.published,
            visits=page.visits, body_text="\n".join(page.body_lines), body_html=page.body_html,
            attachments=[{"name": a.name, "url": a.url, "offsite": a.offsite} for a in page.attachments],
            warnings=list(page.warnings),
        )  # fmt: skip
        if not page.title:
            item.warnings.append("no title on the article page; the list's title attribute was used")
        return item

    def _todo(self, page):
        todo = [("page", url) for url in page.page_urls]
        if page.visits is None and page.counter_url and same_host(page.counter_url, self.portal_url):
            todo.append(("counter", page.counter_url))
        return todo + [("attachment", a.url) for a in page.attachments if not a.offsite]

    def _next(self, state):
        """Fetch the article's remaining parts one by one; the item is yielded only when all are in."""
        while state["todo"]:
            kind, url = state["todo"].pop(0)
            if kind == "attachment" and url in self.attachment_cache:
                self._attach(state["item"], url, self.attachment_cache[url])
                continue
            callback = {
                "page": self.parse_continuation,
                "counter": self.parse_counter,
                "attachment": self.parse_attachment,
            }[kind]
            yield scrapy.Request(url, callback=callback, errback=self.on_part_error, meta={"state": state, "part": kind},
                                 dont_filter=True)  # fmt: skip
            return
        yield state["item"]

    def parse_continuation(self, response):
        state = response.meta["state"]
        text, sel, notes = self._page(response)
        yield from notes
        if page_kind(response.url) != "article" or art.is_soft_404(text):
            yield FetchErrorItem(response.url, "continuation page missing; article not stored", response.status)
            return
        page = art.parse_article(text, response.url, self.portal_url)
        item = state["item"]
        item.body_text = "\n".join(filter(None, [item.body_text, *page.body_lines]))
        item.body_html += page.body_html
        known = {a["url"] for a in item.attachments}
        for a in page.attachments:
            if a.url not in known:
                item.attachments.append({"name": a.name, "url": a.url, "offsite": a.offsite})
                if not a.offsite:
                    state["todo"].append(("attachment", a.url))
        yield from self._next(state)

    def parse_counter(self, response):
        state = response.meta["state"]
        state["item"].visits = art.parse_counter_js(
            response.text if hasattr(response, "text") else response.body.decode("latin-1")
        )
        yield from self._next(state)

    def parse_attachment(self, response):
        state = response.meta["state"]
        info = {
            "sha256": hashlib.sha256(response.body).hexdigest(),
            "size": len(response.body),
            "content_type": response.headers.get("Content-Type", b"").decode("latin-1") or None,
            "body": response.body,
        }
        self.attachment_cache[response.request.url] = {k: v for k, v in info.items() if k != "body"}
        self._attach(state["item"], response.request.url, info)
        yield from self._next(state)

    def _attach(self, item, url, info):
        for a in item.attachments:
            if a["url"] == url:
                a.update(info)

    def on_part_error(self, failure):
        request = failure.request
        state, part = request.meta["state"], request.meta["part"]
        yield self._error(failure)
        if part == "page":
            yield FetchErrorItem(state["item"].url, f"continuation page failed ({request.url}); article not stored")
            return
        if part == "attachment":
            for a in state["item"].attachments:
                if a["url"] == request.url:
                    a["error"] = self._reason(failure)
        yield from self._next(state)

    # ---- failures ------------------------------------------------------
    def on_error(self, failure):
        request = failure.request
        status = failure.value.response.status if failure.check(HttpError) else None
        if page_kind(request.url) == "article" and status in (404, 410):
            response = failure.value.response
            yield self._removal(
                response, query_int(request.url, "id"), response.text if hasattr(response, "text") else ""
            )
            return
        yield self._error(failure)

    def _removal(self, response, aid, text):
        redirected = page_kind(response.url) != "article"
        kind = "redirect" if redirected else ("soft404" if response.status == 200 else str(response.status))
        return RemovalItem(aid, f"{self.portal_url}/show.asp?id={aid}", response.status, response.url, kind, text[:300])

    def _reason(self, failure):
        if failure.check(HttpError):
            return f"HTTP {failure.value.response.status}"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]

    def _error(self, failure):
        status = failure.value.response.status if failure.check(HttpError) else None
        return FetchErrorItem(failure.request.url, self._reason(failure), status)
