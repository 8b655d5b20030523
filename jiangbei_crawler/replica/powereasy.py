"""The ``powereasy`` family: a PowerEasy SiteFactory school site (``/Item/N.aspx``, ``ul.infoList``,
``Index_N.aspx``, ``div.conTxt``); past the end, 404."""

import random
import re
from html import escape as E

from . import content as C
from . import render
from .jiangbei import Family, _category_parts, _date_text, _int, _page_links, _visits


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
        schools = render.stage_links(portal, lambda s: f'<li><a href="/School_{s.sid}/Index.aspx">{E(s.name)}</a></li>')
        boxes = [f'<div class="box schoolBox"><div class="hd"><h3>{stage}</h3></div>'
                 f'<div class="bd"><ul class="schoolList">{items}</ul></div></div>' for stage, items in schools]  # fmt: skip
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
        links = _page_links(n_pages, pageno, lambda n: f"/Item/{a.id}{'' if n == 1 else f'_{n}'}.aspx")
        pages = f'<div class="pageNum">分页：{" ".join(links)}</div>' if links else ""
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
