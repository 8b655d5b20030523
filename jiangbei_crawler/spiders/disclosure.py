"""The ``disclosure`` spider: home → hubs (schools, category indexes) → lists → articles.

It only decides what to fetch next. What a page is and says comes from ``extract`` (a site profile where the
URL matches one, generic rules elsewhere); an article is put together by ``crawl.assembly`` (its parts fetched
in ``spiders.parts``); what to (re)fetch comes from the archive's ``crawl.plan``, opened with the crawl's session
(``crawler.session``). URLs are compared by one identity, ``spiders.identity``; ``spiders.sweep`` fetches, after
the walk, links of an article's shape that it did not follow.

* A page's kind comes from the profile's URL patterns when they match, else from its content: an article has a
  title with a date label or a body, a list has repeated dated rows, a pager or a script's JSON API, anything else
  is a hub whose links are followed (``MAX_HUB_DEPTH`` levels from the home page).
* A list's school is the school page (a link whose text is a school's name) through which it was reached, else
  its breadcrumb, else the site's own name on a one-school site. An article's school is that of its list.

``-a mode=full`` re-fetches everything; ``-a mode=incremental`` (the default) fetches what is new or due (``crawl.plan``).
"""

from functools import cached_property

import scrapy
from scrapy import signals
from scrapy.spidermiddlewares.httperror import HttpError

from ..crawl.assembly import Reached, row_hints
from ..crawl.logs import quiet_tracebacks
from ..crawl.session import portal_url
from ..extract import article as art
from ..extract import profiles as prof
from ..extract.api_lists import read_api_page
from ..extract.breadcrumb import school_labels, site_school
from ..extract.classify import classify, is_both, previews_a_row, read_page
from ..extract.links import Portal, followable, home_frames, is_folder_index, kind_hint, origin, same_host
from ..extract.listing import is_document_row
from ..items import FetchedItem, FetchErrorItem, FrontierItem, ListingItem, ListPageItem, RemovalItem, WarningItem
from .identity import UrlIdentity
from .list_pages import ListPages
from .parts import ArticleParts, decode, error_item, reason
from .priorities import PRIORITY
from .scripts import WrittenMenus
from .sweep import Sweep, Sweeping

MAX_HUB_LINKS = 500  # links followed from one page; a real hub (a portal's home, a school page) has far fewer


class DisclosureSpider(ArticleParts, Sweeping, WrittenMenus, ListPages, scrapy.Spider):
    name = "disclosure"

    def __init__(self, mode="incremental", *args, **kwargs):
        super().__init__(*args, **kwargs)
        if mode not in ("full", "incremental"):
            raise ValueError(f"mode must be 'full' or 'incremental', not {mode!r}")
        self.requested_mode = mode
        self.requested = {}  # article id -> the meta it was requested with, this crawl
        self.handled = set()  # article ids whose page was read this crawl
        self.read_as_hub = set()  # URLs reached by a plain link and read as hubs (a list's row may say otherwise)
        self.fetched = set()  # every page's URL key read this crawl
        self.attachment_cache, self.offsite_seen = {}, set()
        self.site_school = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        # Scrapy installs its log handler after the spider is made: filter it once the engine runs
        crawler.signals.connect(lambda: quiet_tracebacks(s.get("LOG_LEVEL")), signal=signals.engine_started, weak=False)
        spider.portal_url = Portal(portal_url(s.get("PORTAL_URL")))  # with the other names the site answers to
        spider.allowed_domains = sorted(
            {host for _, host, _ in spider.portal_url.aliases | {origin(spider.portal_url)}}
        )
        spider.profiles = prof.resolve(s.get("SITE_PROFILE", "auto"))
        spider.max_list_pages = s.getint("MAX_LIST_PAGES", 2000)
        spider.max_depth = s.getint("MAX_HUB_DEPTH", 4)
        spider.max_article_pages = s.getint("MAX_ARTICLE_PAGES", 50)
        spider.image_maxsize = s.getint("IMAGE_MAXSIZE", 10 * 1024 * 1024)
        spider.sweep = Sweep(s.getint("MAX_SWEEP", 5000))
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        return spider

    @property
    def session(self):
        """The crawl's session (``SessionExtension``), opened by Scrapy right after this spider is made."""
        return self.crawler.session

    @property
    def plan(self):
        return self.session.plan

    @property
    def full(self):
        return self.plan.full

    @cached_property
    def ids(self):  # URL identity; archived articles keep the ids they have
        return UrlIdentity(self.profiles, self.plan.urls, self.portal_url)

    def key(self, url):
        return self.ids.key(url)

    def article_id(self, url):
        return self.ids.article_id(url)

    @property
    def stats(self):
        return self.crawler.stats

    async def start(self):
        for request in self.planned_requests():
            yield request

    def planned_requests(self):
        p = self.plan
        for url, kind, meta in p.retry:
            if kind == "article":
                yield self._article_request(url, meta, PRIORITY["retry"])
            else:
                yield self._request(url, expect=kind, priority=PRIORITY["retry"], **{"ctx": {"depth": 1}, **meta})
        for url, meta in p.frontier:
            yield self._article_request(url, meta, PRIORITY["frontier"])
        for url in p.suspects:
            yield self._article_request(url, {}, PRIORITY["suspect"])
        yield self._request(self.portal_url + "/", expect="home", priority=PRIORITY["home"], ctx={"depth": 0})
        for url in p.refetch_known():
            yield self._article_request(url, {}, PRIORITY["known"])
        for url, school in p.revisit:
            yield self._article_request(url, {"school": school}, PRIORITY["revisit"])
        for url in p.due_lists():
            yield self._list_request(url, url, {"check": True}, PRIORITY["list"])

    # ---- requests ----------------------------------------------------------
    def _request(self, url, expect=None, priority=0, ctx=None, dont_filter=False, **meta):
        meta = {"expect": expect, "ctx": ctx or {}, **meta}
        kwargs = {"meta": meta, "priority": priority, "dont_filter": dont_filter}
        return scrapy.Request(url, callback=self.parse_page, errback=self.on_error, **kwargs)

    def _article_request(self, url, meta, priority):
        url = self.key(url)
        aid = self.article_id(url)
        if aid in self.requested or aid in self.plan.skip:
            return None
        document = is_document_row(url)
        if document and not (meta.get("hints") or {}).get("title"):
            return None  # a file record is read only from its row: without it, no title nor day to give it
        self.requested[aid] = meta
        if document:  # the row links its file: the record is assembled from the row
            return self._document(aid, url, meta)
        again = url in self.read_as_hub  # a link read it before any row led to it: read again as an article
        return self._request(url, expect="article", priority=priority, aid=aid, dont_filter=again, **meta)

    def _list_request(self, url, list_url, meta, priority=PRIORITY["list"]):
        return self._request(url, expect="list", priority=priority, list_url=list_url, **meta)

    # ---- pages -----------------------------------------------------------------
    async def parse_page(self, response):
        """Read a page (a large one off the reactor: ``THREAD_READ_CHARS``); yield what it holds and what to fetch."""
        text, notes = decode(response)
        for note in filter(None, notes):
            yield note
        if text is None:
            return
        meta = response.meta
        expect = meta.get("expect")
        if expect is None:
            # reached through a hub, maybe also listed as an article (the list's request was then a duplicate)
            aid = self.article_id(response.url)
            if aid in self.requested:
                meta = {**meta, **self.requested[aid], "expect": "article", "aid": aid}
                expect = "article"
        if expect == "home":
            for item in self.on_home(response, text):
                yield item
            return
        if expect == "article" and meta.get("aid") is not None:
            gone = self._gone(response, meta, text)
            if gone:
                yield gone
                return
        if meta.get("api"):  # an answer of the JSON API a list's script reads its rows from
            for item in self.on_list(response, meta, read_api_page(text, response.url, meta["api"])):
                yield item
            return
        school = meta.get("school") or (meta.get("ctx") or {}).get("school")
        hints = {**(meta.get("hints") or {}), "school": school}
        plain = self.article_id(response.url) in self.plan.read_plain  # first read without the site's templates
        read = await read_page(text, response.url, self.portal_url, self.profiles, expect, hints,
                               memory=self.session.templates, plain=plain)  # fmt: skip
        if read.kind == "gone":
            yield FetchErrorItem(response.url, f"dead link ({read.reason})", response.status, kind="dead")
            return
        self.fetched.add(key := self.key(response.url))
        self._seen_on(read)
        if read.kind == "hub" and expect is None:
            self.read_as_hub.add(key)
        for item in self._route(response, meta, read):
            yield item

    def _route(self, response, meta, read):
        """What the page was read as decides what is stored; a page both an article and a list is both."""
        if read.kind == "article" and not previews_a_row(read):
            yield from self.on_article(response, meta, read.article)
        if read.kind == "list" or (read.kind == "article" and is_both(read)):
            yield from self.on_list(response, meta, read.listing)
        elif read.kind != "article":
            yield from self.on_hub(response, meta, read.listing)

    def _gone(self, response, meta, text):
        """Removal evidence when an archived article's URL answers a soft 404 or elsewhere; else a dead link."""
        aid = meta["aid"]
        if not self.plan.archived(aid):
            if art.is_soft_404(text):
                return FetchErrorItem(response.url, "dead link (soft 404: the page says it does not exist)",
                                      response.status, kind="dead")  # fmt: skip
            return None
        first = meta.get("redirect_urls", [response.url])[0]
        moved = self.key(response.url) != self.key(first)
        if moved and self.article_id(response.url) != aid:
            return self._removal(response, meta, aid, text, "redirect")
        if art.is_soft_404(text):
            return self._removal(response, meta, aid, text, "soft404")
        return None

    def on_home(self, response, text):
        read = classify(text, response.url, self.portal_url, self.profiles, "hub")
        page, self.site_school = read.listing, site_school(read.page_title)
        self.portal_url.learn(response.url, [r.url for r in page.rows] + [u for u, _, _ in page.links])
        yield from self._offsite(response.url, page.offsite)
        self.stats.inc_value("jiangbei/found", len(latest := page.rows))
        new = [row for row in latest if self.plan.is_new(self.article_id(row.url))]
        for row in new:
            yield self._article_request(row.url, {"discover": True, "hints": row_hints(row)}, PRIORITY["new"])
        if self.plan.walk_from_home:
            yield from self._follow(response, page, {"depth": 0})
            for url in home_frames(page.frames, response.url, self.portal_url):
                yield self._request(self.key(url), ctx={"depth": 0}, priority=PRIORITY["hub"])
            return
        for url in self.plan.lists_after_home(len(latest), len(new)):  # paging stops at known items
            yield self._list_request(url, url, {}, PRIORITY["list"])

    def on_hub(self, response, meta, page):
        yield from self._offsite(response.url, page.offsite)
        yield from self._follow(response, page, ctx := meta.get("ctx") or {})
        yield from self._rows_of_a_hub(page, ctx)
        nxt = page.pager.next_url if page.pager.found else None  # a list not read as one: its next page still is
        if nxt and self._followable(nxt):  # at the same depth: its pages are one level, bounded as a list's are
            n = ctx.get("hub_page", 1)
            yield (self._request(self.key(nxt), priority=PRIORITY["hub"], ctx={**ctx, "hub_page": n + 1})
                   if n < self.max_list_pages else WarningItem(response.url, f"pages past {n} not followed"))  # fmt: skip

    def _rows_of_a_hub(self, page, ctx):
        """Rows on a page not read as a list lead to articles too: what is followed never depends on its role."""
        depth = ctx.get("depth", 0)
        for row in filter(lambda r: self._followable(r.url), page.rows):
            if is_folder_index(row.url):  # a channel in a hub's drop-down menu: read as it is, not as an article
                if depth < self.max_depth:
                    yield self._request(self.key(row.url), ctx={**ctx, "depth": depth + 1})
            elif self.plan.is_new(self.article_id(self.key(row.url))):
                meta = {"school": ctx.get("school"), "hints": row_hints(row)}
                yield from filter(None, [self._article_request(row.url, meta, PRIORITY["hub"])])

    def _follow(self, response, page, ctx):
        """Hub links, one level deeper; a link named like a school makes that the school of what lies below."""
        yield from self._site_scripts(response, page, ctx)  # a menu the site's script files write
        depth = ctx.get("depth", 0)
        if depth >= self.max_depth:
            return
        schools = school_labels(page.links)
        links = page.links
        if len(links) > MAX_HUB_LINKS:
            yield WarningItem(response.url, f"page with {len(links)} links: only the first {MAX_HUB_LINKS} followed")
            links = links[:MAX_HUB_LINKS]
        for url, label, menu in links:
            if not self._followable(url):
                continue
            child = {"depth": depth + 1, "school": ctx.get("school"), "category": ctx.get("category")}
            if label in schools and not ctx.get("school"):
                child["school"], child["category"] = label, None
            elif label and ctx.get("school"):
                child["category"] = ">".join([*menu, label])
            kind = kind_hint(url, self.profiles)
            if self.article_id(url) in self.requested:
                continue
            if kind == "article":
                request = self._article_request(url, {"school": child["school"], "ctx": child}, PRIORITY["new"])
            else:
                expect = {"list": "list", "school": "hub"}.get(kind)
                request = self._request(self.key(url), expect=expect, ctx=child,
                                        priority=PRIORITY["hub"] + (5 if expect == "list" else 0))  # fmt: skip
            if request is not None:
                yield request

    def _followable(self, url):
        return followable(url, self.portal_url) and kind_hint(url, self.profiles) != "counter"

    # ---- lists -------------------------------------------------------------------
    def on_list(self, response, meta, page):
        ctx = meta.get("ctx") or {}
        list_url = meta.get("list_url") or self.key(page.pager.first_url or response.url)
        school = meta.get("school") or ctx.get("school") or page.school or self.plan.list_school(list_url)
        school = school or self.site_school
        path = page.category_path_without(school) or ctx.get("category") or self.plan.list_path(list_url)
        pageno = meta.get("posted") and meta["pageno"] or page.pager.current or meta.get("pageno") or 1  # asked for
        yield from self._offsite(response.url, page.offsite)
        self.stats.inc_value("jiangbei/list_pages")
        self.stats.inc_value("jiangbei/found", len(page.rows))
        if page.cut:
            yield WarningItem(response.url, f"list of {len(page.rows) + page.cut} rows: only {len(page.rows)} taken")
        if pageno == 1 or (self.key(response.url) == list_url and not meta.get("posted")):
            yield ListPageItem(list_url, school, path, page.pager.total, page.pager.last, len(page.rows))
            if self.plan.follow_list_menu(list_url):
                yield from self._follow(response, page, {**ctx, "school": school, "category": path})
        if page.api and not meta.get("api"):  # an empty shell: its rows come from the API its script reads
            yield self._list_request(page.api["first"], list_url, {"school": school, "api": page.api, "pageno": 1})
        elif not page.rows and not page.empty and not page.pager.found:
            yield WarningItem(response.url, "list page without rows")
        walk = meta.get("walk")
        if walk is not None:
            walk["seen"].update(self.article_id(r.url) for r in page.rows)
        new_rows = 0
        for row in page.rows:
            url = self.key(row.url)
            aid = self.article_id(url)
            if school or path:  # a list that belongs to no school nor category is an aggregate: not a listing
                yield ListingItem(aid, school, path, list_url)
            hints = {**row_hints(row), "category_path": path}
            is_new = self.plan.is_new(aid)
            if self.plan.fetch_listed(aid):
                new_rows += is_new
                request = self._article_request(url, {"school": school, "hints": hints}, PRIORITY["new"])
                if request is not None:
                    if is_new:
                        yield FrontierItem(url, {"school": school, "hints": hints})
                    yield request
        yield from self._more_pages(meta, page, list_url, pageno, new_rows, walk, school)

    def _recheck_missing(self, walk):
        """Archived articles no longer in their list: fetch them for takedown evidence (or a move)."""
        for url in self.plan.missing(walk["list"], walk["seen"]):  # a file record without its row is not asked
            yield self._article_request(url, {}, PRIORITY["suspect"])

    # ---- articles ----------------------------------------------------------------
    def on_article(self, response, meta, page):
        first, old = meta.get("redirect_urls", [response.url])[0], meta.get("aid")
        url, aid = self.ids.archived_as(first, response.url, old, self.plan.archived(old), meta.get("redirect_reasons"))
        self.requested.setdefault(aid, {})
        if aid in self.handled or old in self.handled:
            return  # reached twice (through a hub and a list, at its old address and its new): read once
        self.handled.update({aid, old} - {None})
        self.sweep.learn(url)
        yield from self._swept(url, meta)
        reached = Reached.of(meta)
        if not reached.school and page.list_url and self.plan.finds_school_through_list():
            if same_host(page.list_url, self.portal_url):  # found on the home page: its list names its school
                list_url = self.key(page.list_url)
                yield self._list_request(list_url, list_url, {}, PRIORITY["new"])
        asm = reached.assembly(aid, url, page, self.site_school, self.portal_url, self.max_article_pages,
                               self.attachment_cache, self.plan.attachments_kept(), self.full)  # fmt: skip
        yield from self._offsite(response.url, [a.url for a in page.attachments if a.offsite])
        yield from self._advance(asm)

    # ---- failures ----------------------------------------------------------------
    def on_error(self, failure):
        request = failure.request
        status = failure.value.response.status if failure.check(HttpError) else None
        if request.meta.get("expect") == "home":
            self.session.home_error = reason(failure)
        aid = request.meta.get("aid")
        if request.meta.get("expect") == "article" and status in (404, 410) and aid is not None:
            response = failure.value.response
            yield FetchedItem(request.url)
            if self.plan.archived(aid):
                yield self._removal(response, request.meta, aid, response.body[:300].decode("latin-1"), str(status))
                return
        yield error_item(failure)
        yield from self._blocked(failure)

    def _removal(self, response, meta, aid, text, kind):
        url = self.plan.urls.get(aid) or self.key(meta.get("redirect_urls", [response.url])[0])
        chain = meta.get("warc_chain") or [None]  # a redirect's evidence is its first hop
        return RemovalItem(aid, url, response.status, response.url, kind, text[:300], chain[0])
