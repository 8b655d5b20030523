"""Metadata tables of government and school disclosure CMSs (信息公开 pages of TRS, Hanweb, Kaipu, EmpireCMS…).

Above or below the title such pages carry a block of label/value pairs: 索引号, 主题分类, 发布机构, 成文日期,
文号, 主题词, 来源, 有效性…, written as table cells (a label cell, then a value cell), as ``<li><span>label
</span>value</li>``, as ``<dt>``/``<dd>`` pairs, or as ``label：value`` runs on one line. Every pair is kept, in
page order; the article's date, source and publisher are read from it where the page shows them nowhere else.
"""

import re

from .dom import tag_name
from .layout import Layout
from .text import squash

METADATA_LABELS = ("索引号", "信息索引号", "分类", "主题分类", "信息分类", "体裁分类", "组配分类", "服务对象分类",
                   "发布机构", "发文机关", "发文单位", "公开责任部门", "发文日期", "成文日期", "发布日期", "生成日期",
                   "公开日期", "文号", "发文字号", "主题词", "关键词", "来源", "信息来源", "有效性", "时效",
                   "公开方式", "公开范围", "公开形式", "名称", "标题", "内容概述", "信息类别", "废止日期", "产生日期",
                   "信息名称", "索取号", "公开类别", "统一编号", "公开时间", "责任部门")  # fmt: skip
MIN_LABELS = 3  # pairs a block needs to be a metadata table, not a line of an article
MAX_BLOCK_CHARS = 1500
MAX_VALUE = 200
# a label as pages space it out to line up a column: 索 引 号, 文　　号
_SPACED = "|".join(r"\s*".join(map(re.escape, x)) for x in sorted(METADATA_LABELS, key=len, reverse=True))
LABEL = re.compile(rf"^({_SPACED})\s*[:：]?\s*(.*)$", re.S)
INLINE_PAIR = re.compile(rf"({_SPACED})\s*[:：]\s*(.*?)(?=\s+(?:{_SPACED})\s*[:：]|$)")
CELL_TAGS = ("td", "th", "dt", "dd", "span", "li", "p", "b", "strong", "label", "em", "div")


ANY_LABEL = re.compile(
    _SPACED
)  # spaced out too (索　引　号, 发&nbsp;布&nbsp;机&nbsp;构): ASP.NET tables line them up so


def find_metadata(root, layout: Layout | None = None):
    """({label: value}, block element) of the page's metadata block, in page order; ({}, None) without one."""
    layout = layout or Layout(root)
    if len({squash(x) for x in ANY_LABEL.findall(layout.text()[:200_000])}) < MIN_LABELS:
        return {}, None  # most pages: no need to look at every block
    block = _block(root, layout)
    if block is None:
        return {}, None
    pairs = _pairs(_cells(block))
    return (pairs, block) if len(pairs) >= MIN_LABELS else ({}, None)


def _block(root, layout):
    """The smallest table, list or division holding at least MIN_LABELS labels (short enough to be metadata)."""
    best = None
    for el in root.iter("table", "tbody", "ul", "dl", "div"):
        chars = layout.chars(el)
        if not chars or chars > MAX_BLOCK_CHARS:
            continue
        text = layout.short_text(el) or ""
        found = {m.group(1) for m in INLINE_PAIR.finditer(text)} | _cell_labels(el)
        if len(found) >= MIN_LABELS and (best is None or chars < layout.chars(best)):
            best = el
    return best


def _cell_labels(el):
    labels = set()
    for cell in el.iter(*CELL_TAGS):
        m = LABEL.match(_text(cell))
        if m and not m.group(2).strip():
            labels.add(m.group(1))
    return labels


def _cells(block):
    """The block's leaf texts in document order; a cell holding other cells gives its own text and the text
    after each of them (``<li><span>索引号：</span>001</li>`` gives 索引号：, 001)."""
    out = []
    for cell in block.iter(*CELL_TAGS):
        if any(tag_name(d) in CELL_TAGS for d in cell.iterdescendants("*")):
            out.append((cell.text or "").strip())
        else:
            out.append(_text(cell))
        parent = cell.getparent()
        if parent is not None and parent is not block and tag_name(parent) in CELL_TAGS:
            out.append((cell.tail or "").strip())
    return [c for c in out if c and c not in (":", "：")]  # a colon in a span of its own parts label and value


def _pairs(cells):
    pairs = {}
    i = 0
    while i < len(cells):
        m = LABEL.match(cells[i])
        if m is None:
            i += 1
            continue
        label, rest = squash(m.group(1)), m.group(2).strip()
        inline = list(INLINE_PAIR.finditer(cells[i]))
        if len(inline) > 1:  # several pairs on one line: 发布机构：某局 成文日期：2024-03-05
            for pair in inline:
                pairs.setdefault(squash(pair.group(1)), pair.group(2).strip()[:MAX_VALUE])
        elif rest:
            pairs.setdefault(label, rest[:MAX_VALUE])
        elif i + 1 < len(cells) and not LABEL.match(cells[i + 1]):
            pairs.setdefault(label, cells[i + 1][:MAX_VALUE])
            i += 1
        i += 1
    return {k: v for k, v in pairs.items() if v}


def _text(el):
    return " ".join("".join(el.itertext()).split())
