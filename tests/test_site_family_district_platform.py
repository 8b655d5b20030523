"""A whole district school-affairs disclosure platform (区中小学校务公开平台), written by hand in the markup of a
government 站群 (site-group) CMS of the TRS WCM kind and crawled with nothing but the home page's address. The
education bureau's main site carries the platform: a banner, the bureau's 教育动态 and 通知公告 boxes, a 最新公开
box of the schools' newest disclosures (each row tagged with its school) and a 学校信息公开 table of nine schools by
学段, each school a sub-site of the group (/school/sysx/). Each sub-site has the group's school template: a left
menu of its disclosure columns (党务公开; 校务公开 > 学校概况, 收费公示, 招生信息; 财务公开), a sub-site home of
boxes of the newest rows, side boxes of undated links (热点信息, 便民服务) and a footer with 版权所有, 网站标识码 and
the ICP and 公安 numbers. The archive must hold exactly the records the site was generated with (article pages
and the PDF files that fund lists link row by row), each with its title, its day and its school.

* Links are TRS's: relative to the page (./202305/t20230506_4512345.html, ../sfgs/, ../../), list folders
  answered at index.html, their later pages index_1.html, index_2.html …; breadcrumbs of ``CurrChnlCls`` links.
* The bureau's columns page with ``createPageHTML(2, 0, "index", "html")`` (the function in /images/page.js,
  nothing written without a browser); the school template writes its pager inline (var currentPage = 0;//所在页从0
  开始 … var countPage = 3//共多少页, then document.write of each link), ten rows a page.
* Bureau articles carry the 政府网站 metas (ArticleTitle, PubDate, ContentSource); school articles do not: their
  title, then 信息来源：…　发布日期：2023-05-06　浏览次数：<script src=…count.jsp…>, the body in ``<div
  class="TRS_Editor">`` after its <style> block, attachments (./P020230506….pdf). 收费公示 and 招生信息 articles add
  a 信息公开 table (索引号, 发布机构, 成文日期 two days before the 发布日期, 文号).
* 财务公开 rows (and some 收费公示 rows) link their files directly: ./202303/P020230315….pdf, dated. Each file is a
  record the archive holds, under its row's title and day. One school's 收费公示 is empty (暂无信息, countPage = 1);
  学校概况 is an undated single page (not an article); one 招生信息 article is also listed in 收费公示; the 校务公开
  folder is a page of its sub-columns' boxes.

A static server (the group publishes files): a folder's address answers its index.html. No page is copied from a
real site; names and hosts are made up."""

import posixpath
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import check_exact_articles, check_titles_and_days, crawl_site, days, prose, short, titles

BUREAU = "云澜区教育局"
PLATFORM = "云澜区中小学校务公开平台"
SITE_CODE = "3311990012"
PER_PAGE, BUREAU_PER_PAGE = 10, 15
JS = (200, "/* TRS */", "application/javascript")


def file_bytes(kind, key):
    """A small file of its own (no two records share their bytes)."""
    if kind == "pdf":
        return (200, f"%PDF-1.4\n% {key}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".encode(), "application/pdf")
    return (200, b"PK\x03\x04" + key.encode() + b"\x00" * 60, "application/vnd.openxmlformats-officedocument")


@dataclass
class Art:
    path: str  # the record's URL path: an article page, or the file a list row links
    title: str
    when: datetime
    school: str | None = None  # None: the bureau's own
    source: str = ""
    body: str = ""
    docid: int = 0
    pdf: bool = False  # a file linked by its row: the row's title and day are the record's
    files: tuple = ()  # (url relative to the article, name)
    table: bool = False  # the 信息公开 metadata table

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def rel(here, there):
    """A link as TRS writes it: relative to the page's folder (./202305/t….html, ../sfgs/, ../../)."""
    start = posixpath.dirname(here)
    r = posixpath.relpath(there, start)
    if r == ".":
        return "./"
    r += "/" if there.endswith("/") else ""
    return r if r.startswith(".") else "./" + r


# ---- the schools ------------------------------------------------------------------------------------------------

# slug, name, 学段, rows per column: {column: (pages, files)}
SCHOOLS = (
    ("sysx", "云澜区实验小学", "小学", {"dwgk": (14, 0), "sfgs": (5, 1), "zsxx": (23, 0), "cwgk": (3, 9)}),
    ("dyzx", "云澜区第一中学", "初中", {"dwgk": (21, 0), "sfgs": (0, 0), "zsxx": (12, 0), "cwgk": (0, 7)}),
    ("cdxx", "云澜区城东小学", "小学", {"dwgk": (5, 0), "sfgs": (2, 1), "zsxx": (11, 0), "cwgk": (0, 4)}),
    ("jbzx", "云澜区江滨中学", "初中", {"dwgk": (3, 0), "sfgs": (2, 0), "zsxx": (2, 0), "cwgk": (0, 2)}),
    ("wclxx", "云澜区文昌路小学", "小学", {"dwgk": (2, 0), "sfgs": (1, 0), "zsxx": (3, 0), "cwgk": (0, 1)}),
    ("dezx", "云澜区第二中学", "初中", {"dwgk": (4, 0), "sfgs": (1, 1), "zsxx": (1, 0), "cwgk": (0, 2)}),
    ("fmyey", "云澜区凤鸣幼儿园", "幼儿园", {"dwgk": (2, 0), "sfgs": (1, 0), "zsxx": (2, 0), "cwgk": (0, 1)}),
    ("zygz", "云澜区职业高中", "高中", {"dwgk": (3, 0), "sfgs": (1, 0), "zsxx": (1, 0), "cwgk": (1, 1)}),
    ("tjxx", "云澜区特殊教育学校", "特殊教育", {"dwgk": (1, 0), "sfgs": (1, 0), "zsxx": (1, 0), "cwgk": (0, 1)}),
)
STAGES = ("幼儿园", "小学", "初中", "高中", "特殊教育")
COLUMNS = {  # code: (name, folder under the school's, parent code)
    "dwgk": ("党务公开", "dwgk/", None),
    "xwgk": ("校务公开", "xwgk/", None),
    "xxgk": ("学校概况", "xwgk/xxgk/", "xwgk"),
    "sfgs": ("收费公示", "xwgk/sfgs/", "xwgk"),
    "zsxx": ("招生信息", "xwgk/zsxx/", "xwgk"),
    "cwgk": ("财务公开", "cwgk/", None),
}
LISTED = ("dwgk", "sfgs", "zsxx", "cwgk")
CUR = ' class="cur"'  # the side menu's current column


def nick(name):
    return name.removeprefix("云澜区")


def school_root(slug):
    return f"/school/{slug}/"


def column_dir(slug, col):
    return school_root(slug) + COLUMNS[col][1]


def list_url(folder, k):
    """A TRS column's page k (0 first): index.html, index_1.html, index_2.html …"""
    return f"{folder}index.html" if k == 0 else f"{folder}index_{k}.html"


def trs_inline_pager(count, current):
    """The school template's pager: the count and current page in variables, each link written by the script."""
    script = """<script language="JavaScript">
var currentPage = @CUR@;//所在页从0开始
var prevPage = currentPage-1//上一页
var nextPage = currentPage+1//下一页
var countPage = @COUNT@//共多少页
document.write("共"+countPage+"页&nbsp;&nbsp;");
if(countPage>1&&currentPage!=0&&currentPage!=1)
	document.write("<a href=\\"index"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");
else if(countPage>1&&currentPage!=0&&currentPage==1)
	document.write("<a href=\\"index.html\\">上一页</a>&nbsp;");
else
	document.write("上一页&nbsp;");
for(var i=0;i<countPage;i++){
	if(countPage >1){
	if(currentPage==i)
		document.write("<span style=\\"color:#FF0000;\\">"+(i+1)+"</span>&nbsp;");
	else if(i==0)
		document.write("<a href=\\"index.html\\">"+(i+1)+"</a>&nbsp;");
	else
		document.write("<a href=\\"index"+"_" + i + "."+"html\\">"+(i+1)+"</a>&nbsp;");
	}
}
if(countPage>1&&currentPage!=(countPage-1))
	document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\" >下一页</a>&nbsp;");
else
	document.write("下一页&nbsp;");
</script>"""
    return f'<div class="page">{script.replace("@CUR@", str(current)).replace("@COUNT@", str(count))}</div>'


def school_menu(here, slug, current):
    """The sub-site's left menu of its disclosure columns (校务公开 with its sub-columns)."""
    items = ""
    for col in ("dwgk", "xwgk", "cwgk"):
        name = COLUMNS[col][0]
        on = ' class="on"' if current in (col, *(c for c, v in COLUMNS.items() if v[2] == col)) else ""
        subs = "".join(
            f'<li{CUR if c == current else ""}><a href="{rel(here, column_dir(slug, c))}">{v[0]}</a></li>'
            for c, v in COLUMNS.items()
            if v[2] == col
        )
        items += (f'<li{on}><a href="{rel(here, column_dir(slug, col))}" class="lv1">{name}</a>'
                  + (f'<ul class="lv2">{subs}</ul>' if subs else "") + "</li>")  # fmt: skip
    return f'<div class="sub_nav"><h3>信息公开目录</h3><ul>{items}</ul></div>'


def school_side(here, hot):
    """Side boxes of undated links: 热点信息 (some of the school's records) and 便民服务."""
    lis = "".join(f'<li><a href="{rel(here, a.path)}" target="_blank" title="{a.title}">{short(a.title, 14)}</a></li>'
                  for a in hot)  # fmt: skip
    return (
        f'<div class="side_box"><div class="side_tit">热点信息</div><ul class="hot">{lis}</ul></div>'
        '<div class="side_box"><div class="side_tit">便民服务</div><ul class="links">'
        '<li><a href="/tzgg/" target="_blank">教育局通知公告</a></li>'
        '<li><a href="http://zwfw.yunlan.example.gov.cn/" target="_blank">政务服务网</a></li>'
        '<li><a href="http://12345.yunlan.example.gov.cn/" target="_blank">12345热线</a></li></ul></div>'
    )


def position(here, crumbs):
    """TRS's channel path: the sub-site first, each link of class CurrChnlCls."""
    trail = "&nbsp;&gt;&nbsp;".join(f'<a href="{rel(here, u)}" title="{t}" class="CurrChnlCls">{t}</a>'
                                    for t, u in crumbs)  # fmt: skip
    return f'<div class="position">当前位置：{trail}</div>'


def school_crumbs(slug, name, col):
    out = [(name, school_root(slug))]
    parent = COLUMNS[col][2] if col else None
    if parent:
        out.append((COLUMNS[parent][0], column_dir(slug, parent)))
    if col:
        out.append((COLUMNS[col][0], column_dir(slug, col)))
    return out


def school_page(here, slug, name, title, main):
    nav = "".join(f'<li><a href="{rel(here, column_dir(slug, c))}">{COLUMNS[c][0]}</a></li>'
                  for c in ("dwgk", "xwgk", "cwgk"))  # fmt: skip
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<title>{title}</title>\n'
        f'<link href="{rel(here, "/school/images/school.css")}" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="/images/jquery.min.js"></script>\n</head>\n<body>\n'
        f'<div class="top"><div class="w1000"><span class="fl">欢迎访问{name}校务公开网！</span><span class="fr">'
        '<a href="/" target="_blank">平台首页</a> | <a href="javascript:void(0)" '
        'onclick="AddFavorite(window.location,document.title)">加入收藏</a></span></div></div>\n'
        f'<div class="banner"><div class="w1000"><img src="{rel(here, school_root(slug) + "images/logo.png")}" '
        f'alt="{name}" /><h1 class="school_name">{name}</h1><p class="en">校务信息公开</p></div></div>\n'
        f'<div class="menu"><ul><li><a href="{rel(here, school_root(slug))}">学校首页</a></li>{nav}'
        '<li><a href="/">返回平台</a></li></ul></div>\n'
        f'<div class="w1000 main">\n{main}\n</div>\n'
        f'<div class="footer"><p>版权所有：{name}　主管单位：{BUREAU}　地址：云澜区学府路{len(slug) * 11}号</p>'
        f'<p>网站标识码：{SITE_CODE}　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备12034567号-3</a>　'
        '<img src="/images/gongan.png" alt="" />浙公网安备 33110202000123号</p></div>\n</body>\n</html>'
    )


def school_row(here, a, cut=24):
    return (f'<li><a href="{rel(here, a.path)}" target="_blank" title="{a.title}">{short(a.title, cut)}</a>'
            f'<span class="date">{a.day}</span></li>')  # fmt: skip


def meta_table(a, name, col):
    written = a.when.replace(day=max(1, a.when.day - 2))
    return (
        '<table class="xxgk_table" width="100%" border="0" cellspacing="0" cellpadding="0">'
        f"<tr><th>索引号：</th><td>11331102{a.docid % 1000:03d}/{a.when:%Y}-{a.docid % 100000:05d}</td>"
        f"<th>主题分类：</th><td>教育/{COLUMNS[col][0]}</td></tr>"
        f"<tr><th>发布机构：</th><td>{name}</td><th>成文日期：</th><td>{written:%Y-%m-%d}</td></tr>"
        f"<tr><th>文　　号：</th><td></td><th>发布日期：</th><td>{a.day}</td></tr>"
        f'<tr><th>标　　题：</th><td colspan="3">{a.title}</td></tr></table>'
    )


def counter(a):
    return f"/counter/count.jsp?docid={a.docid}"


EDITOR_STYLE = ('<style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:2;'
                "font-family:宋体;font-size:12pt;}.TRS_Editor TD{font-size:12pt;}</style>")  # fmt: skip


def school_article(a, slug, name, col, hot):
    here = a.path
    files = "".join(f'<p><a href="{u}" OLDSRC="/protect/{u[2:]}" target="_blank">{n}</a></p>' for u, n in a.files)
    files = f'<div class="appendix"><span>附件：</span>{files}</div>' if files else ""
    main = (
        f'<div class="left">{school_menu(here, slug, col)}{school_side(here, hot)}</div>\n'
        f'<div class="right">{position(here, school_crumbs(slug, name, col))}\n<div class="article">'
        + (meta_table(a, name, col) if a.table else "")
        + f'<div class="art_tit">{a.title}</div>\n<div class="art_info">信息来源：{a.source}&nbsp;&nbsp;&nbsp;'
        f'发布日期：{a.day}&nbsp;&nbsp;&nbsp;浏览次数：<script type="text/javascript" src="{counter(a)}"></script>'
        '&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
        '<a href="javascript:doZoom(14)">小</a>】</div>\n'
        f'<div class="art_con"><div class="TRS_Editor">{EDITOR_STYLE}{a.body}</div></div>\n{files}'
        '<div class="art_btn">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">'
        "关闭窗口</a>】</div></div></div>"
    )
    return school_page(here, slug, name, f"{a.title}_{name}", main)


def school_list_pages(site, slug, name, col, rows, hot):
    folder = column_dir(slug, col)
    count = max(1, -(-len(rows) // PER_PAGE))
    for k in range(count):
        here = list_url(folder, k)
        part = rows[k * PER_PAGE : (k + 1) * PER_PAGE]
        lis = "".join(school_row(here, a) for a in part) or '<li class="no_data">暂无信息</li>'
        main = (
            f'<div class="left">{school_menu(here, slug, col)}{school_side(here, hot)}</div>\n'
            f'<div class="right">{position(here, school_crumbs(slug, name, col))}\n'
            f'<div class="list_tit"><span>{COLUMNS[col][0]}</span></div>\n<ul class="list">{lis}</ul>\n'
            f"{trs_inline_pager(count, k)}</div>"
        )
        site[here] = school_page(here, slug, name, f"{COLUMNS[col][0]}_{name}", main)
    site[folder] = site[list_url(folder, 0)]


def box(here, title, more, rows, cut=20):
    lis = "".join(school_row(here, a, cut) for a in rows) or '<li class="no_data">暂无信息</li>'
    return (f'<div class="box"><div class="box_tit"><h3>{title}</h3><a href="{rel(here, more)}" class="more">更多&gt;&gt;'
            f'</a></div><ul class="box_list">{lis}</ul></div>')  # fmt: skip


def about(name, stage):
    return "".join(f"<p>　　{p}</p>" for p in (
        f"{name}创办于{1950 + len(name) * 3}年，是{BUREAU}直属的一所公办{stage}，现有教学班{20 + len(name)}个，"
        f"学生{800 + 37 * len(name)}余人，教职工{60 + 4 * len(name)}人。",
        "学校坚持立德树人根本任务，以“明德、笃学、健体、尚美”为校训，形成了鲜明的办学特色。",
        "学校先后获得市文明校园、市现代化学校、区教育教学质量优秀奖等荣誉。",
    ))  # fmt: skip


DW_TAILS = ("召开专题组织生活会", "开展主题党日活动", "组织学习党的二十大精神", "开展“三会一课”集中学习",
            "召开党员大会", "开展党风廉政建设警示教育", "开展志愿服务进社区活动")  # fmt: skip
ZS_TAILS = ("一年级新生招生简章", "秋季招生报名工作的通知", "招生学区范围公示", "新生入学资格审核结果公示",
            "插班生招生公告", "招生工作实施方案", "新生报名须知", "新生录取名单公示")  # fmt: skip
SF_TAILS = ("收费公示", "代收费项目公示", "午餐费收费公示", "课后服务收费公示", "校服费代收公示")
CW_TAILS = ("部门预算公开", "部门决算公开", "第一季度财务收支公示", "第二季度财务收支公示", "“三公”经费支出情况公示",
            "政府采购情况公示", "第三季度财务收支公示", "第四季度财务收支公示")  # fmt: skip
CW_PAGES = (
    "学生资助资金发放情况公示",
    "教育收费专项检查自查情况公示",
    "食堂伙食费收支情况公示",
    "家长委员会经费使用公示",
)


def school_records(slug, name, n, counts):
    """The records of a school's columns, each column newest first: {column: [Art]}."""
    who = nick(name)
    out = {}
    dw_pages, _ = counts["dwgk"]
    out["dwgk"] = [Art("", t, w, name, f"{name}党支部") for t, w in zip(
        titles((f"{who}党支部", "学校党支部", f"{who}党员教师"), DW_TAILS, dw_pages),
        days(f"2023-06-{26 - n} 16:30", dw_pages, 9))]  # fmt: skip
    zs_pages, _ = counts["zsxx"]
    out["zsxx"] = [Art("", t, w, name, f"{name}教务处", table=True) for t, w in zip(
        titles(("2023年", "2022年", "2021年"), ZS_TAILS, zs_pages, f"{who}{{}}{{}}"),
        days(f"2023-06-{20 - n} 09:00", zs_pages, 31))]  # fmt: skip
    sf_pages, sf_files = counts["sfgs"]
    sf = titles(("2023年秋季学期", "2023年春季学期", "2022年秋季学期", "2022年春季学期"), SF_TAILS, sf_pages + sf_files)
    files = ([k for k in range(1, len(sf), 3)] + [len(sf) - 1])[:sf_files]  # which rows link their files
    out["sfgs"] = [Art("", t, w, name, f"{name}总务处", table=True, pdf=k in files)
                   for k, (t, w) in enumerate(zip(sf, days(f"2023-05-{28 - n} 10:00", len(sf), 47)))]  # fmt: skip
    cw_pages, cw_files = counts["cwgk"]
    cw_docs = titles(("2023年", "2022年", "2021年"), CW_TAILS, cw_files)
    cw = [Art("", t, w, name, f"{name}财务室", pdf=True) for t, w in zip(cw_docs, days(f"2023-06-{23 - 2 * n:02d} 15:00",
                                                                                       cw_files, 40))]  # fmt: skip
    cw += [Art("", f"{t}（{who}）", w, name, f"{name}财务室")
           for t, w in zip(CW_PAGES[:cw_pages], days(f"2023-06-{15 - n:02d} 11:00", cw_pages, 53))]  # fmt: skip
    out["cwgk"] = sorted(cw, key=lambda a: a.when, reverse=True)
    assert sum(a.pdf for a in out["sfgs"]) == sf_files
    return out


# ---- the bureau's main site ----------------------------------------------------------------------------------------

BUREAU_COLUMNS = {"jydt": "教育动态", "tzgg": "通知公告"}


def bureau_page(title, main, metas=""):
    nav = "".join(f'<li><a href="/{c}/">{n}</a></li>' for c, n in BUREAU_COLUMNS.items())
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8" />\n'
        f'<title>{title}</title>\n<meta name="SiteName" content="{BUREAU}" />\n'
        f'<meta name="SiteDomain" content="jyj.yunlan.example.gov.cn" />\n<meta name="SiteIDCode" content="{SITE_CODE}" />'
        f'\n{metas}<link rel="stylesheet" href="/images/style.css" />\n'
        '<script type="text/javascript" src="/images/jquery.min.js"></script>\n'
        '<script type="text/javascript" src="/images/page.js"></script>\n</head>\n<body>\n'
        '<div class="head"><div class="w1200"><div class="logo"><img src="/images/logo.png" alt="" />'
        f'<span class="t1">{BUREAU}</span><span class="t2">{PLATFORM}</span></div>'
        '<div class="search"><form action="/was5/web/search" method="get" target="_blank"><input type="hidden" '
        'name="channelid" value="201512" /><input name="searchword" class="inp" /><input type="submit" value="搜索" />'
        "</form></div></div></div>\n"
        f'<div class="nav"><ul><li><a href="/">首页</a></li>{nav}<li><a href="/xxgkpt/">学校信息公开</a></li>'
        '<li><a href="http://www.yunlan.example.gov.cn/" target="_blank">区政府门户网站</a></li></ul></div>\n'
        f'<div class="w1200 main">\n{main}\n</div>\n'
        '<div class="foot"><div class="links">友情链接：<select onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">--教育网站--</option><option value="http://jyt.zj.example.gov.cn/">省教育厅</option>'
        '<option value="http://jyj.hz.example.gov.cn/">市教育局</option></select></div>'
        f"<p>主办单位：{BUREAU}　承办：{BUREAU}教育技术中心　地址：云澜区学府路1号　电话：0571-86001234</p>"
        f"<p>版权所有 © {BUREAU}　网站标识码：{SITE_CODE}　"
        '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备12034567号-1</a>　'
        '<img src="/images/gongan.png" alt="" />浙公网安备 33110202000101号</p></div>\n</body>\n</html>'
    )


PAGE_JS = """function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){ return; }
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0) document.write("<span>首页</span><span>上一页</span>");
	else {
		var nPreIndex = nCurrIndex - 1;
		var sPreFileExt = nPreIndex == 0 ? "" : ("_" + nPreIndex);
		document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a>");
		document.write("<a href=\\"" + _sPageName + sPreFileExt + "." + _sPageExt + "\\">上一页</a>");
	}
	if(nCurrIndex + 1 == _nPageCount) document.write("<span>下一页</span><span>尾页</span>");
	else {
		document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a>");
		document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt + "\\">尾页</a>");
	}
}"""


def bureau_article(a, col, newest):
    metas = (
        f'<meta name="ColumnName" content="{BUREAU_COLUMNS[col]}" />\n<meta name="ColumnType" content="'
        f'{BUREAU_COLUMNS[col]}" />\n<meta name="ArticleTitle" content="{a.title}" />\n'
        f'<meta name="PubDate" content="{a.when:%Y-%m-%d %H:%M}" />\n<meta name="ContentSource" content="{a.source}" />\n'
        f'<meta name="Keywords" content="" />\n<meta name="Author" content="{a.source}" />\n'
        f'<meta name="Description" content="{a.title}" />\n<meta name="Url" content="{a.path}" />\n'
    )
    related = "".join(f'<li><a href="{rel(a.path, r.path)}" title="{r.title}">{short(r.title, 20)}</a></li>'
                      for r in newest if r is not a)  # fmt: skip
    main = (
        f'<div class="position">当前位置：<a href="../../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../" '
        f'class="CurrChnlCls">{BUREAU_COLUMNS[col]}</a></div>\n<div class="detail"><div class="detail_tit">{a.title}'
        f'</div><div class="detail_info"><span>发布时间：{a.when:%Y-%m-%d %H:%M:%S}</span><span>来源：{a.source}</span>'
        '<span>【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
        '<a href="javascript:doZoom(14)">小</a>】</span></div>\n'
        f'<div class="detail_con"><div class="TRS_Editor">{EDITOR_STYLE}{a.body}</div></div></div>\n'
        f'<div class="side_box"><div class="side_tit">相关信息</div><ul>{related}</ul></div>'
    )
    return bureau_page(f"{a.title}_{BUREAU}", main, metas)


def bureau_list_pages(site, col, rows):
    count = -(-len(rows) // BUREAU_PER_PAGE)
    folder = f"/{col}/"
    for k in range(count):
        here = list_url(folder, k)
        trs = "".join(
            f'<tr><td class="bt"><a href="{rel(here, a.path)}" target="_blank" title="{a.title}">{short(a.title, 30)}'
            f'</a></td><td class="sj">{a.day}</td></tr>'
            for a in rows[k * BUREAU_PER_PAGE : (k + 1) * BUREAU_PER_PAGE]
        )
        main = (
            f'<div class="position">当前位置：<a href="{rel(here, "/")}" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;'
            f'<a href="./" class="CurrChnlCls">{BUREAU_COLUMNS[col]}</a></div>\n<div class="list_box"><div class="tit">'
            f'{BUREAU_COLUMNS[col]}</div><table class="list_tab" width="100%">{trs}</table>\n<div class="pagination">'
            f'<script type="text/javascript">createPageHTML({count}, {k}, "index", "html");</script></div></div>'
        )
        site[here] = bureau_page(f"{BUREAU_COLUMNS[col]}_{BUREAU}", main)
    site[folder] = site[list_url(folder, 0)]


def school_table(schools):
    """The 学校信息公开 block: the schools by 学段, each linking its sub-site."""
    trs = ""
    for stage in STAGES:
        tds = "".join(f'<td><a href="{school_root(s)}" target="_blank" title="{n}">{n}</a></td>'
                      for s, n, st, _ in schools if st == stage)  # fmt: skip
        trs += f'<tr><th width="90">{stage}</th>{tds}</tr>' if tds else ""
    return f'<table class="school_tab" width="100%" border="0" cellspacing="0" cellpadding="0">{trs}</table>'


# ---- the platform ------------------------------------------------------------------------------------------------


def district_site():
    site, truth = {}, []
    # the bureau's columns
    actors = ("区教育局", "实验小学", "第一中学", "区教研室", "城东小学", "江滨中学", "凤鸣幼儿园", "职业高中")
    events = ("举行中小学生运动会", "开展防溺水安全教育", "召开教学质量分析会", "举办青年教师基本功大赛",
              "开展校园食品安全检查", "举行读书节启动仪式", "召开家庭教育工作推进会", "开展教研开放周活动",
              "举行科技节闭幕式")  # fmt: skip
    jydt = [Art("", t, w, None, ("区教育局办公室", "区教研室", "基础教育科")[k % 3])
            for k, (t, w) in enumerate(zip(titles(actors, events, 24), days("2023-06-29 10:20", 24, 4)))]  # fmt: skip
    tasks = ("做好2023年暑期学生安全教育", "开展中小学作业管理专项督查", "做好义务教育招生入学工作",
             "开展校园安全隐患排查整治", "做好学生资助政策宣传", "开展中小学近视防控宣传月活动", "做好中考体育考试",
             "开展师德师风专题教育", "组织申报区级名师工作室")  # fmt: skip
    tzgg = [Art("", t, w, None, "区教育局办公室")
            for t, w in zip(titles(tasks, ("的通知",), 9, "关于{}{}"), days("2023-06-30 16:00", 9, 6))]  # fmt: skip
    for col, arts in (("jydt", jydt), ("tzgg", tzgg)):
        for a in arts:
            a.path = f"/{col}/{a.when:%Y%m}/t{a.when:%Y%m%d}_@.html"
    # the schools' columns
    records = {s: school_records(s, name, n, counts) for n, (s, name, _, counts) in enumerate(SCHOOLS)}
    every = jydt + tzgg + [a for cols in records.values() for arts in cols.values() for a in arts]
    for n, a in enumerate(sorted(every, key=lambda a: a.when)):  # TRS document ids grow with time
        a.docid = 4512003 + 7 * n
    for slug, cols in records.items():
        for col, arts in cols.items():
            for a in arts:
                folder = f"{column_dir(slug, col)}{a.when:%Y%m}/"
                stamp = f"P0{a.when:%Y%m%d}{a.docid:07d}{a.docid * 7919 % 100000:05d}"
                a.path = f"{folder}{stamp}.pdf" if a.pdf else f"{folder}t{a.when:%Y%m%d}_{a.docid}.html"
    for a in jydt + tzgg:
        a.path = a.path.replace("@", str(a.docid))
    for k, a in enumerate(every):
        if a.pdf:
            site[a.path] = file_bytes("pdf", f"{a.docid} {a.title}")
            continue
        a.body = prose(a.title, a.school or BUREAU, k)
        site[counter(a)] = (200, f'document.write("{31 + a.docid % 400}");', "application/javascript")
        truth.append(a)
    truth += [a for a in every if a.pdf]
    # attachments of some 招生信息 and 收费公示 articles (./P0….pdf beside the page): not records of their own
    for cols in records.values():
        for k, a in enumerate([*cols["zsxx"][::4], *(a for a in cols["sfgs"] if not a.pdf)][:4]):
            for j, (ext, name) in enumerate((("pdf", "报名登记表"), ("docx", "材料清单"))[: 1 + k % 2], 1):
                stamp = f"P0{a.when:%Y%m%d}{a.docid:07d}{(a.docid * 31 + j) % 100000:05d}.{ext}"
                a.files += ((f"./{stamp}", f"附件{j}：{name}.{ext}"),)
                site[posixpath.dirname(a.path) + "/" + stamp] = file_bytes(ext, stamp)

    # the sub-sites
    for slug, name, stage, _ in SCHOOLS:
        cols = records[slug]
        arts = [a for c in LISTED for a in cols[c]]
        hot = sorted((a for a in arts if not a.pdf), key=lambda a: a.docid % 11)[:5]
        listed = dict(cols)
        if slug == "sysx":  # a 招生信息 article also listed in 收费公示 (a quoted document keeps its first URL)
            listed["sfgs"] = sorted([*cols["sfgs"], cols["zsxx"][1]], key=lambda a: a.when, reverse=True)
        for col in LISTED:
            school_list_pages(site, slug, name, col, listed[col], hot)
        for col in ("dwgk", "sfgs", "zsxx", "cwgk"):
            for a in cols[col]:
                if not a.pdf:
                    site[a.path] = school_article(a, slug, name, col, hot)
        # 学校概况: the column's one undated text
        here = list_url(column_dir(slug, "xxgk"), 0)
        main = (f'<div class="left">{school_menu(here, slug, "xxgk")}{school_side(here, hot)}</div>\n<div class="right">'
                f'{position(here, school_crumbs(slug, name, "xxgk"))}\n<div class="gk_box"><div class="gk_tit">学校概况'
                f'</div><div class="gk_con"><div class="TRS_Editor">{about(name, stage)}</div></div></div></div>')  # fmt: skip
        site[here] = site[column_dir(slug, "xxgk")] = school_page(here, slug, name, f"学校概况_{name}", main)
        # 校务公开: the folder's page of its sub-columns' boxes
        here = list_url(column_dir(slug, "xwgk"), 0)
        boxes = "".join(box(here, COLUMNS[c][0], column_dir(slug, c), listed[c][:6]) for c in ("sfgs", "zsxx"))
        main = (f'<div class="left">{school_menu(here, slug, "xwgk")}{school_side(here, hot)}</div>\n<div class="right">'
                f'{position(here, school_crumbs(slug, name, "xwgk"))}\n<div class="box"><div class="box_tit"><h3>学校概况'
                f'</h3><a href="./xxgk/" class="more">更多&gt;&gt;</a></div><div class="gk_short">{nick(name)}创办于'
                f"{1950 + len(name) * 3}年……</div></div>{boxes}</div>")  # fmt: skip
        site[here] = site[column_dir(slug, "xwgk")] = school_page(here, slug, name, f"校务公开_{name}", main)
        # the sub-site's home
        here = school_root(slug) + "index.html"
        boxes = "".join(box(here, COLUMNS[c][0], column_dir(slug, c), listed[c][:6]) for c in LISTED)
        main = (f'<div class="left">{school_menu(here, slug, None)}{school_side(here, hot)}</div>\n<div class="right">'
                f'<div class="box"><div class="box_tit"><h3>学校简介</h3><a href="./xwgk/xxgk/" class="more">更多&gt;&gt;'
                f'</a></div><div class="gk_short">{about(name, stage)[:80]}……</div></div>{boxes}</div>')  # fmt: skip
        site[here] = site[school_root(slug)] = school_page(here, slug, name, name, main)
        site[school_root(slug) + "images/logo.png"] = (200, b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png")

    # the bureau's lists and articles
    for col, arts in (("jydt", jydt), ("tzgg", tzgg)):
        bureau_list_pages(site, col, arts)
        for a in arts:
            site[a.path] = bureau_article(a, col, arts[:5])
    # 学校信息公开: the directory of the sub-sites
    directory = (f'<div class="position">当前位置：<a href="../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="./" '
                 f'class="CurrChnlCls">学校信息公开</a></div><div class="list_box"><div class="tit">学校信息公开</div>'
                 f"{school_table(SCHOOLS)}</div>")  # fmt: skip
    site["/xxgkpt/"] = site["/xxgkpt/index.html"] = bureau_page(f"学校信息公开_{BUREAU}", directory)
    # the home page
    newest = sorted((a for a in every if a.school), key=lambda a: a.when, reverse=True)[:8]
    jy = "".join(f'<li><a href="{a.path}" target="_blank" title="{a.title}">{short(a.title, 22)}</a>'
                 f"<span>{a.when:%m-%d}</span></li>" for a in jydt[:7])  # fmt: skip
    tz = "".join(f'<li><a href="{a.path}" target="_blank" title="{a.title}">{short(a.title, 22)}</a>'
                 f"<span>{a.day}</span></li>" for a in tzgg[:7])  # fmt: skip
    gk = "".join(f'<li><span class="tag">[{nick(a.school)}]</span><a href="{a.path}" target="_blank" title="{a.title}">'
                 f"{short(a.title, 18)}</a><span>{a.day}</span></li>" for a in newest)  # fmt: skip
    home = (
        '<div class="banner"><img src="/images/banner.jpg" alt="" /></div>\n'
        f'<div class="box"><div class="box_tit"><h3>教育动态</h3><a href="/jydt/" class="more">更多&gt;&gt;</a></div>'
        f'<ul class="box_list">{jy}</ul></div>\n'
        f'<div class="box"><div class="box_tit"><h3>通知公告</h3><a href="/tzgg/" class="more">更多&gt;&gt;</a></div>'
        f'<ul class="box_list">{tz}</ul></div>\n'
        f'<div class="box"><div class="box_tit"><h3>最新公开</h3></div><ul class="box_list">{gk}</ul></div>\n'
        '<div class="xxgk_box"><div class="box_tit"><h3>学校信息公开</h3><a href="/xxgkpt/" class="more">更多&gt;&gt;'
        f"</a></div>{school_table(SCHOOLS)}</div>"
    )
    site["/"] = site["/index.html"] = bureau_page(f"{BUREAU}-{PLATFORM}", home)
    site["/images/page.js"] = (200, PAGE_JS, "application/javascript")
    site["/images/jquery.min.js"] = JS
    return site, {a.path: a for a in truth}


class Server(dict):
    """The group's static pages as its web server answers them (a folder's address is its index.html)."""


# ---- the fixture is the site it claims to be ------------------------------------------------------------------------


def test_the_district_fixture_is_the_site_it_claims_to_be():
    site, truth = district_site()
    pages = [p for p, v in site.items() if isinstance(v, str)]
    assert len(pages) <= 400
    files = [p for p, a in truth.items() if a.pdf]
    schools = {a.school for a in truth.values()}
    assert len(truth) == 24 + 9 + sum(p + f for *_, c in SCHOOLS for p, f in c.values())
    assert len(files) == sum(f for *_, c in SCHOOLS for _, f in c.values()) == 31
    assert schools == {None, *(n for _, n, _, _ in SCHOOLS)}
    assert all(site[p][2] == "application/pdf" for p in files)
    # the school template's pager, relative rows, the empty column
    first = site["/school/sysx/xwgk/zsxx/"]
    assert "var currentPage = 0;//所在页从0开始" in first and "var countPage = 3//共多少页" in first
    assert "/school/sysx/xwgk/zsxx/index_2.html" in site and "/school/sysx/xwgk/zsxx/index_3.html" not in site
    assert '<li><a href="./2023' in first and '<a href="../sfgs/">收费公示</a>' in first
    assert '<li class="no_data">暂无信息</li>' in site["/school/dyzx/xwgk/sfgs/"] and "var countPage = 1//" in (
        site["/school/dyzx/xwgk/sfgs/"])  # fmt: skip
    # the bureau's script pager, the function only in page.js
    assert 'createPageHTML(2, 0, "index", "html");' in site["/jydt/"] and "/jydt/index_1.html" in site
    # fund rows linking their files, dated
    cw = site["/school/sysx/cwgk/"]
    pdf = next(a for a in truth.values() if a.pdf and a.path.startswith("/school/sysx/cwgk/"))
    assert f'<a href="{rel("/school/sysx/cwgk/index.html", pdf.path)}" target="_blank" title="{pdf.title}">' in cw
    assert any(a.pdf and "/xwgk/sfgs/" in p for p, a in truth.items())
    # the undated single page and the folder of boxes are no records
    assert "/school/sysx/xwgk/xxgk/index.html" in site and not any("/xxgk/" in p for p in truth)
    assert "发布日期" not in site["/school/sysx/xwgk/xxgk/"]
    # an article listed in two columns, under its first URL
    shared = next(p for p in truth if "/xwgk/zsxx/" in p and p in site["/school/sysx/xwgk/sfgs/"].replace(
        'href="../zsxx/', 'href="/school/sysx/xwgk/zsxx/'))  # fmt: skip
    assert shared.startswith("/school/sysx/xwgk/zsxx/")
    # school articles: the info line and the 信息公开 table (成文日期 before 发布日期)
    a = truth[shared]
    assert (
        f"发布日期：{a.day}&nbsp;" in site[a.path] and "成文日期" in site[a.path] and "ArticleTitle" not in site[a.path]
    )
    b = next(a for p, a in truth.items() if p.startswith("/tzgg/"))
    assert f'<meta name="PubDate" content="{b.when:%Y-%m-%d %H:%M}" />' in site[b.path]
    # the home page: the school table, the 最新公开 box (a file among its rows)
    home = site["/"]
    assert all(f'<a href="/school/{s}/" target="_blank" title="{n}">{n}</a>' in home for s, n, _, _ in SCHOOLS)
    assert any(a.pdf and a.path in home for a in truth.values())
    assert "网站标识码" in home and "ICP" in home and "版权所有" in home


# ---- the crawl and what it must archive ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return tmp_path_factory.mktemp("district") / "disclosure.db"


@pytest.fixture(scope="module")
def crawled(db):
    site, truth = district_site()
    return crawl_site("district", Server(site), truth, lambda p: p, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    """Every page and every file a list row links, and nothing else: no home, directory, sub-site home, list,
    folder of boxes, 学校概况 page or attachment."""
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)


def test_each_school_record_is_archived_under_its_school(crawled, db):
    """A record of a school's sub-site is that school's, however it was reached (the home page's 最新公开 box, the
    sub-site's home, its lists)."""
    conn = sqlite3.connect(db)
    try:
        got = {re.sub(r"^http://[^/]+", "", u): s for u, s in conn.execute("select url, school from articles")}
    finally:
        conn.close()
    ours = {p: a.school for p, a in crawled.truth.items() if a.school and p in got}
    wrong = [(p, got[p], school) for p, school in sorted(ours.items()) if got[p] != school]
    assert wrong == [], f"{len(wrong)} of {len(ours)} under another school:\n" + "\n".join(
        f"{p}: archived under {g!r}, expected {e!r}" for p, g, e in wrong
    )
    assert ours, "no school record archived at all"
