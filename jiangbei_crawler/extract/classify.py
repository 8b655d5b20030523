"""What kind of page this is: an article, a list, a hub, or gone.

URL patterns of a site profile are hints and win where they match. Elsewhere
the page's content decides:

* an **article** has a title (a heading matching ``<title>`` or followed by its
  metadata) and a date label, a body, or attachments;
* a **list** has a group of repeated rows with dates, or rows and a pager, or
  says it is empty (暂无信息);
* a **hub** is anything else: home, school or category index, whose links lead on.

How the page was reached breaks ties: a list row's link is expected to be an
article, a pager's link a list.
"""

import asyncio
from dataclasses import dataclass

from . import dates, rules
from .article import PROSE_BODY, ArticlePage, is_soft_404, parse_article
from .dom import parse_html, text_of
from .layout import Layout
from .listing import ListPage, parse_list_page
from .patterns import DATE_LABEL_RX
from .profiles import for_url
from .template import element_paths
from .text import squash

# a page this long (a list of 300,000 links, an article with inline images) is read without its template: one
# such page would cost more than a thousand ordinary ones, and templates are learnt from those
TEMPLATE_MAX_CHARS = 1_000_000
ARTICLE_BODY = 150  # weighted characters of body text that make a page an article without a date


@dataclass
class Read:
    kind: str  # article | list | hub | gone
    listing: ListPage
    article: ArticlePage | None = None
    page_title: str = ""
    reason: str = ""
    template: str | None = None  # the id of its template in the crawl's template memory


def classify(text, url, portal_url=None, profiles=(), expect=None, hints=None, memory=None, plain=False) -> Read:
    """What the page is and holds. With the crawl's template ``memory`` (extract.template), the page is placed
    in its template, read with what that template taught (unless ``plain``: an archived article first read
    without it), and teaches it in turn."""
    doc = parse_html(text, url)
    title = " ".join(" ".join(doc.root.xpath("//title//text()")).split())
    layout = Layout(doc.root)
    template = None
    if memory is not None and len(text) < TEMPLATE_MAX_CHARS:
        paths = element_paths(doc.root)
        placed = memory.place(paths)
        template = (placed, paths) if placed is not None else None
    read = _classify(text, url, portal_url, profiles, expect, hints, doc, title, layout, None if plain else template)
    if template is not None and read.kind == "article" and expect != "article" and a_list_template(template[0]):
        # the site says what the page alone does not: its template's pages are lists (a 信息公开 list with an
        # introduction and a date above few rows), and no row led here
        read = Read("list", read.listing, None, read.page_title, "a page of a template whose pages are lists")
    if template is not None and read.kind != "gone":
        kind = "both" if is_both(read) else read.kind
        fields = read.article.field_places if read.article is not None else None
        memory.observe(*template, doc.root, kind, expect, url, fields)
        read.template = template[0].id
    return read


LIST_EVIDENCE = 3  # pages of a template read as lists, none as an article, that make it a list template


def a_list_template(template):
    roles = template.roles
    return (
        rules.on("classify.list_template")
        and roles["list"] >= LIST_EVIDENCE
        and not (roles["article"] or roles["both"] or roles["reached as article"])
    )


def _classify(text, url, portal_url, profiles, expect, hints, doc, title, layout, template):
    listing = parse_list_page(text, url, portal_url, profiles, doc=doc, layout=layout)
    if is_soft_404(text):
        return Read("gone", listing, page_title=title, reason="soft 404")
    if expect == "hub":
        return Read("hub", listing, page_title=title, reason="expected")
    _, hint = for_url(profiles, url)
    if hint in ("school", "home"):
        return Read("hub", listing, page_title=title, reason="profile URL")
    if hint == "list":
        return Read("list", listing, page_title=title, reason="profile URL")

    def read_article():
        return parse_article(
            text, url, portal_url, profiles=profiles, hints=hints, doc=doc, layout=layout, template=template
        )

    if hint == "article":
        return Read("article", listing, read_article(), title, "profile URL")
    page = read_article()
    kind, reason = decide(page, listing, layout, expect)
    return Read(kind, listing, page if kind == "article" else None, title, reason)


def _row_days(listing):
    return {(dates.to_iso(r.date)[0] or "")[:10] for r in listing.rows if r.date}


def decide(page, listing, layout, expect=None):
    """(kind, reason) from what the page holds."""
    sig = page.signals
    rows, dated, pager = len(listing.rows), listing.dated_rows, listing.pager
    labels = _date_labels(layout) if dated else 0
    # one dated link named by a word, not a title (a thread's 帖子 permalink in its author line), beside a pager
    # of one page (第 1 页 (共 1 页)), is no list; one dated file of a short column is
    lone = dated == 1 and pager.last <= 1 and len(listing.rows[0].title) <= 2 and rules.on("classify.lone_row_one_page")
    # a pager leading to the article's own next pages (content_1_2.htm of a long article) is the article's
    # … under a titled text of some length, beside at most two related rows (a short list's pager is its own)
    prose = sig.get("title_el") and sig.get("body_mass", 0) >= ARTICLE_BODY and rows < 3
    own = prose and (pager.url_for(pager.current + 1) or pager.next_url) in page.page_urls
    own = own and rules.on("classify.article_pager")
    # a pager of one page and no link (第 1 页 / 共 1 页) under a titled text is the article's, with nothing to page
    one_page = (
        prose and pager.last <= 1 and not (pager.next_url or pager.template) and rules.on("classify.one_page_pager")
    )
    paged = pager.found and not own and not one_page
    strong_list = (
        dated >= 3
        or (dated >= 1 and paged and not lone)
        or (rows >= 3 and paged and pager.last > 1)
        or listing.empty
        or listing.api is not None  # an empty shell a script fills from a JSON API
    )
    has_title = sig.get("title_el") or (expect == "article" and page.title)
    has_body = sig.get("body_mass", 0) >= ARTICLE_BODY
    article_like = has_title and (sig.get("date_label") or has_body or page.attachments)
    undated = not page.published and not page.attachments and rules.on("classify.undated_menu_page")
    if article_like and expect is None and undated and not strong_list:
        # a menu's link to a page with text and no date: a channel's own page (站况介绍, 联系我们), as the saved
        # TRS WCM and PHP168 sites show; an article a list's row led to is read as one whatever it lacks
        return "hub", "an undated page that only a menu led to"
    if article_like and not strong_list:
        return "article", "title with a date, body or attachments"
    # a date alone on the line under the title vouches like a label (news CMSs: 2008-03-05 10:20 来源：…)
    header = sig.get("date_header") and expect != "list" and not paged and rules.on("classify.header_date")
    # the article's own URL filing it under its day (/2010/0305/123.html), with a body under its title
    by_url = page.extraction.get("published") == "url" and has_body and rules.on("classify.url_date")
    # a text signed off with its day (the school and 二〇〇四年三月五日 under it), the only date a page of the
    # 2000s may give its article
    signed = page.extraction.get("published") == "signature" and has_body and rules.on("classify.signed_text")
    signed = signed and (page.published or "")[:10] not in _row_days(listing)  # not a row's day ending the rows
    dated_head = sig.get("date_label") or header or by_url or signed
    if article_like and dated_head and labels < 3 and (has_body or expect == "article" or dated < 10):
        return "article", "title and date beside a short list"
    # long prose beside lists, unless the prose is the list's own rows with their summaries (Discuz! portal lists)
    rows_in_body = sum(1 for row in listing.rows if row.url in sig.get("body_links", ())) >= 3
    if (
        article_like
        and rules.on("classify.prose_beside_lists")
        and sig.get("body_mass", 0) >= PROSE_BODY
        and not (rows_in_body and rules.on("classify.summaries_are_rows"))
    ):
        return "article", "a title and long prose beside lists of links"
    side_lists = rules.on("classify.side_lists_without_pager") and not (paged and pager.last > 1)
    if article_like and expect == "article" and side_lists:
        # a row led to a page with a title and a body or a date, beside dated lists without a pager: side lists
        # (Sudy WebPlus, news portals' 相关新闻), not the page's own list
        return "article", "reached from a row, beside lists without a pager"
    if strong_list or (rows >= 5 and expect == "list"):
        return "list", f"{rows} rows ({dated} dated){', pager' if pager.found else ''}"
    # a row's link: an article when it shows one (a title element, a date or a body), not a sub-site's home page
    # that a list of links led to (a title from <title>, a line of text)
    shows_one = sig.get("title_el") or page.published or has_body
    if expect == "article" and page.title and shows_one and (sig.get("body_mass", 0) > 0 or shown(page)):
        return "article", "reached as an article"
    return "hub", "no article and no list"


def _date_labels(layout):
    """Date labels of the page (发布时间：, 发表于) outside its chrome: a comment box's 发表于 lines are the comments'."""
    text = text_of(layout.body)[:20000]
    n = len(DATE_LABEL_RX.findall(text))
    if n >= 3 and rules.on("classify.labels_outside_chrome"):
        tops = [el for el in layout.boiler if el.getparent() not in layout.boiler]
        n -= sum(len(DATE_LABEL_RX.findall(text_of(el)[:20000])) for el in tops)
    return n


def shown(page):
    """A document whose body is a scan, a picture or a file: a date, an image in the body or an attachment. Only
    for a page reached from a list's row (TRS WCM and PHP168 sites publish notices as one image)."""
    return rules.on("classify.row_shows_document") and bool(
        page.published or page.attachments or "<img" in (page.body_html or "")
    )


def is_both(read):
    """An article page that is also a list: a column page showing its newest article above its dated, paged list
    (VSB). A multi-page article's pager is its own pages, never a list's."""
    listing = read.listing
    pager = listing.pager
    return (
        read.kind == "article"
        and listing.dated_rows >= 3
        and pager.found
        and pager.last > 1
        and not read.article.page_urls
    )


def previews_a_row(read):
    """A page both an article and a list whose article is one of its own rows (VSB: a column page shows its
    newest row in full above the list): that article is archived under the row's own URL; the page is a list."""
    if not (rules.on("classify.row_preview") and is_both(read) and read.article.title):
        return False
    title = squash(read.article.title)
    cut = (squash(r.title).rstrip(".…") for r in read.listing.rows if r.title)
    return any(t == title or (len(t) >= 6 and title.startswith(t)) for t in cut)


THREAD_READ_CHARS = 500_000  # a page this long is read off the reactor thread


async def read_page(text, *args, **kwargs):
    """``classify`` of a page; a large one in a worker thread (lxml works there while the reactor goes on)."""
    if len(text) < THREAD_READ_CHARS:
        return classify(text, *args, **kwargs)
    return await asyncio.to_thread(classify, text, *args, **kwargs)
