"""Whole sites of two more CMS families, written by hand after their public template markup and crawled with
nothing but the home page's address: a KesionCMS (科汛, ASP) county middle school and a JEECMS (Java) school. Each
has a home page with a menu and boxes of the newest rows (更多>>), three columns of two or three list pages, a
single-page column (学校简介: an undated text, not an article), an image-only notice, an article listed in two
columns, side menus (栏目导航 and a box of undated 热门/推荐 links) and a footer with 版权所有 and the ICP number. The
archive must hold exactly the articles each site was generated with, each with its title and its day.

* KesionCMS: two static columns (/html/xxxw/ = index.html, index_2.html …; articles /html/xxxw/202305/1234.html)
  with the generated pager ``<div class="showpage">共 30 篇 首页 上一页 <a>下一页</a> <a>尾页</a> 页次:1/3页
  每页12篇 转到:<select onchange="window.location=this.options[…].value">``; a dynamic one (/Item/list.asp?id=5,
  its pages ``list.asp?id=5&page=2`` from the ASP ``showpage`` function, articles /Item/1234.html). Lists cut
  long titles (the whole one in ``title``). Articles: ``<h1 class="arttitle">``, the info line 作者：… 来源：…
  点击数：<script src="/item/GetHits.asp?Action=Count&GetFlag=0&m=1&ID=1234"></script> 更新时间：2023-5-6 (ASP's
  unpadded date; the hits label as Kesion's Refresh class writes it), the body in ``<div id="MyContent">``,
  上一篇/下一篇 links.
* JEECMS: channels /xxxw/index.jhtml, /xxxw/index_2.jhtml; contents /xxxw/3001.jhtml (a 副栏目 content keeps its
  primary channel's URL). Three pagers: a site's own (首页 上一页 下一页 尾页 共26条 当前1/3页 and a jump
  ``<input>``), the system style_page/channel_1.html (``共18条记录 1/2页`` and ``<a href="#"
  onclick="location.href=encodeURI('/tzgg/index_2.jhtml');">下一页</a>`` and a page ``<select>``) and
  channel_2.html (numbered ``href="#" onclick=…`` links and a goPage ``<input>``). Rows cut by ``[@text_cut
  len=22 append='...']``. Contents: ``<div class="msgbar">发布时间：2023-05-06 15:22:31 &nbsp; 作者：… &nbsp; 来源：…
  &nbsp; 浏览次数：<span id="views"></span></div>`` filled by front.js's Cms.viewCount (GET
  /content_view.jspx?contentId=…), 上一篇/下一篇. The alone (single-page) channel is /xxjj/index.jhtml.

Servers answer a query's parameters in any order (ASP and JSP do); archived URLs are compared with their query's
parameters sorted. No page is copied from a real site."""

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
    numbered,
    prose,
    short,
    titles,
)

ON = " class='on'"


@dataclass
class Art:
    path: str  # the article's URL path (and query)
    title: str
    when: datetime
    source: str = "本站原创"
    author: str = "佚名"
    body: str = ""
    aid: int = 0  # the CMS's own id

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def query_order_free(path):
    """A path with its query's parameters decoded and sorted: ASP and JSP answer ``?id=5&page=2`` and
    ``?page=2&id=5`` alike."""
    base, _, query = path.partition("?")
    pairs = sorted(urllib.parse.parse_qsl(query, keep_blank_values=True))
    return f"{base}?{'&'.join(f'{k}={v}' for k, v in pairs)}" if query else base


class Server(dict):
    """A site ({path: page}) as its server answers it: the query's parameters in any order."""

    def __init__(self, site):
        super().__init__(site)
        self.answers = {query_order_free(p): v for p, v in site.items()}

    def get(self, path, default=None):
        return self.answers.get(query_order_free(path), default)


# ---- 1. KesionCMS (科汛): a county middle school ---------------------------------------------------------------

KS_NAME = "清源县实验中学"
KS_JY = "/Item/list.asp?id=5"
KS_MENU = (("网站首页", "/"), ("学校简介", "/html/xxjj/"), ("学校新闻", "/html/xxxw/"), ("通知公告", "/html/tzgg/"),
           ("教研动态", KS_JY))  # fmt: skip


def ks_page(title, crumbs, side, main):
    nav = "".join(f'<li><a href="{u}">{t}</a></li><li class="line">|</li>' for t, u in KS_MENU)
    crumb = " &gt;&gt; ".join(f'<a href="{u}">{t}</a>' if u else t for t, u in crumbs)
    where = f'<div class="location">您现在的位置：{crumb}</div>' if crumbs else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        f'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{title}</title>'
        f'<meta name="keywords" content="{KS_NAME},清源实验中学" /><link href="/images/style.css" rel="stylesheet" '
        'type="text/css" /><script src="/ks_inc/jquery.js" type="text/javascript"></script>'
        '<script src="/ks_inc/common.js" type="text/javascript"></script></head><body>'
        f'<div class="top"><div class="logo"><a href="/"><img src="/images/logo.png" alt="{KS_NAME}" /></a></div>'
        '<div class="topr"><a href="#" onclick="this.style.behavior=\'url(#default#homepage)\';'
        'this.setHomePage(location.href);return false;">设为首页</a> | <a href="javascript:window.external.AddFavorite'
        '(location.href,document.title)">加入收藏</a></div></div>'
        f'<div class="menu"><ul>{nav}</ul></div><div class="search"><form action="/plus/search/" method="get" '
        'target="_blank"><input name="key" class="textbox" /><input type="submit" value="搜索" /></form></div>'
        f'<div class="main">{where}{side}<div class="right">{main}</div></div>'
        f'<div class="foot">Copyright &copy; 2023 {KS_NAME} 版权所有 &nbsp;地址：清源县文昌路18号 &nbsp;电话：0595-86612345'
        '<br /><a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备10012345号-1</a> &nbsp;技术支持：清源县电教站'
        "</div></body></html>"
    )


def ks_side(here, hot):
    lis = "".join(f'<li{ON if u == here else ""}><a href="{u}">{t}</a></li>' for t, u in KS_MENU[1:])
    hots = "".join(
        f'<li>·<a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 13)}</a></li>' for a in hot
    )
    return (f'<div class="left"><div class="leftbox"><div class="lefttitle">栏目导航</div><ul class="leftnav">{lis}</ul>'
            f'</div><div class="leftbox"><div class="lefttitle">热门文章</div><ul class="hot">{hots}</ul></div></div>')  # fmt: skip


def ks_static_pager(urls, k, total, per):
    """The pager of a generated (static) list: links to the neighbours, a select of every page."""
    n = len(urls)
    first = "首页 上一页" if k == 1 else f'<a href="{urls[0]}">首页</a> <a href="{urls[k - 2]}">上一页</a>'
    last = "下一页 尾页" if k == n else f'<a href="{urls[k]}">下一页</a> <a href="{urls[-1]}">尾页</a>'
    opts = "".join(
        f'<option value="{u}"{" selected" if j == k else ""}>第{j}页</option>' for j, u in enumerate(urls, 1)
    )
    return (f'<div class="showpage">共 <font color=red>{total}</font> 篇 &nbsp;{first} {last} &nbsp;页次:<font color=red>'
            f'{k}</font>/{n}页 &nbsp;每页<font color=red>{per}</font>篇 &nbsp;转到:<select name="page" size="1" '
            f'onchange="javascript:window.location=this.options[this.selectedIndex].value;">{opts}</select></div>')  # fmt: skip


def ks_asp_pager(k, n, total, per):
    """The pager list.asp writes (the ASP showpage function): relative ``list.asp?id=5&page=N`` links."""
    url = "list.asp?id=5&page="
    first = "首页 上一页&nbsp;" if k < 2 else f"<a href='{url}1'>首页</a>&nbsp;<a href='{url}{k - 1}'>上一页</a>&nbsp;"
    last = "下一页 尾页" if n - k < 1 else f"<a href='{url}{k + 1}'>下一页</a>&nbsp;<a href='{url}{n}'>尾页</a>"
    opts = "".join(f"<option value='{i}'{' selected ' if i == k else ''}>第{i}页</option>" for i in range(1, n + 1))
    return (f'<div class="showpage">共 <strong>{total}</strong> 篇&nbsp;&nbsp;{first}{last}&nbsp;页次：<strong><font '
            f'color=red>{k}</font>/{n}</strong>页 &nbsp;<strong>{per}</strong>篇/页&nbsp;转到：<select name=\'page\' '
            f"size='1' onchange=\"javascript:window.location='{url}'+this.options[this.selectedIndex].value;\">{opts}"
            "</select></div>")  # fmt: skip


def ks_article(a, col, col_url, prev, nxt, side):
    def link(label, r):
        return f'{label}：<a href="{r.path}" title="{r.title}">{r.title}</a>' if r else f"{label}：没有了"

    main = (
        f'<div class="artbox"><h1 class="arttitle">{a.title}</h1><div class="artinfo">作者：{a.author}&nbsp;&nbsp;'
        f'来源：{a.source}&nbsp;&nbsp;点击数：<script src="/item/GetHits.asp?Action=Count&GetFlag=0&m=1&ID={a.aid}">'
        f"</script>&nbsp;&nbsp;更新时间：{a.when.year}-{a.when.month}-{a.when.day}</div>"
        f'<div id="MyContent">{a.body}</div><div class="prevnext">{link("上一篇", prev)}<br />{link("下一篇", nxt)}</div>'
        '<div class="arttool">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">'
        "关闭窗口</a>】</div></div>"
    )
    return ks_page(f"{a.title}-{KS_NAME}", [(KS_NAME, "/"), (col, col_url), ("浏览文章", "")], side, main)


def kesion_site():
    site = {}
    news = [Art("", t, w, author=("校办", "政教处", "团委")[k % 3])
            for k, (t, w) in enumerate(zip(titles(("我校", "初一年级", "初二年级", "初三年级", "校团委", "校学生会",
                                                  "政教处", "教务处"),
                                                 ("举行升旗仪式暨开学典礼", "开展防溺水安全教育", "召开家长会",
                                                  "举办校园文化艺术节", "开展消防疏散演练", "举行英语演讲比赛",
                                                  "组织学生参观革命纪念馆"), 30),
                                          days("2023-06-28 16:20", 30, 4)))]  # fmt: skip
    notices = [Art("", t, w, source="学校办公室", author="admin")
               for t, w in zip(titles(("做好2023年春季开学工作", "2023年清明节放假安排", "2023年五一劳动节放假安排",
                                       "2023年端午节放假安排", "开展校园安全隐患排查", "2023年初一新生招生工作",
                                       "期中考试安排", "暑假放假及安全教育", "教师继续教育学分登记"),
                                      ("的通知", "的公告", "的补充通知", "的温馨提示"), 18, "关于{}{}"),
                               days("2023-06-26 10:00", 18, 6))]  # fmt: skip
    jy = [Art("", t, w, source="教务处", author="教科室")
          for t, w in zip(titles(("语文组", "数学组", "英语组", "物理组", "化学组", "政史地组", "体艺组"),
                                 ("开展集体备课活动", "举行公开课展示", "开展课题研究交流", "组织青年教师说课比赛",
                                  "开展听评课活动"), 14), days("2023-06-21 15:00", 14, 8))]  # fmt: skip
    numbered(news + notices + jy, 1201)
    for a in news:
        a.path = f"/html/xxxw/{a.when:%Y%m}/{a.aid}.html"
    for a in notices:
        a.path = f"/html/tzgg/{a.when:%Y%m}/{a.aid}.html"
    for a in jy:
        a.path = f"/Item/{a.aid}.html"
    for k, a in enumerate(news + notices + jy):
        a.body = prose(a.title, KS_NAME, k)
        site[f"/item/GetHits.asp?Action=Count&GetFlag=0&m=1&ID={a.aid}"] = (
            200, f"document.write('{40 + 7 * k}');", "application/x-javascript")  # fmt: skip
    scan = notices[4]  # a notice published as one scanned page
    picture = f"/UploadFiles/{scan.when.year}-{scan.when.month}/{scan.when:%Y%m%d%H%M%S}512.png"
    scan.body = f'<p align="center"><img src="{picture}" border="0" /></p>'
    site[picture] = IMAGE
    shared = news[5]  # a news item the 通知公告 list also shows
    hot = [news[2], notices[1], jy[0], news[9], notices[7], news[14]]

    # 学校新闻: a table of rows, three generated pages of 12, 12 and 6
    urls = ["/html/xxxw/index.html", "/html/xxxw/index_2.html", "/html/xxxw/index_3.html"]
    for k, url in enumerate(urls, 1):
        trs = "".join(
            f'<tr><td width="12" class="arrow"><img src="/images/arrow.gif" /></td><td class="listtitle"><a href="{a.path}"'
            f' target="_blank" title="{a.title}">{short(a.title, 18)}</a></td><td class="listdate" width="90" '
            f'align="right">{a.day}</td></tr>'
            for a in news[(k - 1) * 12 : k * 12]
        )
        main = (f'<div class="righttitle">学校新闻</div><table width="100%" border="0" cellpadding="0" cellspacing="0" '
                f'class="list">{trs}</table>{ks_static_pager(urls, k, len(news), 12)}')  # fmt: skip
        site[url] = ks_page(f"学校新闻-{KS_NAME}", [(KS_NAME, "/"), ("学校新闻", "/html/xxxw/")],
                            ks_side("/html/xxxw/", hot), main)  # fmt: skip
    site["/html/xxxw/"] = site["/html/xxxw/index.html"]
    # 通知公告: ul rows, two generated pages of 10 and 9 (one row a 学校新闻 item)
    listed = sorted([*notices, shared], key=lambda a: a.when, reverse=True)
    urls = ["/html/tzgg/index.html", "/html/tzgg/index_2.html"]
    for k, url in enumerate(urls, 1):
        lis = "".join(f'<li><span class="date">{a.day}</span>·<a href="{a.path}" target="_blank" title="{a.title}">'
                      f"{short(a.title, 20)}</a></li>" for a in listed[(k - 1) * 10 : k * 10])  # fmt: skip
        main = f'<div class="righttitle">通知公告</div><ul class="newslist">{lis}</ul>'
        site[url] = ks_page(f"通知公告-{KS_NAME}", [(KS_NAME, "/"), ("通知公告", "/html/tzgg/")], ks_side(
            "/html/tzgg/", hot), main + ks_static_pager(urls, k, len(listed), 10))  # fmt: skip
    site["/html/tzgg/"] = site["/html/tzgg/index.html"]
    # 教研动态: a dynamic column, list.asp?id=5 and its pages list.asp?id=5&page=2
    for k in (1, 2):
        lis = "".join(f'<li><span class="date">{a.day}</span>·<a href="/Item/{a.aid}.html" target="_blank" '
                      f'title="{a.title}">{a.title}</a></li>' for a in jy[(k - 1) * 10 : k * 10])  # fmt: skip
        main = f'<div class="righttitle">教研动态</div><ul class="newslist">{lis}</ul>{ks_asp_pager(k, 2, len(jy), 10)}'
        site[f"{KS_JY}&page={k}"] = ks_page(f"教研动态-{KS_NAME}", [(KS_NAME, "/"), ("教研动态", KS_JY)],
                                            ks_side(KS_JY, hot), main)  # fmt: skip
    site[KS_JY] = site[f"{KS_JY}&page=1"]
    # 学校简介: a single page, undated
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{KS_NAME}创办于1958年，是县教育局直属的一所公办初级中学，学校占地面积86亩，现有教学班42个，在校学生2100余人，教职工186人。",
        "学校秉承“厚德、博学、笃行、创新”的校训，坚持“以人为本、全面发展”的办学理念，先后荣获省级文明学校、市级示范初中等称号。",
        "学校建有标准化运动场、图书馆、实验楼和多功能报告厅，各类功能教室配备齐全，为学生的全面发展提供了良好的条件。",
    ))  # fmt: skip
    site["/html/xxjj/"] = site["/html/xxjj/index.html"] = ks_page(
        f"学校简介-{KS_NAME}", [(KS_NAME, "/"), ("学校简介", "/html/xxjj/")], ks_side("/html/xxjj/", hot),
        f'<div class="artbox"><h1 class="arttitle">学校简介</h1><div id="MyContent">{about}</div></div>')  # fmt: skip
    for col, col_url, arts in (
        ("学校新闻", "/html/xxxw/", news),
        ("通知公告", "/html/tzgg/", notices),
        ("教研动态", KS_JY, jy),
    ):
        for i, a in enumerate(arts):  # 上一篇 is the older neighbour, 下一篇 the newer
            older, newer = (arts[i + 1] if i + 1 < len(arts) else None), (arts[i - 1] if i else None)
            site[a.path] = ks_article(a, col, col_url, older, newer, ks_side(col_url, hot))

    def box(name, url, arts):
        rows = "".join(f'<li><span class="date">{a.when:%m-%d}</span>·<a href="{a.path}" title="{a.title}" '
                       f'target="_blank">{short(a.title, 16)}</a></li>' for a in arts)  # fmt: skip
        return (f'<div class="box"><div class="boxtitle"><span class="more"><a href="{url}">更多&gt;&gt;</a></span>'
                f"{name}</div><ul>{rows}</ul></div>")  # fmt: skip

    pics = "".join(f'<li><a href="{a.path}" target="_blank"><img src="/UploadFiles/pic{i}.png" alt="{a.title}" /></a>'
                   f'<p><a href="{a.path}" target="_blank">{short(a.title, 10)}</a></p></li>'
                   for i, a in enumerate(news[:4]))  # fmt: skip
    for i in range(4):
        site[f"/UploadFiles/pic{i}.png"] = IMAGE
    home = (
        f'<div class="picnews"><ul>{pics}</ul></div>{box("学校新闻", "/html/xxxw/", news[:8])}'
        f"{box('通知公告', '/html/tzgg/', listed[:8])}{box('教研动态', KS_JY, jy[:6])}"
        f'<div class="box"><div class="boxtitle"><span class="more"><a href="/html/xxjj/">详细&gt;&gt;</a></span>学校简介'
        f"</div><p>{KS_NAME}创办于1958年，是县教育局直属的一所公办初级中学……</p></div>"
        '<div class="links">友情链接：<a href="http://www.moe.gov.cn/" target="_blank">教育部</a> '
        '<a href="http://jyt.fujian.gov.cn/" target="_blank">福建省教育厅</a></div>'
    )
    site["/"] = site["/index.html"] = ks_page(KS_NAME, [], "", home)
    for path in ("/ks_inc/jquery.js", "/ks_inc/common.js"):
        site[path] = (200, "/* KesionCMS */", "application/x-javascript")
    return site, {a.path: a for a in news + notices + jy}


# ---- 2. JEECMS: a school ------------------------------------------------------------------------------------------

JC_NAME = "临川市第一实验学校"
JC_COLS = {"xxjj": "学校简介", "xxxw": "学校新闻", "tzgg": "通知公告", "xxgk": "信息公开"}
JC_MENU = (("首页", "/"), *((n, f"/{c}/index.jhtml") for c, n in JC_COLS.items()))
FRONT_JS = """var Cms = {};
Cms.viewCount = function(base, contentId, viewId, commentId, downId, upId) {
  viewId = viewId || "views";
  $.getJSON(base + "/content_view.jspx", {contentId : contentId}, function(data) {
    if (data.length > 0) { $("#" + viewId).text(data[0]); }
  });
};
Cms.channelViewCount = function(base, channelId) { $.get(base + "/channel_view.jspx", {channelId : channelId}); };"""


def jc_page(title, crumbs, side, main, script):
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in JC_MENU)
    crumb = " &gt; ".join(f'<a href="{u}" target="_blank">{t}</a>' for t, u in crumbs)
    where = f'<div class="position">当前位置: {crumb}</div>' if crumbs else ""
    return (
        '<!DOCTYPE HTML>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f'<title>{title}</title>\n<meta http-equiv="keywords" content="{JC_NAME}"/>\n'
        '<link href="/r/cms/www/red/css/style.css" rel="stylesheet" type="text/css"/>\n'
        '<script src="/r/cms/jquery.js" type="text/javascript"></script>\n'
        '<script src="/r/cms/front.js" type="text/javascript"></script>\n'
        f'<script type="text/javascript">\n$(function() {{\n{script}\n}});\n</script>\n</head>\n<body>\n'
        f'<div class="header"><div class="logo"><img src="/r/cms/www/red/img/logo.png" alt="{JC_NAME}"/></div>'
        '<div class="search"><form action="/search.jspx" target="_blank"><input type="text" name="q"/>'
        '<input type="submit" value="搜 索"/></form></div></div>\n'
        f'<div class="nav"><ul>{nav}</ul></div>\n<div class="main">{where}{side}<div class="right">{main}</div></div>\n'
        f'<div class="footer"><p>版权所有：{JC_NAME} &nbsp; 地址：临川市学府路66号 &nbsp; 邮编：344000 &nbsp; '
        '电话：0794-8261234</p><p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备12003456号-2</a> &nbsp; '
        "技术支持：临川市教育信息中心</p></div>\n</body>\n</html>"
    )


def jc_side(here, picks):
    lis = "".join(f'<li{ON if c == here else ""}><a href="/{c}/index.jhtml">{n}</a></li>' for c, n in JC_COLS.items())
    recs = "".join(
        f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 14)}</a></li>' for a in picks
    )
    return (f'<div class="left"><div class="left_title">学校概况</div><ul class="left_nav">{lis}</ul>'
            f'<div class="left_title">推荐阅读</div><ul class="left_list">{recs}</ul></div>')  # fmt: skip


def jc_url(col, k):
    return f"/{col}/index.jhtml" if k == 1 else f"/{col}/index_{k}.jhtml"


def jc_pager_own(col, k, n, total):
    """A site's own pager: real links, the counts, a jump box."""
    first = f'<a href="{jc_url(col, 1)}">首页</a> ' + (
        f'<a href="{jc_url(col, k - 1)}">上一页</a>' if k > 1 else "<a>上一页</a>"
    )
    last = (
        f'<a href="{jc_url(col, k + 1)}">下一页</a>' if k < n else "<a>下一页</a>"
    ) + f' <a href="{jc_url(col, n)}">尾页</a>'
    return (f'<div class="page">{first} {last} &nbsp;共{total}条 &nbsp;当前{k}/{n}页 &nbsp;转到第<input type="text" '
            f'id="goPageNo" size="2" value="{k}"/>页 <input type="button" value="GO" onclick="var p=$(\'#goPageNo\').val();'
            f"location.href=p==1?'/{col}/index.jhtml':'/{col}/index_'+p+'.jhtml';\"/></div>")  # fmt: skip


def jc_pager_channel_1(col, k, n, total):
    """cms_sys_defined/style_page/channel_1.html as FreeMarker renders it."""

    def go(j):
        return f"location.href=encodeURI('{jc_url(col, j)}');"

    head = (" <a disabled=\"disabled\">首页</a> <a disabled=\"disabled\">上一页</a>" if k == 1 else
            f' <a href="#" onclick="{go(1)}">首页</a> <a href="#" onclick="{go(k - 1)}">上一页</a>')  # fmt: skip
    tail = (" <a disabled=\"disabled\">下一页</a> <a disabled=\"disabled\">尾页</a>" if k == n else
            f' <a href="#" onclick="{go(k + 1)}">下一页</a> <a href="#" onclick="{go(n)}">尾页</a>')  # fmt: skip
    chosen = {k: 'selected="selected"'}
    opts = "".join(f'  <option value="{i}" {chosen.get(i, "")}>{i}</option>\n' for i in range(1, n + 1))
    return (f'<div class="pagination">\n共{total}条记录 {k}/{n}页\n&nbsp;{head}\n&nbsp;{tail}\n&nbsp;第<select onChange="'
            f"if(this.value==1){{location.href=encodeURI('/{col}/index.jhtml')}}else{{location.href=encodeURI('/{col}/index_'"
            f"+this.value+'.jhtml')}}this.disabled='disabled'\">\n{opts}</select>页\n</div>")  # fmt: skip


def jc_pager_channel_2(col, k, n):
    """cms_sys_defined/style_page/channel_2.html: numbered onclick links, a goPage box."""
    nums = "".join(f'<a class="{"currPageClass" if i == k else "norPageClass"}" href="#" onclick="location.href=encodeURI('
                   f"'/{col}/index_{i}.jhtml');\">{i}</a>&nbsp;\n" for i in range(1, n + 1))  # fmt: skip
    return (f'<div class="pagesite">\n{nums}<script type="text/javascript">\n\tfunction goPage(){{\n\t\tvar page=$("#pageNo")'
            f".val();\n\t\tif(page!=\"\"){{\n\t\t\tlocation.href=encodeURI('/{col}/index_'+page+'.jhtml');\n\t\t}}\n\t}}\n"
            '</script>\n<input id="pageNo" size="2"/><input type="button" value="go" onclick="goPage()" />\n</div>')  # fmt: skip


def jc_article(a, col, prev, nxt, picks):
    def link(label, r):
        return f'{label}：<a href="{r.path}">{short(r.title, 21)}</a>' if r else f"{label}：没有了"

    main = (
        f'<div class="con_title"><h2>{a.title}</h2></div><div class="msgbar">发布时间：{a.when:%Y-%m-%d %H:%M:%S} &nbsp; '
        f'作者：{a.author} &nbsp; 来源：{a.source} &nbsp; 浏览次数：<span id="views"></span></div>'
        f'<div class="con_txt" id="zoom">{a.body}</div><div class="pre_next"><p>{link("上一篇", prev)}</p>'
        f"<p>{link('下一篇', nxt)}</p></div>"
        '<div class="con_tool"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">'
        "【关闭窗口】</a></div>"
    )
    crumbs = [("首页", "/"), (JC_COLS[col], f"/{col}/index.jhtml")]
    return jc_page(f"{a.title} - {JC_NAME}", crumbs, jc_side(col, picks), main,
                   f'Cms.viewCount("","{a.aid}");\nCms.siteFlow("", location.href, document.referrer, "true");')  # fmt: skip


def jeecms_site():
    site = {}
    news = [Art("", t, w, source="学校办公室", author=("德育处", "少先队", "教务处")[k % 3])
            for k, (t, w) in enumerate(zip(titles(("我校", "一年级", "三年级", "五年级", "七年级", "少先队大队部",
                                                  "校合唱团", "校足球队", "科技社团"),
                                                 ("举行“学雷锋”主题活动", "开展读书分享会", "获市级比赛一等奖",
                                                  "开展劳动实践活动", "举行科技节开幕式", "开展安全知识讲座",
                                                  "参加全市中小学生运动会"), 26),
                                          days("2023-06-29 15:22", 26, 5)))]  # fmt: skip
    notices = [Art("", t, w, source="校长办公室", author="校办")
               for t, w in zip(titles(("2023年春季学期开学工作安排", "清明节放假", "五一劳动节放假", "端午节放假",
                                       "开展“防溺水”专项教育", "2023年一年级新生入学登记", "期末考试工作安排",
                                       "暑假放假及假期安全工作", "课后服务报名"), ("的通知", "的公告"), 17,
                                      "关于{}{}"), days("2023-06-27 09:30", 17, 7))]  # fmt: skip
    xxgk = [Art("", f"{JC_NAME}{t}", w, source="学校财务室", author="信息公开办")
            for t, w in zip(("2023年部门预算公开", "2022年部门决算公开", "2023年秋季招生简章", "收费项目及标准公示",
                             "学生资助工作实施方案", "校务公开制度", "食堂食品安全管理制度", "2023年临聘教师招聘公告",
                             "教职工绩效考核方案", "学生营养餐采购结果公示", "校园安全应急预案",
                             "2023年“三公”经费预算公开"), days("2023-06-15 10:00", 12, 11))]  # fmt: skip
    numbered(news + notices + xxgk, 3001)
    for col, arts in (("xxxw", news), ("tzgg", notices), ("xxgk", xxgk)):
        for a in arts:
            a.path = f"/{col}/{a.aid}.jhtml"
    for k, a in enumerate(news + notices + xxgk):
        a.body = prose(a.title, JC_NAME, k + 3)
        site[f"/content_view.jspx?contentId={a.aid}"] = (200, f"[{57 + 5 * k},0,0,0]", "application/json")
    scan = notices[3]
    picture = f"/u/cms/www/{scan.when:%Y%m}/{scan.when:%d%H%M%S}x7k2.png"
    scan.body = f'<p style="text-align: center;"><img src="{picture}" title="{scan.title}" alt="{scan.title}"/></p>'
    site[picture] = IMAGE
    shared = xxgk[2]  # 2023年秋季招生简章: 信息公开 content, 通知公告 its 副栏目
    picks = [news[1], notices[0], xxgk[0], news[7], notices[5]]

    def rows(arts):
        return "".join(f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 22)}</a>'
                       f"<span>{a.day}</span></li>" for a in arts)  # fmt: skip

    def column(col, listed, per, pager):
        n = -(-len(listed) // per)
        for k in range(1, n + 1):
            main = (f'<div class="list_title">{JC_COLS[col]}</div><ul class="list">{rows(listed[(k - 1) * per : k * per])}'
                    f"</ul>{pager(k, n)}")  # fmt: skip
            site[jc_url(col, k)] = jc_page(f"{JC_COLS[col]} - {JC_NAME}", [("首页", "/"), (JC_COLS[col], jc_url(col, 1))],
                                           jc_side(col, picks), main, 'Cms.channelViewCount("","12");')  # fmt: skip

    column("xxxw", news, 10, lambda k, n: jc_pager_own("xxxw", k, n, len(news)))
    listed = sorted([*notices, shared], key=lambda a: a.when, reverse=True)
    column("tzgg", listed, 12, lambda k, n: jc_pager_channel_1("tzgg", k, n, len(listed)))
    column("xxgk", xxgk, 10, lambda k, n: jc_pager_channel_2("xxgk", k, n))
    site["/xxgk/index_1.jhtml"] = site["/xxgk/index.jhtml"]  # channel_2 links page 1 as index_1: JEECMS answers it
    # 学校简介: the alone channel, undated
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{JC_NAME}始建于1952年，是市教育局直属的一所九年一贯制公办学校，现有教学班56个，学生2800余人，教职工210人。",
        "学校坚持“让每一个生命精彩绽放”的办学理念，形成了科技教育、合唱艺术和校园足球三大办学特色。",
        "近年来，学校先后获得全国青少年校园足球特色学校、省级文明校园、省现代教育技术实验学校等荣誉。",
    ))  # fmt: skip
    site["/xxjj/index.jhtml"] = jc_page(
        f"{JC_NAME} - 学校简介", [("首页", "/"), ("学校简介", "/xxjj/index.jhtml")], jc_side("xxjj", picks),
        f'<h1 style="text-align:center;">学校简介</h1><div class="content-txt">{about}</div>',
        'Cms.channelViewCount("","11");')  # fmt: skip
    for col, arts in (("xxxw", news), ("tzgg", notices), ("xxgk", xxgk)):
        for i, a in enumerate(arts):
            older, newer = (arts[i + 1] if i + 1 < len(arts) else None), (arts[i - 1] if i else None)
            site[a.path] = jc_article(a, col, newer, older, picks)

    def box(col, arts):
        return (f'<div class="box"><div class="box_title"><span>{JC_COLS[col]}</span><a href="/{col}/index.jhtml" '
                f'class="more" target="_blank">更多&gt;&gt;</a></div><ul>{rows(arts)}</ul></div>')  # fmt: skip

    focus = "".join(f'<li><a href="{a.path}" target="_blank"><img src="/u/cms/www/focus{i}.png" alt="{a.title}"/></a>'
                    f"<p>{short(a.title, 16)}</p></li>" for i, a in enumerate(news[:3]))  # fmt: skip
    for i in range(3):
        site[f"/u/cms/www/focus{i}.png"] = IMAGE
    home = (
        f'<div class="focus"><ul>{focus}</ul></div>{box("xxxw", news[:7])}{box("tzgg", listed[:7])}{box("xxgk", xxgk[:6])}'
        '<div class="links"><select onchange="window.open(this.value)"><option>--友情链接--</option>'
        '<option value="http://www.moe.gov.cn/">教育部</option><option value="http://jyt.jiangxi.gov.cn/">江西省教育厅'
        "</option></select></div>"
    )
    site["/"] = site["/index.jhtml"] = jc_page(f"首页 - {JC_NAME}", [], "", home,
                                               'Cms.siteFlow("", location.href, document.referrer, "true");')  # fmt: skip
    site["/r/cms/front.js"] = (200, FRONT_JS, "application/javascript")
    site["/r/cms/jquery.js"] = (200, "/* jQuery v1.7.2 */", "application/javascript")
    return site, {a.path: a for a in news + notices + xxgk}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_kesion_fixture_is_the_site_it_claims_to_be():
    site, truth = kesion_site()
    assert len(truth) == 30 + 18 + 14 and len(html_pages(site)) <= 90
    first = site["/html/xxxw/"]
    assert (
        '首页 上一页 <a href="/html/xxxw/index_2.html">下一页</a> <a href="/html/xxxw/index_3.html">尾页</a>' in first
    )
    assert "页次:<font color=red>1</font>/3页" in first and "/html/xxxw/index_4.html" not in site
    assert "<a href='list.asp?id=5&page=2'>下一页</a>" in site[KS_JY] and f"{KS_JY}&page=3" not in site
    a = next(a for p, a in truth.items() if p.startswith("/html/tzgg/"))
    assert re.fullmatch(r"/html/tzgg/\d{6}/\d+\.html", a.path)
    assert f"更新时间：{a.when.year}-{a.when.month}-{a.when.day}</div>" in site[a.path]
    assert f"/item/GetHits.asp?Action=Count&GetFlag=0&m=1&ID={a.aid}" in site
    assert sum(1 for p in truth if p.startswith("/Item/")) == 14


def test_the_jeecms_fixture_is_the_site_it_claims_to_be():
    site, truth = jeecms_site()
    assert len(truth) == 26 + 17 + 12 and len(html_pages(site)) <= 80
    assert {"/xxxw/index_3.jhtml", "/tzgg/index_2.jhtml", "/xxgk/index_2.jhtml"} <= set(site)
    assert "/xxxw/index_4.jhtml" not in site and "/tzgg/index_3.jhtml" not in site
    assert "共18条记录 1/2页" in site["/tzgg/index.jhtml"]
    assert "onclick=\"location.href=encodeURI('/tzgg/index_2.jhtml');\">下一页</a>" in site["/tzgg/index.jhtml"]
    assert "共26条 &nbsp;当前1/3页" in site["/xxxw/index.jhtml"]
    a = next(iter(truth.values()))
    assert f'<div class="msgbar">发布时间：{a.when:%Y-%m-%d %H:%M:%S} &nbsp; ' in site[a.path]
    assert f'Cms.viewCount("","{a.aid}");' in site[a.path] and f"/content_view.jspx?contentId={a.aid}" in site


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"kesion": kesion_site, "jeecms": jeecms_site}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    site, truth = SITES[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, Server(site), truth, query_order_free, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
