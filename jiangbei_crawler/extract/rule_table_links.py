"""The provenance table's rules of where a page's links lead (links beyond <a href>, forms, scripts, addresses)
and how its pager is read: the same shape as ``rule_table.py``."""

from .rule_table import Rule

LINK_RULES = {
    "pager.number_fits_url": Rule(
        "a pager's number link counts only where its URL is that page by the pattern of the pager's other links "
        "(ASP pagers draw 首页/上一页/下一页/尾页 as webdings glyphs 9/7/8/:, links whose text is a digit)",
        ("fixture",),
        "tests/test_pager_families.py::test_a_glyph_digit_linking_another_page_is_no_page_number",
    ),
    "links.frame_src_script": Rule(
        "a page a script loads into a frame (document.getElementById('f1').src = 'list.aspx?cid=12', and a tab's "
        "function setting it from its argument) is a link (iframe 校务公开 platforms of 2008-2014)",
        ("fixture",),
        "tests/test_site_family_frames_mobile.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "pager.inline_form_submit": Rule(
        "a pager link whose inline script sets a GET form's page field and submits it (javascript:document.fpage."
        "page.value=2;document.fpage.submit();: old ASP pagers) leads to that form's address for the page",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.double_arrow_last": Rule(
        "in a pager of glyphs ‹ 1 2 3 › », the single arrow is the next page and the double one the last "
        "(Bootstrap pagination of PHP school sites)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.onclick_elements": Rule(
        "a pager's elements that go to a page when clicked are its links (<span onclick=\"location.href='?page=3'\">: "
        "ASP.NET and PHP pagers drawn without <a>)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.count_not_current": Rule(
        "a bold number the pager counts with (共<b>87</b>条 每页<b>10</b>条) is no current page; the bare one among "
        "the page links is (old ASP pagers)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.count_and_neighbours": Rule(
        "共12页 with only 首页 上页 下页 末页 as links: where the 末页 link's number is the count, the 下页 link's "
        "number says this page (PHP archive and government templates)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.more_handler_url": Rule(
        "a 加载更多/查看更多 button whose click handler is handed the next page's address as an argument "
        "(Site.newsLoadFrag(15, '/ajax/news.jsp?pageno=2', this): site builders' news modules) leads to that page",
        ("fixture",),
        "tests/test_site_family_eyou_saas.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "pager.image_labels": Rule(
        'a pager button drawn as a picture is read by its alt text (<a><img alt="下一页"></a>, old ASP and CMS skins)',
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.named_links": Rule(
        "links of the pager box named like titles (a picture list's captions above the pager) are rows, not "
        "pages (PHP168, VSB)",
        ("wgxy",),
        "tests/test_generic.py::test_a_picture_list_inside_the_pager_box_is_followed_and_its_pager_is_not_a_row",
    ),
    "pager.number_run": Rule(
        "one pager word beside page numbers 1 2 3 … (WordPress's paginate_links, card lists: 1 2 3 … 7 下一页 ») is a "
        "pager, where two pager words or a page count are asked of others",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.distinct_words": Rule(
        "a pager shows two different pager words (首页 … 下一页); a menu's 首页 beside 信息公开首页 or 网站首页 is one "
        "word twice, and with two dated related rows made an article a list (government 信息公开 templates)",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "pager.named_box": Rule(
        "markup named as a pager (ul.pagination, div.pagebar, aria-label Page navigation) holding two or more "
        "page-number links is a pager without a single pager word (Bootstrap « 1 2 3 », Z-Blog)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.current_without_href": Rule(
        "a page-number link to nowhere (<a>1</a>, href # or javascript:;) is this page, before a bold page count "
        "(DedeCMS thisclass, Bootstrap's active item)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.load_more": Rule(
        "an infinite-scroll list's 加载更多 button whose data-url is the next page (data-pages the last) is its pager",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.laypage": Rule(
        "a pager layui's laypage.render writes into an empty <div> (count, limit, curr, and the URL its jump "
        "function builds): no pager link in the HTML (Java education platforms)",
        ("fixture",),
        "tests/test_script_lists.py::test_a_laypage_pager_is_read_from_its_script",
    ),
    "pager.pages_after_count": Rule(
        "this page and the last as a bare n/m right after the record count (VSB/博达: 共45条 1/3 首页 上页 下页 尾页, "
        "pages numbered downwards so 尾页 links tzgg/1.htm)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "links.page_scripts": Rule(
        "a click whose URL a page script builds: a call to the page's own function (onclick=\"openDetail('123')\", "
        "function openDetail(id){ window.open('/detail?id=' + id) }), a class's click handler reading data-id, a "
        '<select onchange="location.href=this.value"> school chooser; rows that are <tr onclick> (Java platforms)',
        ("fixture",),
        "tests/test_site_family_onclick.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "pager.script_function": Rule(
        "pager links that call the page's own function (javascript:goPage(2), function goPage(n){location.href="
        "'list_'+n+'.html'}) lead where that function sends the browser (ASP and JSP list templates)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "links.form_choices": Rule(
        "a GET form whose one choice is a <select> and a submit button (a 校务公开 platform's school chooser, 进入) "
        "leads to each option's page: the form's address with the option chosen (Struts, JSP platforms)",
        ("fixture",),
        "tests/test_site_family_java_forms.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "links.form_functions": Rule(
        "a page function that sets a form's field to its argument and submits the form (gotoPage, turnPage of "
        "Struts and Spring pagers, GET or POST) leads to the form's address with that field: page n",
        ("fixture",),
        "tests/test_site_family_java_forms.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "links.page_arrays": Rule(
        "a page function that sends the browser to an item of an array the script lists (pageUrls[n - 1]) "
        "leads to that item: static pagers whose pages' names the script keeps",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.onclick_call": Rule(
        "a pager link that leads nowhere by its href (javascript:void(0), #) and calls a page function in its "
        "onclick (goPage(2); return false;) leads where the function sends the browser",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.english_words": Rule(
        "an English pager (Records: 52 Page 1 of 3 First Prev Next Last) is a pager with its page count: ASP "
        "school templates of the 2000s",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.bare_fraction": Rule(
        "a bare 1/6 between pager words (首页 1/6 下一页) is this page and the last: mobile list templates",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.year_tabs": Rule(
        "year tabs written as bare numbers (2024 | 2023 | 2022) in the pager's box beside page numbers 1 2 3 are "
        "no pages: archives of 招生 and 校务公开 lists by year",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "links.base_href": Rule(
        "links resolve against the page's <base href> as a browser resolves them (JSP portals, 站群 templates that "
        "write every link relative to the base)",
        ("fixture",),
        "tests/test_site_family_url_traps.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "links.double_escaped": Rule(
        "an href escaped twice by its template (show.asp?id=12&amp;amp;classid=2) sends amp;classid, which no "
        "server reads: the address is the page's without it, one per page (ASP and PHP list templates)",
        ("fixture",),
        "tests/test_site_family_url_traps.py::test_each_article_is_archived_under_its_identity",
    ),
    "pager.count_after_links": Rule(
        "a count N / M 页 whose N a link of the pager shows (… 11 / 11 页) is the links running into the count: this "
        "page is read elsewhere (Discuz!'s multi box keeps it in an <input>)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.not_a_row": Rule(
        "a number linking one of the list's rows (a linked 序号 column) is no page of the pager (ASP table lists)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.next_and_last": Rule(
        "where only 下一页 and 最后一页 link pages and nothing counts them (第一页 上一页 下一页 最后一页), the one number "
        "their URLs differ by is the page: old ASP article systems",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.worded_numbers": Rule(
        "a page link whose number has words around it (WordPress's screen-reader 页 2, 第2页) is page n",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.short_names": Rule(
        "a box named only page, pages, fy or fenye (分页) holding page numbers is a pager without a pager word "
        "(JEECMS, DedeCMS and many Chinese list templates)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.jump_script": Rule(
        "a jump box whose script writes the address around the chosen number (onchange=\"location.href='list_12_'+"
        "this.value+'.html'\", DedeCMS) gives each page's address",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "pager.noscript": Rule(
        "the pager written inside <noscript> for readers without scripts is the list's pager where the page shows "
        "no other (lists a script fills)",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "links.written_menus": Rule(
        "links a script writes with document.write (a menu of document.write lines inline, or in a script file of "
        "the site such as /js/menu.js that every page includes) are the page's links: old ASP school sites",
        ("fixture",),
        "tests/test_site_family_script_nav.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "identity.thinkphp_routes": Rule(
        "ThinkPHP's compatibility-mode address (index.php?s=/home/news/show/id/120) and its PATHINFO route "
        "(index.php/Home/News/show/id/120.html) are one article, the route's case and suffix aside",
        ("fixture",),
        "tests/test_site_family_thinkphp_ssr.py::test_no_article_is_archived_twice",
    ),
    "pager.postback": Rule(
        "an ASP.NET pager of __doPostBack links (Webdiyer's AspNetPager, GridView paging) gives page n as a POST of "
        "the page's form with the pager's event target and argument: WebForms school and government sites",
        ("fixture",),
        "tests/test_site_family_aspnet_postback.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "links.query_encoding": Rule(
        "a link whose query holds Chinese (NewsList.asp?BigClass=学校新闻) is sent as a browser sends it, encoded in "
        "the page's own charset (GBK on old ASP sites with codepage 936), and its bytes kept as they are",
        ("fixture",),
        "tests/test_site_family_gbk_queries.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "pager.input_current": Rule(
        "a pager's jump box showing a number (第[3]页 共8页) shows this page",
        ("fixture",),
        "tests/test_list_families.py::test_pager",
    ),
    "links.host_aliases": Rule(
        "the portal's other names (its host with or without www., http and https, a local copy's loopback names) are "
        "the portal: its home page's redirect there is followed, links under them are its own, and its archived "
        "addresses carry the name the site itself uses",
        ("fixture",),
        "tests/test_site_family_host_aliases.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
}
