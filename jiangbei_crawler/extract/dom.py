"""Parsing HTML into an lxml tree that keeps every character, and small tree helpers.

Two ways real pages lose text in libxml2, both handled here:

* a stray ``</html>`` or ``</body>`` from an included header ends parsing early:
  both end tags are optional in HTML, so they are removed before parsing;
* nesting deeper than libxml2's limit (2,048 levels even with ``huge_tree``)
  stops the parse with the rest of the page silently missing: the error log
  says so.

Nesting is also what makes tree work slow (a walk per ancestor), so a page
nested deeper than ``MAX_DEPTH`` in any way is parsed again by libxml2 into a
tree builder of ours that keeps it that shallow, losing no text (``_CappedTree``).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin

import lxml.html
from cssselect import GenericTranslator, SelectorError
from lxml import etree

from . import rules
from .links import QUERY_ENCODING
from .text import BLOCK_TAGS, SKIP_TAGS

STRAY_END_TAGS = re.compile(r"</\s*(?:html|body)\s*>", re.I)
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
MAX_DEPTH = 256  # libxml2's default limit; real pages nest a few dozen levels


@dataclass
class Document:
    root: lxml.html.HtmlElement
    notes: list = field(default_factory=list)  # parse problems worth a warning


def parse_html(text: str, url: str | None = None) -> Document:
    """The page's tree; with the page's ``url``, its links resolved as a browser resolves them (``apply_base``)."""
    doc = _parse(text)
    if url:
        apply_base(doc.root, url)
    return doc


def as_page(fragment: str, charset: str | None = None) -> str:
    """A fragment of HTML (a script's written menu, a <noscript>'s inside, an API's row) as a page of its own, in
    ``charset`` where its links' queries take one (``encode_queries``)."""
    head = f"<head><meta charset='{charset}'></head>" if charset else ""
    return f"<html>{head}<body>{fragment}</body></html>"


def _parse(text):
    cleaned = STRAY_END_TAGS.sub("", XML_DECLARATION.sub("", text or ""))
    if not cleaned.strip():
        return Document(lxml.html.document_fromstring("<html><body></body></html>"), ["empty page"])
    data = cleaned.encode("utf-8", "surrogatepass")
    parser = lxml.html.HTMLParser(huge_tree=True, encoding="utf-8")
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        root = lxml.html.document_fromstring("<html><body></body></html>")
    if any("Excessive depth" in e.message for e in parser.error_log) or _deeper_than(root, MAX_DEPTH):
        return _parse_capped(data)
    return Document(root)


def apply_base(root, url):
    """Links resolved as a browser resolves them: against the page's ``<base href>`` (JSP and 站群 templates
    write every link relative to it), made absolute in the tree once; a page without one is left as it is. A
    query's Chinese is encoded as a browser encodes it, in the page's own charset (``encode_queries``)."""
    encode_queries(root)
    base = next(root.iter("base"), None)
    if base is None or not base.get("href") or not url or not rules.on("links.base_href"):
        return
    href = base.attrib.pop("href").strip()  # popped: applied once, whoever reads the tree next
    try:
        target = urljoin(url, href)
        root.rewrite_links(lambda link: _from_base(target, link), resolve_base_href=False)
    except ValueError:  # a malformed base or link: the page's links stay relative to the page
        pass


CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w-]+)", re.I)


def declared_charset(root):
    """The charset the page declares in a <meta>, lower-cased, or None."""
    for meta in root.iter("meta"):
        found = meta.get("charset") or (CHARSET.search(meta.get("content") or "") or [None, None])[1]
        if found:
            return found.strip().lower()
    return None


def encode_queries(root):
    """Links whose query holds Chinese (NewsList.asp?BigClass=学校新闻) are sent as a browser sends them, encoded
    in the page's charset (the WHATWG URL standard: a query takes the document's encoding): an ASP server with
    codepage 936 reads its GBK bytes, and the same words in UTF-8 name nothing there. Set for the page being
    read, for every link of it ``links.clean_href`` makes absolute, those its scripts build too."""
    charset = (declared_charset(root) or "") if rules.on("links.query_encoding") else ""
    QUERY_ENCODING.set(query_encoding(charset))


def query_encoding(charset):
    """The encoding a query takes on a page of ``charset``: the page's own for the CJK legacy ones (GB2312, GBK,
    Big5), UTF-8 otherwise (UTF-16 pages send UTF-8, and a Latin page's Chinese has no bytes of its own)."""
    charset = charset.lower().replace("_", "-")
    if charset.startswith(("gb", "x-gbk", "cp936", "euc-cn")):
        return "gb18030"
    return "big5" if charset.startswith("big5") else "utf-8"


def _from_base(base, link):
    """A link made absolute against the base; one that leads nowhere (#, "", javascript:) kept as written, so
    a click handler beside it still decides."""
    if not link.strip() or link.startswith("#") or link.strip().lower().startswith("javascript:"):
        return link
    return urljoin(base, link)


def _deeper_than(root, limit):
    """Whether an element lies more than ``limit`` levels deep: one XPath of ``limit`` child steps, walked in C
    (a walk of the whole tree in Python cost a third of a millisecond a page)."""
    return bool(root.xpath("/".join(["*"] * limit)))


def _parse_capped(data):
    """libxml2 reads the page into a tree builder of ours, which has no depth limit but ours."""
    builder = _CappedTree(MAX_DEPTH)
    parser = lxml.html.HTMLParser(target=builder, huge_tree=True, encoding="utf-8")
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, ValueError) as exc:
        return Document(lxml.html.document_fromstring("<html><body></body></html>"), [f"unparseable HTML: {exc}"])
    return Document(
        root, [f"nesting deeper than {MAX_DEPTH} levels: {builder.cut} deeper elements flattened, no text lost"]
    )


class _CappedTree:
    """An lxml parser target building lxml.html elements at most ``limit`` levels deep.

    An element that would sit deeper closes the deepest open element early and
    takes its place as its next sibling, so every attribute and character stays,
    in document order (what followed in the closed element follows the new one).
    An empty, attribute-less wrapper opening another (``<div><div>``) holds both
    instead, so a nest of bare tags does not become as many elements.
    """

    def __init__(self, limit):
        self.limit = limit
        self.root = None
        self.open = []  # (element, index in self.starts): elements really open, at most `limit`
        self.starts = []  # one per start tag not yet ended: True while its element is really open
        self.pending = []  # text not yet placed (joined once: a text arrives in many small pieces)
        self.cut = 0

    def start(self, tag, attrib):
        self._flush()
        if len(self.open) >= self.limit:
            self.cut += 1
            top, index = self.open.pop()
            self.starts[index] = False
            if _bare_wrapper(top, tag, attrib):
                self.open.append((top, len(self.starts)))
                self.starts.append(True)
                return
        el = self._element(tag, attrib)
        if el is None:  # a tag name XML cannot hold: its content goes to its parent
            self.starts.append(False)
            return
        self.open.append((el, len(self.starts)))
        self.starts.append(True)

    def _element(self, tag, attrib):
        if self.open:
            try:
                el = etree.SubElement(self.open[-1][0], tag)
            except ValueError:
                return None
        elif self.root is None:
            el = self.root = lxml.html.document_fromstring("<html></html>")
        else:
            return None  # a second root: libxml2 never makes one
        for key, value in attrib.items():
            try:
                el.set(key, value)
            except ValueError:
                continue  # an attribute name XML cannot hold carries no text
        return el

    def end(self, tag):
        self._flush()
        if self.starts and self.starts.pop():
            self.open.pop()

    def data(self, text):
        self.pending.append(text)

    def comment(self, text):
        self._flush()
        if self.open:
            try:
                self.open[-1][0].append(etree.Comment(text))
            except ValueError:
                pass  # a comment XML cannot hold ("--" inside) is not text

    def close(self):
        self._flush()
        return self.root if self.root is not None else lxml.html.document_fromstring("<html><body></body></html>")

    def _flush(self):
        text, self.pending = "".join(self.pending), []
        if not text or not self.open:
            return
        parent = self.open[-1][0]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + text
        else:
            parent.text = (parent.text or "") + text


def _bare_wrapper(el, tag, attrib):
    """``el`` holds nothing yet and an element like it, without attributes, opens in it: one element can be both."""
    if attrib or el.attrib or len(el) or (el.text or "").strip():
        return False
    name = tag_name(el)
    return not {name, tag} & (SKIP_TAGS | {"a"}) and (name in BLOCK_TAGS) == (tag in BLOCK_TAGS)


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
    if next(el.iter(*SKIP_TAGS), None) is None:  # lxml walks the tree itself, many times faster
        return " ".join("".join(el.itertext()).split())
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


# CSS framework utility classes (Bootstrap's border-bottom, mt-3, text-center, col-md-8) say how a block looks,
# not what it is: a list row styled border-bottom is no page bottom
UTILITY_CLASS = re.compile(
    r"(?<!\S)(?:border|rounded|[mp][trblxyse]?|text|float|d|col(?:-(?:xs|sm|md|lg|xl))?)-"
    r"(?:top|bottom|left|right|start|end|auto|center|none|block|inline|flex|\d+)(?:-\S*)?(?!\S)"
)


# the root a front-end framework renders the whole page into (Next.js's __next, Nuxt's __nuxt and __layout,
# Gatsby's ___gatsby): its name says which framework, never that the page is navigation
FRAMEWORK_ROOT = re.compile(r"(?<!\S)_{2,3}(?:next|nuxt|layout|gatsby)(?!\S)")


def attr_words(el):
    """class and id, lower-cased, for boilerplate and container hints (utility classes left out)."""
    words = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if "__" in words and rules.on("layout.framework_root"):
        words = FRAMEWORK_ROOT.sub("", words)
    return UTILITY_CLASS.sub("", words) if "-" in words else words


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
