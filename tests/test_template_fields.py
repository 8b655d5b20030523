"""Titles and dates where the site's template shows them (extract/template_fields.py), learnt from the
template's other pages. The fixtures are hand-written pages of two template families an old school CMS
writes: a table layout whose ``<title>`` is only the school's name, the title in a cell named by its font size and the date
alone in the next row, under a banner that shows today's date; and a div layout whose title heading matches
``<title>`` and whose date sits unlabelled in a ``span`` beside the visit count."""

import re

import sqlite_utils

from jiangbei_crawler.crawl.local import FAST_ARGS
from jiangbei_crawler.extract import rules
from jiangbei_crawler.extract import template as tpl
from jiangbei_crawler.extract.classify import classify
from jiangbei_crawler.store import ensure_db_shape, load_templates, save_templates
from jiangbei_crawler.testing import cli, static_site

PORTAL = "http://school.test"
SENTENCE = "学校按照上级部门的统一部署，认真组织开展了各项工作，取得了明显成效，受到师生和家长的广泛好评。"
TITLES = {i: f"关于做好2021年第{i}期校园安全检查工作的通知" for i in range(1, 8)} | {8: "校歌", 9: "招生简章"}


def day(i):
    return f"2021-03-{i:02d}"


def iso(i):
    return f"{day(i)}T00:00:00+08:00"


def table_page(i, title=None, date_below=False):
    """The table family: the school's name as <title>, a banner with today's date, a side list of the newest
    notices (dated, one of them on the article's own day), the title in a cell named by its font size (``td.f16``), its date alone
    in the next row's cell."""
    side = "".join(f"<li><a href='/show.asp?id={k}'>第{k}期通知</a>{day(k)}</li>" for k in range(1, 9))
    body = "".join(f"<p>第{i}期。{SENTENCE}</p>" for _ in range(3))
    date_row = f"<tr><td class='gray'>{day(i)}</td></tr>"
    return (
        "<html><head><title>某某中学</title></head><body>"
        "<table class='top'><tr><td>某某中学</td><td>今天是：2026年12月4日 星期五</td></tr></table>"
        "<table class='nav'><tr><td><a href='/'>首页</a> <a href='/list.asp?c=1'>学校新闻</a></td></tr></table>"
        f"<table class='main'><tr><td class='left'><b>最新通知</b><ul>{side}</ul></td><td class='right'>"
        f"<table class='art'><tr><td class='f16'>{title or TITLES[i]}</td></tr>{'' if date_below else date_row}"
        f"<tr><td class='zw'>{body}</td></tr>{date_row if date_below else ''}</table></td></tr></table>"
        "<div class='foot'>版权所有 某某中学 地址：某市某路1号</div></body></html>"
    )


def div_page(i):
    """The div family: the heading matches <title>; the date is unlabelled, beside the visit count, and a short
    related list follows the body."""
    body = "".join(f"<p>{SENTENCE}第{i}项。</p>" for _ in range(2))
    return (
        f"<html><head><title>{TITLES[i]}-某某小学</title></head><body><div class='menu'><a href='/'>首页</a></div>"
        f"<div class='content'><h2 class='t'>{TITLES[i]}</h2><div class='i'><span>{day(i)}</span>"
        f"<span>{i * 3}</span></div><div class='c'>{body}</div>"
        "<ul class='rel'><li><a href='/x/1.html'>相关文章一</a></li></ul></div></body></html>"
    )


def url(i):
    return f"{PORTAL}/show.asp?id={i}"


def learnt_from_rows(pages=range(1, 6), date_below=False):
    """A memory that read the table family's pages as a crawl does: each led to by a list row (title and date)."""
    memory = tpl.TemplateMemory()
    for i in pages:
        hints = {"title": TITLES[i], "date": day(i)}
        page = table_page(i, date_below=date_below)
        read = classify(page, url(i), PORTAL, expect="article", hints=hints, memory=memory)
        assert read.kind == "article"
    return memory


def test_a_title_the_page_alone_cannot_tell_is_read_where_the_template_shows_it():
    memory = learnt_from_rows()
    (template,) = memory.templates
    assert template.fields["title"].endswith("table.art/tr/td.f9")  # digits as one mark
    # a page no row led to (found by the sweep, or a menu's link): alone, its <title> is only the school's name
    for i in (7, 8):
        alone = classify(table_page(i), url(i), PORTAL)
        assert alone.article is None or alone.article.title != TITLES[i]
        read = classify(table_page(i), url(i), PORTAL, memory=memory)
        assert read.kind == "article"
        assert (read.article.title, read.article.extraction["title"]) == (TITLES[i], "template")
        assert read.article.extraction["template"] == template.id


def test_an_unlabelled_date_is_read_where_the_template_shows_dates():
    memory = learnt_from_rows()
    (template,) = memory.templates
    assert template.fields["published"].endswith("table.art/tr/td.gray")  # not the side list's, not the banner's
    # the variant that shows its date in a row below the body: no rule of the page alone reads a date there
    below = learnt_from_rows(date_below=True)
    (template,) = below.templates
    assert template.fields["published"].endswith("table.art/tr/td.gray")
    page = table_page(9, date_below=True)
    assert classify(page, url(9), PORTAL, expect="article").article.published != iso(9)  # a side list's row
    read = classify(page, url(9), PORTAL, expect="article", memory=below)
    assert (read.article.published, read.article.extraction["published"]) == (iso(9), "template")
    with rules.disabled(["title.template_place"]):  # the date's rung on its own, the title's switched off
        read = classify(page, url(9), PORTAL, expect="article", memory=below)
    assert (read.article.title, read.article.published) == ("某某中学", iso(9))


def test_with_no_title_element_the_date_nearest_the_body_is_the_header_date():
    page = table_page(9)
    read = classify(page, url(9), PORTAL, expect="article")
    assert read.article.extraction["title"] != "heading"  # <title> is only the school's name: no element matches
    assert (read.article.published, read.article.extraction["published"]) == (iso(9), "header")
    with rules.disabled(["date.header_nearest_body"]):  # the side list's first dated row, at the page's top
        assert classify(page, url(9), PORTAL, expect="article").article.published == iso(1)
    with rules.disabled(["date.today_banner", "date.header_nearest_body"]):  # ... or the banner's today's date
        assert classify(page, url(9), PORTAL, expect="article").article.published.startswith("2026-12-04")


def test_the_div_family_learns_its_places_from_its_headings_and_header_dates():
    memory = tpl.TemplateMemory()
    for i in range(1, 5):
        read = classify(div_page(i), f"{PORTAL}/a/{i}.html", PORTAL, memory=memory)
        assert (read.article.title, read.article.published) == (TITLES[i], iso(i))
    (template,) = memory.templates
    assert template.fields == {"title": template.fields["title"], "published": template.fields["published"]}
    assert template.fields["title"].endswith("div.content/h2.t")
    assert template.fields["published"].endswith("div.content/div.i/span")
    read = classify(div_page(6), f"{PORTAL}/a/6.html", PORTAL, memory=memory)
    assert (read.article.title, read.article.published) == (TITLES[6], iso(6))
    assert (read.article.extraction["title"], read.article.extraction["published"]) == ("template", "template")


def test_a_place_whose_text_is_the_same_on_most_pages_is_chrome_never_a_field():
    template = tpl.Template("t", frozenset())
    for i in range(1, 8):  # a banner's today's date, picked on every page; a heading that varies
        tpl.learn_fields(
            template, {"published": ("html/body/div.top", "2026-12-04"), "title": ("html/body/h1", f"第{i}")}
        )
    assert "published" not in template.fields and template.fields["title"] == "html/body/h1"
    scattered = tpl.Template("s", frozenset())
    for i in range(1, 8):  # a field each page shows somewhere else: no place is learnt
        tpl.learn_fields(scattered, {"title": (f"html/body/div.b{i % 3}", f"第{i}")})
    assert scattered.fields == {}


def test_a_list_row_that_cut_the_title_short_is_completed_from_the_page():
    hints = {"title": "关于做好2021年第3期校园安全…", "date": day(3)}
    read = classify(table_page(3), url(3), PORTAL, expect="article", hints=hints)
    assert (read.article.title, read.article.extraction["title"]) == (TITLES[3], "list")
    whole = {"title": "第3期通知", "date": day(3)}  # an uncut row's title is its own (the side list's text here)
    assert classify(table_page(3), url(3), PORTAL, expect="article", hints=whole).article.title == "第3期通知"


def test_learnt_places_are_kept_in_the_archive_and_read_back():
    memory = learnt_from_rows()
    db = ensure_db_shape(sqlite_utils.Database(memory=True))
    save_templates(db, memory.rows(), 1)
    (row,) = load_templates(db)
    (kept,) = tpl.TemplateMemory.from_rows([row]).templates
    assert kept.fields == memory.templates[0].fields and set(kept.fields) == {"title", "published"}
    again = tpl.TemplateMemory([kept])
    read = classify(table_page(8), url(8), PORTAL, memory=again)
    assert (read.article.title, read.article.published) == (TITLES[8], iso(8))


def test_the_probe_says_where_each_template_reads_its_titles_and_dates():
    rows = "".join(f"<li><a href='/show.asp?id={i}'>{TITLES[i]}</a><span>{day(i)}</span></li>" for i in range(1, 8))
    site = {
        "/": "<html><head><title>某某中学</title></head><body><a href='/list.asp?c=1'>学校新闻</a></body></html>",
        "/list.asp?c=1": f"<html><head><title>学校新闻</title></head><body><ul class='news'>{rows}</ul></body></html>",
    } | {f"/show.asp?id={i}": table_page(i) for i in range(1, 8)}
    with static_site(site) as portal:
        proc = cli("probe", portal, *FAST_ARGS)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"^    published read at \S+/table\.art/tr/td\.gray$", proc.stdout, re.M), proc.stdout
    assert re.search(r"^    title read at \S+/table\.art/tr/td\.f9$", proc.stdout, re.M), proc.stdout


def test_a_channels_own_page_of_the_article_template_stays_a_channel_page():
    """A menu's link to a channel's own page built from the article template (its title where the articles'
    are, no date line, a period named in its text): the template names its title, and does not make it an
    article, nor htmldate's guess of a date from its text."""
    memory = tpl.TemplateMemory()
    for i in range(1, 5):
        classify(div_page(i), f"{PORTAL}/a/{i}.html", PORTAL, memory=memory)
    channel = (
        div_page(5)
        .replace(f"<span>{day(5)}</span><span>15</span>", "")
        .replace("第5项。</p>", "本报告期为（2018-08-15）至今。</p>")
    )
    read = classify(channel, f"{PORTAL}/gk/index.html", PORTAL, memory=memory)
    assert read.kind == "hub", read.reason
    article = classify(channel, f"{PORTAL}/gk/index.html", PORTAL, expect="article", memory=memory).article
    assert (article.title, article.extraction["title"], article.published) == (TITLES[5], "template", None)
