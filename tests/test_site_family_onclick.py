"""Whole sites whose navigation is written in JavaScript click handlers instead of hrefs, written by hand after
the public markup of their templates and crawled with nothing but the home page's address: a district 校务公开
(school-affairs disclosure) platform on a Java back end, and a PHP school site with jQuery. The archive must hold
exactly the articles each site was generated with, each with its title and its day.

* 校务公开 (Java): the home page chooses a school two ways and neither is a link: a ``<select
  onchange="location.href=this.value">`` whose ``<option value="/school/index?id=12">`` name the schools' pages,
  and a row of school logos ``<a href="javascript:void(0)" onclick="toSchool(12)">`` where the page's own script
  has ``function toSchool(id){ location.href = '/school/index?id=' + id; }``. Its 最新公开 table (the eight newest
  rows of every school) and every list are rows ``<tr onclick="openDetail('2023051234')" style="cursor:pointer">
  <td>title</td><td>2023-05-06</td></tr>`` with ``function openDetail(id){ window.open('/detail?id=' + id); }``:
  no article is linked by any href. A school's page /school/index?id=12: its profile (undated), the category tabs
  ``<li onclick="location.href='/school/list?id=12&cat=3'">财务公开</li>`` (no <a>; two or three a school) and
  its five newest rows. A list /school/list?id=12&cat=3 (ten rows a page) has an ordinary pager of ``&page=N``
  links (首页, 上一页, numbers, 下一页, 尾页). Articles /detail?id=2023051234 (the month of publishing and a
  number): ``<h1 class="detail-title">``, ``发布时间：2023-05-06 10:20:33　发布单位：…　浏览次数：…``, ``<div
  class="detail-content">``, PDF attachments (/upload/2023/05/….pdf, no records of their own). 平台说明 (/about)
  is an undated page, not an article.
* The school site (PHP + jQuery): an ordinary menu (首页, 学校概况, 学校新闻 list.php?cid=1, 通知公告 cid=2,
  教学教研 cid=3), ordinary ``&page=N`` pager links; but every row, on the home page's boxes and on the lists, is
  ``<a href="javascript:;" data-id="123" class="news-item">`` and a delegated handler at the page's foot,
  ``$('.news-item').click(function(){ window.location.href = 'show.php?id=' + $(this).data('id'); })``, leads to
  the article show.php?id=123 (relative to the page: the site is at the server's root). Articles: ``<h1>``, 发布日期：
  2023-05-06　作者：…, ``<div class="content">``, 上一篇/下一篇 as ordinary links. 学校概况 (about.php) is undated.

Both servers answer a query's parameters in any order; archived URLs are compared with their query's parameters
sorted. No page is copied from a real site: names, hosts and numbers are made up."""

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
    pdf,
    prose,
    query_key,
    short,
    titles,
)

JS = (200, b"/* lib */", "application/javascript")
CSS = (200, b"/* css */", "text/css")
ON = ' class="on"'  # the current tab or menu item


@dataclass
class Art:
    path: str  # the article's URL path and query
    title: str
    when: datetime
    unit: str = ""  # 发布单位 / 作者
    body: str = ""
    aid: str = ""
    files: tuple = ()  # (url, name) of its attachments
    cat: int = 0
    views: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


# ---- 1. a district 校务公开 platform whose schools, tabs and rows are clicked ------------------------------------

XW_BUREAU = "柳汀区教育局"
XW_NAME = "柳汀区中小学校务公开平台"
XW_PER = 10
XW_CATS = {3: "财务公开", 5: "收费公开", 7: "招生公开", 9: "人事公开"}
# id, name, 学段, {cat: rows}
XW_SCHOOLS = (
    (12, "柳汀区实验小学", "小学", {3: 17, 5: 6, 7: 4}),
    (15, "柳汀区第一中学", "初中", {3: 11, 7: 3}),
    (21, "柳汀区南湖小学", "小学", {3: 5, 5: 4, 9: 2}),
    (27, "柳汀区中心幼儿园", "幼儿园", {3: 4, 5: 3}),
)
XW_HEADS = ("2022年第一季度", "2022年第二季度", "2022年第三季度", "2022年第四季度", "2023年第一季度",
            "2023年第二季度", "2022年度", "2023年上半年", "2022学年第一学期", "2022学年第二学期", "2023年秋季")  # fmt: skip
XW_TAILS = {
    3: ("公用经费收支情况公开", "食堂伙食费收支公开", "学生资助资金发放情况公开", "预算执行情况公开"),
    5: ("收费项目及标准公开", "代办服务性收费公开", "课后延时服务收费公开"),
    7: ("招生工作方案公开", "新生录取名单公示", "招生范围公开"),
    9: ("教师招聘结果公示", "职称评审推荐人选公示"),
}
XW_SCRIPT = (
    '<script type="text/javascript">\n'
    "function toSchool(id){ location.href = '/school/index?id=' + id; }\n"
    "function openDetail(id){ window.open('/detail?id=' + id); }\n</script>\n"
)


def nick(name):
    return name.removeprefix("柳汀区")


def xw_list_url(sid, cat, k=1):
    base = f"/school/list?id={sid}&cat={cat}"
    return base if k == 1 else f"{base}&page={k}"


def xw_page(title, body):
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{title}</title>\n"
        '<link rel="stylesheet" type="text/css" href="/static/css/common.css" />\n'
        '<script type="text/javascript" src="/static/js/jquery-1.11.3.min.js"></script>\n'
        f"{XW_SCRIPT}</head>\n<body>\n"
        f'<div class="top"><div class="w1200"><img src="/static/images/logo.png" alt="{XW_NAME}" /><span '
        'class="top-links"><a href="/">首页</a> | <a href="/about">平台说明</a></span></div></div>\n'
        f'<div class="w1200 main">\n{body}\n</div>\n'
        f'<div class="foot">主办：{XW_BUREAU}　承办：柳汀区教育技术装备中心<br />版权所有 &copy; {XW_BUREAU}　'
        "备案号：赣ICP备20034567号-1</div>\n</body>\n</html>"
    )


def xw_row(a, school=""):
    cell = f'<td class="school">{nick(school)}</td>' if school else ""
    return (f'<tr onclick="openDetail(\'{a.aid}\')" style="cursor:pointer">{cell}<td class="tit" title="{a.title}">'
            f'{short(a.title, 28)}</td><td class="date">{a.day}</td></tr>\n')  # fmt: skip


def xw_table(rows, school=False):
    head = "<th>学校</th>" if school else ""
    return (f'<table class="list-table" width="100%" cellspacing="0" cellpadding="0"><tr>{head}<th>标题</th>'
            f"<th>发布日期</th></tr>\n{''.join(xw_row(a, a.unit if school else '') for a in rows)}</table>")  # fmt: skip


def xw_tabs(sid, cats, current):
    lis = "".join(f"<li{ON if c == current else ''} onclick=\"location.href='{xw_list_url(sid, c)}'\">"
                  f"{XW_CATS[c]}</li>" for c in cats)  # fmt: skip
    return f'<ul class="cat-tabs">{lis}</ul>'


def xw_pager(sid, cat, count, k):
    pages = -(-count // XW_PER)

    def link(n, label):
        return f'<a href="/school/list?id={sid}&amp;cat={cat}&amp;page={n}">{label}</a>'

    nums = "".join(f'<span class="cur">{n}</span>' if n == k else link(n, n) for n in range(1, pages + 1))
    return (
        f'<div class="page">共{count}条记录 第{k}/{pages}页 {link(1, "首页")}'
        f"{link(k - 1, '上一页') if k > 1 else '<span>上一页</span>'}{nums}"
        f"{link(k + 1, '下一页') if k < pages else '<span>下一页</span>'}{link(pages, '尾页')}</div>"
    )


def xw_crumb(*parts):
    crumbs = "".join(f' &gt; <a href="{u}">{t}</a>' if u else f" &gt; {t}" for t, u in parts)
    return f'<div class="position">当前位置：<a href="/">首页</a>{crumbs}</div>'


def xw_article(a, sid, name, cat):
    files = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for u, n in a.files)
    files = f'<div class="detail-files"><b>附件：</b><ul>{files}</ul></div>' if files else ""
    body = (
        f"{xw_crumb((name, f'/school/index?id={sid}'), (XW_CATS[cat], xw_list_url(sid, cat)), ('正文', ''))}\n"
        f'<div class="detail">\n<h1 class="detail-title">{a.title}</h1>\n<div class="detail-info">发布时间：'
        f"{a.when:%Y-%m-%d %H:%M:%S}　发布单位：{a.unit}　浏览次数：{a.views}</div>\n"
        f'<div class="detail-content">{a.body}</div>\n{files}'
        '<div class="detail-close"><a href="javascript:window.close()">关闭窗口</a></div>\n</div>'
    )
    return xw_page(f"{a.title}-{XW_NAME}", body)


def xiaowu_site():
    site = {}
    arts, listed = [], {}
    for n, (sid, name, _, cats) in enumerate(XW_SCHOOLS):
        for m, (cat, count) in enumerate(cats.items()):
            start = f"2023-{11 - n}-{27 - 4 * m} {8 + m}:{12 + 9 * n}"
            rows = [Art("", t, w, unit=name, cat=cat)
                    for t, w in zip(titles(XW_HEADS, XW_TAILS[cat], count, nick(name) + "{}{}"),
                                    days(start, count, 8 + n + 2 * m))]  # fmt: skip
            listed[(sid, cat)] = rows
            arts += rows
    for n, a in enumerate(sorted(arts, key=lambda a: a.when)):  # the month of publishing and a running number
        a.aid = f"{a.when:%Y%m}{1200 + 37 * n:04d}"
    assert len({a.aid for a in arts}) == len(arts)
    for k, a in enumerate(arts):
        a.path = f"/detail?id={a.aid}"
        a.body = prose(a.title, a.unit, k)
        a.views = 30 + (int(a.aid) * 29) % 800
        if a.cat in (3, 5) and k % 3 == 1:
            url = f"/upload/{a.when:%Y/%m}/{a.aid}{k:03d}.pdf"
            a.files += ((url, f"{a.title}.pdf"),)
            site[url] = pdf(url)
    for sid, name, stage, cats in XW_SCHOOLS:
        mine = sorted((a for c in cats for a in listed[(sid, c)]), key=lambda a: a.when, reverse=True)
        for cat in cats:
            rows = listed[(sid, cat)]
            pages = -(-len(rows) // XW_PER)
            for k in range(1, pages + 1):
                body = (
                    f"{xw_crumb((name, f'/school/index?id={sid}'), (XW_CATS[cat], ''))}\n"
                    f'<div class="school-name">{name}</div>\n{xw_tabs(sid, cats, cat)}\n<div class="list">\n'
                    f"{xw_table(rows[(k - 1) * XW_PER : k * XW_PER])}\n{xw_pager(sid, cat, len(rows), k)}\n</div>"
                )
                page = xw_page(f"{XW_CATS[cat]}-{name}-{XW_NAME}", body)
                site[f"{xw_list_url(sid, cat)}&page={k}"] = page
                if k == 1:
                    site[xw_list_url(sid, cat)] = page
            for a in rows:
                site[a.path] = xw_article(a, sid, name, cat)
        body = (
            f"{xw_crumb((name, ''))}\n"
            f'<div class="school-info"><img src="/upload/logo/{sid}.png" alt="{name}" /><dl><dt>{name}</dt>'
            f"<dd>学段：{stage}</dd><dd>地址：柳汀区青石路{sid * 11}号</dd><dd>联系电话：0791-88{sid:02d}5678</dd>"
            f"<dd>{name}是{XW_BUREAU}主管的公办{stage}，现有教学班{14 + sid}个，在校学生{520 + 29 * sid}人。</dd></dl>"
            f"</div>\n{xw_tabs(sid, cats, None)}\n"
            f'<div class="school-new"><h3>最新公开</h3>{xw_table(mine[:5])}</div>'
        )
        site[f"/school/index?id={sid}"] = xw_page(f"{name}-{XW_NAME}", body)
        site[f"/upload/logo/{sid}.png"] = IMAGE
    newest = sorted(arts, key=lambda a: a.when, reverse=True)[:8]
    options = "".join(f'<option value="/school/index?id={sid}">{name}</option>' for sid, name, *_ in XW_SCHOOLS)
    logos = "".join(f'<li><a href="javascript:void(0)" onclick="toSchool({sid})"><img src="/upload/logo/{sid}.png" '
                    f'alt="{name}" /><p>{nick(name)}</p></a></li>' for sid, name, *_ in XW_SCHOOLS)  # fmt: skip
    home = (
        '<div class="banner"><img src="/static/images/banner.jpg" alt="" /></div>\n'
        '<div class="choose"><span>选择学校：</span><select name="school" '
        f'onchange="location.href=this.value"><option value="">--请选择学校--</option>{options}</select></div>\n'
        f'<div class="school-logos"><ul>{logos}</ul></div>\n'
        f'<div class="home-new"><h3>最新公开</h3>{xw_table(newest, school=True)}</div>'
    )
    site["/"] = site["/index"] = xw_page(XW_NAME, home)
    site["/about"] = xw_page(f"平台说明-{XW_NAME}", (
        f'{xw_crumb(("平台说明", ""))}<div class="detail"><p>　　{XW_NAME}由{XW_BUREAU}建设，集中公开区属中小学、'
        "幼儿园的财务、收费、招生、人事等校务信息，接受家长和社会监督。</p><p>　　监督电话：0791-88123456</p></div>"))  # fmt: skip
    site["/static/js/jquery-1.11.3.min.js"] = JS
    site["/static/css/common.css"] = CSS
    for path in ("/static/images/logo.png", "/static/images/banner.jpg"):
        site[path] = IMAGE
    return site, {a.path: a for a in arts}


# ---- 2. a PHP school site whose rows a delegated jQuery handler opens --------------------------------------------

NP_NAME = "青禾县南屏中学"
NP_COLS = {1: "学校新闻", 2: "通知公告", 3: "教学教研"}
NP_PER, NP_BOX = 10, 6


def np_page(title, body, current=None):
    nav = "".join(f'<li{ON if c == current else ""}><a href="list.php?cid={c}">{n}</a></li>'
                  for c, n in NP_COLS.items())  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f'<title>{title}</title>\n<link href="css/style.css" rel="stylesheet" type="text/css">\n'
        '<script src="js/jquery.min.js"></script>\n</head>\n<body>\n'
        f'<div id="header"><a href="index.php"><img src="images/logo.png" alt="{NP_NAME}"></a></div>\n'
        f'<div id="nav"><ul><li{ON if current == 0 else ""}><a href="index.php">首页</a></li>'
        f'<li><a href="about.php">学校概况</a></li>{nav}</ul></div>\n'
        f'<div id="main">\n{body}\n</div>\n'
        f'<div id="footer">{NP_NAME} 版权所有　地址：青禾县南屏镇学府路1号　电话：0736-5512345<br>'
        '<a href="https://beian.miit.gov.cn/" target="_blank">湘ICP备18076543号</a></div>\n'
        "<script>\n$(function(){\n  $('.news-item').click(function(){\n"
        "    window.location.href = 'show.php?id=' + $(this).data('id');\n  });\n});\n</script>\n"
        "</body>\n</html>"
    )


def np_row(a, n=30):
    return (f'<li><a href="javascript:;" data-id="{a.aid}" class="news-item" title="{a.title}">'
            f'<span class="t">{short(a.title, n)}</span><span class="d">{a.day}</span></a></li>\n')  # fmt: skip


def np_pager(cid, count, k):
    pages = -(-count // NP_PER)

    def link(n, label):
        return f'<a href="list.php?cid={cid}&amp;page={n}">{label}</a>'

    nums = "".join(f"<b>{n}</b>" if n == k else link(n, n) for n in range(1, pages + 1))
    prev = link(k - 1, "上一页") if k > 1 else ""
    nxt = link(k + 1, "下一页") if k < pages else ""
    return f'<div class="pages">共{count}条 {link(1, "首页")}{prev}{nums}{nxt}{link(pages, "末页")}</div>'


def np_article(a, older, newer):
    def link(label, r):
        return f'<p>{label}：<a href="show.php?id={r.aid}">{r.title}</a></p>' if r else f"<p>{label}：没有了</p>"

    body = (
        f'<div class="position">您的位置：<a href="index.php">首页</a> &gt; <a href="list.php?cid={a.cat}">'
        f'{NP_COLS[a.cat]}</a> &gt; 正文</div>\n<div class="show">\n<h1>{a.title}</h1>\n'
        f'<div class="info">发布日期：{a.when:%Y-%m-%d}　作者：{a.unit}　点击：{a.views}</div>\n'
        f'<div class="content">{a.body}</div>\n<div class="pn">{link("上一篇", newer)}{link("下一篇", older)}</div>\n'
        "</div>"
    )
    return np_page(f"{a.title}_{NP_NAME}", body, a.cat)


def nanping_site():
    site = {}
    news = [Art("", t, w, unit=("校办", "德育处", "团委")[k % 3], cat=1)
            for k, (t, w) in enumerate(zip(titles(("我校", "七年级", "八年级", "九年级", "校团委", "学生会"),
                                                 ("举行冬季长跑比赛", "开展交通安全教育", "召开期中表彰大会",
                                                  "组织红色研学活动", "举办读书节活动"), 17),
                                          days("2023-12-20 16:10", 17, 7)))]  # fmt: skip
    notices = [Art("", t, w, unit="办公室", cat=2)
               for t, w in zip(titles(("2023年元旦放假", "国庆节放假", "中秋节放假", "寒假放假", "期末考试",
                                       "家长开放日", "运动会"), ("的通知", "安排的通知"), 9, "关于{}{}"),
                               days("2023-12-18 09:30", 9, 17))]  # fmt: skip
    research = [Art("", t, w, unit="教务处", cat=3)
                for t, w in zip(titles(("语文组", "数学组", "英语组", "理化组"),
                                       ("开展集体备课活动", "举行公开课展示", "开展课题研讨"), 7),
                                days("2023-12-12 14:45", 7, 19))]  # fmt: skip
    cols = {1: news, 2: notices, 3: research}
    every = news + notices + research
    for n, a in enumerate(sorted(every, key=lambda a: a.when)):
        a.aid = str(241 + 2 * n)
    for k, a in enumerate(every):
        a.path = f"/show.php?id={a.aid}"
        a.body = prose(a.title, NP_NAME, k + 1)
        a.views = 60 + (int(a.aid) * 17) % 500
    for cid, arts in cols.items():
        pages = -(-len(arts) // NP_PER)
        for k in range(1, pages + 1):
            rows = "".join(np_row(a) for a in arts[(k - 1) * NP_PER : k * NP_PER])
            body = (
                '<div class="left"><h3>栏目导航</h3><ul>'
                + "".join(f'<li><a href="list.php?cid={c}">{n}</a></li>' for c, n in NP_COLS.items())
                + f'</ul></div>\n<div class="right"><div class="position">您的位置：<a href="index.php">首页</a> &gt; '
                f'{NP_COLS[cid]}</div>\n<ul class="newslist">\n{rows}</ul>\n{np_pager(cid, len(arts), k)}\n</div>'
            )
            page = np_page(f"{NP_COLS[cid]}_{NP_NAME}", body, cid)
            site[f"/list.php?cid={cid}&page={k}"] = page
            if k == 1:
                site[f"/list.php?cid={cid}"] = page
        for a, older, newer in neighbours(arts):
            site[a.path] = np_article(a, older, newer)
    boxes = "".join(f'<div class="box"><div class="box-t"><h3>{n}</h3><a href="list.php?cid={c}" class="more">更多'
                    f'</a></div><ul>\n{"".join(np_row(a, 22) for a in cols[c][:NP_BOX])}</ul></div>\n'
                    for c, n in NP_COLS.items())  # fmt: skip
    home = (
        '<div class="banner"><img src="images/banner.jpg" alt=""></div>\n'
        f'<div class="intro"><h3>学校概况</h3><p>{NP_NAME}始建于1956年，是一所县属公办完全初级中学……'
        f'<a href="about.php">[详细]</a></p></div>\n{boxes}'
    )
    site["/"] = site["/index.php"] = np_page(NP_NAME, home, 0)
    site["/about.php"] = np_page(f"学校概况_{NP_NAME}", (
        '<div class="position">您的位置：<a href="index.php">首页</a> &gt; 学校概况</div><div class="show">'
        f"<p>　　{NP_NAME}始建于1956年，现有教学班30个，在校学生1500余人，教职工120人。</p><p>　　学校坚持“立德树人，"
        "全面发展”的办学理念，努力办好人民满意的教育。</p></div>"))  # fmt: skip
    site["/js/jquery.min.js"] = JS
    site["/css/style.css"] = CSS
    for path in ("/images/logo.png", "/images/banner.jpg"):
        site[path] = IMAGE
    return site, {a.path: a for a in every}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_xiaowu_fixture_is_the_site_it_claims_to_be():
    site, truth = xiaowu_site()
    assert len(truth) == sum(sum(c.values()) for *_, c in XW_SCHOOLS) == 59
    assert all(re.fullmatch(r"/detail\?id=\d{10}", p) for p in truth)
    for page in html_pages(site):  # no article is named by any href
        assert 'href="/detail?' not in site[page], page
    home = site["/"]
    assert 'href="/school' not in home, "only the breadcrumbs below a school's page link it"
    assert '<select name="school" onchange="location.href=this.value">' in home
    assert all(f'<option value="/school/index?id={sid}">' in home for sid, *_ in XW_SCHOOLS)
    assert all(f'onclick="toSchool({sid})"' in home for sid, *_ in XW_SCHOOLS)
    assert "function toSchool(id){ location.href = '/school/index?id=' + id; }" in home
    assert "function openDetail(id){ window.open('/detail?id=' + id); }" in home
    school = site["/school/index?id=12"]
    assert "<li onclick=\"location.href='/school/list?id=12&cat=5'\">收费公开</li>" in school
    assert '<a href="/school/list' not in school
    first = site["/school/list?id=12&cat=3"]
    assert first == site["/school/list?id=12&cat=3&page=1"] and "/school/list?id=12&cat=3&page=3" not in site
    assert '<a href="/school/list?id=12&amp;cat=3&amp;page=2">下一页</a>' in first
    rows = re.findall(r"<tr onclick=\"openDetail\('(\d+)'\)\" style=\"cursor:pointer\"><td class=\"tit\"", "".join(
        site[p] for p in site if p.startswith("/school/list") and "page=" in p))  # fmt: skip
    assert sorted(f"/detail?id={r}" for r in rows) == sorted(truth), "the lists show every article once"
    a = next(iter(truth.values()))
    assert f"发布时间：{a.when:%Y-%m-%d %H:%M:%S}　发布单位：{a.unit}" in site[a.path]
    assert sum(1 for v in site.values() if isinstance(v, tuple) and v[2] == "application/pdf") >= 8
    assert QueryServer(site).get("/school/list?page=2&cat=3&id=12")[0] == 200


def test_the_nanping_fixture_is_the_site_it_claims_to_be():
    site, truth = nanping_site()
    assert len(truth) == 17 + 9 + 7
    for page in html_pages(site):  # no article is linked by any page's HTML but an article's 上一篇/下一篇
        if page not in truth:
            assert "show.php?id=" not in site[page].replace("'show.php?id=' +", ""), page
    first = site["/list.php?cid=1"]
    assert first == site["/list.php?cid=1&page=1"] and "/list.php?cid=1&page=3" not in site
    assert '<a href="list.php?cid=1&amp;page=2">下一页</a>' in first
    assert "window.location.href = 'show.php?id=' + $(this).data('id');" in first
    ids = re.findall(r'<a href="javascript:;" data-id="(\d+)" class="news-item"', "".join(
        site[p] for p in site if p.startswith("/list.php") and "page=" in p))  # fmt: skip
    assert sorted(f"/show.php?id={i}" for i in ids) == sorted(truth), "the lists show every article once"
    assert site["/"].count('class="news-item"') == 6 + 6 + 6
    a = truth["/show.php?id=241"]
    assert f"<h1>{a.title}</h1>" in site[a.path] and f"发布日期：{a.day}　" in site[a.path]


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"xiaowu": xiaowu_site, "nanping": nanping_site}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    site, truth = SITES[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "onclick.db"
    return crawl_site(request.param, QueryServer(site), truth, query_key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
