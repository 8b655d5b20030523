"""Every pager family a portal's lists come in, each as a hand-written fixture of its family's markup: the
current page, the last page, and the URL of page 5 (or the next page, where the family gives only that)."""

import re
import sqlite3

import pytest

from jiangbei_crawler.extract import rules
from jiangbei_crawler.extract.listing import parse_list_page
from jiangbei_crawler.testing import cron, static_site

ROWS = "".join(
    f"<li><a href='/news/{i}.html'>关于第{i}项工作的通知</a><span>2024-03-{i:02d}</span></li>" for i in range(1, 11)
)


def page(pager, url):
    return parse_list_page(f"<html><body><ul class='list'>{ROWS}</ul>{pager}</body></html>", url).pager


FAMILIES = {
    # EmpireCMS: the first page is index.html, page 2 is index_2.html
    "empirecms index_N": (
        "<div class='epages'><a title='Total record'>&nbsp;<b>87</b> </a>&nbsp;&nbsp;&nbsp;<b>1</b>&nbsp;"
        "<a href='/news/index_2.html'>2</a>&nbsp;<a href='/news/index_3.html'>3</a>&nbsp;"
        "<a href='/news/index_2.html'>下一页</a>&nbsp;<a href='/news/index_9.html'>尾页</a></div>",
        "http://s.test/news/index.html",
        (1, 9, "http://s.test/news/index_5.html"),
    ),
    # TRS WCM: page 2 is index_1.html, written by a script
    "trs createPageHTML": (
        '<div class=\'page\'><script>createPageHTML(7, 0, "index", "html");</script></div>',
        "http://s.test/news/index.html",
        (1, 7, "http://s.test/news/index_4.html"),
    ),
    # TRS WCM's other script: the count in variables, then the same call
    "trs var countPage": (
        "<div class='page'><script>var currentPage = 0; var countPage = 6;\n"
        'createPageHTML(countPage, currentPage, "index", "shtml");</script></div>',
        "http://s.test/news/index.shtml",
        (1, 6, "http://s.test/news/index_4.shtml"),
    ),
    # TRS WCM's own pager script: only the two variables (no semicolon after the count), the links built in JS
    "trs variables alone": (
        "<div class='page'><script>var currentPage = 0;//所在页从0开始\nvar countPage = 6//共多少页\n"
        'document.write("<a href=\\"index_" + (currentPage+1) + ".html\\">下一页</a>");</script></div>',
        "http://s.test/news/index.html",
        (1, 6, "http://s.test/news/index_4.html"),
    ),
    # Sudy WebPlus: list.htm, list2.htm…; 每页/总共 counts in <em>s, 页码 1/3, arrows glued to the words
    "sudy wp_paging": (
        "<div id='wp_paging_w6'><ul class='wp_paging clearfix'><li class='pages_count'><span class='per_page'>每页"
        "&nbsp;<em class='per_count'>15</em>&nbsp;记录&nbsp;</span><span class='all_count'>总共&nbsp;<em "
        "class='all_count'>40</em>&nbsp;记录&nbsp;</span></li><li class='page_nav'><a class='first' "
        "href='javascript:void(0);'><span>第一页</span></a><a class='prev' href='javascript:void(0);'><span>"
        "&lt;&lt;上一页</span></a><a class='next' href='/1234/list2.htm'><span>下一页&gt;&gt;</span></a><a "
        "class='last' href='/1234/list3.htm'><span>尾页</span></a></li><li class='page_jump'><span class='pages'>"
        "页码&nbsp;<em class='curr_page'>1</em>/<em class='all_pages'>3</em></span></li></ul></div>",
        "http://s.test/1234/list.htm",
        (1, 3, "http://s.test/1234/list5.htm"),
    ),
    # DedeCMS: list_<type>_<page>.html, 共 N页 M条
    "dedecms list_5_N": (
        "<ul class='pagelist'><li><a>首页</a></li><li class='thisclass'>1</li><li><a href='list_5_2.html'>2</a></li>"
        "<li><a href='list_5_3.html'>3</a></li><li><a href='list_5_2.html'>下一页</a></li>"
        "<li><a href='list_5_8.html'>末页</a></li><span class='pageinfo'>共 <strong>8</strong>页<strong>150</strong>条"
        "</span></ul>",
        "http://s.test/news/list_5_1.html",
        (1, 8, "http://s.test/news/list_5_5.html"),
    ),
    "query page=": (
        "<div class='pager'>共87条记录 页次:2/9 <a href='list.asp?cid=3&page=1'>首页</a> "
        "<a href='list.asp?cid=3&page=1'>上一页</a> <a href='list.asp?cid=3&page=3'>下一页</a> "
        "<a href='list.asp?cid=3&page=9'>尾页</a></div>",
        "http://s.test/list.asp?cid=3&page=2",
        (2, 9, "http://s.test/list.asp?cid=3&page=5"),
    ),
    "query p=": (
        "<div class='fenye'><a href='?cid=3&p=1'>1</a> <span class='cur'>2</span> <a href='?cid=3&p=3'>3</a> "
        "<a href='?cid=3&p=4'>4</a> <a href='?cid=3&p=3'>下一页</a> <a href='?cid=3&p=12'>末页</a></div>",
        "http://s.test/list?cid=3&p=2",
        (2, 12, "http://s.test/list?cid=3&p=5"),
    ),
    "query PageNo=": (
        "<div class='pages'>第1页/共6页 <a href='Info.aspx?ClassID=7&PageNo=2'>下一页</a> "
        "<a href='Info.aspx?ClassID=7&PageNo=6'>尾页</a></div>",
        "http://s.test/Info.aspx?ClassID=7",
        (1, 6, "http://s.test/Info.aspx?ClassID=7&PageNo=5"),
    ),
    "query cur_page=": (
        "<div class='page-box'>第1页/共5页 <a href='/col/list.jsp?cur_page=2&id=9'>下一页</a> "
        "<a href='/col/list.jsp?cur_page=5&id=9'>尾页</a></div>",
        "http://s.test/col/list.jsp?id=9",
        (1, 5, "http://s.test/col/list.jsp?cur_page=5&id=9"),
    ),
    # VSB / Sudy: list.htm, then list/11.htm ... counting down to list/1.htm
    "vsb N.htm counting down": (
        "<div class='pb_sys_common'>共120条 1/12 <a href='list.htm'>首页</a> <a href='list/11.htm'>下页</a> "
        "<a href='list/1.htm'>尾页</a> <a href='list/11.htm'>2</a> <a href='list/10.htm'>3</a></div>",
        "http://s.test/xwzx/list.htm",
        (1, 12, "http://s.test/xwzx/list/8.htm"),
    ),
    # a jump box: <select onchange> whose options are the pages
    "select onchange": (
        "<div class='page'>第1页/共4页 <select onchange='location.href=this.value'>"
        "<option value='news_1.html' selected>1</option><option value='news_2.html'>2</option>"
        "<option value='news_3.html'>3</option><option value='news_4.html'>4</option></select></div>",
        "http://s.test/news/news_1.html",
        (1, 4, "http://s.test/news/news_5.html"),  # the pattern goes on past the last page
    ),
    # JEECMS's built-in pager style: links that lead nowhere (href="#") but by their onclick's encodeURI(…)
    "jeecms onclick encodeURI": (
        "<div class='pagination'>共87条记录 1/9页 <a disabled='disabled'>首页</a> <a disabled='disabled'>上一页</a> "
        "<a href='#' onclick=\"location.href=encodeURI('/news/index_2.jhtml');\">下一页</a> "
        "<a href='#' onclick=\"location.href=encodeURI('/news/index_9.jhtml');\">尾页</a></div>",
        "http://s.test/news/index.jhtml",
        (1, 9, "http://s.test/news/index_5.jhtml"),
    ),
    # Discuz!'s multi-page box: the page numbers run into its count (1 2 3 / 3 页 reads as "123 / 3 页")
    "discuz multi": (
        "<div class='pg'><strong>1</strong><a href='portal.php?mod=list&amp;catid=1&amp;page=2'>2</a><a href='portal"
        ".php?mod=list&amp;catid=1&amp;page=3'>3</a><label><input name='custompage' value='1'/><span title='共 3 页'> "
        "/ 3 页</span></label><a href='portal.php?mod=list&amp;catid=1&amp;page=2' class='nxt'>下一页</a></div>",
        "http://s.test/portal.php?mod=list&catid=1",
        (1, 3, "http://s.test/portal.php?mod=list&catid=1&page=5"),
    ),
    # only the record count and the page size: the last page is their quotient
    "共N条 每页M条": (
        "<div class='pager'>共87条 每页10条 当前第1页 <a href='/news/list_2.html'>下一页</a></div>",
        "http://s.test/news/list_1.html",
        (1, 9, "http://s.test/news/list_5.html"),
    ),
}


@pytest.mark.parametrize("family", FAMILIES)
def test_each_pager_family_gives_the_current_and_last_page_and_any_page(family):
    markup, url, (current, last, fifth) = FAMILIES[family]
    pager = page(markup, url)
    assert (pager.current, pager.last, pager.url_for(5)) == (current, last, fifth)


def test_a_glyph_digit_linking_another_page_is_no_page_number():
    """NewAsp/动易-like ASP pagers draw 首页/下一页/尾页 as webdings glyphs: links whose text is 9, 8 and :."""
    glyph = "<a href='?ClassID=2&page={}'><font face='webdings'>{}</font></a> "
    markup = (
        "<div class='showpage'>共有 29 篇文章 页次：1/3页 " + glyph.format(1, 9) + glyph.format(2, 8)
        + glyph.format(3, ":") + "[<b>1</b>] [<a href='?ClassID=2&page=2'>2</a>] [<a href='?ClassID=2&page=3'>3</a>]</div>"
    )  # fmt: skip
    url = "http://s.test/Article/ShowClass.asp?ClassID=2"
    pager = page(markup, url)
    assert (pager.current, pager.last) == (1, 3)
    assert pager.url_for(3) == "http://s.test/Article/ShowClass.asp?ClassID=2&page=3"
    with rules.disabled({"pager.number_fits_url"}):
        assert page(markup, url).last == 9  # before: pages 4-9 asked for, each a dead link


def test_a_bare_next_link_is_followed_when_nothing_says_how_many_pages():
    pager = page("<div class='pg'><a href='/news/more.php?start=20'>下一页</a></div>", "http://s.test/news/more.php")
    assert pager.next_url == "http://s.test/news/more.php?start=20" and pager.template is None


def test_a_list_paged_only_by_next_links_is_walked_to_its_end(tmp_path):
    """Crawled with nothing but its address: seven pages of a list each linking only to the next (no count, no
    numbers), deeper than hub links are followed, every article archived; the walk stops where the last page
    has no next link."""
    art = "<p>根据学校工作安排，现将有关事项通知如下，请各部门认真组织落实，按时完成各项工作任务。</p>"
    site = {"/": "<html><head><title>某中学</title></head><body><a href='/more.php'>通知公告</a></body></html>"}
    for k, start in enumerate(range(0, 35, 5)):
        rows = "".join(
            f"<li><a href='/show.php?id={i}'>关于第{i}项工作安排的通知</a><span>2021-03-{i % 28 + 1:02d}</span></li>"
            for i in range(start, start + 5)
        )
        more = f"<div class='pg'><a href='/more.php?start={start + 5}'>下一页</a></div>" if k < 6 else ""
        path = "/more.php" if start == 0 else f"/more.php?start={start}"
        site[path] = f"<html><head><title>通知公告</title></head><body><ul>{rows}</ul>{more}</body></html>"
    for i in range(35):
        site[f"/show.php?id={i}"] = (
            f"<html><head><title>关于第{i}项工作安排的通知</title></head><body><h1>关于第{i}项工作安排的通知</h1>"
            f"<p>发布时间：2021-03-{i % 28 + 1:02d}</p><div class='content'>{art}</div></body></html>"
        )

    db = tmp_path / "disclosure.db"
    with static_site(site) as url:  # paths with their query
        proc = cron(url, db, timeout=300)
    ids = {int(re.search(r"id=(\d+)", u).group(1)) for (u,) in sqlite3.connect(db).execute("select url from articles")}
    assert ids == set(range(35)), proc.stdout + proc.stderr


def datastore(records, first=1, nextgroup=True):
    rows = "".join(
        f"<record><![CDATA[<li><a href='/art/2021/3/{i % 28 + 1}/art_12_{i}.html'>关于第{i}项工作的通知</a>"
        f"<span>2021-03-{i % 28 + 1:02d}</span></li>]]></record>"
        for i in range(first, first + records)
    )
    group = "<nextgroup><![CDATA[<a href=\"/module/web/jpage/dataproxy.jsp?page=1&amp;webid=2&amp;path=/&amp;" \
            "columnid=12&amp;unitid=45&amp;permissiontype=0\"></a>]]></nextgroup>" if nextgroup else ""  # fmt: skip
    return f"<datastore>{group}<recordset>{rows}</recordset></datastore>"


def test_a_hanweb_list_asks_dataproxy_for_the_records_past_its_page():
    """Hanweb (大汉): the column page holds the first group of records in a text/xml script; dataproxy.jsp answers
    the next groups by startrecord/endrecord, until the count (splitpage's, or a group that comes short) is met."""
    script = (
        "<script>var unitobj=new splitpage('unitobj',45,{total},15,3,'/module/web/jpage/dataproxy.jsp','');</script>"
    )
    html = f"<html><body><div id='45'><script type='text/xml'>{datastore(45)}</script></div>{script}</body></html>"
    column = parse_list_page(html.format(total=52), "http://s.test/col/col12/index.html")
    assert len(column.rows) == 45 and column.pager.open_ended
    nxt = column.pager.next_url
    assert nxt.startswith("http://s.test/module/web/jpage/dataproxy.jsp?") and "columnid=12" in nxt
    assert "startrecord=46&endrecord=90&perpage=15" in nxt
    rest = parse_list_page(f"<?xml version='1.0' encoding='UTF-8'?>\n{datastore(7, 46, False)}", nxt)
    assert len(rest.rows) == 7 and rest.pager.next_url is None
    whole = parse_list_page(html.format(total=45), "http://s.test/col/col12/index.html")
    assert len(whole.rows) == 45 and whole.pager.next_url is None
    # a full group answered (its XML read like any page's rows) asks for the group after it
    full = parse_list_page(f"<?xml version='1.0' encoding='UTF-8'?>\n{datastore(45, 46, False)}", nxt)
    assert "startrecord=91&endrecord=135" in full.pager.next_url
