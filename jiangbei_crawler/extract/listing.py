"""List pages: rows of article links, the pager, and where the list sits (breadcrumb).

Generic rules: the rows are the largest group of repeated siblings that each
hold one article link, usually with a date; a row's title comes from the
link's ``title=""`` when the link text is cut; the pager (``pager.py``) is found by its words
(下一页, 尾页, 共N页, 页次:2/5...) and its numbered links, from which the URL of
any page is inferred (``Index_N.aspx``, ``index_N.html``, ``page=N``).
"""

import re
from dataclasses import dataclass, field
from itertools import chain
from urllib.parse import urlsplit

from . import rules
from .api_lists import api_list
from .breadcrumb import breadcrumb_parts, find_breadcrumb, path_after_school
from .dom import as_page, parse_html, select, tag_name, text_of
from .layout import Layout
from .links import canonical, clean_href, same_host
from .menus import MAX_LINKS, link_targets, script_nodes
from .pager import Pager, find_pager, noscript_pager
from .patterns import (
    DOCUMENT_EXT,
    EMPTY_LIST,
    ICON_IMAGE,
    IMAGE_EXT,
    LAST_WORDS,
    MORE_LINK,
    NEXT_WORDS,
    NOT_A_PAGE_EXT,
    PAGER_WORDS,
    ROW_DATE,
    SCHOOL_NAME,
)
from .profiles import for_url
from .row_dates import month_box, row_day
from .rows import (
    ENTRY_HEADINGS,
    ROW_TAGS,
    card_parts,
    cell_title,
    dated_link,
    entry_after,
    headline_before,
    pinned_groups,
    row_of,
    title_of,
)
from .script_pagers import datastore_pager, script_pager
from .text import clean_line
from .written import inline_written, site_scripts

MAX_ROWS = 2000  # a list page with more rows is hostile: the rest are recorded as cut
DIGITS = re.compile(r"\d+")


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
    frames: list = field(default_factory=list)  # same-host <frame>/<iframe> pages, also among ``links``
    api: dict | None = None  # the JSON API a script fills this empty list from (api_lists.api_list)
    scripts: list = field(default_factory=list)  # the site's own script files, where a menu may be written

    @property
    def school(self):
        return next((p for p in self.breadcrumb if SCHOOL_NAME.match(p)), None)

    @property
    def category_path(self):
        return self.category_path_without(None)

    def category_path_without(self, school):
        return path_after_school(self.breadcrumb, school)


# ---- rows ------------------------------------------------------------------


def _parent_signature(row):
    """Rows of one list share a parent's place and a tag; a div row (no li/tr) shares its class too."""
    parent = row.getparent()
    own_class = None if tag_name(row) in ROW_TAGS or tag_name(row) == "a" else row.get("class")
    if own_class and rules.on("list.entry_rows"):  # post-235 post category-a …: one entry's classes, its id first
        own_class = DIGITS.sub("9", own_class.split()[0])
    box = month_box(parent) if tag_name(parent) in ("ul", "ol", "table", "tbody", "dl") else None
    if box is not None:  # a month's box among its like: the months' rows are one list
        return (box.getparent(), tag_name(box), box.get("class"), tag_name(parent), tag_name(row), own_class)
    return (parent.getparent(), tag_name(parent), parent.get("class"), tag_name(row), own_class)


def _row_text(row, a):
    if row is a:
        after = clean_line((a.tail or "")[:40])
        if ROW_DATE.search(after) or not rules.on("list.date_before_link"):
            return after
        # 2023-05-06 <a>…</a><br>: the date before the link, after the <br> that ends the row before
        prev = a.getprevious()
        return f"{clean_line(((prev.tail if prev is not None else a.getparent().text) or '')[-24:])} {after}"
    if tag_name(row) in ENTRY_HEADINGS and rules.on("list.heading_entries"):
        return f"{text_of(row)} {entry_after(row)}"  # <h3><a>…</a></h3><p>summary</p><div>发布时间：…</div>
    return text_of(row)


def find_rows(root, lay, url, portal_url, profiles=()):
    """(rows, dated rows, score, cut) of the best group of repeated article links."""
    groups = {}
    for n, (a, raw) in enumerate(link_targets(lay.root, lay.body)):
        if n >= MAX_LINKS:
            break
        if a in lay.boiler or tag_name(a) in ("area", "frame", "iframe", "option"):
            continue
        href = clean_href(raw, url)
        if not href or not same_host(href, portal_url or url) or not _row_target(href):
            continue
        row = row_of(a, lay.body)
        if row is None:
            continue
        groups.setdefault(_parent_signature(row), {}).setdefault(row, []).append((a, href))
    best, best_rank = None, (False, 0, 0.0)  # (dated or long, rows under its column, score): the list a reader sees
    for key, rows in groups.items():
        rows = {row: links for row, links in rows.items() if _row_sized(lay, row)}
        score, picked = _score_group(rows, url)
        rank = (_dated_or_long(picked), _under_column(picked, url), score)
        if score > 0 and (best is None or rank > best_rank):
            best, best_rank, first, best_key = picked, rank, next(iter(rows)), key
    if not best:
        return [], 0, 0.0, 0
    best = [r for k in pinned_groups(groups, best_key) for r in _score_group(groups[k], url)[1] if r.date] + best
    lead = headline_before(first, {r.url for r in best}, url) if best[0].date else None
    best = [ListRow(*lead)] + best if lead else best
    dated = sum(1 for r in best if r.date)
    return best[:MAX_ROWS], dated, best_rank[2], max(0, len(best) - MAX_ROWS)


# a table's header cells, linked to sort the list by them: no row's title
COLUMN_LABELS = frozenset(
    "标题 名称 文件名称 信息名称 发布日期 发布时间 日期 时间 发布单位 发布机构 来源 序号 点击 浏览 文号".split()
)
SIDE_BOX_ROWS = 10  # undated links a side box (热点, 推荐, 便民服务) shows at most


def _dated_or_long(picked):
    """A group with dated rows, or too many undated ones for a side box: a short dated list (two PDFs on a last
    page) comes before a side box of undated links, whatever their numbers."""
    if not rules.on("list.dated_before_side_box"):
        return True
    return any(r.date for r in picked) or len(picked) > SIDE_BOX_ROWS


def _under_column(picked, url):
    """Rows whose articles live under the list's own folder (/zcjd/ lists /zcjd/2023/0506/6621.html): the
    column's list, where side boxes beside it, however long, list other columns' articles (government and
    school templates show 最新信息 and 热点 boxes on every column's page)."""
    folder = urlsplit(url).path.rsplit("/", 1)[0] + "/"
    if folder == "/" or len(picked) < 2 or not rules.on("list.under_its_column"):
        return 0
    under = sum(urlsplit(r.url).path.startswith(folder) for r in picked)
    return under if under * 2 >= len(picked) else 0  # how many: a side box of the column's 热点 has fewer


MAX_ROW_CHARS = 400
MAX_ROW_LINKS = 6


def _row_sized(lay, row):
    """A row is one line of a list: short, with a link or a few, not a page section; an ``<article>`` (an HTML5
    entry: blog themes list whole posts) may be long."""
    stats = lay.stats.get(row)
    entry = tag_name(row) == "article" and rules.on("list.entry_rows")
    return stats is None or ((entry or lay.chars(row) <= MAX_ROW_CHARS) and stats[4] <= MAX_ROW_LINKS * (1 + 4 * entry))


def _row_target(href):
    path = urlsplit(href).path  # a page, or a file a row links as its record; never an image or other file
    if DOCUMENT_EXT.search(path):
        return rules.on("list.document_rows")
    return not (IMAGE_EXT.search(path) or NOT_A_PAGE_EXT.search(path))


def is_document_row(href):
    """A row linking its file itself (信息公开, fund disclosures: 2021年3月收支公开表.pdf, dated): the file is the record."""
    return rules.on("list.document_rows") and bool(DOCUMENT_EXT.search(urlsplit(href).path))


MAX_SCHOOL_NAME = 16  # characters of a school's full name (宁波市江北区洪塘中心小学); a longer title is a sentence


def _score_group(rows, list_url):
    """Score a group of rows; a row's article link is its longest link whose URL no other row shares."""
    counts = {}
    for links in rows.values():
        for _, href in {h: (a, h) for a, h in links}.values():
            counts[href] = counts.get(href, 0) + 1
    picked, score = [], 0.0
    here = canonical(list_url)
    for row, links in rows.items():
        # a box's 更多>> leads to a list, never to the row's article (a 信息公开 landing page of boxes)
        own = [
            (a, h) for a, h in links if counts[h] == 1 and canonical(h) != here and not MORE_LINK.fullmatch(text_of(a))
        ]
        if not own:
            continue
        a, href = max(own, key=lambda x: len(text_of(x[0])) + len(x[0].get("title") or ""))
        card = card_parts(a) if row is a and rules.on("list.cards") else None
        card = card or (dated_link(a) if tag_name(a) == "a" and len(a) else None)
        title = card[0] if card else title_of(a) if tag_name(a) == "a" else cell_title(a)
        if (
            not title
            or (title in COLUMN_LABELS and rules.on("list.column_labels"))  # a header row of sort links
            or title.strip("[]【】") in NEXT_WORDS + LAST_WORDS
            or PAGER_WORDS.fullmatch(title)
            or title.isdigit()
        ):
            continue
        if card:
            rest = card[1]
        else:
            rest = (
                _row_text(row, a).replace(text_of(a), " ") if tag_name(a) == "a" else text_of(row).replace(title, " ")
            )
        title, row_date, visits = row_day(row, a, title, rest)
        if row_date is None and len(title) <= MAX_SCHOOL_NAME and SCHOOL_NAME.match(title):
            if rules.on("list.school_links_are_hubs"):
                continue  # an undated link named like a school leads to its site, never to one article
        if row_date is None and is_document_row(href):
            continue  # an undated file link is an attachment beside the text, not a record of a list
        picked.append(ListRow(href, title, row_date, visits, row_thumbnail(row, list_url)))
        score += 1 + 2 * bool(row_date) + (len(title) >= 8)
    dated = sum(1 for r in picked if r.date)
    long_titles = sum(1 for r in picked if len(r.title) >= 6)
    if not dated and (len(picked) < 3 or long_titles < len(picked) / 2):
        return 0.0, []  # undated rows must be many and look like titles, not a menu or a trail
    return score, picked


# ---- the page -----------------------------------------------------------------------


def parse_list_page(text, url, portal_url=None, profiles=(), doc=None, layout=None) -> ListPage:
    doc = doc or parse_html(text, url)  # a tree classify read has its links resolved already
    root = doc.root
    lay = layout or Layout(root)
    profile, kind = for_url(profiles, url)
    profile = profile if kind == "list" else None
    page = ListPage(url=url)
    rows, page.dated_rows, page.score, page.cut = _profile_rows(root, url, profile)
    if rows:
        page.layer = "profile"
    else:
        rows, page.dated_rows, page.score, page.cut = find_rows(root, lay, url, portal_url)
    if (not rows or rules.on("list.datastore_first")) and DATASTORE.search(text):
        # the column's own records (Hanweb): before any group of links the page shows beside them (热点关注)
        found = datastore_rows(text, url, portal_url)
        if found[0]:
            rows, page.dated_rows, page.score, page.cut = found
            page.layer = "datastore"
    page.rows = rows
    boxes = select(root, profile.selectors["list.pager"]) if profile and "list.pager" in profile.selectors else None
    page.pager = find_pager(root, lay, url, boxes or None, {r.url for r in rows})
    if not page.pager.found:
        page.pager = noscript_pager(root, url, {r.url for r in rows}) or page.pager
    if not page.pager.template:
        page.pager = script_pager(text, url) or page.pager
    if page.layer == "datastore" or "startrecord=" in url:  # a dataproxy.jsp answer may parse as plain rows
        page.pager = datastore_pager(text, url, len(DATASTORE.findall(text))) or page.pager
    crumb = _profile_crumb(root, profile)
    crumb = crumb if crumb is not None else find_breadcrumb(root, lay)
    if crumb is not None:
        page.breadcrumb, _ = breadcrumb_parts(crumb, url, profile)
    page.empty = not rows and bool(EMPTY_LIST.search(text_of(lay.body)))
    # an empty shell its script fills, or rows a 加载更多 script continues from an API (no pager of links)
    continued = rows and "fetch(" in text and rules.on("list.fetch_api")  # a page of rows a script goes on with
    page.api = None if page.pager.found or (rows and not continued) else api_list(root, url)
    page.links, page.offsite, page.frames = hub_links(lay, url, portal_url, {r.url for r in rows} | page.pager.links)
    page.scripts = site_scripts(root, url, portal_url)
    return page


DATASTORE = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S)


def datastore_rows(text, url, portal_url):
    """Hanweb (大汉) lists keep their rows in a script: <datastore><record><![CDATA[<li>…</li>]]></record>."""
    html = "<ul>" + "".join(DATASTORE.findall(text)) + "</ul>"
    doc = parse_html(as_page(html))
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
        rows.append(ListRow(href, title_of(a), date))
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
    out, offsite, frames, seen = [], [], [], set(exclude)
    for n, (a, raw) in enumerate(chain(link_targets(lay.root), _written_targets(lay.root))):
        if n >= MAX_LINKS:
            break
        href = clean_href(raw, url)
        if not href or href in seen:
            continue
        seen.add(href)
        if not same_host(href, portal_url or url):
            offsite.append(href)
            continue
        label = text_of(a) or clean_line(a.get("title") or a.get("alt") or "")
        out.append((href, label, menu_path(a)))
        if a.tag in ("frame", "iframe"):
            frames.append(href)
    for label, raw in script_nodes(lay.root):
        href = clean_href(raw, url)
        if href and href not in seen and same_host(href, portal_url or url):
            seen.add(href)
            out.append((href, label, []))
    return out, offsite, frames


def _written_targets(root):
    """Links the page's own scripts write (a menu of document.write lines)."""
    written = inline_written(root)
    return link_targets(parse_html(as_page(written)).root) if written else ()
