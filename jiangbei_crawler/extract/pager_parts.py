"""How a pager shows its pages beyond numbered links (``pager.find_pager`` reads them): a page number worded (页 2,
第2页), a bare 1/6, a count its links ran into (… 11 / 11 页), year tabs beside page numbers, a jump box whose
script builds the address, and 下一页 with 最后一页 alone."""

import re

from . import rules
from .dom import text_of
from .menus import GOES_TO_STRING, ONCLICK_URL
from .patterns import BARE_FRACTION

MAX_PAGE = 10**6  # a pager claiming more pages than this is garbage


def page_number(digits, default):
    value = int(digits)
    return value if 0 < value <= MAX_PAGE else default


PAGE_LABEL = re.compile(r"(?:第|页|Page)?\s*(\d+)\s*页?", re.I)


def page_label(label):
    """A page link's number where words stand around it (页 2 of a screen reader's text, 第2页): the number."""
    m = PAGE_LABEL.fullmatch(label.strip()) if rules.on("pager.worded_numbers") else None
    return m.group(1) if m else label


def from_next_and_last(pager):
    """Where only 下一页 and 最后一页 link pages (…&page=4, …&page=7) and nothing counts them: the one number
    their URLs differ by is the page, so this is page 3 of 7."""
    t1, t2 = re.split(r"(\d+)", pager.next_url), re.split(r"(\d+)", pager.last_url)
    diff = [i for i, (x, y) in enumerate(zip(t1, t2)) if x != y] if len(t1) == len(t2) else []
    if len(diff) != 1 or diff[0] % 2 == 0 or not rules.on("pager.next_and_last"):
        return
    i = diff[0]
    following, last = int(t1[i]), int(t2[i])
    if pager.last > 1 and (last != pager.last or not rules.on("pager.count_and_neighbours")):
        return  # 共12页 with 下页 and 末页 only: where the count is the 末页's number, the numbers are pages
    if 1 < following <= last <= MAX_PAGE:
        pager.template = ("".join(t1[:i]), "".join(t1[i + 1 :]), 1, 0)
        pager.current, pager.last = following - 1, last


def jump_value(option, value):
    """A jump box whose script writes the address around the chosen number: onchange="location.href='list_12_'
    +this.value+'.html'" (DedeCMS's sldd box)."""
    select = next(option.iterancestors("select"), None)
    m = GOES_TO_STRING.search(select.get("onchange") or "") if select is not None and value.isdigit() else None
    if m and m.group(3) == "this.value" and rules.on("pager.jump_script"):
        return f"{m.group(2)}{value}{m.group(5) or ''}"
    return value


def bare_fraction(box):
    """(this page, the last) of an element of the pager holding 1/6 and nothing else, outside its links (a mobile
    template's 首页 <span>1/6</span> 下一页); None where there is none."""
    if not rules.on("pager.bare_fraction"):
        return None
    for el in box.iter("span", "em", "b", "strong", "font", "i", "li", "label"):
        m = BARE_FRACTION.fullmatch(text_of(el)) if not len(el) and next(el.iterancestors("a"), None) is None else None
        if m and 0 < int(m.group(1)) <= int(m.group(2)) <= MAX_PAGE:
            return int(m.group(1)), int(m.group(2))
    return None


def linked_number(box, digits):
    """Whether a link of the pager shows this number (… 11 / 11 页 on page 1): a page to go to, not this page."""
    if not rules.on("pager.count_after_links"):
        return False
    return any(text_of(a).strip(" .…") == digits for a in box.iter("a"))


def without_year_tabs(numbered):
    """Page numbers without years (2024 | 2023 | 2022 tabs above a list share its box: two years or more) beside
    small page numbers: a list of 2,022 pages is no list whose neighbours are pages 2 and 3."""
    years = {n for n in numbered if 1990 <= n <= 2100}
    if len(years) < 2 or len(years) == len(numbered) or not rules.on("pager.year_tabs"):
        return numbered
    return {n: u for n, u in numbered.items() if n not in years} if max(set(numbered) - years) < 100 else numbered


def image_label(a):
    """The word of a pager button drawn as a picture (<a><img alt="下一页"></a>, old ASP and CMS skins)."""
    img = a.find(".//img")
    return (
        ((img.get("alt") or img.get("title") or "") if img is not None else "").strip()
        if rules.on("pager.image_labels")
        else ""
    )


def page_links(box):
    """The pager's links: its <a>s, and elements that go to a page when clicked (<span onclick="location.href=
    '?page=3'">: ASP.NET and PHP pagers drawn without links)."""
    links = list(box.iter("a"))
    if rules.on("pager.onclick_elements"):
        links += [el for el in box.iter() if el.tag != "a" and ONCLICK_URL.search(el.get("onclick") or "")]
    return links


def a_count(el):
    """A number the pager counts with: followed by 条/篇/页…, or after 共/每页 (共<b>87</b>条, 共<b>12</b>页)."""
    if not rules.on("pager.count_not_current"):
        return False
    before = el.getprevious().tail if el.getprevious() is not None else el.getparent().text
    return (el.tail or "").strip()[:1] in tuple("条篇项个页") or (before or "").rstrip().endswith(("共", "每页"))
