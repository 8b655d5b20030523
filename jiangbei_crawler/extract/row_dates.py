"""A list row's day: shown beside its link, in its tooltip, its calendar leaf, the heading of its month or day, its
markup's machine date or its second line (``rows.py`` finds the rows)."""

import re

from . import rules
from .dates import NOT_PUBLISHED_BEFORE
from .dom import tag_name, text_of
from .patterns import ROW_DATE
from .rows import attr_fields, leaf_month_day

# a calendar leaf: the day in one element, the year and month in another (<em>26</em>2021-03, PbootCMS, news themes)
LEAF_DATE = (
    re.compile(r"(?<![\d-])(?P<d>\d{1,2})\s+(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})月?(?![\d-])"),
    re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})月?\s+(?P<d>\d{1,2})(?![\d-])"),
)


def leaf_date(row):
    """The row's date where its day and its year-month stand in separate elements, else None."""
    return leaf_day(row) if rules.on("list.calendar_leaf") else None


def leaf_day(el, max_chars=None):
    """YYYY-MM-DD of a calendar leaf in ``el`` (its day and its year-month in separate elements), else None; an
    element of more than ``max_chars`` characters holds none."""
    text = " ".join(t.strip() for t in el.itertext() if t.strip())
    for rx in LEAF_DATE if max_chars is None or len(text) <= max_chars else ():
        m = rx.search(text)
        if m and 1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31:
            return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    return None


# a date as the markup gives it to machines: <time datetime="2023-01-10">01-10</time>, <span title="2023-05-08
# 09:41">2小时前</span> (HTML5 government templates, news feeds showing relative times)
MACHINE_DATE = re.compile(r"^\s*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})(?![\d])")
MACHINE_ATTRS = ("datetime", "title", "data-time", "data-date")


def machine_date(row, a):
    """The row's whole date from an attribute of the element showing it in part, else None."""
    if row is a or not rules.on("list.machine_dates"):
        return None
    for el in row.iter():
        if el is a or not isinstance(el.tag, str):
            continue
        for name in MACHINE_ATTRS:
            m = MACHINE_DATE.match(el.get(name) or "")
            if m:
                return m.group(1)
    return None


# a title closed by its date, the row's only one: 柘原镇召开防汛工作会议 (2023-5-6) (ASP news systems of the 2000s)
# (in figures and dashes, as the system printed it: （2023年11月18日） in words is an event's day the title names)
TITLE_DATE = re.compile(r"\s*[(（\[]\s*((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*[)）\]]\s*$")


def title_date(title):
    """(title, date) of a title that ends with its date in brackets, else (title, None)."""
    m = TITLE_DATE.search(title) if rules.on("list.date_in_title") else None
    return (title[: m.start()].strip(), m.group(1)) if m and m.start() > 0 else (title, None)


def second_line_date(row):
    """A table row's date on the row's second line: a <tr> of its own below the title's, without a link
    (发布时间：2021-3-26 点击：135 and the summary, old ASP school lists)."""
    if tag_name(row) != "tr" or not rules.on("list.second_line_dates"):
        return None
    nxt = next((s for s in row.itersiblings() if isinstance(s.tag, str)), None)
    if nxt is None or tag_name(nxt) != "tr" or nxt.find(".//a") is not None:
        return None
    line = text_of(nxt)[:40]
    m = ROW_DATE.search(line)
    return m.group(0) if m and not NOT_PUBLISHED_BEFORE.search(line[: m.start()][-8:]) else None


MONTH_DAY = re.compile(r"\W*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\W*")  # a row's day without its year


def row_day(row, a, title, rest):
    """(title, date, visits) of a row whose article link is ``a``, ``rest`` the row's text beside the link: the
    date shown beside it, else in its tooltip, its calendar leaf, its heading, its markup, its second line."""
    found = date = ROW_DATE.search(rest)
    if found is None:
        title, shown = title_date(title)
        found = date = ROW_DATE.search(shown) if shown else None
    if date and rules.on("list.not_a_row_date") and NOT_PUBLISHED_BEFORE.search(rest[: date.start()][-8:]):
        date = None  # 注册：2012-09-01 of a poster's profile, 截止 … of a deadline
    visits, attr_date = attr_fields(a)
    day = date.group(0) if date else attr_date or (leaf_date(row) if found is None else None)
    day = heading_date(row, day or rest) or day  # 12日 under <h3>2023年5月</h3>
    if not day or MONTH_DAY.fullmatch(day):  # 01-10, 2小时前: the markup's own whole date
        day = machine_date(row, a) or day or second_line_date(row)
    return title, day or (leaf_month_day(row, a) if found is None and row is not a else None), visits


# a row that shows only its day (12日) or its month and day ([03-26]) under a heading naming its month or year: a
# 校务公开 list kept one <ul> a month under <h3>2023年5月</h3>, or a year's archive under <h2>2021年</h2>
SHOWN_DAY = re.compile(r"[\[［(（]?\s*(\d{1,2})\s*日\s*[\]］)）]?")
SHOWN_MONTH_DAY = re.compile(r"[\[［(（]?\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[\]］)）]?")
HEADING_MONTH = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*月?(?:份)?")
# a day's heading over rows showing their time only (滚动新闻 under <h3>2023年5月8日 星期一</h3>)
HEADING_DAY = re.compile(
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:(?:星期|周)[一二三四五六日天])?"
)
SHOWN_TIME = re.compile(r"[\[［(（]?\s*\d{1,2}[:：]\d{2}\s*[\]］)）]?")
HEADING_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?(?:度)?")
MAX_HEADING = 16  # characters of a month's heading (2023年5月, 2023年05月份 · 校务公开)
HEADING_LEVELS = 3  # the row, its list, the list's box
HEADING_REACH = 60  # siblings looked back past (the rows of the month before the row's)


def heading_date(row, shown):
    """The row's full date from the day or month-day it shows and the nearest heading before it, else None."""
    shown = shown.strip()
    day, month_day = SHOWN_DAY.fullmatch(shown), SHOWN_MONTH_DAY.fullmatch(shown)
    timed = SHOWN_TIME.fullmatch(shown) and rules.on("list.day_headings")
    if not (day or month_day or timed) or not rules.on("list.heading_dates"):
        return None
    heading = _heading_before(row)
    if heading is None:
        return None
    year, month, heading_day = heading
    if timed:
        return f"{year}-{month:02d}-{heading_day:02d}" if heading_day else None
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
    day = HEADING_DAY.fullmatch(text) and rules.on("list.day_headings")
    return len(text) <= MAX_HEADING and bool(HEADING_MONTH.fullmatch(text) or HEADING_YEAR.fullmatch(text) or day)


def _heading_before(row):
    """(year, month or None, day or None) of the nearest short text before the row, at its level or its list's,
    that is a day, a month or a year and nothing else; a sibling with other text and no link ends the search at that level."""
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
            day = HEADING_DAY.fullmatch(text) if rules.on("list.day_headings") else None
            if day and 1 <= int(day.group(2)) <= 12 and 1 <= int(day.group(3)) <= 31:
                return int(day.group(1)), int(day.group(2)), int(day.group(3))
            if month:
                return int(month.group(1)), int(month.group(2)), None
            if year:
                return int(year.group(1)), None, None
            break
        el = el.getparent()
        if el is None:
            break
    return None
