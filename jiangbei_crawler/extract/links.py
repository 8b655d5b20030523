"""Turning the portal's messy hrefs into canonical URLs."""

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

from .patterns import UNFILLED_TEMPLATE, URL_KEYS, URLS

INNER_WHITESPACE = re.compile(r"[\t\n\r]")


def clean_href(href, base_url):
    """Absolute URL for ``href`` or None for links that lead nowhere (javascript:, #, {$var})."""
    if href is None:
        return None
    href = INNER_WHITESPACE.sub("", href).strip().replace("\\", "/")
    if not href or href.startswith("#") or UNFILLED_TEMPLATE.search(href):
        return None
    scheme = urlsplit(href).scheme.lower()
    if scheme and scheme not in ("http", "https"):
        return None
    url = safe_url_string(urljoin(base_url, href))
    return None if is_trap(url) else url


def is_trap(url, max_depth=12, max_repeats=2):
    """Paths that only a crawler trap produces: very deep, or one segment repeated."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return len(segments) > max_depth or any(segments.count(s) > max_repeats for s in set(segments))


def page_kind(url):
    path = urlsplit(url).path
    return next((kind for kind, rx in URLS.items() if rx.search(path)), None)


def canonical(url, kind=None):
    """Keep only the identifying parameters, in a fixed order; page=1 is the default page."""
    kind = kind or page_kind(url)
    parts = urlsplit(url)
    if kind is None:
        return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, parts.query, ""))
    params = dict(parse_qsl(parts.query))
    keep = [(k, params[k].strip()) for k in URL_KEYS[kind] if params.get(k, "").strip()]
    keep = [(k, v) for k, v in keep if not (k == "page" and v == "1")]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, urlencode(keep), ""))


def query_int(url, key):
    value = dict(parse_qsl(urlsplit(url).query)).get(key, "").strip()
    return int(value) if value.isdigit() else None


def same_host(url, portal_url):
    return urlsplit(url).netloc.lower() == urlsplit(portal_url).netloc.lower()
