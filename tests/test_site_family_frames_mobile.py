"""Whole sites whose pages a crawler must ASSEMBLE as a browser does, written by hand after the markup of two
generations of Chinese school sites and crawled with nothing but the home page's address: a district 校务公开
(school-affairs disclosure) platform of the 2008–2014 kind built of FRAMESETS and IFRAMES (ASP.NET 2.0 on IIS), and a
school's MOBILE site of the 2019–2023 kind (an m.-style site: a short list, a 加载更多 button fed by a JSON API, a
bottom tab bar). The archive must hold exactly the articles each site was generated with, each once, with its title
and its day.

* 棠浦区中小学校务公开网 (frames): the home page is nothing but a Dreamweaver frameset (``<frameset rows="118,*">``
  of ``<frame src="top.html" name="topFrame">`` over ``<frameset cols="190,*">`` of ``<frame src="left.aspx"
  name="leftFrame">`` and ``<frame src="main.aspx" name="main">``, a ``<noframes>`` apology): no link at all. The
  top frame is the banner and a nav (平台首页 and 公开指南 ``target="main"``, the bureau's site off-site, 管理登录 a
  form). The left frame is the school menu: 学段 headings that fold their rows (``onclick="showsub('xd1')"``, all
  but the first ``style="display:none"``), each school a link ``<a href="xwgk/school.aspx?sid=3" target="main">``.
  The main frame's first page (main.aspx) is the 公开说明 and a 最新公开 box of the six newest rows. A school's index
  (/xwgk/school.aspx?sid=3) is a page of column boxes, each box an ``<iframe src="list.aspx?sid=3&cid=12"
  name="lm12" …>`` and nothing else: no 更多, no row in the page itself. 第二中学 (sid=5) has the tab template:
  one ``<iframe id="f1" name="f1">`` without a src, tab headers ``<li onclick="showCol(13, this)">收费公示</li>``
  and a script that sets it: ``document.getElementById('f1').src = 'list.aspx?sid=5&cid=12';`` when the page loads,
  ``'list.aspx?sid=5&cid=' + cid`` on a tab's click (收费公示 and 招生信息 are named by the click alone). A list
  page (/xwgk/list.aspx?sid=3&cid=12, the iframe's document) is a bare table of rows ``<a href="show.aspx?id=1234"
  target="_blank" title=…>`` dated ``2012-05-06``, eight a page, under AspNetPager with UrlPaging
  (``<a href="list.aspx?sid=3&amp;cid=12&amp;page=2" style="margin-right:5px;">2</a>``, 首页 and 上一页
  ``disabled`` on page 1); an empty column says 暂无信息. 学校概况 (cid=10, 实验小学's first box) is a single-page
  column: its list.aspx shows an undated text, not an article. One 招生信息 article is also listed in its school's
  收费公示. Articles /xwgk/show.aspx?id=1234 open in a new window: a table layout, ``<td class="show_title">``,
  ``发布单位：…　发布时间：2012-5-6 10:20:33　浏览次数：…`` (.NET 2.0's zh-CN ``G`` format: month, day and hour
  unpadded), the body, 【打印】【关闭窗口】; an article leads to no other. 公开指南 is an undated page. IIS reads
  paths and parameter names in any case, parameters in any order; ``page=1`` is page 1.
* 苇川市汀兰实验学校 (mobile, 2019–2023, served at the site's root): every page has a fixed bottom tab bar of links
  (首页 ``/``, 通知 /m/list.html?cat=2, 动态 /m/list.html?cat=3, 我的 /m/my.html). The home page: a swiper of two
  articles and 关于我们, then the ten newest items of every column server-rendered as whole-card links (``<li
  class="news-item"><a href="/m/news/1234.html">…<span class="news-time">2023-05-06</span>``), then ``<button
  id="loadMore">加载更多</button>``, whose inline ES2015 script fetches
  ``/api/news?page=${page}&size=10`` (``let page = 1``; 通知 adds ``&cat=${cat}``, ``const cat = 2``) and appends
  what the JSON says: ``{"code":0,"msg":"ok","data":{"page":2,"hasMore":true,"list":[{"id":1234,"title":…,
  "time":"2023-05-06","url":"/m/news/1234.html"}…]}}`` — no total, only ``hasMore``; the rows of items imported
  from the old site carry no ``url`` (the script writes ``item.url || `/m/news/${item.id}.html```). 通知's first
  ten are server-rendered too; 动态 (cat=3) is an empty ``<ul id="newsList">`` the script fills from page 1.
  Past the end the API answers an empty list and ``hasMore: false``; ``size`` defaults to 10. Articles
  /m/news/1234.html: a header bar (``<span class="m-header-title">新闻详情</span>``, the ``<title>`` is 新闻详情 too),
  ``<h1 class="detail-title">``, ``<div class="detail-meta"><span>发布时间：2023-05-06 10:20</span><span>来源：…
  </span><span>阅读 123</span></div>``, the body; no other article linked. 我的 (/m/my.html) links 关于我们
  (/m/about.html, undated, not an article) and a login form. No JSON answer is an article.

The fixture tests check that every link resolves and that a browser-like walk (frames, iframes, the script that
sets the iframe's src and the tabs' clicks; the 加载更多 script's fetches until ``hasMore`` is false) reaches every
article, and that plain hrefs alone do not. No page is copied from a real site: names, hosts and numbers are made
up."""

import html
import json
import re
import urllib.parse
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import (
    IMAGE,
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    html_pages,
    iis_key,
    numbered,
    prose,
    query_key,
    short,
    titles,
)

JS = (200, b"/* js */", "application/x-javascript")
CSS = (200, b"/* css */", "text/css")


@dataclass
class Art:
    path: str  # the article's identity: URL path (and query)
    title: str
    when: datetime
    unit: str = ""  # 发布单位 / 来源
    body: str = ""
    aid: int = 0
    hits: int = 0
    school: int = 0
    cat: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


class Server(dict):
    """A site ({path: page}) as its server answers it, under ``key`` (the server's reading of a URL)."""

    def __init__(self, site, key):
        super().__init__(site)
        self.key = key
        self.answers = {key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        entry = self.answers.get(self.key(path.partition("#")[0]), default)
        if isinstance(entry, str):
            return 200, entry.encode("utf-8"), "text/html; charset=utf-8"
        return entry


# ---- 1. 棠浦区中小学校务公开网: frames and iframes (ASP.NET 2.0, IIS) --------------------------------------------------

TP_BUREAU = "棠浦区教育局"
TP_NAME = "棠浦区中小学校务公开网"
TP_PER = 8
TP_COLS = {10: "学校概况", 12: "党务公开", 13: "收费公示", 14: "财务公开", 15: "招生信息"}
# sid, name, 学段, {cid: rows}
TP_SCHOOLS = (
    (3, "棠浦区实验小学", "小学", {12: 17, 13: 3, 14: 5, 15: 3}),
    (5, "棠浦区第二中学", "初中", {12: 10, 13: 2, 15: 4}),
    (8, "棠浦区城南幼儿园", "幼儿园", {12: 0, 13: 2, 14: 2}),
)
TP_STAGES = ("小学", "初中", "幼儿园")
TP_TAB_SCHOOL = 5  # the school whose one iframe a script fills
TP_TAILS = {
    12: ("召开党员大会", "开展主题党日活动", "组织党风廉政建设学习", "开展“三会一课”集中学习", "召开民主生活会",
         "开展创先争优活动"),
    13: ("秋季学期收费项目及标准公示", "春季学期代收费公示", "服务性收费公示"),
    14: ("年度预算公开", "年度决算公开", "“三公”经费公开", "食堂收支情况公示"),
    15: ("招生简章", "招生范围公示", "新生录取名单公示"),
}  # fmt: skip


def yearly(fmt, tails, whens):
    """Titles naming their own year (a second of the same in a year marked （二）, （三）…), one per time."""
    out, counts = [], {}
    for k, w in enumerate(whens):
        t = fmt.format(year=w.year, tail=tails[k % len(tails)])
        counts[t] = counts.get(t, 0) + 1
        out.append(t + ("" if counts[t] == 1 else f"（{'一二三四五六七八九'[counts[t] - 1]}）"))
    assert len(set(out)) == len(out)
    return out


def tp_nick(name):
    return name.removeprefix("棠浦区")


def tp_list_url(sid, cid, k=1, amp="&"):
    return f"/xwgk/list.aspx?sid={sid}{amp}cid={cid}" + (f"{amp}page={k}" if k > 1 else "")


def tp_net_time(w):
    """DateTime.ToString() under .NET 2.0's zh-CN culture: 2012-5-6 9:20:33."""
    return f"{w.year}-{w.month}-{w.day} {w.hour}:{w:%M:%S}"


def tp_doc(title, body, head="", css="/css/style.css"):
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f'<title>{title}</title>\n<link href="{css}" rel="stylesheet" type="text/css" />\n{head}</head>\n'
        f"{body}\n</html>"
    )


def tp_frameset():
    """The home page: Dreamweaver's 'top and nested left' frameset, nothing else."""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Frameset//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-frameset.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f'<title>{TP_NAME}</title>\n<meta name="keywords" content="校务公开,棠浦区,中小学" />\n</head>\n\n'
        '<frameset rows="118,*" cols="*" frameborder="no" border="0" framespacing="0">\n'
        '  <frame src="top.html" name="topFrame" scrolling="No" noresize="noresize" id="topFrame" title="topFrame" />\n'
        '  <frameset cols="190,*" frameborder="no" border="0" framespacing="0">\n'
        '    <frame src="left.aspx" name="leftFrame" scrolling="auto" noresize="noresize" id="leftFrame" '
        'title="leftFrame" />\n'
        '    <frame src="main.aspx" name="main" id="main" title="mainFrame" />\n'
        "  </frameset>\n</frameset>\n"
        "<noframes><body>\n<p>您的浏览器不支持框架，请使用IE6.0以上版本的浏览器访问本站。</p>\n</body></noframes>\n</html>"
    )


def tp_top():
    return tp_doc(
        f"{TP_NAME}",
        '<body style="margin:0">\n<table width="100%" border="0" cellspacing="0" cellpadding="0">\n'
        '<tr><td height="90" background="images/top_bg.jpg"><img src="images/logo.gif" width="520" height="90" '
        f'alt="{TP_NAME}" /></td></tr>\n<tr><td height="28" class="topnav" align="center">'
        '<a href="main.aspx" target="main">平台首页</a> | <a href="xwgk/guide.aspx" target="main">公开指南</a> | '
        '<a href="http://www.tangpu.example.gov.cn/jyj/" target="_blank">棠浦区教育局</a> | '
        '<a href="admin/login.aspx" target="_blank">管理登录</a></td></tr>\n</table>\n</body>',
    )


def tp_left():
    rows = ""
    for i, stage in enumerate(TP_STAGES, 1):
        links = "".join(
            f'<tr><td height="24" class="menu_item"><img src="images/arrow.gif" width="7" height="7" /> '
            f'<a href="xwgk/school.aspx?sid={sid}" target="main">{tp_nick(name)}</a></td></tr>\n'
            for sid, name, st, _ in TP_SCHOOLS
            if st == stage
        )
        hidden = "" if i == 1 else ' style="display:none"'
        rows += (
            f'<tr><td height="30" class="menu_title" onclick="showsub(\'xd{i}\')" style="cursor:hand">'
            f'<img src="images/ico_{i}.gif" width="16" height="16" /> {stage}</td></tr>\n'
            f'<tr id="xd{i}"{hidden}><td><table width="100%" border="0" cellspacing="0" cellpadding="0">\n{links}'
            "</table></td></tr>\n"
        )
    head = (
        '<script language="javascript" type="text/javascript">\nfunction showsub(id) {\n'
        "  var o = document.getElementById(id);\n  o.style.display = (o.style.display == 'none') ? '' : 'none';\n"
        "}\n</script>\n"
    )
    return tp_doc(
        "学校列表",
        '<body style="margin:0" class="leftbg">\n<form name="form1" method="post" action="left.aspx" id="form1">\n'
        '<div>\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2MTY2ODcyMjlkZA==" />\n'
        '</div>\n<table width="180" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        '<tr><td height="32" class="left_title">学校信息公开</td></tr>\n'
        f"{rows}</table>\n</form>\n</body>",
        head,
    )


def tp_row(a, tag=""):
    label = f"[{tag}]" if tag else ""
    return (
        f'<tr><td width="12" class="dot">·</td><td class="list_title">{label}<a href="{a.path.removeprefix("/xwgk/")}" '
        f'target="_blank" title="{a.title}">{short(a.title, 22)}</a></td><td width="80" class="date">{a.day}</td></tr>\n'
    )


def tp_pager(sid, cid, k, n, total):
    """AspNetPager (UrlPaging, the 'page' query), as it renders with ShowFirstLast and its default styles."""

    def link(i, text):
        return (
            f'<a href="{tp_list_url(sid, cid, i, "&amp;").removeprefix("/xwgk/")}" style="margin-right:5px;">{text}</a>'
        )

    off = '<a disabled="disabled" style="margin-right:5px;">{}</a>'
    out = (link(1, "首页") + link(k - 1, "上一页")) if k > 1 else off.format("首页") + off.format("上一页")
    for i in range(1, n + 1):
        out += f'<span style="margin-right:5px;font-weight:Bold;color:red;">{i}</span>' if i == k else link(i, i)
    out += (link(k + 1, "下一页") + link(n, "尾页")) if k < n else off.format("下一页") + off.format("尾页")
    return (f'<div class="pager">共{total}条记录 第{k}/{n}页 <!-- AspNetPager V7.2 for VS2005 --><div '
            f'id="AspNetPager1">{out}</div><!-- AspNetPager V7.2 for VS2005 End --></div>')  # fmt: skip


def tp_list_page(sid, cid, rows, k, n, total):
    lis = "".join(tp_row(a) for a in rows) or '<tr><td colspan="3" class="nodata">暂无信息</td></tr>\n'
    pager = tp_pager(sid, cid, k, n, total) if n > 1 else ""
    return tp_doc(
        TP_COLS[cid],
        f'<body style="margin:0;background:transparent">\n<form name="form1" method="post" action="list.aspx?sid={sid}'
        f'&amp;cid={cid}" id="form1">\n<table width="100%" border="0" cellspacing="0" cellpadding="0" class="list">\n'
        f"{lis}</table>\n{pager}\n</form>\n</body>",
        css="../css/list.css",
    )


def tp_school_head(name, title):
    return (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="school_banner" height="60">'
        f'<span class="school_name">{name}</span> 校务公开</td></tr><tr><td class="position">当前位置：<a href="../main.aspx">'
        f"首页</a> &gt; {title}</td></tr></table>\n"
    )


def tp_box(sid, cid):
    return (
        f'<td width="50%" valign="top"><div class="lm"><div class="lm_tit"><span>{TP_COLS[cid]}</span></div>'
        f'<iframe src="list.aspx?sid={sid}&cid={cid}" name="lm{cid}" id="lm{cid}" width="100%" height="260" '
        'frameborder="0" scrolling="no" marginheight="0" marginwidth="0" allowtransparency="true"></iframe></div></td>'
    )


def tp_school(sid, name, cids):
    if sid == TP_TAB_SCHOOL:
        on = ' class="on"'
        tabs = "".join(f'<li{on if i == 0 else ""} onclick="showCol({c}, this)">{TP_COLS[c]}</li>'
                       for i, c in enumerate(cids))  # fmt: skip
        main = (
            f'<div class="tabbox"><ul class="tabs" id="tabs">{tabs}</ul>\n'
            '<iframe id="f1" name="f1" width="100%" height="300" frameborder="0" scrolling="no" marginheight="0" '
            'marginwidth="0" allowtransparency="true"></iframe></div>\n'
            '<script type="text/javascript">\nfunction showCol(cid, obj) {\n'
            "  var tabs = document.getElementById('tabs').getElementsByTagName('li');\n"
            "  for (var i = 0; i < tabs.length; i++) tabs[i].className = '';\n  obj.className = 'on';\n"
            f"  document.getElementById('f1').src = 'list.aspx?sid={sid}&cid=' + cid;\n}}\n"
            f"document.getElementById('f1').src = 'list.aspx?sid={sid}&cid={cids[0]}';\n</script>\n"
        )
    else:
        boxes = [tp_box(sid, c) for c in cids]
        if len(boxes) % 2:
            boxes.append('<td width="50%"></td>')
        main = "".join(f"<tr>{boxes[i]}{boxes[i + 1]}</tr>\n" for i in range(0, len(boxes), 2))
        main = f'<table width="100%" border="0" cellspacing="8" cellpadding="0">\n{main}</table>\n'
    return tp_doc(f"{name} - {TP_NAME}", f'<body style="margin:0">\n{tp_school_head(name, name)}{main}</body>',
                  css="../css/style.css")  # fmt: skip


def tp_article(a, name, cid):
    return tp_doc(
        f"{a.title} - {TP_NAME}",
        '<body>\n<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" class="show">\n'
        f'<tr><td height="60" class="show_top">{TP_NAME}</td></tr>\n'
        f'<tr><td class="show_pos">{name} &gt; {TP_COLS[cid]}</td></tr>\n'
        f'<tr><td class="show_title" align="center">{a.title}</td></tr>\n'
        f'<tr><td class="show_info" align="center">发布单位：{a.unit}　发布时间：{tp_net_time(a.when)}　浏览次数：{a.hits}'
        "</td></tr>\n"
        f'<tr><td class="show_content"><div id="zoom">{a.body}</div></td></tr>\n'
        '<tr><td align="center" height="40"><a href="javascript:window.print()">【打印】</a> '
        '<a href="javascript:window.close()">【关闭窗口】</a></td></tr>\n</table>\n'
        f'<div class="foot">{TP_BUREAU}主办　技术支持：棠浦区教育信息中心　<a href="http://www.miibeian.gov.cn/" '
        'target="_blank">苏ICP备08012345号</a></div>\n</body>',
        css="../css/show.css",
    )


def tp_about(name):
    return "".join(f"<p>　　{p}</p>" for p in (
        f"{name}创办于1952年，是{TP_BUREAU}直属的公办小学，现有教学班32个，学生1460余人，教职工96人。",
        "学校占地面积三十余亩，建有标准化运动场、图书馆、科学实验室和多功能报告厅。",
        "学校以“崇德、尚学、健体、博雅”为校训，先后获得市文明单位、市绿色学校等荣誉称号。",
    ))  # fmt: skip


def tangpu_site():
    site = {}
    arts, listed = [], {}
    for n, (sid, name, _, cols) in enumerate(TP_SCHOOLS):
        for m, (cid, count) in enumerate(cols.items()):
            fmt = tp_nick(name) + "{year}年{tail}"
            whens = days(f"2013-{12 - 2 * n - m}-{26 - 3 * m} {8 + m}:{11 + 9 * n}", count, 43 + 7 * n)
            rows = [Art("", t, w, unit=name, school=sid, cat=cid)
                    for t, w in zip(yearly(fmt, TP_TAILS[cid], whens), whens)]  # fmt: skip
            listed[(sid, cid)] = rows
            arts += rows
    numbered(arts, 1021, step=2)
    for k, a in enumerate(arts):
        a.path = f"/xwgk/show.aspx?id={a.aid}"
        a.body = prose(a.title, a.unit, k)
        a.hits = 30 + a.aid * 17 % 600
        site[a.path] = tp_article(a, a.unit, a.cat)
    shown = dict(listed)  # a 招生信息 article of 实验小学 also listed in its 收费公示
    shared = listed[(3, 15)][1]
    shown[(3, 13)] = sorted([*listed[(3, 13)], shared], key=lambda a: a.when, reverse=True)
    for (sid, cid), rows in shown.items():
        n = -(-len(rows) // TP_PER)
        for k in range(1, max(n, 1) + 1):
            page = tp_list_page(sid, cid, rows[(k - 1) * TP_PER : k * TP_PER], k, n, len(rows))
            site[tp_list_url(sid, cid, k)] = page
            if k == 1:
                site[tp_list_url(sid, cid) + "&page=1"] = page
    # 学校概况 of 实验小学: a single-page column, its list.aspx the text itself
    site[tp_list_url(3, 10)] = tp_doc(
        "学校概况", '<body style="margin:0;background:transparent">\n<div class="gk">'
        f"{tp_about(TP_SCHOOLS[0][1])}</div>\n</body>", css="../css/list.css")  # fmt: skip
    for sid, name, _, cols in TP_SCHOOLS:
        cids = ([10] if sid == 3 else []) + list(cols)
        site[f"/xwgk/school.aspx?sid={sid}"] = tp_school(sid, name, cids)
    newest = sorted(arts, key=lambda a: a.when, reverse=True)[:6]
    rows = "".join(tp_row(a, tp_nick(a.unit)).replace('href="show', 'href="xwgk/show') for a in newest)
    main = (
        '<body style="margin:0">\n<table width="100%" border="0" cellspacing="8" cellpadding="0">\n'
        '<tr><td valign="top" width="55%"><div class="box"><div class="box_tit">公开说明</div><div class="box_con">'
        f"<p>　　为贯彻落实《中华人民共和国政府信息公开条例》，推进校务公开工作，{TP_BUREAU}建设了{TP_NAME}。各学校通过"
        "本平台公开党务、校务、财务等信息，接受师生、家长和社会的监督。</p><p>　　请从左侧选择学校查看其公开信息。</p>"
        "</div></div></td>\n"
        '<td valign="top"><div class="box"><div class="box_tit">最新公开</div><table width="100%" border="0" '
        f'cellspacing="0" cellpadding="0" class="list">\n{rows}</table></div></td></tr>\n</table>\n'
        f'<div class="foot">{TP_BUREAU}主办　<a href="http://www.miibeian.gov.cn/" target="_blank">苏ICP备08012345号</a>'
        "</div>\n</body>"
    )
    site["/main.aspx"] = tp_doc(TP_NAME, main)
    site["/xwgk/guide.aspx"] = tp_doc(f"公开指南 - {TP_NAME}", (
        f'<body style="margin:0">\n{tp_school_head(TP_NAME, "公开指南")}<div class="guide"><h3>校务公开指南</h3>'
        "<p>　　一、公开范围：学校党务、校务、财务、招生、收费等信息。</p><p>　　二、公开方式：本平台、学校公示栏、"
        "家长会等。</p><p>　　三、监督电话：0519-86123456。</p></div>\n</body>"), css="../css/style.css")  # fmt: skip
    site["/admin/login.aspx"] = tp_doc("管理登录", (
        '<body>\n<form name="form1" method="post" action="login.aspx" id="form1"><input type="hidden" '
        'name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTMxNzUwNjA4NmRk" />用户名：<input name="txtUser" '
        'type="text" id="txtUser" /> 密码：<input name="txtPwd" type="password" id="txtPwd" /> <input type="submit" '
        'name="btnLogin" value="登录" id="btnLogin" /></form>\n</body>'), css="../css/style.css")  # fmt: skip
    site["/top.html"] = tp_top()
    site["/left.aspx"] = tp_left()
    site["/"] = site["/index.html"] = site["/default.aspx"] = tp_frameset()
    for path in ("/css/style.css", "/css/list.css", "/css/show.css"):
        site[path] = CSS
    for path in ("/images/top_bg.jpg", "/images/logo.gif", "/images/arrow.gif", "/images/ico_1.gif",
                 "/images/ico_2.gif", "/images/ico_3.gif"):  # fmt: skip
        site[path] = IMAGE
    return site, {a.path: a for a in arts}


# ---- 2. 苇川市汀兰实验学校: a mobile site fed by a JSON API (2019–2023) -----------------------------------------------

TL_NAME = "苇川市汀兰实验学校"
TL_SIZE = 10
TL_CATS = {2: "通知", 3: "动态"}
TL_NEW_SYSTEM = datetime(2022, 9, 1)  # items made before the move to the new CMS have no url in the API


def tl_page(title, body, tab, scripts=""):
    tabs = (("/", "首页", "home"), ("/m/list.html?cat=2", "通知", "notice"), ("/m/list.html?cat=3", "动态", "news"),
            ("/m/my.html", "我的", "my"))  # fmt: skip
    bar = "".join(f'<a href="{u}" class="tab-item{" active" if t == tab else ""}"><i class="iconfont icon-{i}"></i>'
                  f"<span>{t}</span></a>" for u, t, i in tabs)  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" '
        'content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no,viewport-fit=cover">\n'
        '<meta name="format-detection" content="telephone=no">\n'
        f"<title>{title}</title>\n"
        '<link rel="stylesheet" href="/m/static/css/app.css?v=2.3.1">\n'
        '<link rel="stylesheet" href="/m/static/iconfont/iconfont.css">\n</head>\n<body>\n'
        f'<div class="page">\n{body}\n</div>\n'
        f'<nav class="tabbar">{bar}</nav>\n{scripts}</body>\n</html>'
    )


def tl_header(title, back=True):
    left = '<a class="m-header-back" href="javascript:history.back();"><i class="iconfont icon-back"></i></a>'
    return f'<header class="m-header">{left if back else ""}<span class="m-header-title">{title}</span></header>'


def tl_card(a):
    return (f'<li class="news-item"><a href="/m/news/{a.aid}.html"><p class="news-title">{a.title}</p>'
            f'<span class="news-tag">{TL_CATS[a.cat]}</span><span class="news-time">{a.day}</span></a></li>\n')  # fmt: skip


def tl_more_script(cat, page):
    """The 加载更多 button's script: fetch the next page, append its rows, stop when hasMore is false."""
    query = "/api/news?page=${page}&size=" + str(TL_SIZE) + ("&cat=${cat}" if cat else "")
    head = f"  const cat = {cat};\n" if cat else ""
    first = "  loadMore();\n" if page == 0 else ""
    return (
        "<script>\n(function () {\n"
        f"{head}  let page = {page};\n  let loading = false;\n"
        "  const list = document.getElementById('newsList');\n  const btn = document.getElementById('loadMore');\n"
        "  function render(item) {\n    const href = item.url || `/m/news/${item.id}.html`;\n"
        '    return `<li class="news-item"><a href="${href}"><p class="news-title">${item.title}</p>'
        '<span class="news-time">${item.time}</span></a></li>`;\n  }\n'
        "  function loadMore() {\n    if (loading) return;\n    loading = true;\n    btn.innerText = '加载中...';\n"
        f"    fetch(`{query.replace('${page}', '${page + 1}')}`)\n"
        "      .then(res => res.json())\n      .then(res => {\n        loading = false;\n"
        "        if (res.code !== 0) { btn.innerText = '加载失败，点击重试'; return; }\n        page = res.data.page;\n"
        "        list.insertAdjacentHTML('beforeend', res.data.list.map(render).join(''));\n"
        "        if (res.data.hasMore) { btn.innerText = '加载更多'; } else { btn.innerText = '没有更多了'; "
        "btn.disabled = true; }\n      })\n"
        "      .catch(() => { loading = false; btn.innerText = '加载失败，点击重试'; });\n  }\n"
        f"  btn.addEventListener('click', loadMore);\n{first}}})();\n</script>\n"
    )


def tl_api(page, rows, more):
    def item(a):
        out = {"id": a.aid, "title": a.title, "time": a.day}
        if a.when >= TL_NEW_SYSTEM:
            out["url"] = f"/m/news/{a.aid}.html"
        return out

    body = {"code": 0, "msg": "ok", "data": {"page": page, "hasMore": more, "list": [item(a) for a in rows]}}
    return 200, json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), "application/json;charset=UTF-8"


class MobileServer(Server):
    """The m-site's pages under their paths (parameters in any order) and the API, answered for any page and size."""

    def __init__(self, site, feeds):
        super().__init__(site, query_key)
        self.feeds = feeds  # cat (0: all): the items newest first

    def get(self, path, default=None):
        base, _, query = path.partition("#")[0].partition("?")
        if base != "/api/news":
            return super().get(path, default)
        q = dict(urllib.parse.parse_qsl(query))
        try:
            page, size, cat = int(q.get("page", 1)), int(q.get("size", TL_SIZE)), int(q.get("cat", 0))
        except ValueError:
            page = size = cat = -1
        if page < 1 or not 1 <= size <= 50 or cat not in self.feeds:
            return 200, b'{"code":400,"msg":"\xe5\x8f\x82\xe6\x95\xb0\xe9\x94\x99\xe8\xaf\xaf"}', "application/json"
        rows = self.feeds[cat]
        return tl_api(page, rows[(page - 1) * size : page * size], page * size < len(rows))


def tl_list_body(title, cards, more_text="加载更多"):
    return (
        f'{tl_header(title, back=False)}\n<ul class="news-list" id="newsList">\n{cards}</ul>\n'
        f'<button class="load-more" id="loadMore" type="button">{more_text}</button>'
    )


def tl_article(a):
    body = (
        f'{tl_header("新闻详情")}\n<article class="detail">\n<h1 class="detail-title">{a.title}</h1>\n'
        f'<div class="detail-meta"><span>发布时间：{a.when:%Y-%m-%d %H:%M}</span><span>来源：{a.unit}</span>'
        f'<span>阅读 {a.hits}</span></div>\n<div class="detail-body">{a.body}</div>\n</article>'
    )
    return tl_page("新闻详情", body, None)


def tinglan_site():
    site = {}
    whens = days("2023-06-28 16:30", 14, 26)
    notices = [Art("", t, w, unit="学校办公室", cat=2)
               for t, w in zip(yearly("关于{year}年{tail}", ("暑假放假安排的通知", "端午节放假的通知",
                                                          "期中考试安排的通知", "劳动节放假的通知", "清明节放假的通知",
                                                          "春季开学工作的通知", "寒假放假致家长的一封信",
                                                          "期末考试安排的通知"), whens), whens)]  # fmt: skip
    news = [Art("", t, w, unit=("校办", "德育处", "教务处", "团委")[k % 4], cat=3)
            for k, (t, w) in enumerate(zip(titles(("我校", "七年级", "八年级", "九年级", "校团委", "学生会", "科技社团"),
                                                 ("举行春季运动会", "开展研学旅行", "举办读书分享会",
                                                  "开展防溺水安全教育", "参加市青少年科技创新大赛"), 23),
                                          days("2023-06-30 11:05", 23, 17)))]  # fmt: skip
    every = notices + news
    numbered(every, 2087, step=3)
    for k, a in enumerate(every):
        a.path = f"/m/news/{a.aid}.html"
        a.body = prose(a.title, TL_NAME, k + 1)
        a.hits = 120 + a.aid * 37 % 2000
        site[a.path] = tl_article(a)
    feeds = {0: sorted(every, key=lambda a: a.when, reverse=True), 2: notices, 3: news}
    swiper = feeds[0][:2]
    slides = "".join(f'<div class="swiper-slide"><a href="/m/news/{a.aid}.html"><img src="/m/upload/banner/{a.aid}.jpg"'
                     f' alt=""><p class="slide-title">{a.title}</p></a></div>' for a in swiper)  # fmt: skip
    slides += ('<div class="swiper-slide"><a href="/m/about.html"><img src="/m/upload/banner/about.jpg" alt="">'
               '<p class="slide-title">走进汀兰</p></a></div>')  # fmt: skip
    home = (
        f'<header class="m-header m-header-home"><img class="logo" src="/m/static/img/logo.png" alt="{TL_NAME}">'
        f'</header>\n<div class="swiper-container" id="banner"><div class="swiper-wrapper">{slides}</div>'
        '<div class="swiper-pagination"></div></div>\n'
        '<div class="section-title"><span>最新资讯</span></div>\n<ul class="news-list" id="newsList">\n'
        f"{''.join(tl_card(a) for a in feeds[0][:TL_SIZE])}</ul>\n"
        '<button class="load-more" id="loadMore" type="button">加载更多</button>'
    )
    swiper_js = ('<script src="/m/static/js/swiper.min.js"></script>\n<script>new Swiper(\'#banner\', {autoplay: '
                 "{delay: 4000}, loop: true, pagination: {el: '.swiper-pagination'}});</script>\n")  # fmt: skip
    site["/"] = site["/index.html"] = tl_page(TL_NAME, home, "首页", swiper_js + tl_more_script(0, 1))
    site["/m/list.html?cat=2"] = tl_page(
        f"通知 - {TL_NAME}", tl_list_body("通知", "".join(tl_card(a) for a in notices[:TL_SIZE])), "通知",
        tl_more_script(2, 1))  # fmt: skip
    site["/m/list.html?cat=3"] = tl_page(
        f"动态 - {TL_NAME}", tl_list_body("动态", '<li class="news-empty" hidden>暂无内容</li>\n', "加载中..."),
        "动态", tl_more_script(3, 0))  # fmt: skip
    site["/m/my.html"] = tl_page(f"我的 - {TL_NAME}", (
        f'{tl_header("我的", back=False)}\n<div class="my-head"><img src="/m/static/img/avatar.png" alt=""><a '
        'href="/m/login.html" class="my-login">登录 / 注册</a></div>\n<ul class="cell-list"><li><a href="/m/about.html">'
        '关于我们<i class="iconfont icon-right"></i></a></li><li><a href="tel:0513-85123456">联系电话<span>0513-85123456'
        '</span></a></li></ul>'), "我的")  # fmt: skip
    site["/m/about.html"] = tl_page(f"关于我们 - {TL_NAME}", (
        f'{tl_header("关于我们")}\n<article class="detail"><div class="detail-body"><p>　　{TL_NAME}创办于2009年，是苇川市'
        "教育局直属的九年一贯制公办学校，现有教学班48个，学生2200余人，教职工186人。</p><p>　　学校秉承“汀兰芷秀，"
        "厚德笃行”的校训，先后获得市文明校园、市科技教育特色学校等称号。</p><p>　　地址：苇川市滨江大道168号　电话："
        "0513-85123456</p></div></article>"), None)  # fmt: skip
    site["/m/login.html"] = tl_page(f"登录 - {TL_NAME}", (
        f'{tl_header("登录")}\n<form class="login-form" action="/api/user/login" method="post"><input type="tel" '
        'name="mobile" placeholder="请输入手机号"><input type="password" name="password" placeholder="请输入密码">'
        '<button type="submit">登录</button></form>'), None)  # fmt: skip
    for path in ("/m/static/css/app.css?v=2.3.1", "/m/static/iconfont/iconfont.css"):
        site[path] = CSS
    site["/m/static/js/swiper.min.js"] = JS
    for path in ["/m/static/img/logo.png", "/m/static/img/avatar.png", "/m/upload/banner/about.jpg",
                 *(f"/m/upload/banner/{a.aid}.jpg" for a in swiper)]:  # fmt: skip
        site[path] = IMAGE
    return site, feeds, {a.path: a for a in every}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------

TP_SETSRC = re.compile(r"document\.getElementById\('(\w+)'\)\.src\s*=\s*'([^']*)'(?:\s*\+\s*(\w+))?")
TP_CALL = re.compile(r"""onclick="(\w+)\((\d+),\s*this\)\"""")
FETCH = re.compile(r"fetch\(`([^`]+)`\)")


def local(path, href):
    url = urllib.parse.urljoin("http://site.test" + path, html.unescape(href.strip()))
    parts = urllib.parse.urlsplit(url)
    if parts.netloc != "site.test" or parts.scheme not in ("http", "https"):
        return None
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def tp_links(text, scripts):
    """What a visitor reaches from a page of the frames site: its links; with ``scripts``, also its frames and
    iframes, and the documents the page's script loads into an iframe (on load and on each tab's click)."""
    plain = re.sub(r"<script\b.*?</script>", "", text, flags=re.S)
    found = re.findall(r'<a\b[^>]*?href="([^"#]+)"', plain)
    if scripts:
        found += re.findall(r'<i?frame\b[^>]*?src="([^"]+)"', plain)
        for _, literal, var in TP_SETSRC.findall(text):
            if not var:
                found.append(literal)
            else:  # the tab's handler: its argument appended, for each tab header that calls it
                found += [literal + n for _, n in TP_CALL.findall(text)]
    return [f for f in found if not f.startswith("javascript:")]


def tl_links(server, path, text, scripts):
    """What a visitor reaches from a page of the mobile site: its links; with ``scripts``, also the items the
    加载更多 script appends, fetched page after page until the API says ``hasMore: false``."""
    found = re.findall(r'<a\b[^>]*?href="([^"#]+)"', re.sub(r"<script\b.*?</script>", "", text, flags=re.S))
    found = [f for f in found if not f.startswith(("javascript:", "tel:"))]
    if scripts:
        for template in FETCH.findall(text):
            env = dict(re.findall(r"const (\w+) = (\d+);", text))
            start = int(re.search(r"let page = (\d+);", text).group(1))
            page, more = start, True
            while more:
                url = template.replace("${page + 1}", str(page + 1))
                url = re.sub(r"\$\{(\w+)\}", lambda m, env=env: env[m.group(1)], url)
                answer = json.loads(server.get(local(path, url))[1])
                assert answer["code"] == 0, url
                found += [r.get("url") or f"/m/news/{r['id']}.html" for r in answer["data"]["list"]]
                page, more = answer["data"]["page"], answer["data"]["hasMore"]
    return found


def unresolved(server, site):
    """Every href and src of every page (scripts' strings aside) that the server does not answer."""
    out = set()
    for p in html_pages(site):
        for ref in re.findall(r'(?:href|src)="([^"#]+)"', re.sub(r"<script>.*?</script>", "", site[p], flags=re.S)):
            if ref.startswith(("javascript:", "tel:")):
                continue
            there = local(p, ref)
            if there and (server.get(there) or (404,))[0] != 200:
                out.add((p, there))
    return out


def walk(server, key, links):
    """Every address reached from the home page (by ``key``)."""
    seen, todo = set(), ["/"]
    while todo:
        path = todo.pop()
        if path is None or key(path) in seen:
            continue
        seen.add(key(path))
        answer = server.get(path)
        assert answer is not None, f"{path} does not resolve"
        if answer[0] != 200 or not answer[2].startswith("text/html"):
            continue
        todo += [local(path, f) for f in links(path, answer[1].decode("utf-8"))]
    return seen


def test_the_tangpu_fixture_is_the_site_it_claims_to_be():
    site, truth = tangpu_site()
    assert len(truth) == sum(sum(c.values()) for *_, c in TP_SCHOOLS) == 48
    assert all(re.fullmatch(r"/xwgk/show\.aspx\?id=1\d{3}", p) for p in truth)
    assert len(html_pages(site)) <= 90
    server = Server(site, iis_key)
    assert unresolved(server, site) == set()
    articles = {iis_key(p) for p in truth}
    browsed = walk(server, iis_key, lambda p, t: tp_links(t, True))
    assert articles <= browsed, sorted(articles - browsed)
    plain = walk(server, iis_key, lambda p, t: tp_links(t, False))
    assert plain == {"/"}, "the home page is a frameset: no link at all"
    # the frameset, the left menu's targets, the iframes and the script-set one
    home = site["/"]
    assert "<frameset" in home and "<a " not in home and '<frame src="main.aspx" name="main"' in home
    left = site["/left.aspx"]
    assert all(f'<a href="xwgk/school.aspx?sid={sid}" target="main">' in left for sid, *_ in TP_SCHOOLS)
    assert '<tr id="xd2" style="display:none">' in left
    first = site["/xwgk/school.aspx?sid=3"]
    assert '<iframe src="list.aspx?sid=3&cid=12" name="lm12"' in first and "show.aspx" not in first
    assert '<iframe src="list.aspx?sid=3&cid=10"' in first
    tabs = site["/xwgk/school.aspx?sid=5"]
    assert "document.getElementById('f1').src = 'list.aspx?sid=5&cid=12';" in tabs
    assert "document.getElementById('f1').src = 'list.aspx?sid=5&cid=' + cid;" in tabs
    assert '<li onclick="showCol(13, this)">收费公示</li>' in tabs and "cid=13" not in tabs and "src=" not in tabs
    # the pager, page 1 twice named, the empty column, the article shared by two columns
    page1 = site[tp_list_url(3, 12)]
    assert ('<a href="list.aspx?sid=3&amp;cid=12&amp;page=2" style="margin-right:5px;">2</a>' in page1
            and '<a disabled="disabled" style="margin-right:5px;">首页</a>' in page1)  # fmt: skip
    assert tp_list_url(3, 12, 3) in site and tp_list_url(3, 12, 4) not in site
    assert server.get("/XWGK/List.aspx?CID=12&page=1&SID=3") == server.get(tp_list_url(3, 12))
    assert "暂无信息" in site[tp_list_url(8, 12)]
    rows = [re.findall(r'href="(show\.aspx\?id=\d+)"', site[tp_list_url(3, c)]) for c in (13, 15)]
    assert len(set(rows[0]) & set(rows[1])) == 1
    # the single page, the guide: undated; articles' .NET dates
    assert not re.search(r"\d{4}-\d{1,2}-\d{1,2}", site[tp_list_url(3, 10)] + site["/xwgk/guide.aspx"])
    a = next(a for a in truth.values() if a.when.month < 10 or a.when.day < 10)
    assert f"发布时间：{tp_net_time(a.when)}　" in site[a.path] and f"发布时间：{a.day}" not in site[a.path]
    assert f'<td class="show_title" align="center">{a.title}</td>' in site[a.path]
    assert all("show.aspx" not in site[p] for p in truth), "an article leads to no other"


def test_the_tinglan_fixture_is_the_site_it_claims_to_be():
    site, feeds, truth = tinglan_site()
    assert len(truth) == 14 + 23
    server = MobileServer(site, feeds)
    assert unresolved(server, site) == set()
    articles = {query_key(p) for p in truth}
    browsed = walk(server, query_key, lambda p, t: tl_links(server, p, t, True))
    assert articles <= browsed, sorted(articles - browsed)
    plain = walk(server, query_key, lambda p, t: tl_links(server, p, t, False))
    assert len(articles - plain) >= len(articles) // 2, "plain links alone must miss most of the site"
    home = site["/"]
    assert home.count('<li class="news-item"><a href="/m/news/') == TL_SIZE and "加载更多</button>" in home
    assert "fetch(`/api/news?page=${page + 1}&size=10`)" in home and "let page = 1;" in home
    assert "const href = item.url || `/m/news/${item.id}.html`;" in home
    assert "fetch(`/api/news?page=${page + 1}&size=10&cat=${cat}`)" in site["/m/list.html?cat=2"]
    dyn = site["/m/list.html?cat=3"]
    assert "const cat = 3;" in dyn and "let page = 0;" in dyn and "/m/news/2" not in dyn.replace("${", "")
    answer = json.loads(server.get("/api/news?page=2&size=10")[1])
    assert answer["code"] == 0 and answer["data"]["hasMore"] and "total" not in answer["data"]
    assert len(answer["data"]["list"]) == 10 and set(answer["data"]["list"][0]) <= {"id", "title", "time", "url"}
    last = json.loads(server.get("/api/news?size=10&page=4")[1])["data"]
    assert len(last["list"]) == 7 and not last["hasMore"]
    assert json.loads(server.get("/api/news?page=5&size=10")[1])["data"] == {"page": 5, "hasMore": False, "list": []}
    assert server.get("/api/news?cat=3") == server.get("/api/news?page=1&size=10&cat=3")
    rows = [r for c in (2, 3) for k in (1, 2, 3) for r in json.loads(server.get(f"/api/news?cat={c}&page={k}")[1])[
        "data"]["list"]]  # fmt: skip
    assert sorted(f"/m/news/{r['id']}.html" for r in rows) == sorted(truth), "the API lists every article once"
    assert any("url" not in r for r in rows) and any("url" in r for r in rows)
    a = next(iter(truth.values()))
    page = site[a.path]
    assert (
        f'<h1 class="detail-title">{a.title}</h1>' in page and f"<span>发布时间：{a.when:%Y-%m-%d %H:%M}</span>" in page
    )
    assert "<title>新闻详情</title>" in page and "/m/news/" not in page
    assert "发布时间" not in site["/m/about.html"] and 'href="/m/about.html"' in site["/m/my.html"]


# ---- the crawls and what they must archive ---------------------------------------------------------------------


def tangpu():
    site, truth = tangpu_site()
    return Server(site, iis_key), truth, iis_key


def tinglan():
    site, feeds, truth = tinglan_site()
    return MobileServer(site, feeds), truth, query_key


SITES = {"tangpu-frames": tangpu, "tinglan-mobile": tinglan}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    server, truth, key = SITES[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "school.db"
    return crawl_site(request.param, server, truth, key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
