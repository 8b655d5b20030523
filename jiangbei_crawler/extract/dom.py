"""Parsing HTML into an lxml tree that keeps every character, and small tree helpers.

Two ways real pages lose text in libxml2, both handled here:

* a stray ``</html>`` or ``</body>`` from an included header ends parsing early:
  both end tags are optional in HTML, so they are removed before parsing;
* nesting deeper than libxml2's limit (2,048 levels even with ``huge_tree``)
  stops the parse with the rest of the page silently missing: the error log
  says so, and the page is parsed again with html5lib, which has no depth limit.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html
from cssselect import GenericTranslator, SelectorError
from lxml import etree

from .text import SKIP_TAGS

STRAY_END_TAGS = re.compile(r"</\s*(?:html|body)\s*>", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


@dataclass
class Document:
    root: lxml.html.HtmlElement
    notes: list = field(default_factory=list)  # parse problems worth a warning


def parse_html(text: str) -> Document:
    cleaned = STRAY_END_TAGS.sub("", XML_DECLARATION.sub("", text or ""))
    if not cleaned.strip():
        return Document(lxml.html.document_fromstring("<html><body></body></html>"), ["empty page"])
    parser = lxml.html.HTMLParser(huge_tree=True, encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(cleaned.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        root = lxml.html.document_fromstring("<html><body></body></html>")
    if any("Excessive depth" in e.message for e in parser.error_log):
        return _parse_deep(cleaned)
    return Document(root)


def _parse_deep(text):
    """html5lib builds the tree itself, so libxml2's parser depth limit does not apply."""
    import html5lib

    try:
        tree = html5lib.parse(text, treebuilder="lxml", namespaceHTMLElements=False)
        root = _as_html_tree(tree.getroot())
    except Exception as exc:  # noqa: BLE001 - a page we cannot parse is recorded, not raised
        return Document(lxml.html.document_fromstring("<html><body></body></html>"), [f"unparseable HTML: {exc}"])
    return Document(root, ["nesting deeper than 2,048 levels: parsed with html5lib"])


def _as_html_tree(src_root):
    """Copy an html5lib tree into lxml.html elements, iteratively (its depth is unbounded)."""
    root = lxml.html.document_fromstring("<html></html>")
    stack = [(src_root, root)]
    while stack:
        src, dst = stack.pop()
        dst.text = src.text
        for child in src:
            if not isinstance(child.tag, str):
                node = etree.Comment(child.text or "") if child.tag is etree.Comment else None
                if node is None:
                    continue
                dst.append(node)
            else:
                node = etree.SubElement(dst, child.tag.rsplit("}", 1)[-1])
                for key, value in child.attrib.items():
                    try:
                        node.set(key.rsplit("}", 1)[-1], value)
                    except ValueError:
                        continue  # an attribute name XML cannot hold carries no text
                stack.append((child, node))
            node.tail = child.tail
    return root


@lru_cache(maxsize=512)
def xpath_of(css):
    """A compiled XPath for a CSS selector (profiles are data written as CSS)."""
    try:
        return etree.XPath(GenericTranslator().css_to_xpath(css))
    except SelectorError as exc:
        raise ValueError(f"bad CSS selector {css!r}: {exc}") from exc


def select(root, css):
    return xpath_of(css)(root)


def tag_name(el):
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower() if "}" in tag else tag.lower()


def text_of(el):
    """Visible text of ``el``: no script, style or comments (their tails are text); whitespace collapsed."""
    out = [el.text or ""] if isinstance(el.tag, str) and tag_name(el) not in SKIP_TAGS else []
    walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if node is el:
            continue
        if event in ("comment", "pi"):
            out.append(node.tail or "")
        elif event == "start":
            if tag_name(node) in SKIP_TAGS:
                walker.skip_subtree()
            else:
                out.append(node.text or "")
        else:
            out.append(node.tail or "")
    return " ".join("".join(out).split())


def attr_words(el):
    """class and id, lower-cased, for boilerplate and container hints."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def contains(ancestor, el):
    if ancestor is None or el is None:
        return False
    while el is not None:
        if el is ancestor:
            return True
        el = el.getparent()
    return False


def body_of(root):
    body = root.find("body")
    return body if body is not None else root
