"""Whole sites of two more kinds of school site, written by hand after their public markup and crawled with nothing
but the home page's address: a custom school CMS on ThinkPHP 3.2 (PATHINFO URLs) and a modern server-side-rendered
school site on Next.js (pages router, getServerSideProps). The archive must hold exactly the articles each site was
generated with, each once, with its title and its day.

* ThinkPHP: every page is a module/controller/action route behind index.php with the ``.html`` suffix: columns
  /index.php/Home/News/lists/cid/3.html, their pages /index.php/Home/News/lists/cid/3/p/2.html (the pager links page
  1 as …/p/1.html), articles /index.php/Home/News/show/id/123.html, single pages /index.php/Home/Page/index/id/1.html.
  The same article is linked other ways too, as such sites mix them: the home page's boxes, the 校务公开 channel page
  and the articles' 上一篇/下一篇 use the compatible mode ``/index.php?s=/home/news/show/id/123`` (or
  ``?s=/Home/News/show/id/123.html``); ThinkPHP answers all of them with the one page (URL_CASE_INSENSITIVE). The
  pager is the framework's Think\\Page (rollPage 5, a site's setConfig): ``<div class="pages"><div><span
  class="rows">26 条记录</span> 1/6 页   <span class="current">1</span><a class="num" href=…>2</a>… <a class="next"
  href=…>下一页</a> <a class="end" href=…>尾页</a></div></div>``, ``<a class="first">首页</a>`` and ``<a
  class="prev">`` further on (page 6 is linked from page 1 by 尾页 alone). Rows ``<li><span
  class="date">2023-05-06</span><a href=… title=…>``; articles ``<h2 class="art-title">`` over ``<div
  class="art-info">发布时间：2023-05-06&nbsp;&nbsp;浏览量：128&nbsp;&nbsp;发布者：…</div>``, ``<div
  class="art-content">``, an attachment under /Uploads/file/2023-02-20/…. The home page's boxes date their rows
  relatively (``3天前``, ``2个月前``: to the site's clock, not the crawl's); the article pages give the whole date.
  校务公开 (cid 10) is a channel page of its sub-channels' boxes (财务公开, 招生信息, 收费公示); 通知公告 also lists a
  招生信息 article. 学校简介 and 校长寄语 are undated single pages; 校长信箱 a form.
* Next.js: pretty routes, the whole HTML rendered on the server inside ``<div id="__next">``, and the page's data
  once more in ``<script id="__NEXT_DATA__" type="application/json">`` (props.pageProps: the list, the article with
  its body as an HTML string, escaped as Next escapes it). /news lists every article, /news/category/notice (and
  campus, teaching) a category; their later pages are linked as bare queries (``href="?page=2"``), the pager beside
  a 加载更多 button (a ``<button>``: the bundle fetches /api/news?…). Rows are whole-card links ``<a class="card"
  href="/news/2031"><div class="card-title">…</div><p class="card-summary">…</p><time
  datetime="2023-05-06T10:20:00+08:00">2023年5月6日</time></a>``; articles /news/2031: ``<h1
  class="article-title">``, ``<time datetime=…+08:00>2023-05-06 10:20</time>``, ``<span>来源：…</span>``, ``<div
  class="article-body">`` of ``<p>``s, 上一篇/下一篇, a 热门阅读 aside (undated). Some articles were published before
  8 a.m. Beijing time (the day before in UTC). /about is an undated page.

A crawler needs neither the JSON nor the scripts: the HTML links every article. No page is copied from a real site:
names, hosts and numbers are made up."""

import html
import json
import math
import re
import sqlite3
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import (
    IMAGE,
    QueryServer,
    attach,
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    html_pages,
    neighbours,
    numbered,
    prose,
    query_key,
    short,
    titles,
)


@dataclass
class Art:
    path: str  # the article's URL path (the list's own link)
    title: str
    when: datetime
    source: str = "本站"
    author: str = "admin"
    body: str = ""
    aid: int = 0
    hits: int = 0
    cat: str = ""
    files: tuple = ()

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def chunks(listed, per):
    return [listed[i : i + per] for i in range(0, len(listed), per)] or [[]]


# ---- 1. ThinkPHP 3.2: a county school's own CMS ------------------------------------------------------------------

TP_NAME = "岚溪县实验中学"
TP_NOW = datetime(2023, 6, 30, 16, 40)  # the site's clock when its home page was rendered
TP_COLUMNS = {  # cid: (name, parent)
    3: ("学校新闻", 0),
    4: ("通知公告", 0),
    10: ("校务公开", 0),
    11: ("财务公开", 10),
    12: ("招生信息", 10),
    13: ("收费公示", 10),
}
TP_PAGES = {1: "学校简介", 2: "校长寄语"}
ON = ' class="on"'
TP_ROWS = 5  # $Page = new \Think\Page($count, 5)


def tp_key(path):
    """ThinkPHP's reading of a URL: PATHINFO or ?s= (compatible mode), the .html suffix optional, the module,
    controller and action in any case, the route's parameters in any order; page 1 is the page without p."""
    base, _, query = path.partition("?")
    params = urllib.parse.parse_qsl(query, keep_blank_values=True)
    route = None
    if base in ("", "/", "/index.php"):
        route = dict(params).get("s", "")
        params = [(k, v) for k, v in params if k != "s"]
    elif base.startswith("/index.php/"):
        route = base[len("/index.php") :]
    if route is None:
        return path  # a file
    parts = [p for p in re.sub(r"\.html$", "", route).split("/") if p]
    parts = [p.lower() for p in parts[:3]] + parts[3:]
    parts += ["home", "index", "index"][len(parts) :] if len(parts) < 3 else []
    pairs = list(zip(parts[3::2], parts[4::2])) + params
    pairs = sorted((k, v) for k, v in pairs if (k, v) != ("p", "1"))
    return "/" + "/".join(parts[:3]) + "".join(f"/{k}/{v}" for k, v in pairs)


class TPServer(dict):
    """The ThinkPHP site ({path: page}) as the framework answers it."""

    def __init__(self, site):
        super().__init__(site)
        self.answers = {tp_key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        entry = self.answers.get(tp_key(path), default)
        if isinstance(entry, str):
            return 200, entry.encode("utf-8"), "text/html; charset=utf-8"
        return entry


def tp_show(a):
    return f"/index.php/Home/News/show/id/{a.aid}.html"


def tp_compat(a, style=0):
    """The compatible-mode link of an article, as the home page (0) or a channel page (1) writes it."""
    return f"/index.php?s=/home/news/show/id/{a.aid}" if style == 0 else f"/index.php?s=/Home/News/show/id/{a.aid}.html"


def tp_list(cid, p=1):
    return (
        f"/index.php/Home/News/lists/cid/{cid}.html" if p == 1 else f"/index.php/Home/News/lists/cid/{cid}/p/{p}.html"
    )


def tp_page_url(pid):
    return f"/index.php/Home/Page/index/id/{pid}.html"


def tp_pager(cid, now, total_rows, rows=TP_ROWS, roll=5):
    """Think\\Page::show() of ThinkPHP 3.2 with the site's setConfig (header, 首页/上一页/下一页/尾页, theme)."""
    if total_rows == 0:
        return ""

    def url(p):  # U(ACTION_NAME, ['cid' => $cid, 'p' => '[PAGE]']): page 1 too is …/p/1.html
        return f"/index.php/Home/News/lists/cid/{cid}/p/{p}.html"

    total = math.ceil(total_rows / rows)
    cool = roll / 2
    cool_ceil = math.ceil(cool)
    up = f'<a class="prev" href="{url(now - 1)}">上一页</a>' if now - 1 > 0 else ""
    down = f'<a class="next" href="{url(now + 1)}">下一页</a>' if now + 1 <= total else ""
    first = f'<a class="first" href="{url(1)}">首页</a>' if total > roll and now - cool >= 1 else ""
    end = f'<a class="end" href="{url(total)}">尾页</a>' if total > roll and now + cool < total else ""
    links = ""
    for i in range(1, roll + 1):
        if now - cool <= 0:
            page = i
        elif now + cool - 1 >= total:
            page = total - roll + i
        else:
            page = now - cool_ceil + i
        if page > 0 and page != now:
            if page > total:
                break
            links += f'<a class="num" href="{url(page)}">{page}</a>'
        elif page > 0 and total != 1:
            links += f'<span class="current">{page}</span>'
    theme = "%HEADER% %NOW_PAGE%/%TOTAL_PAGE% 页 %FIRST% %UP_PAGE% %LINK_PAGE% %DOWN_PAGE% %END%"
    for k, v in (("%HEADER%", '<span class="rows">%TOTAL_ROW% 条记录</span>'), ("%NOW_PAGE%", str(now)),
                 ("%UP_PAGE%", up), ("%DOWN_PAGE%", down), ("%FIRST%", first), ("%LINK_PAGE%", links),
                 ("%END%", end), ("%TOTAL_ROW%", str(total_rows)), ("%TOTAL_PAGE%", str(total))):  # fmt: skip
        theme = theme.replace(k, v)
    return f"<div>{theme}</div>"


def friendly(when):
    """The home page's friendly date (the template's function), to the site's clock."""
    gap = TP_NOW - when
    if gap.days == 0:
        return f"{gap.seconds // 3600}小时前" if gap.seconds >= 3600 else f"{gap.seconds // 60}分钟前"
    if gap.days < 30:
        return f"{gap.days}天前"
    return f"{gap.days // 30}个月前"


def tp_page(title, current, body):
    def item(cid):
        name, _ = TP_COLUMNS[cid]
        subs = "".join(f'<a href="{tp_list(c)}">{n}</a>' for c, (n, p) in TP_COLUMNS.items() if p == cid)
        on = ' class="on"' if current == cid or TP_COLUMNS.get(current, ("", -1))[1] == cid else ""
        sub = f'<div class="subnav">{subs}</div>' if subs else ""
        return f'<li{on}><a href="{tp_list(cid)}">{name}</a>{sub}</li>\n'

    pages = "".join(f'<a href="{tp_page_url(i)}">{n}</a>' for i, n in TP_PAGES.items())
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" />\n<title>{title}</title>\n<meta name="keywords" content="{TP_NAME},'
        f'岚溪实验中学" />\n<meta name="description" content="{TP_NAME}官方网站" />\n<link href="/Public/Home/css/'
        'common.css" rel="stylesheet" type="text/css" />\n<script type="text/javascript" src="/Public/Home/js/jquery-'
        '1.8.3.min.js"></script>\n<script type="text/javascript" src="/Public/Home/js/common.js"></script>\n</head>\n'
        '<body>\n<div class="top"><div class="wrap">\n<a href="/index.php/Home/Index/index.html" class="logo"><img '
        f'src="/Uploads/logo/2022-09-01/6310a2b3c4d5e.png" alt="{TP_NAME}" /></a>\n<div class="search"><form '
        'action="/index.php/Home/Search/index.html" method="get"><input type="text" name="keyword" class="txt" '
        'value="请输入关键字" /><input type="submit" class="btn" value="搜索" /></form></div>\n</div></div>\n'
        '<div class="nav"><ul class="wrap">\n<li><a href="/index.php/Home/Index/index.html">网站首页</a></li>\n'
        f'<li><a href="{tp_page_url(1)}">学校概况</a><div class="subnav">{pages}</div></li>\n'
        f"{item(3)}{item(4)}{item(10)}"
        '<li><a href="/index.php/Home/Message/index.html">校长信箱</a></li>\n</ul></div>\n'
        f"{body}\n"
        '<div class="footer"><div class="wrap">\n<p><a href="/index.php/Home/Page/index/id/1.html">学校简介</a> | <a '
        'href="/index.php/Home/Message/index.html">校长信箱</a> | <a href="http://jyj.example-lanxi.cn/" '
        f'target="_blank">岚溪县教育局</a></p>\n<p>Copyright &copy; 2014-2023 {TP_NAME} 版权所有 地址：岚溪县育才路'
        '9号 电话：0745-7612345</p>\n<p><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备15007788号-1</a>'
        "&nbsp;&nbsp;技术支持：岚溪网络</p>\n</div></div>\n</body>\n</html>"
    )


def tp_side(cid, hot):
    top = TP_COLUMNS[cid][1] or cid
    menu = "".join(
        f'<li{ON if c == cid else ""}><a href="{tp_list(c)}">{n}</a></li>'
        for c, (n, p) in TP_COLUMNS.items()
        if c == top or p == top
    )
    hots = "".join(f'<li><a href="{tp_show(a)}" title="{a.title}" target="_blank">{short(a.title, 15)}</a></li>'
                   for a in hot)  # fmt: skip
    return (
        f'<div class="left">\n<div class="lbox"><h3>{TP_COLUMNS[top][0]}</h3><ul class="lmenu">{menu}</ul></div>\n'
        f'<div class="lbox"><h3>热门文章</h3><ul class="hot">{hots}</ul></div>\n</div>'
    )


def tp_posi(cid, last=None):
    name, parent = TP_COLUMNS[cid]
    crumbs = ([(TP_COLUMNS[parent][0], tp_list(parent))] if parent else []) + [(name, tp_list(cid))]
    links = "".join(f' &gt; <a href="{u}">{n}</a>' for n, u in crumbs)
    return (f'<div class="posi">当前位置：<a href="/index.php/Home/Index/index.html">首页</a>{links}'
            f"{' &gt; ' + last if last else ''}</div>")  # fmt: skip


def tp_article(a, cid, older, newer, hot):
    def link(r):
        return f'<a href="{tp_compat(r)}" title="{r.title}">{r.title}</a>' if r else "没有了"

    files = "".join(f'<p class="attach">附件：<a href="{u}" target="_blank">{n}</a></p>' for u, n in a.files)
    main = (
        f'<div class="right">\n{tp_posi(cid, "正文")}\n<div class="article">\n<h2 class="art-title">{a.title}</h2>\n'
        f'<div class="art-info">发布时间：{a.day}&nbsp;&nbsp;浏览量：{a.hits}&nbsp;&nbsp;发布者：{a.author}</div>\n'
        f'<div class="art-content">\n{a.body}\n{files}</div>\n<div class="prenext">\n<p>上一篇：{link(older)}</p>\n'
        f"<p>下一篇：{link(newer)}</p>\n</div>\n</div>\n</div>"
    )
    return tp_page(f"{a.title} - {TP_COLUMNS[cid][0]} - {TP_NAME}", cid,
                   f'<div class="main wrap">\n{tp_side(cid, hot)}\n{main}\n</div>')  # fmt: skip


def tp_rows(arts):
    return "".join(f'<li><span class="date">{a.day}</span><a href="{tp_show(a)}" title="{a.title}" target="_blank">'
                   f"{short(a.title, 28)}</a></li>\n" for a in arts)  # fmt: skip


def thinkphp_site():
    site = {}
    news = [Art("", t, w, author=("校办", "政教处", "校团委")[k % 3], cat="news")
            for k, (t, w) in enumerate(zip(titles(("我校", "初一年级", "初二年级", "初三年级", "校团委", "学生会",
                                                   "校女子篮球队", "科技社团"),
                                                  ("举行春季田径运动会", "开展防溺水安全教育", "召开家长会",
                                                   "举办科技文化艺术节", "开展消防应急疏散演练", "举行英语演讲比赛",
                                                   "开展学雷锋志愿服务活动"), 26),
                                           days("2023-06-29 15:20", 26, 5)))]  # fmt: skip
    notices = [Art("", t, w, author="办公室", cat="notice")
               for t, w in zip(titles(("2023年劳动节放假", "中考体育考试考前安排", "2023年端午节放假", "期末考试安排",
                                       "暑期安全教育", "2023年秋季学期开学报到", "防范电信诈骗"), ("的通知", "的补充通知", "的温馨提示"),
                                      13, "关于{}{}"), days("2023-06-28 09:30", 13, 9))]  # fmt: skip
    cw = [Art("", t, w, author="总务处", cat="cw")
          for t, w in zip(("2022年度部门决算公开", "2023年度部门预算公开", "2023年第一季度经费使用情况公示",
                           "2022年度“三公”经费决算公开"), days("2023-06-20 10:00", 4, 31))]  # fmt: skip
    zs = [Art("", t, w, author="教务处", cat="zs")
          for t, w in zip(("2023年七年级新生招生简章", "2023年七年级新生入学报名须知", "2023年秋季插班生招收公告",
                           "2023年七年级新生录取名单公示", "2023年七年级新生分班结果公告")[::-1],
                          days("2023-06-26 16:10", 5, 8))]  # fmt: skip
    sf = [Art("", t, w, author="总务处", cat="sf")
          for t, w in zip(("2023年秋季学期代收费项目公示", "2023年春季学期服务性收费公示",
                           "2023年春季学期收费项目及标准公示"), days("2023-06-15 11:30", 3, 40))]  # fmt: skip
    everything = news + notices + cw + zs + sf
    numbered(everything, 120, 3)
    for k, a in enumerate(everything):
        a.path = tp_show(a)
        a.body = prose(a.title, TP_NAME, k)
        a.hits = 60 + 17 * k % 400
    for a in (sf[2], cw[0]):
        attach(site, a, f"/Uploads/file/{a.when:%Y-%m-%d}/{a.aid:x}{a.when:%m%d}a1b2c.doc", f"{a.title}.doc")
    scan = notices[5]  # a notice that is its scan
    picture = f"/Uploads/{scan.when:%Y-%m-%d}/64{scan.aid:03d}f1a2b3c.jpg"
    scan.body = f'<p style="text-align:center;"><img src="{picture}" alt="" /></p>'
    site[picture] = IMAGE
    site["/Uploads/logo/2022-09-01/6310a2b3c4d5e.png"] = IMAGE
    hot = sorted(everything, key=lambda a: a.hits, reverse=True)[:6]
    shared = zs[-1]  # the 招生简章, also listed in 通知公告
    listed = {3: news, 4: sorted([*notices, shared], key=lambda a: a.when, reverse=True), 11: cw, 12: zs, 13: sf}
    for cid, arts in listed.items():
        pages = chunks(arts, TP_ROWS)
        for p, chunk in enumerate(pages, 1):
            main = (f'<div class="right">\n{tp_posi(cid)}\n<ul class="list">\n{tp_rows(chunk)}</ul>\n'
                    f'<div class="pages">{tp_pager(cid, p, len(arts))}</div>\n</div>')  # fmt: skip
            site[tp_list(cid, p)] = tp_page(f"{TP_COLUMNS[cid][0]} - {TP_NAME}", cid,
                                            f'<div class="main wrap">\n{tp_side(cid, hot)}\n{main}\n</div>')  # fmt: skip
    for cid, arts in ((3, news), (4, notices), (11, cw), (12, zs), (13, sf)):
        for a, older, newer in neighbours(arts):
            site[a.path] = tp_article(a, cid, older, newer, hot)
    boxes = "".join(
        f'<div class="cbox"><div class="ctit"><h3>{TP_COLUMNS[cid][0]}</h3><a href="{tp_list(cid)}" class="more">更多'
        "&gt;&gt;</a></div><ul>"
        + "".join(f'<li><a href="{tp_compat(a, 1)}" title="{a.title}">{short(a.title, 24)}</a><span>{a.day}</span>'
                  "</li>" for a in listed[cid][:5])
        + "</ul></div>\n"
        for cid in (11, 12, 13)
    )  # fmt: skip
    site[tp_list(10)] = tp_page(
        f"校务公开 - {TP_NAME}", 10, f'<div class="main wrap">\n{tp_side(10, hot)}\n<div class="right">\n{tp_posi(10)}\n'
        '<div class="intro">　　为进一步推进校务公开工作，保障师生和家长的知情权、参与权和监督权，我校将财务、招生、收费等'
        f"事项按规定予以公开，欢迎社会各界监督。</div>\n{boxes}</div>\n</div>")  # fmt: skip
    about = (f"{TP_NAME}始建于1958年，是县教育局直属的一所公办初级中学，现有教学班36个，学生1700余人，教职工142人。",
             "学校秉承“厚德博学、笃行致远”的校训，先后获得省文明校园、省现代教育技术示范学校等荣誉称号。")  # fmt: skip
    word = ("亲爱的同学们：欢迎你们来到这个充满生机与希望的校园。", "愿每一位同学在这里学会做人、学会学习、学会生活。")
    for pid, paras in ((1, about), (2, word)):
        text = "".join(f"<p>　　{p}</p>" for p in paras)
        site[tp_page_url(pid)] = tp_page(
            f"{TP_PAGES[pid]} - {TP_NAME}", 0, f'<div class="main wrap">\n<div class="right">\n<div class="posi">当前'
            f'位置：<a href="/index.php/Home/Index/index.html">首页</a> &gt; {TP_PAGES[pid]}</div>\n<div class="page-'
            f'content"><h2>{TP_PAGES[pid]}</h2>{text}</div>\n</div>\n</div>')  # fmt: skip
    site["/index.php/Home/Message/index.html"] = tp_page(
        f"校长信箱 - {TP_NAME}", 0, '<div class="main wrap"><h2>校长信箱</h2><form action="/index.php/Home/Message/'
        'add.html" method="post"><p>姓名：<input name="name" /></p><p>标题：<input name="title" /></p><p><textarea '
        'name="content"></textarea></p><p>验证码：<input name="verify" /><img src="/index.php/Home/Message/verify.html"'
        ' onclick="this.src=this.src+\'?\'+Math.random()" /></p><input type="submit" value="提交" /></form></div>')  # fmt: skip
    site["/index.php/Home/Message/verify.html"] = IMAGE

    def box(cid, arts, style, more):
        lis = "".join(f'<li><a href="{style(a)}" title="{a.title}" target="_blank">{short(a.title, 20)}</a><span '
                      f'class="date">{friendly(a.when)}</span></li>\n' for a in arts)  # fmt: skip
        return (f'<div class="ibox ibox{cid}"><div class="ititle"><h3>{TP_COLUMNS[cid][0]}</h3><a href="{more}" '
                f'class="more">更多&gt;&gt;</a></div><ul>\n{lis}</ul></div>\n')  # fmt: skip

    slides = "".join(
        f'<li><a href="{tp_compat(a, 1)}" target="_blank"><img src="/Uploads/{a.when:%Y-%m-%d}/slide{i}.jpg" '
        f'alt="{a.title}" /><p>{a.title}</p></a></li>'
        for i, a in enumerate(news[:3])
    )
    for i, a in enumerate(news[:3]):
        site[f"/Uploads/{a.when:%Y-%m-%d}/slide{i}.jpg"] = IMAGE
    newest_xw = sorted(cw + zs + sf, key=lambda a: a.when, reverse=True)[:6]
    home = (
        f'<div class="main wrap">\n<div class="banner"><ul class="slides">{slides}</ul></div>\n'
        f"{box(3, news[:8], tp_compat, tp_list(3))}{box(4, listed[4][:8], tp_show, tp_list(4))}"
        f"{box(10, newest_xw, tp_compat, tp_list(10))}"
        f'<div class="ibox about"><div class="ititle"><h3>学校简介</h3><a href="{tp_page_url(1)}" class="more">更多'
        f"&gt;&gt;</a></div><p>{about[0]}</p></div>\n"
        '<div class="links">友情链接：<a href="http://www.moe.gov.cn/" target="_blank">教育部</a> <a href="http://'
        'jyj.example-lanxi.cn/" target="_blank">岚溪县教育局</a></div>\n</div>'
    )
    site["/"] = tp_page(f"{TP_NAME} - 首页", 0, home)
    return site, {a.path: a for a in everything}


# ---- 2. Next.js: a district primary school, server-side rendered ------------------------------------------------

NX_NAME = "临澜区星湾小学"
NX_BUILD = "Xq7dR2mKp4vLs9TnBw3Ye"
NX_CATS = {"campus": "学校新闻", "notice": "通知公告", "teaching": "教学科研"}
NX_PER = 9
CURRENT = ' aria-current="page"'


def nx_iso(when):
    return when.strftime("%Y-%m-%dT%H:%M:%S+08:00")


def nx_json(data):
    """The __NEXT_DATA__ blob: JSON, with <, > and & escaped as Next's htmlEscapeJsonString does."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace(">", "\\u003e").replace("<", "\\u003c")


def nx_item(a):
    return {"id": a.aid, "title": a.title, "category": a.cat, "categoryName": NX_CATS[a.cat],
            "summary": re.sub(r"<[^>]+>|　", "", a.body)[:48], "cover": f"/uploads/2023/cover-{a.aid}.jpg",
            "publishedAt": nx_iso(a.when), "views": a.hits}  # fmt: skip


def nx_page(title, route, query, props, body, chunk):
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": route, "query": query, "buildId": NX_BUILD,
            "isFallback": False, "gssp": True, "locale": "zh-CN", "locales": ["zh-CN"], "defaultLocale": "zh-CN",
            "scriptLoader": []}  # fmt: skip
    nav = "".join(f'<li><a href="{u}">{n}</a></li>' for n, u in (
        ("首页", "/"), ("学校概况", "/about"), ("新闻中心", "/news"),
        *((n, f"/news/category/{s}") for s, n in NX_CATS.items())))  # fmt: skip
    static = "/_next/static"
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-'
        f'width, initial-scale=1"/><title>{title}</title><meta name="description" content="{NX_NAME}官方网站"/><link '
        'rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="5"/><link rel="preload" href="'
        f'{static}/css/3c9e1f0a7b2d4e65.css" as="style"/><link rel="stylesheet" href="{static}/css/3c9e1f0a7b2d4e65.css"'
        f' data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="{static}/chunks/polyfills-'
        f'c67a75d1b6f99dc8.js"></script><script src="{static}/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>'
        f'<script src="{static}/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="{static}/chunks/'
        f'main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="{static}/chunks/pages/_app-5a1f3e7d2c9b8a64.js" '
        f'defer=""></script><script src="{static}/chunks/pages/{chunk}.js" defer=""></script><script src="{static}/'
        f'{NX_BUILD}/_buildManifest.js" defer=""></script><script src="{static}/{NX_BUILD}/_ssgManifest.js" defer="">'
        '</script></head><body><div id="__next"><header class="site-header"><div class="container"><a class="logo" '
        f'href="/"><img src="/images/logo.png" alt="{NX_NAME}"/><span>{NX_NAME}</span></a><nav class="main-nav"><ul>'
        f'{nav}</ul></nav></div></header><main class="site-main">{body}</main><footer class="site-footer"><div '
        f'class="container"><p>版权所有 © 2023 {NX_NAME}</p><p>地址：临澜区星湾路128号　电话：0571-86012345</p><p><a '
        'href="https://beian.miit.gov.cn/" target="_blank" rel="noreferrer">浙ICP备19004321号-1</a></p></div>'
        '</footer></div><script id="__NEXT_DATA__" type="application/json">'
        f"{nx_json(data)}</script></body></html>"
    )


def nx_card(a, tag=False):
    label = f'<span class="card-tag">{NX_CATS[a.cat]}</span>' if tag else ""
    it = nx_item(a)
    return (f'<a class="card" href="/news/{a.aid}"><div class="card-cover"><img src="{it["cover"]}" alt="" '
            f'loading="lazy"/></div><div class="card-body">{label}<div class="card-title">{html.escape(a.title)}</div>'
            f'<p class="card-summary">{it["summary"]}…</p><time datetime="{nx_iso(a.when)}">'
            f"{a.when.year}年{a.when.month}月{a.when.day}日</time></div></a>")  # fmt: skip


def nx_pager(k, n, total):
    if n <= 1:
        return ""
    prev = (
        f'<a class="page-prev" href="?page={k - 1}">上一页</a>'
        if k > 1
        else '<span class="page-prev disabled">上一页</span>'
    )
    nxt = (
        f'<a class="page-next" href="?page={k + 1}">下一页</a>'
        if k < n
        else '<span class="page-next disabled">下一页</span>'
    )
    nums = "".join(f'<a class="page-num{" active" if i == k else ""}"{CURRENT if i == k else ""} '
                   f'href="?page={i}">{i}</a>' for i in range(1, n + 1))  # fmt: skip
    more = (f'<button type="button" class="btn-load-more" data-page="{k + 1}">加载更多</button>' if k < n
            else '<button type="button" class="btn-load-more" disabled="">没有更多了</button>')  # fmt: skip
    return (f'<div class="load-more">{more}</div><nav class="pagination" aria-label="分页">{prev}{nums}{nxt}<span '
            f'class="page-total">共 {total} 条</span></nav>')  # fmt: skip


def nextjs_site():
    site = {}
    campus = [Art("", t, w, source=("学校办公室", "少先队大队部", "德育处")[k % 3], cat="campus")
              for k, (t, w) in enumerate(zip(titles(("我校", "一年级", "三年级", "五年级", "少先队大队部", "校足球队",
                                                     "校合唱团", "星湾读书社"),
                                                    ("举行“六一”文艺汇演", "开展垃圾分类主题活动", "参加区运动会",
                                                     "开展研学实践活动", "举办校园科技节", "开展亲子阅读活动",
                                                     "参加区艺术节展演"), 20),
                                             days("2023-06-28 09:10", 20, 4)))]  # fmt: skip
    notice = [Art("", t, w, source="学校办公室", cat="notice")
              for t, w in zip(titles(("2023年端午节放假", "2023年暑假放假", "一年级新生入学信息采集", "期末家长会",
                                      "暑期防溺水安全教育", "秋季开学报到", "校服征订"), ("的通知", "的温馨提示", "的补充通知"), 14,
                                     "关于{}{}"), days("2023-06-27 08:40", 14, 7))]  # fmt: skip
    teaching = [Art("", t, w, source="教导处", cat="teaching")
                for t, w in zip(titles(("语文组", "数学组", "英语组", "科学组", "艺术组"),
                                       ("开展集体备课活动", "举行青年教师赛课", "开展作业设计研讨"), 10),
                                days("2023-06-21 14:30", 10, 11))]  # fmt: skip
    everything = campus + notice + teaching
    numbered(everything, 2031, 7)
    for k, a in enumerate(everything):
        a.path = f"/news/{a.aid}"
        a.body = prose(a.title, NX_NAME, k + 3)
        a.hits = 120 + 37 * k % 900
        site[f"/uploads/2023/cover-{a.aid}.jpg"] = IMAGE
    site["/images/logo.png"] = IMAGE
    hot = sorted(everything, key=lambda a: a.hits, reverse=True)[:5]
    latest = sorted(everything, key=lambda a: a.when, reverse=True)
    lists = {None: latest, **{s: [a for a in latest if a.cat == s] for s in NX_CATS}}
    for slug, arts in lists.items():
        pages = chunks(arts, NX_PER)
        path = "/news" if slug is None else f"/news/category/{slug}"
        name = "新闻中心" if slug is None else NX_CATS[slug]
        tabs = "".join(f'<a class="tab{" active" if s == slug else ""}" href="{"/news" if s is None else "/news/category/" + s}">'
                       f'{"全部" if s is None else NX_CATS[s]}</a>' for s in lists)  # fmt: skip
        for k, chunk in enumerate(pages, 1):
            cards = "".join(nx_card(a, tag=slug is None) for a in chunk)
            body = (f'<div class="page-banner"><h2>{name}</h2></div><div class="container"><div class="tabs">{tabs}'
                    f'</div><div class="card-grid">{cards}</div>{nx_pager(k, len(pages), len(arts))}</div>')  # fmt: skip
            props = {"category": {"slug": slug, "name": name} if slug else None,
                     "list": [nx_item(a) for a in chunk],
                     "pagination": {"page": k, "pageSize": NX_PER, "total": len(arts)}}  # fmt: skip
            query = {"page": str(k)} if k > 1 else {}
            if slug:
                query = {"slug": slug, **query}
            route = "/news" if slug is None else "/news/category/[slug]"
            chunk_js = "news-4b1e7a9c2d3f5e60" if slug is None else "news/category/%5Bslug%5D-9d2c4b7e1a0f3865"
            page = nx_page(f"{name} - {NX_NAME}", route, query, props, body, chunk_js)
            site[path if k == 1 else f"{path}?page={k}"] = page
            if k == 1:
                site[f"{path}?page=1"] = page
            api = f"/api/news?category={slug or ''}&page={k}&pageSize={NX_PER}"
            site[api] = (200, json.dumps({"code": 0, "data": props}, ensure_ascii=False).encode(), "application/json")
    for slug in NX_CATS:
        for a, older, newer in neighbours(lists[slug]):

            def link(r, label):
                return (
                    f'<a href="/news/{r.aid}">{label}：{html.escape(r.title)}</a>'
                    if r
                    else f"<span>{label}：没有了</span>"
                )

            hots = "".join(f'<li><a href="/news/{h.aid}">{html.escape(h.title)}</a></li>' for h in hot)
            body = (
                f'<div class="container article-page"><nav class="breadcrumb"><a href="/">首页</a><span>/</span><a '
                f'href="/news">新闻中心</a><span>/</span><a href="/news/category/{slug}">{NX_CATS[slug]}</a></nav><div '
                f'class="article-layout"><article class="article"><h1 class="article-title">{html.escape(a.title)}</h1>'
                f'<div class="article-meta"><time datetime="{nx_iso(a.when)}">{a.when:%Y-%m-%d %H:%M}</time><span>来源：'
                f'{a.source}</span><span>阅读 {a.hits}</span></div><div class="article-body">{a.body}</div><div '
                f'class="article-nav">{link(older, "上一篇")}{link(newer, "下一篇")}</div></article><aside '
                f'class="sidebar"><h3>热门阅读</h3><ol class="hot-list">{hots}</ol></aside></div></div>'
            )
            props = {"article": {**nx_item(a), "source": a.source, "content": a.body,
                                 "prev": {"id": older.aid, "title": older.title} if older else None,
                                 "next": {"id": newer.aid, "title": newer.title} if newer else None},
                     "hot": [{"id": h.aid, "title": h.title} for h in hot]}  # fmt: skip
            site[a.path] = nx_page(f"{a.title} - {NX_NAME}", "/news/[id]", {"id": str(a.aid)}, props, body,
                                   "news/%5Bid%5D-6a0e3d9f8c1b2754")  # fmt: skip
    about = (f"{NX_NAME}创办于2012年，是临澜区教育局直属的一所公办小学，现有教学班42个，学生1900余人。",
             "学校以“星光闪耀，湾汇童年”为办学理念，着力培养全面发展、个性鲜明的新时代少年。")  # fmt: skip
    site["/about"] = nx_page(
        f"学校概况 - {NX_NAME}", "/about", {}, {"paragraphs": list(about)},
        '<div class="page-banner"><h2>学校概况</h2></div><div class="container prose">'
        + "".join(f"<p>{p}</p>" for p in about) + "</div>", "about-1f4a9c3e7b0d2856")  # fmt: skip

    def section(slug, arts, cards):
        inner = ("".join(nx_card(a) for a in arts) if cards else "".join(
            f'<li><a href="/news/{a.aid}"><span class="title">{html.escape(a.title)}</span><time '
            f'datetime="{nx_iso(a.when)}">{a.when:%m-%d}</time></a></li>' for a in arts))  # fmt: skip
        wrap = f'<div class="card-grid">{inner}</div>' if cards else f'<ul class="notice-list">{inner}</ul>'
        return (f'<section class="home-section section-{slug}"><div class="section-head"><h2>{NX_CATS[slug]}</h2><a '
                f'class="more" href="/news/category/{slug}">查看更多 →</a></div>{wrap}</section>')  # fmt: skip

    banners = "".join(f'<a class="swiper-slide" href="/news/{a.aid}"><img src="/uploads/2023/cover-{a.aid}.jpg" '
                      f'alt="{html.escape(a.title)}"/><div class="slide-caption">{html.escape(a.title)}</div></a>'
                      for a in lists["campus"][:3])  # fmt: skip
    body = (f'<div class="hero swiper"><div class="swiper-wrapper">{banners}</div></div><div class="container">'
            f'{section("campus", lists["campus"][:6], True)}{section("notice", lists["notice"][:6], False)}'
            f'{section("teaching", lists["teaching"][:4], True)}</div>')  # fmt: skip
    props = {"banners": [nx_item(a) for a in lists["campus"][:3]],
             "sections": {s: [nx_item(a) for a in lists[s][:n]] for s, n in (("campus", 6), ("notice", 6),
                                                                              ("teaching", 4))}}  # fmt: skip
    site["/"] = nx_page(f"{NX_NAME}", "/", {}, props, body, "index-7e2b5d1c9a4f3068")
    site["/_next/static/chunks/pages/news-4b1e7a9c2d3f5e60.js"] = (
        200, b'(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[318],{9021:function(e,t,n){var r=n(5893);'
        b'function o(e,t){return fetch("/api/news?category="+(e||"")+"&page="+t+"&pageSize=9").then(function(e){return '
        b'e.json()})}}}]);', "application/javascript")  # fmt: skip
    return site, {a.path: a for a in everything}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def walk(server, key, strip_scripts=False):
    """Every page reached from the home page by following hrefs (as ``key`` reads them)."""
    seen, todo = {key("/")}, ["/"]
    while todo:
        path = todo.pop()
        entry = server.get(path)
        if not entry or not str(entry[2]).startswith("text/html"):
            continue
        text = entry[1].decode("utf-8")
        if strip_scripts:
            text = re.sub(r"<script\b.*?</script>", "", text, flags=re.S)
        for href in re.findall(r'href="([^"#]*)"', text):
            url = urllib.parse.urljoin("http://site.test" + path, html.unescape(href))
            parts = urllib.parse.urlsplit(url)
            if parts.netloc != "site.test":
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if key(nxt) not in seen:
                seen.add(key(nxt))
                todo.append(nxt)
    return seen


def test_the_thinkphp_fixture_is_the_site_it_claims_to_be():
    site, truth = thinkphp_site()
    assert 35 <= len(truth) <= 60 and len(html_pages(site)) <= 90
    server = TPServer(site)
    reached = walk(server, tp_key)
    assert {tp_key(p) for p in truth} <= reached
    first = site[tp_list(3)]
    assert ('<div class="pages"><div><span class="rows">26 条记录</span> 1/6 页   <span class="current">1</span><a '
            'class="num" href="/index.php/Home/News/lists/cid/3/p/2.html">2</a>') in first  # fmt: skip
    assert '<a class="end" href="/index.php/Home/News/lists/cid/3/p/6.html">尾页</a>' in first
    assert '<a class="first" href="/index.php/Home/News/lists/cid/3/p/1.html">首页</a>' in site[tp_list(3, 4)]
    assert "/p/6.html" not in first.replace('<a class="end" href="/index.php/Home/News/lists/cid/3/p/6.html">', "")
    a = next(iter(truth.values()))
    same = {server.get(p) for p in (a.path, f"/index.php?s=/home/news/show/id/{a.aid}",
                                    f"/index.php?s=/Home/News/show/id/{a.aid}.html",
                                    f"/index.php/home/news/show/id/{a.aid}")}  # fmt: skip
    assert len(same) == 1 and None not in same
    assert server.get(tp_list(3)) == server.get("/index.php/Home/News/lists/cid/3/p/1.html")
    assert server.get("/") == server.get("/index.php/Home/Index/index.html")
    home = site["/"]
    assert (
        "天前</span>" in home
        and "/index.php?s=/home/news/show/id/" in home
        and re.search(r">\d{4}-\d\d-\d\d<", home) is None
    )
    assert f"发布时间：{a.day}&nbsp;&nbsp;浏览量：" in site[a.path]
    compat = sum(f"?s=/home/news/show/id/{b.aid}\"" in home + site[tp_list(10)] or f"?s=/Home/News/show/id/{b.aid}.html"
                 in home + site[tp_list(10)] for b in truth.values())  # fmt: skip
    assert compat >= 15


def test_the_nextjs_fixture_is_the_site_it_claims_to_be():
    site, truth = nextjs_site()
    assert 35 <= len(truth) <= 60 and len(html_pages(site)) <= 90
    server = QueryServer(site)
    assert {query_key(p) for p in truth} <= walk(server, query_key, strip_scripts=True)
    page = site["/news/category/notice"]
    assert '<a class="page-next" href="?page=2">下一页</a>' in page and "/news/category/notice?page=2" in site
    assert '<button type="button" class="btn-load-more" data-page="2">加载更多</button>' in page
    blob = re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', page).group(1)
    data = json.loads(blob)
    ids = [int(i) for i in re.findall(r'<a class="card" href="/news/(\d+)"', page)]
    assert [it["id"] for it in data["props"]["pageProps"]["list"]] == ids and len(ids) == NX_PER
    a = next(iter(truth.values()))
    art = site[a.path]
    assert f'<time datetime="{nx_iso(a.when)}">{a.when:%Y-%m-%d %H:%M}</time><span>来源：' in art
    assert json.loads(re.search(r'type="application/json">(.*?)</script>', art).group(1))["props"]["pageProps"][
        "article"]["content"] == a.body and "\\u003cp\\u003e" in art  # fmt: skip
    assert any(b.when.hour < 8 for b in truth.values())


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"thinkphp": (thinkphp_site, TPServer, tp_key), "nextjs": (nextjs_site, QueryServer, query_key)}


@pytest.fixture(scope="module", params=list(SITES))
def crawl(request, tmp_path_factory):
    build, serve, key = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, serve(site), truth, key, db), db, key


def test_the_archive_holds_exactly_the_sites_articles(crawl):
    check_exact_articles(crawl[0])


def test_each_archived_article_has_its_title_and_day(crawl):
    check_titles_and_days(crawl[0])


def test_no_article_is_archived_twice(crawl):
    """One page read two ways (ThinkPHP's PATHINFO and ?s= links; Next's HTML and its JSON) is one record: a second
    row for it, even one marked ``duplicate_of`` the first, is the article archived twice."""
    crawled, db, key = crawl
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select id, url, duplicate_of from articles order by id").fetchall()
    finally:
        conn.close()
    by_key = {}
    for aid, url, dup in rows:
        by_key.setdefault(key(re.sub(r"^http://[^/]+", "", url)), []).append((aid, url, dup))
    twice = {k: v for k, v in by_key.items() if len(v) > 1}
    assert twice == {}, f"{len(twice)} of {len(crawled.truth)} archived more than once (id, url, duplicate_of):\n" + (
        "\n".join(f"{k}: {v}" for k, v in sorted(twice.items()))
    )
    assert Counter(map(len, by_key.values())) == Counter({1: len(by_key)})
