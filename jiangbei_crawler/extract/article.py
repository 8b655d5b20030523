"""Article pages: every field read through layers, and the layer that found it recorded.

Layers, in order: the site profile (``profiles.py``, where the URL matches it),
then generic rules (``patterns.py``: labels, headings matched to ``<title>``,
known CMS containers, text density), then evidence from the list that linked
here, and finally null with a warning. ``ArticlePage.extraction`` says which
layer produced each value, e.g. ``{"title": "heading", "published": "label",
"body": "density"}``.

Each field's layers live in a module of their own (``title.py``, ``body.py``, ``fields.py`` for the
header region, source and publisher, ``published.py``, ``visits.py``, ``attachments.py``); this module holds
the page's shared state and assembles them.
"""

import re
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import urljoin

import lxml.html

from . import dates, rules
from .attachments import AttachmentLink, pick_attachments, pick_pages
from .body import _skip_set, body_html, editor_note, pick_body
from .body_lines import clean_body_lines, leading_metadata
from .breadcrumb import breadcrumb_parts, find_breadcrumb, path_after_school
from .dom import XML_DECLARATION, attr_words, parse_html, select, text_of
from .fields import (
    MAX_SOURCE,
    METADATA_PUBLISHER,
    METADATA_SOURCE,
    _first,
    before_title,
    closing_source,
    find_info_element,
    footer_text,
    header_text,
    pick_publisher,
    pick_source,
    source_elements,
)
from .layout import Layout
from .metadata import find_metadata
from .patterns import REPRINT_LINE, SOFT_404, SOFT_404_TEXT, SOURCE_PLACEHOLDER
from .profiles import for_url
from .published import pick_date
from .template_fields import field_places
from .text import block_lines, clean_line, xml_safe
from .title import MAX_TITLE, pick_title
from .visits import inline_visits, parse_counter_js, pick_counter, pick_visits

# imported from here elsewhere (crawl/assembly.py, classify.py, tests): the rungs moved, these names stay
__all__ = ["ArticlePage", "AttachmentLink", "document_page", "is_soft_404", "parse_article", "parse_counter_js"]

PROSE_BODY = 1000  # weighted characters of non-link prose no list page has: an article with related-link lists


@dataclass
class ArticlePage:
    url: str
    title: str | None = None
    category_path: str | None = None
    breadcrumb: list = field(default_factory=list)
    source: str | None = None
    publisher: str | None = None  # who issued it (发布机构, 发文机关): not its source
    metadata: dict = field(default_factory=dict)  # a disclosure CMS's label/value table (索引号, 文号…), in order
    explain: list | None = None  # with parse_article(explain=True): candidates passed over, and why
    published: str | None = None
    visits: int | None = None
    counter_url: str | None = None
    body_lines: list = field(default_factory=list)
    body_html: str = ""
    attachments: list = field(default_factory=list)
    page_urls: list = field(default_factory=list)  # later pages of a multi-page article, in order
    list_url: str | None = None  # the breadcrumb's deepest link: the list the article sits in
    extraction: dict = field(default_factory=dict)  # field -> layer that produced it
    warnings: list = field(default_factory=list)
    signals: dict = field(default_factory=dict)  # what made this look like an article (for classification)
    field_places: dict = field(default_factory=dict)  # where it showed its title and date, for its template


def is_soft_404(text):
    head = XML_DECLARATION.sub("", text[:6000])  # an XHTML page's <?xml … encoding="utf-8"?>: lxml refuses it in a str
    if SOFT_404.search(head) and "<h1" not in text[:20000].lower():
        return True
    stripped = " ".join(lxml.html.fromstring(head).text_content().split()) if head.strip() else ""
    return len(stripped) < 200 and bool(SOFT_404_TEXT.search(stripped))


class _Reader:
    """The state one article page's layers share: its tree, layout, profile and evidence."""

    def __init__(self, text, url, portal_url, profiles, hints, now, doc=None, layout=None, template=None):
        self.url, self.portal_url, self.now = url, portal_url, now
        self.template = template  # (Template, element paths) of the page, when the crawl keeps a template memory
        self.hints = hints or {}
        doc = doc or parse_html(text, url)
        self.root, self.notes = doc.root, list(doc.notes)
        self.layout = layout or Layout(self.root)
        self.profile, kind = for_url(profiles, url)
        if kind != "article":
            self.profile = None
        self.page_title = clean_line(" ".join(self.root.xpath("//title//text()")))[:MAX_TITLE]
        self.editor_title = None  # 新建网页 1: the editor's name for the page, the title of last resort
        if EDITOR_DEFAULT.fullmatch(self.page_title) and rules.on("title.editor_default"):
            self.page_title, self.editor_title = "", self.page_title
        self._crumb = False
        self.metas = _metas(self.root)
        self._link_texts = None
        self.trace = None  # a list when the caller asked why (extract --explain)
        self.title_rest = ""  # what the title's heading holds after the title (its date and 来源 line)
        self.site_in_title = None  # the <title> segments the footer names (title.footer_names), once asked
        self.title_found = True  # whether the title is an element of the page (the header is what follows it)
        self.body_el = None  # the body's element, once chosen
        self.title_el = None  # the title's element, once chosen

    def why(self, name, candidate, reason):
        """Record a candidate of field ``name`` that was passed over, and why (only when explaining)."""
        if self.trace is not None:
            self.trace.append({"field": name, "candidate": str(candidate)[:120], "reason": reason})

    def crumb(self):
        """The breadcrumb's element (found once), or None."""
        if self._crumb is False:
            self._crumb = find_breadcrumb(self.root, self.layout)
        return self._crumb

    def link_texts(self):
        """The texts of the page's short links (computed once)."""
        if self._link_texts is None:
            self._link_texts = {t for t in (text_of(a) for a in self.root.iter("a")) if t and len(t) <= MAX_SOURCE}
        return self._link_texts

    def css(self, key):
        """Elements of the profile's selector for ``key`` (empty without a profile)."""
        if self.profile is None or key not in self.profile.selectors:
            return []
        return [el for el in select(self.root, self.profile.selectors[key]) if isinstance(el.tag, str)]


def _metas(root):
    out = {}
    for m in root.xpath("//meta[@content]"):
        key = m.get("name") or m.get("property") or m.get("itemprop")
        if key and key not in out:
            out[key] = clean_line(m.get("content"))
    return out


def document_page(url, hints, now=None) -> ArticlePage:
    """The record of a list row that links its file itself (a 信息公开 list of PDFs): no page to read, so its title
    and date are the row's and its one attachment is the file, whose text is read as any attachment's."""
    title = hints.get("title")
    published = dates.to_iso(hints["date"], now)[0] if hints.get("date") else None
    page = ArticlePage(url=url, title=title, published=published)
    page.attachments = [AttachmentLink(title or url.rsplit("/", 1)[-1], url, False)]
    page.extraction = {"title": "list" if title else None, "published": "list" if published else None, "body": None}
    page.signals = {"document_row": True}
    return page


def parse_article(
    text,
    url,
    portal_url=None,
    now=None,
    profiles=(),
    hints=None,
    first_url=None,
    doc=None,
    layout=None,
    explain=False,
    template=None,
) -> ArticlePage:
    """Read every field of an article page; ``hints`` are what the list said (title, date, visits). With
    ``explain``, ``page.explain`` lists the candidates passed over and why. ``template`` is the page's
    (Template, element paths) from the crawl's template memory."""
    r = _Reader(text, url, portal_url, profiles, hints, now, doc, layout, template)
    r.trace = [] if explain else None
    page = ArticlePage(url=url, warnings=list(r.notes))
    page.explain = r.trace
    ex = page.extraction

    title_el, page.title, ex["title"] = pick_title(r)
    r.title_found, r.title_el = title_el is not None, title_el
    body_el, ex["body"] = pick_body(r, title_el)
    r.body_el = body_el  # the date that signs the body off is its last rung but one
    info_els = r.css("article.info")
    head, head_layer = header_text(r, title_el, body_el, info_els)
    head = f"{r.title_rest}\n{head}" if r.title_rest and not info_els else head
    page.metadata, meta_block = find_metadata(r.root, r.layout) if rules.on("metadata.table") else ({}, None)
    texts = [(head, head_layer), (footer_text(r, body_el), "label")]
    reprint = None
    if body_el is not None and rules.on("fields.metadata_in_body"):  # the metadata line inside the content block
        start = r.layout.start(body_el)
        first = [x.strip() for x in r.layout.text_between(start, start + 60, 600).split("\n") if x.strip()]
        texts.insert(1, ("\n".join(leading_metadata(first)), "label"))
        reprint = REPRINT_LINE.match(first[0]) if first and rules.on("source.reprint_line") else None
    if title_el is not None and rules.on("fields.before_title"):  # a post's date line above its subject
        texts.insert(-1, (before_title(r, title_el), "label"))
    texts.append((closing_source(r, body_el), "label"))  # （来源：…） closing the body: after the footer's 来源
    if meta_block is not None:  # 信息公开 tables: above the title, where the header region does not reach
        texts.append((r.layout.text_between(*r.layout.span[meta_block], limit=4000), "metadata"))

    page.source, ex["source"] = pick_source(r, texts, source_elements(r, title_el, body_el))
    if reprint and (page.source is None or SOURCE_PLACEHOLDER.match(page.source)):
        page.source, ex["source"] = reprint.group(1), "reprint"  # 转载自 某报: the body's first line names its source
    page.publisher = pick_publisher(texts)
    if page.source is None and _first(page.metadata, METADATA_SOURCE):
        page.source, ex["source"] = _first(page.metadata, METADATA_SOURCE), "metadata"
    page.publisher = page.publisher or _first(page.metadata, METADATA_PUBLISHER)
    if page.source is None and r.metas.get("ContentSource"):
        page.source, ex["source"] = r.metas["ContentSource"], "meta"
    # by the page's own markup: a channel's own page built from the article template has a title where its
    # articles do, and htmldate's guess from its text (a report's period) would make it one
    r.looks_like_article = title_el is not None and ex["title"] != "template" and body_el is not None
    page.published, ex["published"], date_warning = pick_date(r, texts)
    page.visits, ex["visits"] = pick_visits(texts)
    region = info_els or [title_el.getparent() if title_el is not None else None]
    page.counter_url = pick_counter(r, region)
    if page.visits is None and rules.on("visits.ajax_counter") and (count := inline_visits(r, region)) is not None:
        page.visits, ex["visits"] = count, "script"
    if page.visits is None and r.hints.get("visits") is not None and page.counter_url is None:
        page.visits, ex["visits"] = r.hints["visits"], "list"

    crumb_el, ex["category_path"] = _breadcrumb(r)
    if crumb_el is not None:
        parts, links = breadcrumb_parts(crumb_el, r.url, r.profile, leaf_title=page.title)
        page.breadcrumb = parts
        page.category_path = path_after_school(parts, r.hints.get("school"))
        page.list_url = links[-1] if links else None

    info_el = info_els[0] if info_els else None
    if info_el is None and title_el is not None:
        at = r.layout.start(body_el) if body_el is not None else 0
        end = at if at > r.layout.end(title_el) else r.layout.end(title_el) + 400  # or the body holds the title
        info_el = find_info_element(r, r.layout.end(title_el), end)
    if body_el is not None:
        skip = _skip_set(r, body_el, title_el, info_el)
        lines = block_lines(body_el, skip)
        page.body_lines = lines if ex["body"] == "profile" else clean_body_lines(lines)
        page.body_html = body_html(body_el, skip, url)
        if (note := editor_note(body_el, title_el)) is not None:
            page.body_lines = block_lines(note, set()) + page.body_lines
            page.body_html = body_html(note, set(), url) + page.body_html
    areas = r.css("article.attachments") + [
        el for el in r.root.iter("div", "p", "td", "span") if "attach" in attr_words(el)
    ]
    page.attachments = pick_attachments(r, body_el, title_el, areas)
    page.page_urls = [u for u in pick_pages(r, first_url or url) if u != url]
    page.signals = {"title_el": title_el is not None, "date_label": ex["published"] in ("profile", "label"),
                    "date_header": ex["published"] in ("header", "template"),
                    "body_mass": r.layout.mass(body_el) if body_el is not None else 0}  # fmt: skip
    if page.signals["body_mass"] >= PROSE_BODY:  # only there may prose be a list's rows and their summaries
        page.signals["body_links"] = _links_in(body_el, url)

    for name in ("title", "published", "body"):
        if ex.get(name) is None:
            ex[name] = "none"
    if "template" in (ex["title"], ex["published"], ex["body"]):
        ex["template"] = r.template[0].id  # which read it: an archived article is read again as it was first read
    if r.template is not None:
        page.field_places = field_places(r, page, title_el, body_el, ex)
    if page.title is None:
        page.warnings.append("no title found")
    elif ex["title"] == "list":
        page.warnings.append("no title on the article page; the list's title attribute was used")
    if date_warning:
        page.warnings.append(date_warning)
    if body_el is None:
        page.warnings.append("no body container found")
    return _xml_safe_page(page)


def _links_in(el, url, limit=400):
    """The URLs the body links to (a list's rows with their summaries read as one long body, when it holds them)."""
    if el is None:
        return frozenset()
    return frozenset(urljoin(url, a.get("href").strip()) for a in islice(el.iter("a"), limit) if a.get("href"))


def _xml_safe_page(page):
    """Entities decode to characters the body-text rule never saw (&#x1; in a title): none is kept."""
    for name in ("title", "category_path", "source"):
        setattr(page, name, xml_safe(getattr(page, name)))
    page.breadcrumb = [xml_safe(p) for p in page.breadcrumb]
    page.body_lines = [line for line in map(xml_safe, page.body_lines) if line]
    for a in page.attachments:
        a.name = xml_safe(a.name)
    return page


# the names editors give a page they did not title (FrontPage, Dreamweaver, Visual Studio)
EDITOR_DEFAULT = re.compile(
    r"新建网页\s*\d*|无标题文档|无标题页|未命名(?:文档)?\s*\d*|Untitled(?: Document)?|Document", re.I
)


def _breadcrumb(r):
    for el in r.css("article.position"):
        return el, "profile"
    el = r.crumb()
    return (el, "breadcrumb") if el is not None else (None, None)
