"""Visit counts: a labelled number, a count an inline script writes, or the URL of a counter script that
answers it.
"""

import re
from urllib.parse import urlencode

from . import rules
from .links import clean_href, same_host
from .patterns import COUNTER_JS, COUNTER_SRC, VISITS_RX


def parse_counter_js(text):
    """Visit count from a counter script: ``document.write('1237');``, ``innerHTML='12'`` or a bare number."""
    m = re.search(
        r"(?:write(?:ln)?\s*\(|innerHTML\s*=|innerText\s*=|value\s*=)\s*[\"']?(?:<[^>]*>)*\s*(\d+)", text or ""
    )
    if m is None:
        stripped = (text or "").strip().strip(";\"'")
        m = COUNTER_JS.fullmatch(stripped)
    if m is None:
        return None
    value = int(m.group(1))
    return value if value < 2**53 else None


def pick_visits(texts):
    for text, layer in texts:
        m = VISITS_RX.search(text)
        value = _count(m) if m else None
        if value is not None:
            return value, layer
    return None, None


def _count(m):
    """The number as a reader reads it: 1,234 is 1234 and 1.2万 is 12000; a bare 1.2 is no count."""
    raw, wan = m.group(1), m.group(2)
    if ("," in raw or "." in raw or wan) and not rules.on("visits.written_numbers"):
        return int(re.match(r"\d+", raw).group(0))  # the digits before the comma or point, as read before
    if "." in raw and not wan:
        return None
    value = round(float(raw.replace(",", "")) * (10_000 if wan else 1))
    return value if value < 2**53 else None


def pick_counter(r, region):
    """A same-host URL that answers the visit count: a script's ``src`` (counter.asp?id=, GetHits.aspx?id=,
    ViewClick/?id=) or, in an inline script, an Ajax URL of the same kind ($.get('/hits.php?id=5'))."""
    scripts = [s for el in region if el is not None for s in el.iter("script")]
    scripts += [s for s in r.layout.body.iter("script")]
    for script in scripts:
        src = script.get("src")
        # a counter is a dynamic endpoint (counter.asp?id=, GetHits.aspx?id=), not a static library (dynclicks.js)
        candidates = [src] if src else _ajax_urls(script.text or "")
        for found in candidates:
            if COUNTER_SRC.search(found) and ("?" in found or not found.split("?")[0].lower().endswith(".js")):
                url = clean_href(found, r.url)
                if url and same_host(url, r.portal_url or r.url):
                    return url
    return None


AJAX_URL = re.compile(r"""(?:url\s*:\s*|\$\.(?:get|post|getJSON)\(\s*|fetch\(\s*|\.open\(\s*["'](?:GET|POST)["']\s*,\s*)
                      ["']([^"'\s]{3,300})["']""", re.X)  # fmt: skip


def _ajax_urls(code):
    """URL literals an inline script requests (jQuery, fetch, XMLHttpRequest): where script-filled counters
    get their number."""
    if not rules.on("visits.ajax_counter") or len(code) >= 20_000:
        return []
    return [_with_data(code, url) for url in AJAX_URL.findall(code)]


# $.ajax({url: '/news/hits.do', data: {id: 123}}): jQuery sends a GET's data as the query
AJAX_DATA = re.compile(r"""\bdata\s*:\s*\{([^{}]{1,200})\}""")
DATA_PAIR = re.compile(r"""(\w+)\s*:\s*(?:["']([^"']*)["']|(\d+))""")


def _with_data(code, url):
    at = code.find(url)
    data = AJAX_DATA.search(code[at : at + 300]) if at >= 0 and rules.on("visits.ajax_data") else None
    if data is None or re.search(r"type\s*:\s*['\"]post", code[at : at + 300], re.I):
        return url
    pairs = [(k, text or number) for k, text, number in DATA_PAIR.findall(data.group(1))]
    return f"{url}{'&' if '?' in url else '?'}{urlencode(pairs)}" if pairs else url


def inline_visits(r, region):
    """A count an inline script writes beside the label (访问次数：<script>document.write('1237')</script>)."""
    for el in region:
        for script in el.iter("script") if el is not None else ():
            if not script.get("src") and script.text and "write" in script.text:
                value = parse_counter_js(script.text)
                if value is not None:
                    return value
    return None
