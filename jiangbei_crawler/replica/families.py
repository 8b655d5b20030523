"""Template families of the replica: the same portal (schools, articles, quirks, truth) under other CMSs' markup.

Each family has its own URL scheme, markup for home, school, list, pager,
breadcrumb and article, and its own behaviour past the last list page:

* ``jiangbei``: the portal as ``SPEC.md`` reconstructs it (``show.asp?id=N``); past the end, the last page again.
* ``specalt``: the portal of ``SPEC.md`` to the letter (same URLs), with other class names and layout: the
  school menu in ``<div class="menu"><ul>``, rows in ``<ul>``, an ``<h1>`` that is the site's name, and a
  ``#content`` that wraps the whole page. The site profile's URL patterns match, its selectors do not.
* ``powereasy``: a PowerEasy SiteFactory school site (``/Item/N.aspx``, ``ul.infoList``, ``Index_N.aspx``,
  ``div.conTxt``); past the end, 404.
* ``table``: an ASP-era table layout (``ArticleShow.asp?ArticleID=N``, rows in ``<tr>``, a ``<select>`` jump
  box, the title in ``<font><b>`` and the body in a cell no generic rule names); past the end, a page that
  says 没有任何文章.

The crawler's generic rules are tested on ``powereasy`` and ``table``, with no site profile.
"""

import random
import re
from html import escape as E

from . import content as C
from . import render

FAMILIES = ("jiangbei", "specalt", "powereasy", "table")


class Family:
    name = "jiangbei"

    def route(self, path, qs):
        """(kind, args) for a request, or None: kinds home, school, list, article, counter."""
        routes = {"/": "home", "/index.asp": "home", "/school.asp": "school", "/list.asp": "list",
                  "/show.asp": "article", "/counter.asp": "counter"}  # fmt: skip
        kind = routes.get(path)
        if kind is None:
            return None
        args = {"home": (), "school": (_int(qs, "sid"),), "list": (_int(qs, "sid"), _int(qs, "cid"), _int(qs, "page")),
                "article": (_int(qs, "id"), _int(qs, "page")), "counter": (_int(qs, "id"),)}[kind]  # fmt: skip
        return kind, args

    def article_path(self, aid):
        return f"/show.asp?id={aid}"

    def home(self, portal, q):
        return render.home(portal, q)

    def school(self, portal, s, q):
        return render.school(portal, s, q)

    def listing(self, portal, s, cid, pageno, q):
        return render.listing(portal, s, cid, pageno or 1, q)

    def article(self, portal, a, pageno, q):
        return render.article(portal, a, pageno or 1, q)


def _int(qs, key):
    try:
        return int(qs.get(key, [""])[0].strip())
    except ValueError:
        return None


def _qs_int(qs, *keys):
    lowered = {k.lower(): v for k, v in qs.items()}
    for key in keys:
        if key.lower() in lowered:
            return _int({key: lowered[key.lower()]}, key)
    return None


def _date_text(a):
    return f"{a.when:%Y-%m-%d}"


def _category_parts(cid):
    name, parent = C.CATEGORIES[cid]
    return [(parent, C.CATEGORIES[parent][0]), (cid, name)] if parent else [(cid, name)]


def _visits(portal, a, counter_src):
    if a.visits_mode == "inline":
        return str(portal.visits(a.id))
    if a.visits_mode == "script":
        return f'<script type="text/javascript" src="{counter_src}"></script>'
    return ""


# ---- PowerEasy SiteFactory ------------------------------------------------------------------


class PowerEasy(Family):
    name = "powereasy"
    SITE = "江北区校务信息公开网"
    ROUTES = (
        (re.compile(r"^/(?:Default\.aspx)?$", re.I), "home"),
        (re.compile(r"^/School_(\d+)/(?:Index\.aspx)?$", re.I), "school"),
        (re.compile(r"^/School_(\d+)/Category_(\d+)/(?:Index(?:_(\d+))?\.aspx)?$", re.I), "list"),
        (re.compile(r"^/Item/(\d+)(?:_(\d+))?\.aspx$", re.I), "article"),
    )

    def route(self, path, qs):
        if path.lower() == "/common/gethits.aspx":
            return "counter", (_int(qs, "id"),)
        for rx, kind in self.ROUTES:
            m = rx.match(path)
            if m:
                return kind, tuple(int(g) if g else None for g in m.groups())
        return None

    def article_path(self, aid):
        return f"/Item/{aid}.aspx"

    def _page(self, title, body, charset="utf-8"):
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
        nav = "".join(f"<li><a href='/Default.aspx'>{x}</a></li>" for x in ("首页",))
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head>{meta}<title>{E(title)}</title><script src='/js/jquery.js'></script></head><body>"
            f'<div id="header"><div class="logo"><img src="/images/logo.png"></div><ul class="mainNav">{nav}'
            '<li><a href="http://www.jiangbei.gov.cn/" target="_blank">江北区政府</a></li></ul></div>'
            f'<div id="content"><div class="siteWidth">{body}</div></div>'
            f'<div id="footer"><div class="copyRight"><p>{self.SITE} 版权所有 Copyright &copy; 江北区教育局</p></div></div>'
            "</body></html>"
        )

    def home(self, portal, q):
        boxes = []
        for stage in C.STAGE_COUNTS:
            items = "".join(f'<li><a href="/School_{s.sid}/Index.aspx">{E(s.name)}</a></li>'
                            for s in portal.schools if s.stage == stage)  # fmt: skip
            if items:
                boxes.append(f'<div class="box schoolBox"><div class="hd"><h3>{stage}</h3></div>'
                             f'<div class="bd"><ul class="schoolList">{items}</ul></div></div>')  # fmt: skip
        rows = "".join(self._row(portal, portal.article(aid), q) for aid in portal.latest)
        boxes.append(f'<div class="box newsBox"><div class="hd"><h3>最新公开</h3></div>'
                     f'<div class="bd"><ul class="infoList">{rows}</ul></div></div>')  # fmt: skip
        return self._page(f"网站首页-{self.SITE}", "".join(boxes))

    def _row(self, portal, a, q, rng=None):
        href = f"/Item/{a.id}.aspx"
        if rng is not None and "links" in q and rng.random() < 0.3:
            href = rng.choice([f"/Item/{a.id}.aspx?from=list", f"../../Item/{a.id}.aspx", f" /Item/{a.id}.aspx\n"])
        tip = f"标题：{a.title}&#xD;点击数：{portal.visits(a.id)}&#xD;发表时间：{a.when:%Y年%m月%d日}"
        return (f'<li><span class="date">{_date_text(a)}</span><a href="{E(href)}" target="_blank" '
                f'title="{tip}">{E(render._cut(a.title, 20).replace("...", "…"))}</a></li>')  # fmt: skip

    def _menu(self, s):
        items = []
        for cid, (name, parent) in C.CATEGORIES.items():
            if parent:
                continue
            subs = "".join(f'<li><a href="/School_{s.sid}/Category_{c}/Index.aspx">{n}</a></li>'
                           for c, (n, p) in C.CATEGORIES.items() if p == cid)  # fmt: skip
            sub = f"<ul>{subs}</ul>" if subs else ""
            items.append(f'<li><a href="/School_{s.sid}/Category_{cid}/Index.aspx">{name}</a>{sub}</li>')
        return f'<div id="sideMenu"><div class="hd"><h3>{E(s.name)}</h3></div><div class="bd"><ul>{"".join(items)}</ul></div></div>'

    def _path(self, parts):
        crumbs = " &gt; ".join(f'<a href="{href}">{E(label)}</a>' for href, label in parts)
        return f'<div class="path"><span>当前位置：</span><a href="/Default.aspx">首页</a> &gt; {crumbs}</div>'

    def school(self, portal, s, q):
        body = (f'{self._path([(f"/School_{s.sid}/Index.aspx", s.name)])}<div class="side">{self._menu(s)}</div>'
                f'<div class="mainContent"><div class="schoolInfo"><h2>{E(s.name)}</h2>'
                f"<p>学段：{s.stage}</p><p>电话：0574-87{s.sid:06d}</p></div></div>")  # fmt: skip
        return self._page(f"{s.name}-{self.SITE}", body, render._meta(s))

    def listing(self, portal, s, cid, pageno, q):
        ids = portal.lists.get((s.sid, cid), [])
        pages = max(1, -(-len(ids) // render.PER_PAGE))
        pageno = pageno or 1
        if pageno > pages or pageno < 1:
            return None  # past the end: 404
        rng = random.Random(f"{portal.opts.seed}/pe-list/{s.sid}/{cid}/{pageno}")
        rows = [self._row(portal, portal.article(aid), q, rng)
                for aid in ids[(pageno - 1) * render.PER_PAGE : pageno * render.PER_PAGE]]  # fmt: skip
        listing = "".join(rows) if rows else "<li>没有记录</li>"
        crumbs = [(f"/School_{s.sid}/Index.aspx", s.name)] + [
            (f"/School_{s.sid}/Category_{c}/Index.aspx", n) for c, n in _category_parts(cid)
        ]
        body = (f'<div class="side">{self._menu(s)}</div><div class="mainContent"><div class="mHd">'
                f'{self._path(crumbs)}<h3>{C.CATEGORIES[cid][0]}</h3></div><div class="mBd">'
                f'<ul class="infoList">{listing}</ul>{self._pager(pageno, pages, q)}</div></div>')  # fmt: skip
        return self._page(f"{C.CATEGORIES[cid][0]}-{s.name}-{self.SITE}", body, render._meta(s))

    def _pager(self, pageno, pages, q):
        def href(n):
            return "Index.aspx" if n == 1 else f"Index_{n}.aspx"

        nums = " ".join(f"<b><a href='{href(n)}'>{n}</a></b>" if n == pageno else f"<a href='{href(n)}'>{n}</a>"
                        for n in range(max(1, pageno - 5), min(pages, pageno + 5) + 1))  # fmt: skip
        extra = f" <a href='{href(pages + 1)}'>下一页</a>" if "pagination" in q and pageno == pages else ""
        return (f'<div class="page"><span class="pagecss"><a href="{href(1)}">首页</a> '
                f'<a href="{href(max(1, pageno - 1))}">上一页</a> {nums} <a href="{href(min(pages, pageno + 1))}">下一页</a>'
                f' <a href="{href(pages)}">尾页</a>{extra}</span></div>')  # fmt: skip

    def article(self, portal, a, pageno, q):
        body_html, n_pages, pageno = render.body_chunk(portal, a, pageno or 1)
        crumbs = [(f"/School_{a.school.sid}/Category_{c}/Index.aspx", n) for c, n in _category_parts(a.cid)]
        date = f"<span>{E(a.date_html)}</span>" if a.date_html else ""
        visits = _visits(portal, a, f"/Common/GetHits.aspx?id={a.id}")
        pages = ""
        if n_pages > 1:
            links = [f"[{n}]" if n == pageno else f'<a href="/Item/{a.id}{"" if n == 1 else f"_{n}"}.aspx">[{n}]</a>'
                     for n in range(1, n_pages + 1)]  # fmt: skip
            pages = f'<div class="pageNum">分页：{" ".join(links)}</div>'
        attach = ""
        if a.attachments and pageno == 1:
            items = "".join(f"<li>{link}</li>" for link in render.attachment_links(a, q, rooted=True))
            attach = f'<div class="attachList"><strong>附件：</strong><ul>{items}</ul></div>'
        prev_next = (f'<div class="others"><div class="prev"><span>上一篇：</span><a href="/Item/{a.id - 1}.aspx">上一篇文章</a></div>'
                     f'<div class="next"><span>下一篇：</span><a href="/Item/{a.id + 1}.aspx">下一篇文章</a></div></div>')  # fmt: skip
        body = (f'<div class="side"><div class="box sideBox"><div class="hd"><h3>推荐阅读</h3></div></div></div>'
                f'<div class="mainContent"><div class="mainBox"><div class="mHd">{self._path(crumbs)}'
                f'<h3>{C.CATEGORIES[a.cid][0]}</h3></div><div class="mBd"><div class="printArea">'
                f'<h2 class="title">{E(a.title)}</h2><h3 class="subTitle"><span></span></h3>'
                f'<div class="property"> <span>文章来源：{E(a.source)}</span> <span>作者：佚名</span> {date} '
                f"<span>点击数：{visits} 次</span></div>"
                f'<div class="conTxt">{body_html}</div>{pages}{attach}'
                f'<div class="userControl"><a href="javascript:doPrint()">【打印正文】</a></div>{prev_next}'
                f"</div></div></div></div>")  # fmt: skip
        return self._page(f"{a.title}--{C.CATEGORIES[a.cid][0]}-{self.SITE}", body, render._meta(a.school))


# ---- an ASP-era table layout --------------------------------------------------------------------


class Table(Family):
    name = "table"
    SITE = "江北区中小学校务公开"

    def route(self, path, qs):
        p = path.lower()
        if p in ("/", "/index.asp"):
            return "home", ()
        if p == "/showschool.asp":
            return "school", (_qs_int(qs, "SchoolID"),)
        if p == "/articlelist.asp":
            return "list", (_qs_int(qs, "SchoolID"), _qs_int(qs, "ClassID"), _qs_int(qs, "Page"))
        if p == "/articleshow.asp":
            return "article", (_qs_int(qs, "ArticleID"), _qs_int(qs, "Page"))
        if p == "/article_gethits.asp":
            return "counter", (_qs_int(qs, "ArticleID"),)
        return None

    def article_path(self, aid):
        return f"/ArticleShow.asp?ArticleID={aid}"

    def _page(self, title, body, charset="gb2312"):
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
        return (
            f"<html><head>{meta}<title>{E(title)}</title></head><body topmargin=0>"
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
            f'<td height="90" background="images/top.jpg"><font color="#FFFFFF" size="5">{self.SITE}</font></td></tr>'
            '<tr><td class="daohang"><a href="index.asp">网站首页</a> | <a href="http://www.jiangbei.gov.cn/">区政府</a>'
            f"</td></tr></table>{body}"
            '<table width="980" align="center"><tr><td align="center" class="bottom">版权所有：江北区教育局 '
            "技术支持：江北区教育信息中心</td></tr></table></body></html>"
        )

    def _frame(self, left, right):
        return (f'<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                f'<td width="200" valign="top">{left}</td><td width="780" valign="top">{right}</td></tr></table>')  # fmt: skip

    def home(self, portal, q):
        rows = []
        for stage in C.STAGE_COUNTS:
            links = "&nbsp;&nbsp;".join(f'<a href="ShowSchool.asp?SchoolID={s.sid}">{E(s.name)}</a>'
                                        for s in portal.schools if s.stage == stage)  # fmt: skip
            if links:
                rows.append(f'<tr><td class="tdbg"><b>{stage}</b></td></tr><tr><td>{links}</td></tr>')
        latest = "".join(
            f'<tr><td>·<a href="ArticleShow.asp?ArticleID={aid}" title="{E(portal.article(aid).title)}">'
            f"{E(render._cut(portal.article(aid).title))}</a></td><td width=90>({_date_text(portal.article(aid))})</td></tr>"
            for aid in portal.latest
        )
        right = f'<table width="100%"><tr><td class="tdbg"><b>最新公开</b></td></tr></table><table width="100%">{latest}</table>'
        return self._page(self.SITE, self._frame(f'<table width="100%">{"".join(rows)}</table>', right), "utf-8")

    def _menu(self, s):
        rows = []
        for cid, (name, parent) in C.CATEGORIES.items():
            indent = "&nbsp;&nbsp;├ " if parent else "■ "
            rows.append(
                f'<tr><td>{indent}<a href="ArticleList.asp?SchoolID={s.sid}&amp;ClassID={cid}">{name}</a></td></tr>'
            )
        return f'<table width="100%" class="menu_t">{"".join(rows)}</table>'

    def _where(self, s, cid=None):
        parts = ['<a href="index.asp">首页</a>', f'<a href="ShowSchool.asp?SchoolID={s.sid}">{E(s.name)}</a>']
        for c, n in _category_parts(cid) if cid else []:
            parts.append(f'<a href="ArticleList.asp?SchoolID={s.sid}&amp;ClassID={c}">{n}</a>')
        return f'<table width="100%"><tr><td class="weizhi">您现在的位置：{" &gt;&gt; ".join(parts)}</td></tr></table>'

    def school(self, portal, s, q):
        right = (f"{self._where(s)}<table width='100%'><tr><td align=center><font size=4><b>{E(s.name)}</b></font></td></tr>"
                 f"<tr><td>学段：{s.stage}　电话：0574-87{s.sid:06d}</td></tr></table>")  # fmt: skip
        return self._page(f"{s.name}-{self.SITE}", self._frame(self._menu(s), right), render._meta(s))

    def listing(self, portal, s, cid, pageno, q):
        ids = portal.lists.get((s.sid, cid), [])
        pages = max(1, -(-len(ids) // render.PER_PAGE))
        pageno = max(1, pageno or 1)
        chunk = ids[(pageno - 1) * render.PER_PAGE : pageno * render.PER_PAGE]
        rows = "".join(
            f'<tr><td width="20">·</td><td><a href="ArticleShow.asp?ArticleID={aid}" title="{E(portal.article(aid).title)}" '
            f'target="_blank">{E(render._cut(portal.article(aid).title, 18))}</a></td>'
            f'<td width="90" align="right">{_date_text(portal.article(aid))}</td></tr>'
            for aid in chunk
        )
        rows = rows or "<tr><td colspan=3 align=center>没有任何文章</td></tr>"
        base = f"ArticleList.asp?SchoolID={s.sid}&amp;ClassID={cid}"
        options = "".join(f'<option value="{base}&amp;Page={n}">第{n}页</option>' for n in range(1, pages + 1))
        pager = (f'<tr><td colspan=3 align=center>共 {len(ids)} 篇文章 第 {pageno} 页/共 {pages} 页 '
                 f'<a href="{base}&amp;Page=1">首页</a> <a href="{base}&amp;Page={max(1, pageno - 1)}">上一页</a> '
                 f'<a href="{base}&amp;Page={min(pages, pageno + 1)}">下一页</a> <a href="{base}&amp;Page={pages}">尾页</a> '
                 f"转到：<select onchange=\"location=this.value\">{options}</select></td></tr>")  # fmt: skip
        right = f'{self._where(s, cid)}<table width="100%" class="list_t">{rows}{pager}</table>'
        return self._page(f"{C.CATEGORIES[cid][0]}-{s.name}", self._frame(self._menu(s), right), render._meta(s))

    def article(self, portal, a, pageno, q):
        body_html, n_pages, pageno = render.body_chunk(portal, a, pageno or 1)
        s = a.school
        visits = _visits(portal, a, f"Article_GetHits.asp?ArticleID={a.id}")
        info = "&nbsp;&nbsp;".join(x for x in (f"来源：{E(a.source)}", E(a.date_html), f"点击：{visits}") if x)
        pager = ""
        if n_pages > 1:
            links = [f"[{n}]" if n == pageno else f'<a href="ArticleShow.asp?ArticleID={a.id}&amp;Page={n}">[{n}]</a>'
                     for n in range(1, n_pages + 1)]  # fmt: skip
            pager = f"<tr><td align=center>{' '.join(links)}</td></tr>"
        attach = ""
        if a.attachments and pageno == 1:
            attach = f"<tr><td>附件：{'&nbsp;'.join(render.attachment_links(a, q))}</td></tr>"
        right = (
            f"{self._where(s, a.cid)}"
            '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">'
            f'<tr><td height="50" align="center"><font size="4" color="#CC0000"><b>{E(a.title)}</b></font></td></tr>'
            f'<tr><td align="center" height="25" bgcolor="#F0F0F0">{info}</td></tr>'
            f'<tr><td class="nr" style="font-size:14px;line-height:180%">{body_html}</td></tr>{pager}{attach}'
            f'<tr><td>上一篇：<a href="ArticleShow.asp?ArticleID={a.id - 1}">上一篇文章</a><br>'
            f'下一篇：<a href="ArticleShow.asp?ArticleID={a.id + 1}">下一篇文章</a></td></tr></table>'
        )
        return self._page(f"{a.title}_{s.name}", self._frame(self._menu(s), right), render._meta(s))


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
