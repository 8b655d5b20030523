"""Rules of the extraction ladder, each on a hand-written page of the markup family it serves
(jiangbei_crawler/extract/rules.py names each rule's family and the test backing it)."""

import pytest

from jiangbei_crawler.extract import rules
from jiangbei_crawler.extract.article import parse_article

BODY = "<p>学校召开了本学期第一次全体教师会议，部署了开学各项工作，要求各部门认真落实。</p>" * 3
SENTENCE = "学校召开了本学期第一次全体教师会议"


def test_a_date_label_after_the_body_past_a_share_bar():
    # themes that put the metadata under the article: share buttons and tags come first
    share = "<div class='bdshare'>" + "".join(f"<a href='#s{i}'>享{i}</a>" for i in range(110)) + "</div>"
    html = (
        "<html><head><title>教师会议_某中学</title></head><body><h1>教师会议</h1>"
        f"<div class='article-content'>{BODY}</div>{share}<div class='tags'>标签：会议 教师 开学</div>"
        "<div class='meta'>发布日期：2019-09-23 14:34:05 所属分类：学校新闻</div></body></html>"
    )
    page = parse_article(html, "http://school.test/news/532601.html")
    assert (page.published, page.extraction["published"]) == ("2019-09-23T14:34:05+08:00", "label")
    with rules.disabled({"footer.wide", "date.header", "date.url", "date.meta", "date.htmldate"}):
        assert parse_article(html, "http://school.test/news/532601.html").published is None


def test_a_title_inside_an_aside_named_header():
    html = (
        "<html><head><title>逆水寒新版本上线_游戏新闻</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<aside class='contxt-aside'><h1>逆水寒新版本上线</h1><span>2019-09-05 11:10</span></aside>"
        f"<div class='mainArea'>{BODY}</div></body></html>"
    )
    page = parse_article(html, "http://games.test/news/201909/1220000.shtml")
    assert (page.title, page.extraction["title"]) == ("逆水寒新版本上线", "heading")
    assert page.published == "2019-09-05T11:10:00+08:00"


def test_a_body_inside_a_share_area():
    # image-sharing wrappers (js_img_share_area) around the article text
    related = "<ul class='related'>" + "".join(f"<li><a href='/a/{i}.html'>相关新闻第{i}条</a></li>" for i in range(12))
    html = (
        "<html><head><title>长春的新经济_凤凰网</title></head><body><h1>长春的新经济</h1>"
        "<p class='p_time'>2020年09月11日 18:05 来源：商讯</p>"
        f"<div class='img_share_area'><div class='main_content'>{BODY}</div></div>{related}</ul></body></html>"
    )
    page = parse_article(html, "http://news.test/a/20200911/14526474_0.shtml")
    assert SENTENCE in "".join(page.body_lines) and "相关新闻" not in "".join(page.body_lines)
    with rules.disabled({"body.prose_in_chrome"}):
        assert SENTENCE not in "".join(parse_article(html, "http://news.test/a/1.shtml").body_lines)


def test_a_source_link_followed_by_another_link():
    html = (
        "<html><head><title>项目爆雷_财经</title></head><body><h1>项目爆雷</h1>"
        "<div class='post_info'>2019-09-07 13:43:45 来源: <a href='http://m.test/'>证券市场周刊</a>"
        "<a href='/report'>举报</a></div>"
        f"<div class='post_body'>{BODY}</div></body></html>"
    )
    assert parse_article(html, "http://news.test/money/1.html").source == "证券市场周刊"
    with rules.disabled({"source.cut_at_link"}):
        assert parse_article(html, "http://news.test/money/1.html").source == "证券市场周刊举报"


@pytest.mark.parametrize(
    "after, expected",
    [("", None), ("<p>文章来源：江北区教育局</p>", "江北区教育局")],
)
def test_a_placeholder_source(after, expected):
    html = (
        "<html><head><title>通知_某中学</title></head><body><h1>通知</h1><p>来源：转载 发布时间：2024-03-05</p>"
        f"<div id='zoom'>{BODY}</div>{after}</body></html>"
    )
    assert parse_article(html, "http://school.test/show.asp?id=1").source == expected


@pytest.mark.parametrize(
    "after, expected",
    [("", ""), ("<p>文章来源：江北区教育局</p>", "江北区教育局")],
)
def test_an_empty_source_slot_is_empty_unless_a_value_follows(after, expected):
    html = (
        "<html><head><title>通知_某中学</title></head><body><h1>通知</h1><p>来源：【打印】 发布时间：2024-03-05</p>"
        f"<div id='zoom'>{BODY}</div>{after}</body></html>"
    )
    assert parse_article(html, "http://school.test/show.asp?id=1").source == expected


def test_a_post_date_above_its_subject():
    """phpwind-like thread: the opening post's 发表于 line stands above its subject; a reply's comes after."""
    html = (
        "<html><head><title>家长经验汇总 - 家长论坛</title></head><body><div class='nav'>今天是：2011-06-01</div>"
        "<div class='post'><div class='tipTop'><a>楼主</a> <span>发表于: 2011-05-20 21:08</span></div>"
        f"<h1>家长经验汇总</h1><div id='read_tpc'>{BODY}</div></div>"
        "<div class='post'><div class='tipTop'><a>1楼</a> <span>发表于: 2011-05-20 21:40</span></div>"
        "<div class='reply'>说得好，谢谢分享。</div></div></body></html>"
    )
    page = parse_article(html, "http://bbs.school.test/read.php?tid=4521")
    assert (page.published, page.extraction["published"]) == ("2011-05-20T21:08:00+08:00", "label")
    with rules.disabled({"fields.before_title"}):
        assert parse_article(html, "http://bbs.school.test/read.php?tid=4521").published.startswith("2011-05-20T21:40")


def test_a_date_in_brackets_alone_on_its_line():
    """Blog templates print the post's time as (2009-03-05 10:20:33) under the title; a remark in brackets is no
    date line."""
    html = (
        "<html><head><title>春游记_老师的博客</title></head><body><h2 class='titName'>春游记</h2>"
        "<span class='time'>(2009-03-05 10:20:33)</span><div class='articalContent'>{body}</div></body></html>"
    )
    page = parse_article(html.format(body=BODY), "http://blog.school.test/s/blog_1.html")
    assert (page.published, page.extraction["published"]) == ("2009-03-05T10:20:33+08:00", "header")
    remark = html.replace("(2009-03-05 10:20:33)", "（2009年3月5日会议通过）")
    assert parse_article(remark.format(body=BODY), "http://blog.school.test/s/blog_1.html").published is None


@pytest.mark.parametrize(
    "info, expected",
    [
        # a labelled span ends its value, where the flat text runs on into the share links after it
        ("<p>2018-03-05 08:20<span>来源：澎湃新闻</span>\n<span><a>微信</a><a>微博</a></span></p>", "澎湃新闻"),
        # an element the markup names as the source, without a label (Sina's media_name)
        (
            "<p><span>2012年03月05日08:20</span> <span id='media_name'><a href='/'>中国教育报</a></span></p>",
            "中国教育报",
        ),
        ("<p><span>2012年03月05日08:20</span> <span class='source'><a href='/x'>原文链接</a></span></p>", None),
        # a site bar's 来源 item, no colon, just above the title
        ("", "甬江教育发布"),
    ],
)
def test_a_source_bounded_by_its_own_element(info, expected):
    bar = "<div class='meta'><span>时间：2022/3/5</span><span>来源 甬江教育发布</span></div>" if not info else ""
    html = (
        f"<html><head><title>关于开学的通知_某中学</title></head><body>{bar}<h1>关于开学的通知</h1>{info}"
        f"<div id='zoom'>{BODY}</div></body></html>"
    )
    assert parse_article(html, "http://news.test/a/1.html").source == expected
    # the tool links glued to the value are cut by their own rule too: both off, the element's end decides
    with rules.disabled({"source.elements", "source.cut_before_tool_links"}):
        assert parse_article(html, "http://news.test/a/1.html").source != expected or expected is None


def test_the_publisher_is_not_the_source():
    html = (
        "<html><head><title>收费公示_某局</title></head><body><h1>收费公示</h1>"
        "<p>发布机构：江北区教育局 发布日期：2024-03-05</p>"
        f"<div id='zoom'>{BODY}</div></body></html>"
    )
    page = parse_article(html, "http://gov.test/art/1.html")
    assert (page.source, page.publisher) == (None, "江北区教育局")


def test_every_rule_names_its_family_sources_and_test():
    for name, rule in rules.RULES.items():
        assert rule.family and rule.sources and rule.test.startswith("tests/"), name
        path, _, test = rule.test.partition("::")
        assert f"def {test}(" in open(path, encoding="utf-8").read(), name


def test_a_container_that_swallowed_the_footer():
    # an unclosed container runs to the end of the page: recommended links and the footer come inside it
    more = "<div class='tj'>" + "".join(f"<p><a href='/n/{i}.html'>国庆特别策划第{i}篇报道</a></p>" for i in range(8))
    # (the recommendations' and the footer's blocks are left inside article_content: no </div> closes it)
    html = (
        "<html><head><title>公园_新闻</title></head><body><h1>公园</h1>"
        f"<div id='article_content'>{BODY}{more}</div><div class='bq'>新浪公司 版权所有 Copyright 1996-2019</div>"
        "</div></body></html>"
    )
    text = "\n".join(parse_article(html, "http://news.test/c/1.shtml").body_lines)
    assert SENTENCE in text and "国庆特别策划" not in text and "版权所有" not in text
    with rules.disabled({"body.swallowed_chrome"}):
        assert "国庆特别策划" in "\n".join(parse_article(html, "http://news.test/c/1.shtml").body_lines)


def test_a_comment_box_named_content_is_not_the_body():
    html = (
        "<html><head><title>交通网络_股票</title></head><body><h1>交通网络</h1>"
        f"<div class='art_context'>{BODY}</div><form><textarea id='content' name='content'></textarea></form>"
        "</body></html>"
    )
    page = parse_article(html, "http://stock.test/2019-09-26/1.html")
    assert SENTENCE in "".join(page.body_lines)
    with rules.disabled({"body.not_a_form_field"}):
        assert parse_article(html, "http://stock.test/2019-09-26/1.html").body_lines == []


def test_a_keyword_cloud_is_not_the_body():
    cloud = "<div>" + " ".join(f"关键词{i}号" for i in range(600)) + "</div>"
    html = (
        "<html><head><title>电诈团伙被端_传媒</title></head><body><h2 class='post-title'>电诈团伙被端</h2>"
        f"<div class='post-body'>{BODY}</div>{cloud}</body></html>"
    )
    text = "".join(parse_article(html, "http://blog.test/post/2740.html").body_lines)
    assert SENTENCE in text and "关键词" not in text


def test_a_fragment_of_the_title_is_not_the_title():
    html = (
        "<html><head><title>2017-2018观测季节望远镜状态报告----某观测站</title></head><body>"
        "<table><tr><td class='black_20_600'>2017-2018观测季节望远镜状态报告</td></tr></table>"
        f"<div class='TRS_Editor'><p><span>2017</span>年9月</p>{BODY}</div></body></html>"
    )
    assert parse_article(html, "http://gov.test/a/t20180723_1.html").title == "2017-2018观测季节望远镜状态报告"


def test_a_back_to_home_link_ends_no_body():
    html = (
        "<html><head><title>整顿_新闻</title></head><body><h1>整顿</h1>"
        f"<div class='Cnt-Main-Article'>{BODY}<p>整顿仍将持续。<a href='/'>返回新闻网首页&gt;&gt;</a></p></div></body></html>"
    )
    text = "\n".join(parse_article(html, "http://news.test/omn/1.html").body_lines)
    assert text.endswith("整顿仍将持续。") and "首页" not in text


def test_a_source_item_without_a_colon():
    html = (
        "<html><head><title>安全论坛举办_资讯</title></head><body><h1 class='title'>安全论坛举办</h1>"
        "<div class='info'>发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星</div>"
        f"<div class='news_content'>{BODY}</div></body></html>"
    )
    assert parse_article(html, "http://news.test/article/1").source == "CSDN"
    running = html.replace("来源CSDN|", "数据来源于本届论坛的统计|")
    assert parse_article(running, "http://news.test/article/1").source is None


META_FORMS = {
    # TRS/Hanweb: label cells and value cells, above the title
    "cells": "<table class='xxgk'><tr><td>索引号：</td><td>11330205/2024-00012</td><td>主题分类：</td><td>教育</td></tr>"
    "<tr><td>发布机构：</td><td>江北区教育局</td><td>成文日期：</td><td>2024-03-05</td></tr>"
    "<tr><td>文号：</td><td>甬北教〔2024〕5号</td><td>来源：</td><td>区教育局办公室</td></tr></table>",
    # Kaipu/EmpireCMS 信息公开: <li><span>label</span>value
    "spans": "<ul class='info'><li><span>索引号：</span>11330205/2024-00012</li><li><span>发布机构：</span>江北区教育局"
    "</li><li><span>成文日期：</span>2024年03月05日</li><li><span>来源：</span>区教育局办公室</li></ul>",
    # definition lists
    "dl": "<dl><dt>索引号</dt><dd>11330205/2024-00012</dd><dt>发布机构</dt><dd>江北区教育局</dd>"
    "<dt>成文日期</dt><dd>2024-03-05</dd><dt>来源</dt><dd>区教育局办公室</dd></dl>",
}


@pytest.mark.parametrize("form", sorted(META_FORMS))
def test_metadata_tables_of_every_form(form):
    html = (
        "<html><head><title>关于收费标准的公示_江北区教育局</title></head><body>"
        f"{META_FORMS[form]}<h1>关于收费标准的公示</h1><div id='zoom'>{BODY}</div></body></html>"
    )
    page = parse_article(html, "http://gov.test/art/1.html")
    assert page.metadata["索引号"] == "11330205/2024-00012" and page.metadata["发布机构"] == "江北区教育局"
    assert (page.published, page.extraction["published"]) == ("2024-03-05T00:00:00+08:00", "metadata")
    assert (page.source, page.publisher) == ("区教育局办公室", "江北区教育局")
    with rules.disabled({"metadata.table", "date.htmldate"}):
        assert parse_article(html, "http://gov.test/art/1.html").published is None


def test_a_metadata_box_with_spaced_labels_keeps_one_value_per_label():
    """Hanweb 信息公开 boxes: a <div> of <li><span>label</span>value, labels spaced out to line up (索 引 号)."""
    box = (
        "<div class='xxgk_box'><ul><li><span>索 引 号：</span>11330205/2024-00012</li><li><span>发布机构：</span>"
        "江北区教育局</li><li><span>成文日期：</span>2024-03-01</li><li><span>发布日期：</span>2024-03-05</li>"
        "<li><span>文　　号：</span>甬北教〔2024〕5号</li><li><span>有 效 性：</span>有效</li></ul></div>"
    )
    html = (
        "<html><head><title>关于收费标准的公示_江北区教育局</title></head><body>"
        f"{box}<h1>关于收费标准的公示</h1><div id='zoom'>{BODY}</div></body></html>"
    )
    page = parse_article(html, "http://gov.test/art/1.html")
    assert page.metadata == {
        "索引号": "11330205/2024-00012", "发布机构": "江北区教育局", "成文日期": "2024-03-01",
        "发布日期": "2024-03-05", "文号": "甬北教〔2024〕5号", "有效性": "有效",
    }  # fmt: skip
    assert page.published.startswith("2024-03-05")


def test_an_article_line_is_not_a_metadata_table():
    html = (
        "<html><head><title>通知_某中学</title></head><body><h1>通知</h1><p>来源：教务处 发布时间：2024-03-05</p>"
        f"<div id='zoom'>{BODY}</div></body></html>"
    )
    assert parse_article(html, "http://school.test/show.asp?id=1").metadata == {}


@pytest.mark.parametrize(
    "counter, visits, counter_url",
    [
        ("<script>document.write('1237');</script>", 1237, None),
        (
            "<span id='hits'></span><script>$.get('/e/public/ViewClick/?classid=3&id=77&addclick=1', "
            "function(d){$('#hits').html(d)});</script>",
            None,
            "http://school.test/e/public/ViewClick/?classid=3&id=77&addclick=1",
        ),  # fmt: skip
        (
            "<script>fetch('/api/count.php?id=77').then(r => r.text())</script>",
            None,
            "http://school.test/api/count.php?id=77",
        ),  # fmt: skip
        ("<script src='/js/jquery.js'></script>", None, None),
    ],
)
def test_visit_counters_filled_by_scripts(counter, visits, counter_url):
    html = (
        "<html><head><title>通知_某中学</title></head><body><h1>通知</h1>"
        f"<div class='info'>发布时间：2024-03-05 访问次数：{counter}</div><div id='zoom'>{BODY}</div></body></html>"
    )
    page = parse_article(html, "http://school.test/show.asp?id=77")
    assert (page.visits, page.counter_url) == (visits, counter_url)


def test_an_article_with_dated_side_lists_is_an_article():
    from jiangbei_crawler.extract.classify import classify

    side = "<ul class='news-list'>" + "".join(
        f"<li><a href='/n/2019_09_0{i}_{i}.shtml'>相关新闻标题第{i}条报道</a><span>2019-09-0{i}</span></li>"
        for i in range(1, 9)
    )
    html = (
        "<html><head><title>集成电路进口突破3000亿美元_观察者网</title></head><body>"
        "<h3>集成电路进口突破3000亿美元</h3><div>2019-09-07 15:10:53 来源：EETOP</div>"
        f"<div class='content all-txt'>{BODY * 6}</div>{side}</ul></body></html>"
    )
    url = "https://news.test/economy/2019_09_07_0.shtml"
    read = classify(html, url, "https://news.test")
    assert read.kind == "article" and read.article.title == "集成电路进口突破3000亿美元"
    assert len(read.listing.rows) == 8  # the side list's rows are still there to follow
    # either rule reads it as an article: its long prose, or the date alone under its title
    with rules.disabled({"classify.prose_beside_lists", "classify.header_date"}):
        assert classify(html, url, "https://news.test").kind == "list"


def test_title_rungs_label_stripped_then_list_row_then_head():
    labelled = (
        "<html><head><title>关于召开教师会议的通知_某中学</title></head><body>"
        f"<div class='title'>标题：关于召开教师会议的通知</div><div id='zoom'>{BODY}</div></body></html>"
    )
    assert parse_article(labelled, "http://x.test/a/1.html").title == "关于召开教师会议的通知"
    bare = (
        "<html><head><title>某中学</title><meta property='og:title' content='某中学官网'></head><body>"
        f"<div id='zoom'>{BODY}</div></body></html>"
    )
    page = parse_article(bare, "http://x.test/a/1.html", hints={"title": "关于召开教师会议的通知"})
    assert (page.title, page.extraction["title"]) == ("关于召开教师会议的通知", "list")
    assert parse_article(bare, "http://x.test/a/1.html").extraction["title"] == "meta"


@pytest.mark.parametrize(
    "page",
    [  # PowerEasy-like: h2.title outside the body, the body's first paragraph repeats it
        "<h2 class='title'>高三模拟考试期间安排</h2><div class='info'>发布时间:2019-05-27</div>"
        "<div class='conTxt'><p>高三模拟考试期间安排</p>{body}</div>",
        # TRS-like: the title in a table cell, the TRS_Editor body starts with it in bold
        "<table><tr><td class='title'>关于公示的通知</td></tr></table>"
        "<div class='TRS_Editor'><p><b>关于公示的通知</b></p>{body}</div>",
    ],
)
def test_a_first_body_line_that_repeats_the_title_is_kept(page):
    title = "高三模拟考试期间安排" if "高三" in page else "关于公示的通知"
    html = f"<html><head><title>{title}_某校</title></head><body>{page.format(body=BODY)}</body></html>"
    read = parse_article(html, "http://school.test/Item/1.aspx")
    assert read.title == title and read.body_lines[0] == title and len(read.body_lines) == 4


@pytest.mark.parametrize(
    "head, title",
    [
        ("李明----某某天文台观测站", "李明"),
        ("某某天文台观测站--李明", "李明"),
        ("实验室简介_某某天文台观测站", "实验室简介"),
    ],
)
def test_the_footer_names_the_site_segment_of_the_page_title(head, title):
    """TRS-like staff pages: <title> is a two-character name and the site's, at either end; the copyright line
    names the site, so the other segment is the title, and the cell holding just that text is its element."""
    html = (
        f"<html><head><title>{head}</title></head><body><table><tr><td class='black20'>{title}</td></tr>"
        f"<tr><td> | 15-09-18 | 【打印】</td></tr><tr><td><div class='TRS_Editor'>{BODY}</div></td></tr></table>"
        "<div class='foot'>Copyright 2003-2009 某某天文台观测站 版权所有 青ICP备06001436号</div></body></html>"
    )
    page = parse_article(html, "http://obs.test/rydw/yjy/201509/t20150918_4427218.html")
    assert (page.title, page.extraction["title"]) == (title, "heading")
    assert (page.published, page.extraction["published"]) == ("2015-09-18T00:00:00+08:00", "header")
    if len(title) < 4:  # a short title is found only because the footer names the rest
        with rules.disabled({"title.footer_names_site"}):
            assert parse_article(html, "http://obs.test/rydw/yjy/201509/t20150918_4427218.html").title != title


def test_a_short_notice_in_a_table_left_open_keeps_its_text():
    """Old ASP school CMSs: a notice's editor left its <table> open, so the parser nests the print link, the
    neighbours and the page footer inside the table with the two lines of text. The footer's blocks are chrome;
    the table holding the text is not, though its few characters sit beside 版权所有."""
    html = (
        "<html><head><title>高三支部会议</title></head><body><h2 class='title'>高三支部会议</h2>"
        "<div class='property'><span>发布时间：2009年10月09日</span></div><div class='conTxt'><table><tr><td>"
        "<p>高三支部全体党员：</p><p>定于今天下午第四节课召开支部会议，请准时出席。</p><p>&amp;"
        "</div><div class='userControl'><a href='javascript:doPrint()'>【打印正文】</a></div>"
        "<div id='footer'><p>版权所有 某某市第一中学 浙ICP备05001234号</p></div></body></html>"
    )
    lines = parse_article(html, "http://school.test/Item/374.aspx").body_lines
    assert lines[:2] == ["高三支部全体党员：", "定于今天下午第四节课召开支部会议，请准时出席。"]
    assert not any("版权所有" in line for line in lines)
    with rules.disabled({"body.footer_not_its_holder"}):
        assert not parse_article(html, "http://school.test/Item/374.aspx").body_lines


def test_a_one_line_notice_in_a_table_left_open_leaves_out_a_longer_footer():
    """The same family with a notice of one line and a name: the footer it swallowed (a menu, the 版权所有 line, an
    address) is longer than the text, yet chrome, because the page names it its footer."""
    footer = (
        "<div id='footer'><div class='siteWidth'><ul class='footerNav'><li><a href='/map.aspx'>网站地图</a></li>"
        "<li><a href='/mail.aspx'>校长信箱</a></li></ul><div class='copyRight'><p>某某市第一中学 版权所有 Copyright © "
        "All Rights Reserved.<br>地址：某某市站前大道1898号 电话&amp;传真：0575-85170000</p><p><a href='/ba'>"
        "浙公网安备 33060202000000号</a> ICP证：浙ICP备05001234号-1</p></div></div></div>"
    )
    html = (
        "<html><head><title>信息处工作安排</title></head><body><h2 class='title'>信息处工作安排</h2>"
        "<div class='property'><span>发布时间：2009年08月31日</span></div><div class='conTxt'><div>信息处工作安排</div>"
        "<table border=1><tr><td>王立新</td><td><div>负责信息中心"
        f"</div><div class='userControl'><a href='javascript:doPrint()'>【打印正文】</a></div>{footer}</body></html>"
    )
    lines = parse_article(html, "http://school.test/Item/178.aspx").body_lines
    assert lines == ["信息处工作安排", "王立新", "负责信息中心"]
    with rules.disabled({"body.named_footer"}):
        assert any("版权所有" in line for line in parse_article(html, "http://school.test/Item/178.aspx").body_lines)


def test_a_reading_list_of_links_elsewhere_ends_the_body():
    """A 党建 notice that ends on its reading list (twenty lectures on another site's pages, one link each): the
    author's text, where a block of links to the site's own pages after the text would be its related rows."""
    lectures = "".join(
        f"<h2><a href='http://study.example.cn/v/{i}.shtml'>第{i}讲：党的建设专题</a></h2>" for i in (1, 2, 3, 4, 5)
    )
    html = (
        "<html><head><title>学习党章</title></head><body><h1>学习党章</h1><div class='conTxt'>"
        f"<p>{SENTENCE}{SENTENCE}</p><p>附：专题讲座目录</p><div class='list'>{lectures}</div></div>"
        "<div class='foot'>版权所有 某某中学</div></body></html>"
    )
    assert parse_article(html, "http://school.test/Item/9591.aspx").body_lines[-1] == "第5讲：党的建设专题"
    with rules.disabled({"body.offsite_link_lists"}):
        assert parse_article(html, "http://school.test/Item/9591.aspx").body_lines[-1] == "附：专题讲座目录"


def test_a_site_name_joined_to_the_title_by_a_bare_hyphen():
    """Z-Blog's default theme: <title> is {site}-{title} with a bare hyphen, the site's name an <h1> on every page,
    the post's title a short <h2>; the copyright line names the site, so the other segment is the title."""
    html = (
        "<html><head><title>某某镇中心学校-政教处召开家长会</title></head><body><h1 id='BlogTitle'><a href='/'>"
        f"某某镇中心学校</a></h1><h2 class='post-title'>政教处召开家长会</h2><div class='post-body'>{BODY}</div>"
        "<h3 id='BlogCopyRight'>Copyright &copy; 2021 某某镇中心学校 版权所有</h3></body></html>"
    )
    assert parse_article(html, "http://zb.test/post/21.html").title == "政教处召开家长会"
    with rules.disabled({"title.bare_hyphen_site"}):
        assert parse_article(html, "http://zb.test/post/21.html").title == "某某镇中心学校"


def test_a_heading_that_also_holds_the_date_and_source_line():
    """PHPCMS v9's default template writes the date, 来源 and comment count inside the title's <h1>: the title is
    the heading's leading text, and the rest is the header where the date and source are read."""
    html = (
        "<html><head><title>关于做好暑期安全教育工作的通知 - 通知公告 - 某某中学</title></head><body>"
        "<div class='crumbs'><a href='/'>首页</a><span> > </span><a href='/tzgg/'>通知公告</a> > 正文</div>"
        "<div id='Article'><h1>关于做好暑期安全教育工作的通知<br /><span>2021-06-10 10:20:00&nbsp;&nbsp;来源：校办"
        "&nbsp;&nbsp;评论：<a href='#comment'>0</a> 点击：</span><span id='hits'></span></h1>"
        f"<div class='content'>{BODY}</div></div><div class='footer'>版权所有 某某中学</div></body></html>"
    )
    page = parse_article(html, "http://school.test/index.php?m=content&c=index&a=show&catid=12&id=345")
    assert (page.title, page.extraction["title"]) == ("关于做好暑期安全教育工作的通知", "heading")
    assert (page.published, page.source) == ("2021-06-10T10:20:00+08:00", "校办")
    assert page.body_lines[0].startswith(SENTENCE) and "来源" not in "\n".join(page.body_lines)
    with rules.disabled({"title.heading_with_metadata"}):
        alone = parse_article(html, "http://school.test/index.php?m=content&c=index&a=show&catid=12&id=345")
        assert alone.extraction["title"] == "page-title"  # no title element: the page alone reads as a hub


def test_time_labels_of_other_times_are_not_date_labels():
    """注册时间 (a forum poster's profile) and 截止时间 name other times; 创建时间 and 发稿时间 are publish labels."""
    from jiangbei_crawler.extract.patterns import DATE_LABEL_RX

    assert not DATE_LABEL_RX.search("注册时间：2009-03-15") and not DATE_LABEL_RX.search("报名截止时间：2021-03-20")
    assert DATE_LABEL_RX.search("创建时间：2021-06-10") and DATE_LABEL_RX.search("发稿时间：2021-06-10")


def test_a_heading_with_a_date_inside_its_title_is_one_title():
    html = (
        "<html><head><title>关于2021年6月10日停电检修的通知_某某中学</title></head><body>"
        "<h1>关于<span>2021年6月10日</span>停电检修的通知</h1><div class='info'>发布时间：2021-06-08 作者：总务处</div>"
        f"<div class='content'>{BODY}</div></body></html>"
    )
    page = parse_article(html, "http://school.test/news/88.html")
    assert page.title == "关于2021年6月10日停电检修的通知" and page.published == "2021-06-08T00:00:00+08:00"


def test_a_footer_menu_naming_every_part_of_the_title_names_no_site():
    html = (
        "<html><head><title>学校简介_宁波市孔浦中学</title></head><body><h1 class='logo'>宁波市孔浦中学</h1>"
        f"<h2>学校简介</h2><div class='content'>{BODY}</div><div class='foot'>网站首页 | 学校简介 | 联系我们 | "
        "版权所有：宁波市孔浦中学</div></body></html>"
    )
    assert parse_article(html, "http://school.test/about/").title == "学校简介"


def test_a_body_in_pre_keeps_its_own_lines():
    """2005-era notices pasted as preformatted text: one line per line of the text, not one run of it."""
    text = "　　各中小学：\n　　现将有关事项通知如下。\n　　一、时间安排。\n\n                    江北区教育局\n"
    html = (
        "<html><head><title>关于开展冬季长跑活动的通知_江北教育</title></head><body><h1>关于开展冬季长跑活动的通知</h1>"
        f"<p>发布时间：2005-11-01</p><div id='zoom'><pre>{text}</pre></div></body></html>"
    )
    page = parse_article(html, "http://edu.test/show.asp?id=1")
    assert page.body_lines == ["各中小学：", "现将有关事项通知如下。", "一、时间安排。", "江北区教育局"]
