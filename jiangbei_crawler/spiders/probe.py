"""The ``probe`` spider: a first look at a portal, a few dozen polite requests, nothing archived.

It fetches the home page, follows hub links breadth first, reads two lists and
five of their articles, and keeps what it understood in ``self.report`` for
``jiangbei-crawler probe`` to print. It uses the same rules as the crawl
(``extract.classify``), so what it says is what a crawl would do.
"""

from collections import Counter
from urllib.parse import urlsplit

import scrapy

from ..crawl.assembly import row_hints
from ..crawl.session import portal_url
from ..extract import profiles as prof
from ..extract.breadcrumb import school_labels
from ..extract.classify import classify
from ..extract.encoding import decode_html, looks_binary
from ..extract.links import followable
from ..extract.template import TemplateMemory
from .identity import UrlIdentity


class ProbeSpider(scrapy.Spider):
    name = "probe"

    def __init__(self, max_pages=16, max_lists=2, max_articles=5, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_pages, self.max_lists, self.max_articles = int(max_pages), int(max_lists), int(max_articles)
        self.followed = 0  # hub links followed (pages of unknown kind)
        self.report = {"home": None, "schools": [], "hubs": [], "lists": [], "articles": [], "errors": [],
                       "categories": [], "templates": []}  # fmt: skip
        self.hubs_read = 0
        self.article_requests = 0  # articles asked for from the lists' rows
        self.seen = set()
        self.templates = TemplateMemory()  # the templates of the pages read, as the crawl would learn them

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.portal_url = portal_url(crawler.settings.get("PORTAL_URL"))
        spider.allowed_domains = [urlsplit(spider.portal_url).hostname]
        spider.profiles = prof.resolve(crawler.settings.get("SITE_PROFILE", "auto"))
        spider.key = UrlIdentity(spider.profiles).key
        return spider

    async def start(self):
        yield self._get(self.portal_url + "/", "home", {})

    def _get(self, url, expect, ctx, priority=0, hints=None):
        self.seen.add(self.key(url))
        return scrapy.Request(url, self.parse_page, errback=self.on_error, priority=priority,
                              meta={"expect": expect, "ctx": ctx, "hints": hints or {}}, dont_filter=True)  # fmt: skip

    def _done(self):
        return len(self.report["lists"]) >= self.max_lists and len(self.report["articles"]) >= self.max_articles

    def parse_page(self, response):
        if looks_binary(response.body):
            self.report["errors"].append(f"{response.url}: binary body served as a page")
            return
        text = decode_html(response.body, response.headers.get("Content-Type", b"").decode("latin-1")).text
        expect, ctx = response.meta["expect"], response.meta["ctx"]
        read = classify(text, response.url, self.portal_url, self.profiles, "hub" if expect == "home" else expect,
                        {**response.meta["hints"], "school": ctx.get("school")}, memory=self.templates)  # fmt: skip
        if expect == "home":
            self.report["home"] = {"url": response.url, "title": read.page_title, "links": len(read.listing.links),
                                   "latest": len(read.listing.rows)}  # fmt: skip
        if read.kind == "article" and len(self.report["articles"]) < self.max_articles:
            self.report["articles"].append(_article_summary(response.url, read.article))
        elif read.kind == "list" and (
            len(self.report["lists"]) < self.max_lists or self.article_requests < self.max_articles
        ):  # past max_lists only while articles are wanted: a first list may be empty or short
            yield from self.on_list(response, read, ctx)
        elif read.kind == "hub" and not self._done():
            yield from self.on_hub(response, read, ctx)

    def on_hub(self, response, read, ctx):
        self.hubs_read += 1
        self.report["hubs"].append({"url": response.url, "title": read.page_title, "links": len(read.listing.links)})
        # schools first: the path home -> school -> category -> list is what the crawl walks
        schools = school_labels(read.listing.links)
        links = sorted(read.listing.links, key=lambda link: link[1] not in schools)
        for url, label, menu in links:
            if self.key(url) in self.seen or not followable(url, self.portal_url):
                continue
            child = dict(ctx)
            if label in schools and not ctx.get("school"):
                child["school"] = label
                if label not in self.report["schools"]:
                    self.report["schools"].append(label)
            elif label and ctx.get("school"):
                path = ">".join([*menu, label])
                if path not in self.report["categories"]:
                    self.report["categories"].append(path)
            if self.followed < self.max_pages:
                self.followed += 1
                yield self._get(url, None, child, priority=-self.followed)

    def on_list(self, response, read, ctx):
        page = read.listing
        school = ctx.get("school") or page.school
        self.report["lists"].append({
            "url": response.url, "school": school, "category_path": page.category_path_without(school),
            "rows": len(page.rows), "dated": page.dated_rows, "pager": f"{page.pager.current}/{page.pager.last}",
            "total": page.pager.total, "page_2": page.pager.url_for(2) or page.pager.next_url, "layer": page.layer,
            "pager_family": pager_family(page.pager), "template": read.template,
        })  # fmt: skip
        for row in page.rows:
            if self.article_requests >= self.max_articles:
                break
            if self.key(row.url) not in self.seen:
                self.article_requests += 1
                # what the row says of its article (title, date), as the crawl reads it
                yield self._get(row.url, "article", {**ctx, "school": school}, priority=10, hints=row_hints(row))

    def closed(self, reason):
        self.report["templates"] = self.templates.summary()

    def on_error(self, failure):
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else failure.getErrorMessage()[:200]
        self.report["errors"].append(f"{failure.request.url}: {reason}")


def pager_family(pager):
    """How a list's pages are reached: every page's URL from a pattern, a next link to follow, or one page."""
    if pager.template is not None:
        prefix, suffix, _, _ = pager.template
        return f"numbered pages ({prefix.rsplit('/', 1)[-1]}N{suffix}), {pager.last} pages"
    if pager.next_url:
        return f"a next-page link to follow ({pager.last} pages known)" if pager.last > 1 else "a next-page link"
    return "one page"


def _article_summary(url, page):
    return {"url": url, "title": page.title, "published": page.published, "source": page.source,
            "body_chars": sum(len(x) for x in page.body_lines), "attachments": len(page.attachments),
            "visits": page.visits, "counter": page.counter_url, "layers": page.extraction}  # fmt: skip


def coverage(articles):
    """Per field: (articles that have it, layers that found it)."""
    out = {}
    for name, key in (("title", "title"), ("date", "published"), ("source", "source"), ("body", "body")):
        have = [a for a in articles if (a["body_chars"] > 0 if key == "body" else a[key])]
        layers = Counter(a["layers"].get(key) for a in have)
        out[name] = (len(have), dict(layers))
    return out


def verdict(report):
    """(understood, reason): what a user must adjust when the portal is not understood."""
    arts, lists = report["articles"], report["lists"]
    if report["home"] is None:
        return False, "the home page could not be fetched: check PORTAL_URL and the network"
    if not lists and not arts:
        return False, (f"no list page and no article found from the home page ({report['home']['links']} links "
                       "followed): is PORTAL_URL the portal's home page? If its pages need JavaScript, this crawler "
                       "cannot read them")  # fmt: skip
    if not arts:
        return (
            False,
            "lists were found but no article could be read from them: add the article URL pattern and "
            "selectors to a site profile (jiangbei_crawler/extract/profiles.py)",
        )
    cov = coverage(arts)
    weak = [name for name in ("title", "date", "body") if cov[name][0] < (len(arts) + 1) // 2]
    if weak:
        return False, (f"{', '.join(weak)} found on fewer than half of {len(arts)} articles: adjust the site profile "
                       "(jiangbei_crawler/extract/profiles.py) or check `jiangbei-crawler extract URL` on one article")  # fmt: skip
    if not lists:
        return True, "articles understood; no list page reached yet (lists are found by the full crawl)"
    return True, "understood"
