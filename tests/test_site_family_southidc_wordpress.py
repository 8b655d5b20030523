"""Whole sites of two more CMS families, written by hand after their public template markup and crawled with
nothing but the home page's address: a 南方数据 (SouthIDC) style ASP county middle school and a WordPress primary
school on the Twenty Seventeen theme. Each has a home page with a menu and the newest items, three columns of two or
three list pages, a single page (学校简介: an undated text, not an article), an image-only notice, an article listed in
two columns, side menus or widgets and a footer with 版权所有 and the ICP number. The archive must hold exactly the
articles each site was generated with, each with its title and its day.

* SouthIDC: table layouts in GB2312. Columns /news/list.asp?classid=1, their pages list.asp?classid=1&page=2 under
  the ASP pager ``共 <b>30</b> 条记录 页次：<b><font color='red'>1</font>/3</b> 每页：<b>12</b> 条 首页 上一页
  <a>下一页</a> <a>尾页</a> 转到：<select onchange=…>``, rows dated 2023-5-6 (ASP's unpadded date). Articles
  /news/show.asp?id=236 (the URL shape of the built-in ``jiangbei`` profile, whose h1 / div.info / div#content this
  family lacks): the title in a ``<td>`` with an inline style, ``作者：… 发布时间：2023-5-6 9:05:33 浏览次数：<script
  src="GetHits.asp?id=236">``, 上一篇/下一篇. The home page's boxes (更多&gt;&gt;) date their rows [05-06]; 通知公告
  scrolls in a ``<marquee>``. IIS answers paths and parameter names in any case, parameters in any order.
* WordPress 6.2 + Yoast SEO, permalinks /%year%/%monthnum%/%day%/%postname%/ with Chinese slugs (percent-encoded in
  lower case, as sanitize_title makes them). The front page and every archive (/category/tzgg/, its /page/2/, the
  sidebar's months /2023/05/, tags, authors) show ten whole posts each (Twenty Seventeen's content.php): an
  ``<h2 class="entry-title">`` link (``<h3>`` on the front page), the time link ``<time class="entry-date
  published" datetime="…+08:00">2023年5月6日</time><time class="updated" …>`` above it, the ``entry-content``;
  ``<nav class="navigation pagination">`` with ``page-numbers`` links, Yoast's ``<link rel="next">``. Posts:
  ``<h1 class="entry-title">`` under the time link and byline, the post navigation (rel="prev"/"next", across
  categories), Yoast's article:published_time in UTC (a post made at 7:30 Beijing time is the day before there).
  The wrapper is ``<div id="content" class="site-content">``. /about/ is a WordPress page (no date, no sidebar).
  Links are absolute (``http://HOME`` is the served address); /?p=N answers a 301 to the permalink.

No page is copied from a real site."""

import re
import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timedelta

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
    short,
    titles,
)

from jiangbei_crawler.extract.profiles import JIANGBEI

H = "http://HOME"  # WordPress writes absolute links: the address the site is served at replaces it


@dataclass
class Art:
    path: str  # the article's URL path (and query)
    title: str
    when: datetime
    author: str = "admin"
    body: str = ""
    aid: int = 0  # the CMS's own id
    cats: tuple = ()
    tags: tuple = ()
    updated: datetime | None = None

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def wp_key(path):
    """WordPress: a path's percent escapes decoded, in upper or lower case alike."""
    base, _, query = path.partition("?")
    return urllib.parse.unquote(base) + (f"?{query}" if query else "")


class Server(dict):
    """A site ({path: page}) as its server answers it: a request's path reduced by ``key``, pages sent in
    ``charset`` (with ``ctype``), ``http://HOME`` in pages and headers made the address it is served at."""

    def __init__(self, site, key, charset="utf-8", ctype="text/html; charset=UTF-8"):
        super().__init__(site)
        self.key, self.charset, self.ctype, self.home = key, charset, ctype, H
        self.answers = {key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        entry = self.answers.get(self.key(path), default)
        if isinstance(entry, str):
            return 200, entry.replace(H, self.home).encode(self.charset), self.ctype
        if isinstance(entry, tuple) and isinstance(entry[2], dict):
            return entry[0], entry[1], {k: v.replace(H, self.home) for k, v in entry[2].items()}
        return entry


# ---- 1. 南方数据 (SouthIDC) style ASP: a county middle school ----------------------------------------------------

SD_NAME = "桐溪县第二中学"
SD_COLS = {1: "学校新闻", 2: "通知公告", 3: "教学教研"}
SD_MENU = (("网站首页", "/index.asp"), ("学校简介", "/about.asp?id=1"),
           *((n, f"/news/list.asp?classid={c}") for c, n in SD_COLS.items()))  # fmt: skip
SD_PER = 12


def asp_date(t):
    return f"{t.year}-{t.month}-{t.day}"


def sd_page(title, main, side=""):
    nav = "".join(f'<td align="center" class="menu"><a href="{u}">{t}</a></td><td width="2"><img '
                  'src="/images/menu_line.gif" width="2" height="36" /></td>' for t, u in SD_MENU)  # fmt: skip
    left = f'<td width="230" valign="top" class="left">{side}</td><td width="10">&nbsp;</td>' if side else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        f'<title>{title}</title>\n<meta name="keywords" content="{SD_NAME},桐溪二中,桐溪县" />\n'
        '<link href="/css/style.css" rel="stylesheet" type="text/css" />\n</head>\n<body>\n'
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td height="130">'
        '<img src="/images/banner.jpg" width="980" height="130" /></td></tr></table>\n'
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" background="/images/menu_bg.gif">'
        f'<tr>{nav}</tr></table>\n<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
        f'{left}<td valign="top">{main}</td></tr></table>\n'
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td '
        f'height="80" align="center">版权所有：{SD_NAME} &nbsp;地址：桐溪县城南路36号 &nbsp;邮编：414500 &nbsp;'
        '电话：0730-5212345<br /><a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备09012345号</a> &nbsp;'
        '技术支持：<a href="http://www.southidc.net/" target="_blank">南方数据</a></td></tr></table>\n</body>\n</html>'
    )


def sd_box(name, inner, more=""):
    link = f'<a href="{more}">更多&gt;&gt;</a>' if more else ""
    return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box"><tr><td height="30" '
            f'class="box_title" background="/images/box_bg.gif">&nbsp;&nbsp;<b>{name}</b></td><td align="right">'
            f'{link}&nbsp;</td></tr><tr><td colspan="2" class="box_con">{inner}</td></tr></table>')  # fmt: skip


def sd_side(here, hot):
    cols = "".join(f'<tr><td height="28" class="{"left_on" if c == here else "left_lm"}">&nbsp;&nbsp;<img '
                   f'src="/images/dot.gif" /> <a href="/news/list.asp?classid={c}">{n}</a></td></tr>'
                   for c, n in SD_COLS.items())  # fmt: skip
    hots = "".join(f'<tr><td height="24">·<a href="/news/show.asp?id={a.aid}" title="{a.title}" target="_blank">'
                   f"{short(a.title, 13)}</a></td></tr>" for a in hot)  # fmt: skip
    return (sd_box("栏目导航", f'<table width="100%">{cols}</table>') + sd_box("热点文章", f'<table width="100%">{hots}'
            "</table>") + sd_box("联系我们", "地址：桐溪县城南路36号<br />电话：0730-5212345<br />邮箱：txez@163.com"))  # fmt: skip


def sd_crumbs(*parts):
    return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="32" class="lm_title">'
            f'&nbsp;&nbsp;<b>{parts[-1][0]}</b></td><td align="right">当前位置：<a href="/index.asp">网站首页</a>'
            + "".join(f" &gt;&gt; <a href=\"{u}\">{t}</a>" if u else f" &gt;&gt; {t}" for t, u in parts)
            + "</td></tr></table>")  # fmt: skip


def sd_pager(c, k, n, total):
    """The pager of list.asp: first/previous/next/last links, the counts, a select of every page."""
    url = f"list.asp?classid={c}&page="
    first = "首页 上一页" if k == 1 else f"<a href='{url}1'>首页</a> <a href='{url}{k - 1}'>上一页</a>"
    last = "下一页 尾页" if k == n else f"<a href='{url}{k + 1}'>下一页</a> <a href='{url}{n}'>尾页</a>"
    opts = "".join(f"<option value='{i}'{' selected' if i == k else ''}>第{i}页</option>" for i in range(1, n + 1))
    return (f'<table width="100%"><tr><td height="40" align="center">共 <b>{total}</b> 条记录 &nbsp;页次：<b><font '
            f"color='red'>{k}</font>/{n}</b> &nbsp;每页：<b>{SD_PER}</b> 条 &nbsp;{first} {last} &nbsp;转到：<select "
            f"name='page' size='1' onchange=\"javascript:window.location='{url}'+this.options[this.selectedIndex]."
            f'value;">{opts}</select></td></tr></table>')  # fmt: skip


def sd_article(a, c, older, newer, hot):
    def link(label, r):
        return f'{label}：<a href="show.asp?id={r.aid}" title="{r.title}">{r.title}</a>' if r else f"{label}：没有了"

    main = (
        sd_crumbs((SD_COLS[c], f"list.asp?classid={c}"), ("正文", ""))
        + '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">'
        f'<tr><td height="50" align="center" style="font-size:18px;font-weight:bold;color:#B40000;">{a.title}</td></tr>'
        '<tr><td height="28" align="center" style="border-bottom:1px dashed #CCCCCC;color:#666666;">'
        f"作者：{a.author} &nbsp;&nbsp;发布时间：{asp_date(a.when)} {a.when.hour}:{a.when:%M:%S} &nbsp;&nbsp;浏览次数："
        f'<script src="GetHits.asp?id={a.aid}"></script> &nbsp;&nbsp;【<a href="javascript:window.print()">打印</a>】'
        '【<a href="javascript:window.close()">关闭</a>】</td></tr>'
        f'<tr><td style="padding:15px;line-height:180%;font-size:14px;">{a.body}</td></tr>'
        f'<tr><td height="30" style="border-top:1px dashed #CCCCCC;">{link("上一篇", older)}<br />{link("下一篇", newer)}'
        "</td></tr></table>"
    )
    return sd_page(f"{a.title} - {SD_NAME}", main, sd_side(c, hot))


def southidc_site():
    site = {}
    news = [Art("", t, w, author=("校办", "政教处", "团委")[k % 3])
            for k, (t, w) in enumerate(zip(titles(("我校", "初一年级", "初二年级", "初三年级", "校团委", "政教处",
                                                  "教务处", "校学生会"),
                                                 ("举行春季运动会", "开展防溺水安全教育", "召开家长会", "开展消防疏散演练",
                                                  "举办经典诵读比赛", "组织学生参加社会实践", "举行十四岁集体生日仪式"),
                                                 30), days("2023-06-28 16:20", 30, 5)))]  # fmt: skip
    notices = [Art("", t, w, author="办公室")
               for t, w in zip(titles(("做好2023年春季开学工作", "2023年清明节放假安排", "2023年劳动节放假安排",
                                       "2023年端午节放假安排", "开展校园安全隐患排查", "2023年初一新生招生工作",
                                       "期中考试安排", "暑假放假及安全教育"), ("的通知", "的公告", "的补充通知"), 16, "关于{}{}"),
                               days("2023-06-26 10:00", 16, 9))]  # fmt: skip
    jy = [Art("", t, w, author="教科室")
          for t, w in zip(titles(("语文组", "数学组", "英语组", "物理组", "化学组", "政史地组", "体艺组"),
                                 ("开展集体备课活动", "举行公开课展示"), 14), days("2023-06-21 15:00", 14, 10))]  # fmt: skip
    numbered(news + notices + jy, 236)
    for k, a in enumerate(news + notices + jy):
        a.path = f"/news/show.asp?id={a.aid}"
        a.body = prose(a.title, SD_NAME, k)
        site[f"/news/GetHits.asp?id={a.aid}"] = (200, f"document.write('{35 + 9 * k}');", "application/x-javascript")
    scan = notices[4]  # a notice published as one scanned page (eWebEditor's upload)
    picture = f"/eWebEditor/UploadFile/{scan.when:%Y%m%d%H%M%S}{scan.aid}.png"
    scan.body = f'<p align="center"><img src="{picture}" border="0" alt="" /></p>'
    site[picture] = IMAGE
    shared = news[4]  # a news item the 通知公告 list also shows
    hot = [news[1], notices[0], jy[2], news[8], notices[6], news[13]]
    columns = {1: news, 2: sorted([*notices, shared], key=lambda a: a.when, reverse=True), 3: jy}
    for c, listed in columns.items():
        n = -(-len(listed) // SD_PER)
        for k in range(1, n + 1):
            rows = "".join(
                f'<tr><td width="20" height="26" align="center"><img src="/images/dot2.gif" width="5" height="5" /></td>'
                f'<td><a href="show.asp?id={a.aid}" target="_blank" title="{a.title}">{short(a.title, 24)}</a></td>'
                f'<td width="90" align="center" class="date">{asp_date(a.when)}</td></tr><tr><td colspan="3" height="1" '
                'background="/images/line_dot.gif"></td></tr>'
                for a in listed[(k - 1) * SD_PER : k * SD_PER]
            )
            main = (sd_crumbs((SD_COLS[c], "")) + '<table width="96%" border="0" align="center" cellpadding="0" '
                    f'cellspacing="0">{rows}</table>{sd_pager(c, k, n, len(listed))}')  # fmt: skip
            site[f"/news/list.asp?classid={c}&page={k}"] = sd_page(f"{SD_COLS[c]} - {SD_NAME}", main, sd_side(c, hot))
        site[f"/news/list.asp?classid={c}"] = site[f"/news/list.asp?classid={c}&page=1"]
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{SD_NAME}始建于1956年，是一所县直公办初级中学，校园占地面积62亩，现有教学班36个，在校学生1800余人，教职工152人。",
        "学校坚持“以德立校、质量强校、特色兴校”的办学思路，先后被评为市级文明单位、市级示范性初中和省级绿色学校。",
        "学校建有标准运动场、图书馆、理化生实验室和多媒体教室，为师生的学习和生活提供了良好的条件。",
    ))  # fmt: skip
    site["/about.asp?id=1"] = sd_page(f"学校简介 - {SD_NAME}", sd_crumbs(("学校简介", "")) + '<table width="96%" '
                                      f'align="center"><tr><td style="line-height:200%;font-size:14px;">{about}</td>'
                                      "</tr></table>", sd_side(0, hot))  # fmt: skip
    for c, arts in ((1, news), (2, notices), (3, jy)):
        for i, a in enumerate(arts):  # 上一篇 the older neighbour in its class, 下一篇 the newer
            site[a.path] = sd_article(a, c, arts[i + 1] if i + 1 < len(arts) else None, arts[i - 1] if i else None, hot)

    def rows(arts, n):
        return '<table width="100%">' + "".join(
            f'<tr><td height="24">·<a href="news/show.asp?id={a.aid}" target="_blank" title="{a.title}">'
            f'{short(a.title, n)}</a></td><td width="60" align="right">[{a.when:%m-%d}]</td></tr>' for a in arts
        ) + "</table>"  # fmt: skip

    pics = "".join(f'<td align="center"><a href="news/show.asp?id={a.aid}" target="_blank"><img src="UploadFiles/'
                   f'pic{i}.jpg" width="160" height="120" border="0" /></a><br /><a href="news/show.asp?id={a.aid}" '
                   f'target="_blank">{short(a.title, 10)}</a></td>' for i, a in enumerate(news[:3]))  # fmt: skip
    for i in range(3):
        site[f"/UploadFiles/pic{i}.jpg"] = IMAGE
    marquee = ('<marquee direction="up" scrollamount="2" height="220" onmouseover="this.stop()" '
               f'onmouseout="this.start()">{rows(columns[2][:8], 14)}</marquee>')  # fmt: skip
    home = (
        '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="260" valign="top">'
        + sd_box("通知公告", marquee, "news/list.asp?classid=2")
        + sd_box("学校简介", f'　　{SD_NAME}始建于1956年，是一所县直公办初级中学……[<a href="about.asp?id=1">详细</a>]')
        + '</td><td width="10">&nbsp;</td><td valign="top">'
        + sd_box("学校新闻", f"<table><tr>{pics}</tr></table>{rows(news[:8], 20)}", "news/list.asp?classid=1")
        + sd_box("教学教研", rows(jy[:6], 20), "news/list.asp?classid=3")
        + '</td></tr></table><table width="100%"><tr><td>友情链接：<select onchange="window.open(this.value)"><option>'
        '--友情链接--</option><option value="http://www.moe.gov.cn/">教育部</option><option value="http://jyt.hunan.gov.cn/">'
        "湖南省教育厅</option></select></td></tr></table>"
    )
    site["/"] = site["/index.asp"] = sd_page(f"{SD_NAME} - 欢迎您！", home)
    return site, {a.path: a for a in news + notices + jy}


# ---- 2. WordPress (Twenty Seventeen, Yoast SEO): a primary school -------------------------------------------------

WP_NAME = "临溪市育英实验小学"
WP_CATS = {"xxxw": ("学校新闻", 3), "tzgg": ("通知公告", 4), "jxjy": ("教学教研", 5)}
WP_AUTHORS = {"xiaoban": "校办", "jiaowu": "教务处"}
WP_PER = 10
SVG = '<svg class="icon icon-arrow-{0}" aria-hidden="true" role="img"> <use href="#icon-arrow-{0}" xlink:href="#icon-arrow-{0}"></use> </svg>'


def wp_slug(title):
    """sanitize_title: the title lower-cased and percent-encoded (lower-case hex), at most 200 characters."""
    out = ""
    for ch in title.lower():
        enc = urllib.parse.quote(ch, safe="").lower()
        if len(out) + len(enc) > 200:
            break
        out += enc
    return out


def wp_iso(t, utc=False):
    return (
        (t - timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M:%S+00:00") if utc else t.strftime("%Y-%m-%dT%H:%M:%S+08:00")
    )


def wp_cn(t):
    return f"{t.year}年{t.month}月{t.day}日"


def wp_time_link(a):
    """twentyseventeen_time_link(): the published time, and the updated one when the post was edited."""
    if a.updated:
        times = (f'<time class="entry-date published" datetime="{wp_iso(a.when)}">{wp_cn(a.when)}</time><time '
                 f'class="updated" datetime="{wp_iso(a.updated)}">{wp_cn(a.updated)}</time>')  # fmt: skip
    else:
        times = f'<time class="entry-date published updated" datetime="{wp_iso(a.when)}">{wp_cn(a.when)}</time>'
    return f'<span class="screen-reader-text">发布于</span> <a href="{H}{a.path}" rel="bookmark">{times}</a>'


def wp_page(title, body_class, main, head="", side="", front=False):
    menu = "".join(f'<li id="menu-item-{20 + i}" class="menu-item menu-item-{20 + i}"><a href="{H}{u}">{t}</a></li>'
                   for i, (t, u) in enumerate((("首页", "/"), ("学校简介", "/about/"),
                                               *((n, f"/category/{s}/") for s, (n, _) in WP_CATS.items()))))  # fmt: skip
    tag = "h1" if front else "p"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN" class="no-js no-svg">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" '
        'content="width=device-width, initial-scale=1">\n<link rel="profile" href="https://gmpg.org/xfn/11">\n<script>'
        "(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);"
        f"</script>\n<title>{title}</title>\n{head}\n"
        f'<link rel="alternate" type="application/rss+xml" title="{WP_NAME} &raquo; Feed" href="{H}/feed/" />\n'
        f"<link rel='stylesheet' id='twentyseventeen-style-css' href='{H}/wp-content/themes/twentyseventeen/style.css?"
        f'ver=20230328\' media=\'all\' />\n<link rel="https://api.w.org/" href="{H}/wp-json/" />\n<link rel="EditURI" '
        f'type="application/rsd+xml" title="RSD" href="{H}/xmlrpc.php?rsd" />\n<meta name="generator" content="WordPress '
        f'6.2.2" />\n</head>\n<body class="{body_class} colors-light">\n<div id="page" class="site">\n<a class="skip-link '
        'screen-reader-text" href="#content">跳至内容</a>\n<header id="masthead" class="site-header" role="banner">\n'
        f'<div class="custom-header"><div class="custom-header-media"><div id="wp-custom-header" class="wp-custom-header">'
        f'<img src="{H}/wp-content/uploads/2023/02/cropped-header.jpg" width="2000" height="1200" alt="" /></div></div>\n'
        f'<div class="site-branding"><div class="wrap"><div class="site-branding-text"><{tag} class="site-title"><a '
        f'href="{H}/" rel="home">{WP_NAME}</a></{tag}><p class="site-description">立德树人 · 育英成才</p></div></div></div>'
        '</div>\n<div class="navigation-top"><div class="wrap"><nav id="site-navigation" class="main-navigation" '
        'aria-label="顶部菜单"><button class="menu-toggle" aria-controls="top-menu" aria-expanded="false">菜单</button>'
        f'<div class="menu-main-container"><ul id="top-menu" class="menu">{menu}</ul></div></nav></div></div>\n</header>\n'
        f'<div class="site-content-contain">\n<div id="content" class="site-content">\n<div class="wrap">\n{main}\n{side}\n'
        '</div>\n</div>\n<footer id="colophon" class="site-footer" role="contentinfo"><div class="wrap">\n<aside '
        'class="widget-area" role="complementary" aria-label="页脚"><div class="widget-column footer-widget-1"><section '
        f'id="text-3" class="widget widget_text"><div class="textwidget"><p>Copyright &copy; 2023 {WP_NAME} 版权所有<br />'
        '地址：临溪市文华路88号 &nbsp;电话：0571-86123456<br /><a href="https://beian.miit.gov.cn/" target="_blank" '
        'rel="noopener">浙ICP备18012345号-1</a></p></div></section></div></aside>\n<div class="site-info"><a '
        'href="https://cn.wordpress.org/" class="imprint">自豪地采用WordPress</a></div>\n</div></footer>\n</div>\n</div>\n'
        f"<script src='{H}/wp-content/themes/twentyseventeen/assets/js/global.js?ver=20211130' "
        "id='twentyseventeen-global-js'></script>\n</body>\n</html>"
    )


def wp_sidebar(posts, months, tags):
    def widget(wid, kind, name, inner):
        return (f'<section id="{wid}" class="widget {kind}"><h2 class="widget-title">{name}</h2><nav aria-label="{name}">'
                f"{inner}</nav></section>")  # fmt: skip

    recent = "".join(f'<li><a href="{H}{a.path}">{a.title}</a></li>' for a in posts[:5])
    cats = "".join(f'<li class="cat-item cat-item-{i}"><a href="{H}/category/{s}/">{n}</a></li>'
                   for s, (n, i) in WP_CATS.items())  # fmt: skip
    arch = "".join(f"<li><a href='{H}/{y}/{m:02d}/'>{y}年{m}月</a></li>" for y, m in months)
    cloud = "".join(f'<a href="{H}/tag/{wp_slug(t)}/" class="tag-cloud-link tag-link-{8 + i} tag-link-position-{i + 1}" '
                    f'style="font-size: {10 + len(ps) % 9}pt;" aria-label="{t} ({len(ps)}个项目)">{t}</a>\n'
                    for i, (t, ps) in enumerate(tags.items()))  # fmt: skip
    return (
        '<aside id="secondary" class="widget-area" role="complementary" aria-label="博客边栏">'
        f'<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" '
        f'action="{H}/"><label for="search-form-1"><span class="screen-reader-text">搜索：</span></label><input '
        'type="search" id="search-form-1" class="search-field" placeholder="搜索&hellip;" value="" name="s" /><button '
        'type="submit" class="search-submit"><span class="screen-reader-text">搜索</span></button></form></section>'
        + widget("recent-posts-2", "widget_recent_entries", "最新文章", f"<ul>{recent}</ul>")
        + widget("categories-2", "widget_categories", "分类目录", f"<ul>{cats}</ul>")
        + widget("archives-2", "widget_archive", "归档", f"<ul>{arch}</ul>")
        + f'<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">标签</h2><div '
        f'class="tagcloud">{cloud}</div></section></aside>'
    )


def wp_classes(a):
    cats = " ".join(f"category-{c}" for c in a.cats)
    tags = " ".join(f"tag-{wp_slug(t)}" for t in a.tags)
    return f"post-{a.aid} post type-post status-publish format-standard hentry {cats} {tags}".strip()


def wp_pagination(base, k, n):
    """the_posts_pagination() as Twenty Seventeen calls it (mid_size 2, end_size 1)."""

    def url(j):
        return f"{H}{base}" if j == 1 else f"{H}{base}page/{j}/"

    nav = '<span class="meta-nav screen-reader-text">页 </span>'
    out, dots = [], False
    if k > 1:
        out.append(f'<a class="prev page-numbers" href="{url(k - 1)}">{SVG.format("left")}<span class="screen-reader-text">'
                   "上一页</span></a>")  # fmt: skip
    for j in range(1, n + 1):
        if j == k:
            out.append(f'<span aria-current="page" class="page-numbers current">{nav}{j}</span>')
        elif j == 1 or j == n or k - 2 <= j <= k + 2:
            out.append(f'<a class="page-numbers" href="{url(j)}">{nav}{j}</a>')
        elif dots:
            continue
        else:
            out.append('<span class="page-numbers dots">&hellip;</span>')
            dots = True
            continue
        dots = False
    if k < n:
        out.append(f'<a class="next page-numbers" href="{url(k + 1)}"><span class="screen-reader-text">下一页</span>'
                   f"{SVG.format('right')}</a>")  # fmt: skip
    return (f'<nav class="navigation pagination" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div '
            f'class="nav-links">{" ".join(out)}</div></nav>')  # fmt: skip


def wp_listing(site, base, heading, body_class, title, posts, side, front=False):
    """An archive (or the front page) of ``posts``, ten whole posts a page."""
    n, h = -(-len(posts) // WP_PER), "h3" if front else "h2"  # content.php: h3 titles on the front page's posts
    for k in range(1, n + 1):
        url = base if k == 1 else f"{base}page/{k}/"
        arts = "".join(
            f'<article id="post-{a.aid}" class="{wp_classes(a)}"><header class="entry-header"><div class="entry-meta">'
            f'{wp_time_link(a)}</div><{h} class="entry-title"><a href="{H}{a.path}" rel="bookmark">{a.title}</a></{h}>'
            f'</header><div class="entry-content">{a.body}</div></article>'
            for a in posts[(k - 1) * WP_PER : k * WP_PER]
        )
        head = f'<link rel="canonical" href="{H}{url}" />'
        if k > 1:
            head += f'\n<link rel="prev" href="{H}{base if k == 2 else f"{base}page/{k - 1}/"}" />'
        if k < n:
            head += f'\n<link rel="next" href="{H}{base}page/{k + 1}/" />'
        paged = f" paged paged-{k}" if k > 1 else ""
        main = (f'<header class="page-header">{heading}</header><div id="primary" class="content-area"><main id="main" '
                f'class="site-main" role="main">{arts}{wp_pagination(base, k, n) if n > 1 else ""}</main></div>')  # fmt: skip
        page_title = title if k == 1 else f"{title.split(' - ')[0]} - 第{k}页 - {WP_NAME}"
        site[url] = wp_page(page_title, body_class + paged + " hfeed has-sidebar", main, head, side, front)


def wp_post(a, older, newer, side):
    def nav(r, kind, label, hint):
        return (f'<div class="nav-{kind}"><a href="{H}{r.path}" rel="{"prev" if kind == "previous" else "next"}"><span '
                f'class="screen-reader-text">{hint}</span><span aria-hidden="true" class="nav-subtitle">{label}</span> '
                f'<span class="nav-title">{r.title}</span></a></div>') if r else ""  # fmt: skip

    cats = "、".join(f'<a href="{H}/category/{c}/" rel="category tag">{WP_CATS[c][0]}</a>' for c in a.cats)
    tags = "、".join(f'<a href="{H}/tag/{wp_slug(t)}/" rel="tag">{t}</a>' for t in a.tags)
    tags = f'<span class="tags-links"><span class="screen-reader-text">标签</span>{tags}</span>' if tags else ""
    head = (
        f'<link rel="canonical" href="{H}{a.path}" />\n<meta property="og:locale" content="zh_CN" />\n<meta '
        f'property="og:type" content="article" />\n<meta property="og:title" content="{a.title} - {WP_NAME}" />\n<meta '
        f'property="og:url" content="{H}{a.path}" />\n<meta property="og:site_name" content="{WP_NAME}" />\n<meta '
        f'property="article:published_time" content="{wp_iso(a.when, utc=True)}" />\n<meta property="article:modified_'
        f'time" content="{wp_iso(a.updated or a.when, utc=True)}" />\n<meta name="author" content="{WP_AUTHORS[a.author]}" '
        f"/>\n<link rel='shortlink' href='{H}/?p={a.aid}' />"
    )
    main = (
        f'<div id="primary" class="content-area"><main id="main" class="site-main" role="main"><article id="post-{a.aid}" '
        f'class="{wp_classes(a)}"><header class="entry-header"><div class="entry-meta"><span class="posted-on">'
        f'{wp_time_link(a)}</span><span class="byline"> 由<span class="author vcard"><a class="url fn n" href="{H}/author/'
        f'{a.author}/">{WP_AUTHORS[a.author]}</a></span></span></div><h1 class="entry-title">{a.title}</h1></header>'
        f'<div class="entry-content">{a.body}</div><footer class="entry-footer"><span class="cat-tags-links"><span '
        f'class="cat-links"><span class="screen-reader-text">分类</span>{cats}</span>{tags}</span></footer></article>'
        '<nav class="navigation post-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div '
        f'class="nav-links">{nav(older, "previous", "上一篇", "上一篇文章")}{nav(newer, "next", "下一篇", "下一篇文章")}'
        "</div></nav></main></div>"
    )
    body_class = f"post-template-default single single-post postid-{a.aid} single-format-standard has-sidebar"
    return wp_page(f"{a.title} - {WP_NAME}", body_class, main, head, side)


def wordpress_site():
    site = {}

    def when(start, n, step):  # posted in school hours; some before 8:00, the day before in UTC
        return [t.replace(hour=(7, 9, 10, 14, 16, 11)[k % 6]) for k, t in enumerate(days(start, n, step))]

    news = [Art("", t, w, author="xiaoban", cats=("xxxw",))
            for t, w in zip(titles(("我校", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "少先队大队部",
                                    "校合唱团"), ("举行春季运动会", "开展安全教育主题班会", "召开家长会",
                                                  "开展读书分享活动", "举行科技节", "参加区中小学生艺术节",
                                                  "开展劳动实践活动", "举行入队仪式"), 23), when("2023-06-29 10:00", 23, 7))]  # fmt: skip
    notices = [Art("", t, w, author="xiaoban", cats=("tzgg",))
               for t, w in zip(titles(("2023年春季学期开学工作安排", "清明节放假", "劳动节放假", "端午节放假",
                                       "开展防溺水安全教育", "2023年一年级新生入学报名", "期末工作安排",
                                       "暑假放假及假期安全工作"), ("的通知", "的温馨提示", "的补充通知"), 15, "关于{}{}"),
                               when("2023-06-27 09:30", 15, 11))]  # fmt: skip
    jy = [Art("", t, w, author="jiaowu", cats=("jxjy",))
          for t, w in zip(titles(("语文组", "数学组", "英语组", "科学组", "音体美组", "综合实践组"),
                                 ("开展集体备课活动", "举行课堂教学展示", "开展主题教研活动", "组织青年教师赛课",
                                  "开展作业设计研讨"), 12), when("2023-06-20 14:00", 12, 13))]  # fmt: skip
    posts = sorted(news + notices + jy, key=lambda a: a.when, reverse=True)
    numbered(posts, 112)
    tags = {"安全教育": [], "家校共育": [], "课堂教学": []}
    for k, a in enumerate(posts):
        a.path = f"/{a.when:%Y/%m/%d}/{wp_slug(a.title)}/"
        a.body = prose(a.title, WP_NAME, k + 2)
        a.updated = a.when + timedelta(days=1 + k % 3, hours=2) if k % 2 else None
        a.tags = tuple(t for t, words in (("安全教育", ("安全", "防溺水")), ("家校共育", ("家长",)),
                                          ("课堂教学", ("课堂", "备课"))) if any(w in a.title for w in words))  # fmt: skip
        for t in a.tags:
            tags[t].append(a)
        site[f"/?p={a.aid}"] = (301, "", {"Location": f"{H}{a.path}", "Content-Type": "text/html; charset=UTF-8"})
    scan = notices[3]  # a notice published as one scanned page
    picture = f"/wp-content/uploads/{scan.when:%Y/%m}/tz{scan.when:%m%d}-scaled.png"
    scan.body = (f'<p><img decoding="async" class="aligncenter size-full wp-image-{scan.aid + 1}" src="{H}{picture}" '
                 'alt="" width="1240" height="1754" /></p>')  # fmt: skip
    site[picture] = IMAGE
    shared = news[5]  # a news post filed under 通知公告 too
    shared.cats = ("xxxw", "tzgg")
    months = sorted({(a.when.year, a.when.month) for a in posts}, reverse=True)
    side = wp_sidebar(posts, months, tags)
    wp_listing(site, "/", '<h2 class="page-title">文章</h2>', "home blog has-header-image",
               f"{WP_NAME} - 立德树人 · 育英成才", posts, side, front=True)  # fmt: skip
    for slug, (name, cid) in WP_CATS.items():
        wp_listing(site, f"/category/{slug}/", f'<h1 class="page-title">分类：<span>{name}</span></h1>',
                   f"archive category category-{slug} category-{cid}", f"{name} - {WP_NAME}",
                   [a for a in posts if slug in a.cats], side)  # fmt: skip
    for y, m in months:
        wp_listing(site, f"/{y}/{m:02d}/", f'<h1 class="page-title">月份：<span>{y}年{m}月</span></h1>', "archive date",
                   f"{y}年{m}月 - {WP_NAME}", [a for a in posts if (a.when.year, a.when.month) == (y, m)], side)  # fmt: skip
    for t, ps in tags.items():
        wp_listing(site, f"/tag/{wp_slug(t)}/", f'<h1 class="page-title">标签：<span>{t}</span></h1>',
                   f"archive tag tag-{wp_slug(t)}", f"{t} - {WP_NAME}", ps, side)  # fmt: skip
    for slug, name in WP_AUTHORS.items():
        wp_listing(site, f"/author/{slug}/", f'<h1 class="page-title">作者：<span class="vcard">{name}</span></h1>',
                   f"archive author author-{slug}", f"{name} - {WP_NAME}", [a for a in posts if a.author == slug],
                   side)  # fmt: skip
    for i, a in enumerate(posts):  # the post navigation: the previous (older) and next (newer) post of the whole site
        site[a.path] = wp_post(a, posts[i + 1] if i + 1 < len(posts) else None, posts[i - 1] if i else None, side)
    about = "".join(f"<p>{p}</p>" for p in (
        f"{WP_NAME}创办于1998年，是临溪市教育局直属的一所全日制公办小学，现有教学班48个，学生2100余人，教职工126人。",
        "学校秉承“育英才、启智慧”的办学理念，以“快乐学习、健康成长”为目标，形成了书香校园和科技教育两大特色。",
        "学校先后获得省级文明校园、省示范性小学、全国青少年科技创新教育示范学校等荣誉称号。",
    ))  # fmt: skip
    site["/about/"] = wp_page(
        f"学校简介 - {WP_NAME}", "page-template-default page page-id-2 page-two-column",
        '<div id="primary" class="content-area"><main id="main" class="site-main" role="main"><article id="post-2" '
        'class="post-2 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">学校简介'
        f'</h1></header><div class="entry-content">{about}</div></article></main></div>',
        f"<link rel=\"canonical\" href=\"{H}/about/\" />\n<link rel='shortlink' href='{H}/?p=2' />")  # fmt: skip
    site["/?p=2"] = site["/?page_id=2"] = (301, "", {"Location": f"{H}/about/", "Content-Type": "text/html"})
    rfc = "%a, %d %b %Y %H:%M:%S +0000"
    items = "".join(f"<item><title>{a.title}</title><link>{H}{a.path}</link><pubDate>{a.when - timedelta(hours=8):{rfc}}"
                    f'</pubDate><guid isPermaLink="false">{H}/?p={a.aid}</guid></item>' for a in posts[:10])  # fmt: skip
    site["/feed/"] = (200, f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{WP_NAME}</title>'
                      f"<link>{H}</link>{items}</channel></rss>", {"Content-Type": "application/rss+xml; charset=UTF-8"})  # fmt: skip
    return site, {a.path: a for a in posts}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_southidc_fixture_is_the_site_it_claims_to_be():
    site, truth = southidc_site()
    assert len(truth) == 30 + 16 + 14 and len(html_pages(site)) <= 90
    first = site["/news/list.asp?classid=1"]
    assert "共 <b>30</b> 条记录 &nbsp;页次：<b><font color='red'>1</font>/3</b> &nbsp;每页：<b>12</b> 条" in first
    assert "首页 上一页 <a href='list.asp?classid=1&page=2'>下一页</a>" in first
    assert "/news/list.asp?classid=1&page=3" in site and "/news/list.asp?classid=1&page=4" not in site
    assert "/news/list.asp?classid=2&page=2" in site and "/news/list.asp?classid=3&page=2" in site
    a = next(iter(truth.values()))
    assert JIANGBEI.kind_of(a.path) == "article", "the URL shape of the built-in profile's articles"
    assert f"发布时间：{a.when.year}-{a.when.month}-{a.when.day} {a.when.hour}:" in site[a.path]
    assert f'<script src="GetHits.asp?id={a.aid}"></script>' in site[a.path] and f"/news/GetHits.asp?id={a.aid}" in site
    assert "<h1" not in site[a.path] and 'class="info"' not in site[a.path] and 'id="content"' not in site[a.path]
    site[a.path].encode("gbk")  # "gb2312" as browsers read it (GBK) holds every page


def test_the_wordpress_fixture_is_the_site_it_claims_to_be():
    site, truth = wordpress_site()
    assert len(truth) == 23 + 15 + 12 and len(html_pages(site)) <= 110
    assert {"/page/5/", "/category/xxxw/page/3/", "/category/tzgg/page/2/", "/category/jxjy/page/2/"} <= set(site)
    assert "/page/6/" not in site and "/category/tzgg/page/3/" not in site and "/category/xxxw/page/4/" not in site
    tz = site["/category/tzgg/"]
    assert f'<link rel="next" href="{H}/category/tzgg/page/2/" />' in tz and 'class="next page-numbers"' in tz
    assert (
        sum(
            1
            for p in truth
            if f'href="{H}{p}" rel="bookmark"' in site["/category/tzgg/"] + site["/category/tzgg/page/2/"]
        )
        == 16
    )
    a = next(a for a in truth.values() if a.updated)
    assert re.fullmatch(r"/2023/\d\d/\d\d/(%[0-9a-f]{2}|[0-9])+/", a.path)
    assert f'<time class="entry-date published" datetime="{a.when:%Y-%m-%dT%H:%M:%S}+08:00">' in site[a.path]
    early = next(a for a in truth.values() if a.when.hour == 7)
    assert f'"article:published_time" content="{early.when - timedelta(days=1):%Y-%m-%d}T23:' in site[early.path]
    assert "<time" not in site["/about/"] and 'id="content" class="site-content"' in site["/about/"]
    assert {f"/{y}/{m}/" for y, m in (("2023", "01"), ("2023", "06"))} <= set(site)


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {
    "southidc": (southidc_site, lambda site: Server(site, iis_key, "gbk", "text/html"), iis_key),
    "wordpress": (wordpress_site, lambda site: Server(site, wp_key), wp_key),
}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    build, serve, key = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, serve(site), truth, key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
