"""Whole sites of JEECMS (Java) and KesionCMS (科汛, ASP) in variants that test_site_family_kesion_jeecms.py does
not build, written by hand after the families' public template markup and crawled with nothing but the home
page's address: a JEECMS school with a drop-down menu and a parent channel listing its sub-channels' contents, and
a KesionCMS county school whose every page is a dynamic ASP page sent as GBK bytes. The archive must hold exactly
the articles each site was generated with, each with its title and its day.

* JEECMS: a top menu (首页, 学校概况, 新闻动态, 通知公告, 校务公开 with its drop-down ``<ul class="sub">`` of the
  sub-channels 党务公开, 财务公开, 招生信息). Channels /xwdt/index.jhtml and their pages /xwdt/index_2.jhtml;
  contents /xwdt/1234.jhtml. 校务公开 (/xwgk/index.jhtml) lists the contents of its three sub-channels
  (``channelOption='1'``): four pages of 15 (the last of one row), each sub-channel item listed twice. 新闻动态 and
  招生信息 have two pages, 党务公开 and 通知公告 one. Lists of 15 rows ``<li><a title=…>cut title</a><span>
  2023-05-06</span></li>`` under the pager ``共 46 条 当前 1/4 页 首页 上一页 下一页 尾页``: no page numbers,
  上一页/下一页 as ``href="javascript:void(0);"`` where there is none (page 3 only by 下一页 from page 2).
  Contents: ``<h1>``, ``发布时间：2023-05-06 浏览次数：<span id="views"></span>`` filled by an inline script from
  /count/view.jspx?contentId=1234, ``<div class="content">``, 上一篇/下一篇 of its own channel. 学校概况
  (/xxgk/index.jhtml) is an alone channel showing 学校简介 (undated, not an article). The home page has boxes of
  the newest rows with 更多&gt;&gt; links.
* KesionCMS: IIS and ASP sending ``text/html; charset=gb2312`` and GBK bytes; table layout. Columns
  /Item/list.asp?id=12 (学校新闻: 46 items, four pages of 15) and /Item/list.asp?id=13 (通知公告: two pages),
  their pages ``list.asp?id=12&amp;page=2`` (relative, escaped) under ``共 46 篇 页次：1/4 每页 15 篇 首页 上一页
  下一页 尾页 转到：<select>``; rows ``·<a href="/Item/Show.asp?m=1&d=345" title=…>cut title</a> [2019-03-05]``.
  Articles /Item/Show.asp?m=1&d=345: the title in a ``<td class="arttitle">`` (no heading element), ``作者：佚名
  来源：本站原创 点击数：<script src="/plus/Counter.asp?id=345"></script> 更新时间：2019-3-5`` (ASP's unpadded
  date), the body in ``<td id="MyContent">``, 上一篇/下一篇. 学校简介 is a single-page column /Item/list.asp?id=10
  (undated, not an article). Home boxes date their rows [03-05].

Servers answer a query's parameters in any order (IIS also any case); archived URLs are compared so. No page is
copied from a real site: names, hosts and numbers are made up."""

import html
import re
import urllib.parse
from collections import deque
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
    iis_key,
    neighbours,
    numbered,
    prose,
    query_key,
    short,
    titles,
)


@dataclass
class Art:
    path: str  # the article's URL path (and query)
    title: str
    when: datetime
    col: str = ""  # its own channel or column
    body: str = ""
    aid: int = 0  # the CMS's own id

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def clickable(server, key):
    """Every page a visitor reaches from the home page by following ``<a href>`` links alone (no script, no form):
    {key(path)}, and the internal links that lead nowhere."""
    seen, broken, todo = {key("/")}, [], deque(["/"])
    while todo:
        path = todo.popleft()
        entry = server.get(path)
        if entry is None:
            broken.append(path)
            continue
        status, body, ctype = entry
        if not ctype.startswith("text/html"):
            continue
        text = body.decode("gbk" if "gb2312" in ctype else "utf-8")
        for href in re.findall(r"""<a\s[^>]*?href=["']([^"']*)["']""", text, re.I):
            href = html.unescape(href).strip()
            if not href or href.startswith(("#", "javascript:", "mailto:")):
                continue
            url = urllib.parse.urljoin(f"http://HOME{path}", href)
            if not url.startswith("http://HOME/"):
                continue  # another site's
            target = url[len("http://HOME") :].split("#")[0]
            if key(target) not in seen:
                seen.add(key(target))
                todo.append(target)
    return seen, broken


# ---- 1. JEECMS: a school with a drop-down menu --------------------------------------------------------------------

JC_NAME = "枫溪市育英实验学校"
JC_COLS = {"xxgk": "学校概况", "xwdt": "新闻动态", "tzgg": "通知公告", "xwgk": "校务公开"}
JC_SUBS = {"dwgk": "党务公开", "cwgk": "财务公开", "zsxx": "招生信息"}  # 校务公开's sub-channels
JC_NAMES = {**JC_COLS, **JC_SUBS}
JC_PER = 15


def jc_url(col, k=1):
    return f"/{col}/index.jhtml" if k == 1 else f"/{col}/index_{k}.jhtml"


def jc_page(title, crumbs, side, main, script=""):
    subs = "".join(f'<li><a href="{jc_url(c)}">{n}</a></li>' for c, n in JC_SUBS.items())
    items = "".join(
        f'<li class="nav_item"><a href="{jc_url(c)}" class="nav_a">{n}</a>'
        + (f'<ul class="sub" style="display:none;">{subs}</ul>' if c == "xwgk" else "")
        + "</li>"
        for c, n in JC_COLS.items()
    )
    where = ""
    if crumbs:
        where = '<div class="location">当前位置：<a href="/">首页</a>' + "".join(
            f" &gt; <a href=\"{u}\">{t}</a>" if u else f" &gt; {t}" for t, u in crumbs
        ) + "</div>"  # fmt: skip
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f'<title>{title}</title>\n<meta name="keywords" content="{JC_NAME},育英实验学校" />\n'
        '<link href="/r/cms/www/default/css/layout.css" rel="stylesheet" type="text/css" />\n'
        '<script src="/r/cms/jquery.js" type="text/javascript"></script>\n'
        '<script type="text/javascript">$(function(){ $(".nav_item").hover(function(){ $(this).find(".sub")'
        '.show(); }, function(){ $(this).find(".sub").hide(); }); });</script>\n'
        f"{script}</head>\n<body>\n"
        f'<div class="top"><div class="logo"><a href="/"><img src="/r/cms/www/default/img/logo.png" alt="{JC_NAME}" />'
        '</a></div><div class="search"><form action="/search.jspx" method="get" target="_blank"><input type="text" '
        'name="q" class="search_text" /><input type="submit" value="搜索" class="search_btn" /></form></div></div>\n'
        f'<div class="nav"><ul><li class="nav_item"><a href="/" class="nav_a">首页</a></li>{items}</ul></div>\n'
        f'<div class="wrap">{where}{side}<div class="main">{main}</div></div>\n'
        f'<div class="footer">版权所有：{JC_NAME} &nbsp;地址：枫溪市育英路9号 &nbsp;邮编：323300 &nbsp;电话：0578-3361234<br />'
        '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备13004567号-1</a> &nbsp;技术支持：枫溪市教育技术中心'
        "</div>\n</body>\n</html>"
    )


def jc_side(col):
    """The side menu: 校务公开 and its sub-channels show the sub-channels, the other channels the top ones."""
    group = JC_SUBS if col in JC_SUBS or col == "xwgk" else JC_COLS
    name = "校务公开" if group is JC_SUBS else "栏目导航"
    cur = ' class="cur"'
    lis = "".join(f'<li{cur if c == col else ""}><a href="{jc_url(c)}">{n}</a></li>'
                  for c, n in group.items())  # fmt: skip
    return f'<div class="side"><div class="side_title">{name}</div><ul class="side_menu">{lis}</ul></div>'


def jc_pager(col, k, n, total):
    """The site's own pager: counts, then 首页 上一页 下一页 尾页 (no page numbers)."""
    prev = f'<a href="{jc_url(col, k - 1)}">上一页</a>' if k > 1 else '<a href="javascript:void(0);">上一页</a>'
    nxt = f'<a href="{jc_url(col, k + 1)}">下一页</a>' if k < n else '<a href="javascript:void(0);">下一页</a>'
    return (f'<div class="pages">共 {total} 条&nbsp;&nbsp;当前 {k}/{n} 页&nbsp;&nbsp;<a href="{jc_url(col)}">首页</a> '
            f'{prev} {nxt} <a href="{jc_url(col, n)}">尾页</a></div>')  # fmt: skip


def jc_rows(arts, cut=22):
    return "".join(f'<li><a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, cut)}</a>'
                   f"<span>{a.day}</span></li>\n" for a in arts)  # fmt: skip


def jc_crumbs(col):
    if col in JC_SUBS:
        return [("校务公开", jc_url("xwgk")), (JC_SUBS[col], jc_url(col))]
    return [(JC_COLS[col], jc_url(col))]


def jc_article(a, older, newer):
    def link(label, r):
        return f'<p>{label}：<a href="{r.path}">{r.title}</a></p>' if r else f"<p>{label}：没有了</p>"

    script = (
        '<script type="text/javascript">\n$(function(){\n  $.getJSON("/count/view.jspx", {contentId: '
        f'{a.aid}}}, function(data){{ if (data.length > 0) {{ $("#views").text(data[0]); }} }});\n}});\n</script>\n'
    )
    main = (
        f'<div class="article"><h1>{a.title}</h1>\n<div class="info">发布时间：{a.day}&nbsp;&nbsp;浏览次数：<span '
        f'id="views"></span></div>\n<div class="content">{a.body}</div>\n<div class="prenext">{link("上一篇", newer)}'
        f'{link("下一篇", older)}</div>\n<div class="tools"><a href="javascript:window.print();">打印本页</a> <a '
        'href="javascript:window.close();">关闭窗口</a></div></div>'
    )
    return jc_page(f"{a.title}_{JC_NAMES[a.col]}_{JC_NAME}", [*jc_crumbs(a.col), ("正文", "")], jc_side(a.col), main,
                   script)  # fmt: skip


def jeecms_site():
    site = {}

    def make(col, heads, tails, n, start, step, fmt="{}{}"):
        return [Art("", t, w, col) for t, w in zip(titles(heads, tails, n, fmt), days(start, n, step))]

    news = make("xwdt", ("我校", "一年级", "三年级", "六年级", "八年级", "校团委", "少先队大队部", "校田径队"),
                ("举行开学典礼", "开展“学雷锋”志愿服务", "举办读书节启动仪式", "开展防震疏散演练", "召开家长会",
                 "参加市中小学生运动会", "开展研学实践活动"), 16, "2023-06-28 16:10", 6)  # fmt: skip
    notices = make("tzgg", ("2023年清明节放假", "2023年劳动节放假", "2023年端午节放假", "期末考试安排",
                            "暑假放假及安全教育", "课后服务报名"), ("的通知",), 6, "2023-06-26 09:00", 15,
                   "关于{}{}")  # fmt: skip
    party = make("dwgk", ("党支部", "党员教师", "校党总支"), ("召开主题党日活动", "开展“三会一课”学习",
                                                              "开展党风廉政警示教育", "召开民主生活会"), 9, "2023-06-20 15:00", 17)  # fmt: skip
    money = make("cwgk", ("2023年部门预算", "2022年部门决算", "2023年一季度经费支出", "2023年二季度经费支出",
                          "学生营养餐经费使用", "2022年“三公”经费", "学生资助资金发放", "代收费项目及标准"),
                 ("公开", "公示", "情况说明"), 16, "2023-06-25 10:30", 11)  # fmt: skip
    admit = make("zsxx", ("2023年一年级新生", "2023年七年级新生", "2023年随迁子女", "2023年特长生",
                          "2023年插班生", "2023年秋季转学", "2023年学区划分"),
                 ("招生公告", "报名须知", "录取名单公示"), 21, "2023-06-27 08:40", 6)  # fmt: skip
    numbered(news + notices + party + money + admit, 1207)
    arts = news + notices + party + money + admit
    for k, a in enumerate(arts):
        a.path = f"/{a.col}/{a.aid}.jhtml"
        a.body = prose(a.title, JC_NAME, k)
        site[f"/count/view.jspx?contentId={a.aid}"] = (200, f"[{35 + 3 * k},0,0,0]", "application/json")

    def column(col, listed):
        n = -(-len(listed) // JC_PER)
        for k in range(1, n + 1):
            main = (f'<div class="list_title">{JC_NAMES[col]}</div><ul class="list">\n'
                    f"{jc_rows(listed[(k - 1) * JC_PER : k * JC_PER])}</ul>{jc_pager(col, k, n, len(listed))}")  # fmt: skip
            site[jc_url(col, k)] = jc_page(f"{JC_NAMES[col]}_{JC_NAME}", jc_crumbs(col) if col != "xwgk" else
                                           [("校务公开", jc_url("xwgk"))], jc_side(col), main)  # fmt: skip

    subs = {"dwgk": party, "cwgk": money, "zsxx": admit}
    for col, listed in (("xwdt", news), ("tzgg", notices), *subs.items()):
        column(col, listed)
    public = sorted(party + money + admit, key=lambda a: a.when, reverse=True)
    column("xwgk", public)  # channelOption='1': the sub-channels' contents, newest first
    scan = money[3]  # a 公示 published as one scanned table
    picture = f"/u/cms/www/{scan.when:%Y%m}/{scan.when:%d%H%M%S}3fa1.jpg"
    scan.body = f'<p style="text-align:center"><img src="{picture}" alt="{scan.title}" /></p>'
    site[picture] = IMAGE
    for listed in (news, notices, *subs.values()):
        for a, older, newer in neighbours(listed):
            site[a.path] = jc_article(a, older, newer)
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{JC_NAME}创办于1961年，是市教育局直属的一所九年一贯制公办学校，现有教学班48个，学生2200余人，教职工156人。",
        "学校秉承“育德启智、英才辈出”的校训，坚持“为每一个孩子的终身发展奠基”的办学理念。",
        "学校先后荣获省文明校园、省体育特色学校、市教育科研先进集体等称号。",
    ))  # fmt: skip
    site[jc_url("xxgk")] = jc_page(f"学校概况_{JC_NAME}", [("学校概况", jc_url("xxgk"))], jc_side("xxgk"),
                                   f'<div class="article"><h1>学校简介</h1><div class="content">{about}</div></div>')  # fmt: skip

    def box(col, listed, n):
        return (f'<div class="box"><div class="box_title"><span class="more"><a href="{jc_url(col)}">更多&gt;&gt;</a>'
                f'</span><h3>{JC_NAMES[col]}</h3></div><ul class="box_list">\n{jc_rows(listed[:n], 18)}</ul></div>\n')  # fmt: skip

    home = (
        f'<div class="box"><div class="box_title"><span class="more"><a href="{jc_url("xxgk")}">更多&gt;&gt;</a>'
        f"</span><h3>学校概况</h3></div><p>　　{JC_NAME}创办于1961年，是市教育局直属的一所九年一贯制公办学校……</p></div>\n"
        f"{box('xwdt', news, 8)}{box('tzgg', notices, 6)}{box('xwgk', public, 8)}"
        '<div class="links">友情链接：<a href="http://www.moe.gov.cn/" target="_blank">教育部</a> '
        '<a href="http://jyt.zj.gov.cn/" target="_blank">浙江省教育厅</a></div>'
    )
    site["/"] = site["/index.jhtml"] = jc_page(f"首页_{JC_NAME}", [], "", home)
    site["/r/cms/jquery.js"] = (200, b"/* jQuery v1.7.2 */", "application/javascript")
    site["/r/cms/www/default/img/logo.png"] = IMAGE
    return site, {a.path: a for a in arts}


# ---- 2. KesionCMS (科汛, ASP, GBK): a county school -------------------------------------------------------------

KS_NAME = "桐岭县石门中学"
KS_COLS = {10: "学校简介", 12: "学校新闻", 13: "通知公告"}
KS_PER = 15


def ks_list(cid, k=1):
    return f"/Item/list.asp?id={cid}" + (f"&page={k}" if k > 1 else "")


class GbkServer(dict):
    """A site ({path: page}) as IIS and ASP answer it: any case, any order of parameters; pages as GBK bytes."""

    CTYPE = "text/html; charset=gb2312"

    def __init__(self, site):
        super().__init__(site)
        self.answers = {iis_key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        entry = self.answers.get(iis_key(path), default)
        if isinstance(entry, str):
            return 200, entry.encode("gbk"), self.CTYPE
        return entry


def ks_page(title, main):
    menu = '<a href="/" class="menu">网站首页</a>' + "".join(
        f' | <a href="{ks_list(c)}" class="menu">{n}</a>' for c, n in KS_COLS.items()
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n<title>{title}</title>\n'
        '<link href="/images/css.css" rel="stylesheet" type="text/css" />\n'
        '<script language="javascript" src="/ks_inc/common.js"></script>\n</head>\n<body>\n'
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td height="110" background="/images/top.jpg"><img src="/images/logo.gif" alt="{KS_NAME}" /></td></tr>\n'
        f'<tr><td height="32" class="menubg" align="center">{menu}</td></tr>\n</table>\n'
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="mainbox">\n'
        f"<tr>{main}</tr>\n</table>\n"
        '<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">\n'
        f'<tr><td align="center" height="60">版权所有 &copy; {KS_NAME} &nbsp;地址：桐岭县石门镇中山路66号 &nbsp;'
        '电话：0579-87781234<br /><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备08012345号</a>'
        " &nbsp;Powered by KesionCMS</td></tr>\n</table>\n</body>\n</html>"
    )


def ks_left(cid):
    lis = "".join(f'<tr><td height="28" class="{"leftcur" if c == cid else "leftnav"}">&nbsp;&nbsp;<a '
                  f'href="{ks_list(c)}">{n}</a></td></tr>' for c, n in KS_COLS.items())  # fmt: skip
    return (f'<td width="220" valign="top" class="left"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td height="30" class="lefttitle">栏目导航</td></tr>{lis}</table></td>')  # fmt: skip


def ks_where(cid, last=""):
    tail = f" &gt;&gt; {last}" if last else ""
    return (f'<tr><td height="30" class="location">您现在的位置：<a href="/">{KS_NAME}</a> &gt;&gt; <a '
            f'href="{ks_list(cid)}">{KS_COLS[cid]}</a>{tail}</td></tr>')  # fmt: skip


def ks_pager(cid, k, n, total):
    """The dynamic list's pager as Kesion's ASP writes it: relative links, the ``&`` escaped, a jump select."""
    url = f"list.asp?id={cid}&amp;page="
    first = "首页 上一页" if k == 1 else f'<a href="{url}1">首页</a> <a href="{url}{k - 1}">上一页</a>'
    last = "下一页 尾页" if k == n else f'<a href="{url}{k + 1}">下一页</a> <a href="{url}{n}">尾页</a>'
    opts = "".join(f'<option value="{i}"{" selected" if i == k else ""}>第{i}页</option>' for i in range(1, n + 1))
    return (f'<div class="showpage">共 <font color="red">{total}</font> 篇 &nbsp;页次：<font color="red">{k}</font>/{n}'
            f" &nbsp;每页 {KS_PER} 篇 &nbsp;{first} {last} &nbsp;转到：<select name=\"page\" size=\"1\" onchange="
            f"\"javascript:window.location='list.asp?id={cid}&page='+this.options[this.selectedIndex].value;\">{opts}"
            "</select></div>")  # fmt: skip


def ks_article(a, cid, older, newer):
    def link(label, r):
        return f'{label}：<a href="{r.path}" title="{r.title}">{r.title}</a>' if r else f"{label}：没有了"

    w = a.when
    main = (
        f'<td valign="top" class="right"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
        f"{ks_where(cid, '正文')}\n"
        f'<tr><td height="50" align="center" class="arttitle"><font style="font-size:18px;color:#B30000"><b>{a.title}'
        "</b></font></td></tr>\n"
        f'<tr><td height="28" align="center" class="artinfo">作者：佚名&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;点击数：'
        f'<script src="/plus/Counter.asp?id={a.aid}"></script>&nbsp;&nbsp;更新时间：{w.year}-{w.month}-{w.day}</td></tr>\n'
        f'<tr><td class="artcontent" id="MyContent">{a.body}</td></tr>\n'
        f'<tr><td class="prevnext">{link("上一篇", older)}<br />{link("下一篇", newer)}</td></tr>\n'
        '<tr><td align="right">【<a href="javascript:window.print()">打印本文</a>】【<a href="javascript:window.close()">'
        "关闭窗口</a>】</td></tr></table></td>"
    )
    return ks_page(f"{a.title}-{KS_COLS[cid]}-{KS_NAME}", ks_left(cid) + main)


def kesion_site():
    site = {}
    news = [Art("", t, w) for t, w in zip(
        titles(("我校", "初一年级", "初二年级", "初三年级", "校团委", "政教处", "教务处", "校学生会", "校文学社"),
               ("举行升旗仪式", "开展防溺水安全教育", "召开期中考试质量分析会", "举办校园艺术节", "开展禁毒宣传教育",
                "组织学生参观县博物馆", "举行中考百日誓师大会"), 46),
        days("2019-06-28 16:40", 46, 4))]  # fmt: skip
    notices = [Art("", t, w) for t, w in zip(
        titles(("2019年寒假放假", "2019年清明节放假", "2019年五一劳动节放假", "2019年端午节放假", "初三体育中考",
                "2019年暑假放假", "教师资格定期注册", "开展校园安全大检查", "初一新生报名"), ("的通知", "的公告"),
               17, "关于{}{}"),
        days("2019-06-26 10:20", 17, 9))]  # fmt: skip
    numbered(news + notices, 306)
    for k, a in enumerate(news + notices):
        a.path = f"/Item/Show.asp?m=1&d={a.aid}"
        a.body = prose(a.title, KS_NAME, k + 2)
        site[f"/plus/Counter.asp?id={a.aid}"] = (200, f"document.write('{21 + 4 * k}');".encode(),
                                                 "application/x-javascript")  # fmt: skip
    scan = notices[4]
    picture = f"/UploadFiles/{scan.when.year}-{scan.when:%m}/{scan.when:%Y%m%d%H%M%S}47.jpg"
    scan.body = f'<p align="center"><img src="{picture}" border="0" /></p>'
    site[picture] = IMAGE
    for cid, listed in ((12, news), (13, notices)):
        n = -(-len(listed) // KS_PER)
        for k in range(1, n + 1):
            trs = "".join(
                f'<tr><td height="26" class="listrow">·<a href="{a.path}" title="{a.title}" target="_blank">'
                f'{short(a.title, 24)}</a> [{a.day}]</td></tr>\n' for a in listed[(k - 1) * KS_PER : k * KS_PER]
            )  # fmt: skip
            main = (f'<td valign="top" class="right"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
                    f'{ks_where(cid)}\n{trs}<tr><td align="center" height="40">{ks_pager(cid, k, n, len(listed))}'
                    "</td></tr></table></td>")  # fmt: skip
            site[ks_list(cid, k)] = ks_page(f"{KS_COLS[cid]}-{KS_NAME}", ks_left(cid) + main)
        site[f"{ks_list(cid)}&page=1"] = site[ks_list(cid)]  # the pager's 首页: list.asp answers page=1 as no page
        for a, older, newer in neighbours(listed):
            site[a.path] = ks_article(a, cid, older, newer)
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{KS_NAME}始建于1956年，是一所县属公办初级中学，现有教学班24个，在校学生1100余人，教职工96人。",
        "学校坚持“立德树人、和谐发展”的办学理念，先后被评为市级文明学校、市级绿色学校和县教育工作先进集体。",
    ))  # fmt: skip
    site[ks_list(10)] = ks_page(f"学校简介-{KS_NAME}", ks_left(10) + (
        '<td valign="top" class="right"><table width="100%" border="0" cellspacing="0" cellpadding="0">'
        f'{ks_where(10)}<tr><td class="artcontent" id="MyContent">{about}</td></tr></table></td>'))  # fmt: skip

    def box(cid, listed):
        trs = "".join(f'<tr><td height="24">·<a href="{a.path}" title="{a.title}" target="_blank">{short(a.title, 18)}'
                      f"</a></td><td width=\"50\" align=\"right\">[{a.when:%m-%d}]</td></tr>\n" for a in listed)  # fmt: skip
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="indexbox"><tr><td height="30" '
                f'class="boxtitle">{KS_COLS[cid]}</td><td align="right"><a href="{ks_list(cid)}">更多&gt;&gt;</a></td>'
                f"</tr>\n{trs}</table>")  # fmt: skip

    home = (
        f'<td width="300" valign="top"><table width="100%" class="indexbox"><tr><td class="boxtitle">学校简介</td>'
        f'<td align="right"><a href="{ks_list(10)}">更多&gt;&gt;</a></td></tr><tr><td colspan="2">　　{KS_NAME}'
        "始建于1956年，是一所县属公办初级中学……</td></tr></table></td>"
        f'<td valign="top">{box(12, news[:8])}</td><td width="320" valign="top">{box(13, notices[:8])}</td>'
    )
    site["/"] = site["/index.asp"] = ks_page(KS_NAME, home)
    site["/ks_inc/common.js"] = (200, b"/* KesionCMS */", "application/x-javascript")
    for path in ("/images/logo.gif", "/images/top.jpg"):
        site[path] = IMAGE
    return site, {a.path: a for a in news + notices}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def test_the_jeecms_fixture_is_the_site_it_claims_to_be():
    site, truth = jeecms_site()
    assert len(truth) == 16 + 6 + 9 + 16 + 21
    assert all(re.fullmatch(r"/(xwdt|tzgg|dwgk|cwgk|zsxx)/\d{4}\.jhtml", p) for p in truth)
    pages = {p for p in site if re.fullmatch(r"/\w+/index(_\d+)?\.jhtml", p)}
    assert pages == {"/xxgk/index.jhtml", "/xwdt/index.jhtml", "/xwdt/index_2.jhtml", "/tzgg/index.jhtml",
                     "/dwgk/index.jhtml", "/cwgk/index.jhtml", "/cwgk/index_2.jhtml", "/zsxx/index.jhtml",
                     "/zsxx/index_2.jhtml", *(jc_url("xwgk", k) for k in (1, 2, 3, 4))}  # fmt: skip
    first, third = site["/xwgk/index.jhtml"], site["/xwgk/index_3.jhtml"]
    assert ('共 46 条&nbsp;&nbsp;当前 1/4 页&nbsp;&nbsp;<a href="/xwgk/index.jhtml">首页</a> <a href="javascript:void'
            '(0);">上一页</a> <a href="/xwgk/index_2.jhtml">下一页</a> <a href="/xwgk/index_4.jhtml">尾页</a>') in first  # fmt: skip
    assert "index_3.jhtml" not in first and "index_3.jhtml" in site["/xwgk/index_2.jhtml"]
    row = re.compile(r'<li><a href="/\w+/\d+\.jhtml"')
    assert len(row.findall(third)) == 15 and len(row.findall(site["/xwgk/index_4.jhtml"])) == 1
    listed = re.findall(r'<li><a href="(/\w+/\d+\.jhtml)"', "".join(site[jc_url("xwgk", k)] for k in (1, 2, 3, 4)))
    assert sorted(listed) == sorted(p for p in truth if p.startswith(("/dwgk/", "/cwgk/", "/zsxx/")))
    assert '<ul class="sub" style="display:none;"><li><a href="/dwgk/index.jhtml">党务公开</a></li>' in site["/"]
    assert site["/"].count("更多&gt;&gt;") == 4
    a = next(a for p, a in truth.items() if p.startswith("/cwgk/"))
    page = site[a.path]
    assert f"<h1>{a.title}</h1>" in page and f'发布时间：{a.day}&nbsp;&nbsp;浏览次数：<span id="views"></span>' in page
    assert (
        f'$.getJSON("/count/view.jspx", {{contentId: {a.aid}}}' in page
        and f"/count/view.jspx?contentId={a.aid}" in site
    )
    assert "发布时间" not in site["/xxgk/index.jhtml"] and not re.search(r"20\d\d-\d\d", site["/xxgk/index.jhtml"])
    server = QueryServer(site)
    seen, broken = clickable(server, query_key)
    assert broken == [] and set(truth) <= seen, "every article is reached by links a visitor clicks"


def test_the_kesion_fixture_is_the_site_it_claims_to_be():
    site, truth = kesion_site()
    assert len(truth) == 46 + 17
    assert all(re.fullmatch(r"/Item/Show\.asp\?m=1&d=\d{3}", p) for p in truth)
    lists = {p for p in site if p.startswith("/Item/list.asp")}
    assert lists == {
        ks_list(10),
        *(ks_list(12, k) for k in (1, 2, 3, 4)),
        ks_list(13),
        ks_list(13, 2),
        "/Item/list.asp?id=12&page=1",
        "/Item/list.asp?id=13&page=1",
    }
    first = site[ks_list(12)]
    assert ('共 <font color="red">46</font> 篇 &nbsp;页次：<font color="red">1</font>/4 &nbsp;每页 15 篇 &nbsp;首页 上一页 '
            '<a href="list.asp?id=12&amp;page=2">下一页</a> <a href="list.asp?id=12&amp;page=4">尾页</a> &nbsp;转到：'
            "<select") in first  # fmt: skip
    a = truth[next(iter(truth))]
    assert f'·<a href="{a.path}" title="{a.title}" target="_blank">' in first and f"</a> [{a.day}]</td>" in first
    w = a.when
    assert (f'点击数：<script src="/plus/Counter.asp?id={a.aid}"></script>&nbsp;&nbsp;更新时间：{w.year}-{w.month}-{w.day}'
            "</td>") in site[a.path] and "<h1" not in site[a.path]  # fmt: skip
    server = GbkServer(site)
    status, body, ctype = server.get(f"/item/show.asp?D={a.aid}&M=1")
    assert status == 200 and ctype == "text/html; charset=gb2312" and body == site[a.path].encode("gbk")
    assert a.title.encode("gbk") in body and a.title.encode("utf-8") not in body
    about = site[ks_list(10)]
    assert "学校简介" in about and not re.search(r"(19|20)\d\d-\d", about.split("MyContent")[1])
    seen, broken = clickable(server, iis_key)
    assert broken == [] and {iis_key(p) for p in truth} <= seen, "every article is reached by links a visitor clicks"


# ---- the crawls and what they must archive ---------------------------------------------------------------------

SITES = {
    "jeecms": (jeecms_site, QueryServer, query_key),
    "kesion": (kesion_site, GbkServer, iis_key),
}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    build, serve, key = SITES[request.param]
    site, truth = build()
    db = tmp_path_factory.mktemp(request.param) / "disclosure.db"
    return crawl_site(request.param, serve(site), truth, key, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
