"""The provenance table's rules of what a page is (article, list, both) and how a site's lists and pagers are
read: the same shape as ``rule_table.py``."""

from .rule_table import Rule

SITE_RULES = {
    "layout.entry_parts": Rule(
        "an entry's own header and meta line (hAtom: WordPress and blog themes' entry-header, post-meta) hold its "
        "title and date, not the page's chrome",
        ("fixture",),
        "tests/test_generic.py::test_an_entrys_header_is_the_post_not_chrome",
    ),
    "list.entry_rows": Rule(
        "<article> entries whose classes begin with their own id (post-235 post category-…) are one list's rows, "
        "however long (blog themes' archives of whole posts)",
        ("fixture",),
        "tests/test_generic.py::test_a_blog_themes_archive_of_whole_posts_is_a_list",
    ),
    "list.dl_entries": Rule(
        "a <dl> of one <dt> (the title) and <dd>s (summary, date) is one row, its date the row's (Discuz! portal "
        "lists, news templates)",
        ("fixture",),
        "tests/test_generic.py::test_a_list_of_entries_with_summaries_is_a_list",
    ),
    "classify.summaries_are_rows": Rule(
        "long prose that holds three or more of the page's list rows is the rows' summaries, not an article beside "
        "lists (Discuz! portal and news lists with 摘要)",
        ("fixture",),
        "tests/test_generic.py::test_a_list_of_entries_with_summaries_is_a_list",
    ),
    "classify.prose_beside_lists": Rule(
        "a page with a title and long non-link prose is an article, whatever dated side lists it also shows "
        "(news CMSs' related links, Sudy/VSB side lists)",
        ("gne_guancha", "gne_cjn"),
        "tests/test_extraction_ladder.py::test_an_article_with_dated_side_lists_is_an_article",
    ),
    "classify.list_template": Rule(
        "a page that reads as an article on its own but whose template's pages are all lists, and that no row led "
        "to, is a list (信息公开 and column lists with an introduction above few rows)",
        ("fixture",),
        "tests/test_template.py::test_a_page_of_a_list_template_is_a_list_though_alone_it_reads_as_an_article",
    ),
    "list.document_rows": Rule(
        "a dated row that links its file itself (信息公开 and fund disclosure lists of PDFs) is a record: archived "
        "from the row, its title and date the row's and the file its one attachment; an undated file link is an "
        "attachment beside the text",
        ("gerapy_hrfund", "gerapy_hsqhfunds", "fixture"),
        "tests/test_first_contact.py::test_a_list_whose_rows_link_their_files_archives_each_file_under_its_rows_title_and_day",
    ),
    "classify.url_date": Rule(
        "a page whose own URL files it under its day (/2010/0305/123.html, t20240305_), with a title and a body, is "
        "an article beside a short dated side column, as a labelled date would vouch (ASP and static CMSs)",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "classify.undated_menu_page": Rule(
        "an undated page with text that only a menu led to is a channel's own page (站况介绍, 学校简介), not an "
        "article (TRS WCM, PHP168)",
        ("pmodlh", "wgxy"),
        "tests/test_generic.py::test_an_undated_page_is_an_article_only_when_a_list_row_led_to_it",
    ),
    "classify.row_shows_document": Rule(
        "a page a list's row led to is an article when it shows a date, an image or a file (a notice published "
        "as one scan: TRS WCM)",
        ("pmodlh",),
        "tests/test_generic.py::test_a_notice_that_is_an_image_or_a_file_is_an_article_when_a_list_row_led_to_it",
    ),
    "classify.side_lists_without_pager": Rule(
        "a page a row led to, with a title and a body or a date beside dated lists without a pager, is an article "
        "(Sudy WebPlus side lists)",
        ("fixture",),
        "tests/test_generic.py::test_an_article_beside_dated_side_lists_is_an_article_when_a_row_led_to_it",
    ),
    "classify.header_date": Rule(
        "a date alone on the line under the title counts as a labelled one beside a short dated list (news CMSs' "
        "相关新闻 box under an unlabelled dateline)",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "classify.row_preview": Rule(
        "a column page showing its newest row's article in full above the list (VSB) is the list; the article is "
        "archived under the row's own URL, not twice",
        ("fixture",),
        "tests/test_site_family_sudy_vsb.py::test_vsb_nothing_but_articles_is_archived",
    ),
    "list.cards": Rule(
        "bare <a> cards side by side (a title, a date and a summary inside one link, no li) are rows (SiteServer, VSB)",
        ("fixture",),
        "tests/test_generic.py::test_rows_that_are_bare_link_cards_are_rows",
    ),
    "list.fetch_api": Rule(
        "a list's rows a script fetches with fetch(`/api/news?page=${page + 1}&cat=${cat}`), their links a template "
        "literal or the API's own url, read as the list's pages, after the rows the page shows too (ES2015 mobile "
        "school sites with 加载更多)",
        ("fixture",),
        "tests/test_site_family_frames_mobile.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "classify.signed_text": Rule(
        "a titled text signed off with its day, beside a short dated list, is an article (FrontPage-era school "
        "pages whose only date is the signature under the text)",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "list.under_its_column": Rule(
        "of the dated groups of a page, the one whose articles live under the page's own folder is the column's "
        "list, before side boxes of other columns' articles however many their rows (最新信息 and 热点 boxes beside "
        "a short column: government and school templates)",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "list.numbered_classes": Rule(
        "entries alike but for a number in a class (newsLine line_63, post-235: site builders and blog themes number "
        "each entry's class) are alike: a row four levels above its title link is found among them",
        ("fixture",),
        "tests/test_site_family_eyou_saas.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "list.deep_cards": Rule(
        "a Bootstrap card grid's title link sits four levels inside its column (col > card > card-body > h5 > a): "
        "the column is the row",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "classify.article_pager": Rule(
        "a pager leading to the article's own next pages (page 1 of a long news article: 1 2 3 下一页 inside the "
        "text) is the article's, not a list's, whatever dated related rows stand beside it",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "list.json_api": Rule(
        "an empty list shell whose script fetches its rows from a JSON API ($.getJSON / $.ajax with the page "
        "number among its parameters) and writes each row's link as prefix + record id: the rows are read from "
        "the API's answers, paged by its total",
        ("fixture",),
        "tests/test_script_lists.py::test_an_empty_list_shell_names_the_api_its_script_reads",
    ),
    "list.like_siblings": Rule(
        "a row is repeated among siblings that share a class with it (div.item odd / div.item even); cells of "
        "one row share a tag only (信息公开 grids of <ul> rows of span.c1 span.c2 span.c3, the date in its own cell)",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "list.datastore_first": Rule(
        "a Hanweb column's datastore records are its rows, before any group of links the page shows beside them",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "list.calendar_leaf": Rule(
        "a row's day and year-month in separate elements (a calendar leaf: <em>26</em>2021-03) make its date "
        "(PbootCMS and news themes)",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "list.dated_before_side_box": Rule(
        "a group of dated rows (a short list: two PDFs on a last page) comes before a group of at most ten undated "
        "links (a side box: 热点信息, 便民服务), whatever their scores (school and 站群 templates)",
        ("fixture",),
        "tests/test_site_family_district_platform.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "list.school_links_are_hubs": Rule(
        "an undated link named like a school (某某中学, 某某幼儿园) leads to its site, never to one article: a "
        "district platform's table of schools by 学段 is no list of rows",
        ("fixture",),
        "tests/test_site_family_district_platform.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "list.not_a_row_date": Rule(
        "a date after 注册 / 加入 / 最后登录 (a forum poster's profile beside the post) is no row's date: a thread page "
        "is not a list of one dated row",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "classify.lone_row_one_page": Rule(
        "one dated link named by a word, not a title (a forum thread's 帖子 permalink), beside a pager of one page "
        "(第 1 页 (共 1 页)) is no list; one dated file of a short 财务公开 column is",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "list.machine_dates": Rule(
        "a row showing its day in part (01-10) or relatively (2小时前, 昨天 16:20) is dated by the markup's whole date "
        "beside it: <time datetime>, a tooltip title= (HTML5 government templates, news feeds)",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "list.date_in_title": Rule(
        "a row link's text closed by its date in brackets, the row's only date (标题 (2023-5-6), ASP news systems "
        "of the 2000s), dates the row and is no part of its title",
        ("fixture",),
        "tests/test_list_families.py::test_row_titles",
    ),
    "list.second_line_dates": Rule(
        "a table row's date on a second <tr> of its own below the title's, without a link (发布时间：… 点击：… and "
        "a summary, old ASP school lists)",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "list.headline_entry": Rule(
        "the one entry set above a dated list in another shape (a picture, a heading link, a summary with [详细], a "
        "date: the newest item drawn large) is the list's first row (news centres' and portals' column pages)",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "list.picture_cells": Rule(
        "a table cell holding a picture's link and its caption's to one page, and a date, is a row of its own, "
        "three to a <tr> (ASP 图片新闻 tables)",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "list.pinned_wrapper": Rule(
        "rows in the same classed list markup in a block of their own right before the list's block are its pinned "
        "(置顶) rows (school and CMS templates keeping top-list and normal-list apart)",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "list.day_headings": Rule(
        "rows showing only their time (16:42) under a heading of their day (<h3>2023年5月8日 星期一</h3>), one box a "
        "day, are one list dated from the headings (滚动新闻 of news and 融媒体 sites)",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "list.heading_dates": Rule(
        "a row showing its day alone (12日) or its month and day ([03-26]) under a heading of its month or year "
        "(校务公开 lists kept one <ul> a month under <h3>2023年5月</h3>, yearly archives) is dated from the heading",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "layout.side_is_a_place": Rule(
        "a class or id that names a side (rside, leftside) says where a column is, not that it is chrome: side, "
        "aside and sidebar are; school and 信息公开 templates name their main column rside",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "list.date_inside_link": Rule(
        "a link holding its date as an element of its own (<a><h4>title</h4><p class=time>2023-06-01</p></a> in an "
        "<li>) is a row titled by the rest: mobile lists and side boxes of many templates",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "classify.one_page_pager": Rule(
        "a pager of one page with no link onward (第 1 页 / 共 1 页) under a titled text is the article's, not a "
        "list's (phpwind and other portal article templates)",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "classify.labels_outside_chrome": Rule(
        "date labels counted for a list are those outside the page's chrome: a comment box's 发表于 lines are the "
        "comments' (ASP CMS article pages with 网友评论)",
        ("fixture",),
        "tests/test_article_families.py::test_kind",
    ),
    "list.dl_thumbnail": Rule(
        "a <dd> linking the <dt> title's own article (its thumbnail) is part of the entry, not a row of its own: "
        "Discuz! portal lists of <dl> entries with a picture, a summary and a 分类 line",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "list.cells_as_rows": Rule(
        "two articles side by side in one <tr>, each cell one link and its date, are two rows (EmpireCMS two-column "
        "list templates)",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
    "list.cn_month_day": Rule(
        "a row's month and day in an element of their own (<span>5月6日</span>) are its date as shown, without a year "
        "(VSB lists)",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "list.html_fragments": Rule(
        "a list shell whose script loads its rows as an HTML fragment ($('#list').load('/ajax/list.php?cid=2&page=' + "
        "p), $.get(…).done(html → .html())) is read from the fragment's pages, each as a list of the shell",
        ("fixture",),
        "tests/test_site_family_script_nav.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "layout.framework_root": Rule(
        "the root a front-end framework renders the page into (Next.js's __next, Nuxt's __nuxt) is not navigation "
        "because its name holds next",
        ("fixture",),
        "tests/test_site_family_thinkphp_ssr.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "list.card_wrapper": Rule(
        "a card link whose title, summary and time sit in a wrapper beside its cover (<a class=card><div "
        "class=card-cover>…</div><div class=card-body>…</div></a>) is read through the wrapper",
        ("fixture",),
        "tests/test_site_family_thinkphp_ssr.py::test_the_archive_holds_exactly_the_sites_articles",
    ),
    "list.date_before_link": Rule(
        "rows of bare links parted by <br> whose date stands before the link (2023-05-06 <a>…</a><br>) take it: old "
        "ASP table lists",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "list.heading_entries": Rule(
        "an entry that is a heading and what follows it up to the next (<h3><a>title</a></h3><p>summary</p><div "
        "class=meta>发布时间：…</div>, no element around each) is dated from what follows: blog-like lists",
        ("fixture",),
        "tests/test_list_families.py::test_row_dates",
    ),
    "list.column_labels": Rule(
        "a table's header cells linked to sort the list (标题 | 发布单位 | 发布日期) are no row",
        ("fixture",),
        "tests/test_list_families.py::test_row_urls",
    ),
}
