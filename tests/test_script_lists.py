"""Lists a script writes: a layui laypage pager with no link in the HTML, and an empty list shell whose rows a
script fetches from a JSON API (jQuery's $.getJSON / $.ajax). Each read on its own, without Scrapy; whole sites
of both families are crawled in tests/test_site_family_layui_api.py."""

import json

from jiangbei_crawler.extract import rules
from jiangbei_crawler.extract.api_lists import read_api_page
from jiangbei_crawler.extract.classify import classify
from jiangbei_crawler.extract.listing import parse_list_page

ROWS = "".join(
    f"<li><a href='/article/detail?id={1200 + i}'>关于第{i}批学生资助名单的公示</a><span>2023-05-0{i}</span></li>"
    for i in range(1, 9)
)
LAYPAGE = (
    "<html><head><title>财务公示</title></head><body><ul class='list'>{rows}</ul><div id='pager'></div><script>"
    "layui.use('laypage', function(){ var laypage = layui.laypage; laypage.render({elem: 'pager', count: 31, "
    "limit: 10, curr: 1, jump: function(obj, first){ if(!first){ location.href = '/school/list?schoolId=12&typeId=3"
    "&page=' + obj.curr; } } }); });</script></body></html>"
)
SHELL = (
    "<html><head><title>通知公告</title></head><body><div class='crumb'>当前位置：<a href='/'>首页</a> &gt; 通知公告"
    "</div><ul id='newsList'></ul><div id='pager'></div><script>var cid = 3, size = 10;\nfunction load(page) {\n"
    "  $.getJSON('/api/news/list', {cid: cid, page: page, size: size}, function(res){ var html = '';\n"
    "    for (var i = 0; i < res.data.list.length; i++) { html += '<li><a href=\"/news/detail.html?id=' + "
    "res.data.list[i].id + '\">' + res.data.list[i].title + '</a></li>'; }\n    $('#newsList').html(html); });\n}\n"
    "$(function(){ load(1); });</script></body></html>"
)


def test_a_laypage_pager_is_read_from_its_script():
    page = parse_list_page(LAYPAGE.replace("{rows}", ROWS), "http://yg.test/school/list?schoolId=12&typeId=3")
    assert (page.pager.current, page.pager.last, page.pager.total) == (1, 4, 31)
    assert page.pager.url_for(2) == "http://yg.test/school/list?schoolId=12&typeId=3&page=2"
    with rules.disabled({"pager.laypage"}):
        assert (
            parse_list_page(
                LAYPAGE.replace("{rows}", ROWS), "http://yg.test/school/list?schoolId=12&typeId=3"
            ).pager.last
            == 1
        )


def test_an_empty_list_shell_names_the_api_its_script_reads():
    page = parse_list_page(SHELL, "http://lx.test/news/list.html?cid=3")
    assert page.rows == [] and page.api["first"] == "http://lx.test/api/news/list?cid=3&size=10&page=1"
    assert page.api["detail"] == ("http://lx.test/news/detail.html?id=", "id", "")
    assert classify(SHELL, "http://lx.test/news/list.html?cid=3").kind == "list"
    with rules.disabled({"list.json_api"}):
        assert parse_list_page(SHELL, "http://lx.test/news/list.html?cid=3").api is None


def test_an_api_answer_is_a_list_page_of_rows_and_pages():
    api = parse_list_page(SHELL, "http://lx.test/news/list.html?cid=3").api
    records = [{"id": 80 + i, "title": f"第{i}期<em>家长</em>学校开课", "publishTime": f"2022-05-0{i} 10:20:00"}
               for i in range(1, 4)]  # fmt: skip
    answer = json.dumps({"code": 0, "data": {"total": 23, "list": records}}, ensure_ascii=False)
    page = read_api_page(answer, "http://lx.test/api/news/list?cid=3&size=10&page=2", api)
    assert [(r.url, r.title, r.date) for r in page.rows][0] == (
        "http://lx.test/news/detail.html?id=81",
        "第1期家长学校开课",
        "2022-05-01 10:20:00",
    )
    assert (page.pager.current, page.pager.last, page.pager.url_for(3)) == (
        2,
        3,
        "http://lx.test/api/news/list?cid=3&size=10&page=3",
    )
    assert read_api_page("<html>error</html>", "http://lx.test/api/news/list?page=1", api).rows == []
