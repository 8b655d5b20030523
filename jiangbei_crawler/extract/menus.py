"""Where a page's links are: every element that leads somewhere, beyond ``<a href>``.

Menus come as image maps, frames, items that navigate on a click and ``javascript:`` links that open a window
(``<noscript>`` links are plain ``<a>``), and 信息公开目录 trees drawn by a script from node data; each family
has a hand-written fixture in ``tests/test_menu_families.py``.
"""

import re

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
PAGE_URL = re.compile(r"(?:/|\.(?:s?html?|jsp|aspx?|php))(?:\?[^#]*)?$", re.I)


def script_nodes(root):
    """(label, href) of the nodes of trees that inline scripts draw: only page addresses (a folder or a page),
    never a script's other strings."""
    for script in root.iter("script"):
        if script.get("src") or not script.text or "{" not in script.text:
            continue
        for obj in SCRIPT_NODE.findall(script.text[:200_000]):
            url, name = NODE_URL.search(obj), NODE_NAME.search(obj)
            if url and PAGE_URL.search(url.group(1)):
                yield (clean_line(name.group(1)) if name else ""), url.group(1)


def link_targets(root):
    """(element, href) of every element that leads somewhere, in document order."""
    for el in root.iter():  # lazily: a page of 300,000 links is read only as far as MAX_LINKS
        if not isinstance(el.tag, str):  # a comment
            continue
        name = el.tag
        if name not in LINK_TAGS and "onclick" not in el.attrib:
            continue
        href = target(el)
        if href:
            yield el, href


def target(el):
    """Where an element leads: its href (a frame's src), or its onclick's URL where the href leads nowhere
    (``href="#"``, ``javascript:``) or there is none."""
    href = el.get("src") if el.tag in ("frame", "iframe") else el.get("href")
    if el.tag not in LINK_TAGS or not href or href.strip().lower().startswith("javascript") or href.strip() == "#":
        m = ONCLICK_URL.search(el.get("onclick") or "")
        href = m.group(1) if m else href
    return href
