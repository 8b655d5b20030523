"""The ``table`` family: an ASP-era table layout (``ArticleShow.asp?ArticleID=N``, rows in ``<tr>``, a
``<select>`` jump box); past the end, a page that says 没有任何文章."""

from html import escape as E

from . import content as C
from . import render
from .jiangbei import Family, _category_parts, _date_text, _page_links, _qs_int, _visits


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
        schools = render.stage_links(
            portal, lambda s: f'<a href="ShowSchool.asp?SchoolID={s.sid}">{E(s.name)}</a>', "&nbsp;&nbsp;"
        )
        rows = [f'<tr><td class="tdbg"><b>{stage}</b></td></tr><tr><td>{links}</td></tr>' for stage, links in schools]
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
        links = _page_links(n_pages, pageno, lambda n: f"ArticleShow.asp?ArticleID={a.id}&amp;Page={n}")
        pager = f"<tr><td align=center>{' '.join(links)}</td></tr>" if links else ""
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
