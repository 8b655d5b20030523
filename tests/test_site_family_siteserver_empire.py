"""Whole sites of three CMS families, written by hand in each family's markup and crawled with nothing but the
home page's address: a SiteServer county education bureau, an EmpireCMS (帝国CMS) county 信息公开 site and a school
of a TRS WCM 站群 (site cluster) with side menus. Each site has a home page with menus, columns of several list
pages, 信息公开 lists with a column introduction above few rows, single-page columns, navigation pages, an
image-only notice and an article listed in two columns. The truth is the set of article URLs each site was
generated with: the archive must hold exactly those (no list, navigation or single page taken for an article,
no article missed), each with its title and its day."""

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from jiangbei_crawler.testing import cron, static_site, tiny_png

IMAGE = (200, tiny_png(), "image/png")
ON = " class='on'"  # the side menu's current item


@dataclass
class Art:
    path: str  # the article's URL path (and query)
    title: str
    when: datetime
    source: str = "办公室"
    body: str = ""
    number: str = ""  # 文号

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def titles(heads, tails, n, fmt="{}{}"):
    """``n`` distinct titles pairing heads and tails (pairs repeat only after lcm(len(heads), len(tails)))."""
    out = [fmt.format(heads[k % len(heads)], tails[k % len(tails)]) for k in range(n)]
    assert len(set(out)) == n, "titles must be distinct"
    return out


def days(start, n, step=3):
    """``n`` publishing times, newest first (a list's order)."""
    first = datetime.strptime(start, "%Y-%m-%d %H:%M")
    return [first - timedelta(days=step * k, hours=k % 5, minutes=7 * k % 60) for k in range(n)]


def prose(title, unit):
    """A few paragraphs of an ordinary notice or news item about ``title``."""
    return [
        f"为深入贯彻落实上级教育主管部门的工作部署，{unit}认真研究，{title}。现将有关情况报告如下。",
        "本次工作坚持以学生为中心，由分管领导牵头，各科室、各学校协同推进，明确责任分工，细化工作措施，确保各项任务落到实处。",
        "活动期间，广大师生积极参与，认真学习相关政策和要求，结合本单位实际开展了交流讨论，普遍反映收获很大，取得了良好的效果。",
        "下一步，将以此为契机，进一步完善长效工作机制，加强督促检查，持续提升教育教学质量，努力办好人民满意的教育。",
    ]


def by_path(arts):
    return {a.path: a for a in arts}


def crawl(site, db):
    """Crawl ``site`` ({path: page}) from its home page: (the crawl's output, {path: (title, day)} archived)."""
    with static_site(site) as url:
        proc = cron(url, db, timeout=300)
    conn = sqlite3.connect(db)
    got = {
        re.sub(r"^http://[^/]+", "", u): (t, (p or "")[:10])
        for u, t, p in conn.execute("select url, title, published from articles")
    }
    conn.close()
    return proc.stdout + proc.stderr, got


def check_urls(expected, got, log):
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    assert (missing, extra) == ([], []), f"missing {missing}\nnot articles {extra}\n{log[-6000:]}"


def check_fields(expected, got):
    wrong = [
        (path, got[path], (a.title, a.day))
        for path, a in sorted(expected.items())
        if path in got
        if got[path] != (a.title, a.day)
    ]
    assert wrong == [], "\n".join(f"{p}: archived {g}, expected {e}" for p, g, e in wrong)
    assert set(got) & set(expected), "no expected article archived at all"


# ---- 1. SiteServer CMS: a county education bureau -------------------------------------------------------------

SS_NAME = "云溪县教育局"
SS_MENU = (("首页", "/index.html"), ("教育要闻", "/channels/12.html"), ("通知公告", "/channels/13.html"),
           ("信息公开", "/channels/14.html"), ("机构简介", "/channels/15.html"))  # fmt: skip
SS_XXGK = (("141", "政策法规"), ("142", "财务公开"), ("143", "招生考试"), ("144", "人事信息"))
SS_INTRO = {
    "141": "本栏目主要公开县教育局制定或转发的规范性文件、政策解读及相关工作制度，供社会公众查阅。公众如对本栏目公开的信息有疑问，"
    "可在工作日通过政务公开咨询电话与我局办公室联系，我局将依法依规及时予以答复。",
    "142": "本栏目公开县教育局部门预算、部门决算、“三公”经费及教育收费项目和标准等财务信息。各项数据以县财政部门批复为准，"
    "如有疑问请与局计财股联系。",
    "143": "本栏目发布全县中小学招生入学政策、中考及学业水平考试有关安排，请考生和家长及时关注。",
    "144": "本栏目公开局机关及直属学校人事任免、教师招聘、职称评审等信息。",
}


SS_SCHOOLS = ("县实验小学", "城关中学", "县第二中学", "县职业中学", "城南幼儿园", "桥头镇中心小学", "民族中学", "东城小学",
              "育才学校", "县青少年活动中心", "西溪镇中学", "县特殊教育学校")  # fmt: skip
SS_EVENTS = ("开展防溺水安全教育活动", "举行春季田径运动会", "召开家长学校专题讲座", "举办读书节启动仪式", "开展教研开放周活动",
             "组织消防应急疏散演练", "举行青年教师汇报课", "开展学雷锋志愿服务", "召开期中教学质量分析会", "举办校园艺术节")  # fmt: skip
SS_TASKS = ("做好2021年春季学期开学工作", "开展中小学生作业管理专项督查", "组织2021年教师资格认定",
            "做好义务教育阶段招生入学工作", "开展校园安全隐患排查整治", "举办全县中小学生书法比赛", "做好暑期学生安全教育",
            "开展师德师风专题教育", "组织申报县级名师工作室", "做好学生资助政策宣传", "开展校园食品安全检查")  # fmt: skip


def ss_page(title, crumbs, main, side=""):
    nav = "".join(f"<li><a href='{u}'>{t}</a></li>" for t, u in SS_MENU)
    crumb = " &gt; ".join(f"<a href='{u}'>{t}</a>" for t, u in crumbs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}_{SS_NAME}</title>"
        "<link rel='stylesheet' href='/css/style.css'><script src='/js/jquery.min.js'></script></head><body>"
        f"<div class='header'><div class='logo'><a href='/index.html'><img src='/images/logo.png' alt='{SS_NAME}'></a></div>"
        "<div class='search'><form action='/utils/search.html'><input name='word'><button>搜索</button></form></div></div>"
        f"<div class='nav'><ul>{nav}</ul></div>"
        f"<div class='wrap'><div class='location'>当前位置：{crumb}</div>{side}<div class='main'>{main}</div></div>"
        f"<div class='footer'><p>主办：{SS_NAME} 地址：云溪县城关镇学府路8号 电话：0570-1234567</p>"
        f"<p>Copyright © 2021 {SS_NAME} 版权所有 浙ICP备12345678号</p></div></body></html>"
    )


def ss_pager(channel, k, pages):
    url = {j: f"/channels/{channel}.html" if j == 1 else f"/channels/{channel}_{j}.html" for j in range(1, pages + 1)}
    prev = f"<a href='{url[k - 1]}'>上一页</a>" if k > 1 else "<span>上一页</span>"
    nxt = f"<a href='{url[k + 1]}'>下一页</a>" if k < pages else "<span>下一页</span>"
    return (f"<div class='pager'><a href='{url[1]}'>首页</a>{prev}{nxt}<a href='{url[pages]}'>末页</a> "
            f"当前第{k}页/共{pages}页</div>")  # fmt: skip


def ss_article(a, channel, related, title_tag):
    col = {"12": "教育要闻", "13": "通知公告", **dict(SS_XXGK)}[channel]
    crumbs = [("首页", "/index.html"), (col, f"/channels/{channel}.html")]
    if title_tag == "h2":  # the notices' template: a heading and a named container
        head = f"<h2>{a.title}</h2>"
        body = f"<div class='content' id='content'>{a.body}</div>"
    else:  # the news template: a title div and paragraphs in a div of no known name
        head = f"<div class='title'>{a.title}</div>"
        body = f"<div class='xx'>{a.body}</div>"
    info = (
        f"<div class='info'>发布时间：{a.when:%Y-%m-%d %H:%M} 来源：{a.source} 浏览次数：{37 + len(a.title) * 7}</div>"
    )
    rel = "".join(f"<li><a href='{r.path}' title='{r.title}'>{r.title}</a><span>{r.day}</span></li>" for r in related)
    main = (
        f"<div class='article'>{head}{info}{body}"
        "<div class='tools'>【<a href='javascript:window.print()'>打印本页</a>】【<a href='javascript:window.close()'>关闭窗口</a>】</div>"
        f"<div class='prevnext'><p>上一篇：<a href='{related[0].path}'>{related[0].title}</a></p></div></div>"
        f"<div class='related'><h3>相关文章</h3><ul>{rel}</ul></div>"
    )
    return ss_page(a.title, crumbs, main)


def siteserver_site():
    site, truth = {}, []
    news = [
        Art(f"/contents/12/{3500 - k * 3}.html", t, w, ("县教育局", "教研室", "基础教育股")[k % 3])
        for k, (t, w) in enumerate(zip(titles(SS_SCHOOLS, SS_EVENTS, 37), days("2021-06-28 09:30", 37)))
    ]
    notice_titles = titles(SS_TASKS, ("的通知", "的公告", "的补充通知", "的通报"), 21, "关于{}{}")
    notices = [
        Art(f"/contents/13/{2800 - k * 2}.html", t, w, "县教育局办公室")
        for k, (t, w) in enumerate(zip(notice_titles, days("2021-06-25 15:00", 21, 4)))
    ]
    for a in news + notices:
        a.body = "".join(f"<p>{p}</p>" for p in prose(a.title, SS_NAME))
    scan = notices[5]  # a notice published as one scanned page
    scan.body = "<p style='text-align:center'><img src='/upload/images/2021/5/7a1c2e9f.png' alt=''></p>"
    site["/upload/images/2021/5/7a1c2e9f.png"] = IMAGE
    xxgk = {}
    docs = iter(titles(["云溪县教育局"], [
        "关于印发《义务教育阶段学校招生工作实施细则》的通知", "2021年部门预算公开说明", "关于2021年中考体育考试安排的公告",
        "关于公开招聘2021年中小学教师的公告", "关于印发《中小学校长职级制改革方案》的通知", "2020年部门决算公开说明",
        "关于2021年普通高中招生计划的公告", "关于2021年中小学教师职称评审结果的公示"], 8))  # fmt: skip
    when = iter(days("2021-05-30 10:00", 8, 9))
    sizes = {"141": 3, "142": 2, "143": 2, "144": 1}
    for (channel, _), cid in zip(SS_XXGK, range(4100, 4104)):
        xxgk[channel] = [Art(f"/contents/{channel}/{cid * 10 + k}.html", next(docs), next(when), "县教育局办公室")
                         for k in range(sizes[channel])]  # fmt: skip
        for a in xxgk[channel]:
            a.body = "".join(f"<p>{p}</p>" for p in prose(a.title, SS_NAME))
    truth = news + notices + [a for arts in xxgk.values() for a in arts]

    # 教育要闻: cards, three pages of 14, 14 and 9
    for k in (1, 2, 3):
        rows = news[(k - 1) * 14 : k * 14]
        cards = "".join(
            f"<a href='{a.path}' class='item' target='_blank'><div class='t'>{a.title}</div><div class='d'>{a.day}</div>"
            f"<p>{prose(a.title, SS_NAME)[0][:46]}…</p></a>"
            for a in rows
        )
        main = f"<div class='lm'><h3>教育要闻</h3></div><div class='list'>{cards}</div>{ss_pager(12, k, 3)}"
        site["/channels/12.html" if k == 1 else f"/channels/12_{k}.html"] = ss_page(
            "教育要闻", [("首页", "/index.html"), ("教育要闻", "/channels/12.html")], main
        )
    # 通知公告: li rows, two pages of 15 and 7; its first page also lists a news article (listed in both columns)
    shared = news[3]
    listed = sorted([*notices, shared], key=lambda a: a.when, reverse=True)
    for k in (1, 2):
        rows = listed[(k - 1) * 15 : k * 15]
        lis = "".join(f"<li><a href='{a.path}' title='{a.title}' target='_blank'>{a.title}</a><span>{a.day}</span></li>"
                      for a in rows)  # fmt: skip
        main = f"<div class='lm'><h3>通知公告</h3></div><ul class='news-list'>{lis}</ul>{ss_pager(13, k, 2)}"
        site["/channels/13.html" if k == 1 else "/channels/13_2.html"] = ss_page(
            "通知公告", [("首页", "/index.html"), ("通知公告", "/channels/13.html")], main
        )
    # 信息公开: its own page is a side menu and boxes of each sub-column's newest rows
    side = (
        "<div class='side'><h3>信息公开</h3><ul>"
        + "".join(f"<li><a href='/channels/{c}.html'>{n}</a></li>" for c, n in SS_XXGK)
        + "<li><a href='/channels/15.html'>机构简介</a></li></ul></div>"
    )
    boxes = "".join(
        f"<div class='box'><div class='box-t'><span>{n}</span><a href='/channels/{c}.html' class='more'>更多&gt;&gt;</a></div><ul>"
        + "".join(f"<li><a href='{a.path}'>{a.title}</a><span>{a.day}</span></li>" for a in xxgk[c][:2])
        + "</ul></div>"
        for c, n in SS_XXGK
    )
    site["/channels/14.html"] = ss_page("信息公开", [("首页", "/index.html"), ("信息公开", "/channels/14.html")],
                                        f"<div class='lm'><h3>信息公开</h3></div>{boxes}", side)  # fmt: skip
    # 信息公开 lists: a column introduction above few rows, in a table (with a pager) or a ul (without)
    for n, (channel, name) in enumerate(SS_XXGK):
        arts = xxgk[channel]
        if n < 2:
            trs = "".join(
                f"<tr><td>{SS_NAME[:3]}教-{a.when:%Y}-{i + 1:03d}</td><td class='bt'><a href='{a.path}' target='_blank'>"
                f"{a.title}</a></td><td>{a.day}</td></tr>"
                for i, a in enumerate(arts)
            )
            rows = (f"<table class='xxgk-list'><tr><th>索引号</th><th>标题</th><th>发布日期</th></tr>{trs}</table>"
                    + ss_pager(channel, 1, 1))  # fmt: skip
        else:
            rows = (
                "<ul class='xxgk-list'>"
                + "".join(
                    f"<li><a href='{a.path}' target='_blank'>{a.title}</a><span>{a.day}</span></li>" for a in arts
                )
                + "</ul>"
            )
        main = f"<div class='lm'><h3>{name}</h3></div><div class='lmjs'><p>{SS_INTRO[channel]}</p></div>{rows}"
        site[f"/channels/{channel}.html"] = ss_page(
            name,
            [("首页", "/index.html"), ("信息公开", "/channels/14.html"), (name, f"/channels/{channel}.html")],
            main,
            side,
        )
    # 机构简介: a single-page column, undated
    about = "".join(f"<p>{p}</p>" for p in (
        f"{SS_NAME}是县人民政府主管全县教育工作的工作部门，负责贯彻执行国家和省、市有关教育工作的方针政策和法律法规。",
        "局机关内设办公室、基础教育股、计划财务股、人事股、教育督导室等股室，下辖县教研室、县教师进修学校等事业单位。",
        "全县现有各级各类学校86所，在校学生4.2万人，教职工3600余人。办公地址：云溪县城关镇学府路8号。",
    ))  # fmt: skip
    site["/channels/15.html"] = ss_page("机构简介", [("首页", "/index.html"), ("机构简介", "/channels/15.html")],
                                        f"<div class='title'>机构简介</div><div class='xx'>{about}</div>", side)  # fmt: skip
    # articles: related links are the column's neighbours
    for channel, arts, tag in (("12", news, "div"), ("13", notices, "h2"),
                               *((c, xxgk[c], "h2") for c, _ in SS_XXGK)):  # fmt: skip
        pool = arts if len(arts) > 4 else news
        for i, a in enumerate(arts):
            related = [r for r in pool if r is not a][i % 3 : i % 3 + 4]
            site[a.path] = ss_article(a, channel, related, tag)
    # the home page: a picture news block, the newest news and notices, the 信息公开 entrances
    top = "".join(
        f"<li><a href='{a.path}' title='{a.title}'>{a.title}</a><span>{a.day[5:]}</span></li>" for a in news[:7]
    )
    tz = "".join(f"<li><a href='{a.path}' title='{a.title}'>{a.title}</a><span>{a.day[5:]}</span></li>"
                 for a in notices[:7])  # fmt: skip
    entrances = "".join(f"<a href='/channels/{c}.html'><img src='/images/xxgk{c}.png' alt='{n}'><span>{n}</span></a>"
                        for c, n in SS_XXGK)  # fmt: skip
    home = ss_page("首页", [("首页", "/index.html")], (
        f"<div class='focus'><a href='{news[0].path}'><img src='/upload/images/2021/6/focus1.png' alt=''></a>"
        f"<p>{news[0].title}</p></div>"
        f"<div class='box'><div class='box-t'><span>教育要闻</span><a href='/channels/12.html'>更多</a></div><ul>{top}</ul></div>"
        f"<div class='box'><div class='box-t'><span>通知公告</span><a href='/channels/13.html'>更多</a></div><ul>{tz}</ul></div>"
        f"<div class='xxgk-entry'>{entrances}</div>"
    ))  # fmt: skip
    site["/"] = site["/index.html"] = home
    return site, by_path(truth)


# ---- 2. EmpireCMS (帝国CMS): a county 信息公开 site ----------------------------------------------------------

EC_NAME = "桐山县教育体育局"
EC_MENU = (("首页", "/"), ("信息公开", "/xxgk/"), ("通知公告", "/xxgk/tzgg/"), ("政策文件", "/xxgk/zcwj/"),
           ("机构概况", "/xxgk/jggk/"), ("人事信息", "/xxgk/rsxx/"))  # fmt: skip


def ec_page(title, crumbs, main):
    nav = "".join(f"<li><a href='{u}'>{t}</a></li>" for t, u in EC_MENU)
    crumb = "&nbsp;&gt;&nbsp;".join(f"<a href='{u}'>{t}</a>" for t, u in crumbs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} - {EC_NAME}</title>"
        "<meta name='keywords' content='信息公开'><link href='/skin/default/css/style.css' rel='stylesheet'></head>"
        f"<body><div class='top'><div class='logo'><img src='/skin/default/images/logo.png' alt='{EC_NAME}'></div>"
        "<form action='/e/search/index.php' method='post'><input name='keyboard'><input type='submit' value='搜索'></form>"
        f"</div><div class='menu'><ul>{nav}</ul></div>"
        f"<table class='position' width='100%'><tr><td>您当前的位置：{crumb}</td></tr></table>{main}"
        f"<div class='footer'><p>版权所有：{EC_NAME} 地址：桐山县人民路120号</p>"
        "<p>网站标识码：3300000001 浙ICP备87654321号 浙公网安备 33000002000001号</p></div></body></html>"
    )


def ec_pager(folder, k, pages, total, second=2):
    """EmpireCMS's list pager: index.html, then index_2.html ... (``second=1``: a variant whose page 2 is
    index_1.html)."""
    url = {j: f"{folder}index.html" if j == 1 else f"{folder}index_{j - 2 + second}.html" for j in range(1, pages + 1)}
    parts = [f"<a title='Total record'>&nbsp;<b>{total}</b> </a>&nbsp;&nbsp;"]
    if k > 1:
        parts.append(f"<a href='{url[1]}'>首页</a>&nbsp;<a href='{url[k - 1]}'>上一页</a>&nbsp;")
    parts += [f"<b>{j}</b>&nbsp;" if j == k else f"<a href='{url[j]}'>{j}</a>&nbsp;" for j in url]
    if k < pages:
        parts.append(f"<a href='{url[k + 1]}'>下一页</a>&nbsp;<a href='{url[pages]}'>尾页</a>")
    return f"<div class='epages'>{''.join(parts)}</div>"


def ec_side(here):
    items = "".join(f"<li{ON if u == here else ''}><a href='{u}'>{t}</a></li>" for t, u in EC_MENU[2:])
    return f"<div class='left'><div class='left-t'>信息公开</div><ul>{items}</ul></div>"


def ec_article(a, col, folder, n):
    meta = (
        "<table width='100%' border='0' cellpadding='0' cellspacing='1' class='xxgk_table'>"
        f"<tr><td class='lab'>索引号：</td><td>11330999MB0000000X/{a.when:%Y}-{n:05d}</td>"
        f"<td class='lab'>发布机构：</td><td>{EC_NAME}</td></tr>"
        f"<tr><td class='lab'>生成日期：</td><td>{a.day}</td><td class='lab'>文号：</td><td>{a.number}</td></tr>"
        "<tr><td class='lab'>主题分类：</td><td>教育</td><td class='lab'>公开方式：</td><td>主动公开</td></tr></table>"
    )
    main = (
        f"<div class='main'>{ec_side(folder)}<div class='right'><div class='xxgk-meta'>{meta}</div>"
        f"<div class='ntitle'><h1>{a.title}</h1></div>"
        f"<div class='ninfo'>发布时间：{a.when:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;"
        f"浏览次数：{120 + n}</div><div class='ncontent'>{a.body}</div>"
        "<div class='nprint'>【<a href='javascript:window.print();'>打印</a>】【<a href='javascript:window.close();'>关闭</a>】"
        "</div></div></div>"
    )
    return ec_page(a.title, [("首页", "/"), ("信息公开", "/xxgk/"), (col, folder)], main)


def empire_site():
    site = {}
    tz_titles = titles(
        ["2021年全县中小学寒假放假", "全县教育系统安全生产大检查", "2021年中小学教师暑期培训", "县级优秀班主任评选",
         "2021年学前教育宣传月活动", "中小学课后服务工作", "2021年高考期间环境保护", "全县中小学生体质健康抽测",
         "2021年义务教育学校新生报名", "校外培训机构专项治理", "教育系统“我为群众办实事”实践活动",
         "2021年少年儿童游泳安全"],
        ["的通知", "有关事项的公告", "的工作提示", "的补充通知", "情况的通报"], 38, "关于{}{}")  # fmt: skip
    tzgg = [Art(f"/xxgk/tzgg/{w:%Y-%m-%d}/{1500 - 4 * k}.html", t, w, "局办公室")
            for k, (t, w) in enumerate(zip(tz_titles, days("2021-07-02 16:20", 38)))]  # fmt: skip
    zc_titles = titles(
        ["桐山县教育体育局关于印发"],
        ["《中小学教育惩戒实施细则》的通知", "《义务教育阶段学校招生办法》的通知", "《民办学校年检办法》的通知",
         "《中小学校安全工作考核办法》的通知", "《教师“县管校聘”改革实施方案》的通知", "《学生资助工作管理办法》的通知",
         "《中小学作业管理十条》的通知", "《校外培训机构管理办法》的通知", "《学校食堂管理规定》的通知",
         "《幼儿园收费管理办法》的通知", "《中小学教学常规管理规定》的通知", "《教育督导工作规程》的通知",
         "《体育传统项目学校评定办法》的通知", "《中小学班主任工作规定》的通知", "《校园欺凌防治实施办法》的通知",
         "《教育系统信访工作规则》的通知", "《名师名校长培养工程实施方案》的通知", "《学校公用经费管理办法》的通知",
         "《中小学研学实践教育管理办法》的通知"], 19)  # fmt: skip
    zcwj = [Art(f"/e/action/ShowInfo.php?classid=5&id={900 - 5 * k}", t, w, "政策法规科")
            for k, (t, w) in enumerate(zip(zc_titles, days("2021-06-30 11:00", 19, 7)))]  # fmt: skip
    rs_titles = ["桐山县2021年公开招聘中小学教师公告", "桐山县2021年公开招聘中小学教师拟聘用人员公示",
                 "2020年度中小学高级教师职称评审结果公示"]  # fmt: skip
    rsxx = [Art(f"/xxgk/rsxx/{w:%Y-%m-%d}/{700 - k}.html", t, w, "人事科")
            for k, (t, w) in enumerate(zip(rs_titles, days("2021-06-20 09:00", 3, 25)))]  # fmt: skip
    for i, a in enumerate(tzgg + zcwj + rsxx):
        a.body = "".join(f"<p>{p}</p>" for p in prose(a.title, EC_NAME))
        a.number = f"桐教体〔{a.when:%Y}〕{i + 3}号" if a in zcwj else ""
    scan = tzgg[8]  # an image-only notice
    scan.body = "<p align='center'><img src='/d/file/xxgk/tzgg/2021-05-19/5c0e2a71b3.png' border='0'></p>"
    site["/d/file/xxgk/tzgg/2021-05-19/5c0e2a71b3.png"] = IMAGE

    def rows_li(arts):
        return "".join(f"<li><a href='{a.path}' title='{a.title}' target='_blank'>{a.title}</a>"
                       f"<span class='date'>{a.day}</span></li>" for a in arts)  # fmt: skip

    def column(folder, col, inner):
        main = (
            f"<div class='main'>{ec_side(folder)}<div class='right'><div class='right-t'>{col}</div>{inner}</div></div>"
        )
        return ec_page(col, [("首页", "/"), ("信息公开", "/xxgk/"), (col, folder)], main)

    # 通知公告: index.html, index_2.html, index_3.html (15, 15, 8 rows)
    for k in (1, 2, 3):
        page = column("/xxgk/tzgg/", "通知公告", f"<ul class='list'>{rows_li(tzgg[(k - 1) * 15 : k * 15])}</ul>"
                      + ec_pager("/xxgk/tzgg/", k, 3, len(tzgg)))  # fmt: skip
        site["/xxgk/tzgg/index.html" if k == 1 else f"/xxgk/tzgg/index_{k}.html"] = page
    site["/xxgk/tzgg/"] = site["/xxgk/tzgg/index.html"]
    # 政策文件: a table of 文号 and dates, index.html then index_1.html (14, 6 rows, one a 通知公告 article)
    shared = tzgg[4]
    listed = sorted([*zcwj, shared], key=lambda a: a.when, reverse=True)
    for k in (1, 2):
        trs = "".join(
            f"<tr><td>{(k - 1) * 14 + i + 1}</td><td class='bt'><a href='{a.path}' title='{a.title}' target='_blank'>"
            f"{a.title}</a></td><td>{a.number or '—'}</td><td>{a.day}</td></tr>"
            for i, a in enumerate(listed[(k - 1) * 14 : k * 14])
        )
        table = f"<table class='zcwj' width='100%'><tr><th>序号</th><th>文件名称</th><th>文号</th><th>发布日期</th></tr>{trs}</table>"
        page = column("/xxgk/zcwj/", "政策文件", table + ec_pager("/xxgk/zcwj/", k, 2, len(listed), second=1))
        site["/xxgk/zcwj/index.html" if k == 1 else "/xxgk/zcwj/index_1.html"] = page
    site["/xxgk/zcwj/"] = site["/xxgk/zcwj/index.html"]
    # 人事信息: a column introduction above three rows, one page
    intro = ("<div class='lmjs'><p>本栏目公开局机关及所属学校的人事信息，包括干部任免、公开招聘、职称评审、表彰奖励等内容。"
             "公开招聘的报名条件、考试安排及成绩以本栏目发布的公告为准，有疑问的请在工作日与人事科联系。</p></div>")  # fmt: skip
    page = column(
        "/xxgk/rsxx/", "人事信息", intro + f"<ul class='list'>{rows_li(rsxx)}</ul>" + ec_pager("/xxgk/rsxx/", 1, 1, 3)
    )
    site["/xxgk/rsxx/"] = site["/xxgk/rsxx/index.html"] = page
    # 机构概况: a single page
    about = "".join(f"<p>{p}</p>" for p in (
        f"{EC_NAME}是县政府工作部门，主要职责是贯彻执行党和国家的教育、体育工作方针政策，拟订全县教育体育事业发展规划并组织实施。",
        "内设机构：办公室、政策法规科、基础教育科、人事科、计划财务科、体育科、教育督导室。",
        "办公地址：桐山县人民路120号；办公时间：工作日上午8:30-12:00，下午14:30-17:30；联系电话：0571-7654321。",
    ))  # fmt: skip
    site["/xxgk/jggk/"] = site["/xxgk/jggk/index.html"] = column(
        "/xxgk/jggk/", "机构概况", f"<div class='dytitle'>机构概况</div><div class='dycontent'>{about}</div>"
    )
    # 信息公开: 栏目导航, only the sub-columns' links
    nav = "".join(f"<dl><dt><a href='{u}'>{t}</a></dt><dd><a href='{u}'>进入栏目</a></dd></dl>" for t, u in EC_MENU[2:])
    site["/xxgk/"] = site["/xxgk/index.html"] = ec_page(
        "信息公开", [("首页", "/"), ("信息公开", "/xxgk/")],
        f"<div class='main'><div class='lmdh'><div class='lmdh-t'>栏目导航</div>{nav}</div>"
        "<div class='gkzn'><a href='/xxgk/jggk/'>政府信息公开指南</a> <a href='/xxgk/jggk/'>政府信息公开制度</a></div></div>",
    )  # fmt: skip
    for n, a in enumerate(tzgg):
        site[a.path] = ec_article(a, "通知公告", "/xxgk/tzgg/", n)
    for n, a in enumerate(zcwj):
        site[a.path] = ec_article(a, "政策文件", "/xxgk/zcwj/", 100 + n)
    for n, a in enumerate(rsxx):
        site[a.path] = ec_article(a, "人事信息", "/xxgk/rsxx/", 200 + n)
    home = ec_page("首页", [("首页", "/")], (
        "<div class='main'>"
        f"<div class='box'><div class='box-t'>通知公告<a href='/xxgk/tzgg/' class='more'>更多&gt;&gt;</a></div>"
        f"<ul>{rows_li(tzgg[:6])}</ul></div>"
        f"<div class='box'><div class='box-t'>政策文件<a href='/xxgk/zcwj/' class='more'>更多&gt;&gt;</a></div>"
        f"<ul>{rows_li(zcwj[:6])}</ul></div>"
        "<div class='links'><a href='/xxgk/'>信息公开目录</a><a href='/xxgk/jggk/'>机构概况</a>"
        "<a href='/xxgk/rsxx/'>人事信息</a></div></div>"
    ))  # fmt: skip
    site["/"] = site["/index.html"] = home
    return site, by_path(tzgg + zcwj + rsxx)


# ---- 3. TRS WCM: a school of a district 站群, with side menus -------------------------------------------------

TRS_NAME = "江源区实验小学"
TRS_CLUSTER = "江源区教育局"


def trs_page(title, depth, crumbs, side, main):
    """A page ``depth`` folders below the root; links are relative, as TRS WCM writes them."""
    up = "../" * depth
    nav = "".join(f"<li><a href='{up}{u}'>{t}</a></li>" for t, u in (
        ("首页", "index.html"), ("学校概况", "xxgk/xxjj/index.html"), ("信息公开", "xxgk/tzgg/index.html"),
        ("新闻中心", "xwzx/xyxw/index.html")))  # fmt: skip
    crumb = "&nbsp;&gt;&nbsp;".join(f"<a href='{u}' title='{t}' class='CurrChnlCls'>{t}</a>" for t, u in crumbs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta name='SiteName' content='{TRS_NAME}'><meta name='ColumnName' content='{crumbs[-1][0]}'>"
        f"<script src='{up}images/page.js'></script></head><body>"
        f"<div class='zq-top'>{TRS_CLUSTER}学校站群 | <a href='{up}index.html'>{TRS_NAME}</a></div>"
        f"<div class='head'><img src='{up}images/banner.png' alt='{TRS_NAME}'></div><div class='nav'><ul>{nav}</ul></div>"
        f"<div class='container'><div class='left'>{side}</div><div class='right'>"
        f"<div class='position'>当前位置：{crumb}</div>{main}</div></div>"
        f"<div class='foot'>{TRS_NAME} 版权所有 地址：江源区学院路1号 电话：0431-8888888<br>"
        "技术支持：江源区教育信息中心 吉ICP备00000001号</div></body></html>"
    )


TRS_XXGK = (("学校简介", "xxjj"), ("通知公告", "tzgg"), ("教师工作", "jsgz"), ("规章制度", "gzzd"))
TRS_XWZX = (("校园新闻", "xyxw"), ("媒体报道", "mtbd"))


def trs_side(group, items, here, up):
    """The side menu of a column's siblings, ``up`` the way from the page to the group's folder."""
    lis = "".join(f"<li{ON if c == here else ''}><a href='{up}{c}/index.html'>{t}</a></li>" for t, c in items)
    return f"<div class='left-nav'><h3>{group}</h3><ul>{lis}</ul></div>"


TRS_SCRIPTS = {
    # the count and the current page written in the call
    "call": lambda pages, k: f'<script>createPageHTML({pages}, {k}, "index", "html");</script>',
    # the count and the current page in variables before the call
    "vars": lambda pages, k: (
        f"<script>var countPage = {pages}; var currentPage = {k};\n"
        'createPageHTML(countPage, currentPage, "index", "html");</script>'
    ),  # fmt: skip
    # the template's own writer: variables, then document.write of each link
    "write": lambda pages, k: (
        f"<script language='JavaScript'>\nvar currentPage = {k};//所在页从0开始\nvar prevPage = currentPage-1//上一页\n"
        f"var nextPage = currentPage+1//下一页\nvar countPage = {pages}//共多少页\n"
        'document.write("共"+countPage+"页&nbsp;&nbsp;");\n'
        "if(countPage>1&&currentPage!=0&&currentPage!=1)\n"
        '  document.write("<a href=\\"index.html\\">首页</a>&nbsp;<a href=\\"index"+"_" + prevPage + "."+"html\\">上一页</a>&nbsp;");\n'
        "else if(countPage>1&&currentPage!=0&&currentPage==1)\n"
        '  document.write("<a href=\\"index.html\\">首页</a>&nbsp;<a href=\\"index.html\\">上一页</a>&nbsp;");\n'
        'else\n  document.write("首页&nbsp;上一页&nbsp;");\n'
        "if(countPage>1&&currentPage!=(countPage-1))\n"
        '  document.write("<a href=\\"index"+"_" + nextPage + "."+"html\\">下一页</a>&nbsp;'
        '<a href=\\"index_" + (countPage-1) + ".html\\">尾页</a>");\n'
        'else\n  document.write("下一页&nbsp;尾页");\n</script>'
    ),
}


def relative(path, group, folder):
    """An article's link from its list page in /group/folder/, as TRS WCM writes it (./202103/t….html, or
    ../tzgg/202103/t….html for a document quoted from a sibling column)."""
    own, rest = path.split("/")[2], path.split("/", 3)[3]
    return f"./{rest}" if path.startswith(f"/{group}/{folder}/") else f"../{own}/{rest}"


def trs_site():
    site = {}
    stamp = iter(range(456000, 455000, -7))

    def arts(folder, heads, tails, n, start, step, fmt="{}{}", source="学校办公室"):
        out = []
        for t, w in zip(titles(heads, tails, n, fmt), days(start, n, step)):
            a = Art(f"/{folder}/{w:%Y%m}/t{w:%Y%m%d}_{next(stamp)}.html", t, w, source)
            a.body = "".join(f"<p>{p}</p>" for p in prose(t, TRS_NAME))
            out.append(a)
        return out

    tzgg = arts("xxgk/tzgg", ["2021年春季开学", "清明节放假", "“五一”劳动节放假", "端午节放假", "2021年一年级新生入学",
                              "期末考试", "暑假放假", "学生体质健康测试", "校服征订", "课后服务报名", "近视防控宣传月",
                              "家长开放日"],
                ["安排的通知", "有关事项的通知", "工作的温馨提示", "工作安排", "致家长的一封信"], 36, "2021-06-30 17:00", 3)  # fmt: skip
    jsgz = arts("xxgk/jsgz", ["我校", "数学组", "语文组", "英语组", "综合组", "青年教师"],
                ["开展集体备课活动", "举行教学基本功比赛", "参加区级优质课评比", "开展师徒结对活动", "召开教学工作会议",
                 "开展课题研究中期交流", "组织外出学习汇报会"], 17, "2021-06-26 14:00", 5, source="教务处")  # fmt: skip
    gzzd = arts("xxgk/gzzd", ["江源区实验小学"], ["教师考勤制度", "学生一日常规", "安全工作责任制度"], 3,
                "2021-03-01 08:00", 1)  # fmt: skip
    xyxw = arts("xwzx/xyxw", ["我校", "少先队大队部", "一年级", "六年级", "校合唱团", "校足球队"],
                ["举行升旗仪式", "开展植树活动", "参观科技馆", "获区级比赛一等奖", "举行毕业典礼", "开展红色研学",
                 "举行入队仪式"], 17, "2021-06-29 10:00", 4, source="少先队大队部")  # fmt: skip
    mtbd = arts("xwzx/mtbd", ["江源日报：", "区融媒体中心："], ["实验小学“双减”落地有声", "实验小学课后服务受家长欢迎",
                                                            "实验小学打造书香校园"], 3, "2021-05-20 09:00", 11,
                source="江源日报")  # fmt: skip
    scan = tzgg[6]  # an image-only notice: one scanned page
    picture = f"W0{scan.when:%Y%m%d}512345678901.png"
    scan.body = (f"<p style='text-align: center'><img src='./{picture}' OLDSRC='{picture}' "
                 "style='border-width: 0px' /></p>")  # fmt: skip
    site[f"/xxgk/tzgg/{scan.when:%Y%m}/{picture}"] = IMAGE
    shared = tzgg[2]  # a notice quoted into 教师工作 (TRS keeps its URL under the first column)

    def column(group, gfolder, items, folder, name, listed, per_page, script, intro=""):
        pages = -(-len(listed) // per_page)
        for k in range(pages):
            lis = "".join(
                f"<li><a href='{relative(a.path, gfolder, folder)}' target='_blank' title='{a.title}'>{a.title}</a>"
                f"<span>{a.day}</span></li>"
                for a in listed[k * per_page : (k + 1) * per_page]
            )
            pager = f"<div class='page'>{TRS_SCRIPTS[script](pages, k)}</div>" if script else ""
            crumbs = [("首页", "../../"), (group, "../"), (name, "./")]
            page = trs_page(f"{name}_{TRS_NAME}", 2, crumbs, trs_side(group, items, folder, "../"),
                            f"<div class='lm-t'>{name}</div>{intro}<ul class='list'>{lis}</ul>{pager}")  # fmt: skip
            site[f"/{gfolder}/{folder}/index.html" if k == 0 else f"/{gfolder}/{folder}/index_{k}.html"] = page
        site[f"/{gfolder}/{folder}/"] = site[f"/{gfolder}/{folder}/index.html"]

    column("信息公开", "xxgk", TRS_XXGK, "tzgg", "通知公告", tzgg, 13, "call")
    column("信息公开", "xxgk", TRS_XXGK, "jsgz", "教师工作", sorted([*jsgz, shared], key=lambda a: a.when, reverse=True),
           12, "vars")  # fmt: skip
    column("信息公开", "xxgk", TRS_XXGK, "gzzd", "规章制度", gzzd, 20, None,
           "<div class='lmjs'><p>本栏目公开学校内部管理的各项规章制度，包括教师管理、学生管理、安全管理等方面，"
           "制度经教代会审议通过后施行，请全体师生遵照执行。如对制度内容有意见建议，可向校长办公室反映。</p></div>")  # fmt: skip
    column("新闻中心", "xwzx", TRS_XWZX, "xyxw", "校园新闻", xyxw, 13, "write")
    column("新闻中心", "xwzx", TRS_XWZX, "mtbd", "媒体报道", mtbd, 15, "call")
    # 学校简介: a single-page column (its index.html shows the text itself)
    about = "".join(f"<p>{p}</p>" for p in (
        f"{TRS_NAME}始建于1956年，是{TRS_CLUSTER}直属的一所全日制公办小学，现有教学班36个，学生1600余名，教职工98人。",
        "学校秉承“让每一个孩子都得到发展”的办学理念，先后被评为省级文明校园、市级书香校园、区级教育教学质量先进单位。",
        "学校占地面积2.1万平方米，建有标准化运动场、科技馆、图书馆和各类专用教室，教育教学设施齐全。",
    ))  # fmt: skip
    site["/xxgk/xxjj/"] = site["/xxgk/xxjj/index.html"] = trs_page(
        f"学校简介_{TRS_NAME}",
        2,
        [("首页", "../../"), ("信息公开", "../"), ("学校简介", "./")],
        trs_side("信息公开", TRS_XXGK, "xxjj", "../"),
        f"<div class='article'><h1>学校简介</h1><div class='TRS_Editor'>{about}</div></div>",
    )
    # 信息公开: the group's own page, the newest notices and the side menu
    newest = "".join(
        f"<li><a href='./tzgg/{a.path.split('/', 3)[3]}'>{a.title}</a><span>{a.day}</span></li>" for a in tzgg[:5]
    )
    site["/xxgk/"] = site["/xxgk/index.html"] = trs_page(
        f"信息公开_{TRS_NAME}",
        1,
        [("首页", "../"), ("信息公开", "./")],
        trs_side("信息公开", TRS_XXGK, "", "./"),
        f"<div class='lm-t'>最新公开</div><ul class='list'>{newest}</ul><a href='./tzgg/index.html' class='more'>更多</a>",
    )
    site["/xwzx/"] = site["/xwzx/index.html"] = trs_page(
        f"新闻中心_{TRS_NAME}",
        1,
        [("首页", "../"), ("新闻中心", "./")],
        trs_side("新闻中心", TRS_XWZX, "", "./"),
        "".join(f"<div class='lm-t'><a href='./{c}/index.html'>{t}</a></div>" for t, c in TRS_XWZX),
    )
    for group, _, items, folder, col, listed in (
        ("信息公开", "xxgk", TRS_XXGK, "tzgg", "通知公告", tzgg), ("信息公开", "xxgk", TRS_XXGK, "jsgz", "教师工作", jsgz),
        ("信息公开", "xxgk", TRS_XXGK, "gzzd", "规章制度", gzzd), ("新闻中心", "xwzx", TRS_XWZX, "xyxw", "校园新闻", xyxw),
        ("新闻中心", "xwzx", TRS_XWZX, "mtbd", "媒体报道", mtbd),
    ):  # fmt: skip
        for a in listed:
            crumbs = [("首页", "../../../"), (group, "../../"), (col, "../")]
            main = (
                f"<div class='article'><h1 class='title'>{a.title}</h1><div class='info'><span>发布日期：{a.day}</span>"
                f"<span>来源：{a.source}</span><span>【字号：<a href='javascript:doZoom(16)'>大</a> "
                "<a href='javascript:doZoom(14)'>中</a> <a href='javascript:doZoom(12)'>小</a>】</span></div>"
                f"<div class='TRS_Editor'><div class='TRS_Editor'>{a.body}</div></div>"
                "<div class='close'><a href='javascript:window.print()'>【打印本页】</a>"
                "<a href='javascript:window.close()'>【关闭窗口】</a></div></div>"
            )
            site[a.path] = trs_page(f"{a.title}_{TRS_NAME}", 3, crumbs, trs_side(group, items, folder, "../../"), main)
    # the home page: menus to 学校概况, 信息公开 (its first column) and 新闻中心; the newest of two columns
    home_rows = "".join(f"<li><a href='./{a.path[1:]}' title='{a.title}'>{a.title}</a><span>{a.day[5:]}</span></li>"
                        for a in tzgg[:6])  # fmt: skip
    news_rows = "".join(f"<li><a href='./{a.path[1:]}' title='{a.title}'>{a.title}</a><span>{a.day[5:]}</span></li>"
                        for a in xyxw[:6])  # fmt: skip
    site["/"] = site["/index.html"] = trs_page(
        TRS_NAME,
        0,
        [("首页", "./")],
        "",
        f"<div class='box'><div class='box-t'>通知公告<a href='./xxgk/tzgg/index.html'>更多</a></div><ul>{home_rows}</ul></div>"
        f"<div class='box'><div class='box-t'>校园新闻<a href='./xwzx/xyxw/index.html'>更多</a></div><ul>{news_rows}</ul></div>",
    )
    site["/images/page.js"] = (200, "function createPageHTML(n, c, name, ext) {}", "application/javascript")
    return site, by_path(tzgg + jsgz + gzzd + xyxw + mtbd)


# ---- the crawls ------------------------------------------------------------------------------------------------

SITES = {"siteserver": siteserver_site, "empirecms": empire_site, "trs": trs_site}


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    site, expected = SITES[request.param]()
    assert len(site) <= 130, "a fixture site stays small enough to crawl in seconds"
    log, got = crawl(site, tmp_path_factory.mktemp(request.param) / "disclosure.db")
    return expected, got, log


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    expected, got, log = crawled
    check_urls(expected, got, log)


def test_each_archived_article_has_its_title_and_day(crawled):
    expected, got, _ = crawled
    check_fields(expected, got)
