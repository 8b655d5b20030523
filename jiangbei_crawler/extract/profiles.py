"""Site profiles: what is known of one portal's markup and URLs, as data.

A profile is the first layer of extraction. It applies to a page only when
the page's URL matches one of the profile's URL patterns, and each value it
yields is checked like any other (a title must be text, a body container
must not hold the title), so a portal that changed its template falls
through to the generic rules instead of storing garbage.

``jiangbei`` is the disclosure portal as reconstructed in ``docs/portal.md`` from
the one saved article: expect to adjust it on first contact with the real site.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from .patterns import TRACKING_PARAMS


@dataclass(frozen=True)
class Profile:
    name: str
    urls: dict  # kind -> compiled pattern over the URL path
    id_param: dict = field(default_factory=dict)  # kind -> the query parameter that identifies a page
    url_keys: dict = field(default_factory=dict)  # kind -> query parameters kept in canonical URLs
    selectors: dict = field(default_factory=dict)  # field -> CSS selector
    breadcrumb_root: str | None = None
    site_title_suffix: re.Pattern | None = None

    def kind_of(self, url):
        """The kind of page ``url`` is on this profile's portal, or None. A URL of the profile's shape whose
        query names a parameter the profile does not know is another CMS's (KesionCMS's ``list.asp?id=5`` is
        no ``list.asp?sid=…&cid=…``): the profile never reads it, nor drops its parameters from its identity."""
        parts = urlsplit(url)
        kind = next((kind for kind, rx in self.urls.items() if rx.search(parts.path)), None)
        names = {k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)}
        return kind if kind is not None and names <= set(self.url_keys.get(kind, ())) else None


JIANGBEI = Profile(
    name="jiangbei",
    urls={
        "school": re.compile(r"/school\.asp$", re.I),
        "list": re.compile(r"/list\.asp$", re.I),
        "article": re.compile(r"/show\.asp$", re.I),
        "counter": re.compile(r"/counter\.asp$", re.I),
    },
    id_param={"article": "id", "counter": "id"},
    url_keys={"school": ("sid",), "list": ("sid", "cid", "page"), "article": ("id", "page"), "counter": ("id",)},
    selectors={
        "home.schools": "div.stage a",
        "home.latest": "div.latest a",
        "school.categories": "ul.menu a",
        "list.position": "div.position",
        "list.rows": "table.list tr",
        "list.row_date": "td.date",
        "list.pager": "div.pager",
        "article.position": "div.position",
        "article.title": "h1",
        "article.info": "div.info",
        "article.content": "div#content",
        "article.pages": "div.pages",
        "article.attachments": "div.attach",
    },
    breadcrumb_root="校务信息公开",
    site_title_suffix=re.compile(r"\s*[-_|]\s*江北区校务信息公开平台\s*$"),
)

PROFILES = {p.name: p for p in (JIANGBEI,)}


def resolve(name):
    """``auto`` (every known profile, each only where its URLs match), ``none``, or one profile's name."""
    if name in (None, "", "auto"):
        return tuple(PROFILES.values())
    if name == "none":
        return ()
    if name not in PROFILES:
        raise ValueError(f"unknown site profile {name!r}; known: auto, none, {', '.join(PROFILES)}")
    return (PROFILES[name],)


def for_url(profiles, url):
    """(profile, kind) of the first profile whose URL patterns match ``url`` (a URL or a path and query)."""
    for profile in profiles:
        kind = profile.kind_of(url)
        if kind:
            return profile, kind
    return None, None
