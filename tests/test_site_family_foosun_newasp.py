"""Whole sites of two more ASP-era CMS families (both ASP on IIS, GB2312), written by hand after their template
markup and crawled with nothing but the home page's address: a 风讯 FoosunCMS (3.x/4.x ASP, pages generated as
static .html) middle school and a 新云 NewAsp / 动易-like ASP article system (dynamic URLs) primary school. Each has a
home page with a menu and boxes of the newest rows (更多>>), three columns of two or three list pages, a single page
(学校简介: an undated text, not an article), an image-only notice, an article listed in two columns, side boxes of
the column's sub-menu and undated 热点 links, attachments and a footer with 版权所有 and the ICP number. The archive
must hold exactly the articles each site was generated with, each with its title and its day.

* Foosun: every page a generated file IIS sends as ``text/html`` with no charset (the ``<meta>`` says gb2312). The
  menu is the ClassNavi label (``<a href="/html/xwdt/index.html" class="navi">`` … ``┊``). Columns
  /html/xwdt/index.html, index_2.html, index_3.html (the class's 保存路径; 更多 links the folder /html/xwdt/), rows
  ``<li><span class="date">2023-05-06</span><a href="/html/xwdt/2023-5/6/20230506152231742.html" title=…>``
  (news files under a 年-月/日 folder, named by their time and three random digits, no id in them). Two pager styles
  of the ClassList label: the text one ``<div class="page">共30条记录 共3页 当前第1页 首页 上一页 <a
  href="index_2.html">下一页</a> <a>尾页</a> 转到第<select onchange=…><option value="index_2.html">2</option>…</select>页``
  and the symbol one ``<a title="首页">|&lt;</a> <a title="上一页">&lt;&lt;</a> <font color="red">1</font> <a>2</a>
  <a title="下一页">&gt;&gt;</a> <a title="尾页">&gt;|</a> 共2页 13条`` (教育科研). Articles: ``<div class="news_title">
  <h1>``, ``<div class="news_info">作者：… 来源：… 点击：<script src="/Click.asp?NewsID=…&Type=NS"></script> 更新时间：
  2023年05月06日</div>``, ``<div id="news_content">``, attachments under /UpLoadFiles/, 上一篇/下一篇 (没有了). 学校简介
  is a 单页面 class (/html/xxgk/index.html). 通知公告 lists a 新闻动态 item by its own file.
* NewAsp / 动易-like: ASP pages sent ``text/html; Charset=gb2312``. The channel /Article/ (Index.asp),
  /Article/ShowClass.asp?ClassID=2 and its pages ``ShowClass.asp?ClassID=2&page=2``, linked by the pager as bare
  queries (``?ClassID=2&page=2``): ``<div class="showpage">共有 <font color="red">30</font> 篇文章 页次：<font
  color="red">1</font>/3页 每页12篇 <font face="webdings">9</font> <font face="webdings">7</font> [<font
  color="red">1</font>] [<a>2</a>] [<a>3</a>] <a><font face="webdings">8</font></a> <a><font
  face="webdings">:</font></a> 转到：<select onchange=…><option value='1'>第1页</option>…`` (webdings glyphs for
  首页/上一页/下一页/尾页). Rows ``·<a href="ShowArticle.asp?ArticleID=356" title="文章标题：…&#13;&#10;作者：…&#13;&#10;
  更新时间：2023-5-6 15:22:31">…</a> <font color="#999999">(2023-5-6)</font>`` (ASP's unpadded date). Articles
  /Article/ShowArticle.asp?ArticleID=356: the title in ``<td class="ArticleTitle"><b>``, the line ``作者：…
  来源：… 点击：<script src="GetHits.asp?ArticleID=356"></script> 更新时间：2023-5-6 15:22:31``, ``<td id="fontzoom"
  class="ArticleContent">``, 上一篇文章/下一篇文章, 相关文章 (dated). Side boxes 热点文章 and 推荐文章 (undated; links
  in another case: ``showarticle.asp?articleid=``). 学校简介 is /Page.asp?ID=1; each article's 发表评论 links its
  Comment.asp?ArticleID=356 (the comment form, 没有任何评论). ShowClass.asp answers a page past the last with the
  last page (ASP's ``if page > maxpage then page = maxpage``), as a real one does.

IIS answers paths and parameter names in any case, parameters in any order; archived URLs are compared so. No page
is copied from a real site."""

import re
import urllib.parse
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import (
    DOC,
    IMAGE,
    attach,
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    html_pages,
    iis_key,
    neighbours,
    numbered,
    prose,
    short,
    titles,
)


@dataclass
class Art:
    path: str  # the article's URL path (and query)
    title: str
    when: datetime
    source: str = "本站原创"
    author: str = "admin"
    body: str = ""
    aid: int = 0  # the CMS's own id
    files: tuple = ()  # (url, name) of its attachments

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


class Server(dict):
    """A site ({path: page}) as IIS answers it: any case, any order of parameters, pages in GBK sent as ``ctype``;
    with ``paged`` (a script's path), a list's ``page`` past its last (or below 1) answered as ASP's list code
    does: ``if page > maxpage then page = maxpage``."""

    def __init__(self, site, ctype, paged=None):
        super().__init__(site)
        self.ctype, self.paged = ctype, paged
        self.answers = {iis_key(p): v for p, v in site.items()}

    def clamped(self, key):
        base, _, query = key.partition("?")
        params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
        if base != self.paged or "page" not in params:
            return key
        rest = {k: v for k, v in params.items() if k != "page"}
        pages = []
        for other in self.answers:
            b, _, q = other.partition("?")
            theirs = dict(urllib.parse.parse_qsl(q))
            if b == base and theirs.pop("page", "x").isdigit() and theirs == rest:
                pages.append(int(dict(urllib.parse.parse_qsl(q))["page"]))
        if not pages:
            return key
        n = int(params["page"]) if params["page"].isdigit() else 1
        return iis_key(f"{base}?{urllib.parse.urlencode({**rest, 'page': min(max(n, 1), max(pages))})}")

    def get(self, path, default=None):
        entry = self.answers.get(self.clamped(iis_key(path)), default)
        if isinstance(entry, str):
            return 200, entry.encode("gbk"), self.ctype
        return entry


def asp_time(t):
    """ASP's Now as a zh-CN server writes it: 2023-5-6 9:05:33."""
    return f"{t.year}-{t.month}-{t.day} {t.hour}:{t:%M:%S}"


# ---- 1. 风讯 FoosunCMS: a middle school ----------------------------------------------------------------------------

FS_NAME = "松阳县实验中学"
FS_CLASSES = {  # class dir: (name, pager style)
    "xxgk": ("学校概况", ""),
    "xwdt": ("新闻动态", "text"),
    "tzgg": ("通知公告", "text"),
    "jyky": ("教育科研", "symbol"),
}


def fs_list_url(d, k=1):
    return f"/html/{d}/index.html" if k == 1 else f"/html/{d}/index_{k}.html"


def fs_page(title, body):
    navi = "┊".join(f'<a href="{fs_list_url(d)}" class="navi">{n}</a>' for d, (n, _) in FS_CLASSES.items())
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        f'<title>{title}</title>\n<meta name="keywords" content="{FS_NAME},松阳实验中学" />\n'
        '<meta name="generator" content="Foosun Content Manager System" />\n<link href="/Templets/syzx/css/style.css" '
        'rel="stylesheet" type="text/css" />\n<script language="javascript" src="/Templets/syzx/js/menu.js"></script>\n'
        '</head>\n<body>\n<div id="wrap">\n<div id="header"><div class="logo"><a href="/index.html"><img '
        f'src="/Templets/syzx/images/logo.gif" alt="{FS_NAME}" border="0" /></a></div><div class="topr"><a '
        'href="javascript:window.external.AddFavorite(location.href,document.title)">加入收藏</a> | <a '
        f'href="/html/xxgk/index.html">联系我们</a></div></div>\n<div id="navi"><a href="/index.html" class="navi">网站首页</a>┊'
        f"{navi}</div>\n{body}\n"
        '<div id="footer">版权所有 &copy; 2008-2023 '
        + FS_NAME
        + " &nbsp;地址：松阳县西屏镇文教路18号 &nbsp;电话：0578-8061234"
        '<br /><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备08012345号</a> &nbsp;Powered by <a '
        'href="http://www.foosun.net/" target="_blank">Foosun</a></div>\n</div>\n</body>\n</html>'
    )


def fs_side(d, hot):
    name = FS_CLASSES[d][0]
    subs = "".join(f'<li><a href="{fs_list_url(c)}"{" class=on" if c == d else ""}>{n}</a></li>'
                   for c, (n, s) in FS_CLASSES.items() if s)  # fmt: skip
    hots = "".join(
        f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 14)}</a></li>' for a in hot
    )
    return (f'<div id="left"><div class="lbox"><div class="lbox_t">{name}</div><ul class="sub">{subs}</ul></div>'
            f'<div class="lbox"><div class="lbox_t">热点新闻</div><ul class="hot">{hots}</ul></div></div>')  # fmt: skip


def fs_location(*parts):
    crumbs = "".join(f' &gt;&gt; <a href="{u}">{t}</a>' if u else f" &gt;&gt; {t}" for t, u in parts)
    return f'<div class="location">您现在的位置：<a href="/index.html">首页</a>{crumbs}</div>'


def fs_pager(d, k, n, total):
    def url(i):
        return "index.html" if i == 1 else f"index_{i}.html"

    if FS_CLASSES[d][1] == "text":
        first = "首页 上一页" if k == 1 else f'<a href="{url(1)}">首页</a> <a href="{url(k - 1)}">上一页</a>'
        last = "下一页 尾页" if k == n else f'<a href="{url(k + 1)}">下一页</a> <a href="{url(n)}">尾页</a>'
        opts = "".join(f'<option value="{url(i)}"{" selected" if i == k else ""}>{i}</option>' for i in range(1, n + 1))
        return (f'<div class="page">共{total}条记录 共{n}页 当前第{k}页 &nbsp;{first} {last} &nbsp;转到第<select '
                'name="page" onchange="javascript:window.location.href=this.options[this.selectedIndex].value;">'
                f"{opts}</select>页</div>")  # fmt: skip
    html = '<div class="page">'
    html += '<span title="首页">|&lt;</span> <span title="上一页">&lt;&lt;</span>' if k == 1 else (
        f'<a href="{url(1)}" title="首页">|&lt;</a> <a href="{url(k - 1)}" title="上一页">&lt;&lt;</a>')  # fmt: skip
    html += "".join(
        f' <font color="red">{i}</font>' if i == k else f' <a href="{url(i)}">{i}</a>' for i in range(1, n + 1)
    )
    html += ' <span title="下一页">&gt;&gt;</span> <span title="尾页">&gt;|</span>' if k == n else (
        f' <a href="{url(k + 1)}" title="下一页">&gt;&gt;</a> <a href="{url(n)}" title="尾页">&gt;|</a>')  # fmt: skip
    return html + f" 共{n}页 {total}条</div>"


def fs_click(a):
    return f"/Click.asp?NewsID={a.aid}&Type=NS"


def fs_article(a, d, older, newer, hot):
    def link(label, r):
        return f'{label}：<a href="{r.path}" title="{r.title}">{r.title}</a>' if r else f"{label}：没有了"

    files = "".join(f'<p>附件：<a href="{u}" target="_blank">{n}</a></p>' for u, n in a.files)
    main = (
        f'<div id="right">{fs_location((FS_CLASSES[d][0], fs_list_url(d)), ("正文", ""))}\n<div class="news">\n'
        f'<div class="news_title"><h1>{a.title}</h1></div>\n<div class="news_info">作者：{a.author}&nbsp;&nbsp;'
        f'来源：{a.source}&nbsp;&nbsp;点击：<script language="javascript" src="{fs_click(a)}"></script>&nbsp;&nbsp;'
        f'更新时间：{a.when:%Y年%m月%d日}&nbsp;&nbsp;【<a href="javascript:doZoom(16)">大</a> <a '
        'href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>\n'
        f'<div id="news_content">{a.body}{files}</div>\n<div class="news_pn">{link("上一篇", older)}<br />'
        f'{link("下一篇", newer)}</div>\n<div class="news_tool">【<a href="javascript:window.print()">打印本页</a>】'
        '【<a href="javascript:window.close()">关闭窗口</a>】</div>\n</div></div>'
    )
    return fs_page(f"{a.title}_{FS_CLASSES[d][0]}_{FS_NAME}", f'<div id="main">{fs_side(d, hot)}\n{main}</div>')


def foosun_site():
    site = {}
    news = [Art("", t, w, author=("校办", "政教处", "团委", "年级组")[k % 4], source="学校办公室")
            for k, (t, w) in enumerate(zip(titles(("我校", "七年级", "八年级", "九年级", "校团委", "政教处", "教务处",
                                                  "校学生会", "校广播站", "校足球队"),
                                                 ("举行新学期开学典礼", "开展交通安全主题教育", "召开期中家长会",
                                                  "举行地震应急疏散演练", "举办校园科技节", "开展研学旅行活动",
                                                  "举行入团仪式"), 30),
                                          days("2023-06-27 15:22", 30, 5)))]  # fmt: skip
    notices = [Art("", t, w, source="校长室", author="办公室")
               for t, w in zip(titles(("2023年春季开学报到", "2023年清明节放假", "2023年五一劳动节放假",
                                       "2023年端午节放假", "开展校园周边安全整治", "2023年七年级新生招生",
                                       "九年级学业水平考试", "暑期安全教育及放假"),
                                      ("的通知", "的安排", "有关事项的通知"), 17, "关于{}{}"),
                               days("2023-06-25 09:40", 17, 9))]  # fmt: skip
    jy = [Art("", t, w, source="教科室", author="教科室")
          for t, w in zip(titles(("语文教研组", "数学教研组", "英语教研组", "科学教研组", "社会教研组", "体艺教研组", "综合实践组"),
                                  ("开展同课异构活动", "举行青年教师汇报课", "开展小课题结题交流"), 13),
                          days("2023-06-20 14:10", 13, 11))]  # fmt: skip
    numbered(news + notices + jy, 1)
    for d, arts in (("xwdt", news), ("tzgg", notices), ("jyky", jy)):
        for a in arts:  # the news file: its time and three digits the generator drew
            a.path = (
                f"/html/{d}/{a.when.year}-{a.when.month}/{a.when.day}/{a.when:%Y%m%d%H%M%S}{a.aid * 37 % 1000:03d}.html"
            )
    for k, a in enumerate(news + notices + jy):
        a.body = prose(a.title, FS_NAME, k + 1)
        site[fs_click(a)] = (200, f"document.write('{40 + 11 * k}');", "application/x-javascript")
    for a in (notices[1], notices[6], jy[3]):
        attach(site, a, f"/UpLoadFiles/{a.when.year}-{a.when.month}/{a.when:%Y%m%d%H%M%S}.doc", f"{a.title[:10]}.doc")
    scan = notices[3]  # a notice published as one scanned page
    picture = f"/UpLoadFiles/{scan.when.year}-{scan.when.month}/{scan.when:%Y%m%d%H%M%S}.png"
    scan.body = f'<p align="center"><img src="{picture}" border="0" alt="" /></p>'
    site[picture] = IMAGE
    shared = news[5]  # a news item the 通知公告 list also shows
    hot = [news[2], notices[0], jy[1], news[11], notices[5]]
    columns = {"xwdt": (news, 12), "tzgg": (sorted([*notices, shared], key=lambda a: a.when, reverse=True), 12),
               "jyky": (jy, 10)}  # fmt: skip
    for d, (listed, per) in columns.items():
        n = -(-len(listed) // per)
        for k in range(1, n + 1):
            rows = "".join(f'<li><span class="date">{a.day}</span><a href="{a.path}" title="{a.title}" target="_blank">'
                           f"{short(a.title, 26)}</a></li>\n" for a in listed[(k - 1) * per : k * per])  # fmt: skip
            main = (f'<div id="right">{fs_location((FS_CLASSES[d][0], ""))}\n<div class="list"><ul>\n{rows}</ul>\n'
                    f"{fs_pager(d, k, n, len(listed))}</div></div>")  # fmt: skip
            site[fs_list_url(d, k)] = fs_page(f"{FS_CLASSES[d][0]}_{FS_NAME}", f'<div id="main">{fs_side(d, hot)}\n'
                                              f"{main}</div>")  # fmt: skip
        site[f"/html/{d}/"] = site[fs_list_url(d)]
    for d, arts in (("xwdt", news), ("tzgg", notices), ("jyky", jy)):
        for a, older, newer in neighbours(arts):
            site[a.path] = fs_article(a, d, older, newer, hot)
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{FS_NAME}创办于1958年，是县教育局直属的一所公办初级中学，现有教学班30个，在校学生1400余人，教职工126人。",
        "学校秉承“厚德、博学、笃行、创新”的校训，先后获得市文明学校、市示范性初中、省绿色学校等荣誉称号。",
        "学校建有标准化运动场、图书馆、实验楼和艺术楼，为学生的全面发展提供了良好的条件。",
    ))  # fmt: skip
    site["/html/xxgk/index.html"] = site["/html/xxgk/"] = fs_page(
        f"学校概况_{FS_NAME}", f'<div id="main">{fs_side("xxgk", hot)}\n<div id="right">{fs_location(("学校概况", ""))}'
        f'<div class="single"><h2>学校简介</h2>{about}</div></div></div>')  # fmt: skip

    def box(d, arts):
        lis = "".join(f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 18)}</a>'
                      f"<span>{a.when:%m-%d}</span></li>\n" for a in arts)  # fmt: skip
        return (f'<div class="box"><div class="box_t"><span class="more"><a href="/html/{d}/">更多&gt;&gt;</a></span>'
                f"<h3>{FS_CLASSES[d][0]}</h3></div><ul>\n{lis}</ul></div>\n")  # fmt: skip

    pics = "".join(f'<li><a href="{a.path}" target="_blank"><img src="/UpLoadFiles/pic/{i}.png" border="0" /></a>'
                   f'<p><a href="{a.path}" target="_blank">{short(a.title, 10)}</a></p></li>' for i, a in enumerate(news[:4]))  # fmt: skip
    for i in range(4):
        site[f"/UpLoadFiles/pic/{i}.png"] = IMAGE
    home = (f'<div id="main"><div class="box picnews"><div class="box_t"><h3>图片新闻</h3></div><ul>{pics}</ul></div>\n'
            f'{box("xwdt", news[:8])}{box("tzgg", columns["tzgg"][0][:8])}{box("jyky", jy[:6])}'
            f'<div class="box"><div class="box_t"><span class="more"><a href="/html/xxgk/">更多&gt;&gt;</a></span><h3>'
            f"学校简介</h3></div><p>{FS_NAME}创办于1958年，是县教育局直属的一所公办初级中学……</p></div>"
            '<div class="links">友情链接：<a href="http://www.moe.gov.cn/" target="_blank">教育部</a> <a '
            'href="http://jyt.zj.gov.cn/" target="_blank">浙江省教育厅</a></div></div>')  # fmt: skip
    site["/"] = site["/index.html"] = fs_page(f"{FS_NAME}_首页", home)
    site["/Templets/syzx/js/menu.js"] = (200, "/* Foosun */", "application/x-javascript")
    return site, {a.path: a for a in news + notices + jy}


# ---- 2. 新云 NewAsp / 动易-like ASP: a primary school ----------------------------------------------------------------

NA_NAME = "桃源区城南小学"
NA_CLASSES = {2: "学校新闻", 3: "通知公告", 5: "教学教研"}
NA_PER = 12
NA_PAGED = "/article/showclass.asp"  # the list script, which clamps its page parameter


def na_page(title, body):
    menu = (("网站首页", "/index.asp"), ("学校简介", "/Page.asp?ID=1"), ("文章中心", "/Article/Index.asp"),
            *((n, f"/Article/ShowClass.asp?ClassID={c}") for c, n in NA_CLASSES.items()))  # fmt: skip
    nav = " | ".join(f'<a href="{u}" class="menu">{t}</a>' for t, u in menu)
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f'<title>{title}</title>\n<meta name="keywords" content="{NA_NAME},城南小学">\n<link href="/skin/default/style.css" '
        'rel="stylesheet" type="text/css">\n<script language="javascript" src="/inc/main.js"></script>\n</head>\n'
        '<body leftmargin="0" topmargin="0">\n<table width="960" border="0" align="center" cellpadding="0" '
        'cellspacing="0"><tr><td height="110" background="/skin/default/top_bg.jpg">&nbsp;</td></tr><tr><td '
        f'class="menu_bg" height="32" align="center">{nav}</td></tr></table>\n{body}\n<table width="960" border="0" '
        'align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center" height="70">'
        f"Copyright &copy; 2006-2023 {NA_NAME} 版权所有 &nbsp;地址：桃源区城南路66号 &nbsp;电话：0736-6812345<br>"
        '<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备07054321号</a> &nbsp;Powered by NewAsp</td></tr>'
        "</table>\n</body>\n</html>"
    )


def na_box(name, inner, more=""):
    link = f'<a href="{more}">更多&gt;&gt;</a>' if more else ""
    return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="tableborder"><tr><td class="tablehead">'
            f'&nbsp;<b>{name}</b></td><td class="tablehead" align="right">{link}&nbsp;</td></tr><tr><td colspan="2" '
            f'class="tablebody">{inner}</td></tr></table>')  # fmt: skip


def na_side(here, hot, picks):
    cols = "".join(f'<div class="{"cls_on" if c == here else "cls"}">·<a href="/Article/ShowClass.asp?ClassID={c}">{n}</a></div>'
                   for c, n in NA_CLASSES.items())  # fmt: skip

    def links(arts):
        return "".join(f'<div>·<a href="/article/showarticle.asp?articleid={a.aid}" title="{a.title}" target="_blank">'
                       f"{short(a.title, 13)}</a></div>" for a in arts)  # fmt: skip

    return na_box("文章分类", cols) + na_box("热点文章", links(hot)) + na_box("推荐文章", links(picks))


def na_crumbs(*parts):
    crumbs = "".join(
        f'&nbsp;&gt;&gt;&nbsp;<a href="{u}">{t}</a>' if u else f"&nbsp;&gt;&gt;&nbsp;{t}" for t, u in parts
    )
    return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="location">&nbsp;您现在的位置：'
            f'&nbsp;<a href="/index.asp">{NA_NAME}</a>{crumbs}</td></tr></table>')  # fmt: skip


def na_pager(c, k, n, total):
    """The list's ShowPage: webdings glyphs for 首页/上一页/下一页/尾页, the pages as bare queries, a jump select."""

    def url(i):
        return f"?ClassID={c}&page={i}"

    w = '<font face="webdings">{}</font>'
    first = (f'{w.format("9")} {w.format("7")}' if k == 1 else
             f'<a href="{url(1)}" title="首页">{w.format("9")}</a> <a href="{url(k - 1)}" title="上一页">{w.format("7")}</a>')  # fmt: skip
    last = (f'{w.format("8")} {w.format(":")}' if k == n else
            f'<a href="{url(k + 1)}" title="下一页">{w.format("8")}</a> <a href="{url(n)}" title="尾页">{w.format(":")}</a>')  # fmt: skip
    nums = " ".join(
        f'[<font color="red">{i}</font>]' if i == k else f'[<a href="{url(i)}">{i}</a>]' for i in range(1, n + 1)
    )
    opts = "".join(f"<option value='{i}'{' selected' if i == k else ''}>第{i}页</option>" for i in range(1, n + 1))
    return (f'<div class="showpage">共有 <font color="red">{total}</font> 篇文章 &nbsp;页次：<font color="red">{k}</font>'
            f"/{n}页 &nbsp;每页{NA_PER}篇 &nbsp;{first} {nums} {last} &nbsp;转到：<select name='page' size='1' "
            f"onchange=\"javascript:window.location='?ClassID={c}&page='+this.options[this.selectedIndex].value;\">"
            f"{opts}</select></div>")  # fmt: skip


def na_row(a, cut):
    tip = f"文章标题：{a.title}&#13;&#10;作者：{a.author}&#13;&#10;更新时间：{asp_time(a.when)}"
    return (f'<tr><td height="24">·<a href="ShowArticle.asp?ArticleID={a.aid}" title="{tip}" target="_blank">'
            f'{short(a.title, cut)}</a></td><td width="90" align="right"><font color="#999999">({a.when.year}-'
            f"{a.when.month}-{a.when.day})</font></td></tr>")  # fmt: skip


def na_article(a, c, older, newer, related, hot, picks):
    def link(label, r):
        return f'{label}：<a href="ShowArticle.asp?ArticleID={r.aid}">{r.title}</a>' if r else f"{label}：没有了"

    files = "".join(f'<br>附件下载：<a href="{u}" target="_blank">{n}</a>' for u, n in a.files)
    rel = "".join(f'<li><a href="ShowArticle.asp?ArticleID={r.aid}">{r.title}</a>&nbsp;({r.when.year}-{r.when.month}-'
                  f"{r.when.day})</li>" for r in related if r is not a)  # fmt: skip
    main = (
        na_crumbs(("文章中心", "Index.asp"), (NA_CLASSES[c], f"ShowClass.asp?ClassID={c}"), ("正文", ""))
        + '<table width="100%" border="0" cellspacing="0" cellpadding="0" class="tableborder">'
        f'<tr><td class="ArticleTitle" align="center" height="50"><b>{a.title}</b></td></tr>'
        f'<tr><td class="ArticleInfo" align="center" height="26">作者：{a.author}&nbsp;&nbsp;&nbsp;来源：{a.source}'
        f'&nbsp;&nbsp;&nbsp;点击：<script language="javascript" src="GetHits.asp?ArticleID={a.aid}"></script>'
        f'&nbsp;&nbsp;&nbsp;更新时间：{asp_time(a.when)}&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a>'
        ' <a href="javascript:fontZoom(12)">小</a>】</td></tr>'
        f'<tr><td id="fontzoom" class="ArticleContent" style="padding:12px 18px;line-height:180%">{a.body}{files}</td></tr>'
        f'<tr><td height="26"><li>{link("上一篇文章", older)}</li><li>{link("下一篇文章", newer)}</li></td></tr>'
        f'<tr><td align="right">【<a href="Comment.asp?ArticleID={a.aid}" target="_blank">发表评论</a>】【<a '
        'href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>'
        "</table>" + na_box("相关文章", f"<ul>{rel}</ul>")
    )
    return na_page(f"{NA_NAME}--{a.title}", na_layout(na_side(c, hot, picks), main))


def na_layout(side, main):
    return (f'<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td width="220" '
            f'valign="top">{side}</td><td width="8"></td><td valign="top">{main}</td></tr></table>')  # fmt: skip


def newasp_site():
    site = {}
    news = [Art("", t, w, author=("校办", "少先队", "德育处")[k % 3], source="本站原创")
            for k, (t, w) in enumerate(zip(titles(("我校", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
                                                  "少先队大队部", "校鼓号队"),
                                                 ("举行开学升旗仪式", "开展“文明礼仪”主题教育", "召开新生家长会",
                                                  "开展经典诵读展示", "举行趣味运动会", "参加区艺术节展演",
                                                  "开展植树护绿活动"), 29),
                                          days("2023-06-28 16:05", 29, 5)))]  # fmt: skip
    notices = [Art("", t, w, source="校长办公室", author="校办")
               for t, w in zip(titles(("2023年春季学期开学", "清明节放假", "劳动节放假", "端午节放假",
                                       "开展防溺水安全教育", "2023年一年级新生报名", "期末考试安排", "暑假放假"),
                                      ("的通知", "的温馨提示", "的补充通知"), 16, "关于{}{}"),
                               days("2023-06-26 08:30", 16, 9))]  # fmt: skip
    jy = [Art("", t, w, source="教导处", author="教导处")
          for t, w in zip(titles(("语文组", "数学组", "英语组", "科学组", "综合组"),
                                 ("开展集体备课", "举行课堂教学开放周", "开展作业设计评比"), 14),
                          days("2023-06-21 15:30", 14, 10))]  # fmt: skip
    numbered(news + notices + jy, 356)
    for k, a in enumerate(news + notices + jy):
        a.path = f"/Article/ShowArticle.asp?ArticleID={a.aid}"
        a.body = prose(a.title, NA_NAME, k + 2)
        site[f"/Article/GetHits.asp?ArticleID={a.aid}"] = (200, f"document.write('{30 + 7 * k}');",
                                                           "application/x-javascript")  # fmt: skip
    for a in (notices[0], notices[5], jy[2]):
        attach(site, a, f"/Article/UploadFiles/{a.when:%Y%m}/{a.when:%Y%m%d%H%M%S}.doc", f"{a.title[:8]}.doc")
    scan = notices[4]
    picture = f"/Article/UploadFiles/{scan.when:%Y%m}/{scan.when:%Y%m%d%H%M%S}.png"
    scan.body = f'<p align="center"><img src="{picture}" border="0"></p>'
    site[picture] = IMAGE
    shared = news[3]  # a news item the 通知公告 list also shows
    hot = [news[1], notices[2], jy[0], news[9], notices[7]]
    picks = [news[0], jy[4], notices[1]]
    columns = {2: news, 3: sorted([*notices, shared], key=lambda a: a.when, reverse=True), 5: jy}
    for c, listed in columns.items():
        n = -(-len(listed) // NA_PER)
        for k in range(1, n + 1):
            rows = "".join(na_row(a, 24) for a in listed[(k - 1) * NA_PER : k * NA_PER])
            main = (na_crumbs(("文章中心", "Index.asp"), (NA_CLASSES[c], "")) + na_box(NA_CLASSES[c], f'<table '
                    f'width="100%" border="0" cellspacing="0" cellpadding="0">{rows}</table>')
                    + na_pager(c, k, n, len(listed)))  # fmt: skip
            site[f"/Article/ShowClass.asp?ClassID={c}&page={k}"] = na_page(
                f"{NA_NAME}--{NA_CLASSES[c]}", na_layout(na_side(c, hot, picks), main))  # fmt: skip
        site[f"/Article/ShowClass.asp?ClassID={c}"] = site[f"/Article/ShowClass.asp?ClassID={c}&page=1"]
    for c, arts in ((2, news), (3, notices), (5, jy)):
        for i, (a, older, newer) in enumerate(neighbours(arts)):
            site[a.path] = na_article(a, c, older, newer, arts[i + 1 : i + 5], hot, picks)
            form = (f'<form method="post" action="Comment.asp?Action=Save&ArticleID={a.aid}">评论文章：<a href="ShowArticle.asp?'
                    f'ArticleID={a.aid}">{a.title}</a><br>姓名：<input name="UserName" size="16"> 内容：<textarea '
                    'name="Content" cols="50" rows="5"></textarea> <input type="submit" value="发表评论"></form>')  # fmt: skip
            site[f"/Article/Comment.asp?ArticleID={a.aid}"] = na_page(f"{NA_NAME}--网友评论", na_layout(
                na_side(c, hot, picks), na_crumbs(("网友评论", "")) + na_box("网友评论", "没有任何评论") + form))  # fmt: skip

    def rows(arts, cut):
        return '<table width="100%" border="0" cellspacing="0" cellpadding="0">' + "".join(
            f'<tr><td height="22">·<a href="Article/ShowArticle.asp?ArticleID={a.aid}" title="{a.title}" '
            f'target="_blank">{short(a.title, cut)}</a></td><td align="right" width="50">{a.when.month}-{a.when.day}'
            "</td></tr>" for a in arts) + "</table>"  # fmt: skip

    channel = "".join(na_box(n, rows(columns[c][:10], 22), f"ShowClass.asp?ClassID={c}") for c, n in NA_CLASSES.items())
    channel = na_crumbs(("文章中心", "")) + channel.replace('href="Article/', 'href="')
    site["/Article/"] = site["/Article/Index.asp"] = na_page(
        f"{NA_NAME}--文章中心", na_layout(na_side(0, hot, picks), channel)
    )
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{NA_NAME}始建于1962年，是一所区属公办完全小学，现有教学班32个，学生1500余人，教职工86人。",
        "学校以“让每一个孩子快乐成长”为办学宗旨，形成了书法教育和校园足球两大特色。",
        "学校先后被评为市级文明单位、市级示范性小学和省级绿色学校。",
    ))  # fmt: skip
    site["/Page.asp?ID=1"] = na_page(f"{NA_NAME}--学校简介", na_layout(
        na_side(0, hot, picks), na_crumbs(("学校简介", "")) + na_box("学校简介", about)))  # fmt: skip
    home = na_layout(
        na_box("通知公告", rows(columns[3][:8], 13), "Article/ShowClass.asp?ClassID=3")
        + na_box("学校简介", f'　　{NA_NAME}始建于1962年，是一所区属公办完全小学……[<a href="Page.asp?ID=1">详细</a>]'),
        na_box("学校新闻", rows(news[:8], 24), "Article/ShowClass.asp?ClassID=2")
        + na_box("教学教研", rows(jy[:6], 24), "Article/ShowClass.asp?ClassID=5")
        + '<table width="100%"><tr><td>友情链接：<a href="http://www.moe.gov.cn/" target="_blank">教育部</a> <a '
        'href="http://jyt.hunan.gov.cn/" target="_blank">湖南省教育厅</a></td></tr></table>',
    )
    site["/"] = site["/index.asp"] = na_page(f"{NA_NAME}--首页", home)
    site["/inc/main.js"] = (200, "/* NewAsp */", "application/x-javascript")
    return site, {a.path: a for a in news + notices + jy}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_foosun_fixture_is_the_site_it_claims_to_be():
    site, truth = foosun_site()
    assert len(truth) == 30 + 17 + 13 and len(html_pages(site)) <= 90
    first = site["/html/xwdt/"]
    assert ('<div class="page">共30条记录 共3页 当前第1页 &nbsp;首页 上一页 <a href="index_2.html">下一页</a> '
            '<a href="index_3.html">尾页</a>') in first  # fmt: skip
    assert "/html/xwdt/index_3.html" in site and Server(site, "text/html").get("/HTML/xwdt/index_4.html") is None
    assert "/html/tzgg/index_2.html" in site and "/html/tzgg/index_3.html" not in site
    jy2 = site["/html/jyky/index_2.html"]
    assert ('<a href="index.html" title="上一页">&lt;&lt;</a> <a href="index.html">1</a> <font color="red">2</font> '
            '<span title="下一页">&gt;&gt;</span>') in jy2 and "/html/jyky/index_3.html" not in site  # fmt: skip
    for a in truth.values():
        assert re.fullmatch(r"/html/(xwdt|tzgg|jyky)/2023-\d\d?/\d\d?/2023\d{13}\.html", a.path), a.path
        assert f"更新时间：{a.when:%Y年%m月%d日}" in site[a.path] and f"<h1>{a.title}</h1>" in site[a.path]
    assert sum(1 for v in site.values() if v is DOC) == 3
    single = site["/html/xxgk/index.html"].split('class="single"')[1].split("</div>")[0]
    assert "学校简介" in single and not re.search(r"20\d\d[-年/]\d", single), "the single page is undated"
    for page in html_pages(site):
        site[page].encode("gbk")


def test_the_newasp_fixture_is_the_site_it_claims_to_be():
    site, truth = newasp_site()
    assert len(truth) == 29 + 16 + 14 and len(html_pages(site)) <= 140
    server = Server(site, "text/html; Charset=gb2312", NA_PAGED)
    first = site["/Article/ShowClass.asp?ClassID=2"]
    assert ('共有 <font color="red">29</font> 篇文章 &nbsp;页次：<font color="red">1</font>/3页 &nbsp;每页12篇 &nbsp;'
            '<font face="webdings">9</font> <font face="webdings">7</font> [<font color="red">1</font>] [<a href="'
            '?ClassID=2&page=2">2</a>]') in first  # fmt: skip
    assert '<a href="?ClassID=2&page=3" title="尾页"><font face="webdings">:</font></a>' in first
    assert server.get("/article/showclass.asp?page=3&classid=2")[0] == 200
    last = server.get("/Article/ShowClass.asp?ClassID=2&page=3")
    assert server.get("/Article/ShowClass.asp?ClassID=2&page=8") == last and last[0] == 200, "ASP clamps the page"
    assert server.get("/article/showclass.asp?page=0&classid=3") == server.get("/Article/ShowClass.asp?ClassID=3")
    assert server.get("/Article/ShowClass.asp?ClassID=7&page=2") is None
    assert server.get("/Article/ShowClass.asp?ClassID=3&page=2")[0] == 200
    assert server.get("/Article/ShowClass.asp?ClassID=5&page=2")[0] == 200
    a = next(iter(truth.values()))
    assert f"更新时间：{a.when.year}-{a.when.month}-{a.when.day} {a.when.hour}:" in site[a.path]
    assert f'<script language="javascript" src="GetHits.asp?ArticleID={a.aid}"></script>' in site[a.path]
    assert server.get(f"/article/showarticle.asp?articleid={a.aid}")[1] == site[a.path].encode("gbk")
    assert sum(1 for v in site.values() if v is DOC) == 3
    for page in html_pages(site):
        site[page].encode("gbk")


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {
    "foosun": (foosun_site, "text/html", None),  # IIS sends a generated .html file without a charset
    "newasp": (newasp_site, "text/html; Charset=gb2312", NA_PAGED),  # ASP's Response.Charset
}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    build, ctype, paged = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, Server(site, ctype, paged), truth, iis_key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
