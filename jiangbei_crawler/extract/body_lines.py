"""The body's lines once its container is chosen: what a container holds around the text is dropped (a metadata
line, a reprint or byline line, follow-us cards, navigation and tool lines, related links), the author's text is
kept (a first line repeating the title, a sentence that mentions 下一篇)."""

import re

from . import rules
from .patterns import (
    ANY_LABEL_RX,
    BYLINE,
    DATE_LABEL_RX,
    FLOOR_LINE,
    FOLLOW_PROMPT,
    NAV_LINE,
    NAV_WORDS,
    PAGER_LINE,
    RELATED_HEADING,
    REPRINT_LINE,
    TAG_LINE,
    TOOL_LINE,
)


def leading_metadata(lines):
    """The body's first lines that are a metadata line (several labels, a date label among them: 发表于 … | 分类：
    … | 来源：…), which blog themes and CMSs write inside the content block."""
    out = []
    for line in lines:
        if len(line) >= 150 or len(ANY_LABEL_RX.findall(line)) < 2 or not DATE_LABEL_RX.search(line):
            break
        out.append(line)
    return out


def clean_body_lines(lines):
    """Drop what a chosen container may hold around the text: label lines, navigation, related links. A first
    line that repeats the title is the author's (the title element itself is left out before): kept, as the
    saved real sites of three CMS families show it (PowerEasy, TRS WCM, PHP168)."""
    lines = lines[len(leading_metadata(lines)) :]
    if lines and REPRINT_LINE.match(lines[0]) and rules.on("source.reprint_line"):
        lines = lines[1:]  # read as the source
    lines = _without_follow_cards(lines) if rules.on("body.follow_prompt") else lines
    if lines and BYLINE.match(lines[0]) and rules.on("body.byline_first"):
        lines = lines[1:]
    lead = SUMMARY_LEAD.match(lines[0]) if len(lines) > 1 and rules.on("body.summary_lead") else None
    if lead and lines[1].startswith(lead.group(1)):
        lines = lines[1:]  # 摘要：the text's first sentences cut short, the CMS's description shown above them
    out = []
    for line in lines:
        if RELATED_HEADING.match(line):
            break
        if len(line) < 100 and NAV_LINE.match(line):
            continue
        if FLOOR_LINE.match(line) and rules.on("body.floor_label"):
            continue
        if len(line) < 100 and "页" in line and PAGER_LINE.match(line) and rules.on("body.pager_line"):
            continue
        out.append(line)
    while (
        out
        and len(out[-1]) < 100
        and (
            _nav_tail(out[-1])
            or (TAG_LINE.match(out[-1]) and rules.on("body.tag_line"))
            or (TOOL_LINE.match(out[-1]) and rules.on("body.tool_line"))
            or (TIP_PROMPT.search(out[-1]) and rules.on("body.tip_prompt"))
            or (COUNTER_LINE.match(out[-1]) and rules.on("body.counter_line"))
        )
    ):
        out.pop()
    return out


# the description a CMS shows above the text it was cut from (YzmCMS's article_desc, PHPCMS's 导读)
SUMMARY_LEAD = re.compile(r"^(?:摘要|内容摘要|导读|简介)\s*[:：]\s*(.{8,}?)\s*(?:\.{3,}|…+)$")
# a blog theme's tip box after the text: 如果觉得我的文章对您有用，请随意赞赏 and its 赏 button (WordPress themes)
TIP_PROMPT = re.compile(r"^(?:赏|打赏|赞赏)$|(?:随意|欢迎|请)(?:赞赏|打赏)|(?:赞赏|打赏)(?:作者|支持)")


# a hit counter closing the text, its number a script's (本文已被浏览<script>次: ASP school templates)
COUNTER_LINE = re.compile(
    r"^(?:本文|该文|此文|本页)?(?:已被|共被)?(?:浏览|阅读|点击|访问)(?:次数|量)?\s*[:：]?\s*\d*\s*次?$"
)


def _nav_tail(line):
    """A last line of the page's tools (上一篇：…, 【打印】, 版权所有); a sentence that only mentions 下一篇 (a blog's
    "下一篇想聊聊…，…。") is the text."""
    found = NAV_WORDS.findall(line)
    sentence = "，" in line and line.endswith(("。", "！", "？")) and not NAV_LINE.match(line)
    return bool(found) and not (sentence and set(found) <= {"上一篇", "下一篇"} and rules.on("body.nav_word_in_prose"))


FOLLOW_EDGE = 3  # lines at either end of a body where a follow-us card stands


def _without_follow_cards(lines):
    """The body without a follow-us card at its head (点击蓝字 / 关注我们) or its foot (长按二维码关注 and what follows)."""
    short = [i for i, line in enumerate(lines[:FOLLOW_EDGE]) if len(line) <= 20 and FOLLOW_PROMPT.search(line)]
    lines = lines[short[-1] + 1 :] if short else lines
    tail = len(lines) - FOLLOW_EDGE
    foot = [i for i, line in enumerate(lines) if i >= tail and len(line) <= 20 and FOLLOW_PROMPT.search(line)]
    return lines[: foot[0]] if foot and foot[0] > 0 else lines
