"""Where a list's row is (the repeated element a link sits in), and the shapes a row comes in beyond one line with
a link: a ``<dl>`` entry (its ``<dt>`` title and ``<dd>`` summary and date) and a link that is a whole card
(``<a><h3>title</h3><span>date</span></a>``)."""

import re

from . import rules
from .dom import tag_name, text_of
from .patterns import ROW_DATE
from .text import clean_line

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
    return len(cells) >= 2 and all(len(c.findall(".//a")) == 1 and ROW_DATE.search(text_of(c)) for c in cells)


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


# a calendar leaf: the day in one element, the year and month in another (<em>26</em>2021-03, PbootCMS, news themes)
LEAF_DATE = (
    re.compile(r"(?<![\d-])(?P<d>\d{1,2})\s+(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})月?(?![\d-])"),
    re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})月?\s+(?P<d>\d{1,2})(?![\d-])"),
)


def leaf_date(row):
    """The row's date where its day and its year-month stand in separate elements, else None."""
    if not rules.on("list.calendar_leaf"):
        return None
    text = " ".join(t.strip() for t in row.itertext() if t.strip())
    for rx in LEAF_DATE:
        m = rx.search(text)
        if m and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return None


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
        cls = el.get("class") if depth == 4 else None
        like = [c for c in parent if c.tag == el.tag and (depth < 4 or (cls and c.get("class") == cls))]
        if rules.on("list.like_siblings") and el.get("class"):
            # the cells of one row (span.c1 span.c2 span.c3) share a tag, not a class: rows share one
            like = [c for c in like if set(el.get("class").split()) & set((c.get("class") or "").split())]
        if el is not a and len(like) >= 2:
            return el
        el = parent
    return None


# a row that shows only its day (12日) or its month and day ([03-26]) under a heading naming its month or year: a
# 校务公开 list kept one <ul> a month under <h3>2023年5月</h3>, or a year's archive under <h2>2021年</h2>
SHOWN_DAY = re.compile(r"[\[［(（]?\s*(\d{1,2})\s*日\s*[\]］)）]?")
SHOWN_MONTH_DAY = re.compile(r"[\[［(（]?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[\]］)）]?")
HEADING_MONTH = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*月?(?:份)?")
HEADING_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?(?:度)?")
MAX_HEADING = 16  # characters of a month's heading (2023年5月, 2023年05月份 · 校务公开)
HEADING_LEVELS = 3  # the row, its list, the list's box
HEADING_REACH = 60  # siblings looked back past (the rows of the month before the row's)


def heading_date(row, shown):
    """The row's full date from the day or month-day it shows and the nearest heading before it, else None."""
    shown = shown.strip()
    day, month_day = SHOWN_DAY.fullmatch(shown), SHOWN_MONTH_DAY.fullmatch(shown)
    if not (day or month_day) or not rules.on("list.heading_dates"):
        return None
    heading = _heading_before(row)
    if heading is None:
        return None
    year, month = heading
    if month_day:
        month, d = int(month_day.group(1)), int(month_day.group(2))
    elif month is None:
        return None  # a day alone under a year: its month is not shown
    else:
        d = int(day.group(1))
    return f"{year}-{month:02d}-{d:02d}" if 1 <= month <= 12 and 1 <= d <= 31 else None


def month_box(parent):
    """The box a month's rows sit in when each month is a box of its own (<div class="yue"><h3>2023年6月</h3>
    <ul>…</ul></div>, one per month): the list is the boxes' rows together, so they group by the box's place."""
    box = parent.getparent()
    if box is None or not rules.on("list.heading_dates"):
        return None
    heading = next((s for s in parent.itersiblings(preceding=True) if isinstance(s.tag, str)), None)
    if heading is None or heading.find(".//a") is not None or not _is_heading(text_of(heading).strip()):
        return None
    like = [s for s in box.itersiblings() if s.tag == box.tag and s.get("class") == box.get("class")]
    like += [s for s in box.itersiblings(preceding=True) if s.tag == box.tag and s.get("class") == box.get("class")]
    return box if like else None


def _is_heading(text):
    return len(text) <= MAX_HEADING and bool(HEADING_MONTH.fullmatch(text) or HEADING_YEAR.fullmatch(text))


def _heading_before(row):
    """(year, month or None) of the nearest short text before the row, at its level or its list's, that is a
    month or a year and nothing else; a sibling with other text and no link ends the search at that level."""
    el = row
    for _ in range(HEADING_LEVELS):
        for n, sib in enumerate(el.itersiblings(preceding=True)):
            if n >= HEADING_REACH or not isinstance(sib.tag, str):
                break
            text = text_of(sib).strip()
            if not text or sib.find(".//a") is not None:
                continue
            if len(text) > MAX_HEADING:
                break
            month, year = HEADING_MONTH.fullmatch(text), HEADING_YEAR.fullmatch(text)
            if month:
                return int(month.group(1)), int(month.group(2))
            if year:
                return int(year.group(1)), None
            break
        el = el.getparent()
        if el is None:
            break
    return None


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
