"""Whole school sites part of whose NAVIGATION only scripts write, written by hand after the markup such sites use
and crawled with nothing but the home page's address: an old ASP primary school whose top menu an external script
writes with document.write, and a PHP school site with jQuery whose list pages are empty shells that ``.load`` (or
``$.get``) fills with an HTML fragment, with one category shown in an ``<iframe>``. The archive must hold exactly the
articles each site was generated with, each once, with its title and its day.

* The ASP school (IIS, GB2312, ``text/html; Charset=gb2312``): every page has ``<td class="menubg" id="menu"><script
  language="javascript" src="/js/menu.js"></script></td>`` and nothing else for a menu. /js/menu.js (served as
  ``application/x-javascript`` without a charset, in GBK like the pages, as IIS sends a .js file) writes the menu:
  ``document.write('<li><a href="/news/list.asp?cid=3">通知公告</a></li>');`` for 网站首页, 学校概况 (/about.asp, an
  undated page), 学校新闻 (cid=1), 通知公告 (cid=3), 教学教研 (cid=4) and 德育之窗 (cid=6), and the drop-down of
  教学教研 with ``document.writeln("<div class=\\"submenu\\"><a href=\\"/news/list.asp?cid=8\\">课题研究</a>…");``
  (HTML-to-JS converter style: double quotes, escaped). The home page links only the six newest rows of 学校新闻 and
  of 通知公告 and their two 更多&gt;&gt; links: 教研动态 (cid=4), 德育之窗 (cid=6) and 课题研究 (cid=8) and all their
  articles are reached only through the links the script writes. Lists /news/list.asp?cid=4 (eight rows a page,
  ``list.asp?cid=4&page=2`` under an ordinary pager ``共 <b>9</b> 条 首页 上一页 <a>下一页</a> <a>尾页</a> 页次：1/2``),
  rows ``<li><span class="date">2023-6-15</span>·<a href="show.asp?id=231" title=…>`` (ASP's unpadded date), a side
  box 本栏热点 (undated links of the column's own articles). Articles /news/show.asp?id=231: ``<td class="title">``,
  ``作者：… 发布时间：2023-6-15 14:30:00 点击：<script src="/news/hits.asp?id=231"></script>`` (the counter writes
  the number), ``<td class="content" id="fontzoom">``, 上一篇/下一篇 of its column, the breadcrumb.
* The jQuery school (PHP, UTF-8): an ordinary menu (首页, 学校简介 about.php, 学校新闻 list.php?cid=1, 通知公告 cid=2,
  教研动态 cid=3, 校务公开 xwgk.php); the home page's boxes are the six newest rows of 学校新闻 and 通知公告 (dated
  05-06) and their 更多 links. A list page /list.php?cid=2 is an empty shell: ``<div id="list"><div
  class="loading">正在加载……</div></div>`` and its own script ``function loadPage(p){
  $('#list').load('/ajax/list.php?cid=2&page=' + p); }`` and ``$(function(){ loadPage(1); });`` (学校新闻, 通知公告);
  教研动态 has ``var cid = 3;`` and ``function getList(page){ $.get('/ajax/list.php?cid=' + cid + '&page=' +
  page).done(function(html){ $('#list').html(html); }); }``. The fragment /ajax/list.php?cid=2&page=1 (text/html,
  no <html> around it) is ``<ul class="news-list"><li><a href="/show.php?id=1043" target="_blank" title=…>…</a><span
  class="date">2024-05-06</span></li>…</ul><div class="page"><span>共10条 第1/2页</span> … <a href="javascript:;"
  onclick="loadPage(2)">下一页</a> …</div>`` (six rows a page; a page past the last is ``暂无数据``): the list page's
  address never changes and no pager link is an href. 校务公开 (xwgk.php) is a page whose content is only ``<iframe
  src="/inner/list.php?cid=5" id="mainFrame" …>``; the inner page is an ordinary list (a table, five rows a page,
  ``<a href="/show.php?id=…" target="_parent">``, pager links ``list.php?cid=5&amp;page=2`` relative to /inner/).
  Articles /show.php?id=1043: ``<h1 class="art-title">``, ``发布时间：2024-05-06 10:20:33　来源：…　浏览次数：…``,
  ``<div class="art-content">``, the breadcrumb; no 上一篇/下一篇: an article leads to no other. 学校简介 is undated.

The fixture tests check that a browser-like walk (links, iframes, the menu script's document.write, the .load and
$.get calls and the fragments' onclick pagers) reaches every article and that plain links alone do not. IIS answers
paths and parameter names in any case and parameters in any order; PHP parameters in any order; archived URLs are
compared so. No page is copied from a real site: names, hosts and numbers are made up."""

import re
import urllib.parse
from dataclasses import dataclass
from datetime import datetime

import lxml.html
import pytest
from site_fixtures import (
    IMAGE,
    QueryServer,
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    html_pages,
    iis_key,
    neighbours,
    numbered,
    prose,
    query_key,
    short,
    titles,
)

JS = (200, b"/* lib */", "application/javascript")
CSS = (200, b"/* css */", "text/css")
ON = ' class="on"'  # the current menu item


@dataclass
class Art:
    path: str  # the article's URL path and query
    title: str
    when: datetime
    unit: str = ""  # 作者 / 来源
    body: str = ""
    aid: int = 0
    cat: int = 0
    views: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


class AspServer(dict):
    """A site ({path: page}) as IIS answers it: any case, any order of parameters, pages in GBK."""

    def __init__(self, site):
        super().__init__(site)
        self.answers = {iis_key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        entry = self.answers.get(iis_key(path), default)
        if isinstance(entry, str):
            return 200, entry.encode("gbk"), "text/html; Charset=gb2312"
        return entry


def asp_day(t):
    return f"{t.year}-{t.month}-{t.day}"


# ---- 1. an ASP primary school whose menu an external script writes -------------------------------------------------

QL_NAME = "青岚县城关第二小学"
QL_COLS = {1: "学校新闻", 3: "通知公告", 4: "教研动态", 6: "德育之窗", 8: "课题研究"}
QL_PER, QL_BOX = 8, 6


def ql_menu_js():
    """The menu script, as a school's webmaster keeps it (one document.write a line; a converter's drop-down)."""
    lines = [
        "// 导航菜单 2015-09 修改",
        "document.write('<div class=\"menu\"><ul>');",
        "document.write('<li><a href=\"/index.asp\">网站首页</a></li>');",
        "document.write('<li><a href=\"/about.asp\">学校概况</a></li>');",
        "document.write('<li><a href=\"/news/list.asp?cid=1\">学校新闻</a></li>');",
        "document.write('<li><a href=\"/news/list.asp?cid=3\">通知公告</a></li>');",
        'document.write(\'<li class="drop" onmouseover="showsub(4)" onmouseout="hidesub(4)">'
        '<a href="/news/list.asp?cid=4">教学教研</a>\');',
        'document.writeln("<div class=\\"submenu\\" id=\\"sub4\\" style=\\"display:none\\">'
        '<a href=\\"/news/list.asp?cid=4\\">教研动态</a><a href=\\"/news/list.asp?cid=8\\">课题研究</a></div>");',
        "document.write('</li>');",
        "document.write('<li><a href=\"/news/list.asp?cid=6\">德育之窗</a></li>');",
        "document.write('</ul></div>');",
        "function showsub(n){ document.getElementById('sub' + n).style.display = 'block'; }",
        "function hidesub(n){ document.getElementById('sub' + n).style.display = 'none'; }",
    ]
    return 200, ("\r\n".join(lines) + "\r\n").encode("gbk"), "application/x-javascript"


def ql_page(title, body):
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        f"<title>{title}</title>\n"
        '<link href="/css/style.css" rel="stylesheet" type="text/css" />\n</head>\n<body>\n'
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td><img src="/images/top.jpg" width="960" height="150" alt="{QL_NAME}" /></td></tr>\n'
        '<tr><td class="menubg" id="menu"><script language="javascript" src="/js/menu.js"></script></td></tr>\n'
        "</table>\n"
        f"{body}\n"
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">\n'
        f"<tr><td>版权所有：{QL_NAME} 地址：青岚县城关镇育才路16号 电话：0739-6621234<br />"
        '<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备13004567号</a> 技术支持：县电教站</td></tr>\n'
        "</table>\n</body>\n</html>"
    )


def ql_location(*parts):
    crumbs = "".join(f' &gt;&gt; <a href="{u}">{t}</a>' if u else f" &gt;&gt; {t}" for t, u in parts)
    return f'<div class="location">当前位置：<a href="/index.asp">首页</a>{crumbs}</div>'


def ql_hot(arts):
    rows = "".join(f'<li>·<a href="show.asp?id={a.aid}" title="{a.title}">{short(a.title, 14)}</a></li>' for a in arts)
    return f'<div class="sidebox"><div class="side-t">本栏热点</div><ul>{rows}</ul></div>'


def ql_pager(cid, count, k):
    pages = -(-count // QL_PER)

    def link(n, label):
        return f'<a href="list.asp?cid={cid}&page={n}">{label}</a>'

    first = link(1, "首页") if k > 1 else "首页"
    prev = link(k - 1, "上一页") if k > 1 else "上一页"
    nxt = link(k + 1, "下一页") if k < pages else "下一页"
    last = link(pages, "尾页") if k < pages else "尾页"
    return (f'<div class="showpage">共 <b>{count}</b> 条 {first} {prev} {nxt} {last} 页次：<b>{k}/{pages}</b>'
            f" 每页 <b>{QL_PER}</b> 条</div>")  # fmt: skip


def ql_row(a):
    return (f'<li><span class="date">{asp_day(a.when)}</span>·<a href="show.asp?id={a.aid}" title="{a.title}" '
            f'target="_blank">{short(a.title, 26)}</a></li>\n')  # fmt: skip


def ql_article(a, older, newer, hot):
    def link(label, r):
        return f'{label}：<a href="show.asp?id={r.aid}">{r.title}</a>' if r else f"{label}：没有了"

    body = (
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="main"><tr>\n'
        f'<td width="230" valign="top" class="left">{ql_hot(hot)}</td>\n<td width="730" valign="top">\n'
        f"{ql_location((QL_COLS[a.cat], f'list.asp?cid={a.cat}'), ('正文', ''))}\n"
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
        f'<tr><td class="title" align="center">{a.title}</td></tr>\n'
        f'<tr><td class="info" align="center">作者：{a.unit}&nbsp;&nbsp;发布时间：{asp_day(a.when)} '
        f'{a.when.hour}:{a.when:%M:%S}&nbsp;&nbsp;点击：<script src="/news/hits.asp?id={a.aid}"></script></td></tr>\n'
        f'<tr><td class="content" id="fontzoom">{a.body}</td></tr>\n'
        f'<tr><td class="prenext">{link("上一篇", newer)}<br />{link("下一篇", older)}</td></tr>\n'
        "</table>\n</td></tr></table>"
    )
    return ql_page(f"{a.title}-{QL_NAME}", body)


def qinglan_site():
    site = {}
    specs = {  # cid: (heads, tails, n, fmt, start, step, author)
        1: (("我校", "一年级", "三年级", "五年级", "少先队大队部", "学校工会"),
            ("开展“六一”文艺汇演", "举行防震疏散演练", "召开家长委员会会议", "开展爱眼护眼宣传", "举行经典诵读比赛"),
            14, "{}{}", "2023-06-20 16:40", 6, "校办"),
        3: (("2023年清明节放假", "五一劳动节放假", "端午节放假", "暑假放假", "秋季学期开学", "学生体检", "课后服务报名"),
            ("的通知", "有关事项的通知"), 11, "关于{}{}", "2023-06-18 10:15", 9, "办公室"),
        4: (("语文组", "数学组", "英语组", "科学组"), ("开展集体备课活动", "举行青年教师赛课", "开展听评课研讨"),
            9, "{}{}", "2023-06-15 14:30", 11, "教导处"),
        6: (("一（2）班", "二（1）班", "四（3）班", "六（1）班"),
            ("主题班会：文明礼仪伴我行", "开展垃圾分类实践活动", "举行“红领巾”争章活动"),
            7, "{}{}", "2023-06-12 15:20", 13, "德育处"),
        8: (("市级课题《小学生阅读习惯培养研究》", "县级课题《数学作业分层设计研究》", "省级课题《劳动教育实践研究》"),
            ("开题报告会", "中期汇报"), 5, "{}{}", "2023-06-08 09:50", 23, "教科室"),
    }  # fmt: skip
    cols = {}
    for cid, (heads, tails, n, fmt, start, step, author) in specs.items():
        cols[cid] = [Art("", t, w, unit=author, cat=cid)
                     for t, w in zip(titles(heads, tails, n, fmt), days(start, n, step))]  # fmt: skip
    every = [a for arts in cols.values() for a in arts]
    numbered(every, 211, step=2)
    for k, a in enumerate(every):
        a.path = f"/news/show.asp?id={a.aid}"
        a.body = prose(a.title, QL_NAME, k)
        a.views = 40 + (a.aid * 37) % 700
        site[f"/news/hits.asp?id={a.aid}"] = (200, f"document.write('{a.views}');".encode(), "application/x-javascript")
    for cid, arts in cols.items():
        hot = sorted(arts, key=lambda a: a.views, reverse=True)[:6]
        pages = -(-len(arts) // QL_PER)
        for k in range(1, pages + 1):
            rows = "".join(ql_row(a) for a in arts[(k - 1) * QL_PER : k * QL_PER])
            body = (
                '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="main"><tr>\n'
                f'<td width="230" valign="top" class="left">{ql_hot(hot)}</td>\n<td width="730" valign="top">\n'
                f'{ql_location((QL_COLS[cid], ""))}\n<div class="list"><ul>\n{rows}</ul></div>\n'
                f"{ql_pager(cid, len(arts), k)}\n</td></tr></table>"
            )
            page = ql_page(f"{QL_COLS[cid]}-{QL_NAME}", body)
            site[f"/news/list.asp?cid={cid}&page={k}"] = page
            if k == 1:
                site[f"/news/list.asp?cid={cid}"] = page
        for a, older, newer in neighbours(arts):
            site[a.path] = ql_article(a, older, newer, hot)

    def box(cid):
        rows = "".join(f'<li><span>[{a.when.month}-{a.when.day}]</span><a href="/news/show.asp?id={a.aid}" '
                       f'title="{a.title}" target="_blank">{short(a.title, 18)}</a></li>' for a in cols[cid][:QL_BOX])  # fmt: skip
        return (f'<div class="box"><div class="box-t"><span>{QL_COLS[cid]}</span><a href="/news/list.asp?cid={cid}" '
                f'class="more">更多&gt;&gt;</a></div><ul>{rows}</ul></div>')  # fmt: skip

    home = (
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="main"><tr>\n'
        f'<td width="330" valign="top"><div class="box"><div class="box-t"><span>校长寄语</span></div><p>　　{QL_NAME}'
        "创办于1952年，学校坚持“以人为本，和谐发展”的办学理念……</p></div></td>\n"
        f'<td width="315" valign="top">{box(1)}</td>\n<td width="315" valign="top">{box(3)}</td>\n</tr></table>'
    )
    site["/"] = site["/index.asp"] = ql_page(QL_NAME, home)
    site["/about.asp"] = ql_page(f"学校概况-{QL_NAME}", (
        f'<table width="960" border="0" align="center"><tr><td>{ql_location(("学校概况", ""))}<div class="content">'
        f"<p>　　{QL_NAME}创办于1952年，现有教学班24个，学生1100余人，教职工68人。</p><p>　　学校先后获得县文明"
        "单位、市绿色学校等荣誉称号。</p></div></td></tr></table>"))  # fmt: skip
    site["/js/menu.js"] = ql_menu_js()
    site["/css/style.css"] = CSS
    site["/images/top.jpg"] = IMAGE
    return site, {a.path: a for a in every}


# ---- 2. a jQuery school whose lists are HTML fragments loaded into a shell -----------------------------------------

SX_NAME = "松溪市第四中学"
SX_COLS = {1: "学校新闻", 2: "通知公告", 3: "教研动态", 5: "校务公开"}
SX_PER, SX_INNER, SX_BOX = 6, 5, 6
SX_LOADER = {1: "loadPage", 2: "loadPage", 3: "getList"}  # the function a list page's script names its loader


def sx_page(title, body, current=None, scripts=""):
    def item(href, label, key):
        return f'<li{ON if key == current else ""}><a href="{href}">{label}</a></li>'

    nav = (item("index.php", "首页", 0) + item("about.php", "学校简介", -1)
           + "".join(item(f"list.php?cid={c}", SX_COLS[c], c) for c in (1, 2, 3)) + item("xwgk.php", "校务公开", 5))  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta http-equiv="X-UA-Compatible" '
        f'content="IE=edge">\n<title>{title}</title>\n<link rel="stylesheet" href="css/style.css">\n'
        '<script src="js/jquery-1.12.4.min.js"></script>\n</head>\n<body>\n'
        f'<div class="header"><div class="w1100"><a href="index.php" class="logo"><img src="images/logo.png" '
        f'alt="{SX_NAME}"></a></div></div>\n<div class="nav"><ul class="w1100">{nav}</ul></div>\n'
        f'<div class="w1100 main">\n{body}\n</div>\n'
        f'<div class="footer">Copyright &copy; 2024 {SX_NAME} 版权所有　地址：松溪市文昌路210号　电话：0599-2312345<br>'
        '<a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备16012345号-1</a></div>\n'
        f"{scripts}</body>\n</html>"
    )


def sx_list_script(cid):
    if SX_LOADER[cid] == "loadPage":
        return (
            "<script>\nfunction loadPage(p){\n"
            f"  $('#list').load('/ajax/list.php?cid={cid}&page=' + p);\n}}\n"
            "$(function(){ loadPage(1); });\n</script>\n"
        )
    return (
        f"<script>\nvar cid = {cid};\nfunction getList(page){{\n"
        "  $.get('/ajax/list.php?cid=' + cid + '&page=' + page).done(function(html){\n"
        "    $('#list').html(html);\n    $('html,body').animate({scrollTop: 0}, 200);\n  });\n}\n"
        "$(document).ready(function(){ getList(1); });\n</script>\n"
    )


def sx_fragment(cid, arts, k):
    """What /ajax/list.php answers: the rows and the pager, no page around them."""
    pages = -(-len(arts) // SX_PER)
    rows = arts[(k - 1) * SX_PER : k * SX_PER]
    if not rows:
        return '<ul class="news-list"><li class="empty">暂无数据</li></ul>'
    fn = SX_LOADER[cid]

    def link(n, label):
        return f'<a href="javascript:;" onclick="{fn}({n})">{label}</a>'

    nums = "".join(f'<span class="cur">{n}</span>' if n == k else link(n, n) for n in range(1, pages + 1))
    lis = "".join(f'<li><a href="/show.php?id={a.aid}" target="_blank" title="{a.title}">{short(a.title, 30)}</a>'
                  f'<span class="date">{a.day}</span></li>\n' for a in rows)  # fmt: skip
    return (
        f'<ul class="news-list">\n{lis}</ul>\n<div class="page"><span>共{len(arts)}条 第{k}/{pages}页</span>'
        f"{link(1, '首页')}{link(k - 1, '上一页') if k > 1 else ''}{nums}"
        f"{link(k + 1, '下一页') if k < pages else ''}{link(pages, '尾页')}</div>"
    )


def sx_inner(arts, k):
    """The page the 校务公开 iframe shows: an ordinary list."""
    pages = -(-len(arts) // SX_INNER)

    def link(n, label):
        return f'<a href="list.php?cid=5&amp;page={n}">{label}</a>'

    trs = "".join(f'<tr><td class="tit"><a href="/show.php?id={a.aid}" target="_parent" title="{a.title}">'
                  f'{short(a.title, 34)}</a></td><td class="date">{a.day}</td></tr>\n'
                  for a in arts[(k - 1) * SX_INNER : k * SX_INNER])  # fmt: skip
    nums = "".join(f"<b>{n}</b>" if n == k else link(n, n) for n in range(1, pages + 1))
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>校务公开</title>\n'
        '<link rel="stylesheet" href="/css/inner.css">\n</head>\n<body class="inner">\n'
        '<table class="gk-table" width="100%" cellspacing="0" cellpadding="0">\n<tr><th>标题</th><th width="120">'
        f"发布日期</th></tr>\n{trs}</table>\n"
        f'<div class="page">共{len(arts)}条 {link(1, "首页")}{link(k - 1, "上一页") if k > 1 else ""}{nums}'
        f"{link(k + 1, '下一页') if k < pages else ''}{link(pages, '尾页')}</div>\n"
        "<script>\nwindow.onload = function(){\n  var f = window.parent.document.getElementById('mainFrame');\n"
        "  if (f) f.height = document.body.scrollHeight + 20;\n};\n</script>\n</body>\n</html>"
    )


def sx_crumb(a):
    col = "xwgk.php" if a.cat == 5 else f"list.php?cid={a.cat}"
    return (f'<div class="position">当前位置：<a href="index.php">首页</a> &gt; <a href="{col}">{SX_COLS[a.cat]}</a>'
            " &gt; 正文</div>")  # fmt: skip


def sx_article(a):
    body = (
        f'{sx_crumb(a)}\n<div class="article">\n<h1 class="art-title">{a.title}</h1>\n'
        f'<div class="art-info">发布时间：{a.when:%Y-%m-%d %H:%M:%S}　来源：{a.unit}　浏览次数：<span id="hits">'
        f'{a.views}</span></div>\n<div class="art-content">{a.body}</div>\n<div class="art-tools"><a '
        'href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>\n</div>'
    )
    return sx_page(f"{a.title}-{SX_NAME}", body, a.cat)


def songxi_site():
    site = {}
    specs = {  # cid: (heads, tails, n, fmt, start, step, source)
        1: (("我校", "初一年级", "初二年级", "初三年级", "校团委", "校学生会"),
            ("举行春季田径运动会", "开展禁毒宣传教育", "召开中考动员大会", "开展植树节活动", "举办科技节"),
            13, "{}{}", "2024-05-28 16:20", 5, "校办"),
        2: (("2024年端午节放假", "劳动节放假", "清明节放假", "中考体育考试", "初二地理生物会考", "暑期安全教育", "家长开放日"),
            ("的通知", "工作安排的通知"), 10, "关于{}{}", "2024-05-27 09:40", 8, "办公室"),
        3: (("语文组", "数学组", "英语组", "物理组"), ("开展主题教研活动", "举行示范课展示", "开展中考复习研讨"),
            8, "{}{}", "2024-05-24 14:10", 12, "教科室"),
        5: (("2024年第一季度", "2023年第四季度", "2023年度", "2024年春季学期"),
            ("食堂收支情况公示", "学生资助资金发放公示", "收费项目公示"), 7, "{}{}", "2024-05-20 11:05", 19, "总务处"),
    }  # fmt: skip
    cols = {}
    for cid, (heads, tails, n, fmt, start, step, source) in specs.items():
        cols[cid] = [Art("", t, w, unit=source, cat=cid)
                     for t, w in zip(titles(heads, tails, n, fmt), days(start, n, step))]  # fmt: skip
    every = [a for arts in cols.values() for a in arts]
    numbered(every, 1040, step=3)
    for k, a in enumerate(every):
        a.path = f"/show.php?id={a.aid}"
        a.body = prose(a.title, SX_NAME, k + 3)
        a.views = 70 + (a.aid * 31) % 900
        site[a.path] = sx_article(a)
    for cid in (1, 2, 3):
        arts = cols[cid]
        pages = -(-len(arts) // SX_PER)
        for k in range(1, pages + 2):  # and a page past the last
            site[f"/ajax/list.php?cid={cid}&page={k}"] = sx_fragment(cid, arts, k)
        site[f"/ajax/list.php?cid={cid}"] = site[f"/ajax/list.php?cid={cid}&page=1"]
        body = (
            '<div class="side"><div class="side-t">栏目导航</div><ul>'
            + "".join(f'<li><a href="list.php?cid={c}">{SX_COLS[c]}</a></li>' for c in (1, 2, 3))
            + f'<li><a href="xwgk.php">校务公开</a></li></ul></div>\n<div class="list-box"><div class="position">当前位置：'
            f'<a href="index.php">首页</a> &gt; {SX_COLS[cid]}</div>\n<div class="list-t">{SX_COLS[cid]}</div>\n'
            '<div id="list"><div class="loading">正在加载……</div></div>\n</div>'
        )
        site[f"/list.php?cid={cid}"] = sx_page(f"{SX_COLS[cid]}-{SX_NAME}", body, cid, sx_list_script(cid))
    inner = cols[5]
    for k in range(1, -(-len(inner) // SX_INNER) + 1):
        site[f"/inner/list.php?cid=5&page={k}"] = sx_inner(inner, k)
    site["/inner/list.php?cid=5"] = site["/inner/list.php?cid=5&page=1"]
    site["/xwgk.php"] = sx_page(f"校务公开-{SX_NAME}", (
        '<div class="position">当前位置：<a href="index.php">首页</a> &gt; 校务公开</div>\n<div class="gk-frame">'
        '<iframe src="/inner/list.php?cid=5" id="mainFrame" name="mainFrame" width="100%" height="600" '
        'frameborder="0" scrolling="no"></iframe></div>'), 5)  # fmt: skip

    def box(cid):
        rows = "".join(f'<li><a href="show.php?id={a.aid}" target="_blank" title="{a.title}">{short(a.title, 20)}</a>'
                       f"<span>{a.when:%m-%d}</span></li>" for a in cols[cid][:SX_BOX])  # fmt: skip
        return (f'<div class="box"><div class="box-t"><h3>{SX_COLS[cid]}</h3><a href="list.php?cid={cid}" '
                f'class="more">更多</a></div><ul>{rows}</ul></div>\n')  # fmt: skip

    home = (
        '<div class="banner"><img src="images/banner.jpg" alt=""></div>\n'
        f'<div class="intro"><h3>学校简介</h3><p>{SX_NAME}创办于1956年，是松溪市教育局直属公办初级中学……'
        f'<a href="about.php">[详细]</a></p></div>\n{box(1)}{box(2)}'
    )
    site["/"] = site["/index.php"] = sx_page(SX_NAME, home, 0)
    site["/about.php"] = sx_page(f"学校简介-{SX_NAME}", (
        '<div class="position">当前位置：<a href="index.php">首页</a> &gt; 学校简介</div><div class="article">'
        f"<p>　　{SX_NAME}创办于1956年，现有教学班30个，学生1400余人，教职工115人。</p><p>　　学校秉承“厚德、"
        "勤学、求实、创新”的校训，努力办好人民满意的教育。</p></div>"), -1)  # fmt: skip
    site["/js/jquery-1.12.4.min.js"] = JS
    site["/css/style.css"] = site["/css/inner.css"] = CSS
    for path in ("/images/logo.png", "/images/banner.jpg"):
        site[path] = IMAGE
    return site, {a.path: a for a in every}


# ---- a browser's walk of a site, and a walk of plain links alone --------------------------------------------------

WRITE = re.compile(r"""document\.write(?:ln)?\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*\)""")
LOADER = re.compile(
    r"function\s+(\w+)\s*\(\s*(\w+)\s*\)\s*\{\s*(?:\$\(\s*'#\w+'\s*\)\.load|\$\.get)\(\s*([^()]*?)\s*\)"
)
VAR = re.compile(r"var\s+(\w+)\s*=\s*(\d+)\s*;")


def charset(ctype, default="utf-8"):
    found = re.search(r"charset=([\w-]+)", ctype, re.I)
    name = found.group(1).lower() if found else default
    return "gbk" if name in ("gb2312", "gbk") else name


def local(base, href):
    """``href`` on the page at ``base``: the path and query it names on this host, or None."""
    if not href or href.strip().lower().startswith(("javascript:", "mailto:", "#")):
        return None
    url = urllib.parse.urljoin("http://school.test" + base, href.strip())
    parts = urllib.parse.urlsplit(url)
    if parts.netloc != "school.test":
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def js_concat(expr, env):
    """A script's string expression of literals and names (``'/ajax/list.php?cid=' + cid + '&page=' + p``)."""
    out = ""
    for part in expr.split("+"):
        part = part.strip()
        out += part[1:-1] if part[:1] in "'\"" else str(env[part])
    return out


def page_links(server, path, text, enc, scripts):
    """The addresses a visitor can reach from a page: its links; with ``scripts``, also its iframes, what its
    external scripts document.write and what its loaders put into the page (and the pagers of what they load)."""
    doc = lxml.html.fromstring(text)
    found = [local(path, a.get("href")) for a in doc.iter("a")]
    if not scripts:
        return found
    found += [local(path, f.get("src")) for f in doc.iter("iframe")]
    inline = ""
    for s in doc.iter("script"):
        if not s.get("src"):
            inline += (s.text or "") + "\n"
            continue
        answer = server.get(local(path, s.get("src")))
        if answer and answer[0] == 200:
            code = answer[1].decode(charset(answer[2], enc))  # a script without a charset: the page's own
            written = "".join(re.sub(r"\\(.)", r"\1", a or b) for a, b in WRITE.findall(code))
            if written.strip():
                found += [local(path, a.get("href")) for a in lxml.html.fragment_fromstring(written, "div").iter("a")]
    env = dict(VAR.findall(inline))
    loaders = {name: (param, expr) for name, param, expr in LOADER.findall(inline)}
    calls = [(name, n) for name in loaders for n in re.findall(rf"\b{name}\((\d+)\)", inline)]
    done = set()
    while calls:
        name, n = calls.pop()
        if (name, n) in done:
            continue
        done.add((name, n))
        param, expr = loaders[name]
        answer = server.get(local(path, js_concat(expr, {**env, param: n})))
        if not answer or answer[0] != 200:
            continue
        fragment = lxml.html.fragment_fromstring(answer[1].decode(charset(answer[2])), "div")
        found += [local(path, a.get("href")) for a in fragment.iter("a")]  # links in the page: against its address
        for el in fragment.iter():
            calls += [(m, k) for m, k in re.findall(r"\b(\w+)\((\d+)\)", el.get("onclick") or "") if m in loaders]
    return found


def walk(server, key, scripts):
    """Every address reached from the home page (by ``key``)."""
    seen, todo = set(), ["/"]
    while todo:
        path = todo.pop()
        if path is None or key(path) in seen:
            continue
        seen.add(key(path))
        answer = server.get(path)
        if not answer or answer[0] != 200 or not answer[2].startswith("text/html"):
            continue
        enc = charset(answer[2])
        todo += page_links(server, path, answer[1].decode(enc), enc, scripts)
    return seen


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_qinglan_fixture_is_the_site_it_claims_to_be():
    site, truth = qinglan_site()
    assert len(truth) == 14 + 11 + 9 + 7 + 5
    assert all(re.fullmatch(r"/news/show\.asp\?id=\d{3}", p) for p in truth)
    status, menu, ctype = site["/js/menu.js"]
    assert ctype == "application/x-javascript" and "charset" not in ctype
    menu = menu.decode("gbk")
    assert "document.write('<li><a href=\"/news/list.asp?cid=3\">通知公告</a></li>');" in menu
    assert '<a href=\\"/news/list.asp?cid=8\\">课题研究</a>' in menu
    hidden = {p for p, a in truth.items() if a.cat in (4, 6, 8)} | {p for p in site if re.search(r"cid=[468]", p)}
    for page in html_pages(site):  # outside those columns, only the script names 教研动态, 德育之窗, 课题研究
        assert page in hidden or not re.search(r"cid=[468]", site[page]), page
        assert '<script language="javascript" src="/js/menu.js"></script>' in site[page], page
    home = site["/"]
    assert home.count("/news/show.asp?id=") == 12 and 'href="/news/list.asp?cid=1"' in home
    first = site["/news/list.asp?cid=4"]
    assert first == site["/news/list.asp?cid=4&page=1"] and "/news/list.asp?cid=4&page=3" not in site
    assert '<a href="list.asp?cid=4&page=2">下一页</a>' in first
    rows = re.findall(r'<span class="date">[\d-]+</span>·<a href="show\.asp\?id=(\d+)" title=', "".join(
        site[p] for p in site if p.startswith("/news/list.asp") and "page=" in p))  # fmt: skip
    assert sorted(f"/news/show.asp?id={i}" for i in rows) == sorted(truth), "the lists show every article once"
    a = next(a for a in truth.values() if a.cat == 8)
    assert f'<td class="title" align="center">{a.title}</td>' in site[a.path]
    assert f"发布时间：{asp_day(a.when)} {a.when.hour}:{a.when:%M:%S}" in site[a.path]
    server = AspServer(site)
    assert server.get("/NEWS/List.asp?page=2&CID=1")[0] == 200
    assert server.get("/news/list.asp?cid=4")[1].decode("gbk") == first


def test_the_songxi_fixture_is_the_site_it_claims_to_be():
    site, truth = songxi_site()
    assert len(truth) == 13 + 10 + 8 + 7
    first = site["/list.php?cid=2"]
    assert '<div id="list"><div class="loading">' in first and "show.php" not in first
    assert "$('#list').load('/ajax/list.php?cid=2&page=' + p);" in first and "loadPage(1);" in first
    third = site["/list.php?cid=3"]
    assert "var cid = 3;" in third and "$.get('/ajax/list.php?cid=' + cid + '&page=' + page).done(" in third
    fragment = site["/ajax/list.php?cid=2&page=1"]
    assert "<html" not in fragment and "<body" not in fragment
    assert '<a href="javascript:;" onclick="loadPage(2)">下一页</a>' in fragment
    assert 'onclick="getList(2)">下一页</a>' in site["/ajax/list.php?cid=3&page=1"]
    assert "暂无数据" in site["/ajax/list.php?cid=1&page=4"]
    for page in html_pages(site):  # no pager link is an href: every list's address stays as it is
        assert not re.search(r'href="[^"]*page=', site[page]) or page.startswith("/inner/"), page
    assert '<iframe src="/inner/list.php?cid=5" id="mainFrame"' in site["/xwgk.php"]
    assert not any("/inner/" in site[p] for p in html_pages(site) if p != "/xwgk.php")
    rows = re.findall(r'<a href="/show\.php\?id=(\d+)" target="_(?:blank|parent)" title=', "".join(
        site[p] for p in site if re.match(r"/(ajax|inner)/list\.php\?cid=\d&page=", p)))  # fmt: skip
    assert sorted(f"/show.php?id={i}" for i in rows) == sorted(truth), "the lists show every article once"
    for a in truth.values():  # an article leads to no other
        assert len(re.findall(r"show\.php\?id=", site[a.path])) == 0, a.path
    a = truth["/show.php?id=1040"]
    assert (
        f'<h1 class="art-title">{a.title}</h1>' in site[a.path]
        and f"发布时间：{a.when:%Y-%m-%d %H:%M:%S}　" in site[a.path]
    )
    assert QueryServer(site).get("/ajax/list.php?page=2&cid=3")[0] == 200


@pytest.mark.parametrize("name", ["qinglan", "songxi"])
def test_a_browser_reaches_every_article_and_plain_links_do_not(name):
    build, wrap, key = SITES[name]
    site, truth = build()
    server = wrap(site)
    articles = {key(p) for p in truth}
    browsed = walk(server, key, scripts=True)
    assert articles <= browsed, sorted(articles - browsed)
    plain = walk(server, key, scripts=False)
    missed = articles - plain
    assert len(missed) >= len(articles) // 3, "plain links alone must miss a good part of the site"
    if name == "qinglan":  # the three columns only the menu script names, and nothing else
        assert missed == {key(p) for p, a in truth.items() if a.cat in (4, 6, 8)}
    else:  # 教研动态 and 校务公开 whole, and all but the home page's boxes of the other two
        assert {key(p) for p, a in truth.items() if a.cat in (3, 5)} <= missed
        boxed = [sorted((a for a in truth.values() if a.cat == c), key=lambda a: a.when)[-SX_BOX:] for c in (1, 2)]
        assert articles - missed == {key(a.path) for box in boxed for a in box}


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"qinglan": (qinglan_site, AspServer, iis_key), "songxi": (songxi_site, QueryServer, query_key)}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    build, wrap, key = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "school.db"
    return crawl_site(request.param, wrap(site), truth, key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
