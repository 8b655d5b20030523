"""The generic layer on markup the crawler was not written for: one small test per field and per layer.

The fixtures in ``fixtures/cms/`` are hand-written in the styles of the CMSs Chinese schools and
governments run (Hanweb, TRS, VSB/WebPlus, DedeCMS, EmpireCMS, SiteServer, an ASP-era school system),
saved as the bytes such a server sends (GBK pages stay GBK).
"""

import json
import pathlib
import time
from datetime import datetime

import pytest
from lxml import etree

from jiangbei_crawler.extract import dates, rules
from jiangbei_crawler.extract.article import parse_article, parse_counter_js
from jiangbei_crawler.extract.classify import classify, is_both
from jiangbei_crawler.extract.dom import MAX_DEPTH, parse_html, text_of
from jiangbei_crawler.extract.encoding import decode_html
from jiangbei_crawler.extract.layout import Layout
from jiangbei_crawler.extract.links import continuation_page, hashed_id, id_template, numeric_id
from jiangbei_crawler.extract.listing import parse_list_page
from jiangbei_crawler.extract.profiles import resolve

CMS = pathlib.Path(__file__).parent / "fixtures" / "cms"
EXPECTED = json.loads((CMS / "expected.json").read_text(encoding="utf-8"))
ARTICLES = sorted(k for k in EXPECTED if "_article" in k)
LISTS = sorted(k for k in EXPECTED if "_list" in k)


def text(name):
    return decode_html((CMS / name).read_bytes(), None).text


def article(name):
    return parse_article(text(name), EXPECTED[name]["url"], EXPECTED[name]["url"])


def listing(name):
    return parse_list_page(text(name), EXPECTED[name]["url"], EXPECTED[name]["url"])


# ---- articles, field by field ----------------------------------------------------------


@pytest.mark.parametrize("name", ARTICLES)
def test_title(name):
    assert article(name).title == EXPECTED[name]["title"]


@pytest.mark.parametrize("name", ARTICLES)
def test_source(name):
    assert article(name).source == EXPECTED[name]["source"]


@pytest.mark.parametrize("name", ARTICLES)
def test_published(name):
    assert article(name).published == EXPECTED[name]["published"]


@pytest.mark.parametrize("name", ARTICLES)
def test_body_starts_ends_and_holds_no_navigation(name):
    lines = article(name).body_lines
    exp = EXPECTED[name]
    assert (lines[0], lines[-1], len(lines)) == (exp["first"], exp["last"], exp["lines"])
    assert not any(word in line for line in lines for word in ("上一篇", "下一篇", "版权所有", "打印", "关闭窗口"))


@pytest.mark.parametrize("name", ARTICLES)
def test_category_path_from_the_breadcrumb(name):
    assert article(name).category_path == EXPECTED[name]["category_path"]


@pytest.mark.parametrize("name", ARTICLES)
def test_attachments(name):
    assert [[a.name, a.url] for a in article(name).attachments] == EXPECTED[name]["attachments"]


@pytest.mark.parametrize("name", ARTICLES)
def test_visit_counter_script_is_found_and_a_static_library_is_not(name):
    assert article(name).counter_url == EXPECTED[name]["counter"]


@pytest.mark.parametrize("name", ARTICLES)
def test_article_id_from_the_url(name):
    assert numeric_id(EXPECTED[name]["url"]) == EXPECTED[name]["article_id"]


def test_visits_by_label():
    assert article("siteserver_article.html").visits == 356


# ---- layers: which rule found each value -----------------------------------------------


def test_layers_are_recorded():
    assert article("hanweb_article.html").extraction == {
        "title": "heading", "body": "container", "source": "label", "published": "label", "visits": None,
        "category_path": "breadcrumb",
    }  # fmt: skip
    assert article("empire_article.html").extraction["body"] == "density"


def test_profile_layer_where_its_urls_match():
    html = (
        '<html><head><title>某校公示-江北区校务信息公开平台</title></head><body><div class="position">您目前的位置:'
        '<a href="index.asp">校务信息公开</a>&gt;党务公开&gt;正文</div><h1>某校公示</h1>'
        '<div class="info">来源:某校&nbsp;发表时间:2013-10-25</div><div id="content"><p>正文。</p></div></body></html>'
    )
    page = parse_article(html, "http://portal.test/show.asp?id=9", "http://portal.test", profiles=resolve("auto"))
    assert page.extraction == {"title": "profile", "body": "profile", "source": "profile", "published": "profile",
                               "visits": None, "category_path": "profile"}  # fmt: skip
    generic = parse_article(html, "http://portal.test/show.asp?id=9", "http://portal.test")
    assert (generic.title, generic.body_lines, generic.source) == (page.title, page.body_lines, page.source)


def test_a_profile_heading_that_is_the_site_name_falls_through_to_the_generic_title():
    html = (
        "<html><head><title>关于开展安全检查的通知-江北区校务信息公开平台</title></head><body>"
        '<h1>江北区校务信息公开平台</h1><h2>关于开展安全检查的通知</h2><p class="meta">发布时间:2020-05-06</p>'
        '<div class="wz"><p>各班：为了切实做好安全工作，现将检查安排通知如下。</p></div></body></html>'
    )
    page = parse_article(html, "http://portal.test/show.asp?id=9", "http://portal.test", profiles=resolve("auto"))
    assert (page.title, page.extraction["title"]) == ("关于开展安全检查的通知", "heading")
    assert page.published == "2020-05-06T00:00:00+08:00"


def test_meta_layer_for_the_date_and_source():
    html = (
        '<html><head><title>决议</title><meta name="PubDate" content="2007-08-20 10:00">'
        '<meta name="ContentSource" content="国务院公报"></head><body><h1>决议</h1>'
        "<p>（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p><p>会议决定，批准。</p></body></html>"
    )
    page = parse_article(html, "http://gov.test/content_1.htm")
    assert (page.published, page.extraction["published"]) == ("2007-08-20T10:00:00+08:00", "meta")
    assert (page.source, page.extraction["source"]) == ("国务院公报", "meta")


def test_list_title_layer_and_null_with_a_warning():
    html = '<html><body><div id="content"><p>仅有正文，没有标题，没有日期。</p></div></body></html>'
    page = parse_article(html, "http://x.test/a/1.html", hints={"title": "列表里的标题"})
    assert (page.title, page.extraction["title"]) == ("列表里的标题", "list")
    assert page.published is None and page.extraction["published"] == "none"
    assert "no publish date" in page.warnings and any("list's title" in w for w in page.warnings)


def test_page_title_layer_cuts_the_site_name():
    page = parse_article(
        "<html><head><title>元培工作室-绍兴市第一中学</title></head><body></body></html>", "http://x.test/1"
    )
    assert (page.title, page.extraction["title"]) == ("元培工作室", "page-title")
    hyphen = parse_article(
        "<html><head><title>1-10月投资结构趋稳</title></head><body></body></html>", "http://x.test/2"
    )
    assert hyphen.title == "1-10月投资结构趋稳"


def test_a_label_with_garbage_is_a_warning_not_a_guess():
    html = "<html><body><h1>通知</h1><p>发布时间：待定 来源：办公室</p><div id='zoom'><p>正文内容，2013年10月25日。</p></div></body></html>"
    page = parse_article(html, "http://x.test/1.html", hints={"title": "通知"})
    assert page.published is None and any("unparseable publish date" in w for w in page.warnings)


def test_unlabelled_date_under_the_title_but_not_inside_a_sentence():
    html = (
        "<html><head><title>春季开学通知</title></head><body><h1>春季开学通知</h1><div>2021-02-20 10:30 | 教务处</div>"
        "<div class='nr'><p>各位家长：学校定于2月26日开学，请按时报到。</p></div></body></html>"
    )
    assert parse_article(html, "http://x.test/1.html").published == "2021-02-20T10:30:00+08:00"
    sentence = html.replace("<div>2021-02-20 10:30 | 教务处</div>", "<div>经研究，定于2021年2月20日开学。</div>")
    assert parse_article(sentence, "http://x.test/1.html").published is None


# ---- broken HTML -------------------------------------------------------------------------------


def test_a_stray_end_of_html_does_not_end_the_page():
    html = (
        "<html><body><div>头部</div></body></html><h1>标题</h1><div id='zoom'><p>正文在后面。</p></div></body></html>"
    )
    assert parse_article(html, "http://x.test/1.html", hints={"title": "标题"}).body_lines == ["正文在后面。"]


def test_nesting_deeper_than_libxml2_allows_keeps_the_tail_and_says_so():
    nest = "<table><tr><td>" * 700 + "深处" + "</td></tr></table>" * 700
    doc = parse_html(
        f"<html><body><div id='zoom'>{nest}<p>之后的文字</p><a href='/f.doc'>附件.doc</a></div></body></html>"
    )
    assert "之后的文字" in text_of(doc.root) and doc.notes
    page = parse_article(
        f"<html><body><h1>题</h1><div id='zoom'>{nest}<p>之后的文字</p></div></body></html>", "http://x.test/1"
    )
    assert page.body_lines[-1] == "之后的文字" and any("nesting deeper than" in w for w in page.warnings)


def depth_of(root):
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


@pytest.mark.parametrize("levels", [10_000, 100_000])
def test_a_page_nested_100000_deep_is_read_in_seconds_with_every_character(levels):
    nest = "<div>" * levels + "深处" + "</div>" * levels
    html = f"<html><head><title>题目标题</title></head><body><h1>题目标题</h1><p>发布时间：2020-01-01</p><div id='zoom'>{nest}<p>之后的文字</p></div></body></html>"
    started = time.monotonic()
    read = classify(html, "http://x.test/show.asp?id=1")
    assert time.monotonic() - started < 30, "was quadratic: hours at 100,000 levels"
    assert read.kind == "article" and read.article.body_lines == ["深处", "之后的文字"]
    assert any(f"nesting deeper than {MAX_DEPTH} levels" in w for w in read.article.warnings)
    root = parse_html(html).root
    assert depth_of(root) <= MAX_DEPTH + 1 and len(list(root.iter())) < MAX_DEPTH + 20, "bare wrappers merged"


def test_elements_past_the_depth_cap_keep_their_attributes_text_and_order():
    levels = 3000
    nest = "".join(f"<div class='c{i}'>t{i} " for i in range(levels)) + "</div>" * levels
    doc = parse_html(f"<html><body>{nest}<a href='/after.doc'>附件.doc</a></body></html>")
    assert depth_of(doc.root) <= MAX_DEPTH + 1 and doc.notes
    assert text_of(doc.root) == " ".join(f"t{i}" for i in range(levels)) + " 附件.doc"
    assert [el.get("class") for el in doc.root.iter("div")] == [f"c{i}" for i in range(levels)]
    assert doc.root.find(".//a").get("href") == "/after.doc"


def test_a_page_of_normal_depth_is_parsed_as_libxml2_reads_it():
    nest = "<div>" * 200 + "深处" + "</div>" * 200
    doc = parse_html(f"<html><body>{nest}<p>之后</p></body></html>")
    assert doc.notes == [] and depth_of(doc.root) == 202  # html, body, 200 divs


def test_text_after_a_comment_is_text():
    doc = parse_html("<html><body><span>中华<!-- 注释 -->人民<script>x()</script>共和国</span></body></html>")
    assert text_of(doc.root.find(".//span")) == "中华人民共和国"


# ---- lists and pagers ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", LISTS)
def test_list_rows_and_dates(name):
    page = listing(name)
    assert (len(page.rows), page.dated_rows) == (EXPECTED[name]["rows"], EXPECTED[name]["dated"])
    assert page.rows[0].title == EXPECTED[name]["first_title"]


@pytest.mark.parametrize("name", LISTS)
def test_pager_current_last_and_any_page(name):
    pager, exp = listing(name).pager, EXPECTED[name]
    assert (pager.current, pager.last, pager.last_url, pager.url_for(5)) == (
        exp["current"], exp["last"], exp["last_url"], exp["page5"])  # fmt: skip
    if "total" in exp:
        assert pager.total == exp["total"]


@pytest.mark.parametrize("name", LISTS)
def test_list_category_path(name):
    assert listing(name).category_path == EXPECTED[name]["category_path"]


def test_an_empty_list_says_so_and_has_no_rows():
    html = (
        '<html><body><div class="crumb">当前位置：<a href="/">首页</a>&gt;<a href="/s/1/">江北区实验小学</a>&gt;收费公示</div>'
        '<div class="kong">暂无信息</div><div class="fenye">共0条记录 页次:1/1 <a href="?p=1">首页</a> '
        '<a href="?p=2">下一页</a></div></body></html>'
    )
    page = parse_list_page(html, "http://x.test/list?p=1")
    assert page.rows == [] and page.empty and (page.school, page.category_path) == ("江北区实验小学", "收费公示")


# ---- what a page is ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, kind",
    [*((n, "article") for n in ARTICLES), *((n, "list") for n in LISTS)],
)
def test_page_kind_from_content(name, kind):
    assert classify(text(name), EXPECTED[name]["url"], EXPECTED[name]["url"]).kind == kind


def test_a_school_page_is_a_hub_and_a_removed_article_is_gone():
    school = (
        "<html><head><title>江北区实验小学-校务公开</title></head><body><h2>江北区实验小学</h2><p>电话:0574-87000000</p>"
        '<div class="menu"><ul><li><a href="l?c=1">党务公开</a></li><li><a href="l?c=2">财务公开</a></li></ul></div></body></html>'
    )
    assert classify(school, "http://x.test/s?id=1").kind == "hub"
    gone = "<html><body><script>alert('该信息不存在或已被删除!');history.back();</script></body></html>"
    assert classify(gone, "http://x.test/a?id=1", expect="article").kind == "gone"


@pytest.mark.parametrize(
    "body",
    [  # TRS WCM: a notice published as one scanned image, the date in an unlabelled header line
        "<td class='black_20_600'>拟聘人员的公示</td><td class='font03'> | 12-02-15 | 【打印】</td>"
        "<div class='TRS_Editor'><p><img src='W0201511.jpg'></p></div>",
        # any CMS: a notice that is only its attachment
        "<h1>拟聘人员的公示</h1><div class='content'><a href='/up/gs.pdf'>拟聘人员的公示.pdf</a></div>",
    ],
)
def test_a_notice_that_is_an_image_or_a_file_is_an_article_when_a_list_row_led_to_it(body):
    html = f"<html><head><title>拟聘人员的公示--某站</title></head><body>{body}</body></html>"
    read = classify(html, "http://x.test/rczp/t1.html", "http://x.test/", expect="article")
    assert (read.kind, read.article.title) == ("article", "拟聘人员的公示")
    assert read.article.published or "<img" in read.article.body_html or read.article.attachments


def test_an_image_only_article_has_no_body_rather_than_its_sidebar_or_its_metadata_line():
    """PHP168-like: photos in a container no rule names, a line of label：value pairs under them, and a side
    list of dated related links, which are the densest text of the page."""
    related = "".join(f"<li><span>2020-10-0{n}</span><a href='/html/917/c{n}.html'>学院召开第{n}次教师代表座谈会</a></li>"
                      for n in range(1, 9))  # fmt: skip
    html = (
        "<html><head><title>探春_校园风光_某学院</title></head><body><div class='contentbox'>"
        "<div class='actitle'>探春</div><div class='acinfo'>日期：2019-05-05 10:19:00 发布人：zly</div>"
        "<div class='acontent'><p><img src='/up/1.jpg'></p><p><img src='/up/2.jpg'></p></div>"
        "<div class='son_title'><span>核发：zly </span><span>点击数：2833</span></div></div>"
        f"<div class='sidebox'><span>相关链接</span><ul>{related}</ul></div></body></html>"
    )
    page = parse_article(html, "http://x.test/html/909/content-3807.html", "http://x.test/")
    assert (page.title, page.published, page.body_lines) == ("探春", "2019-05-05T10:19:00+08:00", [])


def test_a_picture_list_inside_the_pager_box_is_followed_and_its_pager_is_not_a_row():
    """PHP168-like: cards of a picture and a short caption, and the pager in the same small box."""
    cards = "".join(f"<li><a href='2019-03-04/content-{n}.html' title='教学楼{n}'><img src='/t/{n}.jpg'></a>"
                    f"<p><a href='2019-03-04/content-{n}.html'>教学楼{n}</a></p></li>" for n in range(1, 6))  # fmt: skip
    html = (
        f"<html><body><div class='list'><ul>{cards}</ul><div class='pages'>15条 1/2页 <span>首页</span>"
        "<a href='list-1.html'>1</a> <a href='list-2.html'>2</a> <a href='list-2.html'>下一页</a></div></div></body></html>"
    )
    page = parse_list_page(html, "http://x.test/html/909/index.html", "http://x.test/")
    links = {url for url, _, _ in page.links}
    assert {f"http://x.test/html/909/2019-03-04/content-{n}.html" for n in range(1, 6)} <= links
    assert page.pager.links == {"http://x.test/html/909/list-1.html", "http://x.test/html/909/list-2.html"}
    assert page.pager.next_url == "http://x.test/html/909/list-2.html"


def test_an_undated_page_is_an_article_only_when_a_list_row_led_to_it():
    """TRS WCM / PHP168 channels: a menu leads to a channel's own page (站况介绍: a heading and text, no date);
    the same markup reached from a list's row is an article. A sub-site's home page that a list of links led to
    (its title from <title>, one line of text) is not."""
    channel = (
        "<html><head><title>站况介绍--某观测站</title></head><body><h1>站况介绍</h1><div class='TRS_Editor'>"
        "<p>观测站位于青海省德令哈市，海拔3200米，是我国毫米波观测基地，始建于1982年，1990年投入运行。</p>"
        * 3
        + "</div></body></html>"
    )
    assert classify(channel, "http://x.test/zkjs/index.html", "http://x.test/").kind == "hub"
    assert classify(channel, "http://x.test/zkjs/index.html", "http://x.test/", expect="article").kind == "article"
    subsite = (
        "<html><head><title>机电工程学院</title></head><body><div class='nav'>学院首页 学院概况</div></body></html>"
    )
    assert classify(subsite, "http://x.test/index7.html", "http://x.test/", expect="article").kind == "hub"


def test_an_article_beside_dated_side_lists_is_an_article_when_a_row_led_to_it():
    """Sudy WebPlus-like: an article page also shows three small dated side lists (最新动态, 通知公告, 学术活动)
    and an unlabelled date; a list page has a pager."""
    side = "".join(
        f"<div class='col_news'><h3>栏目{k}</h3><ul>"
        + "".join(
            f"<li><a href='/{k}/{i}/page.htm'>第{k}{i}条动态的标题文字</a><span>2020-0{k}-1{i}</span></li>"
            for i in range(4)
        )
        + "</ul></div>"
        for k in range(1, 4)
    )
    html = (
        f"<html><head><title>学院召开教学工作会议</title></head><body>{side}<h1 class='arti_title'>学院召开教学工作会议</h1>"
        "<p class='arti_metas'>2020-06-18</p><div class='wp_articlecontent'>"
        + "<p>6月18日，学院召开教学工作会议，总结上学期教学工作，部署本学期重点任务，全体教师参加。</p>" * 3
        + "</div></body></html>"
    )
    read = classify(html, "http://x.test/2020/0618/c1a2/page.htm", "http://x.test/", expect="article")
    assert (read.kind, read.article.title, read.article.published[:10]) == (
        "article",
        "学院召开教学工作会议",
        "2020-06-18",
    )


@pytest.mark.parametrize("heading", ["h3", "div"])
def test_rows_that_are_bare_link_cards_are_rows(heading):
    """SiteServer / VSB cards: ``<a>`` blocks with a title, a date and a summary, side by side without li."""
    cards = "".join(
        f"<a href='/contents/12/{i}.html' class='item'><{heading}>关于第{i}项收费项目的公示说明</{heading}>"
        f"<span class='date'>2023-05-{i:02d}</span><p>根据有关规定，现将收费项目公示如下。</p></a>"
        for i in range(1, 8)
    )
    page = parse_list_page(f"<html><body><div class='list'>{cards}</div></body></html>", "http://x.test/c/12.html")
    assert [(r.url, r.title, r.date.strip()) for r in page.rows] == [
        (f"http://x.test/contents/12/{i}.html", f"关于第{i}项收费项目的公示说明", f"2023-05-{i:02d}")
        for i in range(1, 8)
    ]


@pytest.mark.parametrize(
    "pager, both",
    [  # VSB: the column's newest article above its list, the list's pager; PowerEasy: an article's own pages
        (
            "<a href='/list.htm'>1</a> <a href='/list/2.htm'>2</a> <a href='/list/3.htm'>3</a> <a href='/list/2.htm'>下页</a>",
            True,
        ),
        (
            "<a href='/Item/5.aspx'>1</a> <a href='/Item/5_2.aspx'>2</a> <a href='/Item/5_3.aspx'>3</a> <a href='/Item/5_2.aspx'>下一页</a>",
            False,
        ),
    ],
)
def test_a_page_is_both_an_article_and_a_list_only_when_its_pager_is_a_lists(pager, both):
    rows = "".join(
        f"<li><a href='/info/{i}.htm'>关于第{i}项工作安排的通知</a><span>2021-03-0{i}</span></li>" for i in range(1, 7)
    )
    art = "<p>根据学校工作安排，现将有关事项通知如下，请各部门认真组织落实，按时完成各项工作任务。</p>" * 3
    html = (
        f"<html><head><title>关于开学工作的通知</title></head><body><h1>关于开学工作的通知</h1><p>发布时间：2021-03-01</p>"
        f"<div id='fontzoom'>{art}</div><div class='pb'>共3页 {pager}</div><ul class='xgwz'>{rows}</ul></body></html>"
    )
    read = classify(html, "http://x.test/Item/5.aspx" if not both else "http://x.test/list.htm", "http://x.test/")
    assert read.kind == "article" and is_both(read) is both


# ---- identities and continuation pages -----------------------------------------------------------------


@pytest.mark.parametrize(
    "url, first, n",
    [
        ("http://x.test/show.asp?id=5&page=2", "http://x.test/show.asp?id=5", 2),
        ("http://x.test/Item/5_2.aspx", "http://x.test/Item/5.aspx", 3),
        ("http://x.test/info/1066/9041_3.htm", "http://x.test/info/1066/9041.htm", 4),
        ("http://x.test/ArticleShow.asp?ArticleID=7&Page=2", "http://x.test/ArticleShow.asp?ArticleID=7", 2),
        ("http://x.test/show.asp?id=6&page=2", "http://x.test/show.asp?id=5", None),
        ("http://x.test/Item/6.aspx", "http://x.test/Item/5.aspx", None),
    ],
)
def test_continuation_pages_are_recognised_by_their_first_page(url, first, n):
    assert continuation_page(url, first) == n


def test_article_ids_shapes_and_hashes():
    assert numeric_id("http://x.test/Shaoxingyizhong/Item/329.aspx") == 329
    assert id_template("http://x.test/Shaoxingyizhong/Item/329.aspx", 329) == id_template(
        "http://x.test/Item/329.aspx", 329
    )
    assert id_template("http://x.test/news/5.html", 5) != id_template("http://x.test/notice/5.html", 5)
    # a day folder is when it was published, not which article: one id re-dated is one article (PHP168, TRS)
    assert id_template("http://x.test/html/917/2020-12-13/content-4321.html", 4321) == id_template(
        "http://x.test/html/917/2020-12-17/content-4321.html", 4321
    )
    assert id_template("http://x.test/xw/201909/t20190918_4427218.html", 4427218) == id_template(
        "http://x.test/xw/201910/t20191002_4427218.html", 4427218
    )
    assert id_template("http://x.test/info/1066/5.htm", 5) != id_template("http://x.test/info/1070/5.htm", 5)
    # a small number under a day folder may be that day's own counter: two days, two articles
    assert id_template("http://x.test/news/20210610/1.html", 1) != id_template("http://x.test/news/20210611/1.html", 1)
    # PHPCMS numbers each model's ids apart: the same id under another category's query is another article
    show = "http://x.test/index.php?m=content&c=index&a=show&catid={}&id=3"
    assert id_template(show.format(9), 3) != id_template(show.format(7), 3)
    assert id_template(show.format(7), 3) == id_template(show.format(7).replace("m=content&", "") + "&m=content", 3)
    assert numeric_id("http://x.test/a.asp?id=" + "9" * 30) is None  # not an id SQLite can hold
    assert hashed_id("http://x.test/about.html") == hashed_id("HTTP://X.TEST/about.html") >= 2**60


def test_counter_responses():
    assert parse_counter_js("document.write('1237');") == 1237
    assert parse_counter_js("document.getElementById('hits_55').innerHTML='12';") == 12
    assert parse_counter_js(" 88 ") == 88 and parse_counter_js("var x;") is None


def test_dates_in_every_format():
    for raw, iso in [("2013-10-25", "2013-10-25T00:00:00+08:00"), ("2013/10/25 10:22:03", "2013-10-25T10:22:03+08:00"),
                     ("2013年10月25日", "2013-10-25T00:00:00+08:00"), ("13年10月25日", "2013-10-25T00:00:00+08:00"),
                     ("2013.9.5", "2013-09-05T00:00:00+08:00"), ("2020-09-03 11:20:33", "2020-09-03T11:20:33+08:00")]:  # fmt: skip
        assert dates.to_iso(dates.find_date_text(raw))[0] == iso, raw


def test_an_xhtml_page_with_an_xml_declaration_is_read():
    """XHTML 1.0 pages of many CMSs open with <?xml … encoding="utf-8"?>, which lxml refuses in a str: the soft-404
    check choked on it and the page was lost."""
    html = (
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>关于举行春季运动会的通知_某某中学</title></head><body><h1>关于举行春季运动会的通知</h1>"
        "<p>发布时间：2021-04-02</p><div class='content'><p>经学校研究决定，于四月中旬举行春季运动会，请各班做好准备。"
        "</p><p>具体安排另行通知，请各班主任及时传达到每一位学生，认真组织报名工作。</p></div></body></html>"
    )
    read = classify(html, "http://school.test/news/12.html", "http://school.test")
    assert read.kind == "article" and read.article.title == "关于举行春季运动会的通知"
    assert read.article.published == "2021-04-02T00:00:00+08:00"


def wordpress_entry(i, heading="h2"):
    """An entry as WordPress themes (hAtom) write it: its header holds the date line and the title."""
    text = "学校按照上级部门的统一部署，认真组织开展了各项工作，取得了明显成效。" * 12
    return (
        f"<article id='post-{i}' class='post-{i} post type-post status-publish hentry category-c{i % 3}'>"
        f"<header class='entry-header'><div class='entry-meta'><a href='/2024/03/0{i}/p{i}/' rel='bookmark'>"
        f"<time class='entry-date published' datetime='2024-03-0{i}T10:00:00+08:00'>2024年3月{i}日</time></a></div>"
        f"<{heading} class='entry-title'><a href='/2024/03/0{i}/p{i}/'>关于第{i}项工作的通知</a></{heading}>"
        f"</header><div class='entry-content'><p>{text}</p></div></article>"
    )


def test_a_blog_themes_archive_of_whole_posts_is_a_list():
    """A WordPress-like archive shows whole posts, each an <article> whose classes begin with its own id: the
    entries are one list's rows, however long, and their header is the entry's, not the page's chrome."""
    side = "".join(f"<li><a href='/2023/12/0{i}/s{i}/'>最新文章{i}</a></li>" for i in range(1, 6))
    html = (
        "<html><head><title>通知公告 - 某某学校</title></head><body><header class='site-header'>某某学校</header>"
        f"<main>{''.join(wordpress_entry(i) for i in range(1, 6))}</main>"
        f"<aside class='widget-area'><ul>{side}</ul></aside></body></html>"
    )
    page = parse_list_page(html, "http://blog.test/category/tzgg/")
    assert [r.url for r in page.rows] == [f"http://blog.test/2024/03/0{i}/p{i}/" for i in range(1, 6)]
    assert page.dated_rows == 5
    with rules.disabled({"list.entry_rows", "layout.entry_parts"}):
        assert "http://blog.test/2024/03/01/p1/" not in {
            r.url for r in parse_list_page(html, "http://blog.test/c/").rows
        }


def test_an_entrys_header_is_the_post_not_chrome():
    html = f"<html><body><header class='site-header'>某某学校</header>{wordpress_entry(1, 'h1')}</body></html>"
    root = parse_html(html).root
    title, site = root.find(".//h1"), root.find(".//header")
    assert title not in Layout(root).boiler and site in Layout(root).boiler
    with rules.disabled({"layout.entry_parts"}):
        assert title in Layout(root).boiler


def discuz_list(n=5):
    """A Discuz! portal list: each entry a <dl> of its title, a summary and its date; the pager's numbers run into
    its count (1 2 3 / 3 页)."""
    summary = "学校按照上级部门的统一部署，认真组织开展了各项工作，取得了明显成效，受到师生和家长的广泛好评。" * 3
    rows = "".join(
        f"<dl class='bbda cl'><dt class='xs2'><a href='portal.php?mod=view&aid={i}'>关于第{i}项工作的通知</a></dt>"
        f"<dd class='xs2 cl'>{summary}</dd><dd><span class='xg1'>2023-5-{i} 10:20</span></dd></dl>"
        for i in range(1, n + 1)
    )
    pager = (
        "<div class='pg'><strong>1</strong><a href='portal.php?mod=list&catid=1&page=2'>2</a><a href='portal.php?"
        "mod=list&catid=1&page=3'>3</a><label><input name='custompage' value='1'/><span title='共 3 页'> / 3 页</span>"
        "</label><a href='portal.php?mod=list&catid=1&page=2' class='nxt'>下一页</a></div>"
    )
    return (
        "<html><head><title>学校新闻 - 某某中学</title></head><body><div id='hd'>某某中学</div>"
        f"<div class='bm'><h1 class='xs2'>学校新闻</h1><div class='bm_c xld'>{rows}</div>{pager}</div>"
        "<p>GMT+8, 2023-7-3 09:41</p></body></html>"
    )


def test_a_list_of_entries_with_summaries_is_a_list():
    """Discuz! portal: the rows' summaries make a long block of prose, which is still the list's rows; each
    <dl> entry is one row with its date; the pager's current page is its <strong>, not 123."""
    url = "http://x.test/portal.php?mod=list&catid=1"
    read = classify(discuz_list(), url, "http://x.test")
    assert (read.kind, len(read.listing.rows), read.listing.dated_rows) == ("list", 5, 5), read.reason
    assert (read.listing.pager.current, read.listing.pager.last) == (1, 3)
    with rules.disabled({"list.dl_entries"}):
        assert parse_list_page(discuz_list(), url).dated_rows == 0
    with rules.disabled({"classify.summaries_are_rows"}):
        assert classify(discuz_list(), url, "http://x.test").kind == "article"


def test_htmldate_never_dates_a_page_by_its_clock():
    """A page's footer prints the server's time (Discuz!'s GMT+8, …): htmldate's last-rung guess of that day is
    no publish date."""
    now = datetime(2023, 7, 3, 9, 41, tzinfo=dates.SHANGHAI)
    text = "<p>学校位于云溪县学府路1号，创办于1956年，现有教学班36个，在校学生一千八百余人，教职工一百六十人。</p>" * 4
    html = (
        "<html><head><title>学校简介 - 某某中学</title></head><body><h1>学校简介</h1>"
        f"<div class='content'>{text}</div><p class='xs0'>GMT+8, 2023-7-3 09:41</p></body></html>"
    )
    page = parse_article(html, "http://x.test/portal.php?mod=topic&topicid=1", now=now)
    assert page.published is None
    with rules.disabled({"date.htmldate_not_today"}):
        assert parse_article(html, "http://x.test/p.php", now=now).published.startswith("2023-07-03")
