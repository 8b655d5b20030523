"""The provenance table's rules of an article's body (``rule_table.py`` holds the others of what a page says,
``rule_table_site.py`` those of what a page is and how a site is walked)."""

from .rule_table import Rule

BODY_RULES = {
    "body.prose_in_chrome": Rule(
        "a body inside markup named like chrome (a share area, a tool wrapper) is a body when few of its "
        "characters are links",
        ("gne_163", "gne_ifeng"),
        "tests/test_extraction_ladder.py::test_a_body_inside_a_share_area",
    ),
    "body.swallowed_chrome": Rule(
        "a container left open by broken markup swallows the page footer and blocks of links after the article "
        "(portal news pages, old ASP school pages with unclosed tables)",
        ("gne_sina",),
        "tests/test_extraction_ladder.py::test_a_container_that_swallowed_the_footer",
    ),
    "body.not_a_form_field": Rule(
        "a form field named like a body (a comment box <textarea id=content>) is never the body",
        ("gne_hexun",),
        "tests/test_extraction_ladder.py::test_a_comment_box_named_content_is_not_the_body",
    ),
    "body.no_word_cloud": Rule(
        "thousands of characters without sentence punctuation (SEO keyword blocks, tag clouds) are not prose",
        ("gne_njxfhn",),
        "tests/test_extraction_ladder.py::test_a_keyword_cloud_is_not_the_body",
    ),
    "body.follow_prompt": Rule(
        "a follow-us card pasted with a text from a WeChat editor (135editor, 秀米: 点击蓝字 关注我们 at the head, "
        "长按二维码关注 and the account's name at the foot) is not the text (school CMS bodies pasted from 公众号)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.byline_first": Rule(
        "a credit line above an essay's or report's text (文/林某, 文/图 张某, 撰文：某) says who wrote it: not the "
        "text (personal pages, school news written by teachers)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.tool_line": Rule(
        "a last line of bracketed tool links only ([返回] [顶部], 【打印】【关闭】) is the page's tools (hand-made and "
        "FrontPage pages, old ASP CMSs)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.footer_not_its_holder": Rule(
        "a table left open by an old CMS's editor swallows the page footer with the text: the footer's own blocks "
        "are chrome, the table holding the text is not (PowerEasy, old ASP school CMSs)",
        ("sxyz", "fixture"),
        "tests/test_extraction_ladder.py::test_a_short_notice_in_a_table_left_open_keeps_its_text",
    ),
    "body.named_footer": Rule(
        "markup named as the page's footer (<footer>, id=footer, class=copyright) holding 版权所有 / ICP备 is chrome "
        "whatever its share of the container: a notice of a line or two in a table left open swallows a longer footer "
        "(PowerEasy, old ASP school CMSs)",
        ("sxyz", "fixture"),
        "tests/test_extraction_ladder.py::test_a_one_line_notice_in_a_table_left_open_leaves_out_a_longer_footer",
    ),
    "body.offsite_link_lists": Rule(
        "a block of links inside the body is the site's related rows only when most of them link the site's own "
        "pages: a reading list of links elsewhere (lectures on another site, an intranet's notices) is the text",
        ("sxyz", "fixture"),
        "tests/test_extraction_ladder.py::test_a_reading_list_of_links_elsewhere_ends_the_body",
    ),
    "body.editor_note": Rule(
        "the box right before the body that opens with 编者按 (news CMSs set the editor's note apart) is the text's "
        "first part",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.dated_link_rows": Rule(
        "a list after the text whose every row is one link to the site and its date is a related box a container "
        "left open swallowed, however few its rows (news CMSs such as Destoon)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.summary_lead": Rule(
        "a 摘要/导读 line cut short with ... whose text opens the next paragraph is the CMS's description shown above "
        "the text, not the text (YzmCMS's article_desc)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.tip_prompt": Rule(
        "a blog theme's tip box after the text (如果觉得我的文章对您有用，请随意赞赏 and its 赏 button) ends no body",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.embedded_document": Rule(
        "a container showing a document in the page (<object>/<embed>/<iframe> of a PDF) with its 附件 link is the "
        "body however much of it is that link (校务公开 收费公示 pages of ASP school sites)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.counter_line": Rule(
        "a hit counter closing the text (本文已被浏览<script>次: ASP school templates) ends no body",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.page_body": Rule(
        "where no block holds the text, the paragraphs right in <body> are the body (FrontPage-era school pages "
        "with no container element)",
        ("fixture",),
        "tests/test_rule_reach.py::test_paragraphs_right_in_the_page_body_are_the_body",
    ),
    "body.back_link": Rule(
        "a lone 【返回上一页】 or 返回 line (a javascript:history link closing the body of old ASP school CMSs) is "
        "navigation",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.back_home_link": Rule(
        "a 返回…首页 link at the end of the body is navigation (news and government CMSs)",
        ("gne_qq",),
        "tests/test_extraction_ladder.py::test_a_back_to_home_link_ends_no_body",
    ),
    "body.template_region": Rule(
        "the content region of the page's template, learnt from the site's other pages of that template (any CMS "
        "whose body has no known container name)",
        ("fixture",),
        "tests/test_template.py::test_the_template_region_is_the_body_where_no_container_is_named",
    ),
    "body.beside_title": Rule(
        "a block holding the title and, after it, the paragraphs as its siblings (<div><h1/><p/>…</div>: news CMSs "
        "and hand-made templates) is the body when no block after the title holds more",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.thread_first_post": Rule(
        "a forum thread's posts are three or more siblings of one class, each reply dated: the body is the first "
        "post, never the replies (Tianya, phpwind, Tieba and other forum templates)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.hidden": Rule(
        "a short element hidden by its own markup (style display:none, hidden) inside the body is not read by anyone "
        "(media platforms keep a 原标题 line that way)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.home_link": Rule(
        "a short block that is only one link to the site's home page (返回…，查看更多) ends media platforms' articles",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.prose_beside_credits": Rule(
        "a short block of two or more sentences whose labels are only a credit line (撰稿：… 审核：…) is a body, not "
        "the metadata line (school CMSs' short notices)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.pager_line": Rule(
        "a multi-page article's own pager line under its text (第1页 第2页 第3页 下一页) is not text (ASP article "
        "systems, PowerEasy, DedeCMS)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.generic_wraps_title": Rule(
        "a container named only generically (#content) that holds the title is the page's wrapper: the body is the "
        "densest block inside it after the title (hand-made and PHP school sites)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.tag_line": Rule(
        "a post's tag line at the end of its text (标签: 开学 班级公约, Tags: …) is the theme's, not the text (blog "
        "themes: Emlog, Z-Blog, WordPress)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.floor_label": Rule(
        "a forum post's floor label alone on its line (楼主, 沙发, 5楼) and its signature block (class signature) are "
        "the thread's chrome, not the post (dvbbs, phpwind and table-layout forums)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.label_pairs": Rule(
        "a short line of label：value pairs, one label known (核发：zly 点击数：2833), is metadata, not the body",
        ("wgxy",),
        "tests/test_generic.py::test_an_image_only_article_has_no_body_rather_than_its_sidebar_or_its_metadata_line",
    ),
    "body.player_label": Rule(
        "a block wrapping an <audio> or <video> with a few words of its own (点击播放) is the media player's, not the "
        "text (news portals' audio versions of an article)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.nav_word_in_prose": Rule(
        "a last line that mentions 下一篇 in a sentence (下一篇想聊聊…，…。) is the text, not the page's previous/next "
        "links (blog posts announcing the next one)",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
    "body.not_hidden": Rule(
        "a block hidden by display:none (a print copy the 打印 button fills a window with) is never the body, and it "
        "and the metadata line weigh nothing when the body's block is chosen",
        ("fixture",),
        "tests/test_article_families.py::test_body",
    ),
}
