"""Whole sites whose home page shows its columns in TABS, written by hand after their public markup and crawled with
nothing but the home page's address: a county education bureau on 迅睿CMS (XunRuiCMS 4.x, CodeIgniter 4, 2021–2022)
and a district 校务公开 (school-affairs disclosure) platform on ASP.NET MVC 5 (IIS, Razor, Bootstrap 3). The archive
must hold exactly the articles each site was generated with, EACH ONCE, with its title and its day.

* 迅睿CMS, 柏溪县教育局: the share module's columns under the URL rule ``list-{dirname}.html`` /
  ``list-{dirname}-{page}.html`` / ``show-{id}.html`` (通知公告 /list-tzgg.html, 3 pages; 教育动态 /list-jydt.html, 2
  pages; 单页 机构概况 /list-jggk.html and 联系我们 /list-lxwm.html, undated, not articles; articles /show-123.html),
  and an independent module ``xxgk`` without a URL rule: /index.php?s=xxgk&c=category&id=7 (校务公开, 2 pages,
  ``&page=2``), id=8 (政策法规, 2 pages), articles /index.php?s=xxgk&c=show&id=12 (the module's own ids). The home
  page's one tab box ``<div class="tab-title"><ul><li class="on">通知公告</li><li>教育动态</li><li>校务公开</li></ul>``
  is switched by jQuery on hover; each ``tab-item`` pane holds its column's seven newest rows (dated ``05-06``):
  通知公告's pane has its own 更多 href; 教育动态's 更多 is ``href="javascript:;"``, the script sending the click to
  the header's ``data-more`` (the nav links the column too); 校务公开's pane
  has no 更多 at all and its header carries ``onclick="window.location.href='/index.php?s=xxgk&c=category&id=7'"``.
  The nav links 信息公开 to the county government's platform (off-site), not to 校务公开: 校务公开's list, and the
  articles not in its pane, are reached through that onclick alone. The share lists use the system pager
  (``<ul class="pagination"><li class="disabled hidden-xs"><a>共20条</a></li><li class="active"><a>1</a></li><li><a
  href="/list-tzgg-2.html">2</a></li>…<li><a>下一页</a></li><li><a>最后一页</a></li></ul>``, page 1 written as
  /list-tzgg-1.html); 政策法规's template writes only a jump menu ``<select onchange="window.location.href=this.value">``
  of ``<option value="/index.php?s=xxgk&amp;c=category&amp;id=8&amp;page=2">第2页</option>``: its page 2 has no href.
  Share articles: ``<h1>`` in ``show-title``, ``<div class="show-info">发布时间：2022-05-06 10:20:33 来源：… 浏览：``
  dr_show_hits's ``<span class="dr_show_hits_12">`` and JSONP script, the body, UEditor attachments, 上一篇/下一篇 of
  the column. xxgk articles: the 信息公开 head table (索引号, 所属类别, 发布机构, 发布日期: the page's only date, 文号), the title, no
  上一篇/下一篇, a breadcrumb of unlinked names. A 教育动态 item is also listed in 通知公告 (同步到其他栏目: the row
  links the original). One 通知公告 is a scanned image only. The side box 热门信息 (undated), the 友情链接 jump menu
  (off-site), the footer (版权所有, ICP, 公安备案). The server also answers index.php?c=category&id=N and
  index.php?c=show&id=N as the rewritten pages, list-tzgg-1.html as list-tzgg.html, ``page=1`` as no page.
* ASP.NET MVC, 青萍区中小学校务公开平台: the home page (the MVC template's layout, bundles ``/bundles/jquery?v=…``)
  groups its three schools by 学段 in a Bootstrap accordion (``<div class="panel-group" id="accordion">``, 幼儿园 /
  小学 / 初中, a panel per 学段 with ``data-toggle="collapse"`` headings, all but the first collapsed) linking
  /xxgk/school?schoolId=12, and a 最新公开 box of the ten newest items linking /xxgk/detail?id=345&schoolId=12&from=index
  (another order, a tracking parameter). A school's page: the left menu (党务公开; 校务公开 > 学校概况 / 收费公示 /
  招生信息; 财务公开) of /xxgk/list?schoolId=12&amp;columnId=22 links and its six newest items. A column of one item
  is shown directly: 学校概况 (undated, not an article) and the 收费公示 of two schools (a dated notice: an article, at
  its column's address, which nothing else links); the others are lists (a table, eight rows a page, rows
  /xxgk/detail?schoolId=12&amp;id=345) under PagedList.Mvc's pager (``<div class="pagination-container"><ul
  class="pagination"><li class="disabled PagedList-skipToPrevious"><a rel="prev">«</a></li><li class="active">
  <a>1</a></li><li><a href="…&amp;page=2">2</a></li><li class="PagedList-skipToNext"><a href=… rel="next">»</a>``);
  an empty column says 暂无公开信息. One 招生信息 item is also listed in its school's 收费公示. Articles: the breadcrumb,
  ``<h2 class="art-title">``, ``<div class="art-info"><span>发布时间：2023-05-06 10:20</span><span>发布单位：…</span>
  <span>浏览次数：…</span>``, ``<div class="art-content">``, PDF attachments; no 上一条/下一条. 平台简介 (/Home/About)
  is undated; 登录 (/Account/Login) a form. IIS reads paths and parameter names in any case, MVC binds only the
  parameters an action takes (``from`` is ignored) in any order.

IDENTITY: one record per article, under its address as its server reads it (parameters in any order; on IIS any
case; never with ``from``). Archived URLs are compared under the server's reading (so nothing is missing or
extra), their raw rows are counted (so nothing is archived twice) and checked against the identities. The fixture
tests check that every link resolves and that a browser-like walk (links, the tab headers' onclick and data-more,
jump menus) reaches every article, and that plain hrefs alone do not on the 迅睿 site. No page is copied from a real
site: names, hosts and numbers are made up."""

import html
import re
import sqlite3
import urllib.parse
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import (
    DOC,
    IMAGE,
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    html_pages,
    iis_key,
    neighbours,
    numbered,
    pdf,
    prose,
    short,
    titles,
)


@dataclass
class Art:
    path: str  # the article's identity: URL path and query
    title: str
    when: datetime
    source: str = "本站"
    author: str = "admin"
    body: str = ""
    aid: int = 0
    hits: int = 0
    files: tuple = ()
    school: int = 0
    column: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def chunks(listed, per):
    return [listed[i : i + per] for i in range(0, len(listed), per)] or [[]]


def plain(body, n):
    return re.sub(r"<[^>]+>|　", "", body)[:n]


class Server(dict):
    """A site ({path: page}) as its server answers it, under ``key`` (the server's reading of a URL)."""

    def __init__(self, site, key):
        super().__init__(site)
        self.key = key
        self.answers = {key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        entry = self.answers.get(self.key(path), default)
        if isinstance(entry, str):
            return 200, entry.encode("utf-8"), "text/html; charset=utf-8"
        return entry


# ---- 1. 迅睿CMS (XunRuiCMS 4.x): a county education bureau ----------------------------------------------------------

XR_NAME = "柏溪县教育局"
XR_SHARE = {  # share-module column id: (name, dirname, kind)
    1: ("机构概况", "jggk", "page"),
    2: ("通知公告", "tzgg", "list"),
    3: ("教育动态", "jydt", "list"),
    4: ("联系我们", "lxwm", "page"),
}
XR_XXGK = {7: "校务公开", 8: "政策法规"}  # the independent module xxgk's columns
XR_ROWS = 8  # the share lists' pagesize
XR_XX_ROWS = 10  # the xxgk lists'
XR_STATIC = "/static/default/pc/web"
XR_GOV = "http://www.baixi.gov.cn/xxgk/"


def xr_key(path):
    """CodeIgniter 4 under 迅睿's router: /index.php is /, the dynamic and the rewritten address of a share page are
    one page, page 1 of a list is the list, the query's parameters in any order."""
    path = path.partition("#")[0]
    base, _, query = path.partition("?")
    base = "/" if base in ("", "/index.php") else base
    pairs = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
    if pairs.get("page") == "1":
        del pairs["page"]
    if base == "/" and "s" not in pairs and pairs.get("c") == "category" and pairs.get("id", "").isdigit():
        cid = int(pairs["id"])
        if cid in XR_SHARE:
            base, pairs = xr_list_url(cid, int(pairs.get("page", 1))), {}
    elif base == "/" and "s" not in pairs and pairs.get("c") == "show" and pairs.get("id", "").isdigit():
        base, pairs = f"/show-{pairs['id']}.html", {}
    m = re.fullmatch(r"/list-(\w+)-1\.html", base)
    if m:
        base = f"/list-{m.group(1)}.html"
    return base + (f"?{urllib.parse.urlencode(sorted(pairs.items()))}" if pairs else "")


def xr_list_url(cid, k=1, pager=False):
    """A share column's page k (the pager writes page 1 by the rule too: list-tzgg-1.html)."""
    dirname = XR_SHARE[cid][1]
    return f"/list-{dirname}.html" if k == 1 and not pager else f"/list-{dirname}-{k}.html"


def xx_list_url(cid, k=1, amp="&amp;"):
    return f"/index.php?s=xxgk{amp}c=category{amp}id={cid}" + (f"{amp}page={k}" if k > 1 else "")


def xx_show_url(aid, amp="&amp;"):
    return f"/index.php?s=xxgk{amp}c=show{amp}id={aid}"


def xr_page(title, current, body):
    nav = [("首页", "/", 0)] + [(n, xr_list_url(c), c) for c, (n, _, _) in XR_SHARE.items() if c != 4]
    nav += [("政策法规", xx_list_url(8), 8), ("信息公开", XR_GOV, -1), ("联系我们", xr_list_url(4), 4)]
    on, blank = ' class="on"', ' target="_blank"'
    lis = "".join(
        f'<li{on if c == current else ""}><a href="{u}"{blank if c == -1 else ""}>{n}</a></li>' for n, u, c in nav
    )
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8" />\n<meta http-equiv="X-UA-Compatible" content="IE=edge">'
        '\n<meta content="width=device-width, initial-scale=1.0" name="viewport" />\n'
        f'<title>{title}</title>\n<meta content="{XR_NAME},柏溪教育" name="keywords" />\n<meta content="{XR_NAME}'
        f'官方网站" name="description" />\n<link href="{XR_STATIC}/css/style.css" rel="stylesheet" type="text/css" />\n'
        "<script type=\"text/javascript\">var is_mobile_cms = '';var web_dir = '/';</script>\n"
        '<script src="/api/language/zh-cn/lang.js" type="text/javascript"></script>\n'
        '<script src="/static/assets/js/jquery.min.js" type="text/javascript"></script>\n'
        '<script src="/static/assets/js/cms.js" type="text/javascript"></script>\n</head>\n<body>\n'
        '<div class="top-bar"><div class="wrap"><span class="fl">今天是：<span id="today"></span></span><span class="fr">'
        '<a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/">设为首页'
        '</a></span></div></div>\n<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/uploadfile/'
        f'202103/logo.png" alt="{XR_NAME}"></a><form class="search" action="/index.php" method="get"><input '
        'type="hidden" name="s" value="api"><input type="hidden" name="c" value="search"><input type="text" '
        'name="keyword" placeholder="请输入关键字"><button type="submit">搜索</button></form></div></div>\n'
        f'<div class="nav"><div class="wrap"><ul>{lis}</ul></div></div>\n'
        f"{body}\n"
        '<div class="footer"><div class="wrap"><p>主办单位：柏溪县教育局 &nbsp; 地址：柏溪县城关镇育才路9号 &nbsp; 电话：'
        "0738-3321456</p>\n"
        f'<p>版权所有 &copy; 2021-2022 {XR_NAME} &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备'
        '16012345号-1</a> &nbsp; <a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=43132202000123" '
        'target="_blank"><img src="/uploadfile/202103/gongan.png"> 湘公网安备 43132202000123号</a></p>\n<p>技术支持：'
        "迅睿CMS</p></div></div>\n</body>\n</html>"
    )


def xr_pager(cid, k, n, total):
    """The system page config (config/page/pc/page.php) around ``{$pages}``."""
    if n <= 1:
        return ""

    def url(i):
        return xr_list_url(cid, i, pager=True) if cid in XR_SHARE else xx_list_url(cid, i)

    out = f'<li class="disabled hidden-xs"><a>共{total}条</a></li>'
    if k > 1:
        out += f'<li><a href="{url(k - 1)}">上一页</a></li>'
    out += "".join(f'<li class="active"><a>{i}</a></li>' if i == k else f'<li><a href="{url(i)}">{i}</a></li>'
                   for i in range(1, n + 1))  # fmt: skip
    if k < n:
        out += f'<li><a href="{url(k + 1)}">下一页</a></li><li><a href="{url(n)}">最后一页</a></li>'
    return f'<div class="fc-pages"><ul class="pagination">{out}</ul></div>'


def xr_jump(cid, k, n, total):
    """政策法规's template: a jump menu of its pages and nothing else."""

    def url(i):  # the menu names page 1 by its number too
        return xx_list_url(cid) + "&amp;page=1" if i == 1 else xx_list_url(cid, i)

    opts = "".join(f'<option value="{url(i)}"{" selected" if i == k else ""}>第{i}页</option>' for i in range(1, n + 1))
    return (f'<div class="page-jump">共{total}条记录 第{k}/{n}页 跳转到：<select name="page" '
            f'onchange="window.location.href=this.value">{opts}</select></div>')  # fmt: skip


def xr_side(current, hot):
    on = ' class="on"'
    cols = "".join(f'<li{on if c == current else ""}><a href="{xr_list_url(c)}">{n}</a></li>'
                   for c, (n, _, _) in XR_SHARE.items())  # fmt: skip
    hots = "".join(
        f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 15)}</a></li>' for a in hot
    )
    return (
        f'<div class="side"><div class="side-box"><div class="side-title"><h3>栏目导航</h3></div><ul class="side-nav">'
        f'{cols}</ul></div><div class="side-box"><div class="side-title"><h3>热门信息</h3></div><ul class="side-hot">'
        f"{hots}</ul></div></div>"
    )


def xr_crumb(*names):
    return '<div class="position">当前位置：<a href="/">首页</a>' + "".join(f" &gt; {n}" for n in names) + "</div>"


def xr_hits(a, app):
    return (
        f'<span class="dr_show_hits_{a.aid}">{a.hits}</span><script type="text/javascript"> $.ajax({{ type: "GET", '
        f'url:"/index.php?s=api&c=module&siteid=1&app={app}&m=hits&id={a.aid}", dataType: "jsonp", success: '
        f'function(data){{ if (data.code) {{ $(".dr_show_hits_{a.aid}").html(data.msg); }} }} }}); </script>'
    )


def xr_share_article(a, cid, older, newer, hot):
    def link(r):
        return f'<a href="{r.path}" title="{r.title}">{r.title}</a>' if r else "没有了"

    name = XR_SHARE[cid][0]
    crumb = xr_crumb(f'<a href="{xr_list_url(cid)}">{name}</a>', "正文")
    main = (
        f'<div class="main">{crumb}\n<div class="show">\n'
        f'<div class="show-title"><h1>{a.title}</h1></div>\n<div class="show-info">发布时间：{a.when:%Y-%m-%d %H:%M:%S}'
        f"&nbsp;&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;&nbsp;作者：{a.author}&nbsp;&nbsp;&nbsp;浏览：{xr_hits(a, 'share')}"
        f'</div>\n<div class="show-content" id="fontzoom">{a.body}</div>\n<div class="show-tools"><a href="javascript:'
        'window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>\n<div '
        f'class="show-prenext"><p>上一篇：{link(older)}</p><p>下一篇：{link(newer)}</p></div>\n</div></div>'
    )
    return xr_page(f"{a.title}_{name}_{XR_NAME}", cid, f'<div class="wrap inner">{xr_side(cid, hot)}\n{main}</div>')


def xr_xxgk_article(a, cid):
    name = XR_XXGK[cid]
    head = (
        '<table class="xxgk-head" cellspacing="0" cellpadding="0"><tr><th>索引号：</th>'
        f"<td>{a.source}</td><th>所属类别：</th><td>{name}</td></tr><tr><th>发布机构：</th><td>{XR_NAME}</td><th>"
        f'发布日期：</th><td>{a.day}</td></tr><tr><th>名　　称：</th><td colspan="3">{a.title}</td></tr><tr><th>'
        f"文　　号：</th><td>柏教发〔{a.when:%Y}〕{a.aid}号</td><th>主 题 词：</th><td></td></tr></table>"
    )
    main = (
        f'<div class="wrap inner-full">{xr_crumb("信息公开", name)}\n<div class="xxgk-show">{head}\n<div '
        f'class="xxgk-title"><h1>{a.title}</h1></div>\n<div class="xxgk-info">浏览次数：{xr_hits(a, "xxgk")}</div>\n'
        f'<div class="xxgk-content">{a.body}</div>\n<div class="show-tools"><a href="javascript:window.print();">'
        '【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>\n</div></div>'
    )
    return xr_page(f"{a.title}_{name}_{XR_NAME}", cid, main)


def xr_ueditor_file(site, a, url, name):
    a.files += ((url, name),)
    a.body += (
        '<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" src="/static/assets/'
        'global/plugins/ueditor/dialogs/attachment/fileTypeImages/icon_doc.gif"/><a style="font-size:12px; color:'
        f'#0066cc;" href="{url}" title="{name}">{name}</a></p>'
    )
    site[url] = DOC if url.endswith(".doc") else pdf(url)


def xunrui_site():
    site = {}
    notices = [Art("", t, w, author="办公室", source="县教育局办公室")
               for t, w in zip(titles(("做好2022年春季学期开学工作", "开展中小学校园安全隐患排查整治",
                                       "公布2021年度县级优秀教师名单", "举办全县中小学教师基本功大赛",
                                       "做好2022年中考报名工作", "开展“双减”工作专项督导", "做好防汛防溺水工作",
                                       "组织2022年教师资格认定"), ("的通知", "的补充通知", "的公告"), 19, "关于{}{}"),
                               days("2022-06-28 09:30", 19, 8))]  # fmt: skip
    news = [Art("", t, w, author="宣传股", source=("县教育局", "城关一小", "县第二中学")[k % 3])
            for k, (t, w) in enumerate(zip(titles(("县教育局", "城关一小", "县第二中学", "县实验幼儿园", "县职业中专",
                                                  "青石镇中心学校", "县第一中学"),
                                                 ("召开2022年全县教育工作会议", "开展消防疏散演练",
                                                  "举行“学党史、跟党走”主题活动", "开展教学视导工作",
                                                  "举办校园科技节"), 14),
                                          days("2022-06-30 16:10", 14, 10)))]  # fmt: skip
    open_ = [Art("", t, w, author="计财股", source="")
             for t, w in zip((
                "柏溪县2022年县直学校教师公开招聘公告", "柏溪县2021年度教育系统部门决算公开", "柏溪县2022年度教育系统部门预算公开",
                "柏溪县2022年义务教育阶段招生入学工作方案", "柏溪县2021年度教育经费执行情况公告", "柏溪县2022年春季学期学生资助名单公示",
                "柏溪县2022年县直学校教师公开招聘拟聘用人员公示", "柏溪县2021年度中小学校收费情况公示", "柏溪县2022年城区学校招生划片范围公告",
                "柏溪县2021年度教育系统政府采购情况公开", "柏溪县2021年秋季学期学生资助名单公示"),
                             days("2022-06-26 10:00", 11, 15))]  # fmt: skip
    laws = [Art("", t, w, author="政策法规股", source="")
            for t, w in zip(titles(("柏溪县中小学学籍管理办法", "柏溪县校外培训机构监管办法", "柏溪县中小学教师交流轮岗实施方案",
                                    "柏溪县学校安全工作考核细则"), ("（试行）", "（修订）", ""), 12,
                                   "县教育局关于印发《{}{}》的通知"),
                            days("2022-06-20 15:00", 12, 21))]  # fmt: skip
    numbered(notices + news, 1203, 2)  # the share module's ids
    numbered(open_ + laws, 41, 1)  # the xxgk module's own
    for a in notices + news:
        a.path = f"/show-{a.aid}.html"
    for a in open_ + laws:
        a.path = xx_show_url(a.aid, amp="&")
        a.source = f"114313220-02-{a.when:%Y}-{a.aid:04d}"  # 索引号
    for k, a in enumerate(notices + news + open_ + laws):
        a.body = prose(a.title, XR_NAME, k)
        a.hits = 60 + 17 * k % 900
    for a, n in (
        (notices[1], "附件：报名表"),
        (notices[6], "附件1：名单"),
        (open_[0], "招聘岗位表"),
        (laws[2], "实施方案"),
    ):
        ext = ".pdf" if a in open_ + laws else ".doc"
        xr_ueditor_file(site, a, f"/uploadfile/{a.when:%Y%m}/{a.aid:x}{int(a.when.timestamp()) % 99991:05d}{ext}",
                        n + ext)  # fmt: skip
    site["/static/assets/global/plugins/ueditor/dialogs/attachment/fileTypeImages/icon_doc.gif"] = IMAGE
    scan = notices[4]  # a notice published as a scanned page
    picture = f"/uploadfile/{scan.when:%Y%m}/{scan.aid:x}scan.png"
    scan.body = f'<p style="text-align:center"><img src="{picture}" title="{scan.title}" alt="{scan.title}"/></p>'
    site[picture] = IMAGE
    for p in ("/uploadfile/202103/logo.png", "/uploadfile/202103/gongan.png"):
        site[p] = IMAGE
    synced = news[3]  # 同步到其他栏目: a 教育动态 item in 通知公告 too
    hot = sorted(notices + news, key=lambda a: a.hits, reverse=True)[:6]
    columns = {2: sorted([*notices, synced], key=lambda a: a.when, reverse=True), 3: news}
    for cid, listed in columns.items():
        name = XR_SHARE[cid][0]
        parts = chunks(listed, XR_ROWS)
        for k, rows in enumerate(parts, 1):
            lis = "".join(f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 32)}</a><span '
                          f'class="time">{a.day}</span></li>\n' for a in rows)  # fmt: skip
            main = (f'<div class="main">{xr_crumb(name)}\n<div class="list-title"><h2>{name}</h2></div>\n<ul '
                    f'class="news-list">\n{lis}</ul>\n{xr_pager(cid, k, len(parts), len(listed))}\n</div>')  # fmt: skip
            site[xr_list_url(cid, k)] = xr_page(f"{name}_{XR_NAME}", cid, f'<div class="wrap inner">{xr_side(cid, hot)}'
                                                f"\n{main}</div>")  # fmt: skip
    for cid, arts in ((2, notices), (3, news)):
        for a, older, newer in neighbours(arts):
            site[a.path] = xr_share_article(a, cid, older, newer, hot)
    for cid, arts in ((7, open_), (8, laws)):
        name = XR_XXGK[cid]
        parts = chunks(arts, XR_XX_ROWS)
        for k, rows in enumerate(parts, 1):
            trs = "".join(f'<tr><td class="c">{a.source}</td><td><a href="{xx_show_url(a.aid)}" target="_blank" '
                          f'title="{a.title}">{short(a.title, 36)}</a></td><td class="c">{a.day}</td></tr>\n'
                          for a in rows)  # fmt: skip
            pager = xr_jump(cid, k, len(parts), len(arts)) if cid == 8 else xr_pager(cid, k, len(parts), len(arts))
            main = (f'<div class="wrap inner-full">{xr_crumb("信息公开", name)}\n<div class="xxgk-list"><table '
                    'class="xxgk-table" cellspacing="0"><tr><th width="200">索引号</th><th>标题</th><th width="110">'
                    f"发布日期</th></tr>\n{trs}</table>\n{pager}\n</div></div>")  # fmt: skip
            site[xx_list_url(cid, k, amp="&")] = xr_page(f"{name}_{XR_NAME}", cid, main)
        for a in arts:
            site[a.path] = xr_xxgk_article(a, cid)
    pages = {
        1: [f"{XR_NAME}是县人民政府主管全县教育工作的工作部门，内设办公室、人事股、计财股、基础教育股、政策法规股等"
            "9个股室，下辖县教育督导室、县教研室、县学生资助管理中心等事业单位。",
            "全县现有各级各类学校126所，在校学生5.8万人，教职工4300余人。"],
        4: ["地址：柏溪县城关镇育才路9号", "邮编：418300", "办公室电话：0738-3321456", "电子邮箱：bxjyj@example.com"],
    }  # fmt: skip
    for cid, paras in pages.items():
        name = XR_SHARE[cid][0]
        text = "".join(f"<p>　　{p}</p>" for p in paras)
        main = (f'<div class="main">{xr_crumb(name)}\n<div class="page-title"><h1>{name}</h1></div>\n<div '
                f'class="page-content">{text}</div></div>')  # fmt: skip
        site[xr_list_url(cid)] = xr_page(f"{name}_{XR_NAME}", cid, f'<div class="wrap inner">{xr_side(cid, hot)}\n'
                                         f"{main}</div>")  # fmt: skip

    def rows(arts, href=lambda a: a.path):
        return "".join(f'<li><a href="{href(a)}" title="{a.title}" target="_blank">{short(a.title, 24)}</a><span>'
                       f"{a.when:%m-%d}</span></li>\n" for a in arts)  # fmt: skip

    slides = news[:3]
    for i, a in enumerate(slides):
        site[f"/uploadfile/{a.when:%Y%m}/slide{i}.jpg"] = IMAGE
    slide = "".join(f'<li><a href="{a.path}" target="_blank"><img src="/uploadfile/{a.when:%Y%m}/slide{i}.jpg" '
                    f'alt="{a.title}"><p>{short(a.title, 20)}</p></a></li>' for i, a in enumerate(slides))  # fmt: skip
    tabs = (
        '<div class="tabbox">\n<div class="tab-title"><ul>\n<li class="on" data-more="/list-tzgg.html">通知公告</li>\n'
        '<li data-more="/list-jydt.html">教育动态</li>\n<li onclick="window.location.href=\'/index.php?s=xxgk&c=category'
        '&id=7\'">校务公开</li>\n</ul></div>\n<div class="tab-con">\n'
        f'<div class="tab-item" style="display:block;"><ul class="tab-list">\n{rows(columns[2][:7])}</ul><a class="more" '
        'href="/list-tzgg.html">更多&gt;&gt;</a></div>\n'
        f'<div class="tab-item" style="display:none;"><ul class="tab-list">\n{rows(news[:7])}</ul><a class="more" '
        'href="javascript:;">更多&gt;&gt;</a></div>\n'
        f'<div class="tab-item" style="display:none;"><ul class="tab-list">\n{rows(open_[:7])}</ul></div>\n'
        "</div>\n</div>\n"
        '<script type="text/javascript">\n$(".tab-title li").hover(function(){\n  var i = $(this).index();\n'
        '  $(this).addClass("on").siblings().removeClass("on");\n  $(".tab-con .tab-item").eq(i).show().siblings()'
        '.hide();\n});\n$(".tab-item .more").click(function(){\n  var url = $(".tab-title li.on").data("more");\n'
        "  if (url) { window.location.href = url; }\n  return false;\n});\n</script>\n"
    )
    links = "".join(f'<option value="{u}">{n}</option>' for n, u in (
        ("湖南省教育厅", "http://jyt.hunan.gov.cn/"), ("教育部", "http://www.moe.gov.cn/"),
        ("柏溪县人民政府", "http://www.baixi.gov.cn/")))  # fmt: skip
    home = (
        f'<div class="wrap home">\n<div class="home-top"><div class="slide" id="slide"><ul>{slide}</ul></div>\n{tabs}</div>'
        '\n<div class="home-mid"><div class="box box-law"><div class="box-title"><h3>政策法规</h3><a class="more" href="'
        f'{xx_list_url(8)}">更多&gt;&gt;</a></div><ul class="box-list">\n{rows(laws[:5], lambda a: xx_show_url(a.aid))}'
        '</ul></div>\n<div class="box box-about"><div class="box-title"><h3>机构概况</h3><a class="more" href="/list-jggk'
        f'.html">更多&gt;&gt;</a></div><p>{XR_NAME}是县人民政府主管全县教育工作的工作部门……</p></div>\n<div class="box '
        'box-zt"><a href="http://www.baixi.gov.cn/zt/sjbsq/" target="_blank"><img src="/uploadfile/202103/zt1.png" '
        'alt="“双减”工作专栏"></a></div></div>\n<div class="home-links">友情链接：<select onchange="if(this.value){window.'
        f'open(this.value)}}"><option value="">——政府网站——</option>{links}</select></div>\n</div>'
    )
    site["/uploadfile/202103/zt1.png"] = IMAGE
    site["/"] = xr_page(f"{XR_NAME}官方网站", 0, home)
    for path in ("/static/assets/js/jquery.min.js", "/static/assets/js/cms.js", "/api/language/zh-cn/lang.js"):
        site[path] = (200, b"/* XunRuiCMS */", "application/javascript")
    site[f"{XR_STATIC}/css/style.css"] = (200, b"body{}", "text/css")
    return site, {a.path: a for a in notices + news + open_ + laws}


# ---- 2. ASP.NET MVC 5: a district 校务公开 platform ------------------------------------------------------------------

MV_NAME = "青萍区中小学校务公开平台"
MV_SCHOOLS = {  # schoolId: (name, 学段)
    12: ("青萍区实验幼儿园", "幼儿园"),
    15: ("青萍区第二小学", "小学"),
    21: ("青萍区育才中学", "初中"),
}
MV_COLUMNS = {1: "党务公开", 2: "校务公开", 21: "学校概况", 22: "收费公示", 23: "招生信息", 3: "财务公开"}
MV_ROWS = 8
MV_READS = {"/xxgk/detail": ("schoolid", "id"), "/xxgk/list": ("schoolid", "columnid", "page"),
            "/xxgk/school": ("schoolid",)}  # fmt: skip
MV_BUNDLE = "/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"


def mv_key(path):
    """IIS and MVC: the path and the parameter names in any case, the parameters in any order, an action binds
    only the parameters it takes (``from`` is nothing to it), page 1 of a list is the list, / is /Home/Index."""
    path = path.partition("#")[0]
    base, _, query = path.partition("?")
    base = base.lower().rstrip("/") or "/"
    if base in ("/home", "/home/index"):
        base = "/"
    reads = MV_READS.get(base)
    pairs = sorted((k.lower(), v) for k, v in urllib.parse.parse_qsl(query, keep_blank_values=True)
                   if reads is None or k.lower() in reads)  # fmt: skip
    pairs = [p for p in pairs if p != ("page", "1")]
    return base + (f"?{urllib.parse.urlencode(pairs)}" if pairs else "")


def mv_identity(path):
    """What one article's address tolerates: the order of its parameters and (IIS) their case, not ``from``."""
    return iis_key(path.partition("#")[0])


def mv_list_url(sid, col, k=1, amp="&amp;"):
    return f"/xxgk/list?schoolId={sid}{amp}columnId={col}" + (f"{amp}page={k}" if k > 1 else "")


def mv_detail_url(a, amp="&amp;"):
    return f"/xxgk/detail?schoolId={a.school}{amp}id={a.aid}"


def mv_page(title, body):
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width='
        f'device-width, initial-scale=1.0">\n    <title>{title} - {MV_NAME}</title>\n    <link href="/Content/css?v='
        'WMr1Q5ZqLs0Uu2k1e3fYd4hQ8pM7Zq3wYtN2xV8bR1c1" rel="stylesheet"/>\n    <script src="/bundles/modernizr?v='
        'inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1"></script>\n</head>\n<body>\n    <div class="navbar navbar-'
        'inverse navbar-fixed-top">\n        <div class="container">\n            <div class="navbar-header">\n'
        '                <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-'
        'collapse"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>'
        f'\n                <a class="navbar-brand" href="/">{MV_NAME}</a>\n            </div>\n            <div '
        'class="navbar-collapse collapse">\n                <ul class="nav navbar-nav">\n                    <li><a '
        'href="/">首页</a></li>\n                    <li><a href="/Home/About">平台简介</a></li>\n                </ul>'
        '\n                <form action="/xxgk/search" class="navbar-form navbar-left" method="get"><input class="form-'
        'control" name="keyword" placeholder="搜索公开信息" type="text" value="" /></form>\n                <ul '
        'class="nav navbar-nav navbar-right"><li><a href="/Account/Login" id="loginLink">登录</a></li></ul>\n'
        "            </div>\n        </div>\n    </div>\n"
        f'    <div class="container body-content">\n{body}\n        <hr />\n        <footer>\n            <p>主办：青萍区'
        "教育体育局 &nbsp; 承办：青萍区教育信息中心 &nbsp; 地址：青萍区人民路88号</p>\n            <p>版权所有 &copy; 2023 "
        '青萍区教育体育局 &nbsp; <a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备18009876号-3</a> &nbsp; '
        "技术支持：青萍区教育信息中心</p>\n        </footer>\n    </div>\n\n"
        f'    <script src="{MV_BUNDLE}"></script>\n    <script src="/bundles/bootstrap?v=M4Nk6kj5hiX8K9jd1Cz1sA08z7Z7'
        '7z9hJNEuVF1hvQk1"></script>\n\n</body>\n</html>'
    )


def mv_menu(sid, current):
    def li(col):
        on = ' class="active"' if col == current else ""
        return f'<li{on}><a href="{mv_list_url(sid, col)}">{MV_COLUMNS[col]}</a></li>'

    subs = "".join(li(c) for c in (21, 22, 23))
    return (
        f'<div class="col-md-3"><div class="left-menu"><div class="school-name"><a href="/xxgk/school?schoolId={sid}">'
        f'{MV_SCHOOLS[sid][0]}</a></div>\n<ul class="nav nav-pills nav-stacked menu-tree">\n{li(1)}\n<li class="has-'
        'sub open"><a href="javascript:;" class="sub-toggle">校务公开 <span class="glyphicon glyphicon-menu-down">'
        f'</span></a><ul class="nav sub-menu">{subs}</ul></li>\n{li(3)}\n</ul></div></div>'
    )


def mv_crumb(sid, col=None, last=None):
    out = f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/xxgk/school?schoolId={sid}">'
    out += f"{MV_SCHOOLS[sid][0]}</a></li>"
    if col in (21, 22, 23):
        out += "<li>校务公开</li>"
    if col is not None:
        out += (
            f'<li><a href="{mv_list_url(sid, col)}">{MV_COLUMNS[col]}</a></li>'
            if last
            else f'<li class="active">{MV_COLUMNS[col]}</li>'
        )
    if last:
        out += f'<li class="active">{last}</li>'
    return out + "</ol>"


def mv_pager(sid, col, k, n):
    """PagedList.Mvc's PagedListPager (its default options: no 首页/末页 unless needed, « and »)."""
    if n <= 1:
        return ""
    prev = (f'<li class="PagedList-skipToPrevious"><a href="{mv_list_url(sid, col, k - 1)}" rel="prev">«</a></li>'
            if k > 1 else '<li class="disabled PagedList-skipToPrevious"><a rel="prev">«</a></li>')  # fmt: skip
    nums = "".join(f'<li class="active"><a>{i}</a></li>' if i == k else f'<li><a href="{mv_list_url(sid, col, i)}">{i}'
                   "</a></li>" for i in range(1, n + 1))  # fmt: skip
    nxt = (f'<li class="PagedList-skipToNext"><a href="{mv_list_url(sid, col, k + 1)}" rel="next">»</a></li>'
           if k < n else '<li class="disabled PagedList-skipToNext"><a rel="next">»</a></li>')  # fmt: skip
    return f'<div class="pagination-container"><ul class="pagination">{prev}{nums}{nxt}</ul></div>'


def mv_show(a, crumb, sid, col):
    files = "".join(f'<li><a href="{u}" target="_blank"><span class="glyphicon glyphicon-paperclip"></span> {n}</a>'
                    "</li>" for u, n in a.files)  # fmt: skip
    files = f'<div class="art-files"><h5>附件：</h5><ul class="list-unstyled">{files}</ul></div>' if files else ""
    return (
        f'<div class="row">\n{mv_menu(sid, col)}\n<div class="col-md-9">\n{crumb}\n<div class="article">\n<h2 class="art-'
        f'title">{a.title}</h2>\n<div class="art-info"><span>发布时间：{a.when:%Y-%m-%d %H:%M}</span><span>发布单位：'
        f'{a.source}</span><span>浏览次数：{a.hits}</span></div>\n<div class="art-content">{a.body}</div>\n{files}\n'
        "</div>\n</div>\n</div>"
    )


def aspnet_mvc_site():
    site = {}
    heads = {1: ("党支部开展主题党日活动", "召开党风廉政建设工作会议", "开展“七一”系列活动", "召开组织生活会",
                 "开展党史学习教育专题讲座"),
             22: ("2023年秋季学期收费公示", "2023年秋季学期代收费项目公示", "2023年春季学期收费公示"),
             23: ("2023年招生简章", "2023年新生报名公告", "2023年招生划片范围公示", "2023年新生录取名单公示",
                  "2023年招生咨询电话公布", "2023年插班生接收公告"),
             3: ("2022年度部门决算公开", "2023年度部门预算公开", "2023年第一季度食堂收支公示", "2023年第二季度食堂收支公示",
                 "2022年度“三公”经费公开", "2023年上半年学生资助资金发放公示", "2022年度政府采购情况公示",
                 "2023年第三季度食堂收支公示", "2022年下半年学生资助资金发放公示", "2023年上半年办公经费使用情况公示")}  # fmt: skip
    plan = {  # schoolId: {columnId: how many items}
        12: {1: 4, 22: 1, 23: 10, 3: 3},
        15: {1: 9, 22: 3, 23: 5, 3: 4},
        21: {1: 3, 22: 1, 23: 3, 3: 10},
    }
    units = {12: "园办公室", 15: "校办公室", 21: "校办公室"}
    arts = []
    for sid, cols in plan.items():
        school = MV_SCHOOLS[sid][0]
        for col, n in cols.items():
            month = 8 if col == 22 else 12 - sid % 5  # the fees were published before the autumn term
            base = f"2023-{month:02d}-{20 + sid % 7} {8 + col % 9:02d}:{10 + sid}"
            tails = heads[col] if col != 1 else [f"{h}（第{k + 1}期）" for k, h in enumerate(heads[1] * 2)]
            if col == 23 and n > len(heads[23]):
                tails = [*heads[23], *(f"2022年{h[5:]}" for h in heads[23])]
            for t, w in zip(tails[:n], days(base, n, 19 + col % 5)):
                arts.append(Art("", f"{school}{t}", w, source=("党支部" if col == 1 else units[sid]), school=sid,
                                column=col))  # fmt: skip
    numbered(arts, 301, 2)
    for k, a in enumerate(arts):
        a.body = prose(a.title, MV_SCHOOLS[a.school][0], k + 3)
        a.hits = 20 + 13 * k % 400
    single = {(a.school, a.column): a for a in arts if plan[a.school][a.column] == 1}
    for a in arts:
        a.path = mv_list_url(a.school, a.column, amp="&") if (a.school, a.column) in single else mv_detail_url(a, "&")
    for a in arts:
        if a.column == 3 and a.aid % 3 == 0 or a.column == 22:
            url = f"/Upload/{a.when:%Y/%m}/{a.when:%Y%m%d%H%M%S}{a.aid}.pdf"
            a.files += ((url, f"{a.title[len(MV_SCHOOLS[a.school][0]) :]}.pdf"),)
            site[url] = pdf(url)
    by = {}
    for a in sorted(arts, key=lambda a: a.when, reverse=True):
        by.setdefault((a.school, a.column), []).append(a)
    shared = by[(15, 23)][1]  # a 招生信息 item that 收费公示 lists too
    by[(15, 22)] = sorted([*by[(15, 22)], shared], key=lambda a: a.when, reverse=True)
    newest = sorted((a for a in arts if (a.school, a.column) not in single), key=lambda a: a.when, reverse=True)
    for a in single.values():
        assert a.when < newest[9].when, "a single 收费公示 would be in the 最新公开 box"
    for sid, (name, stage) in MV_SCHOOLS.items():
        for col in (1, 22, 23, 3):
            listed = by.get((sid, col), [])
            if (sid, col) in single:
                a = single[(sid, col)]
                site[mv_list_url(sid, col, amp="&")] = mv_page(
                    f"{MV_COLUMNS[col]} - {name}", mv_show(a, mv_crumb(sid, col), sid, col))  # fmt: skip
                continue
            parts = chunks(listed, MV_ROWS)
            for k, rows in enumerate(parts, 1):
                trs = "".join(f'<tr><td><a href="{mv_detail_url(a)}" title="{a.title}" target="_blank">{short(a.title, 34)}'
                              f'</a></td><td class="text-center">{a.day}</td></tr>\n' for a in rows)  # fmt: skip
                table = ('<table class="table table-hover list-table"><thead><tr><th>标题</th><th width="120" class="text-'
                         f'center">发布日期</th></tr></thead><tbody>\n{trs}</tbody></table>') if rows else (
                         '<div class="empty">暂无公开信息</div>')  # fmt: skip
                info = f'<p class="list-count">共 {len(listed)} 条 第 {k}/{len(parts)} 页</p>' if len(parts) > 1 else ""
                body = (f'<div class="row">\n{mv_menu(sid, col)}\n<div class="col-md-9">\n{mv_crumb(sid, col)}\n<h3 '
                        f'class="list-title">{MV_COLUMNS[col]}</h3>\n{table}\n{info}{mv_pager(sid, col, k, len(parts))}'
                        "\n</div>\n</div>")  # fmt: skip
                site[mv_list_url(sid, col, k, amp="&")] = mv_page(f"{MV_COLUMNS[col]} - {name}", body)
        about = "".join(f"<p>　　{p}</p>" for p in (
            f"{name}是青萍区教育体育局直属的公办{stage if stage == '幼儿园' else stage[:2] + '学校'}，创办于19{60 + sid}年，"
            f"现有教学班{sid + 6}个，在校{'幼儿' if stage == '幼儿园' else '学生'}{sid * 43}人，教职工{sid * 4}人。",
            "学校占地面积二十余亩，建有标准化运动场、图书室、实验室和功能室，办学条件优良。",
            "学校坚持立德树人，全面推进素质教育，先后获得区文明单位、区平安校园等荣誉称号。"))  # fmt: skip
        site[mv_list_url(sid, 21, amp="&")] = mv_page(
            f"学校概况 - {name}", f'<div class="row">\n{mv_menu(sid, 21)}\n<div class="col-md-9">\n{mv_crumb(sid, 21)}\n'
            f'<div class="article">\n<h2 class="art-title">学校概况</h2>\n<div class="art-content">{about}</div>\n</div>\n'
            "</div>\n</div>")  # fmt: skip
        own = [a for a in newest if a.school == sid][:6]
        lis = "".join(f'<li><a href="{mv_detail_url(a)}" title="{a.title}">{short(a.title, 30)}</a><span class="pull-'
                      f'right">{a.day}</span></li>\n' for a in own)  # fmt: skip
        site[f"/xxgk/school?schoolId={sid}"] = mv_page(name, (
            f'<div class="row">\n{mv_menu(sid, None)}\n<div class="col-md-9">\n{mv_crumb(sid)}\n<div class="school-card">'
            f"<h3>{name}</h3><p>学段：{stage} &nbsp; 地址：青萍区{('朝阳', '人民', '文昌')[sid % 3]}路{sid * 3}号 &nbsp; 电话："
            f"0791-8861{sid:04d}</p></div>\n<div class=\"panel panel-default\"><div class=\"panel-heading\">本校最新公开"
            f'</div><ul class="list-group school-new">\n{lis}</ul></div>\n</div>\n</div>'))  # fmt: skip
    for a in arts:
        if (a.school, a.column) not in single:
            site[a.path] = mv_page(f"{a.title} - {MV_SCHOOLS[a.school][0]}", mv_show(
                a, mv_crumb(a.school, a.column, "正文"), a.school, a.column))  # fmt: skip
    panels = ""
    for i, stage in enumerate(("幼儿园", "小学", "初中"), 1):
        links = "".join(f'<li class="col-sm-4"><a href="/xxgk/school?schoolId={sid}">{n}</a></li>'
                        for sid, (n, s) in MV_SCHOOLS.items() if s == stage)  # fmt: skip
        panels += (
            f'<div class="panel panel-default">\n<div class="panel-heading"><h4 class="panel-title"><a data-toggle="colla'
            f'pse" data-parent="#accordion" href="#xd{i}">{stage}</a></h4></div>\n<div id="xd{i}" class="panel-collapse '
            f'collapse{" in" if i == 1 else ""}"><div class="panel-body"><ul class="row list-unstyled school-list">'
            f"{links}</ul></div></div>\n</div>\n"
        )
    latest = "".join(
        f'<li><a href="/xxgk/detail?id={a.aid}&schoolId={a.school}&from=index" title="{a.title}" target="_blank">'
        f'<span class="tag">[{MV_SCHOOLS[a.school][0][3:]}]</span>{short(a.title[len(MV_SCHOOLS[a.school][0]) :], 26)}'
        f'</a><span class="pull-right">{a.day}</span></li>\n'
        for a in newest[:10]
    )
    counts = "".join(f"<tr><td>{n}</td><td>{sum(1 for a in arts if a.school == sid)}</td></tr>"
                     for sid, (n, _) in MV_SCHOOLS.items())  # fmt: skip
    home = (
        f'<div class="jumbotron"><h2>{MV_NAME}</h2><p>依法公开 &nbsp; 规范办学 &nbsp; 接受监督</p></div>\n<div class="row">\n'
        f'<div class="col-md-5"><h3>学校信息公开</h3>\n<div class="panel-group" id="accordion">\n{panels}</div></div>\n'
        f'<div class="col-md-7"><div class="panel panel-default"><div class="panel-heading">最新公开</div><ul class="list-'
        f'group latest">\n{latest}</ul></div>\n<table class="table table-bordered"><tr><th>学校</th><th>公开条数</th></tr>'
        f"{counts}</table></div>\n</div>"
    )
    site["/"] = mv_page("首页", home)
    site["/Home/About"] = mv_page("平台简介", (
        '<h2>平台简介</h2><div class="art-content"><p>　　为贯彻落实《中华人民共和国政府信息公开条例》和《学校信息公开'
        "工作指引》，青萍区教育体育局建设了全区中小学校务公开平台，各学校通过平台公开党务、校务、财务等信息，接受社会监督。"
        "</p></div>"))  # fmt: skip
    site["/Account/Login"] = mv_page("登录", (
        '<h2>登录</h2><form action="/Account/Login" class="form-horizontal" method="post" role="form"><input '
        'name="__RequestVerificationToken" type="hidden" value="hW3b9yQkZ0Ww1s_0pX2c5u8TjL4rNfBq7mD6aVvKgH1" /><div '
        'class="form-group"><label class="col-md-2 control-label" for="UserName">用户名</label><div class="col-md-10">'
        '<input class="form-control" id="UserName" name="UserName" type="text" value="" /></div></div><div class='
        '"form-group"><label class="col-md-2 control-label" for="Password">密码</label><div class="col-md-10"><input '
        'class="form-control" id="Password" name="Password" type="password" /></div></div><input type="submit" '
        'value="登录" class="btn btn-default" /></form>'))  # fmt: skip
    for path in (MV_BUNDLE, "/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1",
                 "/bundles/bootstrap?v=M4Nk6kj5hiX8K9jd1Cz1sA08z7Z77z9hJNEuVF1hvQk1"):  # fmt: skip
        site[path] = (200, b"/* bundle */", "text/javascript; charset=utf-8")
    site["/Content/css?v=WMr1Q5ZqLs0Uu2k1e3fYd4hQ8pM7Zq3wYtN2xV8bR1c1"] = (200, b"body{}", "text/css; charset=utf-8")
    return site, {a.path: a for a in arts}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------

ONCLICK = re.compile(r"""onclick="[^"]*?location\.href\s*=\s*'([^']+)'""")
DATA_MORE = re.compile(r'data-more="([^"]+)"')
JUMP = re.compile(r'<select[^>]*onchange="[^"]*location\.href=this\.value[^"]*"[^>]*>(.*?)</select>', re.S)


def found_links(text, scripts):
    """The addresses a page leads to: its hrefs and srcs; with ``scripts`` also what a browser's user reaches by
    clicking a tab header (its onclick, its data-more for the shared 更多) or choosing in a jump menu."""
    found = re.findall(r'(?:href|src)="([^"#]*)', re.sub(r"<script\b.*?</script>", "", text, flags=re.S))
    if scripts:
        found += ONCLICK.findall(text) + DATA_MORE.findall(text)
        for menu in JUMP.findall(text):
            found += re.findall(r'<option value="([^"]+)"', menu)
    return [html.unescape(f) for f in found]


def local(path, href):
    url = urllib.parse.urljoin("http://site.test" + path, href)
    parts = urllib.parse.urlsplit(url)
    if parts.netloc != "site.test" or not parts.path or parts.scheme not in ("http", "https"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def walk(server, key, scripts):
    seen, todo = {key("/")}, ["/"]
    while todo:
        path = todo.pop()
        entry = server.get(path)
        if not entry or not str(entry[2]).startswith("text/html"):
            continue
        for href in found_links(entry[1].decode("utf-8"), scripts):
            nxt = local(path, href)
            if nxt and key(nxt) not in seen:
                seen.add(key(nxt))
                todo.append(nxt)
    return seen


def unresolved(server, site):
    return {(p, local(p, h)) for p in html_pages(site) for h in found_links(site[p], True)
            if local(p, h) and server.get(local(p, h)) is None}  # fmt: skip


def test_the_xunrui_fixture_is_the_site_it_claims_to_be():
    site, truth = xunrui_site()
    assert 40 <= len(truth) <= 60 and len(html_pages(site)) <= 90
    server = Server(site, xr_key)
    assert unresolved(server, site) == set()
    assert {xr_key(p) for p in truth} <= walk(server, xr_key, scripts=True)
    by_hrefs = walk(server, xr_key, scripts=False)
    lost = {xr_key(p) for p in truth} - by_hrefs
    assert lost and all("s=xxgk" in p for p in lost)  # 校务公开's rest (onclick) and 政策法规's page 2 (jump menu)
    assert xr_key(xx_list_url(7, amp="&")) not in by_hrefs and xr_key(xx_list_url(8, 2, "&")) not in by_hrefs
    home = site["/"]
    assert '<li class="on" data-more="/list-tzgg.html">通知公告</li>' in home and 'href="/list-jydt.html"' in home
    assert "onclick=\"window.location.href='/index.php?s=xxgk&c=category&id=7'\">校务公开</li>" in home
    others = "".join(site[p] for p in html_pages(site) if not p.startswith("/index.php?s=xxgk&c=category&id=7"))
    assert "c=category&amp;id=7" not in others and others.count("c=category&id=7") == 1  # the tab header's onclick
    first = site["/list-tzgg.html"]
    assert ('<ul class="pagination"><li class="disabled hidden-xs"><a>共20条</a></li><li class="active"><a>1</a></li>'
            '<li><a href="/list-tzgg-2.html">2</a></li><li><a href="/list-tzgg-3.html">3</a></li><li><a href="/list-'
            'tzgg-2.html">下一页</a></li><li><a href="/list-tzgg-3.html">最后一页</a></li></ul>') in first  # fmt: skip
    assert (
        '<li><a href="/list-tzgg-1.html">上一页</a></li>' in site["/list-tzgg-2.html"]
        and "/list-tzgg-4.html" not in site
    )
    assert (
        'href="/index.php?s=xxgk&amp;c=category&amp;id=7&amp;page=2">2</a>' in site["/index.php?s=xxgk&c=category&id=7"]
    )
    law = site["/index.php?s=xxgk&c=category&id=8"]
    assert '<option value="/index.php?s=xxgk&amp;c=category&amp;id=8&amp;page=2">第2页</option>' in law
    assert "pagination" not in law and "page=2" not in re.sub(r"<select.*?</select>", "", law, flags=re.S)
    assert server.get("/index.php?c=category&id=2") == server.get("/list-tzgg-1.html") == server.get("/list-tzgg.html")
    a = next(a for a in truth.values() if a.path.startswith("/show-"))
    assert server.get(f"/index.php?id={a.aid}&c=show") == server.get(a.path)
    assert f"发布时间：{a.when:%Y-%m-%d %H:%M:%S}" in site[a.path]

    def rows(*pages):
        return "".join(re.search(r'<ul class="news-list">.*?</ul>', site[p], re.S).group(0) for p in pages)

    tzgg, jydt = (
        rows("/list-tzgg.html", "/list-tzgg-2.html", "/list-tzgg-3.html"),
        rows("/list-jydt.html", "/list-jydt-2.html"),
    )
    synced = [p for p in truth if p.startswith("/show-") and f'href="{p}"' in tzgg and f'href="{p}"' in jydt]
    assert len(synced) == 1
    assert sum(1 for v in site.values() if v is DOC) == 2 and "版权所有" in home and "ICP备" in home
    assert "发布时间" not in site["/list-jggk.html"] + site["/list-lxwm.html"]


def test_the_aspnet_mvc_fixture_is_the_site_it_claims_to_be():
    site, truth = aspnet_mvc_site()
    assert 40 <= len(truth) <= 60 and len(html_pages(site)) <= 110
    server = Server(site, mv_key)
    assert unresolved(server, site) == set()
    assert {mv_key(p) for p in truth} <= walk(server, mv_key, scripts=False)
    home = site["/"]
    assert '<div class="panel-group" id="accordion">' in home and home.count('data-parent="#accordion"') == 3
    assert all(f'href="/xxgk/school?schoolId={sid}"' in home for sid in MV_SCHOOLS)
    latest = re.findall(r'href="(/xxgk/detail\?id=\d+&schoolId=\d+&from=index)"', home)
    assert len(latest) == 10 and all(mv_key(u) in {mv_key(p) for p in truth} for u in latest)
    first = next(a for a in truth.values() if mv_key(a.path) == mv_key(latest[0]))
    assert server.get(latest[0]) == server.get(first.path) == server.get(first.path.upper().replace("ID=", "id="))
    assert f'href="{mv_detail_url(first)}"' in "".join(site[p] for p in html_pages(site) if p.startswith("/xxgk/list"))
    singles = [a for a in truth.values() if a.path.startswith("/xxgk/list")]
    assert len(singles) == 2 and all(f"发布时间：{a.when:%Y-%m-%d %H:%M}" in site[a.path] for a in singles)
    assert all(mv_key(f"/xxgk/detail?schoolId={a.school}&id={a.aid}") not in {mv_key(p) for p in site}
               for a in singles)  # fmt: skip
    assert all("发布时间" not in site[mv_list_url(sid, 21, amp="&")] for sid in MV_SCHOOLS)
    page1 = site[mv_list_url(12, 23, amp="&")]
    assert ('<div class="pagination-container"><ul class="pagination"><li class="disabled PagedList-skipToPrevious"><a '
            'rel="prev">«</a></li><li class="active"><a>1</a></li><li><a href="/xxgk/list?schoolId=12&amp;columnId=23'
            '&amp;page=2">2</a></li><li class="PagedList-skipToNext"><a href="/xxgk/list?schoolId=12&amp;columnId=23&amp;'
            'page=2" rel="next">»</a></li></ul></div>') in page1  # fmt: skip
    assert mv_list_url(12, 23, 3, "&") not in site and mv_list_url(21, 3, 2, "&") in site
    assert server.get("/XXGK/List?SchoolId=12&columnid=23&page=1") == server.get(mv_list_url(12, 23, amp="&"))
    in_two = [p for p in truth if f'href="{mv_detail_url(truth[p])}"' in site[mv_list_url(15, 22, amp="&")]
              and truth[p].column == 23]  # fmt: skip
    assert len(in_two) == 1
    assert "版权所有" in home and "ICP备" in home and "发布时间" not in site["/Home/About"]


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {
    "xunrui": (xunrui_site, xr_key, xr_key),
    "aspnet-mvc": (aspnet_mvc_site, mv_key, mv_identity),
}


@dataclass
class Crawl:
    crawled: object
    rows: list  # (url, title, published) of every archived article, as stored
    key: object  # the server's reading of a URL
    identity: object  # what one article's address tolerates
    uncategorised: list  # archived articles without a category


@pytest.fixture(scope="module", params=list(SITES))
def crawl(request, tmp_path_factory):
    build, key, identity = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    crawled = crawl_site(request.param, Server(site, key), truth, key, db)
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select url, title, published from articles").fetchall()
        bare = [u for (u,) in conn.execute("select url from articles where coalesce(category_path, '') = ''")]
    finally:
        conn.close()
    return Crawl(crawled, rows, key, identity, sorted(archived_path(u) for u in bare))


def archived_path(url):
    return re.sub(r"^http://[^/]+", "", url)


def test_the_archive_holds_exactly_the_sites_articles(crawl):
    check_exact_articles(crawl.crawled)


def test_each_archived_article_has_its_title_and_day(crawl):
    check_titles_and_days(crawl.crawled)


def test_no_article_is_archived_twice(crawl):
    """Two spellings of one address (an order, a case, a tracking parameter, the rewritten and the dynamic form)
    are one article: the comparison above folds them, the raw rows must not hold both."""
    by_page = {}
    for url, *_ in crawl.rows:
        by_page.setdefault(crawl.key(archived_path(url)), []).append(url)
    twice = {k: v for k, v in by_page.items() if len(v) > 1}
    assert twice == {}, "archived more than once:\n" + "\n".join(f"{k}: {v}" for k, v in sorted(twice.items()))


def test_each_article_has_the_category_of_the_column_listing_it(crawl):
    """An article first found in a box of the newest items, or on a list's later page, still gets the category of
    the column that lists it."""
    assert crawl.uncategorised == []


def test_each_article_is_archived_under_its_identity(crawl):
    """The record's address is the article's: never with the home page's ``from=index``."""
    truth = {crawl.identity(a.path) for a in crawl.crawled.truth.values()}
    wrong = sorted(archived_path(u) for u, *_ in crawl.rows if crawl.identity(archived_path(u)) not in truth)
    assert wrong == [], "archived under an address that is not the article's identity:\n" + "\n".join(wrong)
