"""List pages: rows of article links, the pager, and where the list sits (breadcrumb).

Generic rules: the rows are the largest group of repeated siblings that each
hold one article link, usually with a date; a row's title comes from the
link's ``title=""`` when the link text is cut; the pager is found by its words
(下一页, 尾页, 共N页, 页次:2/5...) and its numbered links, from which the URL of
any page is inferred (``Index_N.aspx``, ``index_N.html``, ``page=N``).
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .breadcrumb import breadcrumb_parts, find_breadcrumb, path_after_school
from .dom import attr_words, parse_html, select, tag_name, text_of
from .layout import Layout
from .links import canonical, clean_href, same_host
from .patterns import (
    DOCUMENT_EXT,
    EMPTY_LIST,
    ICON_IMAGE,
    IMAGE_EXT,
    LAST_WORDS,
    NEXT_WORDS,
    NOT_A_PAGE_EXT,
    PAGER_CURRENT_LAST,
    PAGER_CURRENT_ONLY,
    PAGER_LAST_ONLY,
    PAGER_TOTAL,
    PAGER_WORDS,
    ROW_DATE,
    SCHOOL_NAME,
)
from .profiles import for_url
from .text import clean_line

ROW_TAGS = ("li", "tr", "dd", "dt")
MAX_ROWS = 2000  # a list page with more rows is hostile: the rest are recorded as cut
MAX_LINKS = 10_000  # links of a page looked at; a page of 300,000 links is read this far and the cut recorded
MAX_PAGE = 10**6  # a pager claiming more pages than this is garbage
TITLE_ATTR = re.compile(r"^(?:标题|文章标题|新闻标题)\s*[:：]\s*")
TITLE_ATTR_FIELD = re.compile(r"(?:点击数|点击|发表时间|发布时间|更新时间|作者|时间)\s*[:：]")
ATTR_VISITS = re.compile(r"(?:点击数|点击|浏览次数|访问次数)\s*[:：]\s*(\d+)")
ATTR_DATE = re.compile(r"(?:发表时间|发布时间|更新时间|时间)\s*[:：]\s*([^\r\n]+)")
CUT_MARK = re.compile(r"(?:\.{2,}|…+|。。+)$")


@dataclass
class ListRow:
    url: str
    title: str
    date: str | None = None
    visits: int | None = None
    thumbnail: str | None = None  # an image in the row that is not a badge or bullet


def row_thumbnail(row, list_url):
    """The row's picture, if it has one: an <img> that is not an icon (by name, or drawn under 40 px)."""
    for img in row.iter("img"):
        src = clean_href(img.get("src") or "", list_url)
        small = any((img.get(k) or "").isdigit() and int(img.get(k)) < 40 for k in ("width", "height"))
        if src and not small and not ICON_IMAGE.search(urlsplit(src).path):
            return src
    return None


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

    def url_for(self, n):
        if n == 1 and self.first_url:
            return self.first_url
        if self.template is None:
            return None
        prefix, suffix, slope, offset = self.template
        value = slope * n + offset
        return f"{prefix}{value}{suffix}" if value >= 0 else None


@dataclass
class ListPage:
    url: str
    rows: list = field(default_factory=list)
    pager: Pager = field(default_factory=Pager)
    breadcrumb: list = field(default_factory=list)
    empty: bool = False  # the page says there is nothing (暂无信息)
    cut: int = 0  # rows beyond MAX_ROWS, not taken
    layer: str = "generic"
    score: float = 0.0  # how list-like the page is (for classification)
    dated_rows: int = 0
    links: list = field(default_factory=list)  # every other same-host link: (url, anchor text, menu path)
    offsite: list = field(default_factory=list)

    @property
    def school(self):
        return next((p for p in self.breadcrumb if SCHOOL_NAME.match(p)), None)

    @property
    def category_path(self):
        return self.category_path_without(None)

    def category_path_without(self, school):
        return path_after_school(self.breadcrumb, school)


# ---- rows ------------------------------------------------------------------


def _row_of(a, body):
    """The repeated element a link sits in: the link itself when links are separated by <br>, else li/tr/dd,
    else the ancestor repeated among its siblings."""
    parent = a.getparent()
    if parent is not None and sum(1 for c in parent if c.tag == "a") >= 3 and parent.find("br") is not None:
        return a  # links separated by <br>: each link is a row, its date in the tail
    el = a
    for _ in range(5):
        if el is body or el is None:
            break
        if tag_name(el) in ROW_TAGS:
            return el
        el = el.getparent()
    el = a
    for _ in range(4):
        parent = el.getparent()
        if parent is None or parent is body:
            break
        if el is not a and sum(1 for c in parent if c.tag == el.tag) >= 2:
            return el
        el = parent
    return None


def _parent_signature(row):
    """Rows of one list share a parent's place and a tag; a div row (no li/tr) shares its class too."""
    parent = row.getparent()
    own_class = None if tag_name(row) in ROW_TAGS or tag_name(row) == "a" else row.get("class")
    return (parent.getparent(), tag_name(parent), parent.get("class"), tag_name(row), own_class)


def _row_text(row, a):
    if row is a:
        return clean_line((a.tail or "")[:40])
    return text_of(row)


def _title_of(a):
    text = text_of(a)
    attr = clean_line((a.get("title") or "").replace("\r", "\n").split("\n")[0])
    attr = TITLE_ATTR.sub("", attr)
    cut = TITLE_ATTR_FIELD.search(attr)
    attr = attr[: cut.start()].strip() if cut else attr
    stem = CUT_MARK.sub("", text).strip()
    if attr and (not text or attr.startswith(stem) or "".join(attr.split()).startswith("".join(stem.split()))):
        return attr
    return text or attr


def _attr_fields(a):
    raw = a.get("title") or ""
    visits = ATTR_VISITS.search(raw)
    date = ATTR_DATE.search(raw)
    return (int(visits.group(1)) if visits and int(visits.group(1)) < 2**53 else None), (
        clean_line(date.group(1)) if date else None
    )


def find_rows(root, lay, url, portal_url, profiles=()):
    """(rows, dated rows, score, cut) of the best group of repeated article links."""
    groups = {}
    for n, a in enumerate(lay.body.iter("a")):
        if n >= MAX_LINKS:
            break
        if a in lay.boiler or not a.get("href"):
            continue
        href = clean_href(a.get("href"), url)
        if not href or not same_host(href, portal_url or url) or _not_a_page(href):
            continue
        row = _row_of(a, lay.body)
        if row is None:
            continue
        groups.setdefault(_parent_signature(row), {}).setdefault(row, []).append((a, href))
    best, best_score = None, 0.0
    for rows in groups.values():
        rows = {row: links for row, links in rows.items() if _row_sized(lay, row)}
        score, picked = _score_group(rows, url)
        if score > best_score:
            best, best_score = picked, score
    if not best:
        return [], 0, 0.0, 0
    dated = sum(1 for r in best if r.date)
    return best[:MAX_ROWS], dated, best_score, max(0, len(best) - MAX_ROWS)


MAX_ROW_CHARS = 400
MAX_ROW_LINKS = 6


def _row_sized(lay, row):
    """A row is one line of a list: short, with a link or a few, not a page section."""
    stats = lay.stats.get(row)
    return stats is None or (lay.chars(row) <= MAX_ROW_CHARS and stats[4] <= MAX_ROW_LINKS)


def _not_a_page(href):
    path = urlsplit(href).path
    return bool(DOCUMENT_EXT.search(path) or IMAGE_EXT.search(path) or NOT_A_PAGE_EXT.search(path))


def _score_group(rows, list_url):
    """Score a group of rows; a row's article link is its longest link whose URL no other row shares."""
    counts = {}
    for links in rows.values():
        for _, href in {h: (a, h) for a, h in links}.values():
            counts[href] = counts.get(href, 0) + 1
    picked, score = [], 0.0
    here = canonical(list_url)
    for row, links in rows.items():
        own = [(a, h) for a, h in links if counts[h] == 1 and canonical(h) != here]
        if not own:
            continue
        a, href = max(own, key=lambda x: len(text_of(x[0])) + len(x[0].get("title") or ""))
        title = _title_of(a)
        if (
            not title
            or title.strip("[]【】") in NEXT_WORDS + LAST_WORDS
            or PAGER_WORDS.fullmatch(title)
            or title.isdigit()
        ):
            continue
        rest = _row_text(row, a).replace(text_of(a), " ")
        date = ROW_DATE.search(rest)
        visits, attr_date = _attr_fields(a)
        row_date = date.group(0) if date else attr_date
        picked.append(ListRow(href, title, row_date, visits, row_thumbnail(row, list_url)))
        score += 1 + 2 * bool(row_date) + (len(title) >= 8)
    dated = sum(1 for r in picked if r.date)
    long_titles = sum(1 for r in picked if len(r.title) >= 6)
    if not dated and (len(picked) < 3 or long_titles < len(picked) / 2):
        return 0.0, []  # undated rows must be many and look like titles, not a menu or a trail
    return score, picked


# ---- pager --------------------------------------------------------------------


def find_pager(root, lay, url, profile_pager=None):
    """The pager: current and last page, total records, and how to reach any page."""
    pager = Pager()
    box = profile_pager[0] if profile_pager else _pager_box(lay)
    if box is None:
        return pager
    pager.found = True
    text = text_of(box)
    for rx in PAGER_CURRENT_LAST:
        m = rx.search(text)
        if m:
            pager.current, pager.last = _page_number(m.group(1), 0), _page_number(m.group(2), 1)
            break
    else:
        m = PAGER_LAST_ONLY.search(text)
        pager.last = _page_number(m.group(1), 1) if m else 1
        m = PAGER_CURRENT_ONLY.search(text)
        pager.current = _page_number(m.group(1), 0) if m else 0
    pager.total = _total(text)
    numbered, here = {}, canonical(url)
    for a in box.iter("a"):
        href = clean_href(a.get("href"), url)
        label = text_of(a)
        if not href:
            continue
        pager.links.add(href)
        if label.isdigit() and 0 < int(label) <= MAX_PAGE:
            numbered.setdefault(int(label), href)
        elif label.strip("[]【】") in NEXT_WORDS and pager.next_url is None and canonical(href) != here:
            pager.next_url = href
        elif label.strip("[]【】") in LAST_WORDS:
            pager.last_url = href
    for option in box.iter("option"):  # a jump box: <option value="list_12_3.html">3</option>
        label, value = re.sub(r"\D", "", text_of(option)), option.get("value") or ""
        href = clean_href(value, url) if re.search(r"[/.=]", value) else None
        if label and href and len(label) < 7:
            numbered.setdefault(int(label), href)
    pager.template = _template(numbered)
    if 1 in numbered:
        pager.first_url = numbered[1]
    if not pager.current:
        pager.current = _current(box, numbered, here, pager)
    if pager.template is None and pager.next_url and pager.last_url and pager.last > pager.current + 1:
        # only 下一页 and 尾页 are links: two points of the URL pattern
        pager.template = _template({**numbered, pager.current + 1: pager.next_url, pager.last: pager.last_url})
    last_from_links = _number_of(pager.last_url, numbered, pager.template) if pager.last_url else None
    pager.last = max(pager.last, last_from_links or 0, max(numbered, default=1), pager.current)
    if pager.last_url is None and pager.template:
        pager.last_url = pager.url_for(pager.last)
    return pager


def _page_number(digits, default):
    value = int(digits)
    return value if 0 < value <= MAX_PAGE else default


def _total(text):
    """Records in the list: 共87条记录, 共有47篇; else a count of 条 not per page (共 5页47条, not 每页20条)."""
    m = PAGER_TOTAL.search(text)
    if m is None:
        m = next(
            (x for x in re.finditer(r"(\d+)\s*条", text) if "每页" not in text[max(0, x.start() - 3) : x.start()]),
            None,
        )
    return int(m.group(1)) if m and int(m.group(1)) < 2**53 else None


TRS_PAGER = re.compile(r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*[\"'](\w+)[\"']\s*,\s*[\"'](\w+)[\"']")


def script_pager(text, url):
    """TRS WCM writes its pager with a script: createPageHTML(pages, current from 0, "index", "shtml")."""
    m = TRS_PAGER.search(text)
    if m is None:
        return None
    pages, current, prefix, ext = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
    base = url.rsplit("/", 1)[0] + "/"
    return Pager(current=current + 1, last=max(1, pages), template=(f"{base}{prefix}_", f".{ext}", 1, -1),
                 first_url=f"{base}{prefix}.{ext}", last_url=f"{base}{prefix}_{pages - 1}.{ext}" if pages > 1 else None,
                 found=True)  # fmt: skip


def _pager_box(lay):
    """The smallest element whose text has pager words and which holds links or a page count."""
    best = None
    for el in lay.stats:
        text = None if lay.chars(el) > 600 or tag_name(el) in ("a", "html", "body") else lay.short_text(el)
        if text is None:
            continue
        if len(PAGER_WORDS.findall(text)) >= 2 or re.search(r"共\s*\d+\s*页|页次", text):
            if best is None or lay.chars(el) > lay.chars(best):
                best = el  # the widest match: the whole pager, not one of its words
    return best


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
    if template:
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
    for el in box.iter("b", "strong", "span", "font", "em", "li"):
        label = text_of(el)
        if label.isdigit() and (el.find(".//a") is None or "cur" in attr_words(el) or tag_name(el) in ("b", "strong")):
            return _page_number(label, 1)
    n = _number_of(here, numbered, pager.template)
    return n or 1


# ---- the page -----------------------------------------------------------------------


def parse_list_page(text, url, portal_url=None, profiles=(), doc=None, layout=None) -> ListPage:
    doc = doc or parse_html(text)
    root = doc.root
    lay = layout or Layout(root)
    profile, kind = for_url(profiles, urlsplit(url).path)
    profile = profile if kind == "list" else None
    page = ListPage(url=url)
    rows, page.dated_rows, page.score, page.cut = _profile_rows(root, url, profile)
    if rows:
        page.layer = "profile"
    else:
        rows, page.dated_rows, page.score, page.cut = find_rows(root, lay, url, portal_url)
    if not rows and DATASTORE.search(text):
        rows, page.dated_rows, page.score, page.cut = datastore_rows(text, url, portal_url)
        page.layer = "datastore"
    page.rows = rows
    boxes = select(root, profile.selectors["list.pager"]) if profile and "list.pager" in profile.selectors else None
    page.pager = find_pager(root, lay, url, boxes or None)
    if not page.pager.template:
        page.pager = script_pager(text, url) or page.pager
    crumb = _profile_crumb(root, profile)
    crumb = crumb if crumb is not None else find_breadcrumb(root, lay)
    if crumb is not None:
        page.breadcrumb, _ = breadcrumb_parts(crumb, url, profile)
    page.empty = not rows and bool(EMPTY_LIST.search(text_of(lay.body)))
    page.links, page.offsite = hub_links(lay, url, portal_url, {r.url for r in rows} | page.pager.links)
    return page


DATASTORE = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)


def datastore_rows(text, url, portal_url):
    """Hanweb (大汉) lists keep their rows in a script: <datastore><record><![CDATA[<li>…</li>]]></record>."""
    html = "<ul>" + "".join(DATASTORE.findall(text)) + "</ul>"
    doc = parse_html(f"<html><body>{html}</body></html>")
    return find_rows(doc.root, Layout(doc.root), url, portal_url)


def _profile_rows(root, url, profile):
    if profile is None or "list.rows" not in profile.selectors:
        return [], 0, 0.0, 0
    rows = []
    for tr in select(root, profile.selectors["list.rows"]):
        links = [a for a in tr.iter("a") if a.get("href")]
        if not links:
            continue
        a = links[0]
        href = clean_href(a.get("href"), url)
        if not href:
            continue
        date_el = select(tr, profile.selectors["list.row_date"]) if "list.row_date" in profile.selectors else []
        date = text_of(date_el[0]) if date_el else None
        rows.append(ListRow(href, _title_of(a), date))
    dated = sum(1 for r in rows if r.date)
    return rows[:MAX_ROWS], dated, float(len(rows) + 2 * dated), max(0, len(rows) - MAX_ROWS)


def _profile_crumb(root, profile):
    if profile is None or "list.position" not in profile.selectors:
        return None
    found = select(root, profile.selectors["list.position"])
    return found[0] if found else None


def menu_path(a):
    """Labels of the menus a link is nested in, outermost first: 财务公开 > 收费公示."""
    labels = []
    el = a.getparent()
    seen_item = False
    while el is not None and tag_name(el) not in ("body", "html"):
        if tag_name(el) in ("li", "dd", "dt"):
            if seen_item:
                own = next((c for c in el if tag_name(c) == "a" or (len(c) and c[0].tag == "a")), None)
                if own is not None:
                    link = own if tag_name(own) == "a" else own[0]
                    labels.insert(0, text_of(link))
            seen_item = True
        el = el.getparent()
    return labels


def hub_links(lay, url, portal_url, exclude=()):
    """Same-host links worth following from a hub or list, with their anchor text and menu path; off-site links apart."""
    out, offsite, seen = [], [], set(exclude)
    for n, a in enumerate(lay.body.iter("a")):
        if n >= MAX_LINKS:
            break
        href = clean_href(a.get("href"), url)
        if not href or href in seen:
            continue
        seen.add(href)
        if not same_host(href, portal_url or url):
            offsite.append(href)
            continue
        label = text_of(a) or clean_line(a.get("title") or "")
        out.append((href, label, menu_path(a)))
    return out, offsite


TITLE_WORDS = re.compile(r"[，。！？、：:；,!?（）()《》“”]|关于|通知|公示|举行|举办|获评|开展|活动|成功|召开")
MIN_SCHOOLS = 3  # a page of school links names several: one link named like a school is a category or a title


def school_labels(links):
    """The labels of links that name schools, when the page lists several (a portal's home or stage page)."""
    found = {label for _, label, _ in links if label and SCHOOL_NAME.match(label) and not TITLE_WORDS.search(label)}
    return found if len(found) >= MIN_SCHOOLS else set()
