"""Whole sites of two modern PHP CMS families, written by hand after their public template markup and crawled with
nothing but the home page's address: a MetInfo (米拓, 7.x, metv7-style template) county middle school and a PbootCMS
(3.x) primary school with pseudo-static off. Each has a home page with a drop-down menu and boxes of the newest rows
(MORE / 更多+), three columns of two to four list pages, a single page (学校简介: an undated text, not an article), an
image-only notice, an article listed in two columns, side boxes of undated 热门 links, attachments and a footer with
版权所有 and the ICP number. The archive must hold exactly the articles each site was generated with, each with its
title and its day.

* MetInfo, pseudo-static on: the top column 新闻中心 (class1=2) is /news/ and lists the articles of both its
  sub-columns (学校新闻 /news/list-11.html, 通知公告 /news/list-12.html), so every news item is listed twice; its pages
  /news/list-2-2.html …, a sub-column's /news/list-11-2.html …; 教学科研 (class1=3, no sub-column) /jxky/ and
  /jxky/list-3-2.html. Articles /news/123.html, /jxky/145.html. The pager is ``<pager/>``'s ``<div class='met_pager'>``
  with unquoted hrefs: ``<span class='PreSpan'>上一页</span><a href=/news/list-11.html class='Ahover'>1</a><a
  href=/news/list-11-2.html>2</a>…<a href=… class='NextA'>下一页</a> <span class='PageText'>转至第</span><input
  type='text' id='metPageT' data-pageurl='…'>``; list rows ``<li class="border-bottom1"><h4><a title>`` with the
  description and ``<p class="info"><span>2023-05-06</span><span>{issue}</span><span><i class="icon wb-eye">``.
  shownews: ``<section class="details-title"><h1>`` over ``<div class="info"><span>发布时间：2023-05-06 15:22</span>
  <span>作者：…</span><span>来源：…</span><span>阅读：…</span>`` (met_contenttime ``Y-m-d H:i``), ``<section
  class="met-editor">`` (attachments as UEditor's icon + link), the tag's 相关推荐 (``met-relevant``, undated) and
  ``<pagination/>``'s 上一篇/下一篇 (``javascript:;`` and 没有了 at the ends). The sidebar: the search form, the columns,
  热门推荐. The header: the language switch (/index.php?lang=en, a small English site), the search form
  (/search/index.php?lang=cn). The home page's boxes date their rows 05-06. 学校简介 is the about module's /about/.
* PbootCMS, url_rule_type 3 (pseudo-static off): every page is ``/?…``: columns with a filename /?xxxw/, /?tzgg/
  (pages /?xxxw_2/ …, articles /?xxxw/123.html), one without (教研动态: the model's urlname and scode, /?news_5/,
  /?news_5_2/, articles /?news/145.html); the parent column 新闻中心 /?xwzx/ lists its children's articles; the single
  page /?aboutus/. The pager is the default template's ``<div class="pagination">`` around ``{page:numbar}``
  (``<a href="/?xxxw/" class="page-num page-num-current">1</a><a href="/?xxxw_2/" class="page-num">2</a>``), 上一页 of
  page 1 ``javascript:;``. List rows date themselves as a calendar leaf: ``<div class="date"><span>06</span><em>
  2023-05</em></div>`` ([list:date style=d] over [list:date style=Y-m]); the show page says ``发布时间：2023年05月06日``
  ({content:date style=Y年m月d日}) 作者 来源 阅读 …次, 上一篇/下一篇 (没有了！), 相关推荐 of the column (undated), the
  attachment ({content:enclosure}). A 学校新闻 item is also in 通知公告 (its 副栏目). The hot box is ``order=visits``.

PHP answers a query's parameters in any order (and ``?xxxw/`` as ``?xxxw%2F=``); archived URLs are compared so. No
page is copied from a real site."""

import re
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
    source: str = "本站"
    author: str = "admin"
    body: str = ""
    aid: int = 0  # the CMS's own id
    hits: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def php_key(path):
    """PHP: the query's parameters decoded, in any order (``?xxxw/`` is ``?xxxw%2F=``); /index.php is /."""
    base, _, query = path.partition("?")
    base = "/" if base in ("", "/index.php") else base
    pairs = sorted(urllib.parse.parse_qsl(query, keep_blank_values=True))
    return base + (f"?{'&'.join(f'{k}={v}' for k, v in pairs)}" if pairs else "")


class Server(dict):
    """A PHP site ({path: page}) as its server answers it."""

    def __init__(self, site):
        super().__init__(site)
        self.answers = {php_key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        return self.answers.get(php_key(path), default)


def pages_of(listed, per):
    return [listed[i : i + per] for i in range(0, len(listed), per)] or [[]]


# ---- 1. MetInfo (米拓) 7: a county middle school -------------------------------------------------------------------

ME_NAME = "松岭县第二中学"
ME_COLUMNS = {  # class id: (name, url, parent class id)
    1: ("学校概况", "/about/", 0),
    2: ("新闻中心", "/news/", 0),
    11: ("学校新闻", "/news/list-11.html", 2),
    12: ("通知公告", "/news/list-12.html", 2),
    3: ("教学科研", "/jxky/", 0),
}


def me_list_url(cid, k=1):
    name, url, parent = ME_COLUMNS[cid]
    if k == 1:
        return url
    folder = "/news/" if cid in (2, 11, 12) else "/jxky/"
    return f"{folder}list-{cid}-{k}.html"


def me_page(title, current, body):
    nav = '<li class="nav-item"><a href="/" title="网站首页" class="nav-link{}">网站首页</a></li>\n'.format(
        " active" if current == 0 else ""
    )
    for cid, (name, url, parent) in ME_COLUMNS.items():
        if parent:
            continue
        subs = [(c, n, u) for c, (n, u, p) in ME_COLUMNS.items() if p == cid]
        active = " active" if current == cid or ME_COLUMNS.get(current, ("", "", -1))[2] == cid else ""
        if not subs:
            nav += (f'<li class="nav-item m-l-10"><a href="{url}" target="_self" title="{name}" class="nav-link{active}">'
                    f"{name}</a></li>\n")  # fmt: skip
            continue
        items = "".join(f'\n<a href="{u}" target="_self" title="{n}" class="dropdown-item border-top1">{n}</a>'
                        for _, n, u in subs)  # fmt: skip
        nav += (f'<li class="nav-item dropdown m-l-10"><a href="{url}" target="_self" title="{name}" class="nav-link '
                f'dropdown-toggle{active}" data-toggle="dropdown" data-hover="dropdown">{name} <span class="fa '
                f'fa-angle-down"></span></a>\n<div class="dropdown-menu dropdown-menu-right animate animate-reverse">\n'
                f'<a href="{url}" target="_self" title="全部" class="dropdown-item nav-parent hidden-lg-up">全部</a>{items}'
                "\n</div></li>\n")  # fmt: skip
    return (
        '<!DOCTYPE HTML>\n<html class="" >\n<head>\n<meta charset="utf-8">\n<meta name="renderer" content="webkit">\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n<meta name="viewport" content="width=device-'
        f'width,initial-scale=1.0,maximum-scale=1.0,minimal-ui">\n<meta name="generator" content="MetInfo 7.3.0" '
        f'data-variable="/|cn|cn|metv7|2||" data-user_name="">\n<title>{title}</title>\n<meta name="description" '
        f'content="{ME_NAME}">\n<meta name="keywords" content="{ME_NAME},松岭二中">\n<link href="/favicon.ico" '
        'rel="shortcut icon" type="image/x-icon">\n<link rel="stylesheet" type="text/css" href="/public/web/css/basic.'
        'css?1683357720">\n<link rel="stylesheet" type="text/css" href="/templates/metv7/cache/metinfo.css?1683357720">'
        "\n</head>\n<body >\n"
        "<header class='met-head' m-id='met_head' m-type=\"head_nav\">\n<nav class=\"navbar navbar-default box-shadow-"
        'none met-nav">\n<div class="container"><div class="row"><div class=\'met-nav-btn\'><h1 hidden>'
        f'{ME_NAME}</h1><a href="/" class="met-logo vertical-align block pull-xs-left" title="{ME_NAME}"><div '
        f'class="vertical-align-middle"><img src="/upload/202301/1672531200.png" alt="{ME_NAME}" class="hidden-sm-down">'
        '</div></a></div>\n<div class="collapse navbar-collapse navbar-collapse-toolbar pull-md-right p-0" '
        'id="met-nav-collapse">\n<ul class="nav navbar-nav navlist">\n'
        f"{nav}</ul>\n"
        '<div class="metlang m-l-15 pull-md-right"><span class="metlang-text">语言</span><ul class="metlang-list">'
        '<li><a href="/index.php?lang=cn" title="简体中文">简体中文</a></li><li><a href="/index.php?lang=en" '
        'title="English">English</a></li></ul></div>\n<form method="get" class="page-search-form pull-md-right" '
        'role="search" action="/search/index.php?lang=cn"><input type="hidden" name="lang" value="cn"><input '
        'type="search" class="form-control" name="searchword" value="" placeholder="搜索"><button type="submit" '
        'class="btn search-btn"><i class="icon wb-search"></i></button></form>\n'
        "</div></div></div>\n</nav>\n</header>\n"
        f"{body}\n"
        "<footer class='met-foot-info border-top1' m-id='met_foot' m-type=\"foot\">\n<div class=\"met-footnav "
        'text-xs-center"><div class="container"><div class="row mob-masonry"><div class="col-lg-2 col-md-3 col-xs-6 '
        'list masonry-item"><h4 class=\'font-size-16 m-t-0\'><a href="/about/" title="学校概况">学校概况</a></h4></div>'
        '</div></div></div>\n<div class="copy p-y-10 border-top1"><div class="container text-xs-center">'
        f"<div>版权所有 &copy; {ME_NAME} 2008-2023</div><div>地址：松岭县文昌路18号 &nbsp; 电话：0719-82345678</div>"
        '<div><a href="https://beian.miit.gov.cn/" target="_blank" title="工信部">鄂ICP备12034567号-2</a></div>'
        '<div class="powered_by_metinfo">Powered by <a href="https://www.metinfo.cn/" target="_blank" title="企业网站'
        '管理系统"><b>MetInfo 7.3.0</b></a> &copy;2008-2023 &nbsp;<a href="https://www.mituo.cn/" target="_blank" '
        'title="米拓建站">mituo.cn</a></div></div></div>\n</footer>\n<button type="button" class="btn btn-icon '
        'btn-primary btn-squared met-scroll-top" hidden><i class="icon wb-chevron-up" aria-hidden="true"></i></button>'
        '\n<script src="/public/web/js/basic.js?1683357720" data-js_url="/templates/metv7/cache/metinfo.js?1683357720"'
        ' id="met-page-js"></script>\n</body>\n</html>'
    )


def me_banner(name, crumbs):
    links = "".join(f'<li class=\'breadcrumb-item\'><a href="{u}" title="{n}">{n}</a></li>' for n, u in crumbs)
    return (
        f'<div class="met-banner-ny vertical-align text-center"><h3 class="vertical-align-middle">{name}</h3></div>\n'
        "<section class=\"met-crumbs hidden-sm-down\" m-id='met_position' m-type='nocontent'><div class=\"container\">"
        '<div class="row"><div class="border-bottom clearfix"><ol class="breadcrumb m-b-0 subcolumn-crumbs '
        "breadcrumb-arrow'><li class='breadcrumb-item'>当前位置：<a href=\"/\" title=\"网站首页\" class='icon wb-home'>"
        f"网站首页</a></li>{links}</ol></div></div></div></section>"
    )


def me_sidebar(current, hot):
    top = current if not ME_COLUMNS[current][2] else ME_COLUMNS[current][2]
    cols = "".join(
        f'<li><a href="{u}" title="{n}" class="{"active" if c == current else ""}">{n}</a></li>'
        for c, (n, u, p) in ME_COLUMNS.items()
        if c == top or p == top
    )
    hots = "".join(
        f'<li class="list-group-item"><a href="{a.path}" title="{a.title}" target="_self">{a.title}</a></li>'
        for a in hot
    )
    return (
        '<div class="col-md-3"><div class="row"><aside class="met-sidebar panel panel-body m-b-0" boxmh-h '
        "m-id='news_bar' m-type='nocontent'><div class=\"sidebar-search\" data-placeholder=\"search\"><form "
        'method="get" class="page-search-form" role="search" action="/search/index.php?lang=cn"><input type="hidden" '
        'name="lang" value="cn"><input type="search" class="form-control" name="searchword" value="" '
        'placeholder="搜索" data-fv-notempty="true"></form></div>'
        f'<ul class="sidebar-column list-icons">{cols}</ul><div class="sidebar-news-list recommend"><h3 '
        "class='font-size-16 m-0'>热门推荐</h3><ul class=\"list-group list-group-bordered m-t-10 m-b-0\">"
        f"{hots}</ul></div></aside></div></div>"
    )


def me_pager(cid, k, n):
    """``<pager/>``: MetInfo writes its hrefs unquoted."""
    if n <= 1:
        return ""
    html = "<div class='met_pager'>"
    html += (
        "<span class='PreSpan'>上一页</span>"
        if k == 1
        else f"<a href={me_list_url(cid, k - 1)} class='PreA'>上一页</a>"
    )
    html += "".join(
        f"<a href={me_list_url(cid, i)}{' class=' + chr(39) + 'Ahover' + chr(39) if i == k else ''}>{i}</a>"
        for i in range(1, n + 1)
    )
    html += (
        f"<a href={me_list_url(cid, k + 1)} class='NextA'>下一页</a>"
        if k < n
        else "<span class='NextSpan'>下一页</span>"
    )
    folder = "/news/" if cid in (2, 11, 12) else "/jxky/"
    return (html + f"\n<span class='PageText'>转至第</span>\n<input type='text' id='metPageT' data-pageurl='{folder}"
            f"list-{cid}-||.html|{n}' value='{k}' />\n<input type='button' id='metPageB' value='页' />\n</div>")  # fmt: skip


def me_row(a):
    desc = re.sub(r"<[^>]+>|　", "", a.body)[:60]
    return (
        f'<li class="border-bottom1">\n<h4><a href="{a.path}" title="{a.title}" target=_self>{a.title}</a></h4>\n'
        f'<p class="des font-weight-300">{desc}...</p>\n<p class="info font-weight-300"><span>{a.day}</span>'
        f'<span>{a.author}</span><span><i class="icon wb-eye m-r-5 font-weight-300" aria-hidden="true"></i>{a.hits}'
        "</span></p>\n</li>\n"
    )


def me_article(a, cid, older, newer, hot, related):
    def link(label, r):
        if r is None:
            return (f"<li class='page-item m-b-0 disable'><a href='javascript:;' title=\"\" class='page-link "
                    f"text-truncate'>{label}<span aria-hidden=\"true\" class='hidden-xs-down'>: 没有了</span></a></li>")  # fmt: skip
        return (f"<li class='page-item m-b-0 '><a href='{r.path}' title=\"{r.title}\" class='page-link text-truncate'>"
                f"{label}<span aria-hidden=\"true\" class='hidden-xs-down'>: {r.title}</span></a></li>")  # fmt: skip

    rel = "".join(f"<li><h4 class='m-0 font-size-16'><a href='{r.path}' title='{r.title}' target=_self>{r.title}</a>"
                  "</h4></li>" for r in related)  # fmt: skip
    name, url, parent = ME_COLUMNS[cid]
    crumbs = ([(ME_COLUMNS[parent][0], ME_COLUMNS[parent][1])] if parent else []) + [(name, url)]
    main = (
        '<main class="met-shownews animsition"><div class="container"><div class="row"><div class="clearfix">\n'
        '<div class="col-md-9 met-shownews-body" m-id="noset"><div class="row">\n<section class="details-title '
        f'border-bottom1">\n<h1 class=\'m-t-10 m-b-5\'>{a.title}</h1>\n<div class="info font-weight-300">\n'
        f"<span>发布时间：{a.when:%Y-%m-%d %H:%M}</span>\n<span>作者：{a.author}</span>\n<span>来源：{a.source}</span>\n"
        f'<span><i class="icon wb-eye m-r-5" aria-hidden="true"></i>阅读：{a.hits}</span>\n</div>\n</section>\n'
        f'<section class="met-editor clearfix">\n{a.body}\n</section>\n<div class="tag-border"><div class="met-relevant">'
        f"<h3 class='font-size-16'>相关推荐</h3><ul class='blocks-100 blocks-md-2'>{rel}</ul></div></div>\n"
        '<div class=\'met-page p-y-30 border-top1\'><div class="container p-t-30 "><ul class="pagination block '
        f'blocks-2 text-xs-center text-sm-left">{link("上一篇", older)}{link("下一篇", newer)}</ul></div></div>\n'
        f"</div></div>\n{me_sidebar(cid, hot)}\n</div></div></div></main>"
    )
    return me_page(f"{a.title}-{name}-{ME_NAME}", cid, me_banner(name, crumbs) + main)


def metinfo_site():
    site = {}
    news = [Art("", t, w, author=("校办", "政教处", "团委")[k % 3], source="松岭二中")
            for k, (t, w) in enumerate(zip(titles(("我校", "七年级", "八年级", "九年级", "校团委", "政教处", "教务处",
                                                  "校学生会"),
                                                 ("举行春季开学典礼", "开展防溺水安全教育", "召开家长会",
                                                  "开展消防疏散演练", "举办校园艺术节", "组织学生参观博物馆",
                                                  "举行青春期健康讲座"), 24),
                                          days("2023-06-27 15:22", 24, 5)))]  # fmt: skip
    notices = [Art("", t, w, author="办公室", source="校长室")
               for t, w in zip(titles(("做好2023年春季开学工作", "2023年清明节放假安排", "2023年劳动节放假安排",
                                       "2023年端午节放假安排", "开展校园安全隐患排查", "2023年七年级新生招生工作",
                                       "期末考试安排"), ("的通知", "的公告"), 14, "关于{}{}"),
                               days("2023-06-25 09:40", 14, 9))]  # fmt: skip
    jy = [Art("", t, w, author="教科室", source="教科室")
          for t, w in zip(titles(("语文组", "数学组", "英语组", "物理组", "化学组", "生物组", "艺体组"),
                                 ("开展集体备课活动", "举行公开课展示", "开展课题研究交流"), 13),
                          days("2023-06-20 16:05", 13, 11))]  # fmt: skip
    numbered(news + notices + jy, 86)
    for a in news + notices:
        a.path = f"/news/{a.aid}.html"
    for a in jy:
        a.path = f"/jxky/{a.aid}.html"
    for k, a in enumerate(news + notices + jy):
        a.body = prose(a.title, ME_NAME, k + 1)
        a.hits = 40 + 7 * k
    for a in (notices[0], notices[5], jy[2]):  # UEditor's attachment: an icon and the link
        name = f"{a.when:%Y%m%d}{a.aid}.doc"
        url = f"/upload/file/{a.when:%Y%m}/{int(a.when.timestamp())}{a.aid}.doc"
        a.body += ('<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" src="/app/'
                   'system/include/static2/vendor/ueditor/dialogs/attachment/fileTypeImages/icon_doc.gif"/><a style='
                   f'"font-size:12px; color:#0066cc;" href="{url}" title="{name}">{name}</a></p>')  # fmt: skip
        site[url] = DOC
    scan = notices[3]  # a notice published as one scanned page
    picture = f"/upload/{scan.when:%Y%m}/{int(scan.when.timestamp())}.png"
    scan.body = f'<p style="text-align: center;"><img src="{picture}" title="" alt="" width="800"/></p>'
    site[picture] = IMAGE
    site["/upload/202301/1672531200.png"] = IMAGE
    hot = [news[1], notices[2], jy[0], news[10], notices[7]]
    both = sorted(news + notices, key=lambda a: a.when, reverse=True)
    columns = {11: news, 12: notices, 2: both, 3: jy}
    for cid, listed in columns.items():
        name, url, parent = ME_COLUMNS[cid]
        crumbs = ([(ME_COLUMNS[parent][0], ME_COLUMNS[parent][1])] if parent else []) + [(name, url)]
        chunks = pages_of(listed, 10)
        for k, chunk in enumerate(chunks, 1):
            main = (
                '<main class="met-news animsition"><div class="container"><div class="row">\n<div class="col-md-9 '
                'met-news-body"><div class="row"><div class="met-news-list" m-id="noset">\n<ul class="ulstyle '
                f"met-pager-ajax imagesize\" data-scale='400x600'>\n{''.join(me_row(a) for a in chunk)}</ul>\n"
                f"<div class='m-t-20 text-xs-center hidden-sm-down' m-type=\"nosysdata\">\n{me_pager(cid, k, len(chunks))}"
                '\n</div>\n<div class="met_pager met-pager-ajax-link hidden-md-up" data-plugin="appear" data-animate='
                '"slide-bottom" data-repeat="false" m-type="nosysdata"><button type="button" class="btn btn-primary '
                'btn-block btn-squared ladda-button" id="met-pager-btn" data-plugin="ladda" data-style="slide-left" '
                'data-url="" data-page="1"><i class="icon wb-chevron-down m-r-5" aria-hidden="true"></i>查看更多'
                f"</button></div>\n</div></div></div>\n{me_sidebar(cid, hot)}\n</div></div></main>"
            )
            site[me_list_url(cid, k)] = me_page(f"{name}-{ME_NAME}", cid, me_banner(name, crumbs) + main)
    for cid, arts in ((11, news), (12, notices), (3, jy)):
        for i, (a, older, newer) in enumerate(neighbours(arts)):
            related = [r for r in arts[i + 1 : i + 5]] or arts[:4]
            site[a.path] = me_article(a, cid, older, newer, hot, [r for r in related if r is not a][:4])
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{ME_NAME}始建于1958年，是县教育局直属的一所公办初级中学，现有教学班30个，在校学生1400余人，教职工126人。",
        "学校秉承“厚德、博学、笃行、创新”的校训，坚持“为每一个学生的终身发展奠基”的办学理念。",
        "学校先后获得省级文明校园、市级示范学校、市德育工作先进集体等荣誉称号。",
    ))  # fmt: skip
    site["/about/"] = me_page(
        f"学校简介-{ME_NAME}", 1, me_banner("学校概况", [("学校概况", "/about/")])
        + '<main class="met-show animsition"><div class="container"><div class="row"><section class="met-editor '
        f'clearfix">{about}</section></div></div></main>')  # fmt: skip
    site["/search/index.php?lang=cn"] = me_page(
        f"搜索-{ME_NAME}", 0, '<main class="met-search animsition"><div class="container"><div class="row"><div '
        "class='h-100 text-xs-center font-size-20 vertical-align'>请输入搜索关键词</div></div></div></main>")  # fmt: skip
    english = (
        '<!DOCTYPE HTML>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="MetInfo 7.3.0" '
        'data-variable="/|en|en|metv7|10001||">\n<title>Songling No.2 Middle School</title>\n</head>\n<body>\n'
        '<ul class="nav navbar-nav navlist"><li class="nav-item"><a href="/index.php?lang=en" class="nav-link active">'
        'Home</a></li><li class="nav-item"><a href="/about/index.php?lang=en" class="nav-link">About Us</a></li></ul>\n'
        '<div class="metlang"><a href="/index.php?lang=cn">简体中文</a> <a href="/index.php?lang=en">English</a></div>\n'
        "{}\n<footer><div>Copyright &copy; 2008-2023 Songling No.2 Middle School</div></footer>\n</body>\n</html>"
    )
    site["/index.php?lang=en"] = english.format(
        '<section class="met-index-about"><h2>About Us</h2><p>Songling No.2 Middle School was founded in 1958.</p>'
        '<a href="/about/index.php?lang=en" title="About Us">MORE</a></section>'
    )
    site["/about/index.php?lang=en"] = english.format(
        '<section class="met-editor"><h1>About Us</h1><p>Songling No.2 Middle School was founded in 1958. It has 30 '
        "classes and about 1,400 students.</p></section>"
    )

    def box(title, url, arts):
        lis = "".join(f'<li><a href="{a.path}" title="{a.title}" target="_self">{short(a.title, 20)}</a><span>'
                      f"{a.when:%m-%d}</span></li>\n" for a in arts)  # fmt: skip
        return (f'<div class="col-md-4 index-news-box"><div class="index-news-title clearfix"><h3>{title}</h3><a '
                f'href="{url}" title="{title}" class="more">MORE +</a></div><ul class="index-news-list">\n{lis}</ul>'
                "</div>\n")  # fmt: skip

    slides = "".join(f'<div class="slick-slide"><a href="{a.path}" title="{a.title}"><img src="/upload/{a.when:%Y%m}/'
                     f'banner{i}.png" alt="{a.title}"></a><h3>{a.title}</h3></div>' for i, a in enumerate(news[:3]))  # fmt: skip
    for i, a in enumerate(news[:3]):
        site[f"/upload/{a.when:%Y%m}/banner{i}.png"] = IMAGE
    home = (
        f'<div class="met-banner carousel slide" m-id="banner" m-type="banner">{slides}</div>\n<section class="met-index-'
        'news" m-id="index_news"><div class="container"><div class="row">\n'
        f"{box('学校新闻', '/news/list-11.html', news[:8])}{box('通知公告', '/news/list-12.html', notices[:8])}"
        f'{box("教学科研", "/jxky/", jy[:6])}</div></div></section>\n<section class="met-index-about"><div '
        f'class="container"><h2>学校简介</h2><p>{ME_NAME}始建于1958年，是县教育局直属的一所公办初级中学……</p><a '
        'href="/about/" title="学校简介" class="more">MORE +</a></div></section>\n<div class="met-link"><div '
        'class="container"><ul class="breadcrumb"><li class="breadcrumb-item">友情链接：</li><li class="breadcrumb-item">'
        '<a href="http://www.moe.gov.cn/" target="_blank" title="教育部">教育部</a></li><li class="breadcrumb-item"><a '
        'href="http://jyt.hubei.gov.cn/" target="_blank" title="湖北省教育厅">湖北省教育厅</a></li></ul></div></div>'
    )
    site["/"] = site["/index.php?lang=cn"] = me_page(f"{ME_NAME}-首页", 0, home)
    site["/public/web/js/basic.js?1683357720"] = (200, "/* MetInfo */", "application/javascript")
    return site, {a.path: a for a in news + notices + jy}


# ---- 2. PbootCMS 3.x, pseudo-static off: a primary school ---------------------------------------------------------

PB_NAME = "枫溪区实验小学"
PB_SORTS = {  # scode: (name, url, parent scode)
    1: ("学校概况", "/?aboutus/", 0),
    2: ("新闻中心", "/?xwzx/", 0),
    3: ("学校新闻", "/?xxxw/", 2),
    4: ("通知公告", "/?tzgg/", 2),
    5: ("教研动态", "/?news_5/", 0),
}


def pb_list_url(scode, k=1):
    url = PB_SORTS[scode][1]
    return url if k == 1 else f"{url[:-1]}_{k}/"


def pb_page(title, scode, body):
    nav = '<li class="nav-item"><a class="nav-link{}" href="/">首页</a></li>\n'.format(" active" if not scode else "")
    for s, (name, url, parent) in PB_SORTS.items():
        if parent:
            continue
        subs = [(n, u) for c, (n, u, p) in PB_SORTS.items() if p == s]
        active = " active" if scode == s or PB_SORTS.get(scode, ("", "", -1))[2] == s else ""
        drop = "".join(f'<a class="dropdown-item" href="{u}">{n}</a>' for n, u in subs)
        drop = f'<div class="dropdown-menu">{drop}</div>' if drop else ""
        nav += (f'<li class="nav-item{" dropdown" if drop else ""}"><a class="nav-link{active}" href="{url}">{name}'
                f"</a>{drop}</li>\n")  # fmt: skip
    return (
        '<!doctype html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width='
        f'device-width, initial-scale=1, shrink-to-fit=no">\n<title>{title}</title>\n<meta name="keywords" '
        f'content="{PB_NAME},枫溪实验小学">\n<meta name="description" content="{PB_NAME}">\n<link rel="stylesheet" '
        'href="/template/school/bootstrap/css/bootstrap.min.css">\n<link rel="stylesheet" href="/template/school/css/'
        'aoyun.css?v=v3.2.4">\n<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">\n<script src="/'
        'template/school/js/jquery-1.12.4.min.js"></script>\n</head>\n<body>\n<!-- 头部导航 -->\n<nav class="navbar '
        'navbar-light bg-light fixed-top navbar-expand-lg shadow-sm">\n<div class="container">\n<a class="navbar-'
        f'brand my-1" href="/"><img src="/static/upload/image/20230101/1672531200123456.png" class="logo-sm-height" '
        f'alt="{PB_NAME}"></a>\n<div class="collapse navbar-collapse justify-content-end" id="navbarNav">\n<ul '
        f'class="navbar-nav">\n{nav}</ul>\n<form class="form-inline" action="/?search/" method="get"><input '
        'class="form-control" type="search" name="keyword" placeholder="搜索"><button class="btn" type="submit">搜索'
        "</button></form>\n</div>\n</div>\n</nav>\n"
        f"{body}\n"
        '<!-- 底部 -->\n<div class="footer mt-3 pt-5 border-top text-secondary bg-light"><div class="container"><div '
        'class="row pb-5"><div class="col-12 col-md-5"><h5>联系我们</h5><ul class="lh-2"><li>地址：枫溪区学府路66号</li>'
        '<li>电话：0791-86612345</li><li>邮箱：fxsx@example.com</li></ul></div><div class="col-12 col-md-5"><h5>'
        '快速链接</h5><ul class="lh-2"><li><a href="/?aboutus/">学校简介</a></li><li><a href="/?gbook/">校长信箱</a>'
        "</li></ul></div></div></div>\n"
        '<div class="copyright border-top lh-3 text-center d-none d-md-block">版权所有 Copyright © 2023 '
        f'{PB_NAME} All Rights Reserved. <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">赣ICP备'
        "13004567号-1</a></div>\n</div>\n"
        '<script src="/template/school/bootstrap/js/bootstrap.bundle.min.js"></script>\n</body>\n</html>'
    )


def pb_side(scode, hot):
    top = scode if not PB_SORTS[scode][2] else PB_SORTS[scode][2]
    cols = "".join(
        f'<li class="list-group-item{" active" if s == scode else ""}"><a href="{u}">{n}</a></li>'
        for s, (n, u, p) in PB_SORTS.items()
        if s == top or p == top
    )
    hots = "".join(f'<li><a href="{a.path}" title="{a.title}">{short(a.title, 16)}</a></li>' for a in hot)
    return (
        f'<div class="col-12 col-md-3"><div class="side-box"><h4>{PB_SORTS[top][0]}</h4><ul class="list-group">{cols}'
        f'</ul></div><div class="side-box"><h4>热门文章</h4><ul class="hot-list">{hots}</ul></div></div>'
    )


def pb_position(scode):
    name, url, parent = PB_SORTS[scode]
    crumbs = ([PB_SORTS[parent][:2]] if parent else []) + [(name, url)]
    return ('<div class="position container py-2 text-secondary">当前位置：<a href="/">首页</a>'
            + "".join(f'&gt;<a href="{u}">{n}</a>' for n, u in crumbs) + "</div>")  # fmt: skip


def pb_pager(scode, k, n, total):
    """The default template's pagination around {page:numbar} (5 numbers)."""
    url = pb_list_url
    nums = "".join(f'<a href="{url(scode, i)}" class="page-num{" page-num-current" if i == k else ""}">{i}</a>'
                   for i in range(1, n + 1))  # fmt: skip
    pre = url(scode, k - 1) if k > 1 else "javascript:;"
    nxt = url(scode, k + 1) if k < n else "javascript:;"
    return (
        '<nav aria-label="page navigation" class="my-4">\n<div class="pagination justify-content-center">\n'
        f'<span class="page-status">共{total}条 当前{k}/{n}页</span>\n<a class="page-item page-link" href="'
        f'{url(scode, 1)}">首页</a>\n<a class="page-item page-link" href="{pre}">上一页</a>\n{nums}\n<a class="page-item '
        f'page-link" href="{nxt}">下一页</a>\n<a class="page-item page-link" href="{url(scode, n)}">尾页</a>\n</div>\n</nav>'
    )


def pb_article(a, scode, older, newer, hot, related):
    def link(r):
        return f'<a href="{r.path}">{r.title}</a>' if r else "没有了！"

    rel = "".join(f'<li class="col-12 col-md-6"><a href="{r.path}" title="{r.title}">{short(r.title, 20)}</a></li>'
                  for r in related)  # fmt: skip
    main = (
        f'<div class="col-12 col-md-9">\n<h2 class="text-center fs-sm-28 fs-20 mt-3">{a.title}</h2>\n<div '
        'class="text-center border-bottom text-secondary pb-2 mb-3">\n'
        f"发布时间：{a.when:%Y年%m月%d日}&nbsp;&nbsp;作者：{a.author}&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;"
        f"阅读：{a.hits}次\n</div>\n"
        f'<div class="content">{a.body}</div>\n<div class="text-secondary lh-2 mt-4">\n<p>上一篇：{link(older)}</p>\n'
        f'<p>下一篇：{link(newer)}</p>\n</div>\n<div class="related mt-3"><h5>相关推荐</h5><ul class="row">{rel}</ul>'
        "</div>\n</div>"
    )
    name = PB_SORTS[scode][0]
    return pb_page(f"{a.title}-{name}-{PB_NAME}", scode, f'{pb_position(scode)}\n<div class="container"><div '
                   f'class="row">\n{main}\n{pb_side(scode, hot)}\n</div></div>')  # fmt: skip


def pbootcms_site():
    site = {}
    news = [Art("", t, w, author=("校办", "少先队大队部", "德育处")[k % 3], source=PB_NAME)
            for k, (t, w) in enumerate(zip(titles(("我校", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
                                                  "少先队大队部", "校合唱团"),
                                                 ("举行春季开学典礼", "开展“学雷锋”志愿服务", "召开家长学校培训会",
                                                  "开展读书节活动", "举行科技节开幕式", "参加区中小学生运动会",
                                                  "开展劳动实践活动"), 26),
                                          days("2023-06-29 10:20", 26, 6)))]  # fmt: skip
    notices = [Art("", t, w, author="办公室", source="校长办公室")
               for t, w in zip(titles(("2023年春季学期开学工作安排", "清明节放假", "劳动节放假", "端午节放假",
                                       "开展防溺水专项教育", "2023年一年级新生入学登记", "期末工作安排",
                                       "暑假放假及假期安全工作"), ("的通知", "的温馨提示", "的补充通知"), 15, "关于{}{}"),
                               days("2023-06-27 08:30", 15, 10))]  # fmt: skip
    jy = [Art("", t, w, author="教导处", source="教导处")
          for t, w in zip(titles(("语文组", "数学组", "英语组", "科学组", "音体美组", "道德与法治组"),
                                 ("开展集体备课活动", "举行课堂教学展示", "开展作业设计研讨", "组织青年教师赛课"), 12),
                          days("2023-06-21 14:00", 12, 12))]  # fmt: skip
    numbered(news + notices + jy, 23, 2)
    for a in news:
        a.path = f"/?xxxw/{a.aid}.html"
    for a in notices:
        a.path = f"/?tzgg/{a.aid}.html"
    for a in jy:
        a.path = f"/?news/{a.aid}.html"
    for k, a in enumerate(news + notices + jy):
        a.body = prose(a.title, PB_NAME, k + 2)
        a.hits = 30 + 11 * k
    for a in (notices[1], notices[6], jy[3]):  # {content:enclosure}
        url = f"/static/upload/other/{a.when:%Y%m%d}/{int(a.when.timestamp())}{a.aid:04d}.doc"
        a.body += f'<p>附件：<a href="{url}" target="_blank">{a.title[:10]}.doc</a></p>'
        site[url] = DOC
    scan = notices[4]
    picture = f"/static/upload/image/{scan.when:%Y%m%d}/{int(scan.when.timestamp())}.png"
    scan.body = f'<p style="text-align:center"><img src="{picture}" title="{scan.title}" alt="{scan.title}"/></p>'
    site[picture] = IMAGE
    site["/static/upload/image/20230101/1672531200123456.png"] = IMAGE
    shared = news[5]  # a 学校新闻 item whose 副栏目 is 通知公告
    hot = sorted(news[:8] + notices[:5], key=lambda a: a.hits, reverse=True)[:6]
    tzgg = sorted([*notices, shared], key=lambda a: a.when, reverse=True)
    xwzx = sorted(news + notices, key=lambda a: a.when, reverse=True)
    columns = {3: news, 4: tzgg, 2: xwzx, 5: jy}
    for scode, listed in columns.items():
        name = PB_SORTS[scode][0]
        chunks = pages_of(listed, 10)
        for k, chunk in enumerate(chunks, 1):
            rows = "".join(
                f'<li class="media border-bottom py-3"><div class="date mr-3"><span>{a.when:%d}</span><em>'
                f'{a.when:%Y-%m}</em></div><div class="media-body"><h5><a href="{a.path}" title="{a.title}">'
                f'{short(a.title, 30)}</a></h5><p class="text-secondary">{re.sub(r"<[^>]+>|　", "", a.body)[:50]}…'
                "</p></div></li>\n"
                for a in chunk
            )
            main = (f'<div class="col-12 col-md-9"><h4 class="border-bottom pb-2">{name}</h4><ul class="news-list '
                    f'list-unstyled">\n{rows}</ul>\n{pb_pager(scode, k, len(chunks), len(listed))}\n</div>')  # fmt: skip
            site[pb_list_url(scode, k)] = pb_page(
                f"{name}-{PB_NAME}", scode, f'{pb_position(scode)}\n<div class="container"><div class="row">\n{main}\n'
                f"{pb_side(scode, hot)}\n</div></div>")  # fmt: skip
    for scode, arts in ((3, news), (4, notices), (5, jy)):
        for a, older, newer in neighbours(arts):
            related = [r for r in arts[:5] if r is not a][:4]
            site[a.path] = pb_article(a, scode, older, newer, hot, related)
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{PB_NAME}创办于1987年，是区教育体育局直属的一所全日制公办小学，现有教学班40个，学生1800余人，教职工106人。",
        "学校坚持“让每一个孩子快乐成长”的办学理念，形成了书香校园、科技创新和阳光体育三大办学特色。",
        "学校先后获得省级文明校园、省现代教育技术实验学校、全国青少年校园足球特色学校等荣誉称号。",
    ))  # fmt: skip
    site["/?aboutus/"] = pb_page(
        f"学校概况-{PB_NAME}", 1, f'{pb_position(1)}\n<div class="container"><div class="row"><div class="col-12 '
        f'col-md-9"><h4 class="border-bottom pb-2">学校概况</h4><div class="content">{about}</div></div>'
        f"{pb_side(1, hot)}</div></div>")  # fmt: skip
    site["/?gbook/"] = pb_page(
        f"校长信箱-{PB_NAME}", 0, '<div class="container"><h4>校长信箱</h4><form action="/?message/" method="post">'
        '<input name="contacts" placeholder="联系人"><textarea name="content"></textarea><input name="checkcode">'
        '<img src="/core/code.php" onclick="this.src=\'/core/code.php?\'+Math.round(Math.random()*10)"><button '
        'type="submit">提交留言</button></form></div>')  # fmt: skip
    site["/core/code.php"] = IMAGE

    def box(scode, arts):
        name = PB_SORTS[scode][0]
        lis = "".join(f'<li><a href="{a.path}" title="{a.title}">{short(a.title, 18)}</a><span class="float-right">'
                      f"{a.when:%m-%d}</span></li>\n" for a in arts)  # fmt: skip
        return (f'<div class="col-12 col-md-4"><div class="index-box"><div class="index-title"><h3>{name}</h3><a '
                f'href="{pb_list_url(scode)}" class="more">更多+</a></div><ul class="index-list">\n{lis}</ul></div></div>'
                "\n")  # fmt: skip

    slides = "".join(f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{a.path}"><img class="d-block '
                     f'w-100" src="/static/upload/image/{a.when:%Y%m%d}/slide{i}.png" alt="{a.title}"></a></div>'
                     for i, a in enumerate(news[:3]))  # fmt: skip
    for i, a in enumerate(news[:3]):
        site[f"/static/upload/image/{a.when:%Y%m%d}/slide{i}.png"] = IMAGE
    home = (
        f'<div id="slide" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>\n'
        f'<div class="container pt-4"><div class="row">{box(3, news[:8])}{box(4, tzgg[:8])}{box(5, jy[:6])}</div>\n'
        f'<div class="index-about"><h3>学校简介</h3><p>{PB_NAME}创办于1987年，是区教育体育局直属的一所全日制公办小学……</p>'
        '<a href="/?aboutus/" class="more">更多+</a></div>\n<div class="links">友情链接：<a href="http://www.moe.gov.cn/"'
        ' target="_blank">教育部</a> <a href="http://jyt.jiangxi.gov.cn/" target="_blank">江西省教育厅</a></div></div>'
    )
    site["/"] = pb_page(f"{PB_NAME}-首页", 0, home)
    for path in ("/template/school/js/jquery-1.12.4.min.js", "/template/school/bootstrap/js/bootstrap.bundle.min.js"):
        site[path] = (200, "/* PbootCMS */", "application/javascript")
    return site, {a.path: a for a in news + notices + jy}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_metinfo_fixture_is_the_site_it_claims_to_be():
    site, truth = metinfo_site()
    assert len(truth) == 24 + 14 + 13 and len(html_pages(site)) <= 80
    first = site["/news/list-11.html"]
    assert ("<div class='met_pager'><span class='PreSpan'>上一页</span><a href=/news/list-11.html class='Ahover'>1</a>"
            "<a href=/news/list-11-2.html>2</a><a href=/news/list-11-3.html>3</a><a href=/news/list-11-2.html "
            "class='NextA'>下一页</a>") in first  # fmt: skip
    assert "/news/list-11-4.html" not in site and "<a href=/news/list-2-4.html>4</a>" in site["/news/"]
    assert {"/news/list-12-2.html", "/jxky/list-3-2.html"} <= set(site) and "/jxky/list-3-3.html" not in site
    a = next(a for p, a in truth.items() if p.startswith("/jxky/"))
    assert (
        re.fullmatch(r"/jxky/\d+\.html", a.path) and f"<span>发布时间：{a.when:%Y-%m-%d %H:%M}</span>" in site[a.path]
    )
    assert sum(f'<h4><a href="{a.path}"' in site["/news/"] + site["/news/list-2-2.html"] for a in truth.values()) == 20
    assert sum(1 for v in site.values() if v is DOC) == 3
    server = Server(site)
    assert server.get("/index.php?lang=cn") == server.get("/") and server.get("/?lang=en") is not None


def test_the_pbootcms_fixture_is_the_site_it_claims_to_be():
    site, truth = pbootcms_site()
    assert len(truth) == 26 + 15 + 12 and len(html_pages(site)) <= 90
    first = site["/?xxxw/"]
    assert ('<a class="page-item page-link" href="javascript:;">上一页</a>\n<a href="/?xxxw/" class="page-num '
            'page-num-current">1</a><a href="/?xxxw_2/" class="page-num">2</a><a href="/?xxxw_3/" class="page-num">3'
            '</a>\n<a class="page-item page-link" href="/?xxxw_2/">下一页</a>') in first  # fmt: skip
    assert "/?xxxw_4/" not in site and {"/?tzgg_2/", "/?news_5_2/", "/?xwzx_5/"} <= set(site)
    a = next(a for p, a in truth.items() if p.startswith("/?news/"))
    assert f"发布时间：{a.when:%Y年%m月%d日}&nbsp;" in site[a.path]
    assert f"<span>{a.when:%d}</span><em>{a.when:%Y-%m}</em>" in site["/?news_5/"] + site["/?news_5_2/"]
    server = Server(site)
    assert server.get("/?xxxw%2F=") == server.get("/index.php?xxxw/") == site["/?xxxw/"]
    assert server.get("/?xxxw/12.html") is None and sum(1 for v in site.values() if v is DOC) == 3


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"metinfo": metinfo_site, "pbootcms": pbootcms_site}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    site, truth = SITES[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, Server(site), truth, php_key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
