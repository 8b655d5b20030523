"""The ``disclosure`` spider: home → schools → categories → list pages → articles.

It only navigates. What a page says comes from ``jiangbei_crawler.extract``;
what to (re)fetch comes from the archive's ``plan``; what is kept is decided by
the pipeline and ``storage``.

``-a mode=full`` re-fetches everything; ``-a mode=incremental`` (the default)
fetches what is new or due, see ``jiangbei_crawler.plan``.
"""

import functools
import hashlib
from urllib.parse import urlsplit

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError

from ..extract import article as art
from ..extract import listing
from ..extract.encoding import decode_html, looks_binary
from ..extract.links import canonical, page_kind, query_int, same_host
from ..items import (
    ArticleItem,
    FetchedItem,
    FetchErrorItem,
    FrontierItem,
    ListingItem,
    ListPageItem,
    OffsiteLinkItem,
    RemovalItem,
)
from ..plan import Plan


def html_page(callback):
    """Decode the response before the callback; record problems; skip bodies that are not pages."""

    @functools.wraps(callback)
    def wrapper(self, response):
        text, sel, notes = self._page(response)
        yield from notes
        if text is not None:
            yield from callback(self, response, text, sel)

    return wrapper


# Scheduling priorities: finish articles already started (their parts hold memory), then repair,
# then discovery, routine revisits last.
PRIORITY = {
    "part": 110,
    "retry": 100,
    "frontier": 90,
    "suspect": 60,
    "home": 50,
    "new": 40,
    "list": 20,
    "revisit": 10,
    "known": -10,
}


class DisclosureSpider(scrapy.Spider):
    name = "disclosure"
    portal_url = None
    max_list_pages = 2000

    def __init__(self, mode="incremental", *args, **kwargs):
        super().__init__(*args, **kwargs)
        if mode not in ("full", "incremental"):
            raise ValueError(f"mode must be 'full' or 'incremental', not {mode!r}")
        self.mode = mode
        self.plan = Plan(mode=mode)
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

    @property
    def full(self):
        return self.plan.mode == "full"

    async def start(self):
        for request in self.planned_requests():
            yield request

    def planned_requests(self):
        p = self.plan
        for url in p.retry:
            kind = page_kind(url)
            if kind in ("counter", "article"):
                # a counter or continuation page is only a part: the whole article is fetched again
                url, kind = self._article_url(query_int(url, "id")), "article"
            if kind in ("article", "list", "school"):
                yield self._request(url, self.callback_for(kind), priority=PRIORITY["retry"])
        for url, meta in p.frontier:
            yield self._request(url, self.parse_article, meta=meta, priority=PRIORITY["frontier"])
        for url in p.suspects:
            yield self._request(url, self.parse_article, priority=PRIORITY["suspect"])
        yield self._request(self.portal_url + "/", self.parse_home, priority=PRIORITY["home"])
        if self.full:
            # articles no longer listed anywhere are found only this way
            for aid in sorted(p.known - p.skip):
                yield self._request(self._article_url(aid), self.parse_article, priority=PRIORITY["known"])
            return
        for url, school in p.revisit:
            if query_int(url, "id") not in p.skip:
                yield self._request(url, self.parse_article, meta={"school": school}, priority=PRIORITY["revisit"])
        for url in p.lists:
            if p.due_list(url):
                yield self._request(url, self.parse_list, meta={"check": True}, priority=PRIORITY["list"])

    def callback_for(self, kind):
        return {"article": self.parse_article, "list": self.parse_list, "school": self.parse_school}[kind]

    # ---- helpers -------------------------------------------------------
    def _request(self, url, callback, meta=None, **kwargs):
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta or {}, **kwargs)

    def _article_url(self, aid):
        return f"{self.portal_url}/show.asp?id={aid}"

    def _page(self, response):
        """Decoded text and a Selector of the response, plus items recording what went wrong.

        The text is None when the body is not a page at all (a file served as text/html).
        """
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        if looks_binary(response.body):
            return (
                None,
                None,
                [FetchErrorItem(response.url, f"binary body served as a page ({ctype or 'no type'})", response.status)],
            )
        decoded = decode_html(response.body, ctype)
        notes = [FetchedItem((response.request or response).url)]
        if decoded.lossy:
            notes.append(FetchErrorItem(response.url, "undecodable bytes: stored with replacement characters"))
        return decoded.text, scrapy.Selector(text=decoded.text), notes

    def _offsite(self, from_url, urls):
        for url in urls:
            if not same_host(url, self.portal_url) and url not in self.offsite_seen:
                self.offsite_seen.add(url)
                yield OffsiteLinkItem(from_url, url)

    def _is_new(self, aid):
        return aid not in self.plan.known and aid not in self.plan.skip

    # ---- navigation ----------------------------------------------------
    @html_page
    def parse_home(self, response, text, sel):
        yield from self._offsite(response.url, listing.all_links(sel, response.url))
        latest = listing.latest_links(sel, response.url)
        new = [url for url in latest if self._is_new(query_int(url, "id"))]
        for url in new:
            yield self._request(url, self.parse_article, meta={"discover": True}, priority=PRIORITY["new"])
        # the fast path is enough unless every one of the newest articles is new
        overflow = not latest or len(new) == len(latest)
        if self.full or not self.plan.lists:
            for url in listing.school_links(sel, response.url):
                yield self._request(url, self.parse_school)
        elif overflow:
            for url in self.plan.lists:  # page 1 of every known list; paging stops at known items
                yield self._request(url, self.parse_list, priority=PRIORITY["list"])

    @html_page
    def parse_school(self, response, text, sel):
        yield from self._offsite(response.url, listing.all_links(sel, response.url))
        for url in listing.category_links(sel, response.url):
            yield self._request(url, self.parse_list, priority=PRIORITY["list"])

    @html_page
    def parse_list(self, response, text, sel):
        page = listing.parse_list(sel, response.url)
        if not page.school or not page.category_path:
            yield FetchErrorItem(response.url, "list page without school/category breadcrumb", response.status)
            return
        yield from self._offsite(response.url, page.links)
        key, pageno = (page.school, page.category_path), query_int(response.url, "page") or 1
        if pageno == 1:
            yield ListPageItem(canonical(response.url, "list"), page.school, page.category_path, page.total, page.pages)
        walk = response.meta.get("walk")
        if walk is not None:
            walk["seen"].update(r.article_id for r in page.rows)
        new_rows = 0
        for row in page.rows:
            yield ListingItem(row.article_id, page.school, page.category_path)
            meta = {"school": page.school, "list_title": row.title, "list_category": page.category_path}
            if self.full and row.article_id not in self.plan.skip or self._is_new(row.article_id):
                new_rows += self._is_new(row.article_id)
                if self._is_new(row.article_id):
                    yield FrontierItem(row.url, meta)
                yield self._request(row.url, self.parse_article, meta=meta, priority=PRIORITY["new"])
        yield from self._more_pages(response, page, key, pageno, new_rows, walk)

    def _more_pages(self, response, page, key, pageno, new_rows, walk):
        last = min(page.pages, self.max_list_pages)
        if self.full:
            if pageno == 1:
                for n in range(2, last + 1):
                    yield self._request(self._list_page_url(response.url, n), self.parse_list)
            return
        if pageno == 1 and walk is None:
            known = self.plan.list_members.get(key, set())
            if page.total is not None and page.total != len(known) + new_rows:
                walk = {"seen": {r.article_id for r in page.rows}, "key": key}  # something left: walk it all
        if pageno < last and (walk is not None or new_rows):
            meta = {"walk": walk} if walk is not None else {}
            yield self._request(self._list_page_url(response.url, pageno + 1), self.parse_list, meta=meta)
        elif walk is not None:
            yield from self._recheck_missing(walk)

    def _recheck_missing(self, walk):
        """Archived articles no longer in their list: fetch them for takedown evidence (or a move)."""
        for aid in sorted(self.plan.list_members.get(walk["key"], set()) - walk["seen"]):
            yield self._request(self._article_url(aid), self.parse_article, priority=PRIORITY["suspect"])

    def _list_page_url(self, url, n):
        parts = urlsplit(canonical(url, "list"))
        return canonical(f"{parts.scheme}://{parts.netloc}{parts.path}?{parts.query}&page={n}", "list")

    # ---- articles ------------------------------------------------------
    @html_page
    def parse_article(self, response, text, sel):
        aid = query_int(response.meta.get("redirect_urls", [response.url])[0], "id")
        if page_kind(response.url) != "article" or art.is_soft_404(text):
            yield self._removal(response, aid, text)
            return
        page = art.parse_article(text, response.url, self.portal_url)
        if not response.meta.get("school") and page.list_url and not self.full:
            # found on the home page: its list says which school it belongs to
            yield self._request(page.list_url, self.parse_list, priority=PRIORITY["new"])
        state = {"item": self._item(aid, response, page), "todo": self._todo(page)}
        yield from self._offsite(response.url, [a.url for a in page.attachments if a.offsite])
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
            stored = self.plan.attachments.get(url) if kind == "attachment" and not self.full else None
            if stored and not stored.get("etag"):
                self._attach(state["item"], url, stored)  # no validator: trust the archived bytes
                continue
            yield self._part_request(kind, url, state, stored)
            return
        yield state["item"]

    def _part_request(self, kind, url, state, stored):
        callback = {"page": self.parse_continuation, "counter": self.parse_counter, "attachment": self.parse_attachment}
        meta = {"state": state, "part": kind}
        headers = {}
        if stored:
            headers["If-None-Match"] = stored["etag"]
            meta.update(stored=stored, handle_httpstatus_list=[304])
        return scrapy.Request(url, callback=callback[kind], errback=self.on_part_error, meta=meta, headers=headers,
                              dont_filter=True, priority=PRIORITY["part"])  # fmt: skip

    @html_page
    def parse_continuation(self, response, text, sel):
        state = response.meta["state"]
        if page_kind(response.url) != "article" or art.is_soft_404(text):
            yield FetchErrorItem(state["item"].url, f"continuation page {response.url} missing; article not stored")
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
        state["item"].visits = art.parse_counter_js(response.body.decode("latin-1"))
        yield FetchedItem(response.request.url)
        yield from self._next(state)

    def parse_attachment(self, response):
        state, url = response.meta["state"], response.request.url
        if response.status == 304:
            info = {k: v for k, v in response.meta["stored"].items() if k != "url"}
        else:
            info = {
                "sha256": hashlib.sha256(response.body).hexdigest(),
                "size": len(response.body),
                "content_type": response.headers.get("Content-Type", b"").decode("latin-1") or None,
                "etag": response.headers.get("ETag", b"").decode("latin-1") or None,
                "last_modified": response.headers.get("Last-Modified", b"").decode("latin-1") or None,
                "body": response.body,
            }
        self.attachment_cache[url] = {k: v for k, v in info.items() if k != "body"}
        self._attach(state["item"], url, info)
        yield FetchedItem(url)
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
            reason = f"continuation page {request.url} failed ({self._reason(failure)}); article not stored"
            yield FetchErrorItem(state["item"].url, reason)
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
            yield FetchedItem(request.url)
            yield self._removal(response, query_int(request.url, "id"), response.body[:300].decode("latin-1"))
            return
        yield self._error(failure)

    def _removal(self, response, aid, text):
        redirected = page_kind(response.url) != "article"
        kind = "redirect" if redirected else ("soft404" if response.status == 200 else str(response.status))
        return RemovalItem(aid, self._article_url(aid), response.status, response.url, kind, text[:300])

    def _reason(self, failure):
        if failure.check(HttpError):
            return f"HTTP {failure.value.response.status}"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]

    def _error(self, failure):
        status = failure.value.response.status if failure.check(HttpError) else None
        return FetchErrorItem(failure.request.url, self._reason(failure), status)
