"""Where a page's links are: every element that leads somewhere, beyond ``<a href>``.

Menus come as image maps, frames, items that navigate on a click and ``javascript:`` links that open a window
(``<noscript>`` links are plain ``<a>``), and 信息公开目录 trees drawn by a script from node data; each family
has a hand-written fixture in ``tests/test_menu_families.py``.
"""

import re

from . import rules
from .forms import choice_form, form_choices, form_function
from .text import clean_line

# Where menus put their links besides <a href>: image maps, frames, and scripts run on a click (a menu of
# <li onclick="location.href='…'">, <a href="javascript:;" onclick="window.open('…')">); <noscript> links are <a>
MAX_LINKS = 10_000  # links of a page looked at; a page of 300,000 links is read this far and the cut recorded
LINK_TAGS = frozenset({"a", "area", "frame", "iframe"})
ONCLICK_URL = re.compile(  # location.href=encodeURI('/tzgg/index_2.jhtml') too (JEECMS's pager styles)
    r"""(?:location(?:\.href)?\s*=|window\.open\(|location\.(?:assign|replace)\()\s*"""
    r"""(?:encodeURI(?:Component)?\(\s*)?['"]([^'"]+)['"]"""
)


# 信息公开目录 trees drawn by a script from node data (zTree: {id:3, pId:1, name:"机构职能", url:"/col/3/"}):
# a node's page is a link of the tree, named by the node
SCRIPT_NODE = re.compile(r"\{[^{}]{0,400}\}")
NODE_URL = re.compile(r"""["']?(?:url|href|link)["']?\s*:\s*["']([^"']+)["']""", re.I)
NODE_NAME = re.compile(r"""["']?(?:name|title|text)["']?\s*:\s*["']([^"']+)["']""", re.I)
FRAME_SRC = re.compile(r"""\.src\s*=\s*['"]([^'"]+)['"]""")
PAGE_URL = re.compile(r"(?:/|\.(?:s?html?|jsp|aspx?|php))(?:\?[^#]*)?$", re.I)


MAX_SCRIPT = 200_000  # characters of one inline script read: the page's own code and data, not a bundled library


def inline_scripts(root, limit=MAX_SCRIPT):
    """The text of each of the page's own scripts (not ``<script src>``), cut at ``limit`` characters."""
    for script in root.iter("script"):
        if script.text and not script.get("src"):
            yield script.text[:limit]


def script_nodes(root):
    """(label, href) of the nodes of trees that inline scripts draw, and of the pages a script loads into a frame
    (document.getElementById('f1').src = 'list.aspx?sid=5&cid=12'): only page addresses (a folder or a page),
    never a script's other strings."""
    for code in inline_scripts(root):
        for url in FRAME_SRC.findall(code) if rules.on("links.frame_src_script") else ():
            if PAGE_URL.search(url):
                yield "", url
        if "{" not in code:
            continue
        for obj in SCRIPT_NODE.findall(code):
            url, name = NODE_URL.search(obj), NODE_NAME.search(obj)
            if url and PAGE_URL.search(url.group(1)):
                yield (clean_line(name.group(1)) if name else ""), url.group(1)


# the page's own functions that navigate: function goPage(n){location.href='list_'+n+'.html'}, function
# openDetail(id){ window.open('/detail?id=' + id); } (pagers, and rows and school logos of Java platforms), a
# guard first (if (n < 1) { return; }), or the address taken from an array of the pages (pageUrls[n - 1])
FUNCTION_HEAD = re.compile(r"function\s+(\w+)\s*\(\s*(\w+)\s*(?:,\s*\w+\s*)*\)\s*\{")  # showCol(cid, btn) too
FUNCTION_BODY = 400  # characters of a function read: a pager's or a row's function is a few lines
# where a script sends the browser: the window's location, a new window, or a frame's src (a tab showing a
# column's list in its iframe: document.getElementById('f1').src = 'list.aspx?cid=' + cid)
GOES = r"(?:location(?:\.href)?\s*=|window\.open\(|location\.(?:assign|replace)\(|\.src\s*=)\s*"
# location.href = 'list_' + n + '.html': the quoted head, the variable (a parameter, or a jump box's this.value), the tail
GOES_TO_STRING = re.compile(GOES + r"(['\"])([^'\"]*)\1\s*\+\s*(\w+(?:\.value)?)\s*(?:\+\s*(['\"])([^'\"]*)\4)?")
GOES_TO_ITEM = re.compile(GOES + r"(\w+)\[\s*(\w+)\s*(?:-\s*(\d))?\s*\]")
ARRAY_START = r"(?:var|let|const)\s+{name}\s*=\s*\["
MAX_ARRAY = 5000  # characters of an array of page addresses read
QUOTED = re.compile(r"['\"]([^'\"]*)['\"]")
CALL = re.compile(
    r"^\s*(?:javascript:\s*)?(\w+)\(\s*['\"]?([\w-]+)['\"]?\s*(?:,\s*this\s*)?\)\s*;?\s*(?:return\s+false;?\s*)?$"
)
# a handler bound to a class: $('.news-item').click(function(){ location.href = 'show.php?id=' + $(this).data('id') })
CLASS_HANDLER = re.compile(
    r"\$\(\s*['\"]\.([\w-]+)['\"]\s*\)\s*\.\s*(?:click\(|on\(\s*['\"]click['\"]\s*,)\s*function\s*\([^)]*\)\s*\{"
    r"[^{}]{0,300}?(?:location(?:\.href)?\s*=|window\.open\()\s*(['\"])([^'\"]*)\2\s*\+\s*\$\(\s*this\s*\)\s*\."
    r"(?:data\(\s*['\"]([\w-]+)['\"]\s*\)|attr\(\s*['\"]data-([\w-]+)['\"]\s*\))"
)
# a drop-down that navigates: <select onchange="location.href=this.value"> (a platform's school chooser)
SELECT_GOES = re.compile(r"(?:location(?:\.href)?\s*=|window\.open\()\s*this\.(?:value|options)")


def page_functions(root):
    """name -> where the page's one-argument function sends the browser for an argument (a function of it)."""
    calls = {}
    for code in inline_scripts(root):
        for head in FUNCTION_HEAD.finditer(code):
            name, arg = head.groups()
            body = code[head.end() : head.end() + FUNCTION_BODY].split("function ")[0]
            goes = _goes(root, code, arg, body)
            if goes is not None:
                calls.setdefault(name, goes)
    return calls


def _goes(root, code, arg, body):
    m = GOES_TO_STRING.search(body)
    if m and ".src" in m.group(0)[:12] and not rules.on("links.frame_src_script"):
        m = None
    if m and m.group(3) == arg:
        prefix, suffix = m.group(2), m.group(5) or ""
        return lambda n: f"{prefix}{n}{suffix}"
    m = GOES_TO_ITEM.search(body)
    if m and m.group(2) == arg and rules.on("links.page_arrays"):
        pages, offset = _array(code, m.group(1)), int(m.group(3) or 0)
        return lambda n: pages[int(n) - offset] if n.isdigit() and 0 <= int(n) - offset < len(pages) else None
    form = form_function(root, arg, body)
    if form is not None:
        return lambda n: f"{form[0]}{n}{form[1]}"
    return None


def _array(code, name):
    """The strings of the script's array ``name`` (var pageUrls = ["index.shtml", "index_1.shtml"]), or []."""
    start = re.search(ARRAY_START.format(name=re.escape(name)), code)
    if start is None:
        return []
    body = code[start.end() : start.end() + MAX_ARRAY].split("]", 1)
    return QUOTED.findall(body[0]) if len(body) == 2 else []


def called(href, calls):
    """``javascript:goPage(2)`` as the URL the page's own goPage sends the browser to; any other href as it is."""
    m = CALL.match(href or "") if calls else None
    if m is None or m.group(1) not in calls:
        return href
    return calls[m.group(1)](m.group(2)) or href


class PageScripts:
    """What the page's inline scripts make of a click, read once and only when an element needs it."""

    def __init__(self, root):
        self.root, self._calls, self._classes = root, None, None

    def resolve(self, el):
        if self._calls is None:
            self._calls = page_functions(self.root)
            self._classes = {}
            for code in inline_scripts(self.root):
                for m in CLASS_HANDLER.finditer(code):
                    self._classes.setdefault(m.group(1), (m.group(3), m.group(4) or m.group(5)))
        for code in (el.get("onclick"), el.get("href")):
            url = called(code, self._calls)
            if url and url != code:
                return url
        for name in (el.get("class") or "").split():
            prefix, key = self._classes.get(name, (None, None))
            if prefix is not None and el.get(f"data-{key}"):
                return f"{prefix}{el.get(f'data-{key}')}"
        return None


def link_targets(root, within=None):
    """(element, href) of every element that leads somewhere, in document order (inside ``within``)."""
    scripts = PageScripts(root) if rules.on("links.page_scripts") else None
    for el in (within if within is not None else root).iter():  # lazily: read only as far as MAX_LINKS
        if not isinstance(el.tag, str):  # a comment
            continue
        name = el.tag
        if name == "select" and scripts is not None and SELECT_GOES.search(el.get("onchange") or ""):
            yield from ((o, o.get("value")) for o in el.iter("option") if "/" in (o.get("value") or ""))
            continue
        if name == "select" and (form := choice_form(el)) is not None:  # a school chooser's form and 进入
            yield from form_choices(el, form)
            continue
        if name not in LINK_TAGS and "onclick" not in el.attrib:
            continue
        href = target(el, scripts)
        if href:
            yield el, href


def target(el, scripts=None):
    """Where an element leads: its href (a frame's src), or its onclick's URL where the href leads nowhere
    (``href="#"``, ``javascript:``) or there is none: a URL written in the onclick, or one a page function or a
    class's click handler builds (``scripts``)."""
    href = el.get("src") if el.tag in ("frame", "iframe") else el.get("href")
    if el.tag not in LINK_TAGS or not href or href.strip().lower().startswith("javascript") or href.strip() == "#":
        m = ONCLICK_URL.search(el.get("onclick") or "")
        href = m.group(1) if m else (scripts.resolve(el) if scripts is not None else None) or href
    return href
