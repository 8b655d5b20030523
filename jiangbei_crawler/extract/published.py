"""The publish date of an article: a ladder of rungs, one after the other, the first date found wins."""

import datetime as dt
import json
import re
import warnings
from urllib.parse import urlsplit

from . import dates, rules
from .dom import text_of
from .links import is_folder_index
from .patterns import DATE_LABEL_RX, META_DATE, URL_DATES, URL_DATES_NEWS, URL_DATES_PAPER
from .row_dates import leaf_day
from .template_fields import template_date
from .text import block_lines


def pick_date(r, texts):
    """(iso, layer, warning): the date ladder, one rung after the other, the first date found wins.

    label (a date label's value, in the header or after the body) → template (where the site's template shows
    its dates, learnt from its other pages) → header (a date alone on a short line of the
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
    value = _label_script(r)
    if value:
        return value, "label", None  # 发布日期：<script>document.write(…)</script>: the label's value, written
    r.why("published", "label", "no date label with a date after it")
    # a label is the page's own word; where it has none, the place the site's template shows its dates
    value = template_date(r, dayfirst) if r.template is not None else None
    if value:
        return value, "template", None
    for layer, rung in DATE_RUNGS:
        value = rung(r, texts, dayfirst) if rules.on(f"date.{layer}") else None
        if value:
            return value, layer, None
        r.why("published", layer, "no date on this rung")
    return None, None, "no publish date"


# a line that is only a date and time in brackets: (2009-03-05 10:20:33), as blog templates print it
DATE_IN_PARENS = re.compile(r"^[（(]\s*[\d\s:：/.\-年月日时分秒]{8,}[)）]$")


def _header_date(r, texts, dayfirst):
    """A date standing alone on a short line under the title (2019-09-18 10:30 | 山西日报, | 19-02-28 |), not one
    in a sentence, a parenthesis such as （2007年6月29日…会议通过）, a deadline or a range."""
    lines = [line.strip() for line in (texts[0][0] if texts else "").split("\n") if line.strip()]
    # with no title element the header is what comes before the body: its lines nearest the body, not a side
    # list's dated rows at the top of the page
    near = lines[:-5:-1] if not r.title_found and rules.on("date.header_nearest_body") else lines[:12]
    for line in near:
        if len(line) > 80 or (re.search(r"[，。；]", line) and not _opens_with_date(line)):
            continue
        if line.startswith(("（", "(")) and not (rules.on("date.parenthesised") and DATE_IN_PARENS.match(line)):
            continue
        for found in dates.published_dates(line, loose=rules.on("date.bare_forms")):
            value, _ = dates.to_iso(found, r.now, dayfirst)
            if value:
                return value
    return None


# a meta line that opens with the date and its time, whatever follows (2021年4月23日 20:15 阅读 3,126 本文共 1200
# 字，阅读约 3 分钟: blog themes' reading-time notes); a sentence opening with a date has punctuation after it
OPENS_WITH_DATE = re.compile(r"^(?:19|20)\d{2}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}日?\s+\d{1,2}:\d{2}")


def _opens_with_date(line):
    return rules.on("date.meta_line_opens") and bool(OPENS_WITH_DATE.match(line))


def _list_date(r, texts, dayfirst):
    """The date the list row showed beside its link (only a whole one: a row's 09-07 has no year)."""
    found = dates.find_date_text(str(r.hints.get("date") or ""))
    return dates.to_iso(found, r.now)[0] if found else None


def _url_date(r, texts, dayfirst):
    """A publish date in the URL: /2018-06-28/, /2019_09_07_, /202403/t20240305_, /20200911/, /2024/0305/."""
    path = urlsplit(r.url).path
    extra = (URL_DATES_NEWS if rules.on("date.url_news") else ()) + (
        URL_DATES_PAPER if rules.on("date.url_paper") else ()
    )
    for rx in URL_DATES + extra:
        m = rx.search(path)
        if m:
            value, _ = dates.to_iso(f"{m.group(1)}-{m.group(2)}-{m.group(3)}", r.now)
            if value:
                return value
    return None


def _meta_date(r, texts, dayfirst):
    for value in [r.metas.get(key) for key in META_DATE] + _microdata_dates(r) + _json_ld_dates(r):
        if (zoned := dates.zoned_iso(value, r.now)) and rules.on("date.zoned"):
            return zoned
        found = dates.find_date_text(value or "", loose=True)
        iso = dates.to_iso(found, r.now, dayfirst)[0] if found else None
        if iso:
            return iso
    return None


def _microdata_dates(r):
    """itemprop=datePublished (schema.org microdata): its content or datetime (<time>) attribute or its text."""
    found = r.root.xpath('//*[@itemprop="datePublished"]')[:3]
    return [el.get("content") or el.get("datetime") or text_of(el) for el in found]


MAX_JSON_LD = 100_000  # characters of one JSON-LD script read: an article's is a few hundred


def _json_ld_dates(r):
    """datePublished of the page's JSON-LD (schema.org NewsArticle, BlogPosting; inside an @graph too)."""
    if not rules.on("date.json_ld"):
        return []
    found = []
    for script in r.root.xpath('//script[@type="application/ld+json"]')[:5]:
        try:
            data = json.loads((script.text or "")[:MAX_JSON_LD])
        except ValueError:
            continue
        stack = [data]
        while stack and len(found) < 3:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                if isinstance(node.get("datePublished"), str):
                    found.append(node["datePublished"])
                stack.extend(v for v in node.values() if isinstance(v, (dict, list)))
    return found


# a publish time a page's own script holds, for a script to print (WeChat 公众号 pages: var ct = "1614900600", the
# time em#publish_time is filled with; CMSs' var publishTime = '2021-03-05 10:20')
SCRIPT_TIME = re.compile(
    r"\b(?:var\s+ct|create_?time|createTime|publish_?time|publishTime|pub_?time|pubTime|publishDate|pubDate)\s*"
    r"[=:]\s*[\"'](\d{10}|(?:19|20)\d\d-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?)[\"']"
)
MAX_SCRIPT = 200_000  # characters of inline script read for it


def _label_script(r):
    """The date a script writes right after a date label (发布日期：<script>var tm = "2019-03-05 10:20:00";
    document.write(tm.substring(0,4) + "年" …)</script>: TRS WCM templates format the day in the page)."""
    if not rules.on("date.label_script"):
        return None
    lay, title, body = r.layout, r.title_el, r.body_el
    for script in r.root.iter("script") if title is not None else ():
        holder = script.getparent()
        start = lay.start(holder) if holder in lay.span else -1
        if not lay.start(title) <= start <= (lay.start(body) if body is not None else lay.end(title) + 400):
            continue  # a side box's 本站更新时间 script: not the article's header
        prev = script.getprevious()
        before = (prev.tail if prev is not None else script.getparent().text) or ""
        label = DATE_LABEL_RX.search(before[-12:])
        found = dates.find_date_text(script.text or "") if label and before.rstrip().endswith((":", "：")) else None
        if found:
            return dates.to_iso(found, r.now)[0]
    return None


def _leaf_date(r, texts, dayfirst):
    """A calendar badge right before or after the title, its day apart from its year and month (<span>05</span>
    <span>2019-03</span>: PHPOK and news themes)."""
    near = (r.title_el.getprevious(), r.title_el.getnext()) if r.title_el is not None else ()
    for el in (e for e in near if e is not None and isinstance(e.tag, str)):
        if day := leaf_day(el, max_chars=40):
            return dates.to_iso(day, r.now)[0]
    return None


def _script_date(r, texts, dayfirst):
    """A publish time in the page's inline script (a Unix time is read in Beijing time: 23:30 UTC is the next day)."""
    read = 0
    for script in r.root.iter("script"):
        code = script.text or ""
        read += len(code)
        if read > MAX_SCRIPT:
            break
        for m in SCRIPT_TIME.finditer(code):
            raw = m.group(1)
            if raw.isdigit():
                when = dt.datetime.fromtimestamp(int(raw), dt.UTC).astimezone(dates.SHANGHAI)
                raw = when.strftime("%Y-%m-%d %H:%M")
            if value := dates.to_iso(raw, r.now)[0]:
                return value
    return None


# a periodical's issue line: 2015年3月20日 星期五 第612期 (e-papers, 校报): the issue's day is its articles'
ISSUE_LINE = re.compile(r"((?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[^\n]{0,12}?第\s*\d+\s*期")


def _issue_date(r, texts, dayfirst):
    m = ISSUE_LINE.search(r.layout.text()[:20000])
    return dates.to_iso(m.group(1), r.now)[0] if m else None


SIGNATURE_LINES = 3  # the body's last lines, where a notice's issuer and date sign it
MAX_SIGNATURE = 24  # characters of a line that is a date and little else (二〇一九年三月五日, 2019年3月5日)


def _signature_date(r, texts, dayfirst):
    """The date that signs the body off (a notice's last line: 二〇一九年三月五日), where the page shows no other."""
    if r.body_el is None or is_folder_index(r.url):
        return None  # a channel's own page (…/index.html: a welcome letter signed and dated) is no dated notice
    for line in reversed(block_lines(r.body_el, set())[-SIGNATURE_LINES:]):
        found = next(dates.published_dates(line), None) if len(line) <= MAX_SIGNATURE else None  # no 截止, 前
        if found and len(found) >= len(line.strip()) - 4:
            value, _ = dates.to_iso(found, r.now, dayfirst)
            if value:
                return value
    return None


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
    iso = dates.to_iso(found, r.now)[0] if found else None
    # the day of the crawl (in the server's zone or ours) is a page's clock (Discuz!'s "GMT+8, 2026-12-4 17:20"
    # footer), not when it was published
    now = (r.now or dt.datetime.now(dates.SHANGHAI)).date()
    clock = iso and abs((dt.date.fromisoformat(iso[:10]) - now).days) <= 1
    return None if clock and rules.on("date.htmldate_not_today") else iso


DATE_RUNGS = (
    ("header", _header_date),
    ("list", _list_date),
    ("url", _url_date),
    ("meta", _meta_date),
    ("script", _script_date),
    ("issue", _issue_date),
    ("signature", _signature_date),
    ("leaf", _leaf_date),
    ("htmldate", _htmldate),
)
