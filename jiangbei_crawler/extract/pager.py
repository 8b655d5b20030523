"""The pager of a list page: current and last page, total records, and the URL of any page, learnt from
its numbered links (``Index_N.aspx``, ``index_N.html``, ``page=N``) or from the script that writes it."""

import re
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import urlsplit

import lxml.html

from . import rules
from .dom import as_page, attr_words, parse_html, tag_name, text_of
from .forms import SUBMITS, postback_pager, submitted_page
from .layout import Layout
from .links import canonical, clean_href
from .menus import CALL, MAX_LINKS, called, page_functions, target
from .pager_parts import (
    MAX_PAGE,
    a_count,
    bare_fraction,
    from_next_and_last,
    image_label,
    jump_value,
    linked_number,
    page_label,
    page_links,
    page_number,
    without_year_tabs,
)
from .patterns import (
    LAST_WORDS,
    NEXT_WORDS,
    PAGE_OF,
    PAGER_CURRENT_LAST,
    PAGER_CURRENT_ONLY,
    PAGER_LAST_ONLY,
    PAGER_TOTAL,
    PAGER_WORDS,
    PAGES_AFTER_COUNT,
)


@dataclass
class Pager:
    current: int = 1
    last: int = 1
    total: int | None = None  # records, when the pager says 共N条
    next_url: str | None = None
    last_url: str | None = None
    template: tuple | None = None  # (prefix, suffix, slope, offset): page n is prefix + str(slope*n + offset) + suffix
    first_url: str | None = None
    found: bool = False
    links: set = field(default_factory=set)  # every URL the pager links to (never hubs)
    # a bare 下一页 link and nothing else: how many pages is unknown, so the next is followed until a page
    # repeats, is empty or has no next link (current is then 0: the walker counts)
    open_ended: bool = False
    # an ASP.NET pager of __doPostBack links: page n is a POST of the page's form (forms.postback_pager)
    postback: dict | None = None

    def url_for(self, n):
        if n == 1 and self.first_url:
            return self.first_url
        if self.template is None:
            return None
        prefix, suffix, slope, offset = self.template
        value = slope * n + offset
        return f"{prefix}{value}{suffix}" if value >= 0 else None


# the count forms a rule added, each switched with its rule (leave-one-source-out)
PAGER_FORM_RULES = {
    PAGES_AFTER_COUNT: "pager.pages_after_count",
    PAGE_OF: "pager.english_words",
}


def find_pager(root, lay, url, profile_pager=None, rows=frozenset()):
    """The pager: current and last page, total records, and how to reach any page. A number linking one of the
    list's ``rows`` (a linked 序号 column) is no page."""
    rows = rows if rules.on("pager.not_a_row") else frozenset()
    pager = Pager()
    box = profile_pager[0] if profile_pager else _pager_box(lay)
    if box is None:
        return _bare_next(lay, url) or _load_more(root, url) or pager
    pager.found = True
    text = text_of(box)
    for rx in PAGER_CURRENT_LAST:
        m = rx.search(text) if rules.on(PAGER_FORM_RULES.get(rx, "")) else None
        if m:
            pager.current, pager.last = page_number(m.group(1), 0), page_number(m.group(2), 1)
            ran_in = pager.current == pager.last > 1 and linked_number(box, m.group(1))
            if pager.current > pager.last or ran_in:
                # "1 2 3 / 3 页", "… 11 / 11 页": the page links ran into the count (Discuz!'s multi box, whose
                # page is in an <input>): this page is read from the links below
                pager.current = 0
            break
    else:
        m = PAGER_LAST_ONLY.search(text)
        pager.last = page_number(m.group(1), 1) if m else 1
        m = PAGER_CURRENT_ONLY.search(text)
        pager.current = page_number(m.group(1), 0) if m else 0
        if pager.last <= 1 and not pager.current:
            pager.current, pager.last = bare_fraction(box) or (pager.current, pager.last)
    pager.total = _total(text)
    numbered, here, named = {}, canonical(url), set()
    # the page's scripts are read only when a pager link calls a function (most pagers link their pages)
    calls = None if rules.on("pager.script_function") else {}
    for a in page_links(box):
        raw = target(a)
        click = CALL.match(a.get("onclick") or "") if _leads_nowhere(raw) else None
        if calls is None and (click or CALL.match(raw or "")):
            calls = page_functions(root)
        if click and click.group(1) in calls and rules.on("pager.onclick_call"):
            raw = a.get("onclick")  # <a href="javascript:void(0)" onclick="goPage(2)">: the page's function decides
        if (raw or "").strip().lower().startswith("javascript") and SUBMITS.search(raw):
            raw = submitted_page(root, raw) or raw
        href = clean_href(called(raw, calls), url)
        label = text_of(a) or image_label(a)
        if not href:
            continue
        if not rules.on("pager.named_links") or _pager_label(label or a.get("title") or ""):
            pager.links.add(href)
        else:
            named.add(href)
        label = page_label(label)
        if label.isdigit() and 0 < int(label) <= MAX_PAGE and href not in rows:
            numbered.setdefault(int(label), href)
        elif _word(label) == "»" and pager.next_url and rules.on("pager.double_arrow_last"):
            pager.last_url = href  # ‹ 1 2 3 › »: the single arrow is the next page, the double one the last
        elif _word(label) in NEXT_WORDS and pager.next_url is None and canonical(href) != here:
            pager.next_url = href
        elif _word(label) in LAST_WORDS:
            pager.last_url = href
    for option in box.iter("option"):  # a jump box: <option value="list_12_3.html">3</option>
        label, value = re.sub(r"\D", "", text_of(option)), option.get("value") or ""
        value = jump_value(option, value)
        href = clean_href(value, url) if re.search(r"[/.=]", value) else None
        if label and href and len(label) < 7:
            numbered.setdefault(int(label), href)
    numbered = without_year_tabs(numbered)
    pager.template = _template(numbered)
    if (
        pager.template is None
        and not numbered
        and any("__doPostBack" in f"{a.get('href')}{a.get('onclick')}" for a in box.iter("a"))
    ):
        pager.postback = postback_pager(root, box, url)
        pager.last = max(pager.last, pager.postback["last"] if pager.postback else 1)  # its links count pages too
    if pager.template and rules.on("pager.number_fits_url"):
        # a digit drawn as a glyph (webdings 8 = 下一页, linking page 2) is no page 8: a number counts only where
        # its link is that page by the pattern the pager's own links follow
        numbered = {n: u for n, u in numbered.items() if _template_number(u, pager.template) in (None, n)}
    if 1 in numbered:
        pager.first_url = numbered[1]
    if not pager.current:
        pager.current = _current(box, numbered, here, pager)
    pager.links -= named  # a link also named like a title (a card's picture and its caption) is a row, not a page
    if pager.template is None and pager.next_url and pager.last_url and (pager.last <= 1 or not numbered):
        from_next_and_last(pager)  # 第一页 上一页 下一页 最后一页 and no count: the two links say where this is
    if pager.template is None and pager.next_url and pager.last_url and pager.last > pager.current + 1:
        # only 下一页 and 尾页 are links: two points of the URL pattern
        pager.template = _template({**numbered, pager.current + 1: pager.next_url, pager.last: pager.last_url})
    last_from_links = _number_of(pager.last_url, numbered, pager.template) if pager.last_url else None
    pager.last = max(pager.last, last_from_links or 0, max(numbered, default=1), pager.current, _by_size(text, pager))
    if pager.template is None and pager.next_url and pager.last > pager.current + 1:
        pager.template = _template({pager.current + 1: pager.next_url})  # 下一页 alone, the count known
    if pager.last_url is None and pager.template:
        pager.last_url = pager.url_for(pager.last)
    return pager


def _leads_nowhere(href):
    href = (href or "").strip().lower()
    return not href or href == "#" or href.startswith("javascript:void") or href == "javascript:;"


BARE_NEXT = ("下一页", "下页", "后一页")  # words no article's own link uses (下一篇 is the next article)
PAGE_SIZE = re.compile(r"每页\s*(\d+)\s*(?:条|篇|个|记录)")
ARROWS = "[]【】<>《》«»‹› "


def _word(label):
    """A pager link's word without its brackets and arrows (下一页>>, <<上一页, [尾页]); an arrow alone is its own word."""
    label = label.strip()
    return label if label in NEXT_WORDS + LAST_WORDS else label.strip(ARROWS)


def _bare_next(lay, url):
    """A list whose only pager is a 下一页 link (no page count, no other pager word near it)."""
    here = canonical(url)
    for a in islice(lay.body.iter("a"), MAX_LINKS):
        if text_of(a).strip(ARROWS) in BARE_NEXT:
            href = clean_href(a.get("href"), url)
            if href and canonical(href) != here:
                return Pager(current=0, next_url=href, links={href}, open_ended=True)
    return None


LOAD_MORE = re.compile(r"^(?:点击)?(?:加载|查看|显示)更多(?:内容|新闻|信息)?$")
NEXT_DATA = ("data-url", "data-href", "data-next", "data-next-url")


def _load_more(root, url):
    """An infinite-scroll list's 加载更多 button whose data-url is the next page (data-pages, when given, the last)."""
    if not rules.on("pager.load_more"):
        return None
    buttons = root.xpath("//*[@data-url or @data-href or @data-next or @data-next-url or @onclick]")
    for el in [el for el in buttons if LOAD_MORE.match(text_of(el).strip())][:20]:
        raw = next((el.get(k) for k in NEXT_DATA if el.get(k)), "")
        raw = raw or _called_url(el.get("onclick") or "", url)
        href = clean_href(raw, url)
        if not href or canonical(href) == canonical(url):
            continue
        pages = el.get("data-pages") or el.get("data-total-pages") or ""
        if not pages.isdigit() or int(pages) < 2:
            return Pager(current=0, next_url=href, links={href}, open_ended=True)
        pager = Pager(last=min(int(pages), MAX_PAGE), next_url=href, links={href})
        pager.template = _template({2: href})
        pager.last_url = pager.url_for(pager.last)
        return pager
    return None


# a more button's handler handed the next page's address: Site.newsLoadFrag(15, '/ajax/news.jsp?pageno=2', this)
CALLED_URL = re.compile(
    r"""\w\s*\([^)]*?(['"])((?:/|https?://|\.{1,2}/)[^'"]*|[\w/.-]+\.(?:s?html?|jsp|php|aspx?|do|action)(?:\?[^'"]*)?)\1"""
)


def _called_url(onclick, url):
    """The address a more button's handler is handed as an argument, else '': this list's own address with
    another query, or one naming a page number (another column's 查看更多 leads to that column, not onward)."""
    m = CALLED_URL.search(onclick) if rules.on("pager.more_handler_url") else None
    href = clean_href(m.group(2), url) if m else None
    if not href or not (urlsplit(href).path == urlsplit(url).path or PAGE_QUERY.search(urlsplit(href).query)):
        return ""
    return href


PAGE_QUERY = re.compile(r"(?:^|&)(?:page\w*|p|pn|pageno|pagenum|pageindex|current|m\d+pageno)=\d+", re.I)


def _by_size(text, pager):
    """The last page from the record count and the page size (共87条 每页10条: 9), when the pager says both."""
    m = PAGE_SIZE.search(text)
    size = int(m.group(1)) if m else 0
    return -(-pager.total // size) if pager.total and 0 < size and pager.total // size < MAX_PAGE else 0


def _pager_label(label):
    """A page number, a pager word (下一页, 尾页, »…), or nothing (an arrow image): not a row's title. A pager box
    is the widest element with pager words, so it may also hold the rows above it (VSB, PHP168 picture lists)."""
    label = label.strip().strip(ARROWS + ".…")
    return not label or label.isdigit() or label in NEXT_WORDS + LAST_WORDS or bool(PAGER_WORDS.fullmatch(label))


def _total(text):
    """Records in the list: 共87条记录, 共有47篇; else a count of 条 not per page (共 5页47条, not 每页20条)."""
    m = PAGER_TOTAL.search(text)
    if m is None:
        m = next(
            (x for x in re.finditer(r"(\d+)\s*条", text) if "每页" not in text[max(0, x.start() - 3) : x.start()]),
            None,
        )
    return int(m.group(1)) if m and int(m.group(1)) < 2**53 else None


PAGE_COUNT = re.compile(r"共\s*\d+\s*页|页次|/\s*\d+\s*页")  # … 1 2 3 / 3 页 (Discuz!'s multi-page box)


def _pager_box(lay):
    """The smallest element whose text has pager words and which holds links or a page count."""
    best = None
    for el in lay.stats:
        text = None if lay.chars(el) > 600 or tag_name(el) in ("a", "html", "body") else lay.short_text(el)
        if text is None:
            continue
        found = PAGER_WORDS.findall(text)
        # a menu's 首页 and 信息公开首页 are one word twice, where a pager shows two (首页 … 下一页)
        words = len(set(found)) if rules.on("pager.distinct_words") else len(found)
        english = rules.on("pager.english_words") and PAGE_OF.search(text)  # Page 1 of 3 First Prev Next Last
        if words >= 2 or PAGE_COUNT.search(text) or english or (words and _numbered_run(el, text)) or _named_pager(el):
            if best is None or lay.chars(el) > lay.chars(best):
                best = el  # the widest match: the whole pager, not one of its words
    return best


NUMBER_RUN = re.compile(r"(?<![\d.])1\s*2\s*3?(?![\d.])")


PAGER_NAME = re.compile(r"pagination|pager|paging|page-?nav|page-?bar|pagelist|laypage", re.I)
# a box named only page, pages or fy / fenye (分页): many Chinese list templates' pager of bare numbers
PAGER_SHORT_NAME = re.compile(r"(?<![a-z0-9-])(?:pages?|fy|fenye|pagebox)(?![a-z0-9-])", re.I)


def _named_pager(el):
    """Markup named as a pager showing two or more page numbers, one linked at least (Bootstrap's ul.pagination
    « 1 2 3 », Z-Blog's div.pagebar): a pager without a single word."""
    words = f"{attr_words(el)} {el.get('aria-label') or ''}"
    named = PAGER_NAME.search(words) or (rules.on("pager.short_names") and PAGER_SHORT_NAME.search(words))
    if not rules.on("pager.named_box") or not named:
        return False
    jump = ("option",) if rules.on("pager.short_names") else ()  # a jump box's pages count too
    labels = [page_label(text_of(x)) for x in el.iter("a", "span", "b", "strong", "em", "li", *jump)]
    shown = {label for label in labels if label.isdigit()}
    linked = any(page_label(text_of(a)).isdigit() for a in el.iter("a", *jump))
    return linked and len(shown) >= 2  # this page as a bare number (Z-Blog's span.now-page), the others linked


def _numbered_run(el, text):
    """One pager word beside page numbers 1 2 3 … (WordPress's paginate_links: 1 2 3 … 7 下一页 »): a pager."""
    return rules.on("pager.number_run") and len(text) < 200 and bool(NUMBER_RUN.search(text))


def _template(numbered):
    """(prefix, suffix, slope, offset): page n's URL is prefix + (slope * n + offset) + suffix.

    Learnt from two numbered pager links; the slope is 1 (Index_2, Index_3...) or -1 (VSB/WebPlus numbers
    pages downwards: tzgg/11.htm is page 2 of 12).
    """
    items = sorted((n, u) for n, u in numbered.items() if n > 1)
    for (n1, u1), (n2, u2) in zip(items, items[1:]):
        t1, t2 = re.split(r"(\d+)", u1), re.split(r"(\d+)", u2)
        if len(t1) != len(t2):
            continue
        diff = [i for i, (x, y) in enumerate(zip(t1, t2)) if x != y]
        if len(diff) == 1 and diff[0] % 2 == 1:
            i = diff[0]
            slope = (int(t2[i]) - int(t1[i])) / (n2 - n1)
            if slope in (1, -1):
                return "".join(t1[:i]), "".join(t1[i + 1 :]), int(slope), int(t1[i]) - int(slope) * n1
    if len(items) == 1:
        n, u = items[0]
        parts = re.split(r"(\d+)", u)
        hits = [i for i in range(1, len(parts), 2) if int(parts[i]) in (n, n - 1)]
        if hits:
            i = hits[-1]
            return "".join(parts[:i]), "".join(parts[i + 1 :]), 1, int(parts[i]) - n
    return None


def _number_of(href, numbered, template):
    for n, u in numbered.items():
        if canonical(u) == canonical(href):
            return n
    return _template_number(href, template) if template else None


def _template_number(href, template):
    """The page number ``href`` is by the pager's URL pattern, or None where it does not follow it."""
    prefix, suffix, slope, offset = template
    if href.startswith(prefix) and href.endswith(suffix):
        middle = href[len(prefix) : len(href) - len(suffix)]
        if middle.isdigit():
            n = (int(middle) - offset) * slope
            return n if 0 < n <= MAX_PAGE else None
    return None


def _current(box, numbered, here, pager):
    for n, u in numbered.items():
        if canonical(u) == here:
            return n
    for a in box.iter("a") if rules.on("pager.current_without_href") else ():
        if a.get("onclick"):
            continue  # a link to nowhere that calls the page's function (goPage(2)) leads to that page
        if (a.text or "").strip().isdigit() and (a.get("href") or "#").strip() in (
            "#",
            "javascript:;",
            "javascript:void(0)",
        ):
            return page_number(a.text.strip(), 1)  # DedeCMS's <li class="thisclass"><a>1</a>: a link to nowhere
    for el in box.iter("b", "strong", "span", "font", "em", "li"):
        label = text_of(el)
        if any(tag_name(p) == "a" for p in el.iterancestors()):
            continue  # a number inside a link: a page to go to, or EmpireCMS's record count, never this page
        if label.isdigit() and (el.find(".//a") is None or "cur" in attr_words(el) or tag_name(el) in ("b", "strong")):
            if a_count(el):
                continue  # 共<b>87</b>条 每页<b>10</b>条: the records and the page size, not this page
            return page_number(label, 1)
    n = _number_of(here, numbered, pager.template)
    for box_input in box.iter("input") if not n and rules.on("pager.input_current") else ():
        value = (box_input.get("value") or "").strip()  # 第[3]页 共8页: the jump box shows this page
        if (box_input.get("type") or "text").lower() in ("text", "number") and value.isdigit() and 0 < int(value):
            return page_number(value, 1)
    return n or 1


def noscript_pager(root, url, rows):
    """The pager a reader without scripts sees: inside ``<noscript>``, which the page's layout leaves out as it
    leaves out scripts (a list a script fills, its rows and pager written again for readers without one)."""
    boxes = [n for n in root.iter("noscript") if n.find(".//a") is not None] if rules.on("pager.noscript") else []
    for box in boxes:
        inner = (box.text or "") + "".join(lxml.html.tostring(c, encoding="unicode") for c in box)
        doc = parse_html(as_page(inner))
        pager = find_pager(doc.root, Layout(doc.root), url, None, rows)
        if pager.found:
            return pager
    return None
