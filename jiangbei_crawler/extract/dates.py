"""Publish dates: many labels and formats, local time Asia/Shanghai.

``parse_published`` returns ``(iso_or_None, warning_or_None)``; a missing,
garbage or far-future date is ``None`` with a reason, never a guess.

Forms (each serves Chinese CMSs in general, see tests/test_dates.py):
2013-10-25, 2013/10/25, 2013.10.25, 2013年10月25日, 13年10月25日, 二〇一三年十月二十五日,
full-width digits, and where a label or the article's header vouches for it (``loose``):
19-02-28 (two-digit year), 20131025, 10/25/2013 and 25/10/2013.
"""

import datetime as dt
import re

from dateutil import tz
from dateutil.parser import ParserError, isoparse, parse

from . import rules
from .patterns import ANY_LABEL_RX, DATE_LABEL_RX, WORD_ENDINGS, WRITTEN_LABEL

SHANGHAI = tz.gettz("Asia/Shanghai")
TIME = r"(?:\s*(?:T|\s)?\s*\d{1,2}[:：时]\d{1,2}(?:[:：分]\d{1,2}秒?)?)?"
YMD = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
DATE_IN_TEXT = re.compile(r"(" + YMD + TIME + r"|(?<!\d)\d{2}年\d{1,2}月\d{1,2}日" + TIME + ")")
# forms too bare to trust in running text: only after a label or on the header's own line
LOOSE_DATE = re.compile(
    r"((?:(?<![\d/.-])\d{2}-\d{2}-\d{2}(?![\d-])"  # 19-02-28
    r"|(?<![\d/.-])\d{2}-\d{2}-\d{2}(?=\d{1,2}:\d{2})"  # 18-03-0823:16 (date and time glued)
    r"|(?<!\d)(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"  # 20131025
    r"|(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?![\d/]))" + TIME + ")"
)
# 03-3-5: a two-digit year with one-digit month and day (ASP article systems of 2003), after a label only
SHORT_LOOSE = re.compile(r"((?<![\d/.-])\d{2}-\d{1,2}-\d{1,2}(?![\d-])" + TIME + ")")
CJK_DATE = re.compile(r"^(\d{2}|\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(.*)$")
NUMERIC_DATE = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*(.*)$")
SHORT_YEAR = re.compile(r"^(\d{2})-(\d{1,2})-(\d{1,2})\s*(.*)$")
COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})\s*(.*)$")
SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\s*(.*)$")
CLOCK = re.compile(r"^(?:T|\s)*(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})秒?)?")
FUTURE_SLACK = dt.timedelta(days=2)
EARLIEST_YEAR = 1990
# a date that is a deadline, an event's or a range's end is not the publish date
# …nor a forum poster's 注册/加入/最后登录 date in the profile beside the post
NOT_PUBLISHED_BEFORE = re.compile(
    r"(?:截止|截至|至|到|止|~|～|—|－|注册|加入|生日|登录|出生)\s*(?:日期|时间)?\s*[:：]?\s*$"
)
TODAY = re.compile(r"(?:今天是|今天|今日|当前日期|当前时间)\s*[:：]?\s*$")  # a banner's today's date
NOT_PUBLISHED_AFTER = re.compile(r"^\s*(?:起|止|前|截止|(?:至|到|~|～|—|－|-)\s*(?:\d|[〇零一二])+)")

WIDE = str.maketrans("０１２３４５６７８９：／－．　", "0123456789:/-. ")
CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
CN_DATE = re.compile(
    r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)


def _cn_number(text):
    """十 → 10, 十二 → 12, 二十 → 20, 二十五 → 25, 三 → 3."""
    if "十" not in text:
        return int(CN_DIGITS[text])
    tens, _, ones = text.partition("十")
    return int(CN_DIGITS.get(tens, "1")) * 10 + (int(CN_DIGITS[ones]) if ones else 0)


_MONTH = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# English dates of blog themes (Typecho, WordPress): March 5, 2016 · Mar 5th 2016 · 5 March 2016
EN_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('(', '(?P<m2>', 1)})"
    r",?\s+((?:19|20)\d{2})\b",
    re.I,
)
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _numeric_en(m):
    month = MONTHS[(m.group(1) or m.group("m2"))[:3].lower()]
    return f"{m.group(5)}-{month}-{m.group(2) or m.group(3)}"


def plain(text):
    """Full-width digits to ASCII, English dates (March 5, 2016) and dates in Chinese numerals (二〇二四年三月五日)
    to Arabic ones."""
    text = (text or "").translate(WIDE)
    if rules.on("date.english") and EN_DATE.search(text):
        text = EN_DATE.sub(_numeric_en, text)
    if "年" not in text:
        return text

    def arabic(m):
        year = "".join(CN_DIGITS[c] for c in m.group(1))
        return f"{year}年{_cn_number(m.group(2))}月{_cn_number(m.group(3))}日"

    return CN_DATE.sub(arabic, text)


def labelled_value(text):
    """The text right after the first date label, or None when no label is there."""
    m = DATE_LABEL_RX.search(text or "")
    return text[m.end() : m.end() + 40].strip() if m else None


def find_date_text(text, loose=False):
    """The first date-like run of ``text`` (any format above; the bare forms only when ``loose``), or None."""
    m = next(dates_in(text, loose), None)
    return m.group(1) if m else None


def dates_in(text, loose=False):
    """Every date-like match of ``text`` made plain, in order (positions are those of ``plain(text)``)."""
    return _matches(plain(text), loose)


def _matches(text, loose):
    found = list(DATE_IN_TEXT.finditer(text))
    if loose:
        taken = [(m.start(), m.end()) for m in found]
        found += [m for m in LOOSE_DATE.finditer(text) if not any(s <= m.start() < e for s, e in taken)]
        taken = [(m.start(), m.end()) for m in found]
        short = SHORT_LOOSE.finditer(text) if rules.on("date.short_year_digits") else ()
        found += [m for m in short if not any(s <= m.start() < e for s, e in taken)]
    return iter(sorted(found, key=lambda m: m.start()))


def published_dates(text, loose=False):
    """The dates of ``text`` that may be a publish date: not a deadline, an event's end or one end of a range."""
    text = plain(text)
    for m in _matches(text, loose):
        before = text[max(0, m.start() - 8) : m.start()]
        if NOT_PUBLISHED_BEFORE.search(before) or (TODAY.search(before) and rules.on("date.today_banner")):
            continue
        after = text[m.end() : m.end() + 8]
        if NOT_PUBLISHED_AFTER.match(after) and not _its_time(m.group(1), after):
            continue
        if EDITED_AFTER.match(text[m.end() : m.end() + 16]) and rules.on("date.edit_date"):
            continue  # 已于 2021-03-08 09:12:45 修改: the day it was edited, the first publication is told apart
        yield m.group(1)


EDITED_AFTER = re.compile(r"^\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:修改|更新|修订)(?![:：])")
DASHED_TIME = re.compile(r"^\s+[-—－]\s+\d{1,2}[:：]\d{2}(?![\d-])")


def _its_time(date, after):
    """``03/05/2018 - 10:20`` (Drupal's default): a time after a spaced dash is the date's own when the date has
    none; after a time (8:00 - 10:20) it ends a range."""
    return rules.on("date.dashed_time") and ":" not in date and bool(DASHED_TIME.match(after))


def day_first(text):
    """Whether n/n/yyyy dates of this page are day first: decided by one that cannot be the other way."""
    for a, b in re.findall(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:19|20)\d{2}", plain(text)):
        if int(a) > 12 >= int(b):
            return True
        if int(b) > 12 >= int(a):
            return False
    return False  # undecided: month first, as English templates of these CMSs write it


def normalize(value, dayfirst=False):
    """'13年10月25日' -> '2013-10-25'; '2013/10/25 10:22:03' -> '2013-10-25 10:22:03'; None if not a date."""
    value = plain(value).strip()
    m = CJK_DATE.match(value) or NUMERIC_DATE.match(value) or SHORT_YEAR.match(value) or COMPACT.match(value)
    if m:
        year, month, day, rest = int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)
    elif m := SLASHED.match(value):
        a, b, year, rest = int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)
        month, day = (b, a) if dayfirst else (a, b)
    else:
        return None
    if year < 100:
        year += 1900 if year >= 90 else 2000
    out = f"{year}-{month}-{day}"
    clock = CLOCK.match(rest)
    if clock:
        out += f" {int(clock.group(1))}:{int(clock.group(2))}:{int(clock.group(3) or 0)}"
    return out


ZONED = re.compile(r"((?:19|20)\d{2}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})\b")


def zoned_iso(text, now=None):
    """An ISO 8601 time with its offset (``2023-02-14T23:53:36+00:00``, ``…Z``: <meta> and <time> of WordPress and
    other CMSs) in Beijing time, or None. Read without its offset, a post made before 08:00 would be a day early."""
    m = ZONED.search(text or "")
    if not m:
        return None
    try:
        when = isoparse(m.group(1).replace(" ", "T") + m.group(2).replace("Z", "+00:00")).astimezone(SHANGHAI)
    except (ValueError, OverflowError):
        return None
    if when > (now or dt.datetime.now(SHANGHAI)) + FUTURE_SLACK or when.year < EARLIEST_YEAR:
        return None
    return when.isoformat()


def to_iso(raw, now=None, dayfirst=False):
    """(iso, None) for a real date, (None, reason) otherwise."""
    value = normalize(raw, dayfirst)
    if value is None:
        return None, f"unparseable publish date {raw!r}"
    try:
        when = parse(value, yearfirst=True).replace(tzinfo=SHANGHAI)
    except (ParserError, ValueError, OverflowError):
        return None, f"unparseable publish date {raw!r}"
    now = now or dt.datetime.now(SHANGHAI)
    if when > now + FUTURE_SLACK:
        return None, f"publish date in the future {raw!r}"
    if when.year < EARLIEST_YEAR:
        return None, f"implausible publish date {raw!r}"
    return when.isoformat(), None


def labelled(text):
    """(raw date, None) after the first date label whose value is a date; (None, garbage) when only labels with
    garbage are there; (None, None) with no label. A label without a colon counts only before a date. The day a
    document was written (成文日期) is the answer only when no publication label has a date."""
    garbage = written = None
    for m in DATE_LABEL_RX.finditer(text or ""):
        if _in_a_phrase(text, m):
            continue
        raw = plain(text[m.end() : m.end() + 40]).strip()
        found = find_date_text(raw, loose=rules.on("date.bare_forms"))
        if found and raw.startswith(found[:2]):
            if not (WRITTEN_LABEL.match(m.group(0)) and rules.on("date.written_last")):
                return found, None
            written = written or found
            continue
        if not rules.on("date.label_needs_date"):
            return None, raw.split()[0] if raw.split() else raw
        if ANY_LABEL_RX.match(raw) and rules.on("date.empty_label_no_garbage"):
            continue  # 发布日期：  来源：…: the value left empty (a script writes it), not a value that is no date
        if garbage is None and ":" in m.group(0).replace("：", ":"):
            garbage = raw.split()[0] if raw.split() else raw
    return (written, None) if written else (None, garbage)


def _in_a_phrase(text, m):
    """A label without a colon that ends a longer phrase (a related headline's …推迟到校时间 before its row's date)
    is words, not a label: a label stands on its own."""
    bare = "".join(m.group(0).split()) in WORD_ENDINGS  # 时间, 日期: words that end other words; 发表于 follows a name
    return bare and m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and rules.on("date.label_alone")


def parse_published(info_text, now=None):
    """A labelled date in ``info_text`` (发表时间:2013-10-25); a label with garbage is a warning, not a guess."""
    found, garbage = labelled(info_text)
    if found is None:
        return None, (f"unparseable publish date {garbage!r}" if garbage is not None else "no publish date")
    return to_iso(found, now)
