"""Publish dates: many labels and formats, local time Asia/Shanghai.

``parse_published`` returns ``(iso_or_None, warning_or_None)``; a missing,
garbage or far-future date is ``None`` with a reason, never a guess.
"""

import datetime as dt
import re

from dateutil import tz
from dateutil.parser import ParserError, parse

from .patterns import DATE_LABEL_RX

SHANGHAI = tz.gettz("Asia/Shanghai")
TIME = r"(?:\s*(?:T|\s)?\s*\d{1,2}[:：时]\d{1,2}(?:[:：分]\d{1,2}秒?)?)?"
# 2013-10-25, 2013/10/25, 2013.10.25, 2013年10月25日, 13年10月25日, 20131025 (only labelled), with an optional time
DATE_IN_TEXT = re.compile(
    r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?" + TIME + r"|\d{2}年\d{1,2}月\d{1,2}日" + TIME + ")"
)
CJK_DATE = re.compile(r"^(\d{2}|\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*(.*)$")
NUMERIC_DATE = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*(.*)$")
CLOCK = re.compile(r"^(?:T|\s)*(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})秒?)?")
FUTURE_SLACK = dt.timedelta(days=2)
EARLIEST_YEAR = 1990


def labelled_value(text):
    """The text right after the first date label, or None when no label is there."""
    m = DATE_LABEL_RX.search(text or "")
    return text[m.end() : m.end() + 40].strip() if m else None


def find_date_text(text):
    """The first date-like run of ``text`` (any format above), or None."""
    m = DATE_IN_TEXT.search(text or "")
    return m.group(1) if m else None


def normalize(value):
    """'13年10月25日' -> '2013-10-25'; '2013/10/25 10:22:03' -> '2013-10-25 10:22:03'; None if not a date."""
    value = (value or "").strip()
    m = CJK_DATE.match(value) or NUMERIC_DATE.match(value)
    if not m:
        return None
    year = int(m.group(1))
    year += 2000 if year < 100 else 0
    out = f"{year}-{int(m.group(2))}-{int(m.group(3))}"
    clock = CLOCK.match(m.group(4))
    if clock:
        out += f" {int(clock.group(1))}:{int(clock.group(2))}:{int(clock.group(3) or 0)}"
    return out


def to_iso(raw, now=None):
    """(iso, None) for a real date, (None, reason) otherwise."""
    value = normalize(raw)
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


def parse_published(info_text, now=None):
    """A labelled date in ``info_text`` (发表时间:2013-10-25); a label with garbage is a warning, not a guess."""
    raw = labelled_value(info_text)
    if raw is None:
        return None, "no publish date"
    found = find_date_text(raw)
    if found is None or not raw.startswith(found[:4]):
        shown = raw.split()[0] if raw.split() else raw
        return None, f"unparseable publish date {shown!r}"
    return to_iso(found, now)
