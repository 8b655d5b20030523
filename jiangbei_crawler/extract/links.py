"""Turning messy hrefs into canonical URLs, and URLs into article identities."""

import contextvars
import hashlib
import re
from collections import Counter
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

from . import profiles as prof
from . import rules
from .patterns import (
    DOCUMENT_EXT,
    HUB_DENY,
    ID_PARAMS,
    IMAGE_EXT,
    NOT_A_PAGE_EXT,
    PAGE_PARAMS,
    SESSION_IN_PATH,
    TRACKING_PARAMS,
    UNFILLED_TEMPLATE,
)

INNER_WHITESPACE = re.compile(r"[\t\n\r]")
# the names a web server answers "/" with; main.htm and home.asp are other pages (a frameset's content frame, the
# page a splash page's 进入网站 leads to)
HOME_PAGE = re.compile(r"^/?(?:(?:index|default)\.\w+)?$", re.I)
DATE_IN_PATH = re.compile(r"(?<!\d)(?:19|20)\d\d(?:[-_/]?\d\d){1,2}(?!\d)")
FOLDER_INDEX = re.compile(r"/(?:index|default)(?:_\d+)?\.(?:s?html?|aspx?|jsp|php)$", re.I)
MAX_ID = 2**53  # larger "ids" are not ids (and would overflow SQLite's integers)
HASHED_ID_BASE = 2**60
FIRST_PAGE_VALUES = {"1", ""}
# the charset a query's non-ASCII is sent in: the page's own, set while a page is read (dom.encode_queries)
QUERY_ENCODING = contextvars.ContextVar("query_encoding", default="utf-8")
DOUBLE_ESCAPED = re.compile(r"&amp;[^&#]*")


def clean_href(href, base_url):
    """Absolute URL for ``href`` or None for links that lead nowhere (javascript:, #, {$var})."""
    if href is None:
        return None
    href = INNER_WHITESPACE.sub("", href).strip().replace("\\", "/")
    if "&amp;" in href and rules.on("links.double_escaped"):
        # escaped twice by the template (&amp;amp;classid=2): a browser sends amp;classid, which no server reads
        href = DOUBLE_ESCAPED.sub("", href)
    if not href or href.startswith("#") or UNFILLED_TEMPLATE.search(href):
        return None
    scheme = urlsplit(href).scheme.lower()
    if scheme and scheme not in ("http", "https"):
        return None
    try:
        url = safe_url_string(urljoin(base_url, href), encoding=QUERY_ENCODING.get())
    except ValueError:  # e.g. a port number out of range
        return None
    url = url.split("#", 1)[0]
    return None if is_trap(url) else url


def is_trap(url, max_depth=12, max_repeats=2):
    """Paths that only a crawler trap produces: very deep, or one segment repeated."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return len(segments) > max_depth or any(segments.count(s) > max_repeats for s in set(segments))


def kind_hint(url, profiles=()):
    """The page kind a profile's URL patterns say, or None."""
    return prof.for_url(profiles, url)[1]


def canonical(url, profiles=()):
    """One spelling per page: host lower-cased, tracking parameters dropped, parameters in a fixed order.

    A profile's URL kinds keep only their identifying parameters; elsewhere every
    parameter but known tracking ones is kept, sorted. ``page=1`` is the default page.
    """
    url = url if url.isascii() else safe_url_string(url)
    parts = urlsplit(url)
    profile, kind = prof.for_url(profiles, url)
    # the query's bytes kept as they are: a GBK site's %D1%A7 is no UTF-8 and must not become U+FFFD
    raw = "latin-1" if rules.on("links.query_encoding") else "utf-8"
    params = parse_qsl(parts.query, keep_blank_values=True, encoding=raw)
    if profile is not None and kind in profile.url_keys:
        given = {k.lower(): v.strip(" \t\r\n") for k, v in params}  # ASCII only: 0xA0 is a byte of 章
        keep = [(k, given[k]) for k in profile.url_keys[kind] if given.get(k)]
    else:
        keep = sorted((k, v.strip(" \t\r\n")) for k, v in params if not TRACKING_PARAMS.match(k))
    keep = [(k, v) for k, v in keep if not (PAGE_PARAMS.match(k) and v in FIRST_PAGE_VALUES)]
    path = SESSION_IN_PATH.sub("", parts.path) or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(keep, encoding=raw), ""))


def query_int(url, key):
    value = dict(parse_qsl(urlsplit(url).query)).get(key, "").strip()
    return int(value) if value.isdigit() and int(value) < MAX_ID else None


DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url):
    """(scheme, host, port) with the scheme's default port filled in; None for a URL without one (a bad port)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or DEFAULT_PORTS.get(scheme)
    except ValueError:  # a port past 65535 or not a number
        return None
    return (scheme, parts.hostname or "", port) if parts.hostname else None


def same_host(url, portal_url):
    """On the portal: the same origin (scheme, host and port), as a browser decides, or one of the portal's other
    names (``Portal.aliases``). Another port of the portal's host is another server (an admin console, a metrics
    endpoint), not the portal."""
    mine = origin(url)
    return mine is not None and (mine == origin(portal_url) or mine in getattr(portal_url, "aliases", ()))


LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


class Portal(str):
    """The portal's address, and the other names the same site answers to: its host with or without ``www.``,
    over http and https, and (for a local copy) the loopback names of its port. ``preferred`` is the origin the
    site itself uses (where its home page redirects, or what its links mostly name): the one its archived
    addresses carry, whichever name led to a page."""

    def __new__(cls, url):
        portal = super().__new__(cls, url)
        home = origin(url)
        portal.preferred = home
        portal.aliases = frozenset(_names(home)) - {home} if rules.on("links.host_aliases") else frozenset()
        return portal

    def learn(self, home_url, linked):
        """The site's own name from its home page: where it redirected (``home_url``), else what its links
        (``linked``) mostly name."""
        return self.prefer(home_url) or self.prefer_linked(linked)

    def prefer(self, url):
        """Take ``url``'s origin as the site's own name if it is another of the portal's names (the home page
        redirected there); whether it did."""
        found = origin(url)
        if found is None or found == self.preferred or found not in self.aliases:
            return False
        self.preferred = found
        return True

    def prefer_linked(self, urls):
        """The name the home page's links mostly use, where it is another of the portal's names."""
        counts = Counter(o for o in map(origin, urls) if o is not None and (o in self.aliases or o == self.preferred))
        if counts and counts.most_common(1)[0][1] > counts.get(self.preferred, 0):
            self.preferred = counts.most_common(1)[0][0]

    def stable(self, url):
        """``url`` under the portal's given name: what an id is computed from, whichever name the site prefers."""
        found = origin(url)
        return url if found is None or found not in self.aliases else self._under(url, origin(self))

    def named(self, url):
        """``url`` under the site's own name where it is under another of the portal's names."""
        found = origin(url)
        if found is None or found == self.preferred or found not in self.aliases | {origin(self)}:
            return url
        return self._under(url, self.preferred)

    @staticmethod
    def _under(url, name):
        scheme, host, port = name
        parts = urlsplit(url)
        netloc = host if port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
        return urlunsplit((scheme, netloc if ":" not in host else f"[{host}]:{port}", *parts[2:]))


def _names(home):
    scheme, host, port = home
    bare = host[4:] if host.startswith("www.") else host
    hosts = LOOPBACK if host in LOOPBACK else {bare, f"www.{bare}"} if "." in bare and not bare[0].isdigit() else {host}
    default = port == DEFAULT_PORTS.get(scheme)
    for other in ("http", "https"):
        for name in hosts:
            yield other, name, DEFAULT_PORTS[other] if default else port


def numeric_id(url, profiles=()):
    """The portal's own id of an article URL, or None: the profile's id parameter,
    an id-like query parameter (id, ArticleID, newsid...), or the last number of the file name
    (Item/329.aspx, art_123_456.html, /info/1066/9041.htm, t20190918_3342.shtml)."""
    parts = urlsplit(url)
    profile, kind = prof.for_url(profiles, url)
    if profile is not None and kind in profile.id_param:
        return query_int(url, profile.id_param[kind])
    params = parse_qsl(parts.query)
    for key, value in sorted(params, key=lambda kv: kv[0].lower() != "id"):
        if ID_PARAMS.match(key) and value.strip().isdigit():
            return _bounded(int(value))
    name = parts.path.rstrip("/").rsplit("/", 1)[-1]
    m = re.search(r"(\d+)\D*$", name.rsplit(".", 1)[0] if "." in name else name)
    return _bounded(int(m.group(1))) if m else None


def _bounded(n):
    return n if n < MAX_ID else None


def hashed_id(url):
    """A stable id for an article URL that carries no usable number (far above any portal's ids)."""
    digest = int(hashlib.sha256(url.lower().encode()).hexdigest()[:15], 16)
    return HASHED_ID_BASE + digest % HASHED_ID_BASE


def route_form(url):
    """ThinkPHP's compatibility-mode address (``index.php?s=/home/news/show/id/120``) as its PATHINFO route
    (``index.php/home/news/show/id/120``): one page, two spellings a ThinkPHP site mixes (the framework answers
    both). For identity only: the address fetched stays the one written."""
    parts = urlsplit(url)
    if "s=" not in parts.query or not rules.on("identity.thinkphp_routes"):
        return url
    params = parse_qsl(parts.query, keep_blank_values=True)
    route = dict(params).get("s", "")
    base = parts.path if parts.path.lower().endswith("index.php") else parts.path.rstrip("/") + "/index.php"
    if not route.startswith("/") or not (parts.path.lower().endswith("index.php") or parts.path.endswith("/")):
        return url
    rest = [(k, v) for k, v in params if k != "s"]
    return urlunsplit((parts.scheme, parts.netloc, base + route, urlencode(rest), ""))


ROUTE = re.compile(r"/index\.php/(.+?)(?:\.html?)?$", re.I)


def id_template(url, article_id):
    """The shape of an article URL around its id: the last two path segments and the query.

    Two URLs with the same id and the same shape are one article (``/site/Item/5.aspx`` and
    ``/Item/5.aspx``, or the day folders of ``/2020-12-13/content-5.html`` and ``/2020-12-17/content-5.html``:
    ids are the CMS's own and the day is the publishing date, which an edit may move); the same id under another
    shape is another article.
    """
    parts = urlsplit(url)
    route = ROUTE.search(parts.path) if rules.on("identity.thinkphp_routes") else None
    # a framework route (index.php/Home/News/show/id/120.html) is its whole path, its case and suffix aside
    tail = route.group(1).lower() if route else "/".join(parts.path.lower().rstrip("/").split("/")[-2:])
    tail = re.sub(rf"(?<!\d){article_id}(?!\d)", "{id}", tail)
    if article_id >= 1000:  # a re-dated article keeps its id (PHP168 /2020-12-13/content-4321); a small one may
        tail = DATE_IN_PATH.sub("{day}", tail)  # be a day's own counter (/20210610/1.html, /20210611/1.html)
    # the other parameters' values too: PHPCMS's picture model numbers its ids apart from its news model
    # (a=show&catid=9&id=3 is not catid=7&id=3); the id's own and a page number are names only
    keys = sorted(
        k.lower() if v.strip() == str(article_id) or PAGE_PARAMS.match(k) else f"{k.lower()}={v.strip()}"
        for k, v in parse_qsl(parts.query)
        if not TRACKING_PARAMS.match(k)
    )
    return tail + "?" + "&".join(keys)


def continuation_page(url, first_url):
    """Page number of ``url`` when it is a later page of the article at ``first_url``, else None.

    ``show.asp?id=5&page=2``, ``Item/5_2.aspx``, ``9041_2.htm``, ``t2019_55_1.html`` (TRS counts from 0:
    the order, not the number, is what matters).
    """
    a, b = urlsplit(url), urlsplit(first_url)
    if a.netloc.lower() != b.netloc.lower():
        return None
    if a.path == b.path:
        extra = dict(parse_qsl(a.query))
        base = dict(parse_qsl(b.query))
        pages = [v for k, v in extra.items() if PAGE_PARAMS.match(k) and k not in base and v.isdigit()]
        rest = {k: v for k, v in extra.items() if not (PAGE_PARAMS.match(k) and k not in base)}
        if pages and rest == base and int(pages[0]) > 1:
            return int(pages[0])
        return None
    stem, dot, ext = b.path.rpartition(".")
    if not dot or "/" in ext:
        return None
    m = re.fullmatch(re.escape(stem) + r"[_-](\d{1,4})\." + re.escape(ext), a.path)
    if m and a.query == b.query:
        return int(m.group(1)) + 1  # _1 is page 2 on TRS, _2 page 2 elsewhere: only the order is used
    return None


def is_folder_index(url):
    """A folder's own page (``/tzgg/index.html``, ``/xxgk/default.aspx``), with no query: a channel, never one
    article (TRS WCM, Hanweb, VSB, EmpireCMS file each article under its own name)."""
    parts = urlsplit(url)
    return not parts.query and bool(FOLDER_INDEX.search(parts.path))


def is_home(url, portal_url):
    """The portal's home page under any of its names (/, /index.asp, /Default.aspx)."""
    parts, home = urlsplit(url), urlsplit(portal_url)
    if not same_host(url, portal_url) or parts.query:
        return False
    path, base = parts.path.lower(), home.path.lower().rstrip("/")
    if base and not path.startswith(base):
        path = base + path  # a one-school site under a folder links its home both ways
    return bool(HOME_PAGE.match(path[len(base) :]))


def home_frames(frames, url, portal_url):
    """Of a home page's frames (``ListPage.frames``), those followed whatever they are named (a frameset's content
    frame may be index.htm when "/" is default.asp), unless they are files, logins or the home page itself."""
    followed = (h for h in frames if followable(h, portal_url) or is_home(h, portal_url))
    return [h for h in followed if canonical(h) != canonical(url)]


def followable(url, portal_url):
    """A link worth following from a hub: a page on the portal's host, not a file, a login, a search or home."""
    path = urlsplit(url).path
    if not same_host(url, portal_url) or HUB_DENY.search(url) or is_home(url, portal_url):
        return False
    return not (DOCUMENT_EXT.search(path) or IMAGE_EXT.search(path) or NOT_A_PAGE_EXT.search(path))
