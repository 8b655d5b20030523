"""The body-text rule and HTML sanitising.

One line per block element, inline markup never breaks a line, whitespace
(including ``&nbsp;`` and U+3000) collapsed, control characters dropped.
The rule is spelled out in ``jiangbei_crawler.replica``'s docstring.
"""

import re

import nh3
from lxml import etree

BLOCK_TAGS = frozenset(
    "p div table thead tbody tfoot tr td th caption li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote pre "
    "section article header footer nav aside center form fieldset address hr br".split()
)
# video/audio/canvas hold fallback text no browser shows ("您的浏览器不支持视频播放")
SKIP_TAGS = frozenset("script style noscript template head title object embed iframe video audio canvas".split())
# What XML 1.0 cannot hold (a feed with one of these is not XML): control characters but tab and line
# breaks, lone surrogates and the non-characters U+FFFE/U+FFFF. An entity (&#x1;) brings them past decoding.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def squash(text):
    """``text`` without any whitespace: how a title or a label is compared whatever its spacing."""
    return "".join(text.split())


def clean_line(text):
    return " ".join(CONTROL.sub("", text).split())


def xml_safe(value):
    """A string without CONTROL characters; anything else (None, a number) unchanged."""
    return CONTROL.sub("", value) if isinstance(value, str) else value


def block_lines(root, skip=frozenset()):
    """Lines of ``root``'s text by the body-text rule (iterative: nesting depth is unbounded).

    Elements in ``skip`` (a title or navigation inside a chosen container) are left out, their tails kept.
    """
    lines, buf = [], []
    pre = 0  # inside <pre>: its line breaks are the text's own

    def flush():
        line = clean_line("".join(buf))
        if line:
            lines.append(line)
        buf.clear()

    def add(text):
        if not pre or "\n" not in text:
            buf.append(text)
            return
        first, *rest = text.split("\n")
        buf.append(first)
        for part in rest:
            flush()
            buf.append(part)

    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event in ("comment", "pi"):
            add(node.tail or "")
            continue
        name = _local(node.tag)
        if event == "start":
            if name in SKIP_TAGS or node in skip:
                if node in skip:
                    flush()
                walker.skip_subtree()
                continue
            if name in BLOCK_TAGS:
                flush()
            pre += name == "pre"
            add(node.text or "")
        else:
            pre -= name == "pre"
            if name in BLOCK_TAGS:
                flush()
            if node is not root:
                add(node.tail or "")
    flush()
    return lines


def _local(tag):
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


# No span or font: with their style and face attributes gone they carry nothing, and the sanitizer keeps
# their text while dropping the tags, a fifth of Word-pasted HTML.
ALLOWED_TAGS = {
    "p", "div", "br", "b", "strong", "i", "em", "u", "table", "thead", "tbody", "tr", "td", "th",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "blockquote", "pre", "center", "sub", "sup",
}  # fmt: skip
ALLOWED_ATTRS = {"a": {"href", "title"}, "img": {"src", "alt", "width", "height"}, "td": {"colspan", "rowspan"},
                 "th": {"colspan", "rowspan"}, "p": {"align"}, "div": {"align"}}  # fmt: skip


def sanitize_html(fragment):
    """Keep structure and text; drop scripts, event handlers, styles and non-http(s) URLs."""
    return nh3.clean(
        xml_safe(fragment),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRS,
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
