"""Breadcrumbs: ``您目前的位置:首页>党务公开>正文`` and the many ways CMSs spell them."""

import re
from urllib.parse import urlsplit

from .dom import attr_words, text_of
from .links import clean_href
from .patterns import CRUMB_HINT, CRUMB_LEAVES, CRUMB_ROOTS, CRUMB_SEPARATORS, POSITION_PREFIX, SCHOOL_NAME
from .text import clean_line

MAX_CRUMB_CHARS = 300
HOME_PATH = re.compile(r"^/?(?:(?:index|default|main|home)\.\w+)?$", re.I)
POSITION_WORD = re.compile(r"位置|当前页面")
PART_END = re.compile(r"\s{2,}|[|丨｜【]|字号|字体|打印|关闭")


def find_breadcrumb(root, layout=None):
    """The element holding the page's breadcrumb, or None."""
    for node in root.xpath("//body//*[contains(text(), '位置') or contains(text(), '当前页面')]"):
        found = _climb(node, layout)
        if found is not None:
            return found
    for node in root.iter("div", "p", "span", "td", "ul", "ol", "nav"):
        if CRUMB_HINT.search(attr_words(node)) and _looks_like_crumb(node, layout):
            return node
    return None


def _chars(node, layout):
    return layout.chars(node) if layout is not None and node in layout.stats else len(text_of(node))


def _climb(node, layout):
    """From the element holding the prefix, up to the block that holds the whole trail."""
    el = node
    for _ in range(4):
        if el is None or _chars(el, layout) > MAX_CRUMB_CHARS:
            return None
        text = POSITION_PREFIX.sub("", text_of(el))
        if text and text != text_of(el) and (CRUMB_SEPARATORS.search(text) or el.find(".//a") is not None):
            return el
        el = el.getparent()
    return None


def _looks_like_crumb(node, layout):
    if _chars(node, layout) > MAX_CRUMB_CHARS:
        return False
    return len(node.findall(".//a")) >= 1 and bool(CRUMB_SEPARATORS.search(text_of(node)))


def breadcrumb_parts(el, base_url, profile=None, leaf_title=None):
    """(parts, link urls) of a breadcrumb, without its root (首页, the site) and leaf (正文, the title)."""
    text = POSITION_PREFIX.sub("", text_of(el))
    links = [(clean_line(text_of(a)), clean_href(a.get("href"), base_url)) for a in el.iter("a")]
    if CRUMB_SEPARATORS.search(text):
        parts = [clean_line(p) for p in CRUMB_SEPARATORS.split(text)]
    else:
        parts = [t for t, _ in links] + ([text.split(links[-1][0])[-1]] if links and links[-1][0] else [])
    parts = [PART_END.split(p, 1)[0].strip() for p in parts]  # a crumb bar may end in tools: 字号 大 中 小 | 打印
    parts = [p for p in parts if p and not POSITION_WORD.fullmatch(p)]
    href = {t: u for t, u in links if t and u}
    root = profile.breadcrumb_root if profile is not None else None
    while parts and (parts[0] in CRUMB_ROOTS or parts[0] == root or _is_home(href.get(parts[0]), base_url)):
        parts.pop(0)
    squashed = "".join((leaf_title or "").split())
    while parts and (parts[-1] in CRUMB_LEAVES or (squashed and _is_title(parts[-1], squashed))):
        parts.pop()
    urls = [href[p] for p in parts if p in href]
    return parts, urls


def _is_home(url, base_url):
    if not url:
        return False
    a, b = urlsplit(url), urlsplit(base_url)
    return a.netloc.lower() == b.netloc.lower() and bool(HOME_PATH.match(a.path)) and not a.query


def _is_title(part, squashed_title):
    part = "".join(part.split()).rstrip(".…")
    return len(part) >= 4 and (squashed_title.startswith(part) or part == squashed_title)


def path_after_school(parts, school=None):
    """The category path of breadcrumb parts: what follows the school (the one given, or a part named like one)."""
    cut = [i for i, p in enumerate(parts) if p == school or SCHOOL_NAME.match(p)]
    if cut:
        parts = parts[cut[0] + 1 :]
    return ">".join(parts) or None


# ---- schools a page names ------------------------------------------------------------

TITLE_WORDS = re.compile(r"[，。！？、：:；,!?（）()《》“”]|关于|通知|公示|举行|举办|获评|开展|活动|成功|召开")
MIN_SCHOOLS = 3  # a page of school links names several: one link named like a school is a category or a title


def school_labels(links):
    """The labels of links that name schools, when the page lists several (a portal's home or stage page)."""
    found = {label for _, label, _ in links if label and SCHOOL_NAME.match(label) and not TITLE_WORDS.search(label)}
    return found if len(found) >= MIN_SCHOOLS else set()


def site_school(page_title):
    """A one-school site's own name, from its home page title (网站首页-绍兴市第一中学)."""
    parts = [part.strip() for part in re.split(r"--|__|_|\||｜|-|—", page_title or "")]
    schools = [part for part in parts if SCHOOL_NAME.match(part)]
    return schools[-1] if schools else None
