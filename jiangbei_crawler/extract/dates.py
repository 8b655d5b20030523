"""Publish dates: many labels and formats, local time Asia/Shanghai.

``parse_published`` returns ``(iso_or_None, warning_or_None)``; a missing,
garbage or far-future date is ``None`` with a reason, never a guess.
"""

import datetime as dt
import re

from dateutil import tz
from dateutil.parser import ParserError, parse

from .patterns import DATE_LABELS

SHANGHAI = tz.gettz("Asia/Shanghai")
LABELLED = re.compile(r"(?:{})\s*[:：]\s*(\S*(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)".format("|".join(DATE_LABELS)))
CJK_DATE = re.compile(r"^(\d{2}|\d{4})年(\d{1,2})月(\d{1,2})日")
NUMERIC_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
FUTURE_SLACK = dt.timedelta(days=2)


def find_date_text(info_text):
    m = LABELLED.search(info_text)
    return m.group(1).strip() if m else None


def normalize(value):
    """'13年10月25日' -> '2013-10-25'; '2013/10/25 10:22:03' -> '2013-10-25 10:22:03'."""
    m = CJK_DATE.match(value)
    if m:
        year = int(m.group(1))
        year += 2000 if year < 100 else 0
        return f"{year}-{int(m.group(2))}-{int(m.group(3))}"
    return value.replace("/", "-").replace(".", "-") if NUMERIC_DATE.match(value) else None


def parse_published(info_text, now=None):
    raw = find_date_text(info_text)
    if not raw:
        return None, "no publish date"
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
    return when.isoformat(), None
