"""Whole sites of two more CMS families (both .NET on IIS), written by hand after their public template markup and
crawled with nothing but the home page's address: a PageAdmin (3.x) middle school and a DTcms (动力启航, 4.x/5.x)
primary school. Each has a home page with a menu and boxes of the newest rows (更多>>), three columns of two or
three list pages, a single page (学校简介: an undated text, not an article), an image-only notice, an article listed
in two columns, side menus (the column's sub-menu and a box of undated 热点/排行 links), attachments and a footer
with 版权所有 and the ICP number. The archive must hold exactly the articles each site was generated with, each with
its title and its day.

* PageAdmin: the drop menu ``<div class="menu_box" id="Menu">`` (``<li class="menu_style" id="MenuItem63">`` with
  its sub-columns) and ``ShowSubMenu(Lanmu_Id)``; static columns /xwzx/xxxw/ (index.html, index_2.html …; articles
  /xwzx/xxxw/2023-05-06/1234.html) and a dynamic one (/index.aspx?lanmuid=64&sublanmuid=640, its pages ``&page=2``,
  its articles ``&id=1234``: a column whose ``html`` setting is not static). Lists are the sublanmu template's
  ``<ul class="article"><li><span class="title"><a title=…>…</a></span><span class="date">``, the pager
  ``<div id="sublanmu_page" class="sublanmu_page"><span>首页</span> <span class="c">1</span> <a>2</a> <a>下一页</a>
  <a>尾页</a> <span>共28条记录 页次：1/3</span>`` (GoPage(1) links page 1 by its own address). Articles: the
  detail_zdymodel template, ``<div class="articleinfor"><ul><li class="title"><h1>`` and ``<li class="info">``
  发布时间：2023-05-06 作者：… 浏览次数：<span id="clicks"></span> 来源：…, filled by ``Get_Info("article","1234")``
  (/e/js/public.js), the attachment link (pa_fj), ``<ul class="sublanmu_pn">`` 上一篇/下一篇.
* DTcms: channel ``news`` with categories 学校新闻 (/news/list-2.html, /news/list-2-2.html …) and 通知公告
  (list-3), articles /news/show-123.html; channel ``article`` (the site's own urls.config: /article/list/7.html,
  /article/list/7/2.html, /article/show/45.html) for 教研动态; /content/xxjj.html the single page. The pager is
  Utils.OutPageList in ``<div class="page-box"><div class="digg">``: ``<span>共26记录</span><span
  class="disabled">«上一页</span><span class="current">1</span><a href="/news/list-2-2.html">2</a>…<a>下一页»</a>``
  (page 1 linked as list-2-1.html, which the rewrite answers). Articles: news_show.html's ``<div class="meta"><h2>``
  and ``<div class="info"><span>发布时间：2023/5/6 15:22:31</span>`` ({model.add_time}: .NET's zh-CN DateTime)
  ``<span>浏览：<script src="/tools/submit_ajax.ashx?action=view_article_click&channel_id=1&id=123&click=1">
  </script>次</span>``, ``<div class="entry">``, attachments through /tools/download.ashx, 上一篇/下一篇 (没有了).
  A 通知公告 row links a 学校新闻 article (its 外部链接).

IIS answers paths and parameter names in any case, parameters in any order; archived URLs are compared so. No page
is copied from a real site."""

import re
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
    """A site ({path: page}) as IIS answers it."""

    def __init__(self, site):
        super().__init__(site)
        self.answers = {iis_key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        return self.answers.get(iis_key(path), default)


# ---- 1. PageAdmin: a middle school --------------------------------------------------------------------------------

PA_NAME = "青溪市第三中学"
PA_JY = "/index.aspx?lanmuid=64&sublanmuid=640"
PA_LANMU = {  # lanmu id: (name, url, ((sublanmu id, name, url), …))
    62: ("学校概况", "/xxgk/xxjj/", ((630, "学校简介", "/xxgk/xxjj/"),)),
    63: ("新闻中心", "/xwzx/xxxw/", ((636, "学校新闻", "/xwzx/xxxw/"), (637, "通知公告", "/xwzx/tzgg/"))),
    64: ("教学科研", PA_JY, ((640, "教研动态", PA_JY),)),
}


def pa_page(title, lanmu, sub, body):
    menu = (
        '<li class="menu_style_homepage" id="MenuItem61" name="MenuItem"><a href="/" class="menu">网站首页</a></li>\n'
    )
    for lid, (name, url, subs) in PA_LANMU.items():
        items = "".join(f'\n<li><a href="{u}">{n}</a></li>' for _, n, u in subs)
        menu += (f'<li class="menu_style{" menu_current" if lid == lanmu else ""}" id="MenuItem{lid}" name="MenuItem">'
                 f'<a href="{url}" class="menu">{name}</a><ul>{items}\n</ul></li>\n')  # fmt: skip
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<title>{title}</title>\n'
        f'<meta name="keywords" content="{PA_NAME},青溪三中" />\n<link href="/e/css/public.css" rel="stylesheet" '
        'type="text/css" />\n<link href="/skins/qxsz/style.css" rel="stylesheet" type="text/css" />\n'
        '<script src="/e/js/jquery.js" type="text/javascript"></script>\n<script src="/e/js/public.js" '
        'type="text/javascript"></script>\n<script type="text/javascript">var submenu_style=0;</script>\n'
        '<script src="/skins/qxsz/js/dropmenu.js" type="text/javascript"></script>\n</head>\n<body>\n'
        f'<div class="page_style {"homepage" if lanmu == 61 else "lanmupage"} page_l{lanmu}">\n<div class="top_box">'
        '<div class="top_box_inner"><div class="logo"><a href="/"><img src="/skins/qxsz/images/logo.png" border="0">'
        f'</a></div><div class="menu_box" id="Menu"><ul>\n{menu}</ul></div></div></div>\n<script type="text/javascript">'
        f'var IsPageHome="{int(lanmu == 61)}";var Lanmu_Id="{lanmu}";var Sublanmu_Id="{sub}";ShowSubMenu(Lanmu_Id);'
        f'</script>\n<div class="main_box main_box_style"><div class="main_box_inner">\n{body}\n</div>'
        '<div class="clear main_box_inner_bottom"></div></div>\n<div class="bottom_box"><div class="bottom_inner">'
        f"版权所有：{PA_NAME} &nbsp;地址：青溪市学院路88号 &nbsp;电话：0579-85512345<br />"
        '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备10023456号-1</a> &nbsp;技术支持：青溪市教育技术中心'
        "</div></div><div align='center' style='padding:5px'>Powered by <a href='http://www.pageadmin.net' "
        "target='_blank'><strong>PageAdmin CMS</strong></a>\n</div>\n</div>\n</body>\n</html>"
    )


def pa_column(lanmu, sub, hot, location, main):
    """A column's page: the side box of the lanmu's sub-columns and the 热点信息, the location bar, ``main``."""
    name, _, subs = PA_LANMU[lanmu]
    nav = "".join(f'<li{" class=nav_menu_current" if s == sub else ""}><a href="{u}">{n}</a></li>' for s, n, u in subs)
    hots = "".join(
        f'<li><a href="{a.path}" target="_blank" title="{a.title}">{short(a.title, 15)}</a></li>' for a in hot
    )
    crumbs = "".join(f' &gt; <a href="{u}">{n}</a>' for n, u in location)
    current = next(n for s, n, _ in subs if s == sub)
    return (
        f'<div class="main_box_left"><div id="Nav_{lanmu}" class="nav_box"><div class="nav_title">{name}</div>'
        f'<div class="nav_menu"><ul>{nav}</ul></div></div><div class="module_box"><div class="module_title">热点信息'
        f'</div><div class="module_content"><ul class="hot">{hots}</ul></div></div></div><div class="main_box_right">'
        f'<div class="current_location current_location_{sub}" id="current_location"><ul><li class="current_location_1">'
        f'当前位置：<a href="/">首页</a>{crumbs}</li><li class="current_location_2">{current}</li></ul></div>'
        f'<div class="sublanmu_box sublanmu_box_{sub}" id="sublanmu_box">{main}</div></div>'
    )


def pa_pager(urls, k, total):
    """The sublanmu template's pager, GoPage(i) being ``urls[i - 1]``."""
    n = len(urls)
    html = '<div id="sublanmu_page" class="sublanmu_page">'
    html += "<span>首页</span>" if k == 1 else f'<a href="{urls[0]}">首页</a> <a href="{urls[k - 2]}">上一页</a>'
    html += "".join(
        f' <span class="c">{i}</span>' if i == k else f' <a href="{urls[i - 1]}">{i}</a>' for i in range(1, n + 1)
    )
    html += f' <a href="{urls[k]}">下一页</a> <a href="{urls[-1]}">尾页</a>' if k < n else " <span>尾页</span>"
    return html + f" <span>共{total}条记录 页次：{k}/{n}</span></div>"


def pa_article(a, lanmu, sub, older, newer, hot):
    def link(label, r):
        return f'{label}：<a href="{r.path}" target="_self" title="{r.title}">{r.title}</a>' if r else ""

    fj = "".join(f'<div style="padding:5px 0 0 17px;background:url(/e/images/icon/doc.gif) no-repeat left center;">'
                 f'<a href="{u}">{n}</a></div>' for u, n in a.files)  # fmt: skip
    name, url, subs = PA_LANMU[lanmu]
    main = (
        f'<div class="sublanmu_content" id="sublanmu_content">\n<div class="articleinfor" id="articleinfor">\n<ul>\n'
        f'<li class="title"><h1>{a.title}\n</h1></li>\n<li class="info">\n发布时间：{a.day}&nbsp;&nbsp;\n&nbsp;作者：'
        f'{a.author}\n浏览次数：<span id="clicks"></span>&nbsp;&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;字号：[&nbsp;<a '
        "href=\"javascript:FontZoom('16px','Content')\">大</a> <a href=\"javascript:FontZoom('14px','Content')\">中</a>"
        "  <a href=\"javascript:FontZoom('12px','Content')\">小</a>]\n</li>\n</ul>\n"
        f'<div class="content" id="Content">\n{a.body}\n{fj}</div>\n</div>\n<script src="/e/js/internal_page.js" '
        f'type="text/javascript"></script>\n<ul class="sublanmu_pn">\n<li>{link("上一篇", older)}</li>\n<li>'
        f'{link("下一篇", newer)}</li>\n</ul>\n<script type="text/javascript">Get_Info("article","{a.aid}")</script>\n</div>'
    )
    location = [(name, url), *((n, u) for s, n, u in subs if s == sub)]
    return pa_page(f"{a.title}-{PA_NAME}", lanmu, sub, pa_column(lanmu, sub, hot, location, main))


PA_PUBLIC_JS = """function Get_Info(table, id) {
  $.get("/e/aspx/get_info.aspx", {table: table, id: id, r: Math.random()}, function (data) {
    var c = document.getElementById("clicks"); if (c != null) { c.innerHTML = data; }
  });
}
function FontZoom(size, id) { document.getElementById(id).style.fontSize = size; }"""


def pageadmin_site():
    site = {}
    news = [Art("", t, w, author=("校办", "政教处", "团委")[k % 3], source="学校办公室")
            for k, (t, w) in enumerate(zip(titles(("我校", "初一年级", "初二年级", "初三年级", "校团委", "政教处",
                                                  "教务处", "校学生会", "校文学社"),
                                                 ("举行开学典礼", "开展防溺水安全教育", "召开家长会", "开展消防疏散演练",
                                                  "举办校园读书节", "组织学生参观科技馆", "举行十四岁青春仪式"), 28),
                                          days("2023-06-28 16:20", 28, 5)))]  # fmt: skip
    notices = [Art("", t, w, source="校长室", author="办公室")
               for t, w in zip(titles(("做好2023年春季开学工作", "2023年清明节放假安排", "2023年劳动节放假安排",
                                       "2023年端午节放假安排", "开展校园安全隐患大排查", "2023年七年级新生报名工作",
                                       "期中考试安排", "暑假放假及安全教育", "教师暑期培训"),
                                      ("的通知", "的公告"), 16, "关于{}{}"),
                               days("2023-06-26 10:00", 16, 9))]  # fmt: skip
    jy = [Art("", t, w, source="教科室", author="教科室")
          for t, w in zip(titles(("语文组", "数学组", "英语组", "物理组", "化学组", "历史组", "艺体组"),
                                 ("开展集体备课活动", "举行公开课展示", "开展课题研究交流"), 13),
                          days("2023-06-21 15:00", 13, 11))]  # fmt: skip
    numbered(news + notices + jy, 1204)
    for a in news:
        a.path = f"/xwzx/xxxw/{a.day}/{a.aid}.html"
    for a in notices:
        a.path = f"/xwzx/tzgg/{a.day}/{a.aid}.html"
    for a in jy:
        a.path = f"{PA_JY}&id={a.aid}"
    for k, a in enumerate(news + notices + jy):
        a.body = prose(a.title, PA_NAME, k)
        site[f"/e/aspx/get_info.aspx?table=article&id={a.aid}"] = (200, str(60 + 7 * k), "text/plain")
    for a in (notices[0], notices[5], jy[2]):
        stamp = f"{a.when:%d%H%M%S}"
        attach(site, a, f"/e/upload/s1/article/file/{a.when:%Y/%m}/{stamp}.doc", f"{stamp}.doc")
    scan = notices[4]  # a notice published as one scanned page
    picture = f"/e/upload/s1/fck/image/{scan.when:%Y/%m}/{scan.when:%d%H%M%S}.png"
    scan.body = f'<p style="text-align:center"><img src="{picture}" border="0" alt="" /></p>'
    site[picture] = IMAGE
    shared = news[6]  # a news item the 通知公告 list also shows
    hot = [news[1], notices[2], jy[0], news[10], notices[7]]

    def rows(arts, cut):
        return "".join(f'<li><span class="title">\n<a href="{a.path}" target="_blank" title="{a.title}" style="">'
                       f'{short(a.title, cut)}</a></span><span class="date">{a.day}</span></li>\n' for a in arts)  # fmt: skip

    def column(lanmu, sub, urls, listed, per):
        name, lurl, subs = PA_LANMU[lanmu]
        sname, surl = next((n, u) for s, n, u in subs if s == sub)
        for k, url in enumerate(urls, 1):
            main = (f'<div class="sublanmu_content sublanmu_content_article"><ul class="article">\n'
                    f"{rows(listed[(k - 1) * per : k * per], 24)}</ul>\n{pa_pager(urls, k, len(listed))}</div>")  # fmt: skip
            site[url] = pa_page(f"{sname}-{PA_NAME}", lanmu, sub,
                                pa_column(lanmu, sub, hot, [(name, lurl), (sname, surl)], main))  # fmt: skip

    column(63, 636, ["/xwzx/xxxw/index.html", "/xwzx/xxxw/index_2.html", "/xwzx/xxxw/index_3.html"], news, 12)
    site["/xwzx/xxxw/"] = site["/xwzx/xxxw/index.html"]
    listed = sorted([*notices, shared], key=lambda a: a.when, reverse=True)
    column(63, 637, ["/xwzx/tzgg/index.html", "/xwzx/tzgg/index_2.html"], listed, 12)
    site["/xwzx/tzgg/"] = site["/xwzx/tzgg/index.html"]
    column(64, 640, [f"{PA_JY}&page=1", f"{PA_JY}&page=2"], jy, 10)
    site[PA_JY] = site[f"{PA_JY}&page=1"]
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{PA_NAME}创办于1956年，是市教育局直属的一所公办初级中学，现有教学班36个，在校学生1700余人，教职工152人。",
        "学校秉承“明德、励志、求真、创新”的校训，以“为每一个学生的终身发展奠基”为办学理念，先后获得省级文明学校等称号。",
        "学校建有标准化运动场、图书馆、科技楼和艺术楼，各类功能教室配备齐全，为学生的全面发展提供了良好条件。",
    ))  # fmt: skip
    site["/xxgk/xxjj/"] = site["/xxgk/xxjj/index.html"] = pa_page(
        f"学校简介-{PA_NAME}", 62, 630, pa_column(62, 630, hot, [("学校概况", "/xxgk/xxjj/"), ("学校简介", "/xxgk/xxjj/")],
                                                  f'<div class="sublanmu_content sublanmu_content_article">{about}</div>'))  # fmt: skip
    for lanmu, sub, arts in ((63, 636, news), (63, 637, notices), (64, 640, jy)):
        for a, older, newer in neighbours(arts):
            site[a.path] = pa_article(a, lanmu, sub, older, newer, hot)

    def box(mid, name, url, arts):
        lis = "".join(f'<li><span class="title">\n<a href="{a.path}" target="_blank" title="{a.title}" style="">'
                      f'{short(a.title, 16)}</a></span>\n<span class="date">{a.when:%m-%d}</span>\n</li>\n' for a in arts)  # fmt: skip
        return (f'<div class="module_box" id="module_{mid}"><div class="module_title"><span class="title_text">{name}'
                f'</span><span class="more"><a href="{url}">更多&gt;&gt;</a></span></div><div class="module_content">'
                f'<div class="article">\n<ul>\n{lis}</ul></div></div></div>\n')  # fmt: skip

    pics = [f"/e/upload/s1/article/image/{a.when:%Y/%m}/t_{a.when:%d%H%M%S}.png" for a in news[:4]]
    for p in pics:
        site[p] = IMAGE
    slide = (  # the focus module: its links only in a script's strings
        '<div class="module_box" id="module_13"><div class="module_content"><script type="text/javascript">\n'
        f'var Show_Style=1;\nvar Image_13=new Array();\nvar Pics="{"|".join(pics)}";\n'
        f'var Links="{"|".join(a.path for a in news[:4])}";\nvar Titles="{"|".join(short(a.title, 15) for a in news[:4])}";'
        f'\nvar Alts="{"|".join(a.title for a in news[:4])}";\n</script>\n<script src="/e/js/slide_focus.js" '
        'type="text/javascript"></script></div></div>\n'
    )
    home = (f'{slide}{box(14, "学校新闻", "/xwzx/xxxw/", news[:8])}{box(15, "通知公告", "/xwzx/tzgg/", listed[:8])}'
            f'{box(16, "教研动态", PA_JY, jy[:6])}<div class="module_box" id="module_17"><div class="module_title">'
            '<span class="title_text">学校简介</span><span class="more"><a href="/xxgk/xxjj/">更多&gt;&gt;</a></span>'
            f"</div><div class=\"module_content\">{PA_NAME}创办于1956年，是市教育局直属的一所公办初级中学……</div></div>"
            '<div class="module_box" id="module_18"><div class="module_title">友情链接</div><div class="module_content">'
            '<a href="http://www.moe.gov.cn/" target="_blank">教育部</a> <a href="http://jyt.zj.gov.cn/" '
            'target="_blank">浙江省教育厅</a></div></div>')  # fmt: skip
    site["/"] = site["/index.aspx"] = pa_page(f"{PA_NAME}-首页", 61, 0, home)
    site["/e/js/public.js"] = (200, PA_PUBLIC_JS, "application/javascript")
    for path in ("/e/js/jquery.js", "/skins/qxsz/js/dropmenu.js", "/e/js/internal_page.js", "/e/js/slide_focus.js"):
        site[path] = (200, "/* PageAdmin */", "application/javascript")
    return site, {a.path: a for a in news + notices + jy}


# ---- 2. DTcms (动力启航): a primary school --------------------------------------------------------------------------

DT_NAME = "湖滨区实验小学"
DT_CATS = {2: ("学校新闻", "news"), 3: ("通知公告", "news"), 7: ("教研动态", "article")}
DT_CHANNELS = {"news": (1, "新闻资讯"), "article": (2, "教学教研")}


def dt_list_url(cat, k=0):
    """The list rewrite: news/list-{0}.html, news/list-{0}-{1}.html; article/list/{0}.html, article/list/{0}/{1}.html."""
    ch = DT_CATS[cat][1]
    if ch == "news":
        return f"/news/list-{cat}.html" if not k else f"/news/list-{cat}-{k}.html"
    return f"/article/list/{cat}.html" if not k else f"/article/list/{cat}/{k}.html"


def dt_page(title, body):
    menu = (("首页", "/index.html"), ("学校简介", "/content/xxjj.html"), *((n, dt_list_url(c)) for c, (n, _) in
            DT_CATS.items()))  # fmt: skip
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in menu)
    return (
        '<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f'<title>{title}</title>\n<meta name="keywords" content="{DT_NAME},湖滨实验小学" />\n<meta name="description" '
        f'content="{DT_NAME}" />\n<link rel="stylesheet" type="text/css" href="/css/pagination.css" />\n'
        '<link rel="stylesheet" type="text/css" href="/templates/school/css/style.css" />\n<script type="text/javascript" '
        'charset="utf-8" src="/scripts/jquery/jquery-1.11.2.min.js"></script>\n<script type="text/javascript" '
        'charset="utf-8" src="/templates/school/js/common.js"></script>\n</head>\n\n<body>\n<!--页面头部-->\n'
        '<div class="header"><div class="head-top"><div class="section"><div class="left-box"><a href="/index.html">'
        f'<img src="/templates/school/images/logo.png" alt="{DT_NAME}" /></a></div><div class="search-box"><input '
        'id="keywords" name="keywords" class="input" type="text" placeholder="输入关健字" onkeydown="if(event.keyCode==13)'
        '{SiteSearch(\'/search.html\', \'#keywords\');return false};" /><input class="submit" type="submit" value="搜索" '
        "onclick=\"SiteSearch('/search.html', '#keywords');\" /></div></div></div><div class=\"head-nav\"><div "
        f'class="section"><ul class="nav-box">{nav}</ul></div></div></div>\n<!--/页面头部-->\n\n{body}\n\n<!--页面底部-->\n'
        '<div class="footer"><div class="section"><div class="foot-nav"><a href="/content/xxjj.html">学校简介</a>|<a '
        'href="/content/lxwm.html">联系我们</a></div><div class="copyright"><p>版权所有 &copy; '
        f'{DT_NAME} &nbsp;地址：湖滨区滇池路126号 &nbsp;电话：0871-64112345</p><p><a href="https://beian.miit.gov.cn/" '
        'target="_blank">滇ICP备11002345号-1</a> &nbsp;技术支持：湖滨区教育信息中心</p></div></div></div>\n<!--/页面底部-->\n'
        "</body>\n</html>"
    )


def dt_location(*parts):
    crumbs = "".join(f' &gt;\n        <a href="{u}">{t}</a>' for t, u in parts)
    return (f'<div class="section">\n    <div class="location">\n        <span>当前位置：</span>\n        <a '
            f'href="/index.html">首页</a>{crumbs}\n    </div>\n</div>')  # fmt: skip


SELECTED, HOT = ' class="selected"', ' class="hot"'


def dt_side(cat, hot):
    ch = DT_CATS[cat][1]
    cats = "".join(f'<li>\n<h5><a href="{dt_list_url(c)}"{SELECTED if c == cat else ""}>{n}</a></h5>\n<p>'
                   f"</p>\n</li>" for c, (n, h) in DT_CATS.items() if h == ch)  # fmt: skip
    hots = "".join(f'<li>\n<label{HOT if i < 2 else ""}>{i}</label>\n<a href="{a.path}">{a.title}</a>\n</li>'
                   for i, a in enumerate(hot, 1))  # fmt: skip
    return (f'<div class="right-260"><div class="bg-wrap nobg"><div class="sidebar-box"><h4>栏目导航</h4><ul '
            f'class="navbar">{cats}</ul></div><div class="sidebar-box"><h4>阅读排行</h4><ul class="txt-list">{hots}</ul>'
            "</div></div></div>")  # fmt: skip


def dt_pager(cat, k, n, total):
    """Utils.OutPageList(pagesize, k, total, linkurl, 8), ``__id__`` the page in the list rewrite."""
    if n <= 1:
        return ""

    def url(i):
        return dt_list_url(cat, i)

    first_btn = '<span class="disabled">«上一页</span>' if k <= 1 else f'<a href="{url(k - 1)}">«上一页</a>'
    last_btn = '<span class="disabled">下一页»</span>' if k >= n else f'<a href="{url(k + 1)}">下一页»</a>'
    first = '<span class="current">1</span>' if k == 1 else f'<a href="{url(1)}">1</a>'
    last = f'<span class="current">{n}</span>' if k == n else f'<a href="{url(n)}">{n}</a>'
    lo = 2 if k < 8 else k - 4
    hi = min(k + 8 - 5, n - 1)
    html = f"<span>共{total}记录</span>{first_btn}{first}" + ("<span>...</span>\n" if k >= 8 else "")
    html += "".join(
        f'<span class="current">{i}</span>' if i == k else f'<a href="{url(i)}">{i}</a>' for i in range(lo, hi + 1)
    )
    return html + ("<span>...</span>" if n - k > 4 else "") + last + last_btn


def dt_click(a, cat):
    return (f"/tools/submit_ajax.ashx?action=view_article_click&channel_id={DT_CHANNELS[DT_CATS[cat][1]][0]}&id={a.aid}"
            "&click=1")  # fmt: skip


def dt_article(a, cat, older, newer, hot):
    def link(r):
        return f'<a href="{r.path}">{r.title}</a>' if r else "没有了"

    name, ch = DT_CATS[cat]
    files = "".join(f'<li><a href="{u}" title="点击下载">{n}</a></li>' for u, n in a.files)
    files = f'<div class="attach-box"><h3>附件下载</h3><ul class="attach-list">{files}</ul></div>' if files else ""
    when = f"{a.when.year}/{a.when.month}/{a.when.day} {a.when.hour}:{a.when:%M:%S}"  # {model.add_time}, zh-CN
    main = (
        '<div class="left-auto">\n<div class="bg-wrap">\n<div class="meta">\n'
        f'<h2>{a.title}</h2>\n<div class="info">\n<span>发布时间：{when}</span>\n<span>来源：{a.source}</span>\n<span>浏览：'
        f'<script type="text/javascript" src="{dt_click(a, cat)}"></script>次</span>\n</div>\n</div>\n'
        f'<div class="entry">\n{a.body}\n</div>\n{files}\n<!--上下一条-->\n<div class="next-box clearfix">\n<p class="prev">'
        f'上一篇：{link(older)}</p>\n<p class="next">下一篇：{link(newer)}</p>\n</div>\n<!--/上下一条-->\n</div>\n</div>'
    )
    channel = DT_CHANNELS[ch][1]
    return dt_page(f"{a.title} - {name} - {DT_NAME}", dt_location((channel, f"/{ch}.html"), (name, dt_list_url(cat)))
                   + f'\n<div class="section clearfix">\n{dt_side(cat, hot)}\n{main}\n</div>')  # fmt: skip


def dtcms_site():
    site = {}
    news = [Art("", t, w, source=("学校办公室", "少先队大队部", "德育处")[k % 3])
            for k, (t, w) in enumerate(zip(titles(("我校", "一年级", "二年级", "三年级", "四年级", "五年级", "六年级",
                                                  "少先队大队部", "校合唱团"),
                                                 ("举行春季开学典礼", "开展“学雷锋”志愿服务", "召开家长学校培训会",
                                                  "开展读书节活动", "举行科技节开幕式", "参加区中小学生运动会",
                                                  "开展劳动实践活动"), 26),
                                          days("2023-06-29 15:22", 26, 6)))]  # fmt: skip
    notices = [Art("", t, w, source="校长办公室")
               for t, w in zip(titles(("2023年春季学期开学工作安排", "清明节放假", "劳动节放假", "端午节放假",
                                       "开展防溺水专项教育", "2023年一年级新生入学登记", "期末工作安排",
                                       "暑假放假及假期安全工作"), ("的通知", "的温馨提示", "的补充通知"), 15, "关于{}{}"),
                               days("2023-06-27 09:30", 15, 10))]  # fmt: skip
    jy = [Art("", t, w, source="教导处")
          for t, w in zip(titles(("语文组", "数学组", "英语组", "科学组", "音体美组", "道德与法治组"),
                                 ("开展集体备课活动", "举行课堂教学展示", "开展作业设计研讨", "组织青年教师赛课", "开展听评课活动"), 12),
                          days("2023-06-20 14:00", 12, 12))]  # fmt: skip
    numbered(news + notices, 118)  # the news channel's table
    numbered(jy, 31, 2)  # the article channel's own table: its ids overlap the news ids
    for a in news + notices:
        a.path = f"/news/show-{a.aid}.html"
    for a in jy:
        a.path = f"/article/show/{a.aid}.html"
    for k, (a, cat) in enumerate([(a, 2) for a in news] + [(a, 3) for a in notices] + [(a, 7) for a in jy]):
        a.body = prose(a.title, DT_NAME, k + 3)
        site[dt_click(a, cat)] = (200, f"document.write('{45 + 6 * k}');", "text/javascript")
    for i, a in enumerate((notices[1], notices[5], jy[4]), 12):
        attach(site, a, f"/tools/download.ashx?site=main&id={i}", f"{a.title[:8]}.doc")
    scan = notices[3]
    picture = f"/upload/{scan.when:%Y%m}/{scan.when:%d%H%M%S}{scan.aid}.png"
    scan.body = f'<p style="text-align:center;"><img src="{picture}" title="{scan.title}" alt="" /></p>'
    site[picture] = IMAGE
    shared = news[4]  # a 通知公告 row whose 外部链接 is this news item
    hot = [news[2], notices[0], news[9], jy[1], notices[6], news[15]]
    columns = {2: news, 3: sorted([*notices, shared], key=lambda a: a.when, reverse=True), 7: jy}
    for cat, listed in columns.items():
        name, ch = DT_CATS[cat]
        n = -(-len(listed) // 10)
        for k in range(1, n + 1):
            lis = "".join(f'<li><a href="{a.path}" title="{a.title}">{short(a.title, 26)}</a><span>{a.day}</span></li>\n'
                          for a in listed[(k - 1) * 10 : k * 10])  # fmt: skip
            main = (f'<div class="left-auto">\n<div class="bg-wrap">\n<h3 class="list-tit">{name}</h3>\n<ul class="txt-list">'
                    f'\n{lis}</ul>\n<!--页码列表-->\n<div class="page-box">\n<div class="digg">{dt_pager(cat, k, n, len(listed))}'
                    "</div>\n</div>\n<!--/页码列表-->\n</div>\n</div>")  # fmt: skip
            site[dt_list_url(cat, k)] = dt_page(
                f"{name} - {DT_NAME}", dt_location((DT_CHANNELS[ch][1], f"/{ch}.html"), (name, dt_list_url(cat)))
                + f'\n<div class="section clearfix">\n{dt_side(cat, hot)}\n{main}\n</div>')  # fmt: skip
        site[dt_list_url(cat)] = site[dt_list_url(cat, 1)]
    for cat, arts in ((2, news), (3, notices), (7, jy)):
        for a, older, newer in neighbours(arts):
            site[a.path] = dt_article(a, cat, older, newer, hot)

    def box(cat, arts):
        lis = "".join(f'<li><a href="{a.path}" title="{a.title}">{short(a.title, 18)}</a><span>{a.when:%m-%d}</span>'
                      "</li>\n" for a in arts)  # fmt: skip
        return (f'<div class="main-tit"><h2>{DT_CATS[cat][0]}</h2><p><a href="{dt_list_url(cat)}">更多&gt;&gt;</a></p>'
                f'</div>\n<ul class="txt-list">\n{lis}</ul>\n')  # fmt: skip

    for ch, (_, cname) in DT_CHANNELS.items():  # the channel pages (news.aspx, article.aspx)
        body = "".join(box(c, columns[c][:8]) for c, (_, h) in DT_CATS.items() if h == ch)
        site[f"/{ch}.html"] = dt_page(f"{cname} - {DT_NAME}", dt_location((cname, f"/{ch}.html"))
                                      + f'\n<div class="section clearfix"><div class="wrap-box">{body}</div></div>')  # fmt: skip
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{DT_NAME}创办于1985年，是区教育局直属的一所全日制公办小学，现有教学班42个，学生1900余人，教职工118人。",
        "学校坚持“快乐学习、幸福成长”的办学理念，形成了阅读教育、科技创新和阳光体育三大办学特色。",
        "学校先后获得省级文明校园、省一级示范小学、全国青少年校园足球特色学校等荣誉称号。",
    ))  # fmt: skip
    for slug, title, text in (("xxjj", "学校简介", about), ("lxwm", "联系我们", "<p>地址：湖滨区滇池路126号</p>")):
        site[f"/content/{slug}.html"] = dt_page(
            f"{title} - {DT_NAME}", dt_location((title, f"/content/{slug}.html")) + '\n<div class="section clearfix">'
            f'<div class="bg-wrap"><div class="meta"><h2>{title}</h2></div><div class="entry">{text}</div></div></div>')  # fmt: skip
    focus = "".join(f'<li><a href="{a.path}"><img src="/upload/{a.when:%Y%m}/focus{i}.png" /><span>{a.title}</span>'
                    "</a></li>" for i, a in enumerate(news[:3]))  # fmt: skip
    for i, a in enumerate(news[:3]):
        site[f"/upload/{a.when:%Y%m}/focus{i}.png"] = IMAGE
    home = (f'<div class="section"><div class="focus-box"><ul class="focus-list">{focus}</ul></div><div class="wrap-box">'
            f"{box(2, news[:8])}{box(3, columns[3][:8])}{box(7, jy[:6])}</div><div class=\"wrap-box\"><div class=\"main-tit\">"
            f'<h2>学校简介</h2><p><a href="/content/xxjj.html">更多&gt;&gt;</a></p></div><p>{DT_NAME}创办于1985年……</p></div>'
            '<div class="link-box">友情链接：<a href="http://www.moe.gov.cn/" target="_blank">教育部</a> <a '
            'href="http://jyt.yn.gov.cn/" target="_blank">云南省教育厅</a></div></div>')  # fmt: skip
    site["/"] = site["/index.html"] = site["/index.aspx"] = dt_page(DT_NAME, home)
    for path in ("/scripts/jquery/jquery-1.11.2.min.js", "/templates/school/js/common.js"):
        site[path] = (200, "/* DTcms */", "application/javascript")
    return site, {a.path: a for a in news + notices + jy}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_pageadmin_fixture_is_the_site_it_claims_to_be():
    site, truth = pageadmin_site()
    assert len(truth) == 28 + 16 + 13 and len(html_pages(site)) <= 90
    first = site["/xwzx/xxxw/"]
    assert ('<span>首页</span> <span class="c">1</span> <a href="/xwzx/xxxw/index_2.html">2</a> <a href='
            '"/xwzx/xxxw/index_3.html">3</a> <a href="/xwzx/xxxw/index_2.html">下一页</a>') in first  # fmt: skip
    assert "<span>共28条记录 页次：1/3</span>" in first and "/xwzx/xxxw/index_4.html" not in site
    assert f'<a href="{PA_JY}&page=2">下一页</a>' in site[PA_JY] and f"{PA_JY}&page=3" not in site
    a = next(a for p, a in truth.items() if p.startswith("/xwzx/tzgg/"))
    assert re.fullmatch(r"/xwzx/tzgg/\d{4}-\d\d-\d\d/\d+\.html", a.path)
    assert f"发布时间：{a.day}&nbsp;&nbsp;" in site[a.path] and f'Get_Info("article","{a.aid}")' in site[a.path]
    assert sum(1 for p in truth if p.startswith(f"{PA_JY}&id=")) == 13
    assert sum(1 for v in site.values() if v is DOC) == 3


def test_the_dtcms_fixture_is_the_site_it_claims_to_be():
    site, truth = dtcms_site()
    assert len(truth) == 26 + 15 + 12 and len(html_pages(site)) <= 80
    first = site["/news/list-2.html"]
    assert ('<div class="digg"><span>共26记录</span><span class="disabled">«上一页</span><span class="current">1</span>'
            '<a href="/news/list-2-2.html">2</a><a href="/news/list-2-3.html">3</a><a href="/news/list-2-2.html">下一页»'
            "</a></div>") in first  # fmt: skip
    assert '<a href="/news/list-2-1.html">1</a>' in site["/news/list-2-2.html"] and "/news/list-2-4.html" not in site
    assert {"/news/list-3-2.html", "/article/list/7/2.html"} <= set(site) and "/article/list/7/3.html" not in site
    a = next(iter(truth.values()))
    assert f"<span>发布时间：{a.when.year}/{a.when.month}/{a.when.day} " in site[a.path]
    assert f"action=view_article_click&channel_id=1&id={a.aid}&click=1" in site[a.path]
    assert sum(1 for p in truth if p.startswith("/article/show/")) == 12


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"pageadmin": pageadmin_site, "dtcms": dtcms_site}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    site, truth = SITES[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, Server(site), truth, iis_key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
