"""Whole sites of two more kinds of Chinese school site, written by hand after their public markup and crawled with
nothing but the home page's address: an EyouCMS (易优CMS, ThinkPHP 5) county middle school with pseudo-static URLs,
and a kindergarten made with a SaaS website builder of the 凡科建站 kind (module-id markup, 加载更多 lists). The
archive must hold exactly the articles each site was generated with, each once, with its title and its day.

* EyouCMS, 精简伪静态 (seo_pseudo 3, seo_rewrite_format 1): a column is its directory, /xxxw/; its later pages are
  the route ``<tid>/list_<typeid>_<page>`` with the trailing slash the paginator adds in this format,
  /xxxw/list_3_2/ (the pager links page 1 as /xxxw/list_3_1/, the same page as /xxxw/); articles
  /xxxw/123.html. The parent column 新闻中心 (/xwzx/) lists its children's articles (学校新闻 /xxxw/, 通知公告
  /tzgg/); 教学科研 /jxky/ has none. ``{eyou:pagelist listitem='index,pre,pageno,next,end,info' listsize='3'}``
  inside ``<div class="pages"><ul>`` renders ``<li><a>首页</a></li> <li><a>上一页</a></li> <li
  class="active"><a>1</a></li><li><a href="/xxxw/list_3_2/" data-ey_fc35fdc="html" data-tmp="1">2</a></li>… <li><a
  href=…>末页</a></li> <li><span class="pageinfo">共 <strong>3</strong>页 <strong>20</strong>条</span></li>``. The
  channel tag's nav has a drop-down (``<ul class="sub">``); the home page has a slide, a headline and boxes of the
  newest rows dated ``05-06`` with 更多; list rows ``<li><span class="date">2023-05-06</span><a href title>``
  (学校新闻 with a thumbnail and the description). view_article: the position crumb, ``<h1>``, ``<div
  class="info"><span>发布时间：2023-05-06 10:20</span><span>作者：…</span><span>来源：…</span><span>浏览：`` and
  the arcclick tag (``<i id="eyou_arcclick">`` and the script that GETs /index.php?m=api&c=Ajax&a=arcclick&aid=…,
  which answers the bare number as text/html), ``<div class="content">``, UEditor's attachment links, 上一篇/下一篇
  (暂无 at the ends), the sidebar's 栏目 and undated 热门文章. A 学校新闻 item is also listed in 通知公告 (副栏目).
  学校简介 (/xxjj/) and 联系我们 (/lxwm/) are 单页 columns (undated, not articles), 留言反馈 (/lyfk/) a guestbook form.
  The footer: 版权所有, the ICP number. ThinkPHP answers /xxxw and /xxxw/, list_3_1 as page 1, /index.php as /.
* The SaaS builder: one desktop template of nested divs with generated ids and classes (``g_main``, ``webNav``,
  ``navV3``, ``module12 … formStyle8``, ``formBanner``, ``formMiddleContent``, ``newsLine12_31``, ``lineBody``);
  columns /h-col-103.html, articles /h-nd-31.html linked with the builder's ``#_np=103_12`` fragment (column,
  module). Each news module shows its first eight rows in the HTML; the rest come by its more button, and the three
  categories' buttons work three ways: 园所动态 (module12) ``<div class="m_news_more J_loadMore" id="loadMore12"
  data-url="/h-col-103.html?m12pageno=2" onclick="Site.newsLoadMore(12, this)">加载更多</div>``, the script GETs the
  whole page named and appends its rows (the page rendered at m12pageno=2 has the next button, the last says
  没有更多了); 通知公告 (module15) ``onclick="Site.newsLoadFrag(15, '/ajax/news_h.jsp?cmd=getNewsListHtml&amp;
  moduleId=15&amp;groupId=4&amp;pageno=2', this)"`` (an HTML fragment of rows and the next button); 育儿知识
  (module18) POSTs JSON (``$.ajax({type: 'post', url: '/ajax/news_h.jsp?cmd=getWafNotCk_getList', …})``) and
  offers search engines a ``<noscript>`` pager of ``/h-col-105.html?m18pageno=2`` links. Articles: ``<h1
  class="g_title newsDetailTitle">``, ``<div class="newsInfo">发表时间：2024-05-06 10:20</div>`` 作者 来源 浏览,
  ``<div class="richContent">``, attachments, a 相关文章 module (the group's five newest, undated); the detail
  module's 上下篇 is switched off, so an article past a list's first eight is linked from its more button alone. 新闻资讯 (/h-col-107.html) is
  a channel page of the three categories' newest rows; 关于我们 (/h-col-101.html) and 联系我们 (/h-col-106.html)
  are rich-text columns (undated, not articles). A 园所动态 item is in 通知公告 too (a news item of two groups). The
  footer: 版权所有, the ICP number, 技术支持. The server answers nd.jsp?id= and col.jsp?id= as the h- pages.

No page is copied from a real site: names, hosts and numbers are made up."""

import html
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
    path: str  # the article's URL path
    title: str
    when: datetime
    source: str = "本站"
    author: str = "admin"
    body: str = ""
    aid: int = 0
    hits: int = 0
    files: tuple = ()

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


def sorted_query(pairs):
    return f"?{urllib.parse.urlencode(sorted(pairs))}" if pairs else ""


# ---- 1. EyouCMS (易优CMS): a county middle school, 精简伪静态 ------------------------------------------------------

EY_NAME = "柘溪县第三中学"
EY_COLUMNS = {  # typeid: (name, dirname, parent typeid, kind)
    1: ("学校简介", "xxjj", 0, "single"),
    2: ("新闻中心", "xwzx", 0, "list"),
    3: ("学校新闻", "xxxw", 2, "list"),
    4: ("通知公告", "tzgg", 2, "list"),
    5: ("教学科研", "jxky", 0, "list"),
    6: ("留言反馈", "lyfk", 0, "guestbook"),
    7: ("联系我们", "lxwm", 0, "single"),
}
EY_ROWS = 8  # {eyou:list pagesize='8'}
EY_STATIC = "/template/pc/skin"
EY_PAGE_ATTRS = ' data-ey_fc35fdc="html" data-tmp="1"'


def ey_key(path):
    """ThinkPHP 5 under EyouCMS's pseudo-static routes: /index.php is /, a column with or without its slash, page 1
    of a column (list_3_1) its column, the query's parameters in any order."""
    base, _, query = path.partition("?")
    base = "/" if base in ("", "/index.php") else base
    m = re.fullmatch(r"/([\w-]+)/list_(\d+)_1/?", base)
    if m:
        base = f"/{m.group(1)}/"
    if base != "/" and not base.endswith("/") and not re.search(r"\.\w+$", base):
        base += "/"
    return base + sorted_query(urllib.parse.parse_qsl(query, keep_blank_values=True))


def ey_url(tid, k=1):
    dirname = EY_COLUMNS[tid][1]
    return f"/{dirname}/" if k == 1 else f"/{dirname}/list_{tid}_{k}/"


def ey_pager(tid, k, n, total, listsize=3):
    """The Eyou paginator driver's render() (as the template market's school templates ship it)."""

    def url(p):  # the paginator builds every page, page 1 too, from the route, and adds the slash
        return f"/{EY_COLUMNS[tid][1]}/list_{tid}_{p}/"

    def button(p, text):
        return f"<li><a>{text}</a></li>" if p is None else f'<li><a href="{url(p)}"{EY_PAGE_ATTRS}>{text}</a></li>'

    info = f'<li><span class="pageinfo">共 <strong>{n}</strong>页 <strong>{total}</strong>条</span></li>'
    if n <= 1:
        return info
    window = listsize * 2
    if n < window + 2:
        pages = range(1, n + 1)
    elif k < listsize + 1:
        pages = range(1, window + 2)
    elif k > n - listsize:
        pages = range(n - window, n + 1)
    else:
        pages = range(k - listsize, k + listsize + 1)
    numbers = "".join(
        f'<li class="active"><a>{p}</a></li>' if p == k else f'<li><a href="{url(p)}"{EY_PAGE_ATTRS}>{p}</a></li>'
        for p in pages
    )
    parts = [
        button(1 if k > 1 else None, "首页"),
        button(k - 1 if k > 1 else None, "上一页"),
        numbers,
        button(k + 1 if k < n else None, "下一页"),
        button(n if k < n else None, "末页"),
        info,
    ]
    return " ".join(parts)


def ey_page(title, current, body):
    top = current if not EY_COLUMNS.get(current, ("", "", 0))[2] else EY_COLUMNS[current][2]
    nav = f'<li class="{"active" if current == 0 else ""}"><a href="/">网站首页</a></li>\n'
    for tid, (name, dirname, parent, _) in EY_COLUMNS.items():
        if parent:
            continue
        subs = "".join(f'<li><a href="/{d}/">{n}</a></li>' for t, (n, d, p, _) in EY_COLUMNS.items() if p == tid)
        sub = f'\n<ul class="sub">{subs}</ul>' if subs else ""
        nav += f'<li class="{"active" if top == tid else ""}"><a href="/{dirname}/">{name}</a>{sub}</li>\n'
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8" />\n<meta http-equiv="X-UA-Compatible" content="IE='
        'edge,chrome=1">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>'
        f'{title}</title>\n<meta name="description" content="{EY_NAME}是一所县直公办初级中学。" />\n<meta name="keywords" '
        f'content="{EY_NAME},柘溪三中" />\n<link href="/favicon.ico" rel="shortcut icon" type="image/x-icon" />\n'
        f'<link href="{EY_STATIC}/css/style.css?t=1672531200" rel="stylesheet" media="screen" type="text/css" />\n'
        f'<script type="text/javascript" src="{EY_STATIC}/js/jquery.min.js?t=1672531200"></script>\n'
        '<script type="text/javascript" src="/public/static/common/js/ey_global.js?v=v1.6.2"></script>\n'
        "</head>\n<body>\n"
        '<div class="top"><div class="w1200 clearfix"><span class="fl">欢迎访问柘溪县第三中学官方网站！</span><span '
        'class="fr"><a href="/lxwm/">联系我们</a> | <a href="/lyfk/">留言反馈</a></span></div></div>\n'
        '<div class="header"><div class="w1200 clearfix"><div class="logo fl"><a href="/"><img src="/uploads/allimg/'
        f'20220901/1-220901093015O9.png" alt="{EY_NAME}" /></a></div>\n<div class="search fr"><form method="get" '
        'action="/search.html" onsubmit="return searchForm();"><input type="text" name="keywords" id="keywords" '
        'class="text" placeholder="请输入关键词" /><input type="hidden" name="method" value="1" /><input type="submit" '
        'class="btn" value="搜索" /></form></div></div></div>\n'
        f'<div class="nav"><ul class="w1200 clearfix">\n{nav}</ul></div>\n'
        f"{body}\n"
        '<div class="footer"><div class="w1200">\n<div class="flink">友情链接：<a href="http://www.moe.gov.cn/" '
        'target="_blank">教育部</a><a href="http://jyj.example-zhexi.cn/" target="_blank">柘溪县教育局</a></div>\n'
        f'<p>Copyright © 2012-2023 {EY_NAME} 版权所有&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" rel="nofollow" '
        'target="_blank">黔ICP备19004567号-1</a></p>\n<p>地址：柘溪县城南新区育英路8号&nbsp;&nbsp;电话：0856-'
        "3212345&nbsp;&nbsp;邮编：554400</p>\n</div></div>\n"
        f'<script type="text/javascript" src="{EY_STATIC}/js/common.js?t=1672531200"></script>\n'
        "</body>\n</html>"
    )


def ey_position(tid):
    name, dirname, parent, _ = EY_COLUMNS[tid]
    crumbs = ([(EY_COLUMNS[parent][0], ey_url(parent))] if parent else []) + [(name, ey_url(tid))]
    return '<a href="/" class="crumb">首页</a>' + "".join(
        f' &gt; <a href="{u}" class="crumb">{n}</a>' for n, u in crumbs
    )


def ey_side(tid, hot):
    top = EY_COLUMNS[tid][2] or tid
    subs = [(t, n) for t, (n, d, p, _) in EY_COLUMNS.items() if p == top] or [(top, EY_COLUMNS[top][0])]
    menu = "".join(f'<li class="{"on" if t == tid else ""}"><a href="{ey_url(t)}">{n}</a></li>' for t, n in subs)
    hots = "".join(f'<li><a href="{a.path}" title="{a.title}">{short(a.title, 16)}</a></li>' for a in hot)
    return (
        f'<div class="side fl">\n<div class="side-box"><div class="side-tit"><h3>{EY_COLUMNS[top][0]}</h3></div>'
        f'<ul class="side-menu">{menu}</ul></div>\n<div class="side-box"><div class="side-tit"><h3>热门文章</h3>'
        f'</div><ul class="side-hot">{hots}</ul></div>\n</div>'
    )


def ey_main(tid, hot, inner):
    return (
        f'<div class="banner-ny"><img src="/uploads/allimg/20220901/1-220901094510K2.jpg" alt="" /></div>\n<div '
        f'class="main w1200 clearfix">\n{ey_side(tid, hot)}\n<div class="content-r fr">\n<div class="ny-tit clearfix">'
        f'<h2 class="fl">{EY_COLUMNS[tid][0]}</h2><div class="position fr">当前位置：{ey_position(tid)}</div></div>\n'
        f"{inner}\n</div>\n</div>"
    )


def ey_rows(tid, arts):
    if tid == 3:  # 学校新闻: a thumbnail, the title and the description
        return "".join(
            f'<li class="clearfix"><div class="pic"><a href="{a.path}"><img src="/uploads/allimg/{a.when:%Y%m%d}/'
            f'1-{a.when:%y%m%d%H%M}{a.aid % 97:02d}.jpg" alt="{a.title}" /></a></div><div class="txt"><h3><a '
            f'href="{a.path}" title="{a.title}">{short(a.title, 30)}</a></h3><p>{plain(a.body, 70)}...</p><span '
            f'class="date">{a.day}</span></div></li>\n'
            for a in arts
        )
    return "".join(
        f'<li><span class="date">{a.day}</span><a href="{a.path}" title="{a.title}">{short(a.title, 32)}</a></li>\n'
        for a in arts
    )


def ey_article(a, tid, older, newer, hot):
    def link(r):
        return f'<a href="{r.path}" title="{r.title}">{r.title}</a>' if r else "暂无"

    files = "".join(
        '<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" src="/public/plugins/'
        'Ueditor/dialogs/attachment/fileTypeImages/icon_doc.gif"/><a style="font-size:12px; color:#0066cc;" '
        f'href="{u}" title="{n}">{n}</a></p>'
        for u, n in a.files
    )
    inner = (
        f'<div class="article">\n<h1>{a.title}</h1>\n<div class="info"><span>发布时间：{a.when:%Y-%m-%d %H:%M}'
        f"</span><span>作者：{a.author}</span><span>来源：{a.source}</span><span>浏览："
        '<i id="eyou_arcclick" class="eyou_arcclick" style="font-style:normal">' + str(a.hits) + "</i> \n"
        '<script type="text/javascript">\n    function tag_arcclick()\n    {\n        var ajax = new '
        'XMLHttpRequest();\n        ajax.open("get", "/index.php?m=api&c=Ajax&a=arcclick&aid=' + str(a.aid) + '", '
        'true);\n        ajax.setRequestHeader("X-Requested-With","XMLHttpRequest");\n        ajax.send();\n        '
        "ajax.onreadystatechange = function () {\n            if (ajax.readyState==4 && ajax.status==200) {\n"
        '                document.getElementById("eyou_arcclick").innerHTML = ajax.responseText;\n            }\n'
        "        }\n    }\n    tag_arcclick();\n</script>次</span></div>\n"
        f'<div class="content">\n{a.body}\n{files}\n</div>\n<div class="prenext">\n<p>上一篇：{link(older)}</p>\n'
        f"<p>下一篇：{link(newer)}</p>\n</div>\n</div>"
    )
    return ey_page(f"{a.title}_{EY_COLUMNS[tid][0]}_{EY_NAME}", tid, ey_main(tid, hot, inner))


def eyoucms_site():
    site = {}
    news = [Art("", t, w, author=("校办", "政教处", "校团委")[k % 3], source=EY_NAME)
            for k, (t, w) in enumerate(zip(titles(("我校", "七年级", "八年级", "九年级", "校团委", "校学生会",
                                                   "校足球队", "物理兴趣小组"),
                                                  ("举行春季田径运动会", "开展防溺水安全教育主题班会",
                                                   "召开期中考试质量分析会", "举办“书香校园”读书分享会",
                                                   "开展消防安全疏散演练", "参加县中小学生合唱比赛",
                                                   "开展学雷锋志愿服务活动"), 20),
                                           days("2023-06-28 10:20", 20, 5)))]  # fmt: skip
    notices = [Art("", t, w, author="办公室", source="校长办公室")
               for t, w in zip(titles(("2023年清明节放假", "2023年劳动节放假", "中考体育考试考前准备", "期中考试安排",
                                       "2023年端午节放假", "暑假安全教育", "九年级毕业典礼"), ("的通知", "的补充通知"),
                                      13, "关于{}{}"), days("2023-06-26 09:30", 13, 11))]  # fmt: skip
    jy = [Art("", t, w, author="教科室", source="教科室")
          for t, w in zip(titles(("语文组", "数学组", "英语组", "理化生组", "政史地组"),
                                 ("开展集体备课活动", "举行公开课展示", "开展校本教研", "组织青年教师赛课"), 11),
                          days("2023-06-20 15:00", 11, 13))]  # fmt: skip
    everything = news + notices + jy
    numbered(everything, 52, 2)
    for tid, arts in ((3, news), (4, notices), (5, jy)):
        for a in arts:
            a.path = f"/{EY_COLUMNS[tid][1]}/{a.aid}.html"
    for k, a in enumerate(everything):
        a.body = prose(a.title, EY_NAME, k + 3)
        a.hits = 35 + 13 * k % 300
    for a in (notices[2], notices[8], jy[4]):  # UEditor's attachment
        url = f"/uploads/ueditor/{a.when:%Y%m%d}/1-{a.when:%y%m%d%H%M%S}{chr(65 + a.aid % 26)}{a.aid % 9}.doc"
        a.files += ((url, f"{a.title[:12]}.doc"),)
        site[url] = DOC
    scan = notices[5]  # a notice that is its scanned page alone
    picture = f"/uploads/allimg/{scan.when:%Y%m%d}/1-{scan.when:%y%m%d%H%M%S}Q5.jpg"
    scan.body = f'<p style="text-align: center;"><img src="{picture}" title="{scan.title}" alt="{scan.title}"/></p>'
    site[picture] = IMAGE
    for path in ("/uploads/allimg/20220901/1-220901093015O9.png", "/uploads/allimg/20220901/1-220901094510K2.jpg",
                 "/public/plugins/Ueditor/dialogs/attachment/fileTypeImages/icon_doc.gif"):  # fmt: skip
        site[path] = IMAGE
    for a in news:
        site[f"/uploads/allimg/{a.when:%Y%m%d}/1-{a.when:%y%m%d%H%M}{a.aid % 97:02d}.jpg"] = IMAGE
    for a in everything:  # the arcclick tag's counter: the bare number
        site[f"/index.php?m=api&c=Ajax&a=arcclick&aid={a.aid}"] = (
            200,
            str(a.hits).encode(),
            "text/html; charset=utf-8",
        )
    for path in (f"{EY_STATIC}/js/jquery.min.js?t=1672531200", f"{EY_STATIC}/js/common.js?t=1672531200",
                 "/public/static/common/js/ey_global.js?v=v1.6.2"):  # fmt: skip
        site[path] = (200, b"/* eyou */", "application/javascript")
    site[f"{EY_STATIC}/css/style.css?t=1672531200"] = (200, b"body{}", "text/css")
    site["/favicon.ico"] = (200, b"\x00\x00\x01\x00", "image/x-icon")
    shared = news[4]  # a 学校新闻 item whose 副栏目 is 通知公告
    hot = sorted(everything, key=lambda a: a.hits, reverse=True)[:7]
    tzgg = sorted([*notices, shared], key=lambda a: a.when, reverse=True)
    xwzx = sorted(news + notices, key=lambda a: a.when, reverse=True)
    for tid, listed in ((3, news), (4, tzgg), (2, xwzx), (5, jy)):
        pages = chunks(listed, EY_ROWS)
        for k, chunk in enumerate(pages, 1):
            cls = "news-pic" if tid == 3 else "news-list"
            inner = (f'<div class="{cls}"><ul>\n{ey_rows(tid, chunk)}</ul></div>\n<div class="pages"><ul>'
                     f"{ey_pager(tid, k, len(pages), len(listed))}</ul></div>")  # fmt: skip
            site[ey_url(tid, k)] = ey_page(f"{EY_COLUMNS[tid][0]}_{EY_NAME}", tid, ey_main(tid, hot, inner))
    for tid, arts in ((3, news), (4, notices), (5, jy)):
        for a, older, newer in neighbours(arts):  # prenext: the column's previous and next aid
            site[a.path] = ey_article(a, tid, older, newer, hot)
    about = (f"{EY_NAME}始建于1956年，坐落在柘溪县城南新区，是一所县直公办初级中学，现有教学班42个，学生2100余人。",
             "学校秉承“崇德尚学、自强不息”的校训，先后获得省级文明校园、市级示范学校等荣誉称号。",
             "学校占地面积86亩，建有标准化运动场、理化生实验室、图书馆、录播教室等教育教学设施。")  # fmt: skip
    contact = ("地址：柘溪县城南新区育英路8号", "电话：0856-3212345（办公室）", "邮编：554400")
    for tid, paras in ((1, about), (7, contact)):
        text = "".join(f"<p>　　{p}</p>" for p in paras)
        site[ey_url(tid)] = ey_page(f"{EY_COLUMNS[tid][0]}_{EY_NAME}", tid,
                                    ey_main(tid, hot, f'<div class="single-content">{text}</div>'))  # fmt: skip
    form = (
        '<div class="gbook"><form method="POST" enctype="multipart/form-data" action="/index.php?m=home&amp;c=Lists&amp;'
        'a=gbook_submit&amp;lang=cn" onsubmit="return checkForm(this);"><p>您的姓名：<input type="text" '
        'name="attr_1" /></p><p>联系电话：<input type="text" name="attr_2" /></p><p>留言内容：<textarea name="attr_3">'
        '</textarea></p><input type="hidden" name="typeid" value="6" /><input type="hidden" name="__token__1a2b3c" '
        'value="8f14e45fceea167a5a36dedd4bea2543" /><input type="submit" value="提交留言" /></form></div>'
    )
    site[ey_url(6)] = ey_page(f"留言反馈_{EY_NAME}", 6, ey_main(6, hot, form))

    def box(tid, arts, cls):
        lis = "".join(f'<li><a href="{a.path}" title="{a.title}">{short(a.title, 22)}</a><span>{a.when:%m-%d}</span>'
                      "</li>\n" for a in arts)  # fmt: skip
        return (f'<div class="index-box {cls}"><div class="hd"><h2>{EY_COLUMNS[tid][0]}</h2><a href="{ey_url(tid)}" '
                f'class="more">更多</a></div><div class="bd"><ul>\n{lis}</ul></div></div>\n')  # fmt: skip

    slides = "".join(
        f'<li><a href="{a.path}" title="{a.title}"><img src="/uploads/allimg/{a.when:%Y%m%d}/1-{a.when:%y%m%d%H%M}'
        f'{a.aid % 97:02d}.jpg" alt="{a.title}" /></a><p>{short(a.title, 20)}</p></li>'
        for a in news[:4]
    )
    top = news[0]
    home = (
        f'<div class="banner"><ul class="slides">{slides}</ul></div>\n<div class="w1200 index-main clearfix">\n'
        f'<div class="headline"><h2><a href="{top.path}" title="{top.title}">{top.title}</a></h2><p>'
        f'{plain(top.body, 80)}...<a href="{top.path}">[详细]</a></p></div>\n'
        f"{box(3, news[1:8], 'box-news')}{box(4, tzgg[:7], 'box-notice')}{box(5, jy[:6], 'box-jy')}"
        f'<div class="index-box box-about"><div class="hd"><h2>学校简介</h2><a href="{ey_url(1)}" class="more">更多'
        f'</a></div><div class="bd"><p>{about[0]}</p></div></div>\n</div>'
    )
    site["/"] = ey_page(f"{EY_NAME}", 0, home)
    return site, {a.path: a for a in everything}


# ---- 2. A SaaS website builder (凡科建站 kind): a kindergarten ---------------------------------------------------

FK_NAME = "澄江区星语幼儿园"
FK_COLS = {  # col id: (name, parent col id)
    2: ("首页", 0),
    101: ("关于我们", 0),
    107: ("新闻资讯", 0),
    103: ("园所动态", 107),
    104: ("通知公告", 107),
    105: ("育儿知识", 107),
    106: ("联系我们", 0),
}
FK_MODULES = {103: 12, 104: 15, 105: 18}  # a category's column: the id of its news-list module
FK_GROUPS = {103: 3, 104: 4, 105: 5}
FK_ROWS = 8
FK_RES = "/static/fk"


def fk_key(path):
    """The builder's reading of a URL: nd.jsp?id= and col.jsp?id= are the h- pages, m12pageno=1 is the module's
    first page, the query's parameters in any order."""
    base, _, query = path.partition("?")
    pairs = urllib.parse.parse_qsl(query, keep_blank_values=True)
    base = "/" if base in ("", "/index.jsp", "/index.html") else base
    m = re.fullmatch(r"/(nd|col)\.jsp", base)
    ids = [v for k, v in pairs if k == "id"]
    if m and ids:
        base = f"/h-{m.group(1)}-{ids[0]}.html"
        pairs = [(k, v) for k, v in pairs if k != "id"]
    pairs = [(k, v) for k, v in pairs if not (re.fullmatch(r"m\d+pageno", k) and v == "1")]
    return base + sorted_query(pairs)


def fk_col(col):
    return "/" if col == 2 else f"/h-col-{col}.html"


def fk_nd(a, col):
    return f"{a.path}#_np={col}_{FK_MODULES[col]}"


def fk_form(mid, name, inner, style=8, more=None, cls=""):
    """A module as the builder writes it: the banner with its name (and 更多), the middle around its content."""
    more_link = (f'<a class="formBannerMore formBannerMore{style}" href="{more}" hidefocus="true"><span '
                 'class="moreText">更多</span><span class="moreIcon faisco-icons-arrow6"></span></a>' if more else "")  # fmt: skip
    return (
        f'<div id="module{mid}" _indexClass="formIndex{mid % 7}" class="form Handle formStyle{style} {cls}" '
        '_autoHeight="1" _height="0" _autoWidth="1" _width="0" _inTab="0" _inMulModuleContainer="0" _inPack="0" '
        f'_inFullmeasure="0" _bHeight="0" _headerHiden="" title="">\n<div class="formBanner formBanner{style}"><div '
        f'class="left formBannerLeft formBannerLeft{style}"></div><div class="middle formBannerMiddle '
        f'formBannerMiddle{style}"><div class="titleLeft titleLeft{style}"></div><div class="titleCenter titleCenter'
        f'{style}"><div class="titleText titleText{style}"><div class="titleTextIcon icon-titleText">&nbsp;</div><div '
        f'class="textContent"><span class="textModuleName">{name}</span></div></div></div><div class="titleRight '
        f'titleRight{style}"></div>{more_link}</div><div class="right formBannerRight formBannerRight{style}"></div>'
        f'</div>\n<div class="formMiddle formMiddle{style}"><div class="formMiddleCenter formMiddleCenter{style}"><div '
        f'class="formMiddleContent formMiddleContent{style} moduleContent" _innerType="0">\n{inner}\n</div></div></div>'
        f'\n<div class="formBottom formBottom{style}"></div>\n</div>'
    )


def fk_line(mid, a, col, summary=True):
    extra = f'<div class="newsSummary">{plain(a.body, 56)}…</div>' if summary else ""
    return (
        f'<div id="newsLine{mid}_{a.aid}" topClassName="top1" topSwitch="off" newsId="{a.aid}" newsName="{a.title}" '
        f'class="newsLine J_newsLine newsLine{mid} line_{a.aid} line wWLine"><div id="lineBody{a.aid}" '
        f'class="lineBody"><div class="newsTitle"><div class="linkTableContainer"><a hidefocus="true" href="'
        f'{fk_nd(a, col)}" target="_blank" title="{a.title}"><span class="newsTitle_txt">{short(a.title, 26)}</span>'
        f'</a></div></div>{extra}<div class="newsCalendar"><a hidefocus="true" href="{fk_nd(a, col)}" target="_blank">'
        f'{a.day}</a></div></div></div>\n<div class="g_separator separatorLine"></div>\n'
    )


def fk_frag_url(col, k):
    mid = FK_MODULES[col]
    return f"/ajax/news_h.jsp?cmd=getNewsListHtml&moduleId={mid}&groupId={FK_GROUPS[col]}&pageno={k}"


def fk_more(col, k, n):
    """What follows a news list's rows on its page k of n: its more button (or 没有更多了), the builder's three ways."""
    mid = FK_MODULES[col]
    if k >= n:
        more = '<div class="m_news_nomore">没有更多了</div>'
    elif col == 103:
        more = (f'<div class="m_news_more J_loadMore" id="loadMore{mid}" data-url="/h-col-103.html?m{mid}pageno='
                f'{k + 1}" data-pageno="{k + 1}" data-total="{n}" onclick="Site.newsLoadMore({mid}, this)"><span '
                'class="m_more_txt">加载更多</span><span class="m_more_icon faisco-icons-down1"></span></div>')  # fmt: skip
    elif col == 104:
        url = html.escape(fk_frag_url(col, k + 1))
        more = (f'<div class="m_news_more J_moreBtn" id="loadMore{mid}" onclick="Site.newsLoadFrag({mid}, \'{url}\', '
                'this)"><span class="m_more_txt">查看更多</span></div>')  # fmt: skip
    else:
        more = (f'<div class="m_news_more J_loadMore" id="loadMore{mid}" onclick="Site.newsLoadMoreJson({mid}, '
                f'{k + 1})"><span class="m_more_txt">加载更多</span></div>')  # fmt: skip
    if col == 105:  # for search engines: the module's pager

        def link(p, text):
            return (f'<a hidefocus="true" href="/h-col-105.html?m{mid}pageno={p}#module{mid}"><span>{text}</span>'
                    "</a>")  # fmt: skip

        prev = f'<div class="pagePrev">{link(k - 1, "上一页") if k > 1 else "<span>上一页</span>"}</div>'
        nums = "".join(f'<div class="pageNo">{f"<span>{p}</span>" if p == k else link(p, p)}</div>'
                       for p in range(1, n + 1))  # fmt: skip
        nxt = f'<div class="pageNext">{link(k + 1, "下一页") if k < n else "<span>下一页</span>"}</div>'
        more += f'\n<noscript><div id="pagenation{mid}" class="pagenation">{prev}{nums}{nxt}</div></noscript>'
    return more


FK_SCRIPT = """<script type="text/javascript">
Site.newsLoadMore = function(mid, btn) {
    var url = $(btn).attr('data-url');
    $(btn).addClass('m_news_loading');
    $.get(url, function(page) {
        var $page = $(page);
        $('#newsList' + mid).append($page.find('#newsList' + mid + ' .J_newsLine'));
        $(btn).replaceWith($page.find('#loadMore' + mid + ', .m_news_nomore'));
    });
};
Site.newsLoadFrag = function(mid, url, btn) {
    $.get(url, function(frag) {
        $(btn).replaceWith(frag);
    });
};
Site.newsLoadMoreJson = function(mid, pageno) {
    $.ajax({
        type: 'post',
        url: '/ajax/news_h.jsp?cmd=getWafNotCk_getList',
        data: {moduleId: mid, groupId: Fai.top._newsGroupId, pageno: pageno, pageSize: 8},
        dataType: 'json',
        success: function(result) {
            if (!result.success) { return; }
            var html = [];
            $.each(result.list, function(i, n) {
                html.push('<div class="newsLine J_newsLine"><div class="linkTableContainer"><a href="' + n.url
                    + '" target="_blank">' + n.title + '</a></div><div class="newsCalendar">' + n.date + '</div></div>');
            });
            $('#newsList' + mid).append(html.join(''));
            if (pageno >= result.totalPage) { $('#loadMore' + mid).replaceWith('<div class="m_news_nomore">没有更多了</div>'); }
            else { $('#loadMore' + mid).attr('onclick', 'Site.newsLoadMoreJson(' + mid + ', ' + (pageno + 1) + ')'); }
        }
    });
};
</script>"""


def fk_page(title, col, modules, foot_script=""):
    def item(c, index):
        name, _ = FK_COLS[c]
        selected = " itemSelected" if col == c or FK_COLS.get(col, ("", 0))[1] == c else ""
        subs = "".join(
            f'<div class="item itemSub" colId="{s}"><a hidefocus="true" href="{fk_col(s)}"><span class="itemName">'
            f"{n}</span></a></div>"
            for s, (n, p) in FK_COLS.items()
            if p == c
        )
        sub = f'<div id="navSubMenu{c}" class="navSubMenu" style="display:none;">{subs}</div>' if subs else ""
        return (
            f'<div id="nav{c}" class="item itemCol{c} itemIndex{index}{selected}" colId="{c}"><table class="itemCenter" '
            'cellpadding="0" cellspacing="0"><tr><td><a hidefocus="true" style="outline:none;" href="'
            f'{fk_col(c)}"><span class="itemName0">{name}</span></a></td></tr></table>{sub}</div>\n'
            '<div class="itemSep"></div>\n'
        )

    nav = "".join(item(c, i) for i, c in enumerate((c for c, (_, p) in FK_COLS.items() if not p), 1))
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f'<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n<title>{title}</title>\n<meta name="keywords" '
        f'content="{FK_NAME},星语幼儿园,澄江幼儿园" />\n<meta name="description" content="{FK_NAME}是一所区属公办幼儿园。" />'
        f'\n<link type="text/css" href="{FK_RES}/css/base.min.css?v=202404101530" rel="stylesheet" />\n<link '
        f'type="text/css" href="{FK_RES}/css/theme/t1024.min.css?v=202404101530" rel="stylesheet" />\n'
        f'<script type="text/javascript" src="{FK_RES}/js/jquery-core.min.js?v=202404101530"></script>\n'
        f'<script type="text/javascript" src="{FK_RES}/js/fai.min.js?v=202404101530"></script>\n'
        f'<script type="text/javascript">var Fai = {{top: window}}; Fai.top._colId = {col}; Fai.top._lcid = 2052; '
        f"Fai.top._aid = 5589123; Fai.top._siteId = 0; Fai.top._newsGroupId = {FK_GROUPS.get(col, 0)}; var Site = {{}};"
        "</script>\n</head>\n"
        f'<body faiscoMobi="false" class="g_locale2052 mainHasBg">\n<div id="g_main" class="g_main g_col{col} '
        'mainHasBg">\n<div id="web" class="g_web">\n<div id="webTopTable" class="webTopTable"><div id="webTop" '
        'class="webTop"><div id="corpTitle" class="corpTitle"><a hidefocus="true" href="/"><span class="titleText">'
        f'{FK_NAME}</span></a></div><div id="logo" class="logo"><img id="logoImg" src="{FK_RES}/img/logo5589123.png" '
        'alt="" /></div></div></div>\n<div id="webNavTable" class="webNavTable"><div id="webNav" class="webNav '
        'webNavDefault"><div id="navV3" class="nav navStyle navV3"><div class="navMainContent"><div class="navContent">'
        f'<div class="navCenterContent"><div class="itemContainer">\n{nav}</div></div></div></div></div></div></div>\n'
        '<div id="webBannerTable" class="webBannerTable"><div id="webBanner" class="webBanner"><div class="banner" '
        f'style="background:url({FK_RES}/img/banner5589123.jpg) center top no-repeat;"></div></div></div>\n'
        '<div id="webContainerTable" class="webContainerTable"><div id="webContainer" class="webContainer"><div '
        'id="container" class="container"><div id="containerMiddle" class="containerMiddle"><div id="middleLeftForms" '
        f'class="column forms mainForms middleLeftForms">\n{modules}\n</div></div></div></div></div>\n'
        '<div id="webFooterTable" class="webFooterTable"><div id="webFooter" class="webFooter"><div id="footer" '
        'class="footer"><div class="footerContent"><div class="footerNav"><a hidefocus="true" href="/h-col-101.html">'
        '关于我们</a><span class="footerSep">|</span><a hidefocus="true" href="/h-col-106.html">联系我们</a></div><div '
        f'class="footerInfo"><p>版权所有 © 2024 {FK_NAME}&nbsp;&nbsp;地址：澄江区凤麓街道抚仙路12号&nbsp;&nbsp;电话：'
        '0877-6712345</p></div><div class="footerSupport"><a href="https://beian.miit.gov.cn/" target="_blank" '
        'rel="nofollow">滇ICP备2021003456号-1</a><span class="footerSep">|</span><span>技术支持：<a href="https://jz.'
        'example-builder.cn/" target="_blank" rel="nofollow">凡科建站</a></span><span class="footerSep">|</span><a '
        'hidefocus="true" href="javascript:;" onclick="Site.openLoginPanel();">管理登录</a></div></div></div></div>'
        f"</div>\n</div>\n</div>\n{foot_script}\n"
        '<script type="text/javascript">$(function(){ Site.initPage(); Site.initModuleStat(5589123); });</script>\n'
        "</body>\n</html>"
    )


def fk_list_page(col, k, n, rows):
    mid = FK_MODULES[col]
    name = FK_COLS[col][0]
    lines = "".join(fk_line(mid, a, col) for a in rows)
    inner = (f'<div class="m_news_list newsList newsList{mid} J_newsList" id="newsList{mid}" data-pageno="{k}">\n{lines}'
             f"</div>\n{fk_more(col, k, n)}")  # fmt: skip
    return fk_page(f"{name} - {FK_NAME}", col, fk_form(mid, name, inner, cls="newsListForm"), FK_SCRIPT)


def fk_fragment(col, k, n, rows):
    mid = FK_MODULES[col]
    return "".join(fk_line(mid, a, col) for a in rows) + fk_more(col, k, n)


def fk_article(a, col, related):
    files = "".join(
        f'<div class="attachItem"><span class="attachIcon faisco-icons-file"></span><a hidefocus="true" href="{u}" '
        f'target="_blank">{n}</a><a class="attachDownload" hidefocus="true" href="{u}">下载</a></div>'
        for u, n in a.files
    )
    attach = f'<div class="newsAttachWrap"><div class="attachTitle">附件：</div>{files}</div>' if files else ""
    detail = (
        f'<div class="newsDetail" id="newsDetail{a.aid}">\n<div class="title"><h1 class="g_title newsDetailTitle">'
        f'{a.title}</h1></div>\n<div class="newsInfoWrap"><div class="newsInfo">发表时间：{a.when:%Y-%m-%d %H:%M}'
        f'</div><div class="newsInfo newsInfo-author">作者：{a.author}</div><div class="newsInfo newsInfo-src">来源：'
        f'{a.source}</div><div class="newsInfo newsInfo-view">浏览：<span class="J_viewsCount" id="viewsCount'
        f'{a.aid}"></span></div></div>\n<div class="richContent richContent0 J_newsContent">{a.body}</div>\n{attach}\n'
        f'<script type="text/javascript">Site.logNewsView({a.aid}, '
        f"'#viewsCount{a.aid}');</script>\n</div>"
    )
    rel = "".join(
        f'<div class="newsLine J_newsLine"><a hidefocus="true" href="{fk_nd(r, col)}" target="_blank" title="'
        f'{r.title}">{short(r.title, 20)}</a></div>'
        for r in related
    )
    modules = (
        fk_form(2, "文章详情", detail, style=9, cls="newsDetailForm")
        + "\n"
        + fk_form(3, "相关文章", f'<div class="newsList newsList3">{rel}</div>', style=8)
    )
    return fk_page(f"{a.title} - {FK_NAME}", col, modules)


def saas_site():
    site = {}
    dyn = [Art("", t, w, author=("园办", "保教处", "后勤处")[k % 3], source=FK_NAME)
           for k, (t, w) in enumerate(zip(titles(("小班", "中班", "大班", "我园", "小一班", "大二班", "中三班"),
                                                 ("开展“亲子运动会”活动", "举行六一文艺汇演", "开展防拐骗安全演练",
                                                  "举办春季亲子植树活动", "开展绘本阅读分享会", "走进消防中队"), 21),
                                          days("2024-06-27 16:10", 21, 7)))]  # fmt: skip
    notices = [Art("", t, w, author="园办", source="园长办公室")
               for t, w in zip(titles(("2024年春季学期开学", "清明节放假", "劳动节放假", "端午节放假",
                                       "2024年秋季新生报名", "暑假放假", "预防手足口病"), ("的通知", "的温馨提示"),
                                      14, "关于{}{}"), days("2024-06-25 08:40", 14, 12))]  # fmt: skip
    tips = [Art("", t, w, author="保健医生", source="保健室")
            for t, w in zip(("孩子入园焦虑怎么办", "如何培养孩子良好的阅读习惯", "夏季幼儿饮食注意事项",
                             "幼儿挑食偏食的应对方法", "怎样和孩子一起做好时间管理", "幼小衔接家长需要做哪些准备",
                             "春季传染病预防小常识", "孩子爱发脾气家长怎么做", "如何保护幼儿的视力",
                             "培养孩子自理能力的小妙招", "给孩子讲故事的几点建议", "幼儿户外活动的安全须知"),
                            days("2024-06-18 20:15", 12, 14))]  # fmt: skip
    everything = dyn + notices + tips
    numbered(everything, 17, 1)
    for a in everything:
        a.path = f"/h-nd-{a.aid}.html"
    for k, a in enumerate(everything):
        a.body = prose(a.title, FK_NAME, k + 5)
    for a in (notices[4], notices[9], tips[5]):  # a file uploaded with the news item
        url = f"/download/5589123/0/0/ABUIABA9GAAg{a.aid:03d}qoQYo1aD3xQE.doc?f={a.title[:8]}.doc&v={a.aid}"
        a.files += ((url, f"{a.title[:8]}.doc"),)
        site[url] = DOC
    scan = notices[6]  # a notice that is its picture alone
    picture = f"/image/5589123/2/ABUIABACGAAg{scan.aid:03d}zKqQYoxL6QhgUwgA84wAc.jpg"
    scan.body = f'<p style="text-align:center;"><img src="{picture}" alt="" style="width:100%;" /></p>'
    site[picture] = IMAGE
    for name in ("logo5589123.png", "banner5589123.jpg", "about5589123.jpg"):
        site[f"{FK_RES}/img/{name}"] = IMAGE
    for name in ("jquery-core.min.js", "fai.min.js"):
        site[f"{FK_RES}/js/{name}?v=202404101530"] = (200, b"/* builder */", "application/javascript")
    for name in ("base.min.css", "theme/t1024.min.css"):
        site[f"{FK_RES}/css/{name}?v=202404101530"] = (200, b"body{}", "text/css")
    site["/ajax/news_h.jsp?cmd=getWafNotCk_getList"] = (  # a GET of the POST-only list: an error, no article
        200, '{"success":false,"rt":-3,"msg":"参数错误"}'.encode(), "application/json;charset=UTF-8")  # fmt: skip
    shared = dyn[3]  # a 园所动态 item also in the group 通知公告
    listed = {103: dyn, 104: sorted([*notices, shared], key=lambda a: a.when, reverse=True), 105: tips}
    for col, arts in listed.items():
        pages = chunks(arts, FK_ROWS)
        for k, rows in enumerate(pages, 1):
            if k == 1:
                site[fk_col(col)] = fk_list_page(col, k, len(pages), rows)
            elif col == 104:
                site[fk_frag_url(col, k)] = fk_fragment(col, k, len(pages), rows)
            else:
                site[f"/h-col-{col}.html?m{FK_MODULES[col]}pageno={k}"] = fk_list_page(col, k, len(pages), rows)
    for col, arts in ((103, dyn), (104, notices), (105, tips)):
        for a in arts:  # the detail module's 上下篇 is off; 相关文章 is the group's newest five
            related = [r for r in arts[:6] if r is not a][:5]
            site[a.path] = fk_article(a, col, related)

    def box(mid, col, arts, summary=False):
        lines = "".join(fk_line(mid, a, col, summary) for a in arts)
        inner = f'<div class="newsList newsList{mid}" id="newsList{mid}">\n{lines}</div>'
        return fk_form(mid, FK_COLS[col][0], inner, more=fk_col(col))

    about = (f"{FK_NAME}创办于1998年，是澄江区教育体育局直属的一所公办幼儿园，现有教学班15个，幼儿460余名。",
             "幼儿园秉承“快乐游戏、健康成长”的办园理念，以游戏为基本活动，促进幼儿身心和谐发展。",
             "幼儿园先后被评为省一级幼儿园、市级文明单位、市级平安校园。")  # fmt: skip
    rich = "".join(f"<p>　　{p}</p>" for p in about)
    site[fk_col(101)] = fk_page(f"关于我们 - {FK_NAME}", 101, fk_form(
        21, "关于我们", f'<div class="richContent richContent0"><p><img src="{FK_RES}/img/about5589123.jpg" alt="" />'
        f"</p>{rich}</div>", style=35))  # fmt: skip
    contact = "".join(f"<p>{p}</p>" for p in ("地址：澄江区凤麓街道抚仙路12号", "电话：0877-6712345", "邮箱：xingyu@example.cn",
                                                 "招生咨询时间：周一至周五 8:30-17:00"))  # fmt: skip
    site[fk_col(106)] = fk_page(f"联系我们 - {FK_NAME}", 106, fk_form(
        22, "联系我们", f'<div class="richContent richContent0">{contact}</div><div class="mapContainer" id="map22" '
        'data-lng="102.908" data-lat="24.674"></div>', style=35))  # fmt: skip
    site[fk_col(107)] = fk_page(
        f"新闻资讯 - {FK_NAME}", 107, "\n".join(box(30 + i, col, arts[:5]) for i, (col, arts) in
                                            enumerate(listed.items())))  # fmt: skip
    slides = "".join(
        f'<div class="imgItem"><a hidefocus="true" href="{fk_col(c)}"><img src="{FK_RES}/img/banner5589123.jpg" '
        f'alt="{FK_COLS[c][0]}" /></a></div>'
        for c in (101, 103)
    )
    home = "\n".join((
        fk_form(5, "园所风采", f'<div class="imgSlide" id="imgSlide5">{slides}</div>', style=1),
        fk_form(6, "关于我们", f'<div class="richContent richContent0"><p>{about[0]}</p><p><a hidefocus="true" '
                f'href="{fk_col(101)}" class="g_button">查看更多</a></p></div>', style=35),
        box(7, 103, dyn[:6], summary=True),
        box(8, 104, listed[104][:6]),
    ))  # fmt: skip
    site["/"] = fk_page(FK_NAME, 2, home)
    return site, {a.path: a for a in everything}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------

LINK = re.compile(r'(?:href|src|data-url)="([^"#]*)')
CALL = re.compile(r"""onclick="[\w.]+\(\s*\d+\s*,\s*'([^']+)'""")


def walk(server, key, scripts):
    """Every page reached from the home page: by hrefs and srcs, and with ``scripts`` also by what the buttons'
    scripts GET (a data-url, the URL named in an onclick call)."""
    seen, todo = {key("/")}, ["/"]
    while todo:
        path = todo.pop()
        entry = server.get(path)
        if not entry or not str(entry[2]).startswith("text/html"):
            continue
        text = entry[1].decode("utf-8")
        found = re.findall(r'(?:href|src)="([^"#]*)', re.sub(r"<script\b.*?</script>", "", text, flags=re.S))
        if scripts:
            found += re.findall(r'data-url="([^"#]*)', text) + CALL.findall(text)
        for href in found:
            url = urllib.parse.urljoin("http://site.test" + path, html.unescape(href))
            parts = urllib.parse.urlsplit(url)
            if parts.netloc != "site.test" or not parts.path:
                continue
            nxt = parts.path + (f"?{parts.query}" if parts.query else "")
            if key(nxt) not in seen:
                seen.add(key(nxt))
                todo.append(nxt)
    return seen


def unresolved(server, site):
    """The site's own links (hrefs, srcs, data-urls, onclick URLs) that its server does not answer."""
    bad = set()
    for path in html_pages(site):
        text = site[path]
        for href in LINK.findall(re.sub(r"<script\b.*?</script>", "", text, flags=re.S)) + CALL.findall(text):
            url = urllib.parse.urljoin("http://site.test" + path, html.unescape(href))
            parts = urllib.parse.urlsplit(url)
            if parts.netloc == "site.test" and parts.path and server.get(parts.path + (f"?{parts.query}" if parts.query
                                                                                       else "")) is None:  # fmt: skip
                bad.add(url)
    return bad


def test_the_eyoucms_fixture_is_the_site_it_claims_to_be():
    site, truth = eyoucms_site()
    assert 30 <= len(truth) <= 60 and len(html_pages(site)) <= 90
    server = Server(site, ey_key)
    assert unresolved(server, site) == set()
    assert {ey_key(p) for p in truth} <= walk(server, ey_key, scripts=False)
    first = site["/xxxw/"]
    assert ('<div class="pages"><ul><li><a>首页</a></li> <li><a>上一页</a></li> <li class="active"><a>1</a></li><li><a '
            'href="/xxxw/list_3_2/" data-ey_fc35fdc="html" data-tmp="1">2</a></li><li><a href="/xxxw/list_3_3/" '
            'data-ey_fc35fdc="html" data-tmp="1">3</a></li> <li><a href="/xxxw/list_3_2/" data-ey_fc35fdc="html" '
            'data-tmp="1">下一页</a></li> <li><a href="/xxxw/list_3_3/" data-ey_fc35fdc="html" data-tmp="1">末页</a>'
            '</li> <li><span class="pageinfo">共 <strong>3</strong>页 <strong>20</strong>条</span></li></ul></div>') in first  # fmt: skip
    assert '<li><a href="/xxxw/list_3_1/" data-ey_fc35fdc="html" data-tmp="1">首页</a></li>' in site["/xxxw/list_3_3/"]
    assert server.get("/xxxw/list_3_1/") == server.get("/xxxw/") == server.get("/xxxw")
    assert "/xxxw/list_3_4/" not in site and {"/tzgg/list_4_2/", "/jxky/list_5_2/", "/xwzx/list_2_5/"} <= set(site)
    assert '<ul class="sub"><li><a href="/xxxw/">学校新闻</a></li><li><a href="/tzgg/">通知公告</a></li></ul>' in first
    a = next(a for a in truth.values() if a.path.startswith("/jxky/"))
    assert f"<span>发布时间：{a.when:%Y-%m-%d %H:%M}</span>" in site[a.path]
    assert server.get(f"/index.php?aid={a.aid}&a=arcclick&c=Ajax&m=api")[1] == str(a.hits).encode()
    rows = "".join(re.search(r'<div class="news-list"><ul>.*?</ul>', site[u], re.S).group(0)
                   for u in ("/tzgg/", "/tzgg/list_4_2/"))  # fmt: skip
    listed_twice = [p for p in truth if p.startswith("/xxxw/") and f'href="{p}"' in rows]
    assert len(listed_twice) == 1
    assert sum(1 for v in site.values() if v is DOC) == 3 and "版权所有" in site["/"] and "ICP备" in site["/"]


def test_the_saas_fixture_is_the_site_it_claims_to_be():
    site, truth = saas_site()
    assert 30 <= len(truth) <= 60 and len(html_pages(site)) <= 90
    server = Server(site, fk_key)
    assert unresolved(server, site) == set()
    assert {fk_key(p) for p in truth} <= walk(server, fk_key, scripts=True)
    by_hrefs = walk(server, fk_key, scripts=False)  # the 加载更多 of 园所动态 and 通知公告 are no hrefs
    assert {fk_key(p) for p in truth} - by_hrefs and "/h-col-105.html?m18pageno=2" in by_hrefs
    first = site["/h-col-103.html"]
    assert ('data-url="/h-col-103.html?m12pageno=2" data-pageno="2" data-total="3" onclick="Site.newsLoadMore(12, '
            'this)"><span class="m_more_txt">加载更多</span>') in first  # fmt: skip
    assert (
        "没有更多了" in site["/h-col-103.html?m12pageno=3"] and "m12pageno=4" not in site["/h-col-103.html?m12pageno=3"]
    )
    assert ("onclick=\"Site.newsLoadFrag(15, '/ajax/news_h.jsp?cmd=getNewsListHtml&amp;moduleId=15&amp;groupId=4&amp;"
            "pageno=2', this)\"") in site["/h-col-104.html"]  # fmt: skip
    frag = site["/ajax/news_h.jsp?cmd=getNewsListHtml&moduleId=15&groupId=4&pageno=2"]
    assert frag.startswith('<div id="newsLine15_') and "<html" not in frag
    assert '<noscript><div id="pagenation18" class="pagenation">' in site["/h-col-105.html"]
    assert server.get("/h-col-103.html?m12pageno=1") == server.get("/col.jsp?id=103") == server.get("/h-col-103.html")
    a = next(iter(truth.values()))
    assert (
        server.get(f"/nd.jsp?id={a.aid}") == server.get(a.path)
        and f"发表时间：{a.when:%Y-%m-%d %H:%M}</div>" in site[a.path]
    )
    dyn_pages = first + site["/h-col-103.html?m12pageno=2"] + site["/h-col-103.html?m12pageno=3"]
    assert f'href="{a.path}#_np=103_12"' in dyn_pages
    shared = [p for p in truth if f'href="{p}#_np=104_15"' in site["/h-col-104.html"] + frag
              and f'href="{p}#_np=103_12"' in dyn_pages]  # fmt: skip
    assert len(shared) == 1
    assert sum(1 for v in site.values() if v is DOC) == 3 and "版权所有" in site["/"] and "ICP备" in site["/"]


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"eyoucms": (eyoucms_site, ey_key), "saas": (saas_site, fk_key)}


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
