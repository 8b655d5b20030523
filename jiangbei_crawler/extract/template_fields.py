"""Titles and dates where the portal's template shows them: the rung of the title and date ladders that comes
from the site, not the page.

A template's article pages show their title and their date at one place of the markup (a ``div.tit``, a
table cell, a ``span`` under the heading). Where the page's own rules found them on most of the template's
pages (a heading matching ``<title>``, a labelled date, the row of the list that linked here), that place is
learnt (``extract.template.learn_fields``), and only when what it holds varies from page to page: a text
the same on most pages (the banner's today's date, the site's name) is chrome. A page of the template is then
read there, where the page alone says too little: a two-character title under a ``<title>`` that is only the
site's name, a list row that cut the title short (关于做好…), a date with no label and no heading above it.

Nothing here names a site or a CMS: the fixtures of ``tests/test_template_fields.py`` are hand-written
pages of two template families.
"""

from . import dates, rules
from .dom import body_of, contains, tag_name, text_of
from .text import SKIP_TAGS, squash

MAX_TITLE = 300  # characters a title may have (longer is a paragraph); title.py reads titles by it too
TRUNCATED = ("...", "…", "..", "。。。")  # how a list row says it cut a title short
MIN_STEM = 6  # characters a cut-short title keeps before it is matched as the start of the page's title


RULE = {"title": "title.template_place", "published": "date.template_place"}


def _elements(r, name):
    """The page's elements at the path its template learnt for field ``name``; [] without one."""
    template, paths = r.template or (None, None)
    path = template.fields.get(name) if template is not None and rules.on(RULE[name]) else None
    return [el for el, p in paths.items() if p == path] if path else []


def template_title(r):
    """(element, text) at the template's title place: one element with a title's length, else None."""
    found = _elements(r, "title")
    if len(found) != 1:
        return None
    text = text_of(found[0])
    return (found[0], text) if 0 < len(text) <= MAX_TITLE else None


def template_date(r, dayfirst):
    """The date at the template's date place: a labelled one first (发布时间 beside 更新时间), else the first
    that may be a publish date (not a deadline or a range's end)."""
    text = " ".join(text_of(el) for el in _elements(r, "published"))[:400]
    if not text:
        return None
    found, _ = dates.labelled(text)
    found = found or next(dates.published_dates(text, loose=rules.on("date.bare_forms")), None)
    return dates.to_iso(found, r.now, dayfirst)[0] if found else None


def field_places(r, page, title_el, body_el, ex):
    """field -> (path, text): where this page showed its title and date, read by the page's own rules, for its
    template to learn (only the fields the template has not learnt yet)."""
    template, paths = r.template
    out = {}
    if "title" not in template.fields and page.title:
        el = None
        if ex["title"] in ("heading", "profile") and title_el is not None and text_of(title_el) == page.title:
            el = title_el  # the whole element is the title (not a heading that also holds the date line)
        elif ex["title"] == "list":
            el = holding_title(r, page.title)
        if el is not None and el in paths:
            out["title"] = (paths[el], text_of(el))
    if "published" not in template.fields and page.published and ex["published"] in ("label", "header", "list"):
        el = _holding_date(r, page.published, title_el, body_el)
        if el is not None:
            out["published"] = (paths[el], page.published)
    return out


def _own_texts(r):
    """(element, its own text: its text and its children's tails) of the body, outside links and scripts."""
    walk = [body_of(r.root)]
    while walk:
        el = walk.pop()
        if not isinstance(el.tag, str) or tag_name(el) in SKIP_TAGS or tag_name(el) == "a":
            continue
        own = " ".join(" ".join([el.text or "", *(c.tail or "" for c in el)]).split())
        if own:
            yield el, own
        walk.extend(reversed(el))


def is_cut(hint):
    return squash(hint).endswith(TRUNCATED)


def holding_title(r, hint):
    """The element whose own text is the title the list row showed, or starts with it where the row cut it."""
    stem = squash(hint)
    cut = is_cut(hint)
    stem = stem.rstrip(".…。") if cut else stem
    for el, own in _own_texts(r):
        mine = squash(own)
        if mine == stem or (cut and len(stem) >= MIN_STEM and mine.startswith(stem)):
            return el
    return None


def _holding_date(r, iso, title_el, body_el):
    """The element whose own text holds the page's publish date: the first after the title, or with no title
    the last before the body (a side list of dated rows at the top may show the same day), else the first."""
    day, found = iso[:10], []
    for el, own in _own_texts(r):
        if not any(ch.isdigit() for ch in own) and "〇" not in own:
            continue
        if any((dates.to_iso(d, r.now)[0] or "")[:10] == day for d in dates.published_dates(own, loose=True)):
            found.append(el)
    lay = r.layout
    if title_el is not None:
        after = [el for el in found if lay.start(el) >= lay.end(title_el) or contains(el, title_el)]
        return after[0] if after else (found[0] if found else None)
    if body_el is not None:
        before = [el for el in found if lay.end(el) <= lay.start(body_el)]
        return before[-1] if before else (found[0] if found else None)
    return found[0] if found else None
