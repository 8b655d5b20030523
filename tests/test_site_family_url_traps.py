"""Whole sites whose markup is ordinary but whose ADDRESSES are the trap, written by hand after the URL habits of
Chinese school and 政务 sites on Tomcat and on IIS, and crawled with nothing but the home page's address: a JSP
middle school portal with cookies off and an ASP county school site half moved to a new template. Each has a home
page with a menu and boxes of the newest items, three columns of two list pages, and an undated 学校简介 (not an
article). The archive must hold exactly the articles each site was generated with, EACH ONCE (one record per
article, however many addresses name it), each with its title and its day, under the article's identity below.

* JSP (Tomcat, session tracking by URL rewriting): every link is written by ``response.encodeURL`` / ``<c:url>``, so
  it carries the session id as a path parameter after the path and before the query, 32 upper-case hex digits, a
  new one on each page (no cookie comes back, so every request opens a new session):
  ``/portal/news/list.jsp;jsessionid=9F…C2?catId=2&page=2``. ``/`` answers a 302 to ``/portal/index.jsp`` (the
  ROOT webapp's redirect). List pages (/portal/news/list.jsp?catId=N, ``&page=2``) have ``<base
  href="http://HOST/portal/">`` and relative links ``news/detail.jsp;jsessionid=…?id=12&catId=2`` and
  ``news/list.jsp;jsessionid=…?catId=2&page=2`` that resolve against the base (against the page they would be
  /portal/news/news/…, a 404). The home page's boxes write ``detail.jsp;jsessionid=…?catId=2&id=12`` (the other
  order), its 焦点 box adds ``&from=index``, the lists' 热点 box ``&from=hot``; articles (no base) link 上一篇/下一篇
  relative to themselves. Articles /portal/news/detail.jsp?id=N&catId=C: ``<h1>``, ``发布时间：2023-05-06 10:20``.
  The servlets read only ``id``/``catId`` (detail) and ``catId``/``page`` (list); Tomcat ignores the session id of
  a session it does not know. IDENTITY: /portal/news/detail.jsp?catId=C&id=N, parameters in either order, WITHOUT
  the session id (it names a session that is gone the next day, not the article) and without ``from``.
* ASP (IIS, Windows): the file system and so the path are case-insensitive, and so are ASP's Request.QueryString
  names: the menu links /News/, the home boxes /News/Show.asp?ID=12, the lists show.asp?id=12, 上一篇/下一篇
  Show.asp?ID=11#top (and every page has a ``<a href="#top">返回顶部</a>``). /news/ and /news/index.asp are the same
  list (IIS's default document); pages index.asp?page=2. The old sections 学校新闻 (/news/) and 通知公告 (/notice/)
  and the home page are GB2312 (``text/html; charset=gb2312`` and the meta say so); the new section 党建园地
  (/djyd/, the new template) is UTF-8, said so likewise. 通知公告's rows and pager are HTML-encoded twice:
  ``show.asp?id=12&amp;amp;classid=2`` (a browser asks for ``?id=12&amp;classid=2``; the script reads ``id`` and
  ignores ``amp;classid``). One 党建 article first published under 学校新闻 was moved: the 学校新闻 list still links
  its old address /news/show.asp?id=O, which answers a 301 to /djyd/show.asp?id=N, where 党建园地's list links it
  too. Each article links its printer-friendly copy 【打印】 print.asp?id=N (the same title, day and text, no
  navigation): a copy, not a second article. IDENTITY: /<section>/show.asp?id=N in any case of the path and the
  parameter name (IIS reads them alike; an archivist keeps one spelling, any), without a fragment or the
  twice-escaped ``amp;…`` junk; the moved article's identity is its NEW address /djyd/show.asp?id=N (where it lives;
  the old one only redirects there); print.asp is never an article.

The servers answer as theirs do (session ids dropped, parameters in any order, unknown parameters ignored; IIS in
any case). Archived URLs are compared under that reading (so nothing is missing or extra), their raw rows counted
(so nothing is archived twice under two spellings), and their addresses checked against the identities above. No
page is copied from a real site: names, hosts and numbers are made up."""

import hashlib
import html
import re
import sqlite3
import urllib.parse
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import (
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    iis_key,
    neighbours,
    numbered,
    prose,
    query_key,
    short,
    titles,
)

ON = ' class="on"'  # the current column in a side menu
H = "http://HOME"  # absolute links and redirects: the address the site is served at replaces it


@dataclass
class Art:
    path: str  # the article's identity: URL path and query
    title: str
    when: datetime
    unit: str = ""
    body: str = ""
    aid: int = 0  # the CMS's own id
    cat: str | int = 0
    old: str = ""  # the address it was moved from (answers a 301 to ``path``)

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def _served(entry, home, charset):
    if isinstance(entry, str):
        return 200, entry.replace(H, home).encode(charset), f"text/html; charset={charset}"
    if isinstance(entry, tuple) and isinstance(entry[2], dict):
        return entry[0], entry[1], {k: v.replace(H, home) for k, v in entry[2].items()}
    return entry


# ---- 1. JSP on Tomcat, cookies off: a city middle school's portal -------------------------------------------------

JS_NAME = "澄江市第六中学"
JS_CATS = {1: "学校新闻", 2: "通知公告", 3: "教研动态"}
JS_PER = 10
CTX = "/portal"
JS_READS = {f"{CTX}/news/detail.jsp": ("id", "catId"), f"{CTX}/news/list.jsp": ("catId", "page")}


def jsp_key(path):
    """Tomcat's reading of a request: ``;jsessionid=`` is a path parameter, not the resource; a servlet sees only
    the parameters it reads (Java's getParameter: names as written), in any order; page 1 is the list."""
    path = path.partition("#")[0]
    base, _, query = path.partition("?")
    base = re.sub(r";jsessionid=[^?/;]*", "", base, flags=re.I)
    reads = JS_READS.get(base, ())
    pairs = sorted((k, v) for k, v in urllib.parse.parse_qsl(query, keep_blank_values=True) if k in reads)
    pairs = [p for p in pairs if p != ("page", "1")]
    return base + (f"?{urllib.parse.urlencode(pairs)}" if pairs else "")


class JspServer(dict):
    def __init__(self, site):
        super().__init__(site)
        self.home = H
        self.answers = {jsp_key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        return _served(self.answers.get(jsp_key(path), default), self.home, "utf-8")


def sid(page):
    """The session Tomcat opened for the request of ``page``: 32 upper-case hex digits, another on every page."""
    return hashlib.md5(f"jsp:{page}".encode()).hexdigest().upper()


def enc(url, s):
    """HttpServletResponse.encodeURL: ``;jsessionid=`` after the path, before the query."""
    path, q, query = url.partition("?")
    return f"{path};jsessionid={s}{q}{query}"


def js_list(c, k=1):
    return f"news/list.jsp?catId={c}" + (f"&page={k}" if k > 1 else "")


def js_detail(a, order="list"):
    return (
        f"news/detail.jsp?id={a.aid}&catId={a.cat}" if order == "list" else f"news/detail.jsp?catId={a.cat}&id={a.aid}"
    )


def js_page(title, main, s, base=False):
    nav = "".join(
        f'<li><a href="{enc(CTX + "/" + u, s)}">{n}</a></li>'
        for n, u in (("首页", "index.jsp"), *((n, js_list(c)) for c, n in JS_CATS.items()), ("学校简介", "about.jsp"))
    )
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        f"<title>{title}</title>\n" + (f'<base href="{H}{CTX}/">\n' if base else "")
        + f'<link rel="stylesheet" type="text/css" href="{CTX}/css/style.css">\n'
        f'<script type="text/javascript" src="{CTX}/js/jquery-1.8.3.min.js"></script>\n</head>\n<body>\n'
        f'<div class="top"><div class="logo"><img src="{CTX}/images/logo.png" alt="{JS_NAME}"></div></div>\n'
        f'<div class="nav"><ul>{nav}</ul></div>\n<div class="main">\n{main}\n</div>\n'
        f'<div class="footer">版权所有 &copy; 2023 {JS_NAME} &nbsp;地址：澄江市学院路18号 &nbsp;电话：0877-6123456<br>'
        '<a href="https://beian.miit.gov.cn/" target="_blank">滇ICP备10023456号-1</a></div>\n</body>\n</html>'
    )  # fmt: skip


def js_article(a, older, newer, s):
    def pn(label, b):
        link = f'<a href="{enc(js_detail(b).removeprefix("news/"), s)}">{b.title}</a>' if b else "没有了"
        return f"<p>{label}：{link}</p>"

    main = (
        f'<div class="position">当前位置：<a href="{enc(CTX + "/index.jsp", s)}">首页</a> &gt; <a href="'
        f'{enc(f"list.jsp?catId={a.cat}", s)}">{JS_CATS[a.cat]}</a> &gt; 正文</div>\n<div class="article">\n'
        f'<h1>{a.title}</h1>\n<div class="info">发布时间：{a.when:%Y-%m-%d %H:%M}　来源：{a.unit}　浏览次数：'
        f'<span id="hits">{100 + a.aid}</span></div>\n<div class="content">{a.body}</div>\n'
        f'<div class="prevnext">{pn("上一篇", newer)}{pn("下一篇", older)}</div>\n</div>'
    )  # fmt: skip
    return js_page(f"{a.title}-{JS_NAME}", main, s)


def jsp_site():
    site = {}
    news = [Art("", t, w, "校办公室", cat=1) for t, w in zip(
        titles(("我校", "高一年级", "高二年级", "高三年级", "校团委", "学生会", "心理健康中心"),
               ("举行秋季运动会", "开展消防疏散演练", "召开期中质量分析会", "举办科技创新作品展", "开展志愿服务活动",
                "组织研学旅行"), 20),
        days("2023-11-28 16:40", 20, 4))]  # fmt: skip
    notices = [Art("", t, w, "教务处", cat=2) for t, w in zip(
        titles(("国庆节放假安排", "期中考试安排", "开展秋季学生体检", "2023年教师资格认定", "校服征订",
                "寒假放假安排", "召开家长会"), ("的通知", "的补充通知"), 14, "关于{}{}"),
        days("2023-11-25 09:10", 14, 6))]  # fmt: skip
    jy = [Art("", t, w, "教科室", cat=3) for t, w in zip(
        titles(("语文组", "数学组", "英语组", "物理组", "化学组", "生物组"),
               ("开展同课异构活动", "举行公开课展示", "开展集体备课", "组织青年教师说课比赛"), 11),
        days("2023-11-20 14:30", 11, 8))]  # fmt: skip
    numbered(news + notices + jy, 1208, step=3)
    columns = {1: news, 2: notices, 3: jy}
    for k, a in enumerate(news + notices + jy):
        a.path = f"{CTX}/{js_detail(a)}"
        a.body = prose(a.title, JS_NAME, k)
    hot = sorted(news + notices + jy, key=lambda a: a.aid % 7)[:6]
    for c, rows in columns.items():
        n = -(-len(rows) // JS_PER)
        for k in range(1, n + 1):
            page = f"{CTX}/{js_list(c, k)}"
            s = sid(page)
            lis = "".join(
                f'<li><span class="date">{a.day}</span><a href="{enc(js_detail(a), s)}" title="{a.title}" '
                f'target="_blank">{short(a.title, 20)}</a></li>\n'
                for a in rows[(k - 1) * JS_PER : k * JS_PER]
            )
            pager = f"共 {len(rows)} 条 第 {k}/{n} 页 "
            pager += f'<a href="{enc(js_list(c, 1), s)}">首页</a> '
            pager += f'<a href="{enc(js_list(c, k - 1), s)}">上一页</a> ' if k > 1 else "上一页 "
            pager += f'<a href="{enc(js_list(c, k + 1), s)}">下一页</a> ' if k < n else "下一页 "
            pager += f'<a href="{enc(js_list(c, n), s)}">尾页</a>'
            side = "".join(
                f'<li><a href="{enc(js_list(d), s)}"{ON if d == c else ""}>{m}</a></li>' for d, m in JS_CATS.items()
            )
            hots = "".join(
                f'<li><a href="{enc(js_detail(a) + "&from=hot", s)}" title="{a.title}">{short(a.title, 12)}</a></li>'
                for a in hot
            )
            main = (
                f'<div class="left"><h3>栏目导航</h3><ul>{side}</ul><h3>热点排行</h3><ul class="hot">{hots}</ul></div>\n'
                f'<div class="right"><div class="position">当前位置：<a href="{enc("index.jsp", s)}">首页</a> &gt; '
                f'{JS_CATS[c]}</div>\n<ul class="news-list">\n{lis}</ul>\n<div class="page">{pager}</div></div>'
            )  # fmt: skip
            site[page] = js_page(f"{JS_CATS[c]}-{JS_NAME}", main, s, base=True)
        site[f"{CTX}/{js_list(c)}&page=1"] = site[f"{CTX}/{js_list(c)}"]
        for a, older, newer in neighbours(rows):
            site[a.path] = js_article(a, older, newer, sid(a.path))
    s = sid(f"{CTX}/about.jsp")
    site[f"{CTX}/about.jsp"] = js_page(f"学校简介-{JS_NAME}", (
        '<div class="article"><h1>学校简介</h1><div class="content"><p>　　澄江市第六中学创办于1958年，是一所市属'
        "公办完全中学，现有教学班42个，学生2000余人，教职工180人。</p><p>　　学校坚持“立德树人、全面发展”的办学理念，"
        "先后获得省级文明校园、市示范性高中等称号。</p></div></div>"), s)  # fmt: skip
    home = f"{CTX}/index.jsp"
    s = sid(home)
    focus = "".join(
        f'<li><a href="{enc(CTX + "/" + js_detail(a, "home") + "&from=index", s)}"><img src="{CTX}/upload/2023/'
        f'{a.aid}.jpg" alt="{a.title}"><p>{a.title}</p></a></li>'
        for a in news[:4]
    )  # fmt: skip

    def box(c, rows):
        lis = "".join(
            f'<li><span>{a.when:%m-%d}</span><a href="{enc(CTX + "/" + js_detail(a, "home"), s)}" title="{a.title}">'
            f"{short(a.title, 16)}</a></li>"
            for a in rows[:6]
        )
        return (f'<div class="box"><div class="box-title"><h3>{JS_CATS[c]}</h3><a class="more" href="'
                f'{enc(js_list(c), s)}">更多&gt;&gt;</a></div><ul>{lis}</ul></div>')  # fmt: skip

    site[home] = js_page(
        JS_NAME,
        f'<div class="focus"><ul>{focus}</ul></div>\n' + "".join(box(c, rows) for c, rows in columns.items()),
        s,
    )
    site["/"] = (302, b"", {"Location": f"{H}{CTX}/index.jsp", "Content-Type": "text/html;charset=UTF-8"})
    return site, {a.path: a for a in news + notices + jy}


# ---- 2. ASP on IIS: a county school, its old sections GB2312, its new one UTF-8 ---------------------------------

AS_NAME = "岚溪县第二中学"
AS_SECTIONS = {"news": "学校新闻", "notice": "通知公告", "djyd": "党建园地"}
AS_UTF8 = ("djyd",)  # the sections on the new template
AS_PER = 10
AS_READS = {"show.asp": ("id",), "print.asp": ("id",), "index.asp": ("page",), "hits.asp": ("id",)}


def asp_key(path):
    """IIS's and ASP's reading of a request: the path in any case, a folder its default document index.asp; the
    query's names in any case and any order, those the script does not read ignored; page 1 is the list."""
    path = path.partition("#")[0]
    base, _, query = path.partition("?")
    base = urllib.parse.unquote(base).lower()
    base += "index.asp" if base.endswith("/") else ""
    reads = AS_READS.get(base.rsplit("/", 1)[-1], ())
    pairs = sorted((k.lower(), v) for k, v in urllib.parse.parse_qsl(query, keep_blank_values=True))
    pairs = [p for p in pairs if p[0] in reads and p != ("page", "1")]
    return base + (f"?{'&'.join(f'{k}={v}' for k, v in pairs)}" if pairs else "")


def asp_charset(path):
    return "utf-8" if asp_key(path).split("/")[1] in AS_UTF8 else "gb2312"


class AspServer(dict):
    def __init__(self, site):
        super().__init__(site)
        self.home = H
        self.answers = {asp_key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        return _served(self.answers.get(asp_key(path), default), self.home, asp_charset(path))


def asp_time(t):
    return f"{t.year}-{t.month}-{t.day} {t.hour}:{t:%M:%S}"  # ASP's Now(): unpadded


def as_menu():
    return (("网站首页", "/"), ("学校新闻", "/News/"), ("通知公告", "/Notice/Index.asp"), ("党建园地", "/DJYD/"),
            ("学校简介", "/About.asp"))  # fmt: skip


def as_old_page(title, main):
    """The old template: tables, GB2312."""
    nav = "".join(f'<td class="menu" align="center"><a href="{u}">{t}</a></td>' for t, u in as_menu())
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        f"<title>{title}</title>\n"
        '<link href="/css/style.css" rel="stylesheet" type="text/css" />\n</head>\n<body>\n<a name="top"></a>\n'
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="120">'
        '<img src="/images/banner.jpg" width="960" height="120" /></td></tr></table>\n'
        f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>{nav}</tr></table>\n'
        f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">{main}'
        "</td></tr></table>\n"
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td '
        f'height="70" align="center"><a href="#top">返回顶部</a><br />版权所有：{AS_NAME} &nbsp;地址：岚溪县城北路9号 '
        '&nbsp;电话：0736-4212345<br /><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备12034567号</a>'
        "</td></tr></table>\n</body>\n</html>"
    )


def as_new_page(title, main):
    """The new template: divs, UTF-8."""
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in as_menu())
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        f'<title>{title}</title>\n<link rel="stylesheet" href="/djyd/css/main.css">\n</head>\n<body>\n'
        '<a id="top"></a>\n<header class="header"><img src="/djyd/images/banner.png" alt="党建园地"></header>\n'
        f'<nav class="nav"><ul>{nav}</ul></nav>\n<div class="container">\n{main}\n</div>\n'
        f'<footer class="footer"><a href="#top">返回顶部</a><p>版权所有：{AS_NAME}　中共{AS_NAME}支部委员会</p>'
        '<p><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备12034567号</a></p></footer>\n</body>\n</html>'
    )


def as_link(a, style):
    """How the site's pages write an article's address (relative ones from its section's folder)."""
    sec = a.path.split("/")[1]
    return {
        "list": f"show.asp?id={a.aid}",
        "pn": f"Show.asp?ID={a.aid}#top",
        "home": f"/{sec.capitalize()}/Show.asp?ID={a.aid}",
        "twice": f"show.asp?id={a.aid}&amp;amp;classid=2",
    }[style]


def as_article(a, older, newer):
    sec = a.path.split("/")[1]

    def pn(label, b):
        return f"{label}：" + (f'<a href="{as_link(b, "pn")}">{b.title}</a>' if b else "没有了")

    tools = (f'【<a href="print.asp?id={a.aid}" target="_blank">打印</a>】'
             '【<a href="javascript:window.close();">关闭</a>】')  # fmt: skip
    if sec in AS_UTF8:
        main = (
            f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="./">{AS_SECTIONS[sec]}</a> &gt; 正文</div>\n'
            f'<div class="article"><h1>{a.title}</h1>\n<div class="info">发布时间：{a.when:%Y-%m-%d %H:%M}　作者：'
            f'{a.unit}　{tools}</div>\n<div class="content">{a.body}</div>\n<div class="prevnext"><p>'
            f"{pn('上一篇', newer)}</p><p>{pn('下一篇', older)}</p></div></div>"
        )  # fmt: skip
        return as_new_page(f"{a.title}_{AS_SECTIONS[sec]}_{AS_NAME}", main)
    main = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="crumb">当前位置：<a href="/">'
        f'首页</a> &gt;&gt; <a href="index.asp">{AS_SECTIONS[sec]}</a> &gt;&gt; 正文</td></tr>\n'
        f'<tr><td align="center" class="art_title"><h1>{a.title}</h1></td></tr>\n'
        f'<tr><td align="center" class="art_info">作者：{a.unit}　发布时间：{asp_time(a.when)}　点击：'
        f'<script src="/inc/hits.asp?id={a.aid}"></script>　{tools}</td></tr>\n'
        f'<tr><td class="art_content" id="fontzoom">{a.body}</td></tr>\n'
        f"<tr><td>{pn('上一篇', newer)}<br />{pn('下一篇', older)}</td></tr></table>"
    )  # fmt: skip
    return as_old_page(f"{a.title}--{AS_NAME}", main)


def as_print(a):
    charset = "utf-8" if a.path.split("/")[1] in AS_UTF8 else "gb2312"
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
        f"<title>{a.title}</title>\n</head>\n<body onload=\"window.print()\">\n<div class=\"print\">\n"
        f"<h1>{a.title}</h1>\n<p>发布时间：{a.when:%Y-%m-%d %H:%M}　作者：{a.unit}</p>\n<div>{a.body}</div>\n"
        f"<p>本文网址：{H}{a.path}</p>\n<p><a href=\"javascript:window.print()\">打印本页</a>　"
        '<a href="javascript:window.close()">关闭窗口</a></p>\n</div>\n</body>\n</html>'
    )  # fmt: skip


def asp_site():
    site = {}
    news = [Art("", t, w, "校办", cat="news") for t, w in zip(
        titles(("我校", "初一年级", "初二年级", "初三年级", "校团委"),
               ("举行冬季长跑比赛", "开展法治教育讲座", "召开教学工作会议", "开展防震疏散演练"), 15),
        days("2023-12-26 15:05", 15, 5))]  # fmt: skip
    notices = [Art("", t, w, "教务处", cat="notice") for t, w in zip(
        titles(("元旦放假安排", "期末考试安排", "寒假安全教育", "春季开学报到", "教师继续教育学时登记",
                "学生资助申请", "防溺水安全教育"), ("的通知", "的公告"), 12, "关于{}{}"),
        days("2023-12-22 08:40", 12, 7))]  # fmt: skip
    djyd = [Art("", t, w, "党支部", cat="djyd") for t, w in zip(
        titles(("党支部", "党员教师", "团支部", "工会", "关工委"),
               ("开展主题党日活动", "召开组织生活会", "开展志愿服务进社区"), 14),
        days("2023-12-28 10:20", 14, 6))]  # fmt: skip
    numbered(news + notices, 2103, step=2)  # the old system's one table
    numbered(djyd, 12, step=1)  # the new section's own
    for k, a in enumerate(news + notices + djyd):
        a.path = f"/{a.cat}/show.asp?id={a.aid}"
        a.body = prose(a.title, AS_NAME, k + 3)
    moved = djyd[5]  # first published under 学校新闻 (an id of the old table), then moved to 党建园地
    moved.old = "/news/show.asp?id=2101"
    site[moved.old] = (301, b"", {"Location": f"{H}{moved.path}", "Content-Type": "text/html; charset=gb2312"})
    columns = {
        "news": sorted([*news, moved], key=lambda a: a.when, reverse=True),
        "notice": notices,
        "djyd": djyd,
    }
    for sec, rows in columns.items():
        n = -(-len(rows) // AS_PER)
        for k in range(1, n + 1):
            part = rows[(k - 1) * AS_PER : k * AS_PER]
            if sec == "news":  # the moved one still listed by its old address; every third row with #top
                href = [
                    "show.asp?id=2101" if a is moved else as_link(a, "list") + ("#top" if i % 3 == 2 else "")
                    for i, a in enumerate(part)
                ]
            elif sec == "notice":  # Server.HTMLEncode of an already encoded href
                href = [as_link(a, "twice") for a in part]
            else:
                href = [as_link(a, "list" if i % 2 else "pn") for i, a in enumerate(part)]

            def pg(j, sec=sec):
                return f"index.asp?page={j}" + ("&amp;amp;classid=2" if sec == "notice" else "")

            pager = (f"共 <b>{len(rows)}</b> 条记录 页次：<b>{k}/{n}</b> 每页：<b>{AS_PER}</b> 条 "
                     + (f'<a href="{pg(1)}">首页</a> <a href="{pg(k - 1)}">上一页</a> ' if k > 1 else "首页 上一页 ")
                     + (f'<a href="{pg(k + 1)}">下一页</a> <a href="{pg(n)}">尾页</a>' if k < n else "下一页 尾页"))  # fmt: skip
            if sec in AS_UTF8:
                lis = "".join(f'<li><a href="{u}" title="{a.title}" target="_blank">{a.title}</a><span>{a.day}</span>'
                              "</li>\n" for a, u in zip(part, href))  # fmt: skip
                main = (f'<div class="crumb">当前位置：<a href="/">首页</a> &gt; {AS_SECTIONS[sec]}</div>\n'
                        f'<ul class="list">\n{lis}</ul>\n<div class="pages">{pager}</div>')  # fmt: skip
                page = as_new_page(f"{AS_SECTIONS[sec]}_{AS_NAME}", main)
            else:
                lis = "".join(f'<tr><td height="26" class="list_title">&middot; <a href="{u}" title="{a.title}" '
                              f'target="_blank">{short(a.title, 22)}</a></td><td width="90" class="list_date">'
                              f"[{a.when.year}-{a.when.month}-{a.when.day}]</td></tr>\n"
                              for a, u in zip(part, href))  # fmt: skip
                main = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="crumb" '
                        f'colspan="2">当前位置：<a href="/">首页</a> &gt;&gt; {AS_SECTIONS[sec]}</td></tr>\n{lis}'
                        f'<tr><td colspan="2" align="center" class="pager">{pager}</td></tr></table>')  # fmt: skip
                page = as_old_page(f"{AS_SECTIONS[sec]}--{AS_NAME}", main)
            site[f"/{sec}/index.asp" + (f"?page={k}" if k > 1 else "")] = page
        site[f"/{sec}/"] = site[f"/{sec}/index.asp?page=1"] = site[f"/{sec}/index.asp"]
        arts = djyd if sec == "djyd" else [a for a in rows if a is not moved]
        for a, older, newer in neighbours(arts):
            site[a.path] = as_article(a, older, newer)
            site[f"/{sec}/print.asp?id={a.aid}"] = as_print(a)
            site[f"/inc/hits.asp?id={a.aid}"] = (
                200,
                f"document.write('{37 + a.aid % 50}');".encode(),
                "text/javascript",
            )
    site["/about.asp"] = as_old_page(f"学校简介--{AS_NAME}", (
        '<table width="100%"><tr><td align="center"><h1>学校简介</h1></td></tr><tr><td class="art_content"><p>　　'
        f"{AS_NAME}始建于1956年，是一所县直公办初级中学，现有教学班30个，学生1400余人。</p><p>　　学校以“崇德、"
        "尚学、强体、求新”为校训，先后被评为市级文明单位、市级绿色学校。</p></td></tr></table>"))  # fmt: skip

    def box(sec, rows, style):
        lis = "".join(f'<tr><td height="24">&middot; <a href="{"/" + sec + "/" if style == "twice" else ""}'
                      f'{as_link(a, style)}" title="{a.title}" target="_blank">{short(a.title, 16)}</a></td>'
                      f'<td align="right">[{a.when:%m-%d}]</td></tr>' for a in rows[:6])  # fmt: skip
        more = {"news": "/news/index.asp", "notice": "/notice/", "djyd": "/djyd/index.asp"}[sec]
        return (f'<table width="100%" class="box"><tr><td class="box_title"><b>{AS_SECTIONS[sec]}</b></td><td '
                f'align="right"><a href="{more}">更多&gt;&gt;</a></td></tr><tr><td colspan="2"><table width="100%">'
                f"{lis}</table></td></tr></table>")  # fmt: skip

    home = as_old_page(
        AS_NAME,
        box("news", news, "home") + box("notice", notices, "twice") + box("djyd", djyd, "home"),
    )
    site["/"] = site["/index.asp"] = home
    return site, {a.path: a for a in news + notices + djyd}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------

HREF = re.compile(r"<a\b[^>]*?\bhref\s*=\s*\"([^\"]*)\"", re.I)
BASE = re.compile(r"<base\s+href=\"([^\"]+)\"", re.I)


def walk(server, key):
    """Follow every link from the home page as a browser resolves it (against the page's <base>, else the page;
    the fragment dropped; redirects followed): {key of every page reached: the raw addresses that led there}."""
    reached, todo, done = {}, [f"{H}/"], set()
    while todo:
        url = todo.pop()
        path = url.removeprefix(H)
        reached.setdefault(key(path), set()).add(path)
        if key(path) in done:
            continue
        done.add(key(path))
        entry = server.get(path)
        assert entry is not None, f"a link leads to a 404: {path}"
        status, body, ctype = entry
        if status in (301, 302):
            todo.append(ctype["Location"])
            continue
        page = body.decode(ctype.split("charset=")[1])
        base = BASE.search(page)
        for href in HREF.findall(page):
            href = html.unescape(href)
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            target = urllib.parse.urljoin(base.group(1) if base else url, href).partition("#")[0]
            if target.startswith(H + "/"):
                todo.append(target)
    return reached


def raw_hrefs(site):
    return [html.unescape(h) for v in site.values() if isinstance(v, str) for h in HREF.findall(v)]


def test_the_jsp_fixture_is_the_site_it_claims_to_be():
    site, truth = jsp_site()
    server = JspServer(site)
    assert 30 <= len(truth) == 20 + 14 + 11 <= 60
    reached = walk(server, jsp_key)
    assert {jsp_key(p) for p in truth} <= set(reached), "walking the links reaches every article"
    for p, a in truth.items():
        status, body, _ = server.get(p)
        assert status == 200 and f"<h1>{a.title}</h1>" in body.decode() and f"发布时间：{a.day} " in body.decode()
    assert site["/"][0] == 302 and site["/"][2]["Location"] == f"{H}/portal/index.jsp"
    internal = [h for h in raw_hrefs(site) if not h.startswith(("http", "#", "javascript:"))]
    assert all(re.search(r";jsessionid=[0-9A-F]{32}(\?|$)", h) for h in internal), "every link carries a session"
    pages = [p for p, v in site.items() if isinstance(v, str)]
    ids = {p: set(re.findall(r";jsessionid=([0-9A-F]{32})", site[p])) for p in pages}
    assert all(len(v) == 1 for v in ids.values()), "one session a page"
    assert len({min(v) for v in ids.values()}) == len({site[p] for p in pages}), "a new session on every page"
    first = site["/portal/news/list.jsp?catId=2"]
    assert f'<base href="{H}/portal/">' in first and f";jsessionid={sid('/portal/news/list.jsp?catId=2')}" in first
    a = truth[next(p for p in truth if "catId=2" in p)]
    assert f'href="news/detail.jsp;jsessionid={sid("/portal/news/list.jsp?catId=2")}?id={a.aid}&catId=2"' in first
    assert 'href="news/list.jsp;jsessionid=' in first and "catId=2&page=2" in first
    assert server.get(f"/portal/news/news/detail.jsp?id={a.aid}&catId=2") is None, "against the page: a 404"
    home = site["/portal/index.jsp"]
    assert (
        f"/portal/news/detail.jsp;jsessionid={sid('/portal/index.jsp')}?catId=1&id=" in home and "&from=index" in home
    )
    assert "&from=hot" in first
    variants = {p for p in reached[jsp_key(a.path)]}
    assert len(variants) >= 3, variants  # the list's, the home box's, 上一篇/下一篇's: each its own session
    assert server.get(f"/portal/news/detail.jsp;jsessionid=0123ABCD?catId=2&id={a.aid}&from=x") == server.get(a.path)


def test_the_asp_fixture_is_the_site_it_claims_to_be():
    site, truth = asp_site()
    server = AspServer(site)
    assert 30 <= len(truth) == 15 + 12 + 14 <= 60
    reached = walk(server, asp_key)
    assert {asp_key(p) for p in truth} <= set(reached), "walking the links reaches every article"
    for p, a in truth.items():
        status, body, ctype = server.get(p)
        charset = "utf-8" if p.startswith("/djyd/") else "gb2312"
        assert (
            status == 200 and ctype == f"text/html; charset={charset}" and f"<h1>{a.title}</h1>" in body.decode(charset)
        )
    for p, v in site.items():  # the old pages are GB2312 indeed (nothing outside it), the new ones UTF-8
        if isinstance(v, str):
            status, body, ctype = server.get(p)
            assert f"charset={asp_charset(p)}" in v and body.decode(asp_charset(p)) == v
    hrefs = raw_hrefs(site)
    a = next(a for a in truth.values() if a.cat == "news" and f"/News/Show.asp?ID={a.aid}" in site["/"])
    assert f'href="show.asp?id={a.aid}' in site["/news/index.asp"] + site["/news/index.asp?page=2"]
    spellings = reached[asp_key(a.path)]
    assert f"/News/Show.asp?ID={a.aid}" in spellings and any(f"show.asp?id={a.aid}" in p for p in spellings)
    assert any(h.endswith("#top") and "show.asp?id=" in h.lower() for h in hrefs)
    assert any("&amp;classid=2" in h for h in hrefs) and "&amp;amp;classid=2" in site["/notice/index.asp"]
    assert server.get("/News/") == server.get("/news/index.asp") == server.get("/NEWS/Index.asp?Page=1")
    assert server.get("/news/")[2] == "text/html; charset=gb2312" and server.get("/djyd/")[2].endswith("utf-8")
    moved = next(a for a in truth.values() if a.old)
    assert server.get(moved.old)[0] == 301 and server.get(moved.old)[2]["Location"] == f"{H}{moved.path}"
    assert f'href="show.asp?id={moved.old.split("=")[1]}"' in site["/news/index.asp"] + site["/news/index.asp?page=2"]
    assert moved.old not in truth and moved.path in truth
    prints = [p for p in site if "/print.asp" in p]
    assert len(prints) == len(truth) and all(
        f'【<a href="print.asp?id={t.aid}"' in site[t.path] for t in truth.values()
    )
    assert {asp_key(p) for p in prints} <= set(reached)
    n = next(a for a in truth.values() if a.cat == "notice")
    assert server.get(f"/notice/show.asp?id={n.aid}&amp;classid=2") == server.get(n.path)


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {
    "jsp": (jsp_site, JspServer, jsp_key, query_key),
    "asp": (asp_site, AspServer, asp_key, iis_key),
}


@dataclass
class Crawl:
    crawled: object
    rows: list  # (url, title, published) of every archived article, as stored
    key: object  # the server's reading of a URL
    identity: object  # what an article's identity tolerates: parameters' order (and on IIS, case)


@pytest.fixture(scope="module", params=list(SITES))
def crawl(request, tmp_path_factory):
    build, serve, key, identity = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "traps.db"
    crawled = crawl_site(request.param, serve(site), truth, key, db)
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select url, title, published from articles").fetchall()
    finally:
        conn.close()
    return Crawl(crawled, rows, key, identity)


def archived_path(url):
    return re.sub(r"^http://[^/]+", "", url)


def test_the_archive_holds_exactly_the_sites_articles(crawl):
    check_exact_articles(crawl.crawled)


def test_no_article_is_archived_twice(crawl):
    """Two spellings of one address (a session id, an order, a case, a fragment, a redirect) are one article."""
    by_page = {}
    for url, *_ in crawl.rows:
        by_page.setdefault(crawl.key(archived_path(url)), []).append(url)
    twice = {k: v for k, v in by_page.items() if len(v) > 1}
    assert twice == {}, "archived more than once:\n" + "\n".join(f"{k}: {v}" for k, v in sorted(twice.items()))
    titles_seen = [t for _, t, _ in crawl.rows]
    same = sorted({t for t in titles_seen if titles_seen.count(t) > 1})
    assert same == [], "one title archived under several addresses: " + ", ".join(same)


def test_each_archived_article_has_its_title_and_day(crawl):
    check_titles_and_days(crawl.crawled)


def test_each_article_is_archived_under_its_identity(crawl):
    """The record's address is the article's: no session id, tracking parameter, fragment or escaping junk, not
    the address it was moved from (parameters' order, and on IIS case, as the server reads them alike)."""
    truth = {crawl.identity(a.path) for a in crawl.crawled.truth.values()}
    wrong = sorted(archived_path(u) for u, *_ in crawl.rows if crawl.identity(archived_path(u)) not in truth)
    assert wrong == [], "archived under an address that is not the article's identity:\n" + "\n".join(wrong)
