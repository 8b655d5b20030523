"""Template families of the replica: the same portal (schools, articles, quirks, truth) under other CMSs' markup.

Each family has its own URL scheme, markup for home, school, list, pager,
breadcrumb and article, and its own behaviour past the last list page:

* ``jiangbei``: the portal as ``docs/portal.md`` reconstructs it (``show.asp?id=N``); past the end, the last page again.
* ``specalt``: the portal of ``docs/portal.md`` to the letter (same URLs), with other class names and layout: the
  school menu in ``<div class="menu"><ul>``, rows in ``<ul>``, an ``<h1>`` that is the site's name, and a
  ``#content`` that wraps the whole page. The site profile's URL patterns match, its selectors do not.
* ``powereasy``: a PowerEasy SiteFactory school site (``/Item/N.aspx``, ``ul.infoList``, ``Index_N.aspx``,
  ``div.conTxt``); past the end, 404.
* ``table``: an ASP-era table layout (``ArticleShow.asp?ArticleID=N``, rows in ``<tr>``, a ``<select>`` jump
  box, the title in ``<font><b>`` and the body in a cell no generic rule names); past the end, a page that
  says 没有任何文章.

The crawler's generic rules are tested on ``powereasy`` and ``table``, with no site profile.

The ``jiangbei`` family and the helpers all share are in ``jiangbei.py``, ``powereasy`` and ``table`` in
modules of their own; ``specalt`` and the registry are here.
"""

import re

from . import render
from .jiangbei import Family
from .powereasy import PowerEasy
from .table import Table

FAMILIES = ("jiangbei", "specalt", "powereasy", "table")


# ---- SPEC to the letter, other markup -------------------------------------------------------------

_LIST_ROW = re.compile(r'<tr><td class="date">([^<]*)</td><td>(<a [^>]*>[^<]*</a>)</td></tr>')


class SpecAlt(Family):
    """The jiangbei pages rewritten: what a portal built from the same SPEC by another vendor could look like."""

    name = "specalt"

    @staticmethod
    def _restyle(html):
        html = html.replace("<body>\n", '<body>\n<div id="content"><h1 class="sitename">江北区校务信息公开平台</h1>', 1)
        html = html.replace("</body>", "</div></body>")
        html = html.replace('<div class="position">您目前的位置:', '<div class="crumb">当前位置：')
        html = html.replace('<div class="stage"><h3>', '<div class="xd"><h4>').replace("</h3><ul>", "</h4><ul>")
        html = html.replace(
            '<div class="latest"><h3>最新公开</h4>', '<div class="zxgk"><div class="tit">最新公开</div>'
        )
        html = html.replace('<ul class="menu">', '<div class="menu"><ul>')
        html = re.sub(
            r'(<div class="menu"><ul>.*)</ul>(\s*\n<div class="footer">)', r"\1</ul></div>\2", html, flags=re.S
        )
        html = html.replace('<table class="list">', '<ul class="news_list">')
        html = _LIST_ROW.sub(r"<li>\2<em>\1</em></li>", html)
        html = re.sub(r'(<ul class="news_list">(?:<li>.*?</li>)*)</table>', r"\1</ul>", html, flags=re.S)
        html = html.replace('<div class="pager">', '<div class="fenye">').replace(
            '<div class="empty">', '<div class="kong">'
        )
        html = re.sub(r'<h1 class="title">(.*?)</h1>', r'<h2 class="art_tit">\1</h2>', html)
        html = re.sub(r'<div class="info">(.*?)</div>', r'<p class="meta">\1</p>', html, flags=re.S)
        html = html.replace('<div id="content">', '<div class="wenzhang">', 2).replace(
            '<body>\n<div class="wenzhang">', '<body>\n<div id="content">', 1
        )
        html = html.replace('<div class="pages">', '<div class="fy">').replace(
            '<div class="attach">附件:', '<div class="fujian">相关附件：'
        )
        return html

    def home(self, portal, q):
        return self._restyle(render.home(portal, q))

    def school(self, portal, s, q):
        return self._restyle(render.school(portal, s, q))

    def listing(self, portal, s, cid, pageno, q):
        return self._restyle(render.listing(portal, s, cid, pageno or 1, q))

    def article(self, portal, a, pageno, q):
        return self._restyle(render.article(portal, a, pageno or 1, q))


BY_NAME = {f.name: f for f in (Family(), SpecAlt(), PowerEasy(), Table())}


def family(name):
    if name not in BY_NAME:
        raise ValueError(f"unknown template {name!r}; known: {', '.join(FAMILIES)}")
    return BY_NAME[name]
