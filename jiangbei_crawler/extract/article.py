"""Article pages: every field read through layers, and the layer that found it recorded.

Layers, in order: the site profile (``profiles.py``, where the URL matches it),
then generic rules (``patterns.py``: labels, headings matched to ``<title>``,
known CMS containers, text density), then evidence from the list that linked
here, and finally null with a warning. ``ArticlePage.extraction`` says which
layer produced each value, e.g. ``{"title": "heading", "published": "label",
"body": "density"}``.
"""

import copy
import re
import warnings
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import lxml.html

from . import dates, rules
from .breadcrumb import breadcrumb_parts, find_breadcrumb, path_after_school
from .dom import attr_words, contains, parse_html, select, tag_name, text_of
from .layout import Layout
from .links import clean_href, continuation_page, same_host
from .metadata import find_metadata
from .patterns import (
    ANY_LABEL_RX,
    ATTACHMENT_PATH,
    BACK_HOME,
    BODY_CONTAINERS,
    BOILERPLATE_ATTR,
    COUNTER_JS,
    COUNTER_SRC,
    DATE_LABEL_RX,
    DOCUMENT_EXT,
    GENERIC_CONTAINERS,
    IMAGE_EXT,
    META_DATE,
    META_TITLE,
    NAV_LINE,
    NAV_WORDS,
    PAGE_FOOTER,
    PUBLISHER_RX,
    RELATED_HEADING,
    SCHOOL_NAME,
    SOFT_404,
    SOFT_404_TEXT,
    SOURCE_ITEM_RX,
    SOURCE_PLACEHOLDER,
    SOURCE_RX,
    TITLE_HINT,
    TITLE_SEPARATORS,
    URL_DATES,
    URL_DATES_NEWS,
    VALUE_END,
    VISITS_RX,
)
from .profiles import for_url
from .text import block_lines, clean_line, sanitize_html, xml_safe

CONTAINER_TAGS = frozenset("div td th table tbody tr section article main center form dd ul span font".split())
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MAX_TITLE = 300
MAX_SOURCE = 80
DOMINANT = 0.8  # descend into a child holding this share of its parent's text
FOOTER_WORDS = re.compile(r"版权所有|Copyright|©|ICP备|公网安备|技术支持")
MIN_DENSITY_CHARS = 8  # non-link characters a block needs to be taken for a body by density
SITE_NAME = re.compile(r"(?:网|网站|官网|门户|平台|政府|教育局|委员会|办公室)$")
BARE_SEPARATORS = re.compile(r"\s*(?:--|__|_|\||｜|-|—|–)\s*")


@dataclass
class AttachmentLink:
    name: str
    url: str
    offsite: bool


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


def is_soft_404(text):
    head = text[:6000]
    if SOFT_404.search(head) and "<h1" not in text[:20000].lower():
        return True
    stripped = " ".join(lxml.html.fromstring(head).text_content().split()) if head.strip() else ""
    return len(stripped) < 200 and bool(SOFT_404_TEXT.search(stripped))


def parse_counter_js(text):
    """Visit count from a counter script: ``document.write('1237');``, ``innerHTML='12'`` or a bare number."""
    m = re.search(
        r"(?:write(?:ln)?\s*\(|innerHTML\s*=|innerText\s*=|value\s*=)\s*[\"']?(?:<[^>]*>)*\s*(\d+)", text or ""
    )
    if m is None:
        stripped = (text or "").strip().strip(";\"'")
        m = COUNTER_JS.fullmatch(stripped)
    if m is None:
        return None
    value = int(m.group(1))
    return value if value < 2**53 else None


class _Reader:
    """The state one article page's layers share: its tree, layout, profile and evidence."""

    def __init__(self, text, url, portal_url, profiles, hints, now, doc=None, layout=None):
        self.url, self.portal_url, self.now = url, portal_url, now
        self.hints = hints or {}
        doc = doc or parse_html(text)
        self.root, self.notes = doc.root, list(doc.notes)
        self.layout = layout or Layout(self.root)
        self.profile, kind = for_url(profiles, urlsplit(url).path)
        if kind != "article":
            self.profile = None
        self.page_title = clean_line(" ".join(self.root.xpath("//title//text()")))[:MAX_TITLE]
        self.metas = _metas(self.root)
        self._link_texts = None
        self.trace = None  # a list when the caller asked why (extract --explain)

    def why(self, name, candidate, reason):
        """Record a candidate of field ``name`` that was passed over, and why (only when explaining)."""
        if self.trace is not None:
            self.trace.append({"field": name, "candidate": str(candidate)[:120], "reason": reason})

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


# ---- title -----------------------------------------------------------------


def _lcs_len(a, b):
    """Length of the longest common substring (titles are short: quadratic is fine, capped)."""
    a, b = a[:MAX_TITLE], b[:MAX_TITLE]
    if not a or not b:
        return 0
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def _squash(text):
    return "".join(text.split())


def _matches(squashed, refs, exact, overlap=None):
    """A heading is the title when it is mostly the reference title, not one word shared with it."""
    if squashed in exact:
        return True
    if overlap is None:
        overlap = max((_lcs_len(squashed, ref) for ref in refs), default=0)
    # a fragment (the 2017 of 2017-2018观测季节…报告) is not the title: it must also hold much of the reference
    shortest = min((len(ref) for ref in refs), default=0) if rules.on("title.not_a_fragment") else 0
    return overlap >= max(4, 0.6 * len(squashed), 0.4 * shortest)


TITLE_LABEL = re.compile(r"^\s*(?:文章标题|信息标题|标题|主题|题目)\s*[:：]\s*")


def title_candidates(r, exact=()):
    """Headings and title-named elements; one inside navigation-like markup (an ``aside`` the article's header
    sits in) only when its text is exactly the page's title."""
    seen = set()
    for el in r.root.iter(*HEADING_TAGS, "div", "p", "span", "td", "strong", "b", "font"):
        name = tag_name(el)
        if name not in HEADING_TAGS and not TITLE_HINT.search(attr_words(el)):
            continue
        text = TITLE_LABEL.sub("", r.layout.short_text(el) or "")  # 标题：… is the title, not its label
        if el in r.layout.boiler and not (rules.on("title.in_chrome_when_exact") and _squash(text or "") in exact):
            continue
        if text and 2 <= len(text) <= MAX_TITLE and el not in seen:
            seen.add(el)
            yield el, text


def title_refs(r):
    """(refs, exact): what a title heading should match. The page <title> without the site's name (its last
    segment, or its first when that one is a school or site name: 江北区孔浦中学--关于评选…的公示) is matched
    approximately; its first segment exactly (a short title: 通知)."""
    refs, exact = [], set()
    if r.page_title:
        strong = list(TITLE_SEPARATORS.finditer(r.page_title))
        first = r.page_title[: strong[0].start()].strip() if strong else ""
        if first and (SCHOOL_NAME.match(first) or SITE_NAME.search(first)):
            rest = r.page_title[strong[0].end() :]  # the site's name comes first
            head = _squash(rest)
            exact.add(_squash(TITLE_SEPARATORS.split(rest)[0]))
        else:
            seps = [m for m in BARE_SEPARATORS.finditer(r.page_title) if not _joins_numbers(r.page_title, m)]
            head = _squash(r.page_title[: seps[-1].start()]) if seps else ""
            if seps:
                exact.add(_squash(r.page_title[: seps[0].start()]))
        refs.append(head if len(head) >= 4 else _squash(r.page_title))
    refs += [_squash(x) for x in (r.hints.get("title"), *(r.metas.get(k) for k in META_TITLE)) if x]
    refs = [x for x in refs if x]
    return refs, exact | set(refs)


def _joins_numbers(text, m):
    """A hyphen between digits (2017-2018, 1-10月) joins a range; it does not separate a site's name."""
    return (
        rules.on("title.not_a_fragment")
        and m.group().strip() == "-"
        and text[m.start() - 1 : m.start()].isdigit()
        and text[m.end() : m.end() + 1].isdigit()
    )


NEAR = 4  # characters of other text allowed between a title and its metadata line


def _near_metadata(r, el):
    """A heading followed right away by a source label or a labelled full date: the article's own title."""
    end = r.layout.end(el)
    after = r.layout.text_between(end, end + 60, limit=300)
    source = SOURCE_RX.search(after)
    label = DATE_LABEL_RX.search(after)
    if label and not dates.find_date_text(after[label.end() : label.end() + 30]):
        label = None
    first = min((m.start() for m in (source, label) if m), default=None)
    return first is not None and len(_squash(after[:first])) <= NEAR


def pick_title(r):
    """(element, text, layer) of the title: a heading matching <title>, best one followed by its metadata."""
    refs, exact = title_refs(r)
    for el in r.css("article.title"):
        text = text_of(el)
        # the profile's element is checked like any heading: a site logo in <h1> is not the title
        if 0 < len(text) <= MAX_TITLE and (not refs or _matches(_squash(text), refs, exact) or _near_metadata(r, el)):
            return el, text, "profile"
    best, best_score = None, 0
    for el, text in title_candidates(r, exact):
        squashed = _squash(text)
        overlap = max((_lcs_len(squashed, ref) for ref in refs), default=0)
        matches = _matches(squashed, refs, exact, overlap)
        near = _near_metadata(r, el)
        if not (matches or near):
            r.why("title", text, f"<{tag_name(el)}> matches little of <title> and no metadata line follows it")
            continue
        # how much of <title> it holds decides; being followed by the metadata line breaks ties, or stands alone
        score = (2 * overlap if matches else 0) + (6 if near else 0) + (1 if tag_name(el) in HEADING_TAGS else 0)
        score += 3 if refs and refs[0].startswith(squashed) else 0  # <title> starts with the article's title
        if score > best_score:
            if best:
                r.why("title", best[1], f"a better match of <title> follows (score {best_score} < {score})")
            best, best_score = (el, text), score
        else:
            r.why("title", text, f"a better match of <title> came first (score {score} <= {best_score})")
    if best:
        return best[0], best[1], "heading"
    exact = _exact_title_element(r, exact)
    if exact is not None:
        return exact, text_of(exact), "heading"
    if r.hints.get("title"):  # the list row that linked here, before what the page's head says
        return None, r.hints["title"], "list"
    meta = r.metas.get("ArticleTitle") or r.metas.get("og:title")
    if meta:
        return None, meta, "meta"
    if r.page_title:
        return None, page_title_head(r.page_title), "page-title"
    return None, None, None


def _exact_title_element(r, exact):
    """No heading matched: an element of any kind whose whole text is the title (``<font><b>…</b></font>``)."""
    wanted = {x for x in exact if len(x) >= 4}
    if not wanted:
        return None
    for el in r.layout.stats:  # children come before their parents: the first match is the innermost
        if 4 <= r.layout.chars(el) <= MAX_TITLE and el not in r.layout.boiler and tag_name(el) != "a":
            if _squash(r.layout.short_text(el) or "") in wanted:
                return el
    return None


def page_title_head(page_title):
    """<title> cut at the site-name separator: '--', '_', '|', ' - ', or a bare '-' before a name without digits."""
    parts = [p for p in TITLE_SEPARATORS.split(page_title) if p]
    long = [p for p in parts if len(p) >= 4]
    head = long[0] if long else page_title
    left, dash, right = head.rpartition("-")
    if dash and len(left) >= 2 and right and not any(c.isdigit() for c in right):
        head = left
    return head.strip()


# ---- body --------------------------------------------------------------------


def _container_ok(r, el, title_el, generic=True):
    """A container is the body, not a page wrapper: it holds no title, no sidebars, and (when its name
    is as common as #content) little link text; a body of attachment links is still a body. A form field named
    like a body (a comment box's ``<textarea id="content">``) never is."""
    if tag_name(el) in FORM_FIELDS and rules.on("body.not_a_form_field"):
        return False
    if title_el is not None and contains(el, title_el):
        return r.layout.link_ratio(el) < 0.25 and not any(d in r.layout.boiler for d in el.iter())
    return not generic or r.layout.link_ratio(el) < 0.6 or r.layout.stats.get(el, [0])[0] == 0


def pick_body(r, title_el):
    """(element, layer) of the body container."""
    for el in r.css("article.content"):
        if _container_ok(r, el, title_el):
            return el, "profile"
    after = r.layout.end(title_el) if title_el is not None else 0
    named = _named_elements(r.root)
    for css in BODY_CONTAINERS:
        generic = css in GENERIC_CONTAINERS
        found = [el for el in named.get(css, ()) if _container_ok(r, el, title_el, generic)]
        found = [el for el in found if r.layout.start(el) >= after or contains(el, title_el)] or found
        if found:
            return max(found, key=r.layout.mass), "container"
        if r.trace is not None and named.get(css):
            r.why("body", css, "a known container name, but a form field, a wrapper of the title or mostly links")
    el = _densest(r, title_el)
    return (el, "density") if el is not None else (None, None)


CONTAINER_NAMES = frozenset(BODY_CONTAINERS)


def _named_elements(root):
    """'#id' / '.class' -> elements, for the known container names, in one pass over the tree (one XPath per
    name would walk it once each)."""
    out = {}
    for el in root.iter("*"):
        ident, classes = el.get("id"), el.get("class")
        keys = [f"#{ident}"] if ident else []
        keys += [f".{c}" for c in classes.split()] if classes else []
        for key in keys:
            if key in CONTAINER_NAMES:
                out.setdefault(key, []).append(el)
    return out


def _densest(r, title_el):
    """The deepest block holding most of the page's non-link text and punctuation after the title."""
    lay = r.layout
    after = lay.end(title_el) if title_el is not None else 0
    cands = [el for el in lay.stats if tag_name(el) in CONTAINER_TAGS and lay.start(el) >= after and _prose(lay, el)]
    top = next((el for el in sorted(cands, key=lay.mass, reverse=True) if not _is_metadata(lay, el)), None)
    if top is None or lay.stats[top][0] < MIN_DENSITY_CHARS:
        return None  # no text worth a body: an empty body beats a footer or an attachment label
    node = top
    while True:
        kids = [c for c in node if isinstance(c.tag, str) and tag_name(c) in CONTAINER_TAGS and c in lay.stats]
        if not kids:
            return node
        best = max(kids, key=lay.mass)
        if lay.mass(best) < DOMINANT * lay.mass(node):
            return node
        node = best


FORM_FIELDS = frozenset({"textarea", "input", "select", "button", "option"})
WORD_CLOUD_CHARS = 2000  # a block this long with (almost) no punctuation is a keyword cloud, not prose
WORD_CLOUD_PUNCT = 0.002
PROSE_LINK_RATIO = 0.3  # link text share above which a block named like navigation is navigation


def _prose(lay, el):
    """A block that may hold the body: not navigation-like markup, or, when its class says so (a share bar's
    ``tool``, an ``aside`` the article sits in), text that is mostly not links."""
    if _word_cloud(lay, el):
        return False
    return el not in lay.boiler or (rules.on("body.prose_in_chrome") and lay.link_ratio(el) < PROSE_LINK_RATIO)


def _word_cloud(lay, el):
    """Thousands of characters without sentence punctuation: SEO keyword blocks and tag clouds."""
    chars, puncts = lay.stats[el][0], lay.stats[el][2]
    return rules.on("body.no_word_cloud") and chars > WORD_CLOUD_CHARS and puncts < WORD_CLOUD_PUNCT * chars


def _is_metadata(lay, el):
    """The metadata line (来源：… 发布时间：…) or a footer (版权所有…), which density must not take for the body."""
    if lay.chars(el) >= 300:
        return False
    text = text_of(el)
    return len(ANY_LABEL_RX.findall(text)) >= 2 or bool(FOOTER_WORDS.search(text))


def _skip_set(r, container, title_el, info_el):
    """Elements inside the container that are not body: title, metadata line, navigation."""
    skip = set()
    for el in (title_el, info_el):
        if el is not None and el is not container and contains(container, el):
            skip.add(el)
    # a body inside a share area: only its own named parts are chrome
    inside_boiler = container in r.layout.boiler and rules.on("body.prose_in_chrome")
    for el in container.iter():
        if el is container or not isinstance(el.tag, str):
            continue
        boiler = el in r.layout.boiler and (not inside_boiler or BOILERPLATE_ATTR.search(attr_words(el)))
        if boiler and r.layout.mass(el) < 0.5 * r.layout.mass(container):
            skip.add(el)
        elif _swallowed_chrome(r, el, container):
            skip.add(el)
        elif tag_name(el) in ("div", "p", "span", "li", "a", "td", "table") and r.layout.chars(el) < 120:
            text = r.layout.short_text(el)
            if text and (NAV_LINE.match(text) or (rules.on("body.back_home_link") and BACK_HOME.match(text))):
                skip.add(el)
    return skip


def _swallowed_chrome(r, el, container):
    """What a container left open by broken markup swallows after the article: the page footer (a short block
    with 版权所有, ICP备…) and blocks of links to other pages (no attachment among them)."""
    if not rules.on("body.swallowed_chrome") or tag_name(el) not in ("div", "ul", "table", "dl", "p"):
        return False
    lay = r.layout
    chars = lay.chars(el)
    if chars < 300 and tag_name(el) != "p" and PAGE_FOOTER.search(lay.short_text(el) or ""):
        return True
    links = lay.stats[el][4] if el in lay.stats else 0
    if links < 4 or lay.link_ratio(el) < 0.7 or lay.mass(el) > 0.3 * lay.mass(container):
        return False
    return not any(DOCUMENT_EXT.search(a.get("href") or "") or ATTACHMENT_PATH.search(a.get("href") or "")
                   for a in el.iter("a"))  # fmt: skip


def clean_body_lines(lines, title):
    """Drop what a chosen container may hold around the text: title, label lines, navigation, related links."""
    squashed_title = _squash(title or "")
    while lines and (
        (squashed_title and _squash(lines[0]) == squashed_title)
        or (len(lines[0]) < 150 and len(ANY_LABEL_RX.findall(lines[0])) >= 2 and DATE_LABEL_RX.search(lines[0]))
    ):
        lines = lines[1:]
    out = []
    for line in lines:
        if RELATED_HEADING.match(line):
            break
        if len(line) < 100 and NAV_LINE.match(line):
            continue
        out.append(line)
    while out and len(out[-1]) < 100 and NAV_WORDS.search(out[-1]):
        out.pop()
    return out


SKIP_MARK = "data-jiangbei-skip"


def body_html(container, skip, base_url):
    """Sanitized HTML of the container, without the elements left out of its text."""
    for el in skip:
        el.set(SKIP_MARK, "1")
    try:
        root = copy.deepcopy(container)
    finally:
        for el in skip:
            del el.attrib[SKIP_MARK]
    for el in [e for e in root.iter() if isinstance(e.tag, str) and e.get(SKIP_MARK)]:
        el.drop_tree()
    root.make_links_absolute(base_url, resolve_base_href=False, handle_failures="discard")
    return sanitize_html(lxml.html.tostring(root, encoding="unicode"))


# ---- metadata ------------------------------------------------------------------


def header_text(r, title_el, body_el, info_els):
    """(text, layer): the article's header region, where labels are looked for first."""
    if info_els:
        return "\n".join(_block_text(el) for el in info_els), "profile"
    lay = r.layout
    if title_el is not None:
        end = lay.start(body_el) if body_el is not None and lay.start(body_el) > lay.end(title_el) else None
        start = lay.end(title_el)
        return lay.text_between(start, end if end is not None else start + 400, limit=1200), "label"
    if body_el is not None:
        start = lay.start(body_el)
        before = [p for p, t in lay.segments if p < start]
        text = lay.text_between(before[-300] if len(before) >= 300 else 0, start, limit=10**6)
        return text[-1500:], "label"
    return "", "label"


def footer_text(r, body_el):
    if body_el is None:
        return ""
    end = r.layout.end(body_el)
    reach = 400 if rules.on("footer.wide") else 200
    return r.layout.text_between(end, end + reach, limit=2 * reach)


def _block_text(el):
    return "\n".join(block_lines(el))


def find_info_element(r, region_start, region_end):
    """The smallest element of the header region whose text holds a date label (to keep it out of the body)."""
    best = None
    for el, (start, end) in r.layout.span.items():
        if start < region_start or end > region_end or r.layout.chars(el) > 300:
            continue
        if DATE_LABEL_RX.search(r.layout.short_text(el) or ""):
            if best is None or r.layout.chars(el) > r.layout.chars(best):
                best = el  # the widest such element: the whole metadata line, not one span of it
    return best


def label_value(text, rx):
    """The value after the first label: up to the next label, a separator or the end of the line."""
    return next(label_values(text, rx), None)


def label_values(text, rx):
    """The value after each label of ``text``, in order."""
    for m in rx.finditer(text):
        yield _value_at(text, m.end())


def _value_at(text, end):
    rest = text[end:]
    if not rest.split("\n", 1)[0].strip():  # label and value in separate cells
        nxt = rest.lstrip(" \t\u3000\xa0").split("\n", 2)
        rest = nxt[1] if len(nxt) > 1 and rest.startswith(("\n", " ")) else rest
        rest = rest.lstrip("\n")
        if ANY_LABEL_RX.match(rest.strip()):
            return ""
    nxt = ANY_LABEL_RX.search(rest)
    value = rest[: nxt.start()] if nxt else rest
    cut = VALUE_END.search(value)
    value = value[: cut.start()] if cut else value
    return clean_line(value).strip("：:，,;；|/ ")


def pick_source(r, texts):
    """(value, layer): the first 来源 that names someone; a placeholder (转载, 互联网) only when no real one follows
    (one after the body wins), null in the end. A value running into the next link's text (来源：<a>某报</a><a>举报
    </a>) ends where that link begins."""
    placeholder = None
    for text, layer in texts:
        for value in label_values(text, SOURCE_RX):
            if dates.find_date_text(value) or len(value) > MAX_SOURCE:
                r.why("source", value, "a date or too long for a name")
                continue
            value = _cut_at_link(r, value) if rules.on("source.cut_at_link") else value
            if rules.on("source.placeholder") and SOURCE_PLACEHOLDER.match(value):
                placeholder = placeholder or layer
                r.why("source", value, "a placeholder that names no one")
                continue
            if value or placeholder is None:
                return value, layer
    item = SOURCE_ITEM_RX.search(texts[0][0]) if texts and rules.on("source.item_without_colon") else None
    if item and not SOURCE_PLACEHOLDER.match(item.group(1)):
        return item.group(1), texts[0][1]
    return None, ("placeholder" if placeholder else None)


METADATA_SOURCE = ("来源", "信息来源")
METADATA_PUBLISHER = ("发布机构", "发文机关", "发文单位", "公开责任部门")


def _first(pairs, labels):
    value = next((pairs[k] for k in labels if pairs.get(k)), None)
    return None if value is None or SOURCE_PLACEHOLDER.match(value) else value


def pick_publisher(texts):
    for text, _layer in texts:
        value = label_value(text, PUBLISHER_RX)
        if value and len(value) <= MAX_SOURCE:
            return value
    return None


def _cut_at_link(r, value):
    """``value`` up to where a second link's text starts, when it begins with one link's whole text."""
    for link in r.link_texts():
        if len(link) >= 2 and value.startswith(link) and len(value) > len(link):
            rest = value[len(link) :].strip()
            if any(rest.startswith(other) for other in r.link_texts() if len(other) >= 2):
                return link
    return value


def pick_date(r, texts):
    """(iso, layer, warning): the date ladder, one rung after the other, the first date found wins.

    label (a date label's value, in the header or after the body) → header (a date alone on a short line of the
    block between the title and the body) → list (the date of the row that linked here) → url (a date in the
    article's URL) → meta (``<meta>``, microdata) → null with a warning. A label whose value is garbage (发布时间：
    待定) stops the ladder: the page says it has no date, and a guess from elsewhere would be wrong."""
    dayfirst = dates.day_first(r.layout.text()[:20000]) if "/" in (texts[0][0] or "") else False
    for text, layer in texts:
        found, garbage = dates.labelled(text)
        if found:
            value, warning = dates.to_iso(found, r.now, dayfirst)
            return value, layer, warning
        if garbage is not None:
            return None, layer, f"unparseable publish date {garbage!r}"
    r.why("published", "label", "no date label with a date after it")
    for layer, rung in DATE_RUNGS:
        value = rung(r, texts, dayfirst) if rules.on(f"date.{layer}") else None
        if value:
            return value, layer, None
        r.why("published", layer, "no date on this rung")
    return None, None, "no publish date"


def _header_date(r, texts, dayfirst):
    """A date standing alone on a short line under the title (2019-09-18 10:30 | 山西日报, | 19-02-28 |), not one
    in a sentence, a parenthesis such as （2007年6月29日…会议通过）, a deadline or a range."""
    lines = [line.strip() for line in (texts[0][0] if texts else "").split("\n") if line.strip()]
    for line in lines[:12]:
        if len(line) > 80 or line.startswith(("（", "(")) or re.search(r"[，。；]", line):
            continue
        for found in dates.published_dates(line, loose=rules.on("date.bare_forms")):
            value, _ = dates.to_iso(found, r.now, dayfirst)
            if value:
                return value
    return None


def _list_date(r, texts, dayfirst):
    """The date the list row showed beside its link (only a whole one: a row's 09-07 has no year)."""
    found = dates.find_date_text(str(r.hints.get("date") or ""))
    return dates.to_iso(found, r.now)[0] if found else None


def _url_date(r, texts, dayfirst):
    """A publish date in the URL: /2018-06-28/, /2019_09_07_, /202403/t20240305_, /20200911/, /2024/0305/."""
    path = urlsplit(r.url).path
    for rx in URL_DATES + (URL_DATES_NEWS if rules.on("date.url_news") else ()):
        m = rx.search(path)
        if m:
            value, _ = dates.to_iso(f"{m.group(1)}-{m.group(2)}-{m.group(3)}", r.now)
            if value:
                return value
    return None


def _meta_date(r, texts, dayfirst):
    for value in [r.metas.get(key) for key in META_DATE] + _microdata_dates(r):
        found = dates.find_date_text(value or "", loose=True)
        iso = dates.to_iso(found, r.now, dayfirst)[0] if found else None
        if iso:
            return iso
    return None


def _microdata_dates(r):
    """itemprop=datePublished (schema.org microdata): its content attribute or its text."""
    return [el.get("content") or text_of(el) for el in r.root.xpath('//*[@itemprop="datePublished"]')[:3]]


def _htmldate(r, texts, dayfirst):
    """htmldate's markup rules (time elements, itemprops, class names such as "date" and "pubtime"), on a page
    that has a title heading: a well-kept library as the last rung, kept because it raises the date on sources
    no rule here was written from (BENCHMARKS.md). Its extensive search of free text is off: a date in a
    sentence is not the publish date."""
    if not r.looks_like_article:
        return None
    import htmldate  # imported here: most pages are dated before this rung

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = htmldate.find_date(r.root, url=r.url, original_date=True, extensive_search=False)
        except (ValueError, TypeError):
            return None
    return dates.to_iso(found, r.now)[0] if found else None


DATE_RUNGS = (
    ("header", _header_date),
    ("list", _list_date),
    ("url", _url_date),
    ("meta", _meta_date),
    ("htmldate", _htmldate),
)


def pick_visits(texts):
    for text, layer in texts:
        m = VISITS_RX.search(text)
        if m and int(m.group(1)) < 2**53:
            return int(m.group(1)), layer
    return None, None


def pick_counter(r, region):
    """A same-host URL that answers the visit count: a script's ``src`` (counter.asp?id=, GetHits.aspx?id=,
    ViewClick/?id=) or, in an inline script, an Ajax URL of the same kind ($.get('/hits.php?id=5'))."""
    scripts = [s for el in region if el is not None for s in el.iter("script")]
    scripts += [s for s in r.layout.body.iter("script")]
    for script in scripts:
        src = script.get("src")
        # a counter is a dynamic endpoint (counter.asp?id=, GetHits.aspx?id=), not a static library (dynclicks.js)
        candidates = [src] if src else _ajax_urls(script.text or "")
        for found in candidates:
            if COUNTER_SRC.search(found) and ("?" in found or not found.split("?")[0].lower().endswith(".js")):
                url = clean_href(found, r.url)
                if url and same_host(url, r.portal_url or r.url):
                    return url
    return None


AJAX_URL = re.compile(r"""(?:url\s*:\s*|\$\.(?:get|post|getJSON)\(\s*|fetch\(\s*|\.open\(\s*["'](?:GET|POST)["']\s*,\s*)
                      ["']([^"'\s]{3,300})["']""", re.X)  # fmt: skip


def _ajax_urls(code):
    """URL literals an inline script requests (jQuery, fetch, XMLHttpRequest): where script-filled counters
    get their number."""
    return AJAX_URL.findall(code) if rules.on("visits.ajax_counter") and len(code) < 20_000 else []


def inline_visits(r, region):
    """A count an inline script writes beside the label (访问次数：<script>document.write('1237')</script>)."""
    for el in region:
        for script in el.iter("script") if el is not None else ():
            if not script.get("src") and script.text and "write" in script.text:
                value = parse_counter_js(script.text)
                if value is not None:
                    return value
    return None


# ---- links -------------------------------------------------------------------------


# what an attachment's or image's href holds somewhere: an extension of DOCUMENT_EXT/IMAGE_EXT or a word of
# ATTACHMENT_PATH (kept loose: this only spares clean_href on links that cannot be files)
MAY_BE_FILE = re.compile(r"\.[a-z0-9]{2,4}\b|upload|download|attach|fujian", re.I)


def pick_attachments(r, body_el, title_el, areas):
    """Links to files in the body, in an attachment block, or after the title in the article's region."""
    lay = r.layout
    start = lay.start(title_el) if title_el is not None else (lay.start(body_el) if body_el is not None else 0)
    found = {}
    links = [a for area in areas if area is not None for a in area.iter("a")]
    if body_el is not None:
        links += list(body_el.iter("a"))
    links += [a for a in lay.body.iter("a") if lay.start(a) >= start and a not in lay.boiler]
    for a in links:
        if not MAY_BE_FILE.search(a.get("href") or ""):
            continue  # cheap test first: most links of a page are pages
        url = clean_href(a.get("href"), r.url)
        if not url or url in found:
            continue
        path = urlsplit(url).path
        in_area = any(contains(area, a) for area in areas if area is not None)
        name = text_of(a) or clean_line(a.get("title") or "")
        is_file = DOCUMENT_EXT.search(path) or ATTACHMENT_PATH.search(path)
        is_image = IMAGE_EXT.search(path) and (in_area or name.startswith("附件"))
        if not (is_file or is_image):
            continue
        if IMAGE_EXT.search(path) and not (in_area or name.startswith("附件")):
            continue
        found[url] = AttachmentLink(name or url.rsplit("/", 1)[-1], url, not same_host(url, r.portal_url or r.url))
    return list(found.values())


def pick_pages(r, first_url):
    """Later pages of a multi-page article, in page order."""
    parts = urlsplit(first_url)
    stem = parts.path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    pages = {}
    for a in r.layout.body.iter("a"):
        href = (a.get("href") or "").lower()
        if not href or ("page" not in href and stem not in href):
            continue  # cheap test first: most links of a page are not its continuation
        url = clean_href(a.get("href"), r.url)
        n = url and continuation_page(url, first_url)
        if n:
            pages.setdefault(url, n)
    return [u for u, _ in sorted(pages.items(), key=lambda kv: kv[1])]


# ---- the page ------------------------------------------------------------------------


def parse_article(
    text, url, portal_url=None, now=None, profiles=(), hints=None, first_url=None, doc=None, layout=None, explain=False
) -> ArticlePage:
    """Read every field of an article page; ``hints`` are what the list said (title, date, visits). With
    ``explain``, ``page.explain`` lists the candidates passed over and why."""
    r = _Reader(text, url, portal_url, profiles, hints, now, doc, layout)
    r.trace = [] if explain else None
    page = ArticlePage(url=url, warnings=list(r.notes))
    page.explain = r.trace
    ex = page.extraction

    title_el, page.title, ex["title"] = pick_title(r)
    body_el, ex["body"] = pick_body(r, title_el)
    info_els = r.css("article.info")
    head, head_layer = header_text(r, title_el, body_el, info_els)
    page.metadata, meta_block = find_metadata(r.root, r.layout) if rules.on("metadata.table") else ({}, None)
    texts = [(head, head_layer), (footer_text(r, body_el), "label")]
    if meta_block is not None:  # 信息公开 tables: above the title, where the header region does not reach
        texts.append((r.layout.text_between(*r.layout.span[meta_block], limit=4000), "metadata"))

    page.source, ex["source"] = pick_source(r, texts)
    page.publisher = pick_publisher(texts)
    if page.source is None and _first(page.metadata, METADATA_SOURCE):
        page.source, ex["source"] = _first(page.metadata, METADATA_SOURCE), "metadata"
    page.publisher = page.publisher or _first(page.metadata, METADATA_PUBLISHER)
    if page.source is None and r.metas.get("ContentSource"):
        page.source, ex["source"] = r.metas["ContentSource"], "meta"
    r.looks_like_article = title_el is not None and body_el is not None
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
        end = r.layout.start(body_el) if body_el is not None else r.layout.end(title_el) + 400
        info_el = find_info_element(r, r.layout.end(title_el), end)
    if body_el is not None:
        skip = _skip_set(r, body_el, title_el, info_el)
        lines = block_lines(body_el, skip)
        page.body_lines = lines if ex["body"] == "profile" else clean_body_lines(lines, page.title)
        page.body_html = body_html(body_el, skip, url)
    areas = r.css("article.attachments") + [
        el for el in r.root.iter("div", "p", "td", "span") if "attach" in attr_words(el)
    ]
    page.attachments = pick_attachments(r, body_el, title_el, areas)
    page.page_urls = [u for u in pick_pages(r, first_url or url) if u != url]
    page.signals = {"title_el": title_el is not None, "date_label": ex["published"] in ("profile", "label"),
                    "body_mass": r.layout.mass(body_el) if body_el is not None else 0}  # fmt: skip

    for name in ("title", "published", "body"):
        if ex.get(name) is None:
            ex[name] = "none"
    if page.title is None:
        page.warnings.append("no title found")
    elif ex["title"] == "list":
        page.warnings.append("no title on the article page; the list's title attribute was used")
    if date_warning:
        page.warnings.append(date_warning)
    if body_el is None:
        page.warnings.append("no body container found")
    return _xml_safe_page(page)


def _xml_safe_page(page):
    """Entities decode to characters the body-text rule never saw (&#x1; in a title): none is kept."""
    for name in ("title", "category_path", "source"):
        setattr(page, name, xml_safe(getattr(page, name)))
    page.breadcrumb = [xml_safe(p) for p in page.breadcrumb]
    page.body_lines = [line for line in map(xml_safe, page.body_lines) if line]
    for a in page.attachments:
        a.name = xml_safe(a.name)
    return page


def _breadcrumb(r):
    for el in r.css("article.position"):
        return el, "profile"
    el = find_breadcrumb(r.root, r.layout)
    return (el, "breadcrumb") if el is not None else (None, None)
