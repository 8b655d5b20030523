"""Article pages: one small function per field over a decoded page."""

import copy
import re
from dataclasses import dataclass, field

import lxml.html
from parsel import Selector

from . import dates
from .links import canonical, clean_href, page_kind, query_int, same_host
from .listing import position_parts
from .patterns import (
    ATTACHMENT_EXT,
    ATTACHMENT_PATH,
    BREADCRUMB_LEAF,
    BREADCRUMB_SEP,
    COUNTER_JS,
    INFO_LABELS,
    SELECTORS,
    SITE_TITLE_SUFFIX,
    SOFT_404,
    VISITS,
)
from .text import block_lines, clean_line, sanitize_html


@dataclass
class AttachmentLink:
    name: str
    url: str
    offsite: bool


@dataclass
class ArticlePage:
    title: str | None
    category_path: str | None
    source: str | None
    published: str | None
    visits: int | None
    counter_url: str | None
    body_lines: list
    body_html: str
    attachments: list
    page_urls: list  # continuation pages (page >= 2), canonical
    list_url: str | None  # the breadcrumb's category list, where the article's school is found
    warnings: list = field(default_factory=list)


def is_soft_404(text):
    return bool(SOFT_404.search(text[:4000])) and "<h1" not in text[:20000].lower()


def parse_title(sel):
    title = clean_line(" ".join(sel.css(SELECTORS["article.title"]).css("::text").getall()))
    if title:
        return title
    page_title = clean_line(sel.css(SELECTORS["article.page_title"]).get(""))
    return SITE_TITLE_SUFFIX.sub("", page_title) or None


def parse_category_path(sel):
    parts = position_parts(sel, SELECTORS["article.position"])
    if parts and parts[-1] == BREADCRUMB_LEAF:
        parts = parts[:-1]
    return BREADCRUMB_SEP.join(parts) or None


def info_text(sel):
    return clean_line(" ".join(sel.css(SELECTORS["article.info"]).css("::text").getall()))


_OTHER_LABEL = re.compile(r"\s*(?:{})\s*[:：]".format("|".join(INFO_LABELS[1:])))


def parse_source(info):
    m = re.search(r"来源\s*[:：]", info)
    if not m:
        return None
    rest = info[m.end() :]
    nxt = _OTHER_LABEL.search(rest)
    return (rest[: nxt.start()] if nxt else rest).strip()


def parse_visits(info):
    m = VISITS.search(info)
    return int(m.group(1)) if m else None


def parse_counter_url(sel, base_url):
    src = sel.css(SELECTORS["article.counter_script"]).get()
    return clean_href(src, base_url) if src else None


def parse_counter_js(text):
    m = COUNTER_JS.search(text)
    return int(m.group(1)) if m else None


def content_root(sel):
    nodes = sel.css(SELECTORS["article.content"])
    return nodes[0].root if nodes else None


def parse_body_html(root, base_url):
    if root is None:
        return ""
    root = copy.deepcopy(root)
    root.make_links_absolute(base_url, resolve_base_href=False, handle_failures="discard")
    return sanitize_html(lxml.html.tostring(root, encoding="unicode"))


def parse_attachments(sel, base_url, portal_url):
    found = {}
    for a in sel.css(SELECTORS["article.attachment_links"]):
        url = clean_href(a.attrib.get("href"), base_url)
        if not url or not (ATTACHMENT_PATH.search(url) or ATTACHMENT_EXT.search(url.split("?")[0])):
            continue
        name = clean_line(" ".join(a.css("::text").getall())) or url.rsplit("/", 1)[-1]
        found.setdefault(url, AttachmentLink(name, url, not same_host(url, portal_url)))
    return list(found.values())


def parse_page_urls(sel, base_url, article_id):
    urls = []
    for href in sel.css(SELECTORS["article.pages"]).getall():
        url = clean_href(href, base_url)
        if (
            url
            and page_kind(url) == "article"
            and query_int(url, "id") == article_id
            and (query_int(url, "page") or 1) > 1
        ):
            urls.append(canonical(url, "article"))
    return sorted(set(urls), key=lambda u: query_int(u, "page"))


def parse_list_url(sel, base_url):
    urls = [clean_href(h, base_url) for h in sel.css(SELECTORS["article.position"]).css("a::attr(href)").getall()]
    lists = [canonical(u, "list") for u in urls if u and page_kind(u) == "list"]
    return lists[-1] if lists else None


def parse_article(text, url, portal_url, now=None) -> ArticlePage:
    sel = Selector(text=text)
    info = info_text(sel)
    published, warning = dates.parse_published(info, now)
    root = content_root(sel)
    page = ArticlePage(
        title=parse_title(sel),
        category_path=parse_category_path(sel),
        source=parse_source(info),
        published=published,
        visits=parse_visits(info),
        counter_url=parse_counter_url(sel, url),
        body_lines=block_lines(root) if root is not None else [],
        body_html=parse_body_html(root, url),
        attachments=parse_attachments(sel, url, portal_url),
        page_urls=parse_page_urls(sel, url, query_int(url, "id")),
        list_url=parse_list_url(sel, url),
    )
    if warning:
        page.warnings.append(warning)
    if root is None:
        page.warnings.append("no #content element")
    return page
