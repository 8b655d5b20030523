"""Home, school and list pages: what links where, and which article sits in which list."""

from dataclasses import dataclass, field

from parsel import Selector

from .links import canonical, clean_href, page_kind, query_int
from .patterns import BREADCRUMB_ROOT, BREADCRUMB_SEP, PAGER_PAGES, PAGER_TOTAL, POSITION_PREFIX, SELECTORS
from .text import clean_line


@dataclass
class ListRow:
    article_id: int
    url: str
    title: str  # from title="", the full title; the link text is cut with "..."
    date: str


@dataclass
class ListPage:
    school: str | None
    category_path: str | None
    page: int
    pages: int
    total: int | None
    rows: list = field(default_factory=list)
    links: list = field(default_factory=list)  # every other absolute link, for off-site records


def _links(sel, css, base_url, kind):
    out = []
    for a in sel.css(css):
        url = clean_href(a.attrib.get("href"), base_url)
        if url and page_kind(url) == kind:
            out.append(canonical(url, kind))
    return list(dict.fromkeys(out))


def school_links(sel: Selector, base_url):
    return _links(sel, SELECTORS["home.schools"], base_url, "school")


def latest_links(sel: Selector, base_url):
    return _links(sel, SELECTORS["home.latest"], base_url, "article")


def category_links(sel: Selector, base_url):
    return _links(sel, SELECTORS["school.categories"], base_url, "list")


def all_links(sel: Selector, base_url):
    urls = (clean_href(h, base_url) for h in sel.css("a::attr(href)").getall())
    return list(dict.fromkeys(u for u in urls if u))


def position_parts(sel: Selector, css):
    text = clean_line(" ".join(sel.css(css).css("::text").getall()))
    text = POSITION_PREFIX.sub("", text)
    parts = [p.strip() for p in text.split(BREADCRUMB_SEP) if p.strip()]
    return parts[1:] if parts and parts[0] == BREADCRUMB_ROOT else parts


def parse_pager(sel: Selector):
    text = clean_line(" ".join(sel.css(SELECTORS["list.pager"]).css("::text").getall()))
    total = PAGER_TOTAL.search(text)
    pages = PAGER_PAGES.search(text)
    return (int(pages.group(1)), int(pages.group(2))) if pages else (1, 1), int(total.group(1)) if total else None


def parse_rows(sel: Selector, base_url):
    rows = []
    for tr in sel.css(SELECTORS["list.rows"]):
        a = tr.css(SELECTORS["list.row_link"])
        url = clean_href(a.attrib.get("href"), base_url) if a else None
        aid = url and query_int(url, "id")
        if not aid:
            continue
        title = clean_line(a.attrib.get("title") or " ".join(a.css("::text").getall()))
        date = clean_line(" ".join(tr.css(SELECTORS["list.row_date"]).getall()))
        rows.append(ListRow(aid, canonical(url, "article"), title, date))
    return rows


def parse_list(sel: Selector, base_url) -> ListPage:
    parts = position_parts(sel, SELECTORS["list.position"])
    (page, pages), total = parse_pager(sel)
    return ListPage(
        school=parts[0] if parts else None,
        category_path=BREADCRUMB_SEP.join(parts[1:]) or None,
        page=page,
        pages=pages,
        total=total,
        rows=parse_rows(sel, base_url),
        links=all_links(sel, base_url),
    )
