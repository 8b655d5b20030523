"""The provenance table's rules of the 来源 (source) an article names: the same shape as ``rule_table.py``."""

from .rule_table import Rule

SOURCE_RULES = {
    "source.item_without_colon": Rule(
        "来源 without a colon as one item of an info line cut by separators (发表于… | 来源CSDN | 作者…)",
        ("gne_csdn",),
        "tests/test_extraction_ladder.py::test_a_source_item_without_a_colon",
    ),
    "source.cut_before_tool_links": Rule(
        "a plain-text 来源 value ends where a run of two or more links' texts glued to it begins (来源：县教师发展中心"
        "<a>打印</a><a>收藏</a><a>纠错</a>, 迅睿-like county templates)",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
    "source.closing_line": Rule(
        "the body's closing line （来源：檀溪县教育局） names the source in brackets (portal CMSs of county sites)",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
    "source.bar_after_label": Rule(
        "来源丨岚溪融媒: a bar glued between the label and its value where other templates write a colon (county "
        "融媒体 templates)",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
    "source.label_then_value": Rule(
        "a colon-less 来源 label alone in its element before the body, its value the next element (<dt>来源</dt>"
        "<dd>学生处</dd>, 超星-like school templates)",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
    "source.cut_at_link": Rule(
        "a 来源 value ends where the next link's text begins (来源：<a>某报</a><a>举报</a>)",
        ("gne_163", "gerapy_netease"),
        "tests/test_extraction_ladder.py::test_a_source_link_followed_by_another_link",
    ),
    "source.cut_at_date": Rule(
        "a 来源 value that runs into a date (spans on separate lines of markup, no space between them: "
        "来源：中国新闻网2011年03月05日) ends where the date begins",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
    "source.placeholder": Rule(
        "a 来源 naming no one (转载, 互联网) is null, a real one elsewhere wins",
        ("fixture",),
        "tests/test_extraction_ladder.py::test_a_placeholder_source",
    ),  # fmt: skip
    "source.elements": Rule(
        "a 来源 as its own element bounds it: a labelled <span> ends its value where the flat text runs on into share "
        "links; a site bar's <span>来源 某号</span> item near the title; an element named as the source (media_name, "
        "copyfrom, laiyuan, class=source) in the header (news portals, media platforms, WeChat mirrors)",
        ("fixture",),
        "tests/test_extraction_ladder.py::test_a_source_bounded_by_its_own_element",
    ),
    "source.reprint_line": Rule(
        "a body's first line that only names where the text was reprinted from (转载自 某网, 摘自《某报》) is its "
        "source, left out of the text (blogs, school sites reposting news)",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
    "source.field_after_body": Rule(
        "a 来源 field after the body as a label element alone and its value's element, the colon drawn by CSS "
        "(Drupal's field__label / field__item, CMS field lists)",
        ("fixture",),
        "tests/test_article_families.py::test_source",
    ),
}
