"""Two CMS families' whole sites, written by hand after their public template markup and crawled with nothing but
the home page's address; the archive must hold exactly the articles the site publishes, with their titles and dates.

* Sudy WebPlus (苏迪): articles at /2021/0305/c1234a56789/page.htm, a column's pages at /1234/list.htm,
  /1234/list2.htm ...; every article page shows three side lists of dated rows (最新动态, 通知公告, 学术活动), and
  one column's article template gives its date without a label.
* VSB (博达): articles at /info/1012/3456.htm, a column at /xwzx/tzgg.htm whose later pages count down in a folder
  named like it (tzgg/3.htm ... tzgg/1.htm, the last page); a column page showing its newest article in full
  above its rows; single-page columns (学校简介) showing one undated text that is not an article.

Each site has a drop-down menu, a column of 2-4 pages, a one-page column, single-page columns, articles that show
only an image and articles listed in two columns. No page is copied from a real site."""

import posixpath
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from jiangbei_crawler.testing import cron, static_site, tiny_png


@dataclass
class Article:
    path: str
    title: str
    day: date
    column: str  # the column it belongs to (its breadcrumb)
    body: str  # inner HTML of the body


PNG = (200, tiny_png(), "image/png")

SENTENCES = (
    "为进一步加强学校内部管理，提升教育教学质量，学校结合本学期工作实际，经研究决定开展此项工作。",
    "各部门要高度重视，明确责任分工，细化工作措施，确保各项任务按时保质完成。",
    "活动期间，师生积极参与，现场气氛热烈，充分展示了我校师生昂扬向上的精神风貌。",
    "会议强调，要坚持立德树人根本任务，把思想政治工作贯穿教育教学全过程。",
    "请各单位于规定时间前将相关材料报送至学校办公室，联系电话：0574-87600000。",
    "本次活动由学生工作部主办，各学院团委协办，共有三百余名学生参加。",
    "与会人员围绕人才培养、学科建设、队伍建设等方面进行了深入交流和讨论。",
    "学校将以此为契机，不断完善工作机制，推动各项事业高质量发展。",
    "报告会上，主讲人结合具体案例，深入浅出地介绍了该领域的最新研究进展。",
    "下一步，学校将继续加大投入力度，为师生创造更加良好的学习和工作环境。",
)


def prose(title, k, n=3):
    """A few paragraphs of an article's body, its own (the title, then sentences chosen by ``k``)."""
    first = f"<p>　　{title}。{SENTENCES[k % 10]}{SENTENCES[(k + 3) % 10]}</p>"
    rest = "".join(f"<p>　　{SENTENCES[(k + 2 * j + 1) % 10]}{SENTENCES[(k + 5 * j + 7) % 10]}</p>" for j in range(n))
    return first + rest


def short(title, n=20):
    """A list row's text: long titles cut, the whole title in the row's title attribute."""
    return title if len(title) <= n + 2 else title[:n] + "..."


def first_img(a):
    return re.search(r"src='([^']+)'", a.body).group(1)


def paths_of(db):
    conn = sqlite3.connect(db)
    try:
        return {re.sub(r"^http://[^/]+", "", u) for (u,) in conn.execute("select url from articles")}
    finally:
        conn.close()


def archived_rows(db):
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("select url, title, published from articles").fetchall()
    finally:
        conn.close()
    return {re.sub(r"^http://[^/]+", "", u): (t, p) for u, t, p in rows}


@dataclass
class Crawled:
    site: dict
    truth: dict  # path: Article
    not_articles: set  # paths of pages that are no articles (home, lists, single-page columns)
    db: object
    log: str


def crawl_site(tmp_path_factory, name, build):
    site, truth, not_articles = build()
    db = tmp_path_factory.mktemp(name) / "disclosure.db"
    with static_site(site) as url:
        proc = cron(url, db, timeout=300)
    return Crawled(site, truth, not_articles, db, proc.stdout[-4000:] + proc.stderr[-6000:])


# =====================================================================================================================
# Sudy WebPlus
# =====================================================================================================================

SUDY_SCHOOL = "甬江学院"
SUDY_NEWS, SUDY_NOTICES, SUDY_TALKS = "1234", "1235", "1236"
SUDY_ABOUT, SUDY_CONTACT = "1230", "1232"
SUDY_NAMES = {SUDY_NEWS: "新闻动态", SUDY_NOTICES: "通知公告", SUDY_TALKS: "学术活动", SUDY_ABOUT: "学校简介",
              SUDY_CONTACT: "联系我们"}  # fmt: skip
SUDY_PER_PAGE = {SUDY_NEWS: 15, SUDY_NOTICES: 13, SUDY_TALKS: 15}

NEWS_ACTORS = ("我校", "教务处", "学生工作部", "校团委")
NEWS_EVENTS = ("春季学期工作会议", "新生入学教育", "教学质量专项检查", "学风建设月活动", "安全教育专题讲座",
               "青年教师教学竞赛", "毕业生就业双选会", "读书节系列活动", "科研项目申报培训会", "校园开放日活动")  # fmt: skip
NOTICE_TOPICS = ("期末考试安排", "暑假放假", "教材征订", "学生资助申请", "教职工体检", "安全隐患排查",
                 "毕业论文答辩", "课程表调整", "校园网络维护", "奖学金评定", "图书馆闭馆", "实验室开放", "宿舍调整")  # fmt: skip
TALK_TOPICS = ("人工智能与教育变革", "海洋经济发展新趋势", "新时代乡村振兴战略研究", "数字人文的方法与实践",
               "碳中和背景下的能源转型", "宋代港口城市史研究", "大数据时代的统计推断", "儿童语言习得的认知机制")  # fmt: skip
TALK_SPEAKERS = ("王建国", "李明华", "张晓燕", "陈志强", "刘海涛", "周文斌", "吴晓东", "郑丽娟")

SUDY_IMAGE_ONLY_NEWS = (5, 17, 29)
SUDY_IMAGE_ONLY_NOTICE = 8
SUDY_SHARED_NEWS = (2, 11)  # news also listed under 学术活动


def sudy_path(column, day, aid):
    return f"/{day.year}/{day:%m%d}/c{column}a{aid}/page.htm"


def sudy_image(day, aid, n=1):
    src = f"/_upload/article/images/{aid % 97:02x}/{aid % 89:02x}/{aid}img{n}.png"
    return src, (
        f"<p style='text-align:center;'><img data-layer='photo' src='{src}' original-src='{src}' "
        f"sudyfile-attr=\"{{'title':'{day:%Y%m%d}_{n}.png'}}\" /></p>"
    )


def sudy_articles():
    """{column: [Article, newest first]} and the images they show."""
    columns, images = {}, {}
    news = []
    for k in range(40):
        day = date(2021, 6, 28) - timedelta(days=3 * k)
        aid = 56840 - k
        actor, event = NEWS_ACTORS[k // 10], NEWS_EVENTS[k % 10]
        title = f"{actor}举行{event}"
        if k % 7 == 3:
            title += "——暨2021年度先进集体和先进个人表彰大会"
        if k in SUDY_IMAGE_ONLY_NEWS:
            title = f"图片新闻：{event}掠影"
            src, body = sudy_image(day, aid)
            body += sudy_image(day, aid, 2)[1]
            images[src] = images[sudy_image(day, aid, 2)[0]] = PNG
        else:
            body = prose(title, k, 3 + k % 3)
        news.append(Article(sudy_path(SUDY_NEWS, day, aid), title, day, SUDY_NEWS, body))
    notices = []
    for k in range(26):
        day = date(2021, 6, 29) - timedelta(days=4 * k + 1)
        aid = 56600 - k
        title = f"关于{'做好' if k < 13 else '开展'}2021年{NOTICE_TOPICS[k % 13]}工作的通知"
        if k == SUDY_IMAGE_ONLY_NOTICE:  # a notice published as a scan of the signed paper
            src, body = sudy_image(day, aid)
            images[src] = PNG
        else:
            body = prose(title, k + 4, 2 + k % 2) + "<p style='text-align:right;'>学校办公室</p>"
        notices.append(Article(sudy_path(SUDY_NOTICES, day, aid), title, day, SUDY_NOTICES, body))
    talks = []
    for k in range(8):
        day = date(2021, 6, 25) - timedelta(days=9 * k + 2)
        aid = 56400 - k
        title = f"学术讲座：{TALK_TOPICS[k]}（主讲人：{TALK_SPEAKERS[k]}教授）"
        body = f"<p>　　报告题目：{TALK_TOPICS[k]}</p><p>　　报告时间：{day:%Y年%m月%d日} 14:30</p>"
        body += f"<p>　　报告地点：图书馆报告厅</p><p>　　主讲人简介：{TALK_SPEAKERS[k]}，教授，博士生导师。</p>"
        body += prose(title, k + 2, 2)
        talks.append(Article(sudy_path(SUDY_TALKS, day, aid), title, day, SUDY_TALKS, body))
    shared = [news[k] for k in SUDY_SHARED_NEWS]
    columns[SUDY_NEWS] = news
    columns[SUDY_NOTICES] = notices
    columns[SUDY_TALKS] = sorted(talks + shared, key=lambda a: a.day, reverse=True)
    return columns, images


def sudy_head(title):
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><meta name='renderer' content='webkit' />"
        "<meta http-equiv='X-UA-Compatible' content='IE=edge,chrome=1'>"
        f"<title>{title}</title><meta name='keywords' content='{SUDY_SCHOOL}'>"
        "<link type='text/css' href='/_css/_system/system.css' rel='stylesheet'/>"
        "<link type='text/css' href='/_upload/site/1/style/1/1.css' rel='stylesheet'/>"
        "<script type='text/javascript' src='/_js/jquery.min.js' sudy-wp-context='' sudy-wp-siteId='421'></script>"
        "<script type='text/javascript' src='/_js/jquery.sudy.wp.visitcount.js'></script>"
        "<link rel='stylesheet' href='/_upload/tpl/00/01/1/template1/style.css' type='text/css'>"
        "</head>"
    )


def sudy_menu():
    def sub(items):
        lis = "".join(
            f"<li class='sub-item i{n}'><a class='sub-link' href='/{c}/list.htm' target='_self'>{SUDY_NAMES[c]}</a>"
            "</li>"
            for n, c in enumerate(items, 1)
        )
        return f"<em class='menu-switch-arrow'></em><ul class='sub-menu '>{lis}</ul>"

    items = [
        ("/main.htm", "首页", ""),
        (f"/{SUDY_ABOUT}/list.htm", "学校概况", sub([SUDY_ABOUT, SUDY_CONTACT])),
        (f"/{SUDY_NEWS}/list.htm", "新闻中心", sub([SUDY_NEWS, SUDY_NOTICES])),
        (f"/{SUDY_TALKS}/list.htm", "学术科研", sub([SUDY_TALKS])),
        ("javascript:void(0);", "招生就业", ""),
    ]
    lis = "".join(
        f"<li class='menu-item i{n}'><a class='menu-link' href='{href}' target='_self'>{label}</a>{drop}</li>"
        for n, (href, label, drop) in enumerate(items, 1)
    )
    return (
        "<nav class='wrapper nav wp-navi' id='nav'><div class='inner clearfix'><div class='wp-panel'>"
        "<div class='wp-window' frag='窗口2'><ul class='wp-menu'>" + lis + "</ul></div></div></div></nav>"
    )


def sudy_header():
    return (
        "<div class='wrapper header' id='header'><div class='inner'><div class='mod clearfix'>"
        "<div class='head-left' frag='面板1'><div class='sitelogo' frag='窗口1' portletmode='simpleSiteAttri'>"
        f"<a href='/main.htm' title='返回{SUDY_SCHOOL}首页'><img border='0' src='/_upload/site/00/01/1/logo.png' />"
        f"<span class='sitetitle'>{SUDY_SCHOOL}</span></a></div></div><div class='head-right'>"
        "<div class='site-lang'><ul class='clearfix'><li class='links i1'><a href='/main.htm' target='_self'>中文"
        "</a></li><li class='links i2'><a href='javascript:void(0);' target='_self'>English</a></li></ul></div>"
        "<div class='searchbox' frag='窗口4' portletmode='search'><div class='wp-search clearfix'>"
        "<form action='/_web/_search/api/search/new.rst?locale=zh_CN&request_locale=zh_CN&_p=YXM9MSZ0PTEmZD0x' "
        "method='post' target='_blank'><div class='search-input'><input name='keyword' class='search-title' "
        "type='text' placeholder='请输入关键词...'/></div><div class='search-btn'><input name='btnsearch' "
        "class='search-submit' type='submit' value=''/></div></form></div></div></div></div></div></div>"
    )


def sudy_footer():
    return (
        "<footer class='wrapper footer' id='footer'><div class='inner'><div class='mod clearfix'>"
        "<div class='foot-links'><span>友情链接：</span><a href='http://jyt.zj.example.gov.cn/' target='_blank'>"
        "浙江省教育厅</a><a href='http://jyj.nb.example.gov.cn/' target='_blank'>宁波市教育局</a></div>"
        "<div class='foot-left' frag='窗口90' portletmode='simpleSudyFooter'><p class='copyright'>"
        f"<span>版权所有 © 2021 {SUDY_SCHOOL}</span><span>地址：浙江省宁波市江北区风华路818号</span>"
        "<span>邮编：315211</span></p><p><span>浙ICP备00000000号-1</span>"
        "<span>技术支持：<a href='javascript:void(0);'>苏迪科技</a></span></p></div></div></div></footer>"
        "<script type='text/javascript' src='/_upload/tpl/00/01/1/template1/js/comcus.js'></script>"
        "</body></html>"
    )


def sudy_path_bar(column, extra=""):
    return (
        "<div class='col_path'><span class='path_name'>当前位置：</span><a href='/main.htm' target='_self'>首页"
        "</a><span class='possplit'>&nbsp;&nbsp;</span>"
        f"<a href='/{column}/list.htm' target='_self'>{SUDY_NAMES[column]}</a>{extra}</div>"
    )


SELECTED = " class='selected'"


def sudy_col_menu(column):
    group = [SUDY_ABOUT, SUDY_CONTACT] if column in (SUDY_ABOUT, SUDY_CONTACT) else [SUDY_NEWS, SUDY_NOTICES]
    if column == SUDY_TALKS:
        group = [SUDY_TALKS]
    lis = "".join(
        f"<li class='wp_column column-{n}{' selected' if c == column else ''}'><a title='{SUDY_NAMES[c]}' "
        f"href='/{c}/list.htm'{SELECTED if c == column else ''}><span class='column-name'>"
        f"{SUDY_NAMES[c]}</span></a></li>"
        for n, c in enumerate(group, 1)
    )
    return (
        "<div class='col_menu'><div class='col_menu_head'><h3 class='col_name'><span class='col_name_text'>"
        f"{SUDY_NAMES[group[0]]}</span></h3></div><div class='col_menu_con' frag='窗口5' portletmode='simpleColumnList'>"
        f"<ul class='wp_listcolumn list-paddingleft-2'>{lis}</ul></div></div>"
    )


def sudy_side_lists(columns):
    """The three side lists every article page shows: the newest rows of three columns, dates unlabelled."""
    blocks = ""
    for n, (column, label, count) in enumerate(
        ((SUDY_NEWS, "最新动态", 6), (SUDY_NOTICES, "通知公告", 6), (SUDY_TALKS, "学术活动", 5)), 11
    ):
        rows = "".join(
            f"<li class='news n{i} clearfix'><span class='news_title'><a href='{a.path}' target='_blank' "
            f"title='{a.title}'>{short(a.title, 16)}</a></span><span class='news_meta'>{a.day}</span></li>"
            for i, a in enumerate(columns[column][:count], 1)
        )
        blocks += (
            f"<div class='side-block' frag='窗口{n}' portletmode='simpleNews'><h3 class='side-title'><span "
            f"class='title'>{label}</span><a class='more' href='/{column}/list.htm'>更多</a></h3>"
            f"<div id='wp_news_w{n}'><ul class='news_list'>{rows}</ul></div></div>"
        )
    return f"<div class='col_side'>{blocks}</div>"


def sudy_article_page(a, columns):
    labelled = a.column != SUDY_NEWS  # the news column's template gives the date alone
    when = f"发布时间：{a.day}" if labelled else f"{a.day}"
    views = "浏览次数：" if labelled else "浏览："
    aid = a.path.split("a")[-1].split("/")[0]
    return (
        sudy_head(f"{a.title}")
        + "<body class='list'>"
        + sudy_header()
        + sudy_menu()
        + "<div class='wrapper' id='l-banner'><div class='inner'>"
        "<img border='0' src='/_upload/tpl/00/01/1/template1/images/list_banner.jpg' /></div></div>"
        "<div class='wrapper' id='d-container'><div class='inner clearfix'>"
        + sudy_side_lists(columns)
        + "<div class='infobox'>"
        + sudy_path_bar(a.column)
        + "<div class='article' frag='窗口3' portletmode='simpleArticleAttri'>"
        f"<h1 class='arti_title'>{a.title}</h1><h2 class='arti_title'></h2>"
        f"<p class='arti_metas'><span class='arti_publisher'>发布者：{SUDY_NAMES[a.column]}管理员</span>"
        f"<span class='arti_update'>{when}</span><span class='arti_views'>{views}<span class='WP_VisitCount' "
        f"url='/_visitcountdisplay?siteId=421&type=3&articleId={aid}'>0</span></span></p>"
        f"<div class='entry'><div class='read'><div class='wp_articlecontent'>{a.body}</div></div></div>"
        "</div></div></div></div>" + sudy_footer()
    )


def sudy_pager(column, k, pages, total):
    per = SUDY_PER_PAGE[column]

    def url(j):
        return f"/{column}/list.htm" if j == 1 else f"/{column}/list{j}.htm"

    void = "javascript:void(0);"
    first, prev = (void, void) if k == 1 else (url(1), url(k - 1))
    nxt, last = (void, void) if k == pages else (url(k + 1), url(pages))
    return (
        f"<div id='wp_paging_w6'><ul class='wp_paging clearfix'><li class='pages_count'><span class='per_page'>"
        f"每页&nbsp;<em class='per_count'>{per}</em>&nbsp;记录&nbsp;</span><span class='all_count'>总共&nbsp;"
        f"<em class='all_count'>{total}</em>&nbsp;记录&nbsp;</span></li><li class='page_nav'>"
        f"<a class='first' href='{first}' target='_self'><span>第一页</span></a>"
        f"<a class='prev' href='{prev}' target='_self'><span>&lt;&lt;上一页</span></a>"
        f"<a class='next' href='{nxt}' target='_self'><span>下一页&gt;&gt;</span></a>"
        f"<a class='last' href='{last}' target='_self'><span>尾页</span></a></li>"
        f"<li class='page_jump'><span class='pages'>页码&nbsp;<em class='curr_page'>{k}</em>/"
        f"<em class='all_pages'>{pages}</em></span><span><input class='pageNum' type='text' /><input "
        "type='hidden' class='currentPageURL' value='' /></span><a class='pagingJump' href='javascript:void(0);' "
        "target='_self'>跳转到&nbsp;</a></li></ul></div>"
    )


def sudy_column_frame(column, title, inner):
    return (
        sudy_head(f"{title}")
        + "<body class='list'>"
        + sudy_header()
        + sudy_menu()
        + "<div class='wrapper' id='l-banner'><div class='inner'>"
        "<img border='0' src='/_upload/tpl/00/01/1/template1/images/list_banner.jpg' /></div></div>"
        "<div class='wrapper' id='d-container'><div class='inner clearfix'>"
        + sudy_col_menu(column)
        + "<div class='col_news'><div class='col_news_box'><div class='col_news_head'>"
        f"<h2 class='col_name'>{SUDY_NAMES[column]}</h2>" + sudy_path_bar(column) + "</div>"
        f"<div class='col_news_con'>{inner}</div></div></div></div></div>" + sudy_footer()
    )


def sudy_list_pages(column, articles):
    per = SUDY_PER_PAGE[column]
    pages = -(-len(articles) // per)
    out = {}
    for k in range(1, pages + 1):
        rows = "".join(
            f"<li class='news n{i} clearfix'><span class='news_title'><a href='{a.path}' target='_blank' "
            f"title='{a.title}'>{short(a.title)}</a></span><span class='news_meta'>{a.day}</span></li>"
            for i, a in enumerate(articles[(k - 1) * per : k * per], 1)
        )
        inner = (
            "<div class='col_news_list listcon'><div frag='窗口6' portletmode='simpleList'>"
            f"<div id='wp_news_w6'><ul class='news_list list2'>{rows}</ul></div>"
            + sudy_pager(column, k, pages, len(articles))
            + "</div></div>"
        )
        path = f"/{column}/list.htm" if k == 1 else f"/{column}/list{k}.htm"
        out[path] = sudy_column_frame(column, SUDY_NAMES[column], inner)
    return out


SUDY_ABOUT_TEXT = (
    f"<p>　　{SUDY_SCHOOL}是一所以工为主，理、管、文、经、艺等多学科协调发展的省属全日制普通本科院校。学校坐落于"
    "历史文化名城宁波，校园占地面积一千二百余亩，建筑面积五十余万平方米，环境优美，设施完善。</p>"
    "<p>　　学校现设十二个二级学院，开设本科专业四十八个，全日制在校生一万六千余人。学校现有教职工一千一百余人，"
    "其中具有高级职称的教师四百余人，具有博士学位的教师五百余人。</p>"
    "<p>　　学校坚持立德树人根本任务，秉承“明德、笃学、求实、创新”的校训，主动服务区域经济社会发展，为社会培养"
    "了大批高素质应用型人才，先后获得全国文明校园、全省高校党建工作示范高校等荣誉称号。</p>"
    "<p>　　面向未来，学校将紧紧围绕建设高水平应用型大学的目标，深化教育教学改革，提升办学质量和水平。</p>"
)
SUDY_CONTACT_TEXT = (
    "<p>地址：浙江省宁波市江北区风华路818号</p><p>邮编：315211</p><p>电话：0574-87600000（党政办公室）</p>"
    "<p>传真：0574-87600001</p><p>电子邮箱：xb@yjxy.example.edu.cn</p>"
)


def sudy_site():
    columns, images = sudy_articles()
    site = dict(images)
    truth = {}
    for articles in columns.values():
        for a in articles:
            truth[a.path] = a
    for a in truth.values():
        site[a.path] = sudy_article_page(a, columns)
    for column, articles in columns.items():
        site.update(sudy_list_pages(column, articles))
    for column, text in ((SUDY_ABOUT, SUDY_ABOUT_TEXT), (SUDY_CONTACT, SUDY_CONTACT_TEXT)):
        inner = f"<div frag='窗口7' portletmode='simpleColumnAttri'><div class='wp_articlecontent'>{text}</div></div>"
        site[f"/{column}/list.htm"] = sudy_column_frame(column, SUDY_NAMES[column], inner)
    site["/"] = site["/main.htm"] = sudy_home(columns)
    not_articles = {p for p in site if p not in truth and not p.startswith("/_upload/")}
    return site, truth, not_articles


def sudy_home(columns):
    slides = "".join(
        f"<li class='news n{i}'><div class='news_imgs'><a href='{a.path}' target='_blank' title='{a.title}'>"
        f"<img src='{first_img(a)}' /></a></div><div class='news_title'>"
        f"<a href='{a.path}' target='_blank' title='{a.title}'>{a.title}</a></div></li>"
        for i, a in enumerate((columns[SUDY_NEWS][k] for k in SUDY_IMAGE_ONLY_NEWS), 1)
    )
    news = "".join(
        f"<li class='news n{i} clearfix'><div class='news_date'><span class='news_days'>{a.day:%d}</span>"
        f"<span class='news_year'>{a.day:%Y-%m}</span></div><div class='news_title'><a href='{a.path}' "
        f"target='_blank' title='{a.title}'>{short(a.title, 18)}</a></div></li>"
        for i, a in enumerate(columns[SUDY_NEWS][:6], 1)
    )

    def plain(column, count):
        return "".join(
            f"<li class='news n{i} clearfix'><span class='news_title'><a href='{a.path}' target='_blank' "
            f"title='{a.title}'>{short(a.title, 18)}</a></span><span class='news_meta'>{a.day:%m-%d}</span></li>"
            for i, a in enumerate(columns[column][:count], 1)
        )

    def block(n, column, label, rows, cls):
        return (
            f"<div class='post post{n} {cls}' frag='窗口{n}' portletmode='simpleNews'><div class='tt'><h3 "
            f"class='tit'><span class='title'>{label}</span></h3><div class='more_btn'><a class='more' "
            f"href='/{column}/list.htm' target='_self'>MORE+</a></div></div><div class='con'>"
            f"<div id='wp_news_w{n}'><ul class='news_list clearfix'>{rows}</ul></div></div></div>"
        )

    body = (
        "<div class='wrapper' id='banner'><div class='inner'><div class='focus' frag='窗口10' "
        f"portletmode='simpleSudyImageNews'><ul class='focus_list'>{slides}</ul></div></div></div>"
        "<div class='wrapper' id='m-container'><div class='inner clearfix'>"
        + block(21, SUDY_NEWS, "新闻动态", news, "post-news")
        + block(22, SUDY_NOTICES, "通知公告", plain(SUDY_NOTICES, 6), "post-notice")
        + block(23, SUDY_TALKS, "学术活动", plain(SUDY_TALKS, 5), "post-talk")
        + "</div></div>"
    )
    return sudy_head(SUDY_SCHOOL) + "<body class='home'>" + sudy_header() + sudy_menu() + body + sudy_footer()


# =====================================================================================================================
# VSB
# =====================================================================================================================

VSB_SCHOOL = "宁波市慈城中学"
# column: (folder, list name, tree id, display name, rows per page)
VSB_NEWS = ("xwzx", "xxyw", 1012, "学校要闻", 12)
VSB_NOTICES = ("xwzx", "tzgg", 1013, "通知公告", 13)
VSB_PARTY = ("djgz", "dyjy", 1021, "党员教育", 15)
VSB_SINGLE = {"/xxgk/xxjj.htm": "学校简介", "/xxgk/xrld.htm": "现任领导"}
VSB_OWNER = 1234567

VSB_IMAGE_ONLY_NEWS = (4, 19)
VSB_IMAGE_ONLY_NOTICE = 30
VSB_SHARED_NOTICES = (6, 21)  # notices also listed under 党员教育

NEWS_SUBJECTS = ("开学典礼", "春季运动会", "科技节", "家长开放日", "心理健康月", "学雷锋志愿服务", "艺术节",
                 "研学旅行", "读书分享会", "消防疏散演练", "校园歌手大赛", "教学开放周")  # fmt: skip
NOTICE_SUBJECTS = ("寒假放假", "学期初工作", "教职工政治学习", "校服征订", "食堂招标", "学生体质健康测试",
                   "期中考试", "暑期安全教育", "教师继续教育学分登记", "防汛防台", "课后服务", "新生报名",
                   "初三体育中考", "教材发放", "作息时间调整", "家长学校授课", "图书漂流",
                   "党员组织生活会", "主题党日活动", "党费收缴", "入党积极分子培训", "民主评议党员", "师德师风承诺",
                   "清廉学校建设", "垃圾分类")  # fmt: skip
PARTY_SUBJECTS = ("学习贯彻全会精神专题党课", "党史学习教育读书班", "“我为群众办实事”实践活动", "支部书记讲党课",
                  "党员先锋岗评选", "参观红色教育基地", "重温入党誓词", "党员志愿服务进社区")  # fmt: skip


def vsb_path(tree, n):
    return f"/info/{tree}/{n}.htm"


def vsb_list_urls(column, pages):
    """{page number: path} of a column whose later pages count down: xxyw.htm, xxyw/2.htm, xxyw/1.htm."""
    folder, name = column[0], column[1]
    return {
        j: f"/{folder}/{name}.htm" if j == 1 else f"/{folder}/{name}/{pages - j + 1}.htm" for j in range(1, pages + 1)
    }


def rel(from_path, to_path):
    """A VSB page's link: relative to the page's folder (tzgg/3.htm, ../tzgg.htm, ../../info/1012/3456.htm)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path))


def vsb_image(src_id):
    src = f"/__local/A/{src_id % 251:02X}/{src_id % 241:02X}/{src_id:08X}_{src_id % 1000:03d}.png"
    return src, (
        f"<p style='text-align: center;'><img width='600' src='{src}' vsbhref='vurl' vurl='/_vsl/{src_id:08X}/"
        f"001.png' vheight='' vwidth='600' orisrc='{src}' class='img_vsb_content'></p>"
    )


def vsb_articles():
    columns, images = {}, {}
    news = []
    for k in range(36):
        day = date(2021, 6, 30) - timedelta(days=3 * k + 1)
        n = 3480 - k
        subject = NEWS_SUBJECTS[k % 12]
        title = f"我校{['隆重举行', '成功举办', '开展'][k // 12]}{day.year}年{subject}"
        if k in VSB_IMAGE_ONLY_NEWS:
            title = f"【图片新闻】{subject}精彩瞬间（{day.month}月）"
            src, body = vsb_image(n)
            images[src] = PNG
        else:
            body = prose(title, k + 1, 2 + k % 3)
        news.append(Article(vsb_path(1012, n), title, day, "news", body))
    notices = []
    for k in range(50):
        day = date(2021, 6, 29) - timedelta(days=2 * k + 1)
        n = 3600 - k
        title = f"关于{NOTICE_SUBJECTS[k % 25]}{'有关事项' if k >= 25 else '工作安排'}的通知"
        if k == VSB_IMAGE_ONLY_NOTICE:
            src, body = vsb_image(n)
            images[src] = PNG
        else:
            body = prose(title, k + 6, 2) + "<p style='text-align: right;'>校长办公室</p>"
        notices.append(Article(vsb_path(1013, n), title, day, "notices", body))
    party = []
    for k in range(8):
        day = date(2021, 6, 27) - timedelta(days=11 * k)
        n = 3700 - k
        title = f"学校党支部开展{PARTY_SUBJECTS[k]}"
        party.append(Article(vsb_path(1021, n), title, day, "party", prose(title, k + 3, 3)))
    columns["news"] = news
    columns["notices"] = notices
    columns["party"] = sorted(party + [notices[k] for k in VSB_SHARED_NOTICES], key=lambda a: a.day, reverse=True)
    return columns, images


VSB_COLUMNS = {"news": VSB_NEWS, "notices": VSB_NOTICES, "party": VSB_PARTY}


def vsb_head(title, here):
    up = "../" * (here.count("/") - 1)
    return (
        "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' "
        "'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'><html><head>"
        f"<title>{title}</title><META Name='keywords' Content='{VSB_SCHOOL}' />"
        "<meta http-equiv='Content-Type' content='text/html; charset=UTF-8' />"
        f"<link href='{up}dfiles/18470/style/style.css' rel='stylesheet' type='text/css' />"
        "<!--Announced by Visual SiteBuilder 9-->"
        f"<link rel='stylesheet' type='text/css' href='{up}_sitegray/_sitegray_d.css' />"
        f"<script language='javascript' src='{up}_sitegray/_sitegray.js'></script>"
        "<!-- CustomerNO:77656262657232307e78475c525657420003000346540000 -->"
        "<script type='text/javascript' src='/system/resource/js/counter.js'></script>"
        "</head>"
    )


def vsb_menu(here):
    def a(path, label):
        return f"<a href='{rel(here, path)}'>{label}</a>"

    def drop(items):
        return "<ul class='sub'>" + "".join(f"<li>{a(p, label)}</li>" for p, label in items) + "</ul>"

    news, notices, party = (vsb_list_urls(c, 1)[1] for c in (VSB_NEWS, VSB_NOTICES, VSB_PARTY))
    return (
        "<div class='nav'><ul id='nav' class='clearfix'>"
        f"<li class='nLi'><h3>{a('/index.htm', '首页')}</h3></li>"
        f"<li class='nLi'><h3>{a('/xxgk/xxjj.htm', '学校概况')}</h3>"
        + drop([("/xxgk/xxjj.htm", "学校简介"), ("/xxgk/xrld.htm", "现任领导")])
        + "</li>"
        f"<li class='nLi'><h3>{a(news, '新闻中心')}</h3>" + drop([(news, "学校要闻"), (notices, "通知公告")]) + "</li>"
        f"<li class='nLi'><h3>{a(party, '党建工作')}</h3>"
        + drop([(party, "党员教育")])
        + "</li><li class='nLi'><h3><a href='#'>教育教学</a></h3></li></ul></div>"
    )


def vsb_top(here):
    up = "../" * (here.count("/") - 1)
    return (
        f"<div class='top'><div class='logo'><img src='{up}images/logo.png' alt='{VSB_SCHOOL}'></div>"
        "<div class='search'><script type='text/javascript'>function _nl_ys_check_a186126a(){var keyword = "
        "document.getElementById('showkeycode186126').value; if(keyword==null||keyword==''){alert('请输入你要检索"
        "的内容！');return false;} return true;}</script>"
        f"<form action='{up}ssjg.jsp?wbtreeid=1001' method='post' name='a186126a' "
        "onsubmit='return _nl_ys_check_a186126a()'><input type='hidden' name='lucenenewssearchkey' value=''>"
        "<input type='hidden' name='_lucenesearchtype' value='1'><input type='text' name='showkeycode' "
        "id='showkeycode186126' class='inp'><input type='submit' value='' class='btn'></form></div></div>"
        + vsb_menu(here)
    )


def vsb_footer():
    return (
        f"<div class='footer'><p>版权所有：{VSB_SCHOOL}&nbsp;&nbsp;地址：宁波市江北区慈城镇中华路18号&nbsp;&nbsp;"
        "电话：0574-87590000</p><p><a href='http://beian.example.gov.cn/' target='_blank'>浙ICP备00000001号</a>"
        "&nbsp;&nbsp;浙公网安备 33020502000000号</p></div></body></html>"
    )


def vsb_side(here, column):
    group = {
        "news": [(VSB_NEWS, "学校要闻"), (VSB_NOTICES, "通知公告")],
        "notices": [(VSB_NEWS, "学校要闻"), (VSB_NOTICES, "通知公告")],
        "party": [(VSB_PARTY, "党员教育")],
    }.get(column)
    if group is None:
        items = [("/xxgk/xxjj.htm", "学校简介"), ("/xxgk/xrld.htm", "现任领导")]
        head = "学校概况"
    else:
        items = [(vsb_list_urls(c, 1)[1], label) for c, label in group]
        head = "新闻中心" if column != "party" else "党建工作"
    lis = "".join(f"<li><a href='{rel(here, p)}'>{label}</a></li>" for p, label in items)
    return f"<div class='left'><div class='lm_name'>{head}</div><ul class='lm_list'>{lis}</ul></div>"


def vsb_crumb(here, column_path, name):
    return (
        f"<div class='dqwz'>当前位置：<a href='{rel(here, '/index.htm')}'>首页</a>&nbsp;&gt;&nbsp;"
        f"<a href='{rel(here, column_path)}'>{name}</a>&nbsp;&gt;&nbsp;正文</div>"
    )


def vsb_article_block(a, here):
    """The article as VSB shows it (on its page, and on a column page that shows its newest article)."""
    n = int(a.path.rsplit("/", 1)[1].split(".")[0])
    if a.column == "notices":  # this template's title is a div, not a heading
        title = f"<div class='title'>{a.title}</div>"
    else:
        title = f"<h1>{a.title}</h1>"
    return (
        f"<form name='_newscontent_fromname'><div class='content'>{title}"
        f"<div class='info'>发布时间：{a.day}&nbsp;&nbsp;&nbsp;作者：{'校长办公室' if a.column == 'notices' else '宣传处'}"
        f'&nbsp;&nbsp;&nbsp;点击：<script>_showDynClicks("wbnews", {VSB_OWNER}, {n})</script></div>'
        f"<div id='vsb_content'><div class='v_news_content'>{a.body}</div></div><div id='div_vote_id'></div>"
    )


def vsb_article_page(a, prev, nxt):
    column = VSB_COLUMNS[a.column]
    list_path = vsb_list_urls(column, 1)[1]
    around = ""
    for label, other in (("上一条", prev), ("下一条", nxt)):
        link = f"<a href='{rel(a.path, other.path)}'>{other.title}</a>" if other else "没有了"
        around += f"<p>{label}：{link}</p>"
    return (
        vsb_head(f"{a.title}-{VSB_SCHOOL}", a.path)
        + f"<body>{vsb_top(a.path)}<div class='main clearfix'>"
        + vsb_side(a.path, a.column)
        + "<div class='right'>"
        + vsb_crumb(a.path, list_path, column[3])
        + vsb_article_block(a, a.path)
        + f"<div class='fy'>{around}</div></div></form></div></div>"
        + vsb_footer()
    )


def vsb_table_rows(here, articles):
    return (
        "<table class='winstyle120398' width='100%' cellspacing='0' cellpadding='0'>"
        + "".join(
            f"<tr height='26' id='line_u9_{i}'><td width='1%'><img src='{rel(here, '/images/dot.gif')}' border='0'></td>"
            f"<td><a href='{rel(here, a.path)}' class='c120398' title='{a.title}' target='_blank'>{short(a.title, 24)}"
            f"</a></td><td width='1%' nowrap align='right'><span class='timestyle120398'>{a.day:%Y/%m/%d}&nbsp;</span>"
            "</td></tr>"
            for i, a in enumerate(articles)
        )
        + "</table>"
    )


def vsb_li_rows(here, articles):
    return (
        "<div class='list'><ul>"
        + "".join(
            f"<li id='line_u6_{i}'><a href='{rel(here, a.path)}' target='_blank' title='{a.title}'>{short(a.title, 24)}"
            f"</a><span>{a.day}</span></li>"
            for i, a in enumerate(articles)
        )
        + "</ul></div>"
    )


def vsb_pager_spans(here, urls, k):
    pages = len(urls)

    def go(j, label, cls):
        return f"<span class='{cls} p_fun'><a href='{rel(here, urls[j])}'>{label}</a></span>"

    out = (
        "<span class='p_first_d p_fun_d'>首页</span><span class='p_prev_d p_fun_d'>上页</span>"
        if k == 1
        else (go(1, "首页", "p_first") + go(k - 1, "上页", "p_prev"))
    )
    for j in range(1, pages + 1):
        out += (
            f"<span class='p_no_d'>{j}</span>"
            if j == k
            else f"<span class='p_no'><a href='{rel(here, urls[j])}'>{j}</a></span>"
        )
    out += (
        "<span class='p_next_d p_fun_d'>下页</span><span class='p_last_d p_fun_d'>尾页</span>"
        if k == pages
        else (go(k + 1, "下页", "p_next") + go(pages, "尾页", "p_last"))
    )
    return out


def vsb_list_pages(key, articles):
    column = VSB_COLUMNS[key]
    per = column[4]
    pages = -(-len(articles) // per)
    urls = vsb_list_urls(column, pages)
    out = {}
    for k, here in urls.items():
        chunk = articles[(k - 1) * per : k * per]
        spans = vsb_pager_spans(here, urls, k)
        if key == "notices":  # the older template: rows and pager in tables
            rows = vsb_table_rows(here, chunk)
            pager = (f"<table width='100%'><tr><td colspan='2' align='center'><table><tr><td>共{len(articles)}条"
                     f"&nbsp;&nbsp;{k}/{pages}&nbsp;</td><td>{spans}</td></tr></table></td></tr></table>")  # fmt: skip
        else:
            rows = vsb_li_rows(here, chunk)
            pager = (f"<div class='pb_sys_common pb_sys_normal pb_sys_style1' style='margin-top:10px;'><span "
                     f"class='p_t'>共{len(articles)}条</span> <span class='p_pages'>{spans}</span> <span class='p_t'>"
                     f"{k}/{pages}</span></div>")  # fmt: skip
        shown = ""
        if key == "news" and k == 1:  # the column page shows its newest article in full above its rows
            shown = f"<div class='top_news'>{vsb_article_block(articles[0], here)}</div></form></div>"
        clicks = ",".join(f"'dynclicks_u9_{a.path.rsplit('/', 1)[1][:-4]}'" for a in chunk)
        out[here] = (
            vsb_head(f"{column[3]}-{VSB_SCHOOL}", here)
            + f"<body>{vsb_top(here)}<div class='main clearfix'>"
            + vsb_side(here, key)
            + "<div class='right'>"
            + f"<div class='dqwz'>当前位置：<a href='{rel(here, '/index.htm')}'>首页</a>&nbsp;&gt;&nbsp;"
            f"<a href='{rel(here, urls[1])}'>{column[3]}</a></div>"
            + shown
            + rows
            + pager
            + f"<script>_showDynClickBatch([{clicks}],[],'wbnews', {VSB_OWNER})</script>"
            + "</div></div>"
            + vsb_footer()
        )
    return out


VSB_ABOUT_TEXT = (
    f"<p>　　{VSB_SCHOOL}创办于1956年，是一所历史悠久的公办完全中学，现为浙江省二级特色示范普通高中。学校位于江北区"
    "慈城古县城内，校园占地一百二十亩，环境优雅，文化底蕴深厚。</p>"
    "<p>　　学校现有教学班三十六个，在校学生一千六百余人，在职教职工一百八十余人，其中正高级教师二人，高级教师六十余"
    "人，市区级名优骨干教师四十余人。</p>"
    "<p>　　学校秉承“崇德、尚学、求真、致远”的校训，坚持“以人为本、和谐发展”的办学理念，先后获得浙江省文明学校、"
    "宁波市示范性家长学校、宁波市平安校园等荣誉称号。</p>"
)
VSB_LEADERS_TEXT = (
    "<p>党支部书记、校长：王某某　主持学校全面工作。</p><p>副校长：李某某　分管教学、教科研工作。</p>"
    "<p>副校长：张某某　分管德育、安全工作。</p><p>工会主席：陈某某　分管工会、后勤工作。</p>"
)


def vsb_single_page(path, name, text):
    return (
        vsb_head(f"{name}-{VSB_SCHOOL}", path)
        + f"<body>{vsb_top(path)}<div class='main clearfix'>"
        + vsb_side(path, None)
        + "<div class='right'>"
        + f"<div class='dqwz'>当前位置：<a href='{rel(path, '/index.htm')}'>首页</a>&nbsp;&gt;&nbsp;"
        f"<a href='{rel(path, '/xxgk/xxjj.htm')}'>学校概况</a>&nbsp;&gt;&nbsp;{name}</div>"
        f"<form name='_newscontent_fromname'><div class='content'><h1>{name}</h1>"
        f"<div id='vsb_content'><div class='v_news_content'>{text}</div></div><div id='div_vote_id'></div></div>"
        "</form></div></div>" + vsb_footer()
    )


def vsb_home(columns):
    here = "/index.htm"
    slides = "".join(
        f"<li><a href='{rel(here, a.path)}' target='_blank'><img src='{rel(here, first_img(a))}'"
        f" alt='{a.title}'></a><p>{a.title}</p></li>"
        for a in (columns["news"][k] for k in VSB_IMAGE_ONLY_NEWS)
    )
    news = "".join(
        f"<li><a href='{rel(here, a.path)}' target='_blank' title='{a.title}'>{short(a.title, 18)}</a>"
        f"<span>{a.day:%m-%d}</span></li>"
        for a in columns["news"][:6]
    )
    notices = "".join(
        f"<li><div class='date'><span>{a.day:%d}</span>{a.day:%Y-%m}</div><a href='{rel(here, a.path)}' "
        f"target='_blank' title='{a.title}'>{short(a.title, 18)}</a></li>"
        for a in columns["notices"][:6]
    )
    party = "".join(
        f"<li><a href='{rel(here, a.path)}' target='_blank' title='{a.title}'>{short(a.title, 18)}</a>"
        f"<span>[{a.day}]</span></li>"
        for a in columns["party"][:5]
    )

    def box(label, key, rows, cls):
        more = rel(here, vsb_list_urls(VSB_COLUMNS[key], 1)[1])
        return (
            f"<div class='{cls}'><div class='bt'><h2>{label}</h2><a href='{more}' class='more'>更多&gt;&gt;</a>"
            f"</div><ul>{rows}</ul></div>"
        )

    return (
        vsb_head(VSB_SCHOOL, here)
        + f"<body>{vsb_top(here)}"
        + f"<div class='banner'><div class='slide'><ul>{slides}</ul></div></div><div class='main clearfix'>"
        + box("学校要闻", "news", news, "xxyw")
        + box("通知公告", "notices", notices, "tzgg")
        + box("党员教育", "party", party, "dyjy")
        + "<div class='yqlj'><select onchange='window.open(this.value)'><option>友情链接</option>"
        "<option value='http://jyj.nb.example.gov.cn/'>宁波市教育局</option></select></div></div>" + vsb_footer()
    )


def vsb_site():
    columns, images = vsb_articles()
    site = dict(images)
    truth = {}
    for articles in columns.values():
        for a in articles:
            truth[a.path] = a
    for key in ("news", "notices", "party"):  # 上一条/下一条: the neighbours in the article's own column
        own = [a for a in columns[key] if a.column == key]
        for i, a in enumerate(own):
            site[a.path] = vsb_article_page(a, own[i - 1] if i else None, own[i + 1] if i + 1 < len(own) else None)
    for key, articles in columns.items():
        site.update(vsb_list_pages(key, articles))
    site["/xxgk/xxjj.htm"] = vsb_single_page("/xxgk/xxjj.htm", "学校简介", VSB_ABOUT_TEXT)
    site["/xxgk/xrld.htm"] = vsb_single_page("/xxgk/xrld.htm", "现任领导", VSB_LEADERS_TEXT)
    site["/"] = site["/index.htm"] = vsb_home(columns)
    not_articles = {p for p in site if p not in truth and not p.startswith("/__local/")}
    return site, truth, not_articles


# =====================================================================================================================
# the crawls and what they must archive
# =====================================================================================================================


@pytest.fixture(scope="module")
def sudy(tmp_path_factory):
    return crawl_site(tmp_path_factory, "sudy", sudy_site)


@pytest.fixture(scope="module")
def vsb(tmp_path_factory):
    return crawl_site(tmp_path_factory, "vsb", vsb_site)


def test_the_sudy_fixture_is_the_site_it_claims_to_be():
    site, truth, not_articles = sudy_site()
    assert len(site) <= 130
    assert len(truth) == 40 + 26 + 8  # two news are listed under 学术活动 as well, once each in the truth
    assert {"/1234/list.htm", "/1234/list2.htm", "/1234/list3.htm", "/1235/list2.htm", "/1230/list.htm"} <= not_articles
    assert "/1234/list4.htm" not in site
    for page in (site[p] for p in truth):  # every article page shows three side lists of dated rows
        assert page.count("class='side-block'") == 3 and page.count("class='news_meta'") == 17
    listed = re.findall(r"href='(/2021/[^']+)'", site["/1236/list.htm"])
    assert {truth[p].column for p in listed} == {SUDY_NEWS, SUDY_TALKS}


def test_the_vsb_fixture_is_the_site_it_claims_to_be():
    site, truth, not_articles = vsb_site()
    assert len(site) <= 130
    assert len(truth) == 36 + 50 + 8
    # pages counting down: 通知公告's four pages are tzgg.htm, tzgg/3.htm, tzgg/2.htm and tzgg/1.htm (the last)
    assert {"/xwzx/tzgg.htm", "/xwzx/tzgg/3.htm", "/xwzx/tzgg/2.htm", "/xwzx/tzgg/1.htm"} <= not_articles
    assert "<a href='tzgg/1.htm'>尾页</a>" in site["/xwzx/tzgg.htm"]
    assert "<a href='../tzgg.htm'>首页</a>" in site["/xwzx/tzgg/1.htm"]
    assert "href='../../info/1013/3587.htm'" in site["/xwzx/tzgg/3.htm"]
    assert {"/xwzx/xxyw.htm", "/xwzx/xxyw/2.htm", "/xwzx/xxyw/1.htm", "/djgz/dyjy.htm"} <= not_articles
    assert "v_news_content" in site["/xwzx/xxyw.htm"] and "v_news_content" in site["/xxgk/xxjj.htm"]


def missing_and_extra(crawled):
    got = paths_of(crawled.db)
    return sorted(set(crawled.truth) - got), sorted(got - set(crawled.truth))


def stored(crawled, paths):
    """How pages that are no articles were stored: (path, title, published, duplicate_of)."""
    conn = sqlite3.connect(crawled.db)
    try:
        rows = conn.execute("select url, title, published, duplicate_of from articles").fetchall()
    finally:
        conn.close()
    return [(p, *rest) for u, *rest in rows if (p := re.sub(r"^http://[^/]+", "", u)) in paths]


def describe(crawled, paths):
    return "\n".join(f"{p} {crawled.truth[p].column} {crawled.truth[p].title}" for p in paths if p in crawled.truth)


def test_sudy_every_article_is_archived(sudy):
    """Recall: no article read as a list because of the three dated side lists beside it."""
    missing, _ = missing_and_extra(sudy)
    assert missing == [], f"{len(missing)} of {len(sudy.truth)} missing:\n{describe(sudy, missing)}\n{sudy.log}"


def test_sudy_nothing_but_articles_is_archived(sudy):
    """Precision: no list page, home page or single-page column (学校简介, 联系我们) stored as an article."""
    _, extra = missing_and_extra(sudy)
    assert extra == [], f"{stored(sudy, extra)}\n{sudy.log}"


def wrong_titles_and_days(site):
    """(path, title, published, true title, true day) of each archived article whose title or day is not its own."""
    rows = archived_rows(site.db)
    assert rows, site.log
    return [
        (p, title, published, a.title, a.day.isoformat())
        for p, (title, published) in rows.items()
        if (a := site.truth.get(p)) and (title != a.title or (published or "")[:10] != a.day.isoformat())
    ]


def test_sudy_titles_and_dates_are_the_articles_own(sudy):
    assert wrong_titles_and_days(sudy) == []


def test_vsb_every_article_is_archived(vsb):
    """Recall: the rows of a column page showing its newest article, and its pages 2..N counting down."""
    missing, _ = missing_and_extra(vsb)
    assert missing == [], f"{len(missing)} of {len(vsb.truth)} missing:\n{describe(vsb, missing)}\n{vsb.log}"


def test_vsb_nothing_but_articles_is_archived(vsb):
    """Precision: the single-page columns' undated texts (学校简介, 现任领导) are no articles, nor is a column page
    that shows its newest article (that article is archived under its own URL)."""
    _, extra = missing_and_extra(vsb)
    assert extra == [], f"{stored(vsb, extra)}\n{vsb.log}"


def test_vsb_titles_and_dates_are_the_articles_own(vsb):
    assert wrong_titles_and_days(vsb) == []
