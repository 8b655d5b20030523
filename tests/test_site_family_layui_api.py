"""Whole sites of two modern Chinese Java education platforms, written by hand after the public markup of their
front-end libraries (layui 2.x, jQuery) and crawled with nothing but the home page's address: a district 阳光校务
(school-affairs disclosure) platform on Spring Boot with layui pages, and a middle school's site whose lists are
empty shells that jQuery fills from a JSON API. The archive must hold exactly the articles each site was generated
with, each with its title and its day.

* 阳光校务 (layui): the home page has the layui header nav (``<ul class="layui-nav">``), a 最新公示 card of the ten
  newest rows of every school (``[实验小学]`` tags, dated) and the 学校公示 cards of the schools by 学段 (小学, 初中,
  幼儿园), each school a link /school?id=12. A school's page: its profile (undated: 地址, 电话, 学校简介), the
  ``<ul class="layui-tab-title">`` tabs of its categories, each a link /school/list?schoolId=12&typeId=3 (财务公示
  typeId=3, 收费公示 typeId=5, 招生公示 typeId=7; two or three a school), and its six newest rows. A list page's rows
  are server-rendered (``<li><a href="/article/detail?id=1234" title=…>…</a><span class="time">2023-05-06</span>``),
  ten a page, but its PAGER is not: ``<div id="pager"></div>`` and ``layui.use('laypage', …
  laypage.render({elem: 'pager', count: 31, limit: 10, curr: 1, jump: function(obj, first){ if(!first){
  location.href = '/school/list?schoolId=12&typeId=3&page=' + obj.curr; } } })``: no pager link in the HTML at all.
  Page k of a list is /school/list?schoolId=12&typeId=3&page=k (page 1 without ``page`` too); a crawler must read
  the count, the limit and the URL from the script to reach pages 2 to 4. Articles /article/detail?id=1234: the
  layui breadcrumb, ``<h2 class="art-title">``, ``<div class="art-info"><span>发布时间：2023-05-06 10:20:33</span>
  <span>发布单位：…</span><span>浏览量：156</span></div>``, ``<div class="art-content">``, PDF attachments
  (/upload/file/20230506/….pdf, not records of their own). A login page (/login, a layui form) is no article.
* The school site (jQuery + a JSON API): the home page, the three column pages /news/list.html?cid=3 (学校新闻),
  cid=4 (通知公告), cid=5 (教学科研) and the side boxes of the detail pages hold no article link in their HTML: each
  is an empty ``<ul id="newsList"></ul>`` (or ``<ul id="box3">``) and a script ``$.getJSON('/api/news/list', {cid: 3,
  page: page, size: 10}, function(res){ … res.data.list[i].id … res.data.list[i].title …
  res.data.list[i].publishTime … res.data.total … })`` that builds the rows ``<li><a
  href="/news/detail.html?id=' + id + '">`` and a pager of ``javascript:;`` links calling ``load(k)`` (the page's
  address never changes). The API /api/news/list?cid=3&page=N&size=10 answers JSON (``{"code":0,"msg":"success",
  "data":{"total":16,"pages":2,"list":[{"id":…,"title":…,"publishTime":"2022-05-06 10:20:00",…}]}}``; a page past
  the end an empty list; page and size default to 1 and 10); /api/news/hot answers the side box of the most read.
  Detail pages /news/detail.html?id=123 are server-rendered HTML: ``<h2 class="title">``, ``发布时间：2022-05-06
  10:20&nbsp;&nbsp;来源：…``, ``<div class="content">``, 上一篇/下一篇 links of the column. There is no
  ``<noscript>`` fallback: a crawler that runs no script must read the API's URL and parameters from the script
  (and the JSON it answers) to find any article at all. 学校简介 (/about.html) is an undated page, not an article.
  No JSON answer is an article.

Spring Boot answers a query's parameters in any order; archived URLs are compared with their query's parameters
sorted. No page is copied from a real site: names, hosts and numbers are made up."""

import json
import re
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import (
    IMAGE,
    QueryServer,
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    html_pages,
    neighbours,
    numbered,
    pdf,
    prose,
    query_key,
    short,
    titles,
)

JS = (200, b"/* lib */", "application/javascript")
CSS = (200, b"/* css */", "text/css")


@dataclass
class Art:
    path: str  # the article's URL path and query
    title: str
    when: datetime
    unit: str = ""  # 发布单位 / 来源
    body: str = ""
    aid: int = 0
    files: tuple = ()  # (url, name) of its attachments
    cat: int = 0
    views: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


# ---- 1. a district 阳光校务 platform on layui ----------------------------------------------------------------------

YG_BUREAU = "青屿区教育局"
YG_NAME = "青屿区阳光校务公开平台"
YG_PER = 10
YG_TYPES = {3: "财务公示", 5: "收费公示", 7: "招生公示"}
# id, name, 学段, {typeId: rows}
YG_SCHOOLS = (
    (12, "青屿区实验小学", "小学", {3: 31, 5: 4, 7: 11}),
    (15, "青屿区第二中学", "初中", {3: 12, 7: 5}),
    (21, "青屿区海滨小学", "小学", {3: 7, 5: 3, 7: 3}),
    (27, "青屿区机关幼儿园", "幼儿园", {3: 4, 5: 2}),
)
YG_STAGES = ("幼儿园", "小学", "初中")
THIS = ' class="layui-this"'
YG_HEADS = ("2022年第一季度", "2022年第二季度", "2022年第三季度", "2022年第四季度", "2023年第一季度",
            "2023年第二季度", "2022年度", "2023年上半年", "2022年秋季学期", "2023年春季学期", "2023年秋季学期")  # fmt: skip
YG_TAILS = {
    3: ("食堂收支情况公示", "学生资助资金发放公示", "“三公”经费使用情况公示", "代管费收支情况公示"),
    5: ("服务性收费项目公示", "代收费项目及标准公示", "课后服务收费公示"),
    7: ("招生计划公示", "新生入学资格审核结果公示", "招生学区范围公示"),
}


def nick(name):
    return name.removeprefix("青屿区")


def yg_list_url(sid, tid, k=1):
    base = f"/school/list?schoolId={sid}&typeId={tid}"
    return base if k == 1 else f"{base}&page={k}"


def yg_page(title, body, nav="/"):
    items = (("/", "首页"), ("/#schools", "学校公示"), ("/login", "登录"))
    lis = "".join(f'<li class="layui-nav-item{" layui-this" if u == nav else ""}"><a href="{u}">{t}</a></li>'
                  for u, t in items)  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">\n'
        f"<title>{title}</title>\n"
        '<link rel="stylesheet" href="/static/layui/css/layui.css" media="all">\n'
        '<link rel="stylesheet" href="/static/css/portal.css?v=20230301">\n</head>\n<body>\n'
        '<div class="layui-header header"><div class="layui-container"><a class="logo" href="/"><img '
        f'src="/static/img/logo.png" alt="{YG_NAME}"></a>\n<ul class="layui-nav" lay-filter="top">{lis}</ul></div>'
        "</div>\n"
        f'<div class="layui-container main">\n{body}\n</div>\n'
        f'<div class="footer"><p>主办单位：{YG_BUREAU}　技术支持：青屿区教育信息中心</p><p>Copyright &copy; 2021-2023 '
        f'{YG_NAME}　<a href="https://beian.miit.gov.cn/" target="_blank">闽ICP备21012345号-2</a></p></div>\n'
        '<script src="/static/layui/layui.js"></script>\n'
        "<script>layui.use(['element'], function(){ var element = layui.element; });</script>\n</body>\n</html>"
    )


def yg_breadcrumb(*parts):
    crumbs = "".join(f'<a href="{u}">{t}</a>' if u else f"<a><cite>{t}</cite></a>" for t, u in parts)
    return f'<div class="crumb"><span class="layui-breadcrumb" lay-separator="&gt;"><a href="/">首页</a>{crumbs}</span></div>'


def yg_row(a, tag=""):
    label = f'<span class="tag">[{tag}]</span>' if tag else ""
    return (f'<li>{label}<a href="/article/detail?id={a.aid}" target="_blank" title="{a.title}">{short(a.title, 26)}'
            f'</a><span class="time">{a.day}</span></li>\n')  # fmt: skip


def yg_tabs(sid, types, current):
    lis = "".join(f'<li{THIS if t == current else ""}><a href="{yg_list_url(sid, t)}">{YG_TYPES[t]}</a></li>'
                  for t in types)  # fmt: skip
    return f'<div class="layui-tab layui-tab-brief"><ul class="layui-tab-title">{lis}</ul></div>'


def laypage(sid, tid, count, k):
    """The list's pager: nothing in the HTML but the container and layui's script."""
    return (
        "<div id=\"pager\"></div>\n<script>\nlayui.use('laypage', function(){\n  var laypage = layui.laypage;\n"
        f"  laypage.render({{\n    elem: 'pager',\n    count: {count},\n    limit: {YG_PER},\n    curr: {k},\n"
        "    layout: ['count', 'prev', 'page', 'next'],\n    theme: '#1E9FFF',\n"
        "    jump: function(obj, first){\n      if(!first){\n"
        f"        location.href = '/school/list?schoolId={sid}&typeId={tid}&page=' + obj.curr;\n      }}\n    }}\n"
        "  });\n});\n</script>"
    )


def yg_article(a, sid, name, tid):
    files = "".join(f'<p><a href="{u}" target="_blank"><i class="layui-icon layui-icon-file"></i> {n}</a></p>'
                    for u, n in a.files)  # fmt: skip
    files = f'<div class="art-file"><h4>附件下载</h4>{files}</div>' if files else ""
    body = (
        f"{yg_breadcrumb((name, f'/school?id={sid}'), (YG_TYPES[tid], yg_list_url(sid, tid)), ('详情', ''))}\n"
        '<div class="layui-card"><div class="layui-card-body article">\n'
        f'<h2 class="art-title">{a.title}</h2>\n<div class="art-info"><span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span>'
        f"<span>发布单位：{a.unit}</span><span>浏览量：{a.views}</span></div>\n"
        f'<div class="art-content">{a.body}</div>\n{files}'
        f'<div class="art-back"><a class="layui-btn layui-btn-primary layui-btn-sm" href="{yg_list_url(sid, tid)}">'
        "返回列表</a></div>\n</div></div>"
    )
    return yg_page(f"{a.title} - {YG_NAME}", body, nav="/#schools")


def yangguang_site():
    site = {}
    arts, listed = [], {}
    for n, (sid, name, _, types) in enumerate(YG_SCHOOLS):
        for m, (tid, count) in enumerate(types.items()):
            fmt = nick(name) + "{}{}"
            start = f"2023-{11 - n}-{28 - 3 * m} {9 + m}:{10 + 7 * n}"
            rows = [Art("", t, w, unit=name, cat=tid)
                    for t, w in zip(titles(YG_HEADS, YG_TAILS[tid], count, fmt), days(start, count, 9 + n + m))]  # fmt: skip
            listed[(sid, tid)] = rows
            arts += rows
    numbered(arts, 1187)
    for k, a in enumerate(arts):
        a.path = f"/article/detail?id={a.aid}"
        a.body = prose(a.title, a.unit, k)
        a.views = 40 + (a.aid * 53) % 700
        if a.cat == 3 and k % 3 == 0 or a.cat == 5 and k % 2 == 0:
            stamp = int(a.when.timestamp() * 1000) + a.aid
            url = f"/upload/file/{a.when:%Y%m%d}/{stamp}.pdf"
            a.files += ((url, f"{a.title}.pdf"),)
            site[url] = pdf(url)
    for sid, name, stage, types in YG_SCHOOLS:
        mine = sorted((a for t in types for a in listed[(sid, t)]), key=lambda a: a.when, reverse=True)
        for tid in types:
            rows = listed[(sid, tid)]
            pages = -(-len(rows) // YG_PER)
            for k in range(1, pages + 1):
                lis = "".join(yg_row(a) for a in rows[(k - 1) * YG_PER : k * YG_PER])
                body = (
                    f"{yg_breadcrumb((name, f'/school?id={sid}'), (YG_TYPES[tid], ''))}\n"
                    f'<div class="layui-card"><div class="layui-card-header">{name}</div><div class="layui-card-body">'
                    f'{yg_tabs(sid, types, tid)}\n<ul class="news-list">\n{lis}</ul>\n{laypage(sid, tid, len(rows), k)}'
                    "\n</div></div>"
                )
                page = yg_page(f"{YG_TYPES[tid]} - {name} - {YG_NAME}", body, nav="/#schools")
                site[f"{yg_list_url(sid, tid)}&page={k}"] = page
                if k == 1:
                    site[yg_list_url(sid, tid)] = page
            for a in rows:
                site[a.path] = yg_article(a, sid, name, tid)
        body = (
            f"{yg_breadcrumb((name, ''))}\n"
            f'<div class="layui-card"><div class="layui-card-header">{name}</div><div class="layui-card-body">\n'
            f'<div class="school-info"><img src="/upload/logo/{sid}.png" alt="{name}"><table class="layui-table" '
            f'lay-skin="nob"><tr><td>学段：{stage}</td><td>地址：青屿区学府路{sid * 7}号</td></tr><tr><td>电话：'
            f"0592-66{sid:02d}1234</td><td>主管部门：{YG_BUREAU}</td></tr></table></div>\n"
            f'<fieldset class="layui-elem-field"><legend>学校简介</legend><div class="layui-field-box">{name}是{YG_BUREAU}'
            f"直属的一所公办{stage}，现有教学班{18 + sid}个，学生{600 + 31 * sid}余人，教职工{50 + 3 * sid}人。学校坚持"
            "立德树人，办人民满意的教育。</div></fieldset>\n"
            f'{yg_tabs(sid, types, None)}\n<div class="school-new"><h3>最新公示</h3><ul class="news-list">'
            f"{''.join(yg_row(a, YG_TYPES[a.cat]) for a in mine[:6])}</ul></div>\n</div></div>"
        )
        site[f"/school?id={sid}"] = yg_page(f"{name} - {YG_NAME}", body, nav="/#schools")
        site[f"/upload/logo/{sid}.png"] = IMAGE
    newest = sorted(arts, key=lambda a: a.when, reverse=True)[:10]
    cards = ""
    for stage in YG_STAGES:
        items = "".join(f'<a class="school-item" href="/school?id={sid}" target="_blank"><img src="/upload/logo/{sid}.png" '
                        f'alt=""><p>{name}</p></a>' for sid, name, st, _ in YG_SCHOOLS if st == stage)  # fmt: skip
        cards += (f'<div class="layui-col-md4"><div class="layui-card"><div class="layui-card-header">{stage}</div>'
                  f'<div class="layui-card-body school-list">{items}</div></div></div>')  # fmt: skip
    home = (
        '<div class="layui-carousel" id="banner"><div carousel-item><div><img src="/static/img/banner1.jpg" '
        'alt=""></div></div></div>\n<div class="layui-row layui-col-space15">\n<div class="layui-col-md8"><div '
        'class="layui-card"><div class="layui-card-header">最新公示</div><div class="layui-card-body"><ul '
        f'class="news-list">\n{"".join(yg_row(a, nick(a.unit)) for a in newest)}</ul></div></div></div>\n'
        '<div class="layui-col-md4"><div class="layui-card"><div class="layui-card-header">平台说明</div><div '
        f'class="layui-card-body">本平台集中公开{YG_BUREAU}所属中小学、幼儿园的财务、收费、招生等校务信息，接受社会监督。'
        "监督电话：0592-6612345</div></div></div>\n</div>\n"
        f'<a name="schools"></a><div class="layui-row layui-col-space15 schools">{cards}</div>\n'
        "<script>layui.use('carousel', function(){ layui.carousel.render({elem: '#banner', width: '100%', "
        "height: '240px'}); });</script>"
    )
    site["/"] = site["/index"] = yg_page(YG_NAME, home)
    site["/login"] = yg_page(f"用户登录 - {YG_NAME}", (
        '<div class="layui-card login"><div class="layui-card-header">学校管理员登录</div><div class="layui-card-body">'
        '<form class="layui-form" action="/login" method="post"><div class="layui-form-item"><input type="text" '
        'name="username" lay-verify="required" placeholder="用户名" class="layui-input"></div><div '
        'class="layui-form-item"><input type="password" name="password" lay-verify="required" placeholder="密码" '
        'class="layui-input"></div><button class="layui-btn layui-btn-fluid" lay-submit lay-filter="login">登 录'
        "</button></form></div></div>"), nav="/login")  # fmt: skip
    site["/static/layui/layui.js"] = JS
    for path in ("/static/layui/css/layui.css", "/static/css/portal.css?v=20230301"):
        site[path] = CSS
    for path in ("/static/img/logo.png", "/static/img/banner1.jpg"):
        site[path] = IMAGE
    return site, {a.path: a for a in arts}


# ---- 2. a middle school whose lists a JSON API fills ---------------------------------------------------------------

LX_NAME = "临溪市第三实验中学"
LX_COLS = {3: "学校新闻", 4: "通知公告", 5: "教学科研"}
LX_SIZE, LX_BOX = 10, 6
ACTIVE = ' class="active"'


def lx_list_url(cid):
    return f"/news/list.html?cid={cid}"


def lx_page(title, body, current=None, scripts=""):
    nav = "".join(f'<li{ACTIVE if c == current else ""}><a href="{lx_list_url(c)}">{n}</a></li>'
                  for c, n in LX_COLS.items())  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8">\n<meta http-equiv="X-UA-Compatible" '
        f'content="IE=edge">\n<title>{title}</title>\n<link rel="stylesheet" href="/css/style.css">\n'
        '<script src="/js/jquery-3.6.0.min.js"></script>\n</head>\n<body>\n'
        f'<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/images/logo.png" alt="{LX_NAME}">'
        f'</a></div></div>\n<div class="nav"><ul class="wrap"><li{ACTIVE if current == 0 else ""}><a '
        f'href="/">首页</a></li><li><a href="/about.html">学校简介</a></li>{nav}</ul></div>\n'
        f'<div class="wrap main">\n{body}\n</div>\n'
        f'<div class="footer">Copyright &copy; 2023 {LX_NAME} 版权所有　地址：临溪市滨河东路88号　电话：0576-8712345<br>'
        '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备19087654号-1</a></div>\n'
        f"{scripts}</body>\n</html>"
    )


def lx_box_script(target, cid, size):
    """A home or side box: the newest rows of a column, from the API."""
    return (
        "<script>\n$(function(){\n"
        f"  $.getJSON('/api/news/list', {{cid: {cid}, page: 1, size: {size}}}, function(res){{\n"
        "    if (res.code !== 0) return;\n    var html = '';\n"
        "    for (var i = 0; i < res.data.list.length; i++) {\n"
        "      var item = res.data.list[i];\n"
        '      html += \'<li><a href="/news/detail.html?id=\' + item.id + \'" target="_blank" title="\' + item.title '
        "+ '\">' + item.title + '</a><span>' + item.publishTime.substring(5, 10) + '</span></li>';\n    }\n"
        f"    $('#{target}').html(html);\n  }});\n}});\n</script>\n"
    )


def lx_list_script(cid):
    """A column's page: the rows and the pager, both from the API; the pager's links call load(k)."""
    return (
        "<script>\nvar cid = " + str(cid) + ", size = " + str(LX_SIZE) + ";\n"
        "function load(page) {\n"
        "  $.getJSON('/api/news/list', {cid: cid, page: page, size: size}, function(res){\n"
        "    if (res.code !== 0) { $('#newsList').html('<li class=\"empty\">暂无数据</li>'); return; }\n"
        "    var html = '';\n"
        "    for (var i = 0; i < res.data.list.length; i++) {\n"
        "      html += '<li><a href=\"/news/detail.html?id=' + res.data.list[i].id + '\" target=\"_blank\">' "
        "+ res.data.list[i].title + '</a><span class=\"date\">' + res.data.list[i].publishTime.substring(0, 10) "
        "+ '</span></li>';\n    }\n"
        "    $('#newsList').html(html);\n"
        "    renderPager(res.data.total, page);\n  });\n}\n"
        "function renderPager(total, page) {\n"
        "  var pages = Math.ceil(total / size), html = '<span>共' + total + '条</span>';\n"
        "  if (page > 1) html += '<a href=\"javascript:;\" onclick=\"load(' + (page - 1) + ')\">上一页</a>';\n"
        "  for (var k = 1; k <= pages; k++) {\n"
        "    html += k == page ? '<span class=\"cur\">' + k + '</span>' : '<a href=\"javascript:;\" onclick=\"load(' "
        "+ k + ')\">' + k + '</a>';\n  }\n"
        "  if (page < pages) html += '<a href=\"javascript:;\" onclick=\"load(' + (page + 1) + ')\">下一页</a>';\n"
        "  $('#pager').html(html);\n}\n"
        "$(function(){ load(1); });\n</script>\n"
    )


def api(data, code=0):
    body = json.dumps({"code": code, "msg": "success", "data": data}, ensure_ascii=False, separators=(",", ":"))
    return 200, body.encode("utf-8"), "application/json;charset=UTF-8"


def item(a):
    return {"id": a.aid, "cid": a.cat, "title": a.title, "publishTime": f"{a.when:%Y-%m-%d %H:%M:%S}",
            "source": a.unit, "views": a.views, "cover": None}  # fmt: skip


def lx_article(a, older, newer):
    def link(label, r):
        return (f'<p>{label}：<a href="/news/detail.html?id={r.aid}">{r.title}</a></p>' if r
                else f"<p>{label}：没有了</p>")  # fmt: skip

    body = (
        f'<div class="side"><div class="side-box"><h3>{LX_COLS[a.cat]}</h3></div><div class="side-box"><h3>热门文章</h3>'
        '<ul id="hotList"></ul></div></div>\n'
        f'<div class="content-box"><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="{lx_list_url(a.cat)}">'
        f'{LX_COLS[a.cat]}</a> &gt; 正文</div>\n<div class="detail">\n<h2 class="title">{a.title}</h2>\n'
        f'<div class="info">发布时间：{a.when:%Y-%m-%d %H:%M}&nbsp;&nbsp;来源：{a.unit}&nbsp;&nbsp;阅读：{a.views}</div>\n'
        f'<div class="content">{a.body}</div>\n<div class="prev-next">{link("上一篇", newer)}{link("下一篇", older)}'
        "</div>\n</div></div>"
    )
    hot = (
        "<script>\n$.getJSON('/api/news/hot', {size: 6}, function(res){\n  var html = '';\n"
        "  $.each(res.data.list, function(i, n){ html += '<li><a href=\"/news/detail.html?id=' + n.id + '\">' + "
        "n.title + '</a></li>'; });\n  $('#hotList').html(html);\n});\n</script>\n"
    )
    return lx_page(f"{a.title}-{LX_NAME}", body, a.cat, hot)


def linxi_site():
    site = {}
    news = [Art("", t, w, unit=("校办", "政教处", "团委")[k % 3], cat=3)
            for k, (t, w) in enumerate(zip(titles(("我校", "初一年级", "初二年级", "初三年级", "校团委", "学生会",
                                                  "校合唱团"),
                                                 ("举行秋季田径运动会", "开展消防疏散演练", "召开家长会",
                                                  "开展研学实践活动", "举行艺术节展演"), 16),
                                          days("2022-06-27 15:40", 16, 8)))]  # fmt: skip
    notices = [Art("", t, w, unit="办公室", cat=4)
               for t, w in zip(titles(("2022年寒假放假", "清明节放假", "劳动节放假", "端午节放假", "暑假放假",
                                       "防溺水安全教育", "2022年七年级新生报名", "期末考试安排"),
                                      ("的通知", "的补充通知", "工作的安排"), 11, "关于{}{}"),
                               days("2022-06-25 17:20", 11, 13))]  # fmt: skip
    research = [Art("", t, w, unit="教科室", cat=5)
                for t, w in zip(titles(("语文组", "数学组", "英语组", "科学组", "社会组"),
                                       ("开展同课异构研讨", "举行青年教师汇报课"), 9),
                                days("2022-06-20 10:05", 9, 15))]  # fmt: skip
    cols = {3: news, 4: notices, 5: research}
    every = news + notices + research
    numbered(every, 117, step=1)
    for k, a in enumerate(every):
        a.path = f"/news/detail.html?id={a.aid}"
        a.body = prose(a.title, LX_NAME, k + 2)
        a.views = 90 + (a.aid * 41) % 900
    for cid, arts in cols.items():
        pages = -(-len(arts) // LX_SIZE)
        for k in range(1, pages + 2):  # a page past the end: an empty list
            data = api({"total": len(arts), "pages": pages, "pageNum": k, "pageSize": LX_SIZE,
                        "list": [item(a) for a in arts[(k - 1) * LX_SIZE : k * LX_SIZE]]})  # fmt: skip
            site[f"/api/news/list?cid={cid}&page={k}&size={LX_SIZE}"] = data
            site[f"/api/news/list?cid={cid}&page={k}"] = data
            if k == 1:
                site[f"/api/news/list?cid={cid}"] = site[f"/api/news/list?cid={cid}&size={LX_SIZE}"] = data
        site[f"/api/news/list?cid={cid}&page=1&size={LX_BOX}"] = api(
            {"total": len(arts), "pages": -(-len(arts) // LX_BOX), "pageNum": 1, "pageSize": LX_BOX,
             "list": [item(a) for a in arts[:LX_BOX]]})  # fmt: skip
        body = (
            '<div class="side"><div class="side-box"><h3>栏目导航</h3><ul>'
            + "".join(f'<li><a href="{lx_list_url(c)}">{n}</a></li>' for c, n in LX_COLS.items())
            + f'</ul></div></div>\n<div class="content-box"><div class="crumb">当前位置：<a href="/">首页</a> &gt; '
            f'{LX_COLS[cid]}</div>\n<div class="list-title">{LX_COLS[cid]}</div>\n<ul class="news-list" id="newsList">'
            '</ul>\n<div class="pager" id="pager"></div>\n</div>'
        )
        site[lx_list_url(cid)] = lx_page(f"{LX_COLS[cid]}-{LX_NAME}", body, cid, lx_list_script(cid))
        for a, older, newer in neighbours(arts):
            site[a.path] = lx_article(a, older, newer)
    hot = sorted(every, key=lambda a: a.views, reverse=True)[:6]
    site["/api/news/hot?size=6"] = site["/api/news/hot"] = api({"list": [item(a) for a in hot]})
    boxes = "".join(f'<div class="box box{cid}"><div class="box-title"><h3>{n}</h3><a href="{lx_list_url(cid)}" '
                    f'class="more">更多 &gt;</a></div><ul class="box-list" id="box{cid}"></ul></div>\n'
                    for cid, n in LX_COLS.items())  # fmt: skip
    home = (
        '<div class="banner"><img src="/images/banner.jpg" alt=""></div>\n'
        f'<div class="intro"><h3>学校简介</h3><p>{LX_NAME}创办于1958年，是临溪市教育局直属的公办初级中学……'
        f'<a href="/about.html">详细</a></p></div>\n{boxes}'
    )
    site["/"] = site["/index.html"] = lx_page(LX_NAME, home, 0, "".join(
        lx_box_script(f"box{cid}", cid, LX_BOX) for cid in LX_COLS))  # fmt: skip
    about = (f"<p>　　{LX_NAME}创办于1958年，是临溪市教育局直属的公办初级中学，现有教学班36个，学生1700余人，"
             "教职工142人。</p><p>　　学校秉持“明德、励志、博学、创新”的校训，努力办好人民满意的教育。</p>")  # fmt: skip
    site["/about.html"] = lx_page(f"学校简介-{LX_NAME}", f'<div class="content-box"><div class="crumb">当前位置：'
                                  f'<a href="/">首页</a> &gt; 学校简介</div><div class="detail">{about}</div></div>')  # fmt: skip
    site["/js/jquery-3.6.0.min.js"] = JS
    site["/css/style.css"] = CSS
    for path in ("/images/logo.png", "/images/banner.jpg"):
        site[path] = IMAGE
    return site, {a.path: a for a in every}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_yangguang_fixture_is_the_site_it_claims_to_be():
    site, truth = yangguang_site()
    assert len(truth) == sum(sum(t.values()) for *_, t in YG_SCHOOLS) == 82
    assert all(re.fullmatch(r"/article/detail\?id=\d{4}", p) for p in truth)
    first = site["/school/list?schoolId=12&typeId=3"]
    assert first == site["/school/list?schoolId=12&typeId=3&page=1"]
    assert "count: 31,\n    limit: 10,\n    curr: 1," in first
    assert "location.href = '/school/list?schoolId=12&typeId=3&page=' + obj.curr;" in first
    assert "/school/list?schoolId=12&typeId=3&page=4" in site and "/school/list?schoolId=12&typeId=3&page=5" not in site
    for page in html_pages(site):  # no pager link anywhere: page 2 on is named only by the script
        assert not re.search(r'href="[^"]*page=', site[page]), page
    rows = re.findall(r'<li><a href="(/article/detail\?id=\d+)"', "".join(
        site[p] for p in site if p.startswith("/school/list") and "page=" in p))  # fmt: skip
    assert sorted(rows) == sorted(truth), "the lists show every article once"
    home = site["/"]
    assert all(f'href="/school?id={sid}"' in home for sid, *_ in YG_SCHOOLS)
    assert home.count('<li><span class="tag">') == 10
    a = truth["/article/detail?id=1187"]
    assert f"<span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>发布单位：{a.unit}</span>" in site[a.path]
    assert sum(1 for v in site.values() if isinstance(v, tuple) and v[2] == "application/pdf") >= 10
    server = QueryServer(site)
    assert server.get("/school/list?typeId=3&page=2&schoolId=12")[0] == 200


def test_the_linxi_fixture_is_the_site_it_claims_to_be():
    site, truth = linxi_site()
    assert len(truth) == 16 + 11 + 9
    for page in html_pages(site):  # no article is linked by any page's HTML but an article's 上一篇/下一篇
        if page not in truth:
            assert "/news/detail.html?id=' +" in site[page] or "detail.html?id=" not in site[page], page
            assert not re.search(r'href="/news/detail\.html\?id=\d', site[page]), page
    first = site["/news/list.html?cid=3"]
    assert '<ul class="news-list" id="newsList"></ul>' in first and "var cid = 3, size = 10;" in first
    assert "$.getJSON('/api/news/list', {cid: cid, page: page, size: size}" in first and "<noscript" not in first
    answer = json.loads(site["/api/news/list?cid=3&page=2&size=10"][1])
    assert answer["code"] == 0 and answer["data"]["total"] == 16 and len(answer["data"]["list"]) == 6
    assert json.loads(site["/api/news/list?cid=3&page=3&size=10"][1])["data"]["list"] == []
    listed = [f"/news/detail.html?id={r['id']}" for c in LX_COLS for k in (1, 2)
              for r in json.loads(site[f"/api/news/list?cid={c}&page={k}&size=10"][1])["data"]["list"]]  # fmt: skip
    assert sorted(listed) == sorted(truth), "the API lists every article once"
    a = truth["/news/detail.html?id=117"]
    assert f'<h2 class="title">{a.title}</h2>' in site[a.path] and f"发布时间：{a.when:%Y-%m-%d %H:%M}" in site[a.path]
    assert QueryServer(site).get("/api/news/list?size=10&page=2&cid=4")[2].startswith("application/json")


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"yangguang": yangguang_site, "linxi": linxi_site}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    site, truth = SITES[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "platform.db"
    return crawl_site(request.param, QueryServer(site), truth, query_key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
