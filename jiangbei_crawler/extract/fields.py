"""Labelled fields of an article: the header region where labels are looked for, and the values after labels
(来源 source, 发布机构 publisher).
"""

import itertools
import re

from . import dates, rules
from .dom import attr_words, text_of
from .patterns import (
    ANY_LABEL_RX,
    DATE_LABEL_RX,
    LABEL_AHEAD,
    PUBLISHER_RX,
    SOURCE_BAR_RX,
    SOURCE_ITEM_LABELS,
    SOURCE_ITEM_RX,
    SOURCE_LABELS,
    SOURCE_PLACEHOLDER,
    SOURCE_RX,
    VALUE_END,
    label_alternatives,
)
from .text import block_lines, clean_line

MAX_SOURCE = 80


def header_text(r, title_el, body_el, info_els):
    """(text, layer): the article's header region, where labels are looked for first."""
    if info_els:
        return "\n".join(_block_text(el) for el in info_els), "profile"
    lay = r.layout
    if title_el is not None:
        end = lay.start(body_el) if body_el is not None and lay.start(body_el) > lay.end(title_el) else None
        start = lay.end(title_el)
        return lay.text_between(start, end if end is not None else start + 400, limit=1200), "label"
    if body_el is not None:
        start = lay.start(body_el)
        before = [p for p, t in lay.segments if p < start]
        text = lay.text_between(before[-300] if len(before) >= 300 else 0, start, limit=10**6)
        return text[-1500:], "label"
    return "", "label"


BEFORE_TITLE = 200  # characters of the title's own block before it that may be the post's date line


def before_title(r, title_el):
    """The text of the title's own block before the title (forums' 发表于 … line above the subject): short, or
    nothing, so a page's banner or menus above the title are never read for its date."""
    lay = r.layout
    block = title_el.getparent()
    if block is None or block is lay.body or block not in lay.span:
        return ""
    text = lay.text_between(lay.start(block), lay.start(title_el), limit=4 * BEFORE_TITLE)
    return text if len(text.strip()) <= BEFORE_TITLE else ""


# where readers' comments begin after an article (comment lists, 评论 boxes): no label there is the article's
COMMENTS = re.compile(r"comment|cmt|pinglun|reply|replies", re.I)
COMMENT_BLOCKS = frozenset({"div", "ul", "ol", "dl", "section", "table", "form"})  # a list of comments, not a link


def footer_text(r, body_el):
    if body_el is None:
        return ""
    end = r.layout.end(body_el)
    reach = 400 if rules.on("footer.wide") else 200
    stop = end + reach
    if rules.on("footer.before_comments"):
        blocks = r.layout.elements_between(end, stop)
        first = next((el for el in blocks if el.tag in COMMENT_BLOCKS and _not_the_articles(r, el)), None)
        stop = stop if first is None else r.layout.start(first)
    return r.layout.text_between(end, stop, limit=2 * reach)


# （来源：市教育局）: the body's closing line names its source in brackets (portal CMSs of county sites)
CLOSING_SOURCE = re.compile(rf"[（(]\s*((?:{label_alternatives(SOURCE_LABELS)})\s*[:：]\s*[^（）()]{{2,20}})[)）]")


def closing_source(r, body_el):
    """The 来源 line the body ends with, its brackets left off, or ''."""
    if body_el is None or not rules.on("source.closing_line"):
        return ""
    start, end = r.layout.start(body_el), r.layout.end(body_el)
    lines = [x.strip() for x in r.layout.text_between(max(start, end - 80), end, 400).split("\n") if x.strip()]
    m = CLOSING_SOURCE.fullmatch(lines[-1]) if lines else None
    return m.group(1) if m else ""


RELATED_BOX = re.compile(r"related|relate|xgwz|xgxw|xiangguan", re.I)
RELATED_START = re.compile(r"^\s*【?(?:相关文章|相关新闻|相关阅读|相关链接|推荐阅读|热点文章|热门文章)")


def _not_the_articles(r, el):
    """A block after the body that holds other pages' fields: comments, or a box of related articles (their 阅读
    356 is theirs)."""
    words = attr_words(el)
    if COMMENTS.search(words):
        return True
    if not rules.on("footer.before_related"):
        return False
    return bool(RELATED_BOX.search(words) or RELATED_START.match(text_of(el)[:20]))


def _block_text(el):
    return "\n".join(block_lines(el))


def find_info_element(r, region_start, region_end):
    """The widest short element of the header region whose text holds a date label, or a 来源 label and a date
    (来源：央视网 | 2019年03月05日): the metadata line, kept out of the body."""
    best = None
    for el in r.layout.elements_between(region_start, region_end):
        if r.layout.chars(el) > 300:
            continue
        text = r.layout.short_text(el) or ""
        if DATE_LABEL_RX.search(text) or (SOURCE_RX.search(text) and dates.find_date_text(text)):
            if best is None or r.layout.chars(el) > r.layout.chars(best):
                best = el  # the widest such element: the whole metadata line, not one span of it
    return best


def label_value(text, rx):
    """The value after the first label: up to the next label, a separator or the end of the line."""
    return next(label_values(text, rx), None)


def label_values(text, rx):
    """The value after each label of ``text``, in order."""
    for m in rx.finditer(text):
        yield _value_at(text, m.end())


def _value_at(text, end):
    rest = text[end:]
    if not rest.split("\n", 1)[0].strip():  # label and value in separate cells
        nxt = rest.lstrip(" \t\u3000\xa0").split("\n", 2)
        rest = nxt[1] if len(nxt) > 1 and rest.startswith(("\n", " ")) else rest
        rest = rest.lstrip("\n")
        if ANY_LABEL_RX.match(rest.strip()):
            return ""
    nxt = ANY_LABEL_RX.search(rest)
    value = rest[: nxt.start()] if nxt else rest
    cut = VALUE_END.search(value)
    value = value[: cut.start()] if cut else value
    cut = LABEL_AHEAD.search(value) if rules.on("fields.unknown_label_ends_value") else None
    value = value[: cut.start()] if cut else value
    return clean_line(value).strip("：:，,;；|/ ")


# an element whose whole text is one 来源 and its value (<span>来源：澎湃新闻</span>, <span>来源 某公众号</span>): the
# element's end ends the value, where the flat text runs on into the share links after it
SOURCE_ELEMENT = re.compile(rf"^(?:{label_alternatives(SOURCE_LABELS)})\s*([:：]|[丨｜](?=\S))\s*(\S.{{0,19}})$")
SOURCE_LABEL_ONLY = re.compile(rf"^(?:{label_alternatives(SOURCE_LABELS)})\s*[:：]$")
SOURCE_ITEM_ELEMENT = re.compile(rf"^(?:{label_alternatives(SOURCE_ITEM_LABELS)})\s+([^\s:：，。,]{{2,20}})$")
# markup that names its text as the source (Sina's media_name, CMSs' copyfrom / laiyuan, class="source")
SOURCE_ATTR = re.compile(r"\b(?:media_name|source|laiyuan|copyfrom|article-source|news-source)\b", re.I)
NOT_A_NAME = re.compile(r"[:：]|链接|原文|点击|查看|阅读|https?:")  # a source-named element's link or label, not a name
NEAR_TITLE = 60  # document positions before the title where a site bar's 来源 item may stand


def source_elements(r, title_el, body_el):
    """(bounded, items, named): 来源 values as their own elements bound them, around the article's header: the
    value of a labelled element, an unlabelled ``来源 X`` item, and the text of an element named as the source."""
    if title_el is None or not rules.on("source.elements"):
        return [], [], []
    lay = r.layout
    start, end = lay.start(title_el) - NEAR_TITLE, lay.end(title_el) + 400
    if body_el is not None and lay.start(body_el) > lay.end(title_el):
        end = lay.start(body_el)
    bounded, items, named = [], [], []
    for el in lay.elements_between(start, end):
        if not 2 <= lay.chars(el) <= 40:
            continue
        text = " ".join((lay.short_text(el) or "").split())
        if (m := SOURCE_ELEMENT.match(text)) and (m.group(1) in ":：" or rules.on("source.bar_after_label")):
            bounded.append(m.group(2).strip())
        elif SOURCE_LABEL_ONLY.match(text) and (name := _image_name(el)):
            items.append(name)  # 来源：<a><img alt="某报"></a>: the outlet named by its logo
        elif m := SOURCE_ITEM_ELEMENT.match(text):
            items.append(m.group(1))
        elif SOURCE_LABEL_ALONE.fullmatch(text) and (value := _value_element(el)):
            items.append(value)  # <dt>来源</dt><dd>学生处</dd>: the label alone, its value the next element
        elif lay.start(el) > lay.end(title_el) and SOURCE_ATTR.search(attr_words(el)) and not NOT_A_NAME.search(text):
            named.append(text)
    return bounded, items + _field_after(lay, body_el), named


SOURCE_LABEL_ALONE = re.compile(rf"(?:{label_alternatives(SOURCE_LABELS)})")  # no colon: its value is no text of it
SOURCE_FIELD_LABEL = re.compile(rf"^(?:{label_alternatives(SOURCE_LABELS)})\s*[:：]?$")
AFTER_BODY = 300  # document positions after the body where its fields (来源, 作者, tags) stand


def _field_after(lay, body_el):
    """A 来源 field after the body as a label element and its value's element (Drupal's field__label and
    field__item, the colon drawn by the theme's CSS): the value, where the label is alone in its element."""
    if body_el is None or not rules.on("source.field_after_body"):
        return []
    for el in lay.elements_between(lay.end(body_el), lay.end(body_el) + AFTER_BODY):
        if lay.chars(el) <= 6 and SOURCE_FIELD_LABEL.match(" ".join((lay.short_text(el) or "").split())):
            text = _next_text(el)
            if 2 <= len(text) <= 20:
                return [text]
    return []


def _value_element(el):
    """The text of the element after a label's own (a <dd> after its <dt>, a cell after its label cell)."""
    text = _next_text(el) if rules.on("source.label_then_value") else ""
    return text if 2 <= len(text) <= 20 and not NOT_A_NAME.search(text) else None


def _next_text(el):
    """The text of the element after ``el`` (a label's value in an element of its own), or ''."""
    value = el.getnext()
    return " ".join(text_of(value).split()) if value is not None else ""


def _image_name(el):
    """The alt (or title) of the logo a 来源 label's element holds, or of the element right after it."""
    nxt = el.getnext()
    img = next(itertools.chain(el.iter("img"), nxt.iter("img") if nxt is not None else ()), None)
    name = " ".join((img.get("alt") or img.get("title") or "").split()) if img is not None else ""
    return name if 2 <= len(name) <= 20 else None


def pick_source(r, texts, elements=((), (), ())):
    """(value, layer): the first 来源 that names someone; a placeholder (转载, 互联网) only when no real one follows
    (one after the body wins), null in the end. A value running into the next link's text (来源：<a>某报</a><a>举报
    </a>) ends where that link begins."""
    placeholder = empty = None
    for text, layer in texts:
        bars = label_values(text, SOURCE_BAR_RX) if rules.on("source.bar_after_label") else ()
        for value in itertools.chain(label_values(text, SOURCE_RX), bars):
            glued = dates.find_date_text(value) if rules.on("source.cut_at_date") else None
            at = value.find(glued) if glued else -1
            if at > 0 and len(value[:at].strip()) >= 2:
                value = value[:at].strip()  # 来源：中国新闻网2011年03月05日: spans run together
            if dates.find_date_text(value) or len(value) > MAX_SOURCE:
                r.why("source", value, "a date or too long for a name")
                continue
            value = _cut_at_link(r, value) if rules.on("source.cut_at_link") else value
            value = _cut_before_links(r, value) if rules.on("source.cut_before_tool_links") else value
            value = next((b for b in elements[0] if b and value.startswith(b)), value)
            if rules.on("source.placeholder") and SOURCE_PLACEHOLDER.match(value):
                placeholder = placeholder or layer
                r.why("source", value, "a placeholder that names no one")
                continue
            if not value:  # 来源： with nothing after it: the slot left blank, shown as empty unless a value follows
                empty = empty or layer
                r.why("source", value, "an empty slot")
                continue
            return value, layer
    item = SOURCE_ITEM_RX.search(texts[0][0]) if texts and rules.on("source.item_without_colon") else None
    if item and not SOURCE_PLACEHOLDER.match(item.group(1)):
        return item.group(1), texts[0][1]
    for value, layer in [(v, "label") for v in elements[1]] + [(v, "markup") for v in elements[2]]:
        if not SOURCE_PLACEHOLDER.match(value) and not dates.find_date_text(value) and len(value) <= 20:
            return value, layer
    if empty and not placeholder:
        return "", empty
    return None, ("placeholder" if placeholder else None)


METADATA_SOURCE = ("来源", "信息来源")
METADATA_PUBLISHER = ("发布机构", "发文机关", "发文单位", "公开责任部门")


def _first(pairs, labels):
    value = next((pairs[k] for k in labels if pairs.get(k)), None)
    return None if value is None or SOURCE_PLACEHOLDER.match(value) else value


def pick_publisher(texts):
    for text, _layer in texts:
        value = label_value(text, PUBLISHER_RX)
        if value and len(value) <= MAX_SOURCE:
            return value
    return None


TOOL_WORD = re.compile(r"打印|收藏|纠错|关闭|分享|举报|评论|转发|复制|字体|字号|返回|顶部|推荐")


def _cut_before_links(r, value):
    """``value`` up to where a run of two or more links' texts ends it (来源：县教师发展中心<a>打印</a><a>收藏</a>
    <a>纠错</a>: the tool links glued to a plain-text value)."""
    texts = [t for t in r.link_texts() if len(t) >= 2 and TOOL_WORD.search(t)]
    for at in range(2, len(value) - 3):
        rest, links = value[at:], 0
        while rest:
            link = next((t for t in texts if rest.startswith(t)), None)
            if link is None:
                break
            rest, links = rest[len(link) :].lstrip(), links + 1
        if not rest and links >= 2:
            return value[:at].strip()
    return value


def _cut_at_link(r, value):
    """``value`` up to where a second link's text starts, when it begins with one link's whole text."""
    for link in r.link_texts():
        if len(link) >= 2 and value.startswith(link) and len(value) > len(link):
            rest = value[len(link) :].strip()
            if any(rest.startswith(other) for other in r.link_texts() if len(other) >= 2):
                return link
    return value
