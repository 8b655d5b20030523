"""Edges of the rules that read links, forms, scripts and pagers beyond <a href>: each a page that must not be
misread because a rule for another family exists (an ordinary jQuery include, a jump menu, a row's 2022/2023)."""

from jiangbei_crawler.extract.classify import classify
from jiangbei_crawler.extract.listing import parse_list_page
from jiangbei_crawler.spiders.identity import UrlIdentity

ROWS = "".join(
    f"<li><a href='/news/show.jsp?id={n}'>学校第{n}次行政会议纪要及工作安排</a><span>2023-05-{n:02d}</span></li>"
    for n in range(1, 11)
)


def page(body, head=""):
    return f"<html><head><title>通知公告</title>{head}</head><body><ul class='list'>{ROWS}</ul>{body}</body></html>"


GO_PAGE = "<script>function goPage(n){location.href='list.jsp?cid=3&page='+n}</script>"


def test_a_pager_whose_links_call_a_function_knows_it_is_on_page_one():
    links = "".join(f"<a href='javascript:void(0)' onclick='goPage({n})'>{n}</a>" for n in (2, 3, 4, 5))
    html = page(f"<div class='pager'><span class='cur'>1</span>{links} 共5页</div>{GO_PAGE}")
    pager = parse_list_page(html, "http://s.test/news/list.jsp?cid=3").pager
    assert (pager.current, pager.last, pager.url_for(2)) == (1, 5, "http://s.test/news/list.jsp?cid=3&page=2")


def test_a_base_href_leaves_links_to_nowhere_to_their_click_handlers():
    html = page(
        "<div class='pager'><a href='#' onclick='goPage(2)'>下一页</a> <a href='#' onclick='goPage(5)'>尾页</a> 共5页"
        f"</div>{GO_PAGE}",
        "<base href='http://s.test/portal/'>",
    )
    pager = parse_list_page(html, "http://s.test/portal/news/list.jsp?cid=3").pager
    assert pager.next_url == "http://s.test/portal/news/list.jsp?cid=3&page=2"


def test_a_malformed_base_href_leaves_the_page_readable():
    html = page("", "<base href='http://[bad/'>")
    assert classify(html, "http://s.test/news/list.jsp", "http://s.test/").kind == "list"


def test_an_included_header_is_no_list_loaded_as_a_fragment():
    html = (
        "<html><head><title>学校简介</title></head><body><div id='header'></div><h1>学校简介</h1><div>学校创办于1952"
        "年，现有教学班36个。</div><script>$('#header').load('/inc/header.html');$(window).load(init);"
        "function show(cid){$('#list').load('/ajax/list.php?cid='+cid)}</script></body></html>"
    )
    assert parse_list_page(html, "http://s.test/about.php").api is None


def test_a_row_titled_with_a_school_year_is_no_page_count():
    rows = "".join(
        f"<li><a href='/n/{n}.html'>2022/2023学年第{n}次工作会议</a><span>[03/{n:02d}]</span></li>" for n in (1, 2, 3)
    )
    html = (
        f"<html><body><div class='box'><ul>{rows}</ul>共3页 <a href='/n/list_2.html'>2</a> "
        "<a href='/n/list_3.html'>3</a> 首页 上一页 <a href='/n/list_2.html'>下一页</a> 尾页</div></body></html>"
    )
    pager = parse_list_page(html, "http://s.test/n/list.html").pager
    assert (pager.current, pager.last) == (1, 3)


def test_one_year_among_page_numbers_is_the_last_page():
    links = "".join(f"<a href='list_{n}.html'>{n}</a>" for n in (2, 3, 4, 5, 2013))
    html = page(f"<div class='pages'>1 {links} <a href='list_2.html'>下一页</a></div>")
    assert parse_list_page(html, "http://s.test/news/list.html").pager.last == 2013


def test_a_jump_menu_of_other_sites_is_no_form_of_this_one():
    html = page(
        "<form name='form1'><select name='menu1' onchange=\"MM_jumpMenu('blank',this,0)\"><option value=''>友情链接"
        "</option><option value='http://www.moe.example.cn/'>教育部</option><option value='/xxgk/'>信息公开</option>"
        "</select></form>"
    )
    links = [u for u, _, _ in parse_list_page(html, "http://s.test/news/list.html", "http://s.test/").links]
    assert not any("menu1=" in u for u in links)


def test_a_school_chooser_form_replaces_its_actions_own_query():
    html = page(
        "<form action='school.do?method=list'><select name='schoolId'><option value=''>--请选择--</option>"
        "<option value='3'>江岚小学</option></select><input type='submit' value='进入'></form>"
    )
    links = [u for u, _, _ in parse_list_page(html, "http://s.test/index.do", "http://s.test/").links]
    assert "http://s.test/school.do?schoolId=3" in links


def test_only_a_permanent_redirect_moves_an_article():
    ids = UrlIdentity(())
    old, new = "http://s.test/news/show.asp?id=2101", "http://s.test/djyd/show.asp?id=20"
    assert ids.archived_as(old, new, None, False, [301]) == (new, 20)
    assert ids.archived_as(old, "http://s.test/login.asp?id=7", None, False, [302]) == (old, 2101)


def test_a_main_column_named_right_side_holds_the_rows():
    html = (
        "<html><body><div class='left_side'><a href='/a.html'>学校概况</a></div><div class='right_side'>"
        f"<ul>{ROWS}</ul></div></body></html>"
    )
    assert len(parse_list_page(html, "http://s.test/news/list.html").rows) == 10


def test_a_portals_other_names_are_the_portal_and_its_own_name_wins():
    from jiangbei_crawler.extract.links import Portal, same_host

    portal = Portal("http://school.example.cn/")
    assert same_host("https://www.school.example.cn/news/1.html", portal)
    assert not same_host("http://other.example.cn/", portal) and not same_host("http://school.example.cn:8080/", portal)
    assert portal.named("https://www.school.example.cn/a?id=1") == "http://school.example.cn/a?id=1"  # one record
    assert portal.learn("http://www.school.example.cn/index.html", [])  # the home page redirected there
    assert portal.named("http://school.example.cn/a?id=1") == "http://www.school.example.cn/a?id=1"


def test_a_postback_pager_counts_its_pages_from_its_links():
    links = "".join(f"<a href=\"javascript:__doPostBack('gv','Page${n}')\">{n}</a>" for n in (2, 3, 4, 5))
    html = page(
        f"<div class='pager'><span>1</span>{links}<a href=\"javascript:__doPostBack('gv','Page$9')\">尾页</a></div>",
    ).replace("<body>", "<body><form method='post' action='./List.aspx?cid=3'><input type='hidden' "
              "name='__VIEWSTATE' value='dDwtMTIz'>").replace("</body>", "</form></body>")  # fmt: skip
    pager = parse_list_page(html, "http://s.test/List.aspx?cid=3").pager
    assert (pager.current, pager.last, pager.postback["argument"]) == (1, 9, ("Page$", ""))


def test_a_jump_box_does_not_outrank_the_pagers_own_current_page():
    links = "".join(f"<a href='list_{n}.html'>{n}</a>" for n in (1, 2, 4))
    html = page(f"<div class='pages'>{links[:27]}<span class='current'>3</span>{links[27:]} 共4页 "
                "<input type='text' value='1'></div>")  # fmt: skip
    assert parse_list_page(html, "http://s.test/news/list_3.html").pager.current == 3
