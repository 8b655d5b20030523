"""Pagers a list's own script writes (no pager link in its HTML): TRS WCM's createPageHTML and its page
variables, Hanweb's datastore groups answered by dataproxy.jsp, and layui's laypage.render."""

import html
import math
import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from w3lib.url import add_or_replace_parameters

from . import rules
from .links import clean_href
from .pager import MAX_PAGE, Pager


def script_pager(text, url):
    """The pager the page's script writes: TRS WCM's, else layui's."""
    return trs_pager(text, url) or laypage(text, url)


TRS_PAGER = re.compile(r"createPageHTML\(\s*(\w+)\s*,\s*(\w+)\s*,\s*[\"'](\w+)[\"']\s*,\s*[\"'](\w+)[\"']")
SCRIPT_VAR = re.compile(r"\bvar\s+(\w+)\s*=\s*(\d+)\s*(?:;|//|\n)")
TRS_NAME = re.compile(r"/(\w+?)(?:_\d+)?\.(s?html?)$")


def trs_pager(text, url):
    """TRS WCM writes its pager with a script: createPageHTML(pages, current from 0, "index", "shtml"), the
    numbers written in the call or in variables before it (var countPage = 6; var currentPage = 0); or its own
    script builds the links from those two variables alone (index_N.html, as the page's own name)."""
    m = TRS_PAGER.search(text)
    if m is None:
        return _trs_variables(text, url)
    values = dict(SCRIPT_VAR.findall(text[max(0, m.start() - 2000) : m.start()]))
    count, now = (a if a.isdigit() else values.get(a) for a in (m.group(1), m.group(2)))
    if count is None or now is None:
        return None
    return _trs_pager(int(count), int(now), m.group(3), m.group(4), url)


def _trs_variables(text, url):
    values = dict(SCRIPT_VAR.findall(text)) if "countPage" in text else {}
    if "countPage" not in values or "currentPage" not in values:
        return None
    name = TRS_NAME.search(urlsplit(url).path)
    prefix, ext = name.groups() if name else ("index", "html")
    return _trs_pager(int(values["countPage"]), int(values["currentPage"]), prefix, ext, url)


def _trs_pager(pages, current, prefix, ext, url):
    base = url.rsplit("/", 1)[0] + "/"
    return Pager(current=current + 1, last=max(1, pages), template=(f"{base}{prefix}_", f".{ext}", 1, -1),
                 first_url=f"{base}{prefix}.{ext}", last_url=f"{base}{prefix}_{pages - 1}.{ext}" if pages > 1 else None,
                 found=True)  # fmt: skip


NEXT_GROUP = re.compile(r"<nextgroup>\s*<!\[CDATA\[\s*<a\s[^>]*?href\s*=\s*[\"']([^\"']+)", re.I)
TOTAL_RECORD = re.compile(r"<totalrecord>\s*(\d+)", re.I)
SPLITPAGE = re.compile(r"splitpage\(\s*['\"]\w+['\"]\s*,\s*['\"]?\d+['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)")


def datastore_pager(text, url, records):
    """Hanweb (大汉) lists: the page holds the first group of records (often 45) and dataproxy.jsp answers the
    next ones (startrecord, endrecord), asked for at the datastore's own nextgroup link; the record count comes
    from <totalrecord> or the splitpage(…) call, else a group is asked for while the last one came full."""
    params = dict(parse_qsl(urlsplit(url).query))
    link = NEXT_GROUP.search(text)
    link = link if link and not link.group(1).strip().lower().startswith("javascript") else None
    if link is None and "startrecord" not in params:
        return None
    start = _int(params.get("startrecord"), 1)
    size = max(1, _int(params.get("endrecord"), 0) - start + 1) if "endrecord" in params else records
    m, split = TOTAL_RECORD.search(text), SPLITPAGE.search(text)
    total = int(m.group(1)) if m else int(split.group(1)) if split else None
    more = start + size <= total if total else records >= size > 0
    if not more or not records:
        return Pager(found=True, total=total)
    base = url if "startrecord" in params else clean_href(html.unescape(link.group(1)), url)
    per = params.get("perpage") or (split.group(2) if split else "15")
    nxt = add_or_replace_parameters(
        base, {"startrecord": str(start + size), "endrecord": str(start + 2 * size - 1), "perpage": str(per)}
    )
    current = (start - 1) // size + 1  # the group's number
    return Pager(current=current, next_url=nxt, links={nxt}, found=True, open_ended=True, total=total)


def _int(value, default):
    return int(value) if value and str(value).isdigit() else default


LAYPAGE = re.compile(r"laypage\.render\(\s*\{")
LAYPAGE_FIELD = r"\b{}\s*:\s*['\"]?(\w+)"
# jump: function(obj, first){ if(!first){ location.href = '/list?typeId=3&page=' + obj.curr; } }
LAYPAGE_JUMP = re.compile(
    r"location(?:\.href)?\s*=\s*(['\"])([^'\"]*)\1\s*\+\s*\w+\.curr(?:\s*\+\s*(['\"])([^'\"]*)\3)?"
)


def laypage(text, url):
    """layui's laypage.render({count, limit, curr, jump}): an empty <div> the script fills, the records' count and
    page size in the call (or in a variable), page k at the URL its jump function builds."""
    m = LAYPAGE.search(text) if rules.on("pager.laypage") else None
    if m is None:
        return None
    call = text[m.end() : m.end() + 2000]
    jump = LAYPAGE_JUMP.search(call)
    values = dict(SCRIPT_VAR.findall(text[: m.start()]))
    field = {}
    for name, default in (("count", None), ("limit", "10"), ("curr", "1")):
        found = re.search(LAYPAGE_FIELD.format(name), call)
        raw = found.group(1) if found else default
        field[name] = int(raw) if raw and raw.isdigit() else int(values[raw]) if raw in values else None
    if jump is None or not field["count"] or not field["limit"] or field["curr"] is None:
        return None
    pages = min(math.ceil(field["count"] / field["limit"]), MAX_PAGE)
    prefix, suffix = urljoin(url, jump.group(2)), jump.group(4) or ""
    pager = Pager(current=field["curr"], last=max(1, pages), total=field["count"], found=True)
    pager.template = (prefix, suffix, 1, 0)
    pager.last_url = pager.url_for(pager.last) if pages > 1 else None
    pager.links = {pager.url_for(n) for n in range(2, min(pages, 10) + 1)}
    return pager
