"""Where a list's row is (the repeated element a link sits in), and the shapes a row comes in beyond one line with
a link: a ``<dl>`` entry (its ``<dt>`` title and ``<dd>`` summary and date) and a link that is a whole card
(``<a><h3>title</h3><span>date</span></a>``)."""

import re

from . import rules
from .dom import tag_name, text_of
from .links import canonical, clean_href, is_folder_index
from .patterns import ROW_DATE
from .text import clean_line

NUMBER = re.compile(r"\d+")

ROW_TAGS = ("li", "tr", "dd", "dt")


def entry_dl(el):
    """A ``<dl>`` of one ``<dt>`` (its title) and ``<dd>``s (summary, date): the entry is the whole ``<dl>``, so
    its date is the row's (Discuz! portal lists, many news templates)."""
    dl = el.getparent()
    if tag_name(el) not in ("dt", "dd") or dl is None or tag_name(dl) != "dl" or not rules.on("list.dl_entries"):
        return None
    kids = [c for c in dl if isinstance(c.tag, str)]
    one_title = sum(1 for c in kids if tag_name(c) == "dt") == 1
    # a <dt> heading over <dd>s that each link their own article is a list of rows, not one entry; a <dd>
    # linking the title's own article (its thumbnail) is part of the entry
    own = (
        {a.get("href") for c in kids if tag_name(c) == "dt" for a in c.iter("a")}
        if rules.on("list.dl_thumbnail")
        else set()
    )
    linked = sum(1 for c in kids if tag_name(c) == "dd" and any(a.get("href") not in own for a in c.iter("a")))
    return dl if one_title and linked <= 1 else None


CARD_HEADINGS = ("h2", "h3", "h4", "h5", "strong", "b")
CARD_PARTS = ("div", "p", "span", "em", "i", "time", "dl", "dt", "dd", *CARD_HEADINGS)


def card_parts(a):
    """(title, the rest) of a link that is a card, a block of several parts (SiteServer, VSB: ``<a><h3>title</h3>
    <span>date</span><p>summary</p></a>``, no li), else None. The title is its heading, else its first part
    that is not a date (a summary comes after the title)."""
    parts = [(tag_name(c), text_of(c)) for c in _card_children(a) if tag_name(c) in CARD_PARTS]
    parts = [(tag, text) for tag, text in parts if text]
    if len(parts) < 2:
        return None
    headings = [text for tag, text in parts if tag in CARD_HEADINGS]
    title = (headings or [text for _, text in parts if not ROW_DATE.fullmatch(text.strip())] or [parts[0][1]])[0]
    return title, " ".join(text for _, text in parts if text is not title)


def dated_link(a):
    """(title, date) of a link holding its date as an element of its own (a mobile list's ``<li><a><h4>title</h4>
    <p class="time">2023-06-01</p></a></li>``, ``<a><span>title</span><em>2023-06-02</em></a>``), else None."""
    if not rules.on("list.date_inside_link"):
        return None
    for el in a.iterdescendants():
        if isinstance(el.tag, str) and not len(el):
            shown = text_of(el)
            if shown and ROW_DATE.fullmatch(shown.strip()):
                heading = next((text_of(h) for h in a.iter("h2", "h3", "h4", "h5", "h6") if text_of(h)), None)
                rest = heading or clean_line("".join(_texts_but(a, el)))
                return (rest, shown) if rest else None
    return None


def _texts_but(a, skip):
    """The link's texts in order, without the date element's own text (its tail stays)."""
    yield a.text or ""
    for el in a.iterdescendants():
        if el is not skip and isinstance(el.tag, str):
            yield el.text or ""
        yield el.tail or ""


def _cells_are_rows(td):
    tr = td.getparent()
    if tr is None or tag_name(tr) != "tr" or not rules.on("list.cells_as_rows"):
        return False
    cells = [c for c in tr if tag_name(c) in ("td", "th") and c.find(".//a") is not None]
    return len(cells) >= 2 and all(_one_target(c) and ROW_DATE.search(text_of(c)) for c in cells)


def _one_target(cell):
    """A cell with one link, or a picture's link and its caption's to one page (ASP 图片新闻 tables)."""
    hrefs = [a.get("href") for a in cell.iter("a")]
    return len(hrefs) == 1 or (rules.on("list.picture_cells") and len(set(hrefs)) == 1)


def pinned_groups(groups, best):
    """The group of rows in the same markup as ``best``'s in a wrapper of its own right before best's wrapper
    (<div class="top-list"><ul class="list">置顶 rows</ul></div><div class="normal-list"><ul class="list">…): the
    list's pinned rows. Keys are the rows' signatures, their wrapper first."""
    if not rules.on("list.pinned_wrapper") or best[0] is None or tag_name(best[0]) not in ("div", "section"):
        return []  # a list of a class in a block of its own: never a layout table's cell beside a side box's
    twins = [k for k in groups if k[1:] == best[1:] and best[2] and k[0] is not None and k[0].getnext() is best[0]]
    return [k for k in twins if _pinned(k[0])]


PINNED = re.compile(r"\b(?:top|zd|zhiding|ding|stick\w*|pin\w*)\b", re.I)


def _pinned(wrapper):
    """A block of pinned rows: marked so (a top-list class, 置顶 or 顶 badges), with no heading of its own (a
    热点 box is a box of its own)."""
    if next(wrapper.iter("h2", "h3", "h4", "h5"), None) is not None:
        return False
    marks = " ".join(f"{e.get('class') or ''} {e.get('id') or ''}" for e in wrapper.iter())
    return bool(PINNED.search(marks.replace("-", " ").replace("_", " "))) or "置顶" in text_of(wrapper)


SHOWN_CN_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def leaf_month_day(row, a):
    """A row's month and day in an element of their own (<span>5月6日</span>, VSB), as 05-06: no year is shown."""
    if not rules.on("list.cn_month_day"):
        return None
    for el in row.iter():
        if el is not a and isinstance(el.tag, str) and not len(el) and el not in a.iterdescendants():
            m = SHOWN_CN_MONTH_DAY.fullmatch((el.text or "").strip())
            if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
                return f"{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return None


def _card_children(a):
    """The card's parts: its children, and those of a wrapper among them (<div class="card-body"> holding the
    title, the summary and the time beside <div class="card-cover">)."""
    for c in a:
        if not isinstance(c.tag, str):
            continue
        kids = [k for k in c if isinstance(k.tag, str) and text_of(k)]
        if tag_name(c) in ("div", "section") and len(kids) >= 2 and rules.on("list.card_wrapper"):
            yield from kids
        else:
            yield c


ENTRY_HEADINGS = ("h2", "h3", "h4", "h5")
ENTRY_REACH = 200  # characters after an entry's heading where its date stands


def entry_after(heading):
    """The text after an entry's heading up to the next like it (a blog's <h3><a>title</a></h3><p>summary</p>
    <div class="meta">发布时间：…</div>, with no element around each entry): where its date is."""
    out = []
    for sib in heading.itersiblings():
        if not isinstance(sib.tag, str) or sib.tag == heading.tag or sum(map(len, out)) > ENTRY_REACH:
            break
        out.append(text_of(sib))
    return " ".join(out)[:ENTRY_REACH]


HEADLINE_TAGS = ("h2", "h3", "h4")


def headline_before(first_row, hrefs, url):
    """(url, title, day) of the one entry set above a dated list, shaped apart (a picture, a heading, a summary
    and its [详细] link, a date): the list's newest row, drawn large (news centres' and portals' column pages)."""
    box = first_row.getparent()
    lead = box.getprevious() if box is not None and rules.on("list.headline_entry") else None
    while lead is not None and not isinstance(lead.tag, str):
        lead = lead.getprevious()
    heading = next(lead.iter(*HEADLINE_TAGS), None) if lead is not None else None
    link = heading.find(".//a") if heading is not None else None
    if link is None or not link.get("href"):
        return None
    href = clean_href(link.get("href"), url)
    targets = {clean_href(a.get("href") or "", url) for a in lead.iter("a")}
    day = ROW_DATE.search(text_of(lead).replace(text_of(link), " "))
    if not href or href in hrefs or targets != {href} or day is None or len(text_of(lead)) > 600:
        return None
    if canonical(href) == canonical(url) or is_folder_index(href) or "今天" in text_of(lead):
        return None  # a column's heading linking its own list, beside a today's-date banner
    return href, text_of(link).strip(), day.group(0)


def row_of(a, body):
    """The repeated element a link sits in: the link itself when links are separated by <br>, else li/tr/dd,
    else the ancestor repeated among its siblings."""
    parent = a.getparent()
    if parent is not None and sum(1 for c in parent if c.tag == "a") >= 3:
        if parent.find("br") is not None or (rules.on("list.cards") and card_parts(a)):
            return a  # links separated by <br> (the date in the tail), or cards: each link is a row
    el = a
    for _ in range(5):
        if el is body or el is None:
            break
        if tag_name(el) in ROW_TAGS:
            dl = entry_dl(el)
            return el if dl is None else dl
        if tag_name(el) == "td" and _cells_are_rows(el):
            return el  # two articles side by side in one <tr>, each cell its link and its date (EmpireCMS)
        el = el.getparent()
    el = a
    for depth in range(5 if rules.on("list.deep_cards") else 4):
        parent = el.getparent()
        if parent is None or parent is body:
            break
        # as deep as col > card > card-body > h5 > a only in a grid of like columns (Bootstrap's col-md-4 cards)
        cls = _class_kind(el) if depth == 4 else None
        like = [c for c in parent if c.tag == el.tag and (depth < 4 or (cls and _class_kind(c) == cls))]
        if rules.on("list.like_siblings") and el.get("class"):
            # the cells of one row (span.c1 span.c2 span.c3) share a tag, not a class: rows share one
            like = [c for c in like if set(el.get("class").split()) & set((c.get("class") or "").split())]
        if el is not a and len(like) >= 2:
            return el
        el = parent
    return None


def _class_kind(el):
    """An element's classes without the numbers that tell one entry from the next (line_63, post-235: site
    builders and blog themes number each entry's class)."""
    classes = (el.get("class") or "").split()
    return frozenset(NUMBER.sub("9", c) for c in classes) if rules.on("list.numbered_classes") else " ".join(classes)


# a row link's title="" tooltip: 标题：… 点击数：… 发表时间：… (PowerEasy, ASP list templates)
TITLE_ATTR = re.compile(r"^(?:标题|文章标题|新闻标题)\s*[:：]\s*")
TITLE_ATTR_FIELD = re.compile(r"(?:点击数|点击|发表时间|发布时间|更新时间|作者|时间)\s*[:：]")
ATTR_VISITS = re.compile(r"(?:点击数|点击|浏览次数|访问次数)\s*[:：]\s*(\d+)")
ATTR_DATE = re.compile(r"(?:发表时间|发布时间|更新时间|时间)\s*[:：]\s*([^\r\n]+)")
CUT_MARK = re.compile(r"(?:\.{2,}|…+|。。+)$")


def cell_title(el):
    """A row that is itself the link (<tr onclick="openDetail('…')">): its longest cell is the title."""
    return max((text_of(c) for c in el if isinstance(c.tag, str)), key=len, default="") or text_of(el)


def title_of(a):
    text = text_of(a)
    attr = clean_line((a.get("title") or "").replace("\r", "\n").split("\n")[0])
    attr = TITLE_ATTR.sub("", attr)
    cut = TITLE_ATTR_FIELD.search(attr)
    attr = attr[: cut.start()].strip() if cut else attr
    stem = CUT_MARK.sub("", text).strip()
    if attr and (not text or attr.startswith(stem) or "".join(attr.split()).startswith("".join(stem.split()))):
        return attr
    return text or attr


def attr_fields(a):
    raw = a.get("title") or ""
    visits = ATTR_VISITS.search(raw)
    date = ATTR_DATE.search(raw)
    return (int(visits.group(1)) if visits and int(visits.group(1)) < 2**53 else None), (
        clean_line(date.group(1)) if date else None
    )
