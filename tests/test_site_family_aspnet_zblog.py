"""Whole sites of two more CMS families, written by hand after their public template markup and crawled with nothing
but the home page's address: a 动易 SiteFactory (ASP.NET 4 WebForms on IIS) primary school and a Z-BlogPHP (1.7,
default theme, static URLs) township school that runs its school news as a blog. The archive must hold exactly the
articles each site was generated with, each with its title and its day.

* SiteFactory: every page, home, lists, articles and the single page alike, is wrapped in the WebForms ``<form
  name="form1" method="post" action="Index.aspx" id="form1">`` with its hidden ``__EVENTTARGET``,
  ``__EVENTARGUMENT``, ``__VIEWSTATE`` (a different base64 blob on every page), ``__VIEWSTATEGENERATOR`` and
  ``__EVENTVALIDATION`` fields and the ``function __doPostBack(eventTarget, eventArgument)`` script, plus
  /WebResource.axd and /ScriptResource.axd scripts. Nodes are /Category_12/Index.aspx (学校新闻),
  /Category_13/Index.aspx (通知公告), /Category_14/Index.aspx (教育教学); their pages /Category_12/Index_2.aspx …;
  the single page 学校简介 is a 单页 node at /Category_10/Index.aspx (undated, not an article); articles
  /Item/1234.aspx. The list pager offers two ways on: GET links ``<div class="pager">共 <b>23</b> 条记录&nbsp;
  首页 上一页 <a href="/Category_12/Index_2.aspx">下一页</a> <a href="/Category_12/Index_3.aspx">尾页</a>
  页次：<b>1</b>/3页 <b>8</b>条记录/页`` (no page numbers: page 3 is reached by 下一页 from page 2 or by 尾页) and a
  drop-down ``转到第<select name="ctl00$cphMain$ddlPage" onchange="javascript:setTimeout('__doPostBack(\\'
  ctl00$cphMain$ddlPage\\',\\'\\')', 0)">`` that posts the form back (the WebForms page answers the POST with page
  k). A crawler can follow only the GET links: the drop-down needs the form's POST with the view state, which this
  server (GETs only, as any replica) does not answer. Rows ``<li><span class="date">2022-05-06</span><a
  href="/Item/1234.aspx" title=…>``; articles ``<h1 class="article_title">`` over ``<div class="article_info">
  作者：… 来源：… 点击数：<span id="hits">…</span> 更新时间：2022/5/6 9:05:33`` (.NET's zh-CN DateTime),
  ``<div class="article_content" id="fontzoom">``, attachments (.doc and .pdf) under /UploadFiles/Article/,
  上一篇/下一篇 (没有了). Side boxes: the node menu and 热点文章 (undated). The home page has boxes of the newest rows
  (更多&gt;&gt;, dated 05-06), a 用户登录 box (/User/Login.aspx, a login form) and a search form. 通知公告 lists a
  学校新闻 article by its own /Item/ address. IIS answers any case and any order of parameters.
* Z-BlogPHP: absolute links everywhere (``http://HOME`` is the served address). The home page and every list (the
  index's /page_2.html …, /category-1.html and /category-1_2.html, the monthly archives /date-2021-5.html, the
  calendar's days /date-2021-6-28.html, the tags /tags-3.html and /tags-3_2.html) show whole posts from
  post-multi.php: ``<h2 class="post-title"><a href="http://HOME/post/123.html">…</a><span
  class="post-date">2021-06-28 10:20:00</span></h2>``, the intro, ``<p class="post-footer">作者:… <small>|</small>
  分类:…``; the pagebar ``<a href="…"><span class="page">‹‹</span></a><span class="page now-page">1</span><a
  href="…_2.html"><span class="page">2</span></a>…``. Posts /post/123.html use post-single.php: the title and its
  date in one ``<h2 class="post-title">Title<span class="post-date">…</span></h2>``, ``<div class="post-body">``,
  ``<p class="post-tags">标签:`` links, the comment form (POST to cmd.php?act=cmt). The sidebar: 搜索 (a POST form to
  /zb_system/cmd.php?act=search), 最新文章 and 热门文章 (undated), 标签云 (``<span class="tag-count"> (5)</span>``),
  归档 (every month: ``2021年5月 (8)``) and the calendar of the newest month (its days linked, « the month before,
  » the month after: an empty archive). 学校简介 is a Z-Blog page /xxjj.html (undated). /feed.php is the RSS of the
  ten newest posts (``pubDate`` ``Mon, 28 Jun 2021 10:20:00 +0800``). Archive, tag and day pages list the very
  articles the categories list: none of them is an article, and nothing may be lost through them.

No page is copied from a real site: names, hosts and numbers are made up."""

import base64
import hashlib
import re
import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timedelta

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

PDF = (200, b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" + b"%" * 400 + b"\n%%EOF\n", "application/pdf")


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
    cate: int = 0
    tags: tuple = ()
    hits: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


H = "http://HOME"  # Z-Blog writes absolute links: the address the site is served at replaces it


class Server(dict):
    """A site ({path: page}) as its server answers it: a request's path reduced by ``key``, pages sent as ``ctype``
    (``http://HOME`` in them made the address it is served at); every path asked for kept in ``asked``."""

    def __init__(self, site, key, ctype="text/html; charset=utf-8"):
        super().__init__(site)
        self.key, self.ctype, self.home, self.asked = key, ctype, H, []
        self.answers = {key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        self.asked.append(path)
        entry = self.answers.get(self.key(path), default)
        if isinstance(entry, str):
            return 200, entry.replace(H, self.home).encode("utf-8"), self.ctype
        if isinstance(entry, tuple) and isinstance(entry[1], str):
            return entry[0], entry[1].replace(H, self.home).encode("utf-8"), entry[2]
        return entry


def php_key(path):
    """PHP behind nginx: the path as it is (case counts), the query's parameters in any order."""
    base, _, query = path.partition("?")
    pairs = sorted(urllib.parse.parse_qsl(query, keep_blank_values=True))
    return base + (f"?{urllib.parse.urlencode(pairs)}" if pairs else "")


def net_time(t):
    """.NET's DateTime.ToString() on a zh-CN server: 2022/5/6 9:05:33."""
    return f"{t.year}/{t.month}/{t.day} {t.hour}:{t:%M:%S}"


# ---- 1. 动易 SiteFactory (ASP.NET WebForms): a primary school -----------------------------------------------------

SF_NAME = "梧岭县城东小学"
SF_NODES = {10: "学校简介", 12: "学校新闻", 13: "通知公告", 14: "教育教学"}
SF_PER = 8
CURRENT, SELECTED = ' class="current"', ' selected="selected"'


def sf_list_url(node, k=1):
    return f"/Category_{node}/Index.aspx" if k == 1 else f"/Category_{node}/Index_{k}.aspx"


def sf_blob(seed, n):
    return base64.b64encode(b"".join(hashlib.sha1(f"{seed}:{i}".encode()).digest() for i in range(n))).decode()


def sf_page(path, title, body):
    """A SiteFactory page: the template's markup inside the WebForms form, whose action is the page's own file."""
    action = path.rsplit("/", 1)[-1] or "Default.aspx"
    menu = "".join(f'<li><a href="{sf_list_url(n)}" target="_self">{name}</a></li>' for n, name in SF_NODES.items())
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><title>\n\t{title}\n</title><meta name="keywords" content="{SF_NAME},'
        f'城东小学" /><meta name="description" content="{SF_NAME}" /><link href="/Skin/Default/Style.css" '
        'rel="stylesheet" type="text/css" /><script type="text/javascript" src="/js/jquery.pack.js"></script>'
        f'</head>\n<body>\n<form name="form1" method="post" action="{action}" id="form1">\n<div class="aspNetHidden">\n'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n<input type="hidden" '
        'name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n<input type="hidden" name="__VIEWSTATE" '
        f'id="__VIEWSTATE" value="/wEPDwUKLTM2{sf_blob(path, 9)}" />\n</div>\n\n<script type="text/javascript">\n'
        "//<![CDATA[\nvar theForm = document.forms['form1'];\nif (!theForm) {\n    theForm = document.form1;\n}\n"
        "function __doPostBack(eventTarget, eventArgument) {\n    if (!theForm.onsubmit || (theForm.onsubmit() != "
        "false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = "
        "eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n\n\n"
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0&amp;t=637454319120000000" type="text/javascript">'
        "</script>\n"
        '<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvkM&amp;t=ffffffffe6692900" type="text/javascript">'
        "</script>\n"
        '<div id="wrap">\n<div id="top"><div class="logo"><a href="/"><img src="/Skin/Default/Images/logo.png" '
        f'alt="{SF_NAME}" /></a></div><div class="toplink"><a href="javascript:void(0)" onclick="this.style.behavior='
        "'url(#default#homepage)';this.setHomePage(location.href);\">设为首页</a> | <a href=\"javascript:window."
        'external.addFavorite(location.href,document.title)">加入收藏</a></div></div>\n'
        f'<div id="menu"><ul><li><a href="/" target="_self">网站首页</a></li>{menu}</ul></div>\n'
        f"{body}\n"
        f'<div id="bottom">版权所有 &copy; 2009-2022 {SF_NAME} &nbsp;地址：梧岭县城东路128号 &nbsp;电话：0797-7712345<br />'
        '<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备09023456号</a> &nbsp;技术支持：<a '
        'href="http://www.powereasy.net/" target="_blank">动易网络</a> &nbsp;Powered by SiteFactory&trade;</div>\n'
        "</div>\n"
        '<div class="aspNetHidden">\n\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" '
        f'value="{hashlib.md5(action.encode()).hexdigest()[:8].upper()}" />\n\t<input type="hidden" '
        f'name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAI{sf_blob(path + "#ev", 3)}" />\n</div></form>\n'
        "</body>\n</html>"
    )


def sf_side(node, hot):
    nodes = "".join(f'<li{CURRENT if n == node else ""}><a href="{sf_list_url(n)}">{name}</a></li>'
                    for n, name in SF_NODES.items())  # fmt: skip
    hots = "".join(f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 15)}</a></li>'
                   for a in hot)  # fmt: skip
    return (f'<div class="main_left"><div class="left_box"><div class="left_title">栏目导航</div><ul class="node">'
            f'{nodes}</ul></div><div class="left_box"><div class="left_title">热点文章</div><ul class="hot">{hots}</ul>'
            "</div></div>")  # fmt: skip


def sf_location(*parts):
    crumbs = "".join(f' &gt;&gt; <a href="{u}">{t}</a>' if u else f" &gt;&gt; {t}" for t, u in parts)
    return f'<div class="location">您现在的位置：<a href="/">{SF_NAME}</a>{crumbs}</div>'


def sf_pager(node, k, n, total):
    """The list label's pager: GET links for 首页/上一页/下一页/尾页 and the drop-down that posts the form back."""
    first = "首页&nbsp;上一页" if k == 1 else (
        f'<a href="{sf_list_url(node)}">首页</a>&nbsp;<a href="{sf_list_url(node, k - 1)}">上一页</a>')  # fmt: skip
    last = "下一页&nbsp;尾页" if k == n else (
        f'<a href="{sf_list_url(node, k + 1)}">下一页</a>&nbsp;<a href="{sf_list_url(node, n)}">尾页</a>')  # fmt: skip
    opts = "".join(f'<option{SELECTED if i == k else ""} value="{i}">{i}</option>'
                   for i in range(1, n + 1))  # fmt: skip
    return (f'<div class="pager">共 <b>{total}</b> 条记录&nbsp;&nbsp;{first}&nbsp;{last}&nbsp;&nbsp;页次：<b>{k}</b>/{n}页'
            f"&nbsp;&nbsp;<b>{SF_PER}</b>条记录/页&nbsp;&nbsp;转到第<select name=\"ctl00$cphMain$ddlPage\" "
            "onchange=\"javascript:setTimeout('__doPostBack(\\'ctl00$cphMain$ddlPage\\',\\'\\')', 0)\" "
            f'id="ctl00_cphMain_ddlPage">{opts}</select>页</div>')  # fmt: skip


def sf_article(a, node, older, newer, hot):
    def link(label, r):
        return f'{label}：<a href="{r.path}" title="{r.title}">{r.title}</a>' if r else f"{label}：没有了"

    files = "".join(f'<p><img src="/Images/FileIcon/{u.rsplit(".", 1)[1]}.gif" alt="" /><a href="{u}" target="_blank">'
                    f"{n}</a></p>" for u, n in a.files)  # fmt: skip
    main = (
        f'<div class="main_right">{sf_location((SF_NODES[node], sf_list_url(node)), ("正文", ""))}\n'
        f'<div class="article_show">\n<h1 class="article_title">{a.title}</h1>\n<div class="article_info">作者：{a.author}'
        f'&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;点击数：<span id="hits"></span>&nbsp;&nbsp;更新时间：'
        f'{net_time(a.when)}&nbsp;&nbsp;【字体：<a href="javascript:fontZoom(16)">大</a> <a '
        'href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</div>\n'
        f'<div class="article_content" id="fontzoom">{a.body}{files}</div>\n<div class="article_page">'
        f'{link("上一篇", older)}<br />{link("下一篇", newer)}</div>\n<div class="article_tool">【<a '
        'href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
        f'<script type="text/javascript">$.post("/ajax.aspx", {{action: "hits", id: {a.aid}}}, function (d) '
        '{ $("#hits").text(d); });</script>\n</div></div>'
    )
    return sf_page(a.path, f"{a.title} - {SF_NODES[node]} - {SF_NAME}", f'<div id="main">{sf_side(node, hot)}\n'
                   f"{main}</div>")  # fmt: skip


def siteFactory_site():  # noqa: N802 - the product's name
    site = {}
    news = [Art("", t, w, author=("校办", "少先队", "德育处", "教导处")[k % 4], source=SF_NAME)
            for k, (t, w) in enumerate(zip(titles(("我校", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
                                                  "少先队大队部", "校合唱队", "校足球队"),
                                                 ("举行春季开学典礼", "开展“学雷锋”志愿服务活动", "召开家长学校培训会",
                                                  "举行防震减灾应急疏散演练", "举办第六届读书节", "开展劳动实践周活动",
                                                  "举行“六一”文艺汇演", "参加县中小学生运动会"), 23),
                                          days("2022-06-28 16:10", 23, 5)))]  # fmt: skip
    notices = [Art("", t, w, author="办公室", source="校长室")
               for t, w in zip(titles(("2022年春季学期开学", "清明节放假", "劳动节放假", "端午节放假",
                                       "开展防溺水安全教育", "2022年一年级新生入学报名", "期末质量检测安排",
                                       "暑假放假及假期安全"), ("的通知", "的温馨提示", "有关事项的通知"), 16, "关于{}{}"),
                               days("2022-06-27 08:45", 16, 9))]  # fmt: skip
    jy = [Art("", t, w, author="教导处", source="教导处")
          for t, w in zip(titles(("语文教研组", "数学教研组", "英语教研组", "科学教研组", "音体美教研组",
                                  "道德与法治教研组", "综合实践教研组"),
                                 ("开展集体备课活动", "举行青年教师汇报课", "开展作业设计评比"), 14),
                          days("2022-06-22 15:30", 14, 11))]  # fmt: skip
    numbered(news + notices + jy, 1203)
    for k, a in enumerate(news + notices + jy):
        a.path = f"/Item/{a.aid}.aspx"
        a.body = prose(a.title, SF_NAME, k + 3)
    for a in (notices[0], notices[5]):
        attach(site, a, f"/UploadFiles/Article/{a.when:%Y%m}/{a.when:%Y%m%d%H%M%S}{a.aid % 100:02d}.doc",
               f"{a.title[:9]}.doc")  # fmt: skip
    for a in (notices[6], jy[2]):
        url = f"/UploadFiles/Article/{a.when:%Y%m}/{a.when:%Y%m%d%H%M%S}{a.aid % 100:02d}.pdf"
        a.files += ((url, f"{a.title[:9]}.pdf"),)
        site[url] = PDF
    shared = news[4]  # a 学校新闻 article the 通知公告 list also shows
    hot = [news[1], notices[2], jy[0], news[8], notices[4], jy[5]]
    columns = {12: news, 13: sorted([*notices, shared], key=lambda a: a.when, reverse=True), 14: jy}
    for node, listed in columns.items():
        n = -(-len(listed) // SF_PER)
        for k in range(1, n + 1):
            rows = "".join(f'<li><span class="date">{a.day}</span><a href="{a.path}" title="{a.title}" '
                           f'target="_blank">{short(a.title, 28)}</a></li>\n'
                           for a in listed[(k - 1) * SF_PER : k * SF_PER])  # fmt: skip
            main = (f'<div class="main_right">{sf_location((SF_NODES[node], ""))}\n<div class="list_box"><div '
                    f'class="list_title">{SF_NODES[node]}</div><ul class="list">\n{rows}</ul>\n'
                    f"{sf_pager(node, k, n, len(listed))}</div></div>")  # fmt: skip
            path = sf_list_url(node, k)
            site[path] = sf_page(path, f"{SF_NODES[node]} - {SF_NAME}", f'<div id="main">{sf_side(node, hot)}\n'
                                 f"{main}</div>")  # fmt: skip
    for node, arts in ((12, news), (13, notices), (14, jy)):
        for a, older, newer in neighbours(arts):
            site[a.path] = sf_article(a, node, older, newer, hot)
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{SF_NAME}创办于1956年，是县教育局直属的一所全日制公办小学，现有教学班36个，学生1600余人，教职工92人。",
        "学校秉承“崇德、尚学、健体、乐群”的校训，形成了书法教育和校园足球两大办学特色。",
        "学校先后被评为市级文明校园、市级示范学校、省级绿色学校和全国青少年校园足球特色学校。",
    ))  # fmt: skip
    site["/Category_10/Index.aspx"] = sf_page(
        "/Category_10/Index.aspx", f"学校简介 - {SF_NAME}", f'<div id="main">{sf_side(10, hot)}\n<div '
        f'class="main_right">{sf_location(("学校简介", ""))}\n<div class="single"><h2>学校简介</h2>{about}</div></div>'
        "</div>")  # fmt: skip
    site["/User/Login.aspx"] = sf_page("/User/Login.aspx", f"会员登录 - {SF_NAME}", (
        '<div id="main"><div class="login"><h3>会员登录</h3>用户名：<input name="ctl00$cphMain$TxtUserName" type="text" '
        'id="ctl00_cphMain_TxtUserName" /> 密码：<input name="ctl00$cphMain$TxtPassword" type="password" '
        'id="ctl00_cphMain_TxtPassword" /> <input type="submit" name="ctl00$cphMain$BtnLogin" value="登录" '
        'id="ctl00_cphMain_BtnLogin" /> <a href="/Reg/User_Reg.aspx">注册新用户</a></div></div>'))  # fmt: skip

    def box(node, arts):
        lis = "".join(f'<li><span>{a.when:%m-%d}</span><a href="{a.path}" title="{a.title}" target="_blank">'
                      f"{short(a.title, 18)}</a></li>\n" for a in arts)  # fmt: skip
        return (f'<div class="index_box"><div class="index_title"><span class="more"><a href="{sf_list_url(node)}">'
                f"更多&gt;&gt;</a></span>{SF_NODES[node]}</div><ul>\n{lis}</ul></div>\n")  # fmt: skip

    login = ('<div class="index_box"><div class="index_title">用户登录</div><div class="login">用户名：<input '
             'name="ctl00$UserLogin1$TxtUserName" type="text" /> 密码：<input name="ctl00$UserLogin1$TxtPassword" '
             'type="password" /> <a id="ctl00_UserLogin1_BtnLogin" href="javascript:__doPostBack(\'ctl00$UserLogin1$'
             'BtnLogin\',\'\')">登录</a> <a href="/User/Login.aspx">会员中心</a></div></div>\n')  # fmt: skip
    search = ('<div class="index_search">站内搜索：<input name="ctl00$TxtKeyword" type="text" id="ctl00_TxtKeyword" /> '
              '<input type="button" value="搜索" onclick="window.location=\'/Search/Index.aspx?fieldoption=title&amp;'
              "keyword='+encodeURIComponent(document.getElementById('ctl00_TxtKeyword').value)\" /></div>\n")  # fmt: skip
    pics = "".join(f'<li><a href="{a.path}" target="_blank"><img src="/UploadFiles/Article/pic{i}.png" alt="{a.title}" '
                   f'/></a><p><a href="{a.path}" target="_blank">{short(a.title, 10)}</a></p></li>'
                   for i, a in enumerate(news[:3]))  # fmt: skip
    for i in range(3):
        site[f"/UploadFiles/Article/pic{i}.png"] = IMAGE
    home = (f'<div id="main"><div class="index_left">{login}{search}<div class="index_box"><div class="index_title">'
            f'<span class="more"><a href="/Category_10/Index.aspx">详细&gt;&gt;</a></span>学校简介</div><p>　　{SF_NAME}'
            f'创办于1956年，是县教育局直属的一所全日制公办小学……</p></div></div>\n<div class="index_right"><div '
            f'class="index_box picnews"><ul>{pics}</ul></div>\n{box(12, news[:8])}{box(13, columns[13][:8])}'
            f'{box(14, jy[:6])}</div>\n<div class="links">友情链接：<a href="http://www.moe.gov.cn/" target="_blank">'
            '教育部</a> <a href="http://jyt.jiangxi.gov.cn/" target="_blank">江西省教育厅</a></div></div>')  # fmt: skip
    site["/"] = site["/Default.aspx"] = sf_page("/Default.aspx", f"{SF_NAME} - 首页", home)
    for path in ("/js/jquery.pack.js", "/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0&t=637454319120000000",
                 "/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvkM&t=ffffffffe6692900"):  # fmt: skip
        site[path] = (200, b"/* WebForms */", "application/x-javascript")
    for path in ("/Skin/Default/Images/logo.png", "/Images/FileIcon/doc.gif", "/Images/FileIcon/pdf.gif"):
        site[path] = IMAGE
    return site, {a.path: a for a in news + notices + jy}


# ---- 2. Z-BlogPHP: a township school's news as a blog -------------------------------------------------------------

ZB_NAME = "樟溪镇中心学校"
ZB_CATES = {1: "校园新闻", 2: "通知公告", 3: "教师园地"}
ZB_TAGS = {1: "运动会", 2: "安全教育", 3: "教研活动", 4: "家校共育", 5: "德育", 6: "放假通知"}
ZB_PER = 10  # ZC_DISPLAY_COUNT


def zb_time(t):
    return f"{t:%Y-%m-%d %H:%M:%S}"


def zb_paged(base, k):
    """A Z-Blog list's page: {%host%}category-{%id%}_{%page%}.html, the first without its page."""
    if base == "":
        return f"{H}/" if k == 1 else f"{H}/page_{k}.html"
    return f"{H}/{base}.html" if k == 1 else f"{H}/{base}_{k}.html"


def zb_pagebar(base, k, n):
    if n <= 1:
        return ""
    buttons = [("‹‹", 1), *((str(i), i) for i in range(1, n + 1)), ("››", n)]
    return "".join(
        f'<span class="page now-page">{label}</span>' if label == str(k) else
        f'<a href="{zb_paged(base, i)}"><span class="page">{label}</span></a>' for label, i in buttons
    )  # fmt: skip


def zb_page(title, kind, main, side):
    nav = (f'<li id="nvabar-item-index"><a href="{H}/">首页</a></li><li id="navbar-page-2"><a href="{H}/xxjj.html">'
           "学校简介</a></li>" + "".join(f'<li id="navbar-category-{c}"><a href="{H}/category-{c}.html">{n}</a></li>'
                                         for c, n in ZB_CATES.items()))  # fmt: skip
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">\n<head>\n'
        '\t<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n\t<meta http-equiv="Content-Language" '
        f'content="zh-CN" />\n\t<title>{ZB_NAME}-{title}</title>\n\t<meta name="generator" content="Z-BlogPHP 1.7.2" />'
        f'\n\t<link rel="stylesheet" rev="stylesheet" href="{H}/zb_users/theme/default/style/default.css" '
        f'type="text/css" media="all"/>\n\t<script src="{H}/zb_system/script/jquery-2.2.4.min.js" '
        f'type="text/javascript"></script>\n\t<script src="{H}/zb_system/script/zblogphp.js" type="text/javascript">'
        f'</script>\n\t<link rel="alternate" type="application/rss+xml" href="{H}/feed.php" title="{ZB_NAME}" />\n'
        f'</head>\n<body class="{kind}">\n<div id="divAll">\n\t<div id="divPage">\n\t<div id="divMiddle">\n\t\t<div '
        f'id="divTop">\n\t\t\t<h1 id="BlogTitle"><a href="{H}/">{ZB_NAME}</a></h1>\n\t\t\t<h3 id="BlogSubTitle">'
        f'立德树人 和谐发展</h3>\n\t\t</div>\n\t\t<div id="divNavBar">\n<ul>\n{nav}\n</ul>\n\t\t</div>\n'
        f'\t\t<div id="divMain">\n{main}\n\t\t</div>\n\t\t<div id="divSidebar">\n{side}\n\t\t</div>\n'
        f'\t\t<div id="divBottom">\n\t\t\t<h3 id="BlogCopyRight">Copyright &copy; 2021 {ZB_NAME} 版权所有 <a '
        'href="https://beian.miit.gov.cn/" target="_blank">闽ICP备17045678号-1</a></h3>\n\t\t\t<h4 id="BlogPowerBy">'
        'Powered By <a href="https://www.zblogcn.com/" title="Z-BlogPHP" target="_blank">Z-BlogPHP</a></h4>\n'
        '\t\t</div><div class="clear"></div>\n\t</div><div class="clear"></div>\n\t</div><div class="clear">'
        "</div>\n</div>\n</body>\n</html>"
    )


def zb_module(mid, name, inner):
    return f'<dl class="function" id="{mid}">\n<dt class="function_t">{name}</dt>\n<dd class="function_c">\n{inner}\n</dd>\n</dl>\n'


def zb_calendar(year, month, dayed):
    """The calendar module of one month: its days with posts linked, « and » the months around it."""
    first = datetime(year, month, 1)
    ndays = ((first + timedelta(days=32)).replace(day=1) - first).days
    before = first - timedelta(days=1)
    after = first + timedelta(days=ndays)
    cells = ["<td></td>"] * first.weekday()
    for d in range(1, ndays + 1):
        n = dayed.get(d, 0)
        cells.append(f'<td><a href="{H}/date-{year}-{month}-{d}.html" title="{year}-{month}-{d} ({n})" '
                     f'target="_blank">{d}</a></td>' if n else f"<td>{d}</td>")  # fmt: skip
    cells += ["<td></td>"] * (-len(cells) % 7)
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    return (f'<table id="tbCalendar"><caption><a href="{H}/date-{before.year}-{before.month}.html">«</a>&nbsp;&nbsp;'
            f'&nbsp;<a href="{H}/date-{year}-{month}.html">{year}年{month}月</a>&nbsp;&nbsp;&nbsp;<a href="{H}/date-'
            f'{after.year}-{after.month}.html">»</a></caption><thead><tr><th title="星期一" scope="col"><small>一'
            '</small></th><th title="星期二" scope="col"><small>二</small></th><th title="星期三" scope="col"><small>三'
            '</small></th><th title="星期四" scope="col"><small>四</small></th><th title="星期五" scope="col"><small>五'
            '</small></th><th title="星期六" scope="col"><small>六</small></th><th title="星期日" scope="col"><small>日'
            f"</small></th></tr></thead><tbody>{rows}</tbody></table>")  # fmt: skip


def zb_multi(a):
    intro = re.sub(r"</p>.*", "</p>", a.body, count=1, flags=re.S)
    return (f'<div class="post multi">\n\t<h2 class="post-title"><a href="{H}{a.path}">{a.title}</a><span '
            f'class="post-date">{zb_time(a.when)}</span></h2>\n\t<div class="post-body">{intro}</div>\n\t<p '
            f'class="post-footer">\n\t\t作者:{a.author} <small>|</small> 分类:{ZB_CATES[a.cate]} <small>|</small> '
            f"浏览:{a.hits} <small>|</small> 评论:0\n\t</p>\n</div>\n")  # fmt: skip


def zb_single(a):
    tags = "".join(f"&nbsp;<a href='{H}/tags-{t}.html' title='{ZB_TAGS[t]}'>{ZB_TAGS[t]}</a>&nbsp;<small>,</small>"
                   for t in a.tags)  # fmt: skip
    files = "".join(f'<p>附件：<a href="{H}{u}" target="_blank">{n}</a></p>' for u, n in a.files)
    return (
        f'<div class="post single">\n\t<h2 class="post-title">{a.title}<span class="post-date">{zb_time(a.when)}</span>'
        f'</h2>\n\t<div class="post-body">{a.body}{files}</div>\n\t<p class="post-tags">\n                标签:{tags}\n\t'
        f'</p>\n\t<p class="post-footer">\n\t\t作者:{a.author} <small>|</small> 分类:{ZB_CATES[a.cate]} <small>|</small>'
        f" 浏览:{a.hits} <small>|</small> 评论:0\n\t</p>\n</div>\n\n"
        '<label id="AjaxCommentBegin"></label>\n<!--评论输出-->\n<label id="AjaxCommentEnd"></label>\n<!--评论框-->\n'
        '<div class="post" id="divCommentPost">\n\t<p class="posttop"><a name="comment">发表评论:</a><a '
        'rel="nofollow" id="cancel-reply" href="#divCommentPost" style="display:none;"><small>取消回复</small></a></p>'
        f'\n\t<form id="frmSumbit" target="_self" method="post" action="{H}/zb_system/cmd.php?act=cmt&amp;postid='
        f'{a.aid}&amp;key={hashlib.md5(str(a.aid).encode()).hexdigest()}" >\n\t<input type="hidden" name="inpId" '
        f'id="inpId" value="{a.aid}" />\n\t<input type="hidden" name="inpRevID" id="inpRevID" value="0" />\n\t<p><input '
        'type="text" name="inpName" id="inpName" class="text" value="访客" size="28" tabindex="1" /> <label '
        'for="inpName">名称(*)</label></p>\n\t<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" '
        'rows="4" tabindex="5" ></textarea></p>\n\t<p><input name="sumbit" type="submit" tabindex="6" value="提交" '
        'onclick="return zbp.comment.post()" class="button" /></p>\n\t</form>\n</div>'
    )


def zblog_site():
    site = {}
    news = [Art("", t, w, author=("校办", "政教处", "团委")[k % 3], cate=1)
            for k, (t, w) in enumerate(zip(titles(("我校", "初一年级", "初二年级", "初三年级", "小学部", "校团委",
                                                  "政教处", "校篮球队"),
                                                 ("举行春季田径运动会", "开展消防安全疏散演练", "召开家长会",
                                                  "开展“清明祭英烈”活动", "举行中考百日誓师大会", "开展研学实践活动"),
                                           16), days("2021-06-28 10:20", 16, 11)))]  # fmt: skip
    notices = [Art("", t, w, author="办公室", cate=2)
               for t, w in zip(titles(("2021年春季开学", "清明节放假", "劳动节放假", "端午节放假", "暑假放假",
                                       "开展防溺水专项教育", "2021年小学一年级招生", "期末考试安排"),
                                      ("的通知", "的安排", "的补充通知"), 12, "关于{}{}"),
                               days("2021-06-26 17:05", 12, 14))]  # fmt: skip
    teachers = [Art("", t, w, author=("林老师", "陈老师", "黄老师", "郑老师")[k % 4], cate=3)
                for k, (t, w) in enumerate(zip(titles(("语文组", "数学组", "英语组", "理化生组", "政史地组",
                                                      "小学综合组", "青年教师"),
                                                     ("开展同课异构研讨", "举行公开课展示", "开展读书分享会"), 14),
                                               days("2021-06-24 20:40", 14, 12)))]  # fmt: skip
    posts = sorted(news + notices + teachers, key=lambda a: a.when, reverse=True)
    numbered(posts, 12)
    tags_of = {1: (1, 2), 2: (6, 2), 3: (3,)}
    for k, a in enumerate(posts):
        a.path = f"/post/{a.aid}.html"
        a.body = prose(a.title, ZB_NAME, k + 5)
        a.hits = 20 + (a.aid * 37) % 300
        a.tags = (tags_of[a.cate][k % len(tags_of[a.cate])],) + ((4, 5)[k % 2],) * (k % 3 == 0)
    for a in (notices[1], notices[4], teachers[3]):
        url = f"/zb_users/upload/{a.when:%Y/%m}/{a.when:%Y%m%d%H%M%S}_{a.aid}.doc"
        a.files += ((url, f"{a.title[:10]}.doc"),)
        site[url] = DOC
    newest = posts[:10]
    hot = sorted(posts, key=lambda a: a.hits, reverse=True)[:8]
    months = {}
    for a in posts:
        months.setdefault((a.when.year, a.when.month), []).append(a)
    last_y, last_m = posts[0].when.year, posts[0].when.month
    dayed = {}
    for a in months[(last_y, last_m)]:
        dayed[a.when.day] = dayed.get(a.when.day, 0) + 1
    tagged = {t: [a for a in posts if t in a.tags] for t in ZB_TAGS}

    def li(a):
        return f'<li><a title="{a.title}" href="{H}{a.path}">{a.title}</a></li>\n'

    side = (
        zb_module("divSearchPanel", "搜索", f'<div><form name="search" method="post" action="{H}/zb_system/cmd.php?'
                  'act=search"><input type="text" name="q" size="11" /> <input type="submit" value="搜索" /></form>'
                  "</div>")
        + zb_module("divCalendar", "日历", f'<div class="module-calendar">{zb_calendar(last_y, last_m, dayed)}</div>')
        + zb_module("divPrevious", "最新文章", "<ul>" + "".join(map(li, newest)) + "</ul>")
        + zb_module("divHot", "热门文章", "<ul>" + "".join(map(li, hot)) + "</ul>")
        + zb_module("divCatalog", "分类", "<ul>" + "".join(
            f'<li><a title="{n}" href="{H}/category-{c}.html">{n}</a></li>' for c, n in ZB_CATES.items()) + "</ul>")
        + zb_module("divTags", "标签云", "<ul>" + "".join(
            f'<li><a title="{n}" href="{H}/tags-{t}.html">{n}<span class="tag-count"> ({len(tagged[t])})</span></a></li>'
            for t, n in ZB_TAGS.items()) + "</ul>")
        + zb_module("divArchives", "归档", "<ul>" + "".join(
            f'<li><a title="{y}年{m}月" href="{H}/date-{y}-{m}.html">{y}年{m}月 ({len(arts)})</a></li>'
            for (y, m), arts in months.items()) + "</ul>")
        + zb_module("divLinkage", "友情链接", '<ul><li><a href="http://www.moe.gov.cn/" target="_blank">教育部</a></li>'
                    '<li><a href="http://jyt.fujian.gov.cn/" target="_blank">福建省教育厅</a></li></ul>')
    )  # fmt: skip

    def lists(base, title, kind, arts):
        chunks = [arts[i : i + ZB_PER] for i in range(0, len(arts), ZB_PER)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            main = "".join(map(zb_multi, chunk)) + f'<div class="pagebar">{zb_pagebar(base, k, len(chunks))}</div>'
            path = zb_paged(base, k)[len(H) :]
            page_title = title if k == 1 else f"{title}-第{k}页"
            site[path] = zb_page(page_title, f"multi {kind}", main, side)

    lists("", "立德树人 和谐发展", "index", posts)
    for c, n in ZB_CATES.items():
        lists(f"category-{c}", n, "category", [a for a in posts if a.cate == c])
    for t, n in ZB_TAGS.items():
        lists(f"tags-{t}", n, "tag", tagged[t])
    for (y, m), arts in months.items():
        lists(f"date-{y}-{m}", f"{y}年{m}月", "date", arts)
    after = datetime(last_y, last_m, 28) + timedelta(days=7)
    lists(f"date-{after.year}-{after.month}", f"{after.year}年{after.month}月", "date", [])
    for d in dayed:
        lists(f"date-{last_y}-{last_m}-{d}", f"{last_y}年{last_m}月{d}日", "date",
              [a for a in months[(last_y, last_m)] if a.when.day == d])  # fmt: skip
    for a in posts:
        site[a.path] = zb_page(a.title, "single article", zb_single(a), side)
    about = "".join(f"<p>{p}</p>" for p in (
        f"{ZB_NAME}位于樟溪镇文昌路，是一所九年一贯制公办学校，现有教学班24个，学生1100余人，教职工98人。",
        "学校坚持“立德树人、和谐发展”的办学理念，努力办好家门口的好学校。",
    ))  # fmt: skip
    site["/xxjj.html"] = zb_page("学校简介", "single page", '<div class="post page">\n\t<h2 class="post-title">学校简介'
                                 f'</h2>\n\t<div class="post-body">{about}</div>\n</div>', side)  # fmt: skip
    items = "".join(f"<item><title>{a.title}</title><author>null@null.com ({a.author})</author><link>{H}{a.path}</link>"
                    f"<pubDate>{a.when:%a, %d %b %Y %H:%M:%S} +0800</pubDate><guid>{H}{a.path}</guid><description>"
                    f"<![CDATA[{re.sub(r'<[^>]+>', '', a.body)[:80]}]]></description><category>{ZB_CATES[a.cate]}"
                    "</category></item>" for a in newest)  # fmt: skip
    site["/feed.php"] = (200, f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{ZB_NAME}'
                         f"</title><link>{H}/</link><description>立德树人 和谐发展</description><generator>Z-BlogPHP "
                         f"1.7.2</generator><language>zh-CN</language>{items}</channel></rss>",
                         "text/xml; charset=utf-8")  # fmt: skip
    for path in ("/zb_system/script/jquery-2.2.4.min.js", "/zb_system/script/zblogphp.js"):
        site[path] = (200, b"/* Z-BlogPHP */", "application/javascript")
    return site, {a.path: a for a in posts}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_sitefactory_fixture_is_the_site_it_claims_to_be():
    site, truth = siteFactory_site()
    assert len(truth) == 23 + 16 + 14 and len(html_pages(site)) <= 70
    first = site["/Category_12/Index.aspx"]
    assert ('共 <b>23</b> 条记录&nbsp;&nbsp;首页&nbsp;上一页&nbsp;<a href="/Category_12/Index_2.aspx">下一页</a>&nbsp;'
            '<a href="/Category_12/Index_3.aspx">尾页</a>&nbsp;&nbsp;页次：<b>1</b>/3页') in first  # fmt: skip
    assert "__doPostBack(\\'ctl00$cphMain$ddlPage\\'" in first and 'Index_3.aspx">3<' not in first
    second = site["/Category_12/Index_2.aspx"]
    assert '<a href="/Category_12/Index_3.aspx">下一页</a>' in second
    assert {"/Category_13/Index_2.aspx", "/Category_13/Index_3.aspx", "/Category_14/Index_2.aspx"} <= set(site)
    assert "/Category_14/Index_3.aspx" not in site and "/Category_12/Index_4.aspx" not in site
    for page in html_pages(site):
        assert (
            site[page].count('<form name="form1" method="post"') == 1 and 'id="__VIEWSTATE" value="/wEP' in site[page]
        )
    views = {re.search(r'id="__VIEWSTATE" value="([^"]+)"', site[p])[1] for p in html_pages(site)}
    assert len(views) == len(set(html_pages(site)) - {"/"})
    for a in truth.values():
        assert (
            re.fullmatch(r"/Item/\d{4}\.aspx", a.path) and f'<h1 class="article_title">{a.title}</h1>' in site[a.path]
        )
        assert f"更新时间：{a.when.year}/{a.when.month}/{a.when.day} {a.when.hour}:" in site[a.path]
    rows = re.findall(r'<span class="date">[-\d]+</span><a href="([^"]+)"', "".join(
        site[p] for p in site if p.startswith("/Category_13/")))  # fmt: skip
    assert len(rows) == len(set(rows)) == 17 and set(rows) <= set(truth)
    assert sum(1 for v in site.values() if v is DOC) == 2 and sum(1 for v in site.values() if v is PDF) == 2
    server = Server(site, iis_key)
    a = next(iter(truth.values()))
    assert server.get(a.path.lower())[1] == site[a.path].encode() and server.get("/category_12/index_2.ASPX")[0] == 200


def test_the_zblog_fixture_is_the_site_it_claims_to_be():
    site, truth = zblog_site()
    assert len(truth) == 16 + 12 + 14
    assert {"/", "/page_5.html", "/category-1_2.html", "/category-3_2.html", "/tags-2_2.html"} <= set(site)
    assert "/page_6.html" not in site and "/category-1_3.html" not in site
    home = site["/"]
    assert ('<span class="page now-page">1</span><a href="http://HOME/page_2.html"><span class="page">2</span></a>'
            in home)  # fmt: skip
    dates = [p for p in site if re.fullmatch(r"/date-2021-\d+\.html", p)]
    assert len(dates) == 7 and all(f'href="http://HOME{p}"' in home for p in dates if p != "/date-2021-7.html")
    assert '<a href="http://HOME/date-2021-7.html">»</a>' in home and "post-title" not in site["/date-2021-7.html"]
    in_months = [m for p in dates for m in re.findall(r'<h2 class="post-title"><a href="http://HOME(/post/\d+\.html)"',
                                                       site[p])]  # fmt: skip
    assert sorted(in_months) == sorted(truth), "the monthly archives list every post once"
    assert re.search(r'href="http://HOME/date-2021-6-\d+\.html" title="2021-6-\d+ \(1\)"', home)
    for a in truth.values():
        page = site[a.path]
        assert f'<h2 class="post-title">{a.title}<span class="post-date">{a.when:%Y-%m-%d %H:%M:%S}</span></h2>' in page
        assert f"<title>{ZB_NAME}-{a.title}</title>" in page
    assert sum(1 for v in site.values() if v is DOC) == 3
    assert "<pubDate>" in site["/feed.php"][1] and "post-date" not in site["/xxjj.html"]
    server = Server(site, php_key)
    server.home = "http://127.0.0.1:8"
    assert b'href="http://127.0.0.1:8/category-1.html"' in server.get("/category-2.html")[1]


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {
    "sitefactory": (siteFactory_site, iis_key),
    "zblog": (zblog_site, php_key),
}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    build, key = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, Server(site, key), truth, key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
