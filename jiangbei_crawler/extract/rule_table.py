"""The provenance table of the generic rules (``rules.py`` says how it is used): for each rule, the family of
markup it serves, the real-page sources it was written from (``fixture``: from a family's known markup, backed by
a hand-written fixture) and the test that backs it. Rules of what a page says are here, those of its body in
``rule_table_body.py``, those of what a page is and how a site is walked in ``rule_table_site.py``."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    family: str
    sources: tuple  # corpus sources it was written from ("fixture": from a family's known markup)
    test: str  # the test that backs it


PAGE_RULES = {
    "date.bare_forms": Rule(
        "two-digit years (TRS WCM | 19-02-28 |), glued date and time, 20240305, n/n/yyyy after a label or on the "
        "header's own line",
        ("pmodlh", "gne_baijiahao"),
        "tests/test_dates.py::test_bare_forms_only_where_a_label_or_the_header_vouches_for_them",
    ),
    "date.label_needs_date": Rule(
        "a label without a colon counts only right before a date; a later label is read when the first has no "
        "date (news and school CMSs: 时间 in running text)",
        ("gne_guancha",),
        "tests/test_dates.py::test_rung_label",
    ),
    "date.header": Rule(
        "a date alone on a short line between the title and the body (news CMSs, TRS tables)",
        ("gne", "pmodlh", "gne_qq"),
        "tests/test_dates.py::test_rung_header",
    ),
    "date.list": Rule(
        "the date of the list row that linked here (every list CMS)",
        ("fixture",),
        "tests/test_dates.py::test_rung_list",
    ),  # fmt: skip
    "date.url": Rule(
        "a day in the URL of CMSs that file articles by day (TRS /202403/t20240305_, DedeCMS /2024/0305/, "
        "/2018-06-28/, WordPress /2024/03/05/slug/)",
        ("fixture",),
        "tests/test_dates.py::test_rung_url",
    ),
    "date.zoned": Rule(
        "a <meta>/microdata time with its offset (WordPress's article:published_time in UTC) read in Beijing time",
        ("fixture",),
        "tests/test_dates.py::test_a_time_with_its_offset_is_read_in_beijing_time",
    ),
    "date.htmldate_not_today": Rule(
        "htmldate's guess of the crawl's own day (within a day, any zone) is a page's clock (Discuz!'s GMT+8 "
        "footer, a banner), never a publish date",
        ("fixture",),
        "tests/test_generic.py::test_htmldate_never_dates_a_page_by_its_clock",
    ),
    "date.url_news": Rule(
        "a day in news CMSs' URLs (/2019_09_07_123.shtml, /a/20200911/123_0.shtml)",
        ("gne_guancha", "gne_ifeng", "gne_qq"),
        "tests/test_dates.py::test_rung_url",
    ),
    "date.meta": Rule(
        "<meta> PubDate/article:published_time and schema.org datePublished",
        ("gne", "gne_ifeng"),
        "tests/test_dates.py::test_rung_meta",
    ),  # fmt: skip
    "date.htmldate": Rule(
        "htmldate's markup rules (time elements, itemprops, date class names) as the last rung before null",
        ("library",),
        "tests/test_dates.py::test_rung_htmldate",
    ),
    "footer.wide": Rule(
        "labels after the body read over a few hundred characters, past share bars and tags (WordPress-like "
        "themes, EmpireCMS)",
        ("gne_cjddsb",),
        "tests/test_extraction_ladder.py::test_a_date_label_after_the_body_past_a_share_bar",
    ),
    "title.in_chrome_when_exact": Rule(
        "a heading inside markup named like navigation (an <aside> holding the article header) is the title when "
        "its text is the page's <title> exactly",
        ("gne_gamersky",),
        "tests/test_extraction_ladder.py::test_a_title_inside_an_aside_named_header",
    ),
    "title.footer_names_site": Rule(
        "the segment of <title> that the page's copyright line names is the site's owner, at either end of <title>; "
        "the other segment is the title, however short (a person's two-character name on a staff page)",
        ("pmodlh",),
        "tests/test_extraction_ladder.py::test_the_footer_names_the_site_segment_of_the_page_title",
    ),
    "title.heading_with_metadata": Rule(
        "a heading that holds the title and then its date and 来源 line (PHPCMS v9's <h1>title<br><span>date "
        "来源：…</span></h1>): the title is its leading text, the rest is read as the header",
        ("fixture",),
        "tests/test_extraction_ladder.py::test_a_heading_that_also_holds_the_date_and_source_line",
    ),
    "title.publisher_line": Rule(
        "a heading followed right away by a publisher or author label opening a dated line (发布者：… 发布时间：…, "
        "Sudy WebPlus) is the article's title, though <title> holds only the site's name",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "date.script": Rule(
        "a publish time held by the page's own script for a script to print (WeChat 公众号 article pages: var ct, "
        "a Unix time in Beijing time; CMSs' publishTime / createTime variables), after <meta>",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "title.bare_hyphen_site": Rule(
        "<title> joined by a bare hyphen (某校-标题: Z-Blog's {name}-{title}, hand-made templates): the segment the "
        "copyright line names is the site's, at either end, as with the other separators",
        ("fixture",),
        "tests/test_extraction_ladder.py::test_a_site_name_joined_to_the_title_by_a_bare_hyphen",
    ),
    "date.url_paper": Rule(
        "an e-paper's (数字报) issue day in its URL: /html/2019-03/05/content_1.htm (Founder), /201903/05/content_1",
        ("fixture",),
        "tests/test_dates.py::test_rung_url",
    ),
    "date.label_alone": Rule(
        "a date label without a colon stands on its own: 时间 ending a related headline (…推迟到校时间 before its "
        "row's date) is words (news portals' 相关新闻 lists read with the text after the body)",
        ("fixture",),
        "tests/test_dates.py::test_a_headline_ending_in_a_label_word_is_no_label",
    ),
    "title.site_name_alone": Rule(
        "a <title> that is one site's name (某某大学新闻网, 某某报数字版, 信息公开网) says nothing of the article, "
        "whether or not the copyright line names it",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "title.date_line_follows": Rule(
        "a heading followed by a line opening with a bare date (2016-11-08 15:32　来源：…) is the title (Founder and "
        "table-era news CMSs whose <title> names only the site)",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "title.named_in_metadata": Rule(
        "when <title> names only the site, the 信息名称 / 文件名称 of a 信息公开 metadata table names the document: "
        "the heading matching it is the title",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "title.lone_h1": Rule(
        "when <title> names only the site and no heading matches anything, the page's one <h1> outside navigation "
        "is the title (e-paper and 校报 article pages)",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "date.issue": Rule(
        "a periodical's issue line (2015年3月20日 星期五 第612期: e-papers, 校报) dates its articles, after <meta> "
        "and scripts",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "title.shown_segment": Rule(
        "when the segment of <title> taken for the title is nowhere in the page's text (a site's name shown only as "
        "its banner image), another segment the page shows as an element's whole text is the title (old table-"
        "layout 信息公开目录 and school systems: 系统名--标题)",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "title.not_a_fragment": Rule(
        "a heading holding a fragment of <title> (a year, one word) is not the title",
        ("pmodlh",),
        "tests/test_extraction_ladder.py::test_a_fragment_of_the_title_is_not_the_title",
    ),
    "metadata.table": Rule(
        "信息公开 metadata of government and school disclosure CMSs (索引号, 发布机构, 成文日期, 文号…) in table "
        "cells, <li><span>, <dl> or one line; the date, source and visits are read there too",
        ("fixture",),
        "tests/test_extraction_ladder.py::test_metadata_tables_of_every_form",
    ),
    "visits.ajax_counter": Rule(
        "visit counts filled by a script: an Ajax URL in an inline script ($.get, fetch, XMLHttpRequest) fetched "
        "as the counter, or a number written by document.write beside the label",
        ("fixture",),
        "tests/test_extraction_ladder.py::test_visit_counters_filled_by_scripts",
    ),
    "date.edit_date": Rule(
        "a date followed by 修改/更新 (已于 2021-03-08 修改 beside 于 2021-03-05 首次发布: blog platforms) is the day of "
        "an edit, not the publish date",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "date.empty_label_no_garbage": Rule(
        "a date label whose value is another label (发布日期：  来源：…) was left empty (a script writes it): not a value "
        "that is no date, which would end the ladder",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "date.label_script": Rule(
        "the date a script writes right after a date label (发布日期：<script>document.write(…)</script>: TRS WCM "
        "templates format the day in the page)",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "date.short_year_digits": Rule(
        "after a label, a two-digit year with one-digit month and day (更新时间：03-3-5: ASP article systems of 2003)",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "title.editor_default": Rule(
        "a <title> left at the editor's name for an untitled page (新建网页 1, 无标题文档, Untitled Document: "
        "FrontPage and Dreamweaver pages) names nothing",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "title.lone_prominent": Rule(
        "where <title> says nothing, the one line drawn large or bold alone is the title (<font size=5><b>: "
        "FrontPage-era school pages)",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "title.column_name": Rule(
        "a <title> naming the column (通知公告-某校, the breadcrumb's link) names no article: it is matched by no "
        "heading (万户 ezEIP and school templates)",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "title.heading_extras": Rule(
        "what a heading holds after the title that is not the title: a subtitle line opening with a dash (——记…: "
        "university news), the font-size control (【字号：大 中 小】: 风讯 NetCMS)",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "title.page_title_cut": Rule(
        "a <title> cut short with ... (关于...: 信息公开 directories) is the start of the title: the element that "
        "starts with it holds it whole",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "date.leaf": Rule(
        "a calendar badge by the title, its day apart from its year and month (<span>05</span><span>2019-03</span>: "
        "PHPOK and news themes), before htmldate reads it as another day",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "title.label_cell": Rule(
        "where no heading is the title, the element after a title's label element is (<td>文章标题：</td><td>…</td>, "
        "<dt>标题</dt><dd>…</dd>: We7 and table-layout CMSs)",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "fields.unknown_label_ends_value": Rule(
        "a label's value ends before any short label of its line, known or not (来源：大队部 一审：… 二审：…: a school's "
        "three-review credits on the info line)",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
    "body.link_list": Rule(
        "a block more than half link text (a side list of dated related rows) is never the body by density: an "
        "image-only article's densest text is otherwise its sidebar (PHP168, news portals' 相关阅读)",
        ("wgxy",),
        "tests/test_generic.py::test_an_image_only_article_has_no_body_rather_than_its_sidebar_or_its_metadata_line",
    ),
    "date.header_nearest_body": Rule(
        "with no title element, the header is the text before the body: its unlabelled date is looked for in the "
        "lines nearest the body, not in a side list's dated rows at the top of the page (table-layout CMSs)",
        ("fixture",),
        "tests/test_template_fields.py::test_with_no_title_element_the_date_nearest_the_body_is_the_header_date",
    ),
    "date.written_last": Rule(
        "信息公开 metadata of government CMSs (Hanweb <li><span>, Zhejiang <th>/<td> tables, spaced 成 文 日 期 "
        "grids, 生成日期 of 信息公开目录 systems) shows the day a document was written or its record made before "
        "发布日期 / 公开日期: a publication label's date comes first",
        ("fixture",),
        "tests/test_dates.py::test_the_day_a_document_was_written_is_not_its_publish_date",
    ),
    "date.english": Rule(
        "English dates of blog themes and bilingual sites (March 5, 2016 · Mar 5th 2016 · 5 March 2016), read as "
        "any other form",
        ("fixture",),
        "tests/test_dates.py::test_every_date_form_in_running_text",
    ),
    "fields.metadata_in_body": Rule(
        "the metadata line a blog theme or CMS writes as the first line inside the content block (发表于 … | 分类："
        "… | 来源：…) is read for the date and source, as it is left out of the body",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
    "fields.before_title": Rule(
        "a forum post's 发表于 … line above its subject, in the title's own short block, is read for the date (phpwind, "
        "Discuz!-like thread templates), before any text after the body",
        ("fixture",),
        "tests/test_extraction_ladder.py::test_a_post_date_above_its_subject",
    ),
    "date.parenthesised": Rule(
        "a line that is only a date and time in brackets, (2009-03-05 10:20:33), is the header's date (blog templates)",
        ("fixture",),
        "tests/test_extraction_ladder.py::test_a_date_in_brackets_alone_on_its_line",
    ),
    "title.prominent_line": Rule(
        "a line drawn large or bold that no class names (<font size=5><b>…</b></font>: FrontPage-era and hand-made "
        "pages) is a title candidate, taken only when it matches <title> or the metadata line follows it",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "labels.traditional": Rule(
        "labels, footers and school names in traditional characters (發佈日期, 來源, 版權所有, 中學: Hong Kong, Taiwan and "
        "Macau sites) match as their simplified forms do",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "date.json_ld": Rule(
        "datePublished of the page's JSON-LD (schema.org NewsArticle, BlogPosting, in an @graph too), read with the "
        "<meta> dates (2015-2022 news and self-media templates whose header shows only 3小时前)",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "footer.before_comments": Rule(
        "the text after the body is read for labels only up to where readers' comments begin (comment, cmt, reply "
        "markup): a comment's 发布于 is not the article's date (blog and CMS themes)",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "title.badge": Rule(
        "a post's status badge beside its title ([转], [原创], 【置顶】) is not the title (blogs and forums)",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
    "date.today_banner": Rule(
        "a date after 今天是 / 今日 / 当前日期 is the banner's today's date (school CMSs show it on every page), "
        "never the publish date",
        ("fixture",),
        "tests/test_template_fields.py::test_an_unlabelled_date_is_read_where_the_template_shows_dates",
    ),
    "title.site_name_only": Rule(
        "a <title> that is only the school's or site's name, which its copyright line names, on every page (old "
        "school CMSs): no heading is matched against it, so the banner's name is never the title",
        ("fixture",),
        "tests/test_template_fields.py::test_a_title_the_page_alone_cannot_tell_is_read_where_the_template_shows_it",
    ),
    "title.list_row_cut": Rule(
        "a list row that cut its title short (关于做好…, any CMS that trims a row to the column's width) names the "
        "page's element that starts with it, which holds the whole title",
        ("fixture",),
        "tests/test_template_fields.py::test_a_list_row_that_cut_the_title_short_is_completed_from_the_page",
    ),
    "title.template_place": Rule(
        "the element where the page's template shows its titles, learnt from its other pages where a heading "
        "matched <title> or the list's row named it, and holding a different text on each (any CMS)",
        ("fixture",),
        "tests/test_template_fields.py::test_a_title_the_page_alone_cannot_tell_is_read_where_the_template_shows_it",
    ),
    "date.template_place": Rule(
        "the element where the page's template shows its dates, learnt from its other pages' labelled, header or "
        "list-row dates, for a page whose date has no label (any CMS)",
        ("fixture",),
        "tests/test_template_fields.py::test_an_unlabelled_date_is_read_where_the_template_shows_dates",
    ),
    "date.meta_line_opens": Rule(
        "a line under the title that opens with the date and its time is the meta line whatever follows it (blog "
        "themes' 阅读 3,126 本文共 1200 字，阅读约 3 分钟 after the date)",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "date.dashed_time": Rule(
        "a time after a spaced dash (03/05/2018 - 10:20, Drupal's default format) is the date's own when the date "
        "shows none; after a time (8:00 - 10:20) it ends a range",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "visits.written_numbers": Rule(
        "a count written as a reader reads it: 1,234 with a thousands comma (WordPress post-views), 1.2万 rounded by "
        "media platforms (12000)",
        ("fixture",),
        "tests/test_counter_metadata_families.py::test_visit_count_idioms",
    ),
    "visits.ajax_data": Rule(
        "a counter asked by $.ajax({url: '/news/hits.do', data: {id: 123}}) is the URL jQuery sends for a GET, the "
        "data as its query (Java and PHP school CMSs)",
        ("fixture",),
        "tests/test_counter_metadata_families.py::test_visit_count_idioms",
    ),
    "footer.before_related": Rule(
        "the fields read after the body stop at a box of related articles (their 阅读 356 and 来源 are theirs), as "
        "they stop at comments",
        ("fixture",),
        "tests/test_counter_metadata_families.py::test_visit_count_idioms",
    ),
    "date.signature": Rule(
        "the date that signs a notice's body off (二〇一九年三月五日 on its last lines), where the page shows no "
        "other: before a library's guess from the related rows; never on a channel's own index page (a signed "
        "welcome letter)",
        ("fixture",),
        "tests/test_article_families.py::test_date",
    ),
    "title.media_mark": Rule(
        "a news portal's mark after the heading's title ((图), (组图), [视频]) that <title> does not carry is no part "
        "of the title",
        ("fixture",),
        "tests/test_article_families.py::test_title",
    ),
}
