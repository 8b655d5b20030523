"""Whole sites of three more CMS families, written by hand after their public template markup and crawled with
nothing but the home page's address: a Hanweb (大汉 JCMS) district education bureau, a DedeCMS (织梦) school and a
PHPCMS v9 school. Each has a home page whose main menu is drawn as nested div drop-downs, a 信息公开目录 column, two
columns of two or more list pages, a single-page column (学校简介: an undated text, not an article), an image-only
notice and an article listed in two columns. The archive must hold exactly the articles each site was generated
with (no list, catalog or single page taken for one, none missed), each with its title and its day.

* Hanweb: a column (/col/col1229506/index.html) keeps its rows in a script, ``<div id="4566"><script
  type="text/xml"><datastore><nextgroup>…</nextgroup><recordset><record><![CDATA[<li>…</li>]]></record>…``, the
  first group of at most 45 records; unitbuild.js pages them 15 a page in the browser and asks
  /module/web/jpage/dataproxy.jsp for the next group (a POST of startrecord=46&endrecord=90&perpage=15 with the
  column's ids). 教育动态 has all its 36 records in its page; 通知公告 has 52, the last 7 only from dataproxy.jsp,
  which here answers a GET of that range (its nextgroup link, or startrecord=46&endrecord=90&perpage=15 with the
  column's ids in the query). ``testing.static_site`` answers GET alone: the POST a browser sends gets a 501.
  Articles (/art/2021/3/5/art_1229506_4500001.html) carry ArticleTitle/PubDate/ContentSource metas, the body in
  ``<div id="zoom">`` between ``<!--<$[信息内容]>begin-->`` and ``<!--<$[信息内容]>end-->``; 通知公告 and 信息公开
  documents add a metadata table (索引号, 发布机构, 生成日期, 文号); the 信息公开 lists' records are tables.
* DedeCMS: lists /a/tzgg/ (index.html, also list_5_1.html), list_5_2.html, list_5_3.html under a ``<ul
  class="pagelist">``; articles /a/tzgg/2021/0305/123.html saying 时间:…来源:…作者:admin 点击:<script
  src="/plus/count.php?view=yes&aid=123&mid=1">次, beside undated 推荐内容/热点内容 boxes.
* PHPCMS v9: a dynamic column (index.php?m=content&c=index&a=lists&catid=12&page=N, whose first page's 上一页 goes
  to page=0, and a row separator every five rows) and a static one (/html/xyxw/, list-13-2.html); articles
  index.php?m=content&c=index&a=show&catid=12&id=N in the default show.html (the date and 来源 inside the ``<h1>``)
  and /html/2021/xyxw_0305/N.html, beside the category's 频道总排行/频道本月排行 boxes; hits from
  api.php?op=count&id=N&modelid=1. Home pages date their rows 06-28, without the year.

The sites' servers answer a query's parameters in any order (``Server``), as PHP and JSP do, and an archived URL
is compared with its query's parameters sorted (the crawler's canonical form). No page is copied from a real site."""

import re
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from site_fixtures import check_titles_and_days, crawl_site, html_pages, titles

from jiangbei_crawler.testing import static_site, tiny_png

IMAGE = (200, tiny_png(), "image/png")
ON = " class='on'"


@dataclass
class Art:
    path: str  # the article's URL path (and query)
    title: str
    when: datetime
    source: str = "办公室"
    body: str = ""
    aid: int = 0  # the CMS's own id
    number: str = ""  # 文号 of a 信息公开 document

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def days(start, n, step=3):
    """``n`` publishing times, newest first (a list's order)."""
    first = datetime.strptime(start, "%Y-%m-%d %H:%M")
    return [first - timedelta(days=step * k, hours=k % 6, minutes=11 * k % 60) for k in range(n)]


SENTENCES = (
    "此项工作由分管领导牵头负责，相关科室和学校分工协作，明确时间节点，层层压实责任，确保各项要求落到实处。",
    "各单位要高度重视，精心组织，加强宣传引导，及时做好总结，工作中遇到的问题请及时与联系人沟通反馈。",
    "活动现场气氛热烈，师生们积极参与、认真交流，纷纷表示收获很大，今后将把所学所得运用到日常工作和学习中去。",
    "会议指出，要坚持立德树人根本任务，持续深化课堂教学改革，切实减轻学生过重课业负担，促进学生全面发展。",
    "请各校于规定时间前将有关材料电子稿报送至指定邮箱，纸质稿加盖公章后一并报送，逾期不再受理。",
    "下一步，将持续跟踪落实情况，不断完善长效工作机制，推动教育事业高质量发展，努力办好人民满意的教育。",
    "据统计，本次共有四十余所学校、一千二百余名师生参加，覆盖全区所有中小学和幼儿园，取得了良好的社会效果。",
    "与会人员围绕课程建设、教师培养、家校共育等方面进行了深入交流，并就存在的问题提出了具体的改进措施。",
)


def prose(title, unit, k):
    """A few paragraphs of a notice or news item about ``title``, its own (sentences chosen by ``k``)."""
    first = f"<p>　　为认真贯彻落实上级有关工作部署，{unit}结合工作实际，{title}。{SENTENCES[k % 8]}</p>"
    rest = "".join(f"<p>　　{SENTENCES[(k + 3 * j + 1) % 8]}{SENTENCES[(k + j + 5) % 8]}</p>" for j in range(2 + k % 2))
    return first + rest


def short(title, n=20):
    """A list row's text: a long title cut, the whole one in the row's title attribute."""
    return title if len(title) <= n + 2 else title[:n] + "..."


def numbered(arts, first_id, path):
    """Give ``arts`` the CMS's ids in the order they were published (ids grow with time across columns) and
    their URLs, ``path(art)``."""
    for n, a in enumerate(sorted(arts, key=lambda a: a.when)):
        a.aid = first_id + 7 * n
        a.path = path(a)


def query_order_free(path):
    """A path with its query's parameters decoded and sorted: PHP and JSP answer ``?a=show&catid=12`` and
    ``?catid=12&a=show`` alike, and ``path=%2F`` as ``path=/``."""
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


# ---- 1. Hanweb (大汉 JCMS): a district education bureau ----------------------------------------------------------

HW_NAME = "临江区教育局"
HW_PROXY = "/module/web/jpage/dataproxy.jsp"
HW_GROUP, HW_PER_PAGE = 45, 15  # records a column page holds; records a page of them shows in the browser
HW_COLS = {"1229501": "单位简介", "1229502": "领导分工", "1229506": "教育动态", "1229507": "通知公告",
           "1229510": "信息公开目录", "1229511": "政策文件", "1229512": "财政资金"}  # fmt: skip
HW_UNITS = {"1229506": "4566", "1229507": "4567", "1229511": "4571", "1229512": "4572"}
HW_NEWS, HW_NOTICES, HW_CATALOG, HW_POLICY, HW_FUNDS = "1229506", "1229507", "1229510", "1229511", "1229512"
HW_NEXT_GROUP = "startrecord=46&endrecord=90&perpage=15"


def hw_col(c):
    return f"/col/col{c}/index.html"


HW_MENU = (
    ("首页", "/index.html", ()),
    ("机构概况", hw_col("1229501"), (("单位简介", hw_col("1229501")), ("领导分工", hw_col("1229502")))),
    ("新闻动态", hw_col(HW_NEWS), (("教育动态", hw_col(HW_NEWS)), ("通知公告", hw_col(HW_NOTICES)))),
    ("信息公开", hw_col(HW_CATALOG), (("信息公开目录", hw_col(HW_CATALOG)), ("政策文件", hw_col(HW_POLICY)),
                                     ("财政资金", hw_col(HW_FUNDS)))),
    ("办事服务", "javascript:void(0);", (("浙江政务服务网", "http://www.zjzwfw.example.gov.cn/"),)),
)  # fmt: skip


def hw_nav():
    """The main menu: nested divs, each item's drop-down hidden until the mouse is over it."""
    items = ""
    for n, (label, href, subs) in enumerate(HW_MENU, 1):
        drop = "".join(f"<div class='sub-item'><a href='{u}' target='_blank'>{t}</a></div>" for t, u in subs)
        drop = f"<div class='nav-sub' id='sub{n}' style='display:none'><div class='nav-sub-in'>{drop}</div></div>"
        items += (f"<div class='nav-item' onmouseover=\"showSub('sub{n}')\" onmouseout=\"hideSub('sub{n}')\">"
                  f"<a href='{href}' class='nav-a'>{label}</a>{drop if subs else ''}</div>")  # fmt: skip
    return f"<div class='nav'><div class='nav-in'>{items}</div></div>"


def hw_page(title, main, metas=""):
    return (
        "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' "
        "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'><html xmlns='http://www.w3.org/1999/xhtml'><head>"
        f"<meta http-equiv='Content-Type' content='text/html; charset=utf-8' /><title>{title}</title>"
        f"<meta name='SiteName' content='{HW_NAME}'><meta name='SiteDomain' content='jyj.linjiang.example.gov.cn'>"
        f"<meta name='SiteIDCode' content='3302990001'>{metas}"
        "<link href='/images/2/style.css' rel='stylesheet' type='text/css' />"
        "<script language='javascript' src='/module/jslib/jquery/jquery.js'></script></head><body>"
        "<div class='top'><div class='top-in'><span class='today'><script>document.write(today())</script></span>"
        "<a href='javascript:void(0)' onclick='SetHome(this,window.location)'>设为首页</a> "
        "<a href='javascript:void(0)' onclick='AddFavorite(document.title)'>加入收藏</a></div></div>"
        f"<div class='header'><div class='logo'><img src='/images/2/logo.png' alt='{HW_NAME}' /></div>"
        "<div class='search'><form action='/jrobot/search.do' method='get' target='_blank'>"
        "<input type='hidden' name='webid' value='2' /><input name='q' type='text' class='s-input' />"
        "<input type='submit' value='搜索' /></form></div></div>"
        + hw_nav()
        + f"<div class='main'>{main}</div>"
        + "<div class='footer'><div class='links'>友情链接：<select onchange='if(this.value)window.open(this.value)'>"
        "<option value=''>--政府网站--</option><option value='http://www.zj.example.gov.cn/'>浙江省人民政府</option>"
        "<option value='http://jyt.zj.example.gov.cn/'>浙江省教育厅</option></select></div>"
        f"<p>主办单位：{HW_NAME}　地址：临江区文教路16号　邮编：315000　联系电话：0574-87000000</p>"
        f"<p>版权所有 © {HW_NAME}　网站标识码：3302990001　浙ICP备05000000号　"
        "<a href='http://www.beian.example.gov.cn/' target='_blank'>浙公网安备 33020502000100号</a></p></div></body></html>"
    )


def hw_position(crumbs):
    trail = "&nbsp;&gt;&nbsp;".join(f"<a href='{u}'>{t}</a>" for t, u in crumbs)
    return f"<table class='position' width='100%'><tr><td>当前位置：{trail}</td></tr></table>"


def hw_side(group, items, here):
    lis = "".join(f"<li{ON if c == here else ''}><a href='{hw_col(c)}'>{HW_COLS[c]}</a></li>" for c in items)
    return f"<div class='left'><div class='left-t'>{group}</div><ul class='left-list'>{lis}</ul></div>"


def hw_column_metas(col):
    return f"<meta name='ColumnName' content='{HW_COLS[col]}'><meta name='ColumnType' content='{HW_COLS[col]}'>"


def hw_form(col, webname=HW_NAME):
    """The column's ids, as unitbuild.js posts them (and as a GET of the fixture's dataproxy.jsp takes them)."""
    return (f"col=1&appid=1&webid=2&path=/&columnid={col}&unitid={HW_UNITS[col]}&webname={webname}"
            "&permissiontype=0")  # fmt: skip


def hw_nextgroup(col):
    """The link to the next group that a datastore carries (its webname percent-encoded, as Hanweb writes it)."""
    return (f"{HW_PROXY}?page=1&appid=1&webid=2&path=/&columnid={col}&unitid={HW_UNITS[col]}"
            f"&webname={urllib.parse.quote(HW_NAME)}&permissiontype=0")  # fmt: skip


def hw_datastore(col, records):
    """The records as Hanweb's datastore XML (a column page's script holds it; dataproxy.jsp answers it)."""
    recs = "".join(f"<record><![CDATA[\n{r}]]></record>\n" for r in records)
    return (f'<datastore>\n<nextgroup><![CDATA[<a href="{hw_nextgroup(col)}"></a>]]></nextgroup>\n'
            f"<recordset>\n{recs}</recordset>\n</datastore>")  # fmt: skip


def hw_unit(col, records, total):
    """A column's list as its page holds it: the first group of records in a text/xml script, then the script that
    pages them in the browser and asks dataproxy.jsp for the rest."""
    unit = HW_UNITS[col]
    return (
        f"<div id='{unit}'><script type='text/xml'>{hw_datastore(col, records[:HW_GROUP])}</script></div>"
        "<script language='javascript' src='/module/web/jpage/unitbuild.js'></script>"
        f"<script language='javascript'>var unitobj=new splitpage('unitobj',{unit},{total},{HW_PER_PAGE},3,"
        f"'{HW_PROXY}','{hw_form(col)}');unitobj.barPosition='bottom';unitobj.build();</script>"
    )


def hw_row(a):
    return (f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 24)}</a>'
            f'<span class="bt_time">{a.day}</span></li>')  # fmt: skip


def hw_doc_row(a, index_no):
    return (f'<table width="100%" class="xxgk-row"><tr><td width="170">{index_no}</td><td><a href="{a.path}" '
            f'title="{a.title}" target="_blank">{short(a.title, 26)}</a></td><td width="90" align="center">{a.day}'
            "</td></tr></table>")  # fmt: skip


def hw_index_no(a, col):
    return f"001008{col[-2:]}/{a.when:%Y}-{a.aid % 100000:05d}"


def hw_meta_table(a, col):
    return (
        "<table class='xxgk_table' width='100%' border='0' cellspacing='1' cellpadding='0'>"
        f"<tr><td class='lab'>索引号：</td><td>{hw_index_no(a, col)}</td><td class='lab'>发布机构：</td>"
        f"<td>{HW_NAME}</td></tr><tr><td class='lab'>公开方式：</td><td>主动公开</td><td class='lab'>生成日期：</td>"
        f"<td>{a.day}</td></tr><tr><td class='lab'>文号：</td><td>{a.number or '无'}</td><td class='lab'>公开时限："
        f"</td><td>长期公开</td></tr><tr><td class='lab'>名称：</td><td colspan='3'>{a.title}</td></tr></table>"
    )


def hw_counter(a, col):
    return f"/module/visitcount/articlehits.jsp?colid={col}&artid={a.aid}"


def hw_article(a, col, crumbs, newest, meta_table):
    metas = (
        hw_column_metas(col)
        + f"<meta name='ArticleTitle' content='{a.title}'><meta name='PubDate' content='{a.when:%Y-%m-%d %H:%M}'>"
        f"<meta name='ContentSource' content='{a.source}'><meta name='Keywords' content=''>"
        f"<meta name='Author' content='{a.source}'><meta name='Description' content='{a.title}'>"
        f"<meta name='Url' content='{a.path}'>"
    )
    counter = hw_counter(a, col)
    related = "".join(
        f"<li><a href='{r.path}' title='{r.title}' target='_blank'>{short(r.title, 22)}</a><span>{r.day}</span></li>"
        for r in [r for r in newest if r is not a][:4]
    )
    main = (
        hw_position(crumbs)
        + "<div class='art'>"
        + (hw_meta_table(a, col) if meta_table else "")
        + "<table width='100%' border='0' cellspacing='0' cellpadding='0'>"
        f"<tr><td class='title' align='center'>{a.title}</td></tr><tr><td class='info' align='center'>"
        f"发布日期：{a.when:%Y-%m-%d %H:%M}&nbsp;&nbsp;&nbsp;信息来源：{a.source}&nbsp;&nbsp;&nbsp;浏览次数："
        f"<script language='javascript' src='{counter}'></script>&nbsp;&nbsp;&nbsp;字体：[<a href='javascript:doZoom(20)'>"
        "大</a> <a href='javascript:doZoom(16)'>中</a> <a href='javascript:doZoom(12)'>小</a>]</td></tr>"
        f"<tr><td><div id='zoom'><!--<$[信息内容]>begin-->{a.body}<!--<$[信息内容]>end--></div></td></tr></table>"
        f"<div class='xgxx'><div class='xgxx-t'>相关信息</div><ul>{related}</ul></div>"
        "<div class='xglj'>相关链接：<a href='http://jyt.zj.example.gov.cn/' target='_blank'>浙江省教育厅</a> "
        "<a href='http://www.moe.example.gov.cn/' target='_blank'>中华人民共和国教育部</a></div>"
        "<div class='tools'>【<a href='javascript:window.print()'>打印本页</a>】"
        "【<a href='javascript:window.close()'>关闭窗口</a>】</div></div>"
    )
    return hw_page(f"{HW_NAME} {HW_COLS[col]} {a.title}", main, metas)


def hw_column(col, group, items, crumbs, inner):
    main = (
        hw_side(group, items, col)
        + f"<div class='right'>{hw_position(crumbs)}<div class='right-t'><span>{HW_COLS[col]}</span></div>"
        f"<div class='right-c'>{inner}</div></div>"
    )
    return hw_page(f"{HW_NAME} {HW_COLS[col]}", main, hw_column_metas(col))


HW_ABOUT = (
    f"<p>　　{HW_NAME}是区政府主管全区教育工作的工作部门，贯彻执行国家和省、市有关教育工作的方针政策和法律法规，"
    "统筹规划和管理全区各级各类教育事业。</p><p>　　局机关内设办公室、基础教育科、计划财务科、人事科、教育督导室等科室，"
    "下设区教育研究室、区教育技术中心、区学生资助管理中心等事业单位。</p><p>　　全区现有中小学、幼儿园七十八所，"
    "在校学生五万二千余人，教职工四千六百余人。办公地址：临江区文教路16号。</p>"
)
HW_LEADERS = (
    "<p>党委书记、局长：王某某　主持全面工作。</p><p>党委委员、副局长：李某某　分管基础教育、招生考试工作。</p>"
    "<p>党委委员、副局长：张某某　分管计划财务、后勤保障、校园安全工作。</p><p>教育督导室主任：陈某某　分管教育督导工作。</p>"
)


def hanweb_site():
    site = {}
    events = ("举行中小学生田径运动会", "开展防溺水安全教育", "召开教学质量分析会", "举办青年教师基本功大赛",
              "开展校园食品安全检查", "举行读书节启动仪式", "召开家庭教育工作推进会", "开展教研开放周活动",
              "举行科技节闭幕式")  # fmt: skip
    actors = ("区教育局", "区实验小学", "临江中学", "区教研室", "文昌小学", "区职教中心", "东海幼儿园", "城南中学")
    news = [Art("", t, w, ("区教育局办公室", "区教研室", "基础教育科")[k % 3])
            for k, (t, w) in enumerate(zip(titles(actors, events, 36), days("2021-06-29 10:20", 36, 4)))]  # fmt: skip
    tasks = ("做好2021年春季学期开学工作", "开展中小学作业管理专项督查", "组织2021年教师资格认定", "做好义务教育招生入学工作",
             "开展校园安全隐患排查整治", "举办全区中小学生书法比赛", "做好暑期学生安全教育", "开展师德师风专题教育",
             "组织申报区级名师工作室", "做好学生资助政策宣传", "开展中小学近视防控宣传月活动", "做好中考体育考试",
             "开展教育系统“我为群众办实事”实践活动")  # fmt: skip
    notices = [Art("", t, w, "区教育局办公室")
               for t, w in zip(titles(tasks, ("的通知", "的公告", "的补充通知", "有关事项的通知"), 51, "关于{}{}"),
                               days("2021-06-30 16:00", 51, 3))]  # fmt: skip
    policy = [Art("", t, w, HW_NAME, number=f"临教〔2021〕{31 - 4 * k}号")
              for k, (t, w) in enumerate(zip(titles([f"{HW_NAME}关于印发"], [
                  "《义务教育阶段学校招生工作实施细则》的通知", "《中小学校长职级制改革方案》的通知",
                  "《校外培训机构管理办法》的通知", "《中小学教师“区管校聘”实施意见》的通知",
                  "《学校食堂管理规定》的通知", "《中小学教学常规管理规定》的通知"], 6), days("2021-06-18 09:00", 6, 17)))]  # fmt: skip
    funds = [Art("", t, w, "计划财务科")
             for t, w in zip([f"{HW_NAME}2021年部门预算公开", f"{HW_NAME}2020年部门决算公开",
                              "2021年区级教育专项资金分配情况公示"], days("2021-06-10 15:00", 3, 30))]  # fmt: skip
    cols = {id(a): c for c, arts in ((HW_NEWS, news), (HW_NOTICES, notices), (HW_POLICY, policy), (HW_FUNDS, funds))
            for a in arts}  # fmt: skip

    def path(a):
        return f"/art/{a.when.year}/{a.when.month}/{a.when.day}/art_{cols[id(a)]}_{a.aid}.html"

    numbered(news + notices + policy + funds, 4500001, path)
    for k, a in enumerate(news + notices + policy + funds):
        a.body = prose(a.title, HW_NAME, k)
    scan = notices[9]  # a notice published as one scanned page
    picture = f"/picture/0/{scan.when:%y%m%d%H%M}{scan.aid % 1000:03d}.png"
    scan.body = f"<p style='text-align:center'><img src='{picture}' border='0' alt='' /></p>"
    site[picture] = IMAGE
    shared = news[4]  # a news item quoted into 通知公告 (Hanweb keeps its URL under its own column)
    listed = sorted([*notices, shared], key=lambda a: a.when, reverse=True)
    assert listed.index(shared) < HW_GROUP

    news_group = ("新闻动态", [HW_NEWS, HW_NOTICES])
    xxgk_group = ("信息公开", [HW_CATALOG, HW_POLICY, HW_FUNDS, "1229501"])
    home = ("首页", "/index.html")
    # 教育动态: all 36 records in the page; 通知公告: 52 records, the page holding the first 45
    for col, rows in ((HW_NEWS, news), (HW_NOTICES, listed)):
        crumbs = [home, ("新闻动态", hw_col(HW_NEWS)), (HW_COLS[col], hw_col(col))]
        site[hw_col(col)] = hw_column(col, *news_group, crumbs, hw_unit(col, [hw_row(a) for a in rows], len(rows)))
    rest = hw_datastore(HW_NOTICES, [hw_row(a) for a in listed[HW_GROUP:]])
    answer = (200, '<?xml version="1.0" encoding="UTF-8"?>\n' + rest, "text/xml; charset=UTF-8")
    site[hw_nextgroup(HW_NOTICES)] = site[f"{hw_nextgroup(HW_NOTICES)}&{HW_NEXT_GROUP}"] = answer
    query = hw_form(HW_NOTICES, urllib.parse.quote(HW_NAME))
    site[f"{HW_PROXY}?{HW_NEXT_GROUP}&{query}"] = answer
    # 信息公开: the catalog (a tree of its columns), and two lists of documents, each record a table
    for col, docs in ((HW_POLICY, policy), (HW_FUNDS, funds)):
        head = ("<table width='100%' class='xxgk-head'><tr><td width='170'>索引号</td><td>名称</td>"
                "<td width='90' align='center'>生成日期</td></tr></table>")  # fmt: skip
        unit = hw_unit(col, [hw_doc_row(a, hw_index_no(a, col)) for a in docs], len(docs))
        crumbs = [home, ("信息公开", hw_col(HW_CATALOG)), (HW_COLS[col], hw_col(col))]
        site[hw_col(col)] = hw_column(col, *xxgk_group, crumbs, head + unit)
    tree = (
        "<div class='xxgk-tree'><div class='tree-t'>信息公开目录</div><ul>"
        f"<li><a href='{hw_col('1229501')}'>机构职能</a><ul><li><a href='{hw_col('1229501')}'>单位简介</a></li>"
        f"<li><a href='{hw_col('1229502')}'>领导分工</a></li></ul></li>"
        f"<li><a href='{hw_col(HW_POLICY)}'>政策文件</a></li><li><a href='{hw_col(HW_FUNDS)}'>财政资金</a></li>"
        f"<li><a href='{hw_col(HW_NOTICES)}'>通知公告</a></li></ul></div>"
        "<div class='xxgk-intro'><p>　　本目录依据《中华人民共和国政府信息公开条例》编制，列出本机关主动公开的政府信息的类别，"
        "公民、法人和其他组织可点击类别查阅相应信息；需要获取本目录未列出的信息的，可依法向本机关提出申请。</p></div>"
    )
    site[hw_col(HW_CATALOG)] = hw_column(HW_CATALOG, *xxgk_group, [home, ("信息公开", hw_col(HW_CATALOG))], tree)
    # single-page columns: one undated text each
    for col, text in (("1229501", HW_ABOUT), ("1229502", HW_LEADERS)):
        inner = (f"<div class='art'><table width='100%'><tr><td class='title' align='center'>{HW_COLS[col]}</td></tr>"
                 f"<tr><td><div id='zoom'>{text}</div></td></tr></table></div>")  # fmt: skip
        crumbs = [home, ("机构概况", hw_col("1229501")), (HW_COLS[col], hw_col(col))]
        site[hw_col(col)] = hw_column(col, "机构概况", ["1229501", "1229502"], crumbs, inner)
    # articles
    for col, arts, group, meta_table in ((HW_NEWS, news, "新闻动态", False), (HW_NOTICES, notices, "新闻动态", True),
                                         (HW_POLICY, policy, "信息公开", True), (HW_FUNDS, funds, "信息公开", True)):  # fmt: skip
        crumbs = [home, (group, hw_col(HW_NEWS if group == "新闻动态" else HW_CATALOG)), (HW_COLS[col], hw_col(col))]
        for a in arts:
            site[a.path] = hw_article(a, col, crumbs, arts[:5], meta_table)
            site[hw_counter(a, col)] = (200, f'document.write("{37 + a.aid % 300}");', "application/javascript")
    # the home page: the newest news in a table, the newest notices, the 信息公开 entrances
    trs = "".join(
        f"<tr><td class='dot'>·</td><td><a href='{a.path}' title='{a.title}' target='_blank'>{short(a.title, 22)}</a>"
        f"</td><td class='date' align='right'>[{a.when:%m-%d}]</td></tr>"
        for a in news[:7]
    )
    lis = "".join(f"<li><a href='{a.path}' title='{a.title}' target='_blank'>{short(a.title, 22)}</a>"
                  f"<span>{a.day}</span></li>" for a in listed[:7])  # fmt: skip
    entries = "".join(f"<a href='{hw_col(c)}' class='gk-entry'><img src='/images/2/gk{c[-2:]}.png' alt='' />"
                      f"<span>{HW_COLS[c]}</span></a>" for c in (HW_CATALOG, HW_POLICY, HW_FUNDS))  # fmt: skip
    main = (
        f"<div class='box'><div class='box-t'><span>教育动态</span><a href='{hw_col(HW_NEWS)}' class='more'>更多&gt;&gt;"
        f"</a></div><div class='box-c'><table width='100%'>{trs}</table></div></div>"
        f"<div class='box'><div class='box-t'><span>通知公告</span><a href='{hw_col(HW_NOTICES)}' class='more'>更多&gt;&gt;"
        f"</a></div><div class='box-c'><ul>{lis}</ul></div></div>"
        f"<div class='box gk'><div class='box-t'><span>信息公开</span></div><div class='box-c'>{entries}</div></div>"
    )
    site["/"] = site["/index.html"] = hw_page(HW_NAME, main)
    return site, {a.path: a for a in news + notices + policy + funds}


# ---- 2. DedeCMS (织梦): a school ------------------------------------------------------------------------------

DD_NAME = "青溪中学"
DD_TZGG, DD_XYXW, DD_SFGS = (
    ("5", "/a/tzgg/", "通知公告"),
    ("3", "/a/xyxw/", "校园新闻"),
    ("9", "/a/xxgk/sfgs/", "收费公示"),
)
DD_ABOUT, DD_CATALOG = "/a/xxgk/xxjj/", "/a/xxgk/"
DD_MENU = (
    ("网站首页", "/", ()),
    ("学校概况", DD_ABOUT, (("学校简介", DD_ABOUT), ("信息公开", DD_CATALOG))),
    ("新闻中心", DD_XYXW[1], (("校园新闻", DD_XYXW[1]), ("通知公告", DD_TZGG[1]))),
    ("信息公开", DD_CATALOG, (("信息公开目录", DD_CATALOG), ("收费公示", DD_SFGS[1]))),
    ("校长信箱", "/plus/guestbook.php", ()),
)


def dd_page(title, main, side=""):
    items = ""
    for label, href, subs in DD_MENU:
        drop = "".join(f"<div class='drop-item'><a href='{u}'>{t}</a></div>" for t, u in subs)
        drop = f"<div class='nav-drop'><div class='drop-in'>{drop}</div></div>" if subs else ""
        items += f"<div class='nav-li'><a href='{href}' class='nav-t'>{label}</a>{drop}</div>"
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
        f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{title}</title>'
        f'<meta name="keywords" content="{DD_NAME}" /><meta name="description" content="{DD_NAME}官方网站" />'
        '<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />'
        '<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script></head><body>'
        '<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/">'
        f'<img src="/templets/default/images/logo.gif" height="54" width="216" alt="{DD_NAME}"/></a></h1></div>'
        '<div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" '
        'name="kwtype" value="0" /><input name="q" type="text" class="search-keyword" value="在这里搜索..." />'
        '<button type="submit" class="search-submit">搜索</button></form></div></div>'
        f'<div class="nav"><div class="nav-box">{items}</div></div></div>'
        f'<div class="w960 center clear mt1"><div class="pleft">{main}</div>{side}</div>'
        '<div class="footer w960 center mt1 clear"><div class="footer_body"><p class="powered">'
        f"版权所有：{DD_NAME}　地址：临江区青溪路88号　电话：0574-87111111<br />浙ICP备06000000号　Powered by "
        '<a href="http://www.dedecms.com" target="_blank"><strong>DedeCMS_V57_UTF8_SP2</strong></a></p></div></div>'
        "</body></html>"
    )


def dd_place(*crumbs):
    trail = "".join(f" <a href='{u}'>{t}</a> >" for t, u in crumbs)
    return f"<div class=\"place\"><strong>当前位置:</strong> <a href='/'>主页</a> >{trail} </div>"


def dd_side(news):
    commend = "".join(f'<li><a href="{a.path}">{short(a.title, 16)}</a><p>{a.title}……</p></li>' for a in news[1:5])
    hot = "".join(f'<li><a href="{a.path}">{short(a.title, 16)}</a></li>' for a in news[5:11])
    return (
        '<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推荐内容'
        f'</strong></dt><dd class="light"><ul class="d4">{commend}</ul></dd></dl></div><div class="hot mt1">'
        '<dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light">'
        f'<ul class="c1 ico2">{hot}</ul></dd></dl></div></div>'
    )


def dd_pager(typeid, k, pages, total):
    """DedeCMS's list pager (GetPageListST): page 1 is list_{typeid}_1.html as well as the folder's index.html."""

    def name(j):
        return f"list_{typeid}_{j}.html"

    out = (
        "<li><a>首页</a></li>"
        if k == 1
        else f"<li><a href='{name(1)}'>首页</a></li><li><a href='{name(k - 1)}'>上一页</a></li>"
    )
    out += "".join(f"<li class=\"thisclass\">{j}</li>" if j == k else f"<li><a href='{name(j)}'>{j}</a></li>"
                   for j in range(1, pages + 1))  # fmt: skip
    if k < pages:
        out += f"<li><a href='{name(k + 1)}'>下一页</a></li><li><a href='{name(pages)}'>末页</a></li>"
    else:
        out += "<li><a>末页</a></li>"
    out += f'<span class="pageinfo">共 <strong>{pages}</strong>页<strong>{total}</strong>条</span>'
    return f'<div class="dede_pages"><ul class="pagelist">{out}</ul></div>'


def dd_intro(a):
    text = re.sub(r"<[^>]+>|　", "", a.body)
    return text[:60] if text else ""


def dd_article(a, column, prev, nxt, news):
    around = ""
    for label, other in (("上一篇", prev), ("下一篇", nxt)):
        around += (
            f"<li>{label}：<a href='{other.path}'>{other.title}</a> </li>" if other else f"<li>{label}：没有了 </li>"
        )
    main = (
        dd_place((column[2], column[1])) + '<div class="viewbox">'
        f'<div class="title"><h2>{a.title}</h2></div><div class="info"><small>时间:</small>{a.when:%Y-%m-%d %H:%M}'
        f"<small>来源:</small>{a.source}<small>作者:</small>admin <small>点击:</small><script "
        f'src="/plus/count.php?view=yes&aid={a.aid}&mid=1" type=\'text/javascript\' language="javascript"></script>次'
        f'</div><div class="intro">{dd_intro(a)}</div><div class="content"><table width=\'100%\'><tr><td>{a.body}'
        '</td></tr></table></div><div class="dede_pages"><ul class="pagelist"></ul></div>'
        '<div class="boxoff"><strong>------分隔线----------------------------</strong></div>'
        f'<div class="handle"><div class="context"><ul>{around}</ul></div><div class="actbox"><ul>'
        f'<li id="act-fav"><a href="/plus/stow.php?aid={a.aid}" target="_blank">收藏</a></li>'
        '<li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div></div>'
    )
    return dd_page(f"{a.title}_{DD_NAME}", main, dd_side(news))


def dd_tz_rows(arts):
    return "<ul class=\"e2 tzlist\">" + "".join(
        f"<li><span class=\"date\">{a.day}</span><a href=\"{a.path}\" title=\"{a.title}\" target=\"_blank\">"
        f"{short(a.title, 24)}</a></li>" for a in arts
    ) + "</ul>"  # fmt: skip


def dd_news_rows(arts):
    """DedeCMS's default list rows: a preview picture, the title, 日期/点击/好评 and the description."""
    return "<ul class=\"e2\">" + "".join(
        f"<li><a href='{a.path}' class='preview'><img src='/images/defaultpic.gif'/></a><a href=\"{a.path}\" "
        f"class=\"title\">{a.title}</a><span class=\"info\"><small>日期：</small>{a.when:%Y-%m-%d %H:%M:%S}"
        f"<small>点击：</small>{40 + a.aid % 200}<small>好评：</small>0</span><p class=\"intro\">{dd_intro(a)}...</p></li>"
        for a in arts
    ) + "</ul>"  # fmt: skip


def dd_list_pages(column, rows, per, render, news):
    typeid, folder, name = column
    pages = -(-len(rows) // per)
    out = {}
    for k in range(1, pages + 1):
        main = (dd_place((name, folder)) + f"<div class=\"listbox\">{render(rows[(k - 1) * per : k * per])}</div>"
                + dd_pager(typeid, k, pages, len(rows)))  # fmt: skip
        out[f"{folder}list_{typeid}_{k}.html"] = dd_page(f"{name}_{DD_NAME}", main, dd_side(news))
    out[folder] = out[f"{folder}index.html"] = out[f"{folder}list_{typeid}_1.html"]
    return out


DD_ABOUT_TEXT = (
    f"<p>　　{DD_NAME}创办于1958年，是一所区属公办初级中学，现有教学班二十四个，学生一千余名，教职工九十余人。</p>"
    "<p>　　学校秉承“明德、笃学、求真、致远”的校训，坚持“为每一个学生的终身发展奠基”的办学理念，先后获得省文明校园、"
    "市绿色学校、市体育特色学校等荣誉。</p><p>　　学校占地四十二亩，建有标准化运动场、综合实验楼、图书馆和艺术楼，"
    "教育教学设施齐全。</p>"
)


def dede_site():
    site = {"/images/defaultpic.gif": IMAGE}
    tz_titles = titles(["2021年春季开学", "清明节放假", "“五一”劳动节放假", "端午节放假", "期中考试", "期末考试",
                        "暑假放假", "学生体质健康测试", "校服征订", "课后服务报名", "近视防控宣传月", "家长开放日",
                        "初一新生报到"], ["安排的通知", "有关事项的通知", "工作的温馨提示"], 39)  # fmt: skip
    tzgg = [Art("", t, w, ("教务处", "政教处", "校长室")[k % 3])
            for k, (t, w) in enumerate(zip(tz_titles, days("2021-06-30 17:10", 39, 4)))]  # fmt: skip
    xw_titles = titles(["我校", "初二年级", "校团委", "校足球队", "语文组", "校合唱团", "初三年级"],
                       ["举行升旗仪式", "开展植树活动", "参观科技馆", "获区级比赛一等奖", "举行毕业典礼",
                        "开展红色研学", "举行主题班会展示", "开展志愿服务活动"], 27)  # fmt: skip
    xyxw = [Art("", t, w, "校办") for t, w in zip(xw_titles, days("2021-06-29 09:40", 27, 5))]
    sfgs = [Art("", t, w, "总务处") for t, w in zip(["2021年春季学期收费项目及标准公示", "2021年春季学期服务性收费公示",
                                                 "2020年秋季学期代收费结算情况公示"], days("2021-03-01 08:30", 3, 90))]  # fmt: skip
    folders = {id(a): col[1] for col, arts in ((DD_TZGG, tzgg), (DD_XYXW, xyxw), (DD_SFGS, sfgs)) for a in arts}
    numbered(tzgg + xyxw + sfgs, 120, lambda a: f"{folders[id(a)]}{a.when:%Y}/{a.when:%m%d}/{a.aid}.html")
    for k, a in enumerate(tzgg + xyxw + sfgs):
        a.body = prose(a.title, DD_NAME, k + 2)
    scan = tzgg[7]  # an image-only notice
    picture = f"/uploads/allimg/{scan.when:%y%m%d}/1-{scan.when:%y%m%d%H%M}{scan.aid}.png"
    scan.body = f'<p style="text-align: center;"><img alt="" src="{picture}" style="width: 600px;" /></p>'
    site[picture] = IMAGE
    shared = xyxw[3]  # a news item with 通知公告 as its second column (副栏目): listed there, its URL its own
    listed = sorted([*tzgg, shared], key=lambda a: a.when, reverse=True)
    site.update(dd_list_pages(DD_TZGG, listed, 15, dd_tz_rows, xyxw))  # 15, 15, 10
    site.update(dd_list_pages(DD_XYXW, xyxw, 14, dd_news_rows, xyxw))  # 14, 13
    site.update(dd_list_pages(DD_SFGS, sfgs, 15, dd_tz_rows, xyxw))
    for column, arts in ((DD_TZGG, tzgg), (DD_XYXW, xyxw), (DD_SFGS, sfgs)):
        for i, a in enumerate(arts):
            nxt, prev = arts[i - 1] if i else None, arts[i + 1] if i + 1 < len(arts) else None
            site[a.path] = dd_article(a, column, prev, nxt, xyxw)
            site[f"/plus/count.php?view=yes&aid={a.aid}&mid=1"] = (200, f"document.write('{40 + a.aid % 200}');",
                                                                   "application/javascript")  # fmt: skip
    about = (dd_place(("信息公开", DD_CATALOG), ("学校简介", DD_ABOUT))
             + f"<div class=\"viewbox\"><div class=\"title\"><h2>学校简介</h2></div><div class=\"content\">{DD_ABOUT_TEXT}"
             "</div></div>")  # fmt: skip
    site[DD_ABOUT] = site[f"{DD_ABOUT}index.html"] = dd_page(f"学校简介_{DD_NAME}", about, dd_side(xyxw))
    catalog = (
        dd_place(("信息公开", DD_CATALOG))
        + '<div class="xxgk-ml"><div class="ml-t">信息公开目录</div><table class="ml-table" width="100%">'
        '<tr><th width="25%">类别</th><th>公开内容</th></tr>'
        f'<tr><td>基本信息</td><td><a href="{DD_ABOUT}">学校简介</a></td></tr>'
        f'<tr><td>收费信息</td><td><a href="{DD_SFGS[1]}">收费公示</a></td></tr>'
        f'<tr><td>工作动态</td><td><a href="{DD_TZGG[1]}">通知公告</a>　<a href="{DD_XYXW[1]}">校园新闻</a></td></tr>'
        '</table><div class="gkzn"><p>　　本目录依据《学校信息公开办法》编制，公民、法人和其他组织可通过本网站查阅学校主动'
        "公开的信息；需要获取未列出的信息的，可向学校办公室提出申请。</p></div></div>"
    )
    site[DD_CATALOG] = site[f"{DD_CATALOG}index.html"] = dd_page(f"信息公开_{DD_NAME}", catalog, dd_side(xyxw))
    tz = "".join(f"<li><a href=\"{a.path}\" title=\"{a.title}\">{short(a.title, 18)}</a><span>[{a.when:%m-%d}]</span></li>"
                 for a in listed[:8])  # fmt: skip
    xw = "".join(f"<li><a href=\"{a.path}\" title=\"{a.title}\">{short(a.title, 18)}</a><span>{a.day}</span></li>"
                 for a in xyxw[:6])  # fmt: skip
    home = (
        f'<div class="box"><div class="box-t"><span>通知公告</span><a href="{DD_TZGG[1]}" class="more">更多</a>'
        f'</div><ul class="box-list">{tz}</ul></div>'
        f'<div class="box"><div class="box-t"><span>校园新闻</span><a href="{DD_XYXW[1]}" class="more">更多</a>'
        f'</div><ul class="box-list">{xw}</ul></div>'
        f'<div class="box"><div class="box-t"><span>信息公开</span></div><p><a href="{DD_CATALOG}">信息公开目录</a>'
        f'　<a href="{DD_SFGS[1]}">收费公示</a>　<a href="{DD_ABOUT}">学校简介</a></p></div>'
    )
    site["/"] = site["/index.html"] = dd_page(DD_NAME, home)
    return site, {a.path: a for a in tzgg + xyxw + sfgs}


# ---- 3. PHPCMS v9: a school -------------------------------------------------------------------------------------

PC_NAME = "城西实验学校"
PC_XYXW, PC_CATALOG, PC_ABOUT = "/html/xyxw/", "/html/xxgk/", "/html/xxgk/xxjj/"


def pc_lists(catid, page=None):
    return f"/index.php?m=content&c=index&a=lists&catid={catid}" + ("" if page is None else f"&page={page}")


def pc_show(catid, aid):
    return f"/index.php?m=content&c=index&a=show&catid={catid}&id={aid}"


def pc_static(j):
    """The static column's page ``j`` (its URL rule: index.html~list-{$catid}-{$page}.html)."""
    return f"{PC_XYXW}index.html" if j < 2 else f"{PC_XYXW}list-13-{j}.html"


PC_MENU = (
    ("学校首页", "/", ()),
    ("学校概况", PC_ABOUT, (("学校简介", PC_ABOUT), ("信息公开", PC_CATALOG))),
    ("新闻中心", PC_XYXW, (("校园新闻", PC_XYXW), ("通知公告", pc_lists(12)))),
    ("信息公开", PC_CATALOG, (("信息公开目录", PC_CATALOG), ("收费公示", pc_lists(17)))),
)


def pc_page(title, main, side=""):
    items = ""
    for label, href, subs in PC_MENU:
        drop = "".join(f'<a href="{u}">{t}</a>' for t, u in subs)
        drop = f'<div class="nav-sub"><div class="nav-sub-list">{drop}</div></div>' if subs else ""
        items += f'<div class="nav-item"><a href="{href}" class="nav-link">{label}</a>{drop}</div>'
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" '
        f'content="IE=7" /><title>{title}</title><meta name="keywords" content="{PC_NAME}">'
        f'<meta name="description" content="{PC_NAME}"><link href="/statics/css/reset.css" rel="stylesheet" '
        'type="text/css" /><link href="/statics/css/default_blue.css" rel="stylesheet" type="text/css" />'
        '<script type="text/javascript" src="/statics/js/jquery.min.js"></script><script type="text/javascript" '
        'src="/statics/js/jquery.sgallery.js"></script></head><body><div class="body-top"><div class="content">'
        '<div class="login lh24 blue"><a href="/index.php?m=member&c=index&a=login">登录</a></div></div></div>'
        f'<div class="header"><div class="logo lf"><a href="/"><img src="/statics/images/v9/logo.jpg" alt="{PC_NAME}" />'
        '</a></div><div class="search"><form action="/index.php" method="get" target="_blank"><input '
        'type="hidden" name="m" value="search"/><input type="text" name="q" id="q"/><input type="submit" '
        'value="搜 索" /></form></div></div>'
        f'<div class="nav"><div class="nav-wrap">{items}</div></div>'
        f'<div class="main"><div class="col-left">{main}</div>{side}</div>'
        f'<div class="footer"><p class="info">版权所有：{PC_NAME}　地址：临江区西园路9号　电话：0574-87222222　'
        '浙ICP备07000000号</p><p>Powered by <strong><a href="http://www.phpcms.cn" target="_blank">PHPCMS</a></strong> '
        "<em>v9</em> &copy; 2021</p></div></body></html>"
    )


def pc_crumbs(*crumbs, leaf=""):
    trail = "".join(f'<a href="{u}">{t}</a><span> &gt; </span>' for t, u in crumbs)
    return f'<div class="crumbs">当前位置：<a href="/">首页</a><span> &gt; </span>{trail}{leaf}</div>'


def pc_pager(url, k, pages, total):
    """PHPCMS v9's pages(): N条, 上一页 (page 0 on page 1), the numbers, 下一页 (the last page's goes to itself)."""
    if pages < 2:
        return ""
    out = f'<a class="a1">{total}条</a> <a href="{url(k - 1)}" class="a1">上一页</a>'
    out += " <span>1</span>" if k == 1 else f' <a href="{url(1)}">1</a>'
    out += "".join(f" <span>{i}</span>" if i == k else f' <a href="{url(i)}">{i}</a>' for i in range(2, pages))
    if k < pages:
        out += f' <a href="{url(pages)}">{pages}</a> <a href="{url(k + 1)}" class="a1">下一页</a>'
    else:
        out += f' <span>{pages}</span> <a href="{url(k)}" class="a1">下一页</a>'
    return f'<div id="pages" class="text-c">{out}</div>'


def pc_hits(a):
    return 30 + a.aid % 170


def pc_side(arts):
    """The default templates' side boxes: the category's most read articles (频道总排行) and this month's (频道本月排行,
    with their counts), which may name the page's own article."""
    top = sorted(arts, key=lambda a: (-pc_hits(a), a.aid))[:10]
    month = sorted(arts, key=lambda a: (-(a.aid * 37 % 101), a.aid))[:8]
    digg = "".join(f'<li><a href="{a.path}" target="_blank">{a.title}</a></li>' for a in top)
    rank = "".join(f"<li><span>{a.aid * 37 % 101}</span><a href=\"{a.path}\" class=\"title\" title=\"{a.title}\">"
                   f"{short(a.title, 16)}</a></li>" for a in month)  # fmt: skip
    return (f"<div class=\"col-auto\"><div class=\"box\"><h5 class=\"title-2\">频道总排行</h5><ul class=\"content digg\">"
            f"{digg}</ul></div><div class=\"bk10\"></div><div class=\"box\"><h5 class=\"title-2\">频道本月排行</h5>"
            f"<ul class=\"content rank\">{rank}</ul></div></div>")  # fmt: skip


def pc_rows(arts):
    """The default list.html's rows: the time, then the title; a separator after every fifth row."""
    out = ""
    for n, a in enumerate(arts, 1):
        out += (f"<li><span class=\"rt\">{a.when:%Y-%m-%d %H:%M:%S}</span>·<a href=\"{a.path}\" target=\"_blank\">"
                f"{a.title}</a></li>")  # fmt: skip
        if n % 5 == 0:
            out += '<li class="bk20 hr"><hr /></li>'
    return f'<ul class="list lh24 f14">{out}</ul>'


def pc_list_pages(name, rows, per, url, side):
    pages = -(-len(rows) // per)
    out = {}
    for k in range(1, pages + 1):
        main = (pc_crumbs((name, url(1)), leaf="列表") + "<div class=\"box cat-area\"><div class=\"content\">"
                + pc_rows(rows[(k - 1) * per : k * per]) + "</div></div>" + pc_pager(url, k, pages, len(rows)))  # fmt: skip
        out[url(k)] = pc_page(f"{name} - {PC_NAME}", main, side)
    return out


def pc_show_page(a, name, list_url, prev, nxt, related, side):
    """The default show.html: the date and 来源 in a span inside the <h1>, a comment iframe, the hits script."""
    around = ""
    for label, other, none in (("上一篇", prev, "第一页"), ("下一篇", nxt, "最后一页")):
        link = (
            f'<a href="{other.path}">{other.title}</a>'
            if other
            else f"<a href=\"javascript:alert('{none}');\">{none}</a>"
        )
        around += f"<strong>{label}：</strong>{link}<br />"
    rel = "".join(f"<li>·<a href=\"{r.path}\" target=\"_blank\">{r.title}</a><span>({r.day})</span></li>"
                  for r in related)  # fmt: skip
    catid = re.search(r"catid=(\d+)", a.path).group(1)
    main = (
        pc_crumbs((name, list_url), leaf=" 正文")
        + f'<div id="Article"><h1>{a.title}<br /><span>{a.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;&nbsp;来源：{a.source}'
        '&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a></span></h1>'
        f'<div class="content">{a.body}</div><div id="pages" class="text-c"></div>'
        f'<p class="f14">{around}</p><div class="related"><h5 class="blue">延伸阅读：</h5>'
        f'<ul class="list blue lh24 f14">{rel}</ul></div><div class="bk15"></div>'
        f'<div class="Article-Tool">分享到：<a href="javascript:;" onclick="add_favorite(\'{a.title}\');" '
        'class="t6">收藏</a></div>'
        f'<iframe src="/index.php?m=comment&c=index&a=init&commentid=content_{catid}-{a.aid}-1&iframe=1" width="100%" '
        'height="100%" id="comment_iframe" frameborder="0" scrolling="no"></iframe></div>'
        f'<script language="JavaScript" src="/api.php?op=count&id={a.aid}&modelid=1"></script>'
    )
    return pc_page(f"{a.title} - {name} - {PC_NAME}", main, side)


def pc_news_page(a, prev, nxt, newest, side):
    """The school's own template of the static news column: a title div, an info line, 点击 filled by the script."""
    around = "".join(f"<p>{label}：<a href=\"{o.path}\">{o.title}</a></p>" if o else f"<p>{label}：没有了</p>"
                     for label, o in (("上一篇", prev), ("下一篇", nxt)))  # fmt: skip
    latest = "".join(f"<li><a href=\"{r.path}\" title=\"{r.title}\">{short(r.title, 16)}</a><span>{r.when:%m-%d}</span>"
                     "</li>" for r in newest if r is not a)  # fmt: skip
    main = (
        pc_crumbs(("校园新闻", PC_XYXW), leaf=" 正文")
        + f'<div class="art"><div class="art-title"><h2>{a.title}</h2></div><div class="art-info">发布时间：'
        f'{a.when:%Y-%m-%d %H:%M}&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;点击：<span id="hits">0</span>次</div>'
        f'<div class="art-content">{a.body}</div><div class="art-pn">{around}</div></div>'
        f'<script language="JavaScript" src="/api.php?op=count&id={a.aid}&modelid=1"></script>'
    )
    box = f'<div class="box"><h5 class="title-2">最新新闻</h5><ul class="content news-new">{latest}</ul></div>'
    return pc_page(f"{a.title} - 校园新闻 - {PC_NAME}", main, f'<div class="col-auto">{box}{side}</div>')


PC_ABOUT_TEXT = (
    f"<p>　　{PC_NAME}是一所九年一贯制公办学校，创办于2003年，现有教学班四十二个，学生一千八百余名，教职工一百六十余人。</p>"
    "<p>　　学校以“让每一个生命精彩绽放”为办学理念，以“博学、善思、健体、尚美”为校训，先后被评为省示范性家长学校、"
    "市现代化学校、市艺术特色学校。</p><p>　　学校占地六十余亩，拥有塑胶运动场、室内体育馆、创客实验室等现代化教学设施。</p>"
)


def phpcms_site():
    site = {}
    tz_titles = titles(["2021年春季开学", "清明节放假", "“五一”放假", "端午节放假", "一年级新生报名", "期末考试",
                        "暑假放假", "学生体质健康测试", "校服征订", "课后服务报名", "午餐费收取", "家长会", "防汛安全"],
                       ["工作安排的通知", "有关事项的通知", "致家长的一封信"], 35)  # fmt: skip
    tzgg = [Art("", t, w, "校长办公室") for t, w in zip(tz_titles, days("2021-06-30 15:30", 35, 4))]
    xw_titles = titles(["我校", "少先队大队部", "一年级", "六年级", "校管乐团", "七年级", "校篮球队"],
                       ["举行开学典礼", "开展消防演练", "参观博物馆", "获市级比赛一等奖", "举行入队仪式",
                        "开展研学旅行", "举行读书分享会", "开展垃圾分类宣传"], 28)  # fmt: skip
    xyxw = [Art("", t, w, "德育处") for t, w in zip(xw_titles, days("2021-06-28 11:00", 28, 5))]
    sfgs = [Art("", t, w, "总务处") for t, w in zip(["2021年春季学期收费公示", "2021年春季学期代收费项目公示",
                                                 "2020年秋季学期午餐费结算公示"], days("2021-02-26 09:00", 3, 120))]  # fmt: skip
    cats = {id(a): c for c, arts in ((12, tzgg), (13, xyxw), (17, sfgs)) for a in arts}

    def path(a):
        if cats[id(a)] == 13:
            return f"/html/{a.when:%Y}/xyxw_{a.when:%m%d}/{a.aid}.html"
        return pc_show(cats[id(a)], a.aid)

    numbered(tzgg + xyxw + sfgs, 301, path)
    for k, a in enumerate(tzgg + xyxw + sfgs):
        a.body = prose(a.title, PC_NAME, k + 5)
    scan = tzgg[5]  # an image-only notice
    picture = f"/uploadfile/{scan.when:%Y/%m%d}/{scan.when:%Y%m%d%H%M}{scan.aid}.png"
    scan.body = f'<p style="text-align: center;"><img alt="" src="{picture}" style="width: 640px;" /></p>'
    site[picture] = IMAGE
    shared = xyxw[2]  # a news item pushed to 通知公告 (推送: a link to the news item's own URL)
    listed = sorted([*tzgg, shared], key=lambda a: a.when, reverse=True)

    def tz_url(j):
        return pc_lists(12, j)

    site.update(pc_list_pages("通知公告", listed, 13, tz_url, pc_side(tzgg)))  # 13, 13, 10
    site[pc_lists(12)] = site[pc_lists(12, 0)] = site[pc_lists(12, 1)]  # page=0 and page=1: the first page
    site.update(pc_list_pages("校园新闻", xyxw, 15, pc_static, ""))  # 15, 13
    site[PC_XYXW] = site[pc_static(1)]
    site.update(pc_list_pages("收费公示", sfgs, 15, lambda j: pc_lists(17, j), pc_side(sfgs)))
    site[pc_lists(17)] = site.pop(pc_lists(17, 1))
    for name, list_url, arts in (("通知公告", pc_lists(12), tzgg), ("收费公示", pc_lists(17), sfgs)):
        for i, a in enumerate(arts):
            prev, nxt = arts[i + 1] if i + 1 < len(arts) else None, arts[i - 1] if i else None
            related = [r for r in arts[:4] if r is not a][:3]
            site[a.path] = pc_show_page(a, name, list_url, prev, nxt, related, pc_side(arts))
    for i, a in enumerate(xyxw):
        prev, nxt = xyxw[i + 1] if i + 1 < len(xyxw) else None, xyxw[i - 1] if i else None
        site[a.path] = pc_news_page(a, prev, nxt, xyxw[:6], "")
    for a in tzgg + xyxw + sfgs:
        site[f"/api.php?op=count&id={a.aid}&modelid=1"] = (
            200, f"$('#todaydowns').html('1');$('#weekdowns').html('3');$('#monthdowns').html('9');\n"
                 f"$('#hits').html('{pc_hits(a)}');", "application/javascript")  # fmt: skip
    # 学校简介: a single page (page.html); 信息公开: the catalog of the categories
    about = (pc_crumbs(("信息公开", PC_CATALOG), ("学校简介", PC_ABOUT))
             + f"<div id=\"Article\"><h1>学校简介</h1><div class=\"content\">{PC_ABOUT_TEXT}</div></div>")  # fmt: skip
    site[PC_ABOUT] = site[f"{PC_ABOUT}index.html"] = pc_page(f"学校简介 - {PC_NAME}", about)
    catalog = (
        pc_crumbs(("信息公开", PC_CATALOG))
        + '<div class="box cat-area"><h5 class="title-2">信息公开目录</h5><div class="content"><table '
        'class="gkml" width="100%"><tr><th width="25%">类别</th><th>公开内容</th></tr>'
        f'<tr><td>基本信息</td><td><a href="{PC_ABOUT}">学校简介</a></td></tr>'
        f'<tr><td>收费信息</td><td><a href="{pc_lists(17)}">收费公示</a></td></tr>'
        f'<tr><td>工作动态</td><td><a href="{pc_lists(12)}">通知公告</a>　<a href="{PC_XYXW}">校园新闻</a></td></tr>'
        "</table></div></div>"
    )
    site[PC_CATALOG] = site[f"{PC_CATALOG}index.html"] = pc_page(f"信息公开 - {PC_NAME}", catalog)
    tz = "".join(f"<li><span class=\"rt\">{a.when:%m-%d}</span><a href=\"{a.path}\" title=\"{a.title}\" "
                 f"target=\"_blank\">{short(a.title, 18)}</a></li>" for a in listed[:8])  # fmt: skip
    xw = "".join(f"<li><a href=\"{a.path}\" title=\"{a.title}\" target=\"_blank\">{short(a.title, 18)}</a>"
                 f"<span>{a.day}</span></li>" for a in xyxw[:6])  # fmt: skip
    home = (
        f'<div class="box"><h5 class="title-2"><span class="rt"><a href="{pc_lists(12)}" class="more">更多&gt;&gt;'
        f'</a></span>通知公告</h5><ul class="content list">{tz}</ul></div>'
        f'<div class="box"><h5 class="title-2"><span class="rt"><a href="{PC_XYXW}" class="more">更多&gt;&gt;'
        f'</a></span>校园新闻</h5><ul class="content list">{xw}</ul></div>'
        f'<div class="box"><h5 class="title-2">信息公开</h5><div class="content"><a href="{PC_CATALOG}">'
        f'信息公开目录</a>　<a href="{pc_lists(17)}">收费公示</a>　<a href="{PC_ABOUT}">学校简介</a></div></div>'
    )
    site["/"] = site["/index.html"] = pc_page(PC_NAME, home)
    return site, {a.path: a for a in tzgg + xyxw + sfgs}


# ---- the fixtures are the sites they claim to be ------------------------------------------------------------------


def test_the_hanweb_fixture_is_the_site_it_claims_to_be():
    site, truth = hanweb_site()
    assert len(html_pages(site)) <= 120
    assert len(truth) == 36 + 51 + 6 + 3
    records = re.compile(r"<record><!\[CDATA\[\s*<li><a href=\"([^\"]+)\"")
    news_page, notices_page = site[hw_col(HW_NEWS)], site[hw_col(HW_NOTICES)]
    assert len(records.findall(news_page)) == 36 and "splitpage('unitobj',4566,36,15" in news_page
    in_page = records.findall(notices_page)
    assert len(in_page) == HW_GROUP and "splitpage('unitobj',4567,52,15" in notices_page
    # the seven oldest rows of 通知公告: only dataproxy.jsp answers them, and no page links them
    with static_site(Server(site)) as url:
        query = hw_form(HW_NOTICES, urllib.parse.quote(HW_NAME))
        with urllib.request.urlopen(f"{url}{HW_PROXY}?{HW_NEXT_GROUP}&{query}") as resp:
            later = records.findall(resp.read().decode("utf-8"))
    assert len(later) == 7 and not set(later) & set(in_page) and set(later) <= set(truth)
    pages = [v for p, v in site.items() if isinstance(v, str) and p not in later]
    assert not any(p in page for p in later for page in pages)
    docs = site[hw_col(HW_POLICY)]
    assert docs.count('<record><![CDATA[\n<table width="100%" class="xxgk-row">') == 6
    for page in (site[p] for p in truth):
        assert "<!--<$[信息内容]>begin-->" in page and "<meta name='ArticleTitle'" in page
    assert "生成日期" in site[next(p for p in truth if f"_{HW_POLICY}_" in p)]


def test_the_dedecms_fixture_is_the_site_it_claims_to_be():
    site, truth = dede_site()
    assert len(html_pages(site)) <= 120
    assert len(truth) == 39 + 27 + 3
    assert {"/a/tzgg/", "/a/tzgg/list_5_2.html", "/a/tzgg/list_5_3.html", "/a/xyxw/list_3_2.html"} <= set(site)
    assert "/a/tzgg/list_5_4.html" not in site and "/a/xyxw/list_3_3.html" not in site
    first = site["/a/tzgg/"]
    assert "<li><a>首页</a></li><li class=\"thisclass\">1</li><li><a href='list_5_2.html'>2</a></li>" in first
    assert "<li><a href='list_5_2.html'>下一页</a></li><li><a href='list_5_3.html'>末页</a></li>" in first
    assert "共 <strong>3</strong>页<strong>40</strong>条" in first
    a = next(a for a in truth.values() if a.path.startswith("/a/tzgg/2021/"))
    assert re.fullmatch(r"/a/tzgg/2021/\d{4}/\d+\.html", a.path)
    assert f"<small>时间:</small>{a.when:%Y-%m-%d %H:%M}<small>来源:</small>" in site[a.path]
    assert f"/plus/count.php?view=yes&aid={a.aid}&mid=1" in site


def test_the_phpcms_fixture_is_the_site_it_claims_to_be():
    site, truth = phpcms_site()
    assert len(html_pages(site)) <= 120
    assert len(truth) == 35 + 28 + 3
    first = site[pc_lists(12)]
    assert site[pc_lists(12, 0)] == first and f'<a href="{pc_lists(12, 0)}" class="a1">上一页</a>' in first
    assert pc_lists(12, 3) in site and pc_lists(12, 4) not in site
    assert '<a class="a1">36条</a>' in first and first.count('<li class="bk20 hr">') == 2
    assert f'<a href="{PC_XYXW}list-13-2.html">2</a>' in site[PC_XYXW] and f"{PC_XYXW}list-13-3.html" not in site
    shows = [p for p in truth if p.startswith("/index.php?m=content&c=index&a=show&catid=12&id=")]
    statics = [p for p in truth if re.fullmatch(r"/html/2021/xyxw_\d{4}/\d+\.html", p)]
    assert len(shows) == 35 and len(statics) == 28
    a = truth[shows[0]]
    assert f"<h1>{a.title}<br /><span>{a.when:%Y-%m-%d %H:%M:%S}" in site[a.path]
    assert f"/api.php?op=count&id={a.aid}&modelid=1" in site


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {"hanweb": hanweb_site, "dedecms": dede_site, "phpcms": phpcms_site}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    site, truth = SITES[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, Server(site), truth, query_order_free, db)


def describe(crawled, paths):
    return "\n".join(f"{p} {crawled.truth[p].title} {crawled.truth[p].day}" for p in paths)


def test_every_article_is_archived(crawled):
    """Recall: every article the site publishes, whichever list, pager or data store leads to it."""
    missing = sorted(set(crawled.truth) - set(crawled.got))
    assert missing == [], (
        f"{len(missing)} of {len(crawled.truth)} missing:\n{describe(crawled, missing)}\n{crawled.log}"
    )


def test_nothing_but_articles_is_archived(crawled):
    """Precision: no list page, catalog, home page or single-page column (学校简介, 单位简介) stored as an article."""
    extra = sorted(set(crawled.got) - set(crawled.truth))
    assert extra == [], "\n".join(f"{p}: {crawled.got[p]}" for p in extra) + f"\n{crawled.log}"


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
