"""Template memory (extract/template.py): pages grouped by their markup's skeleton, chrome and content region
learnt from a template's pages, kept in the archive. The fixtures are hand-written pages of two template
families: a div layout whose body sits in a block of no known name, split into sibling blocks on some pages (as
PHP168-like CMSs write it), and a table layout of nested cells (TRS-like)."""

import re
import sqlite3

import sqlite_utils

from jiangbei_crawler.extract import template as tpl
from jiangbei_crawler.extract.article import parse_article
from jiangbei_crawler.extract.classify import classify
from jiangbei_crawler.extract.dom import parse_html
from jiangbei_crawler.store import ensure_db_shape, load_templates, save_templates
from jiangbei_crawler.testing import cron, static_site

SENTENCE = "学校按照上级部门的统一部署，认真组织开展了各项工作，取得了明显成效，受到师生和家长的广泛好评。"
SIDE = "".join(f"<li><span>2021-03-{d:02d}</span><a href='/a/{d}.html'>校园动态第{d}期</a></li>" for d in range(1, 9))


def div_page(i, paragraphs=3, split=False, image=False):
    """A div-layout article: header and menu, a box with title, metadata line, the body in ``div.acon`` (a
    name no rule knows), a share line, previous/next links, and a side list of dated links."""
    body = "".join(f"<p>第{i}号文。{SENTENCE * (1 + k % 2)}</p>" for k in range(paragraphs))
    if image:
        body = f"<p><img src='/img/{i}.jpg'></p>"
    if split:  # the editor closed the block halfway: the rest of the body is a sibling block
        body = f"<div>{body}</div><div><p>第{i}号文的最后一段。{SENTENCE}</p></div>"
    return (
        f"<html><head><title>第{i}号通知_学校新闻_某某学校</title></head><body>"
        "<div class='top'><div class='logo'>某某学校</div><ul class='menu'><li><a href='/'>首页</a></li>"
        "<li><a href='/news/'>学校新闻</a></li><li><a href='/notice/'>通知公告</a></li></ul></div>"
        "<div class='main'><div class='box fl'>"
        f"<div class='atitle'>第{i}号通知</div>"
        f"<div class='ainfo'>日期：2021-04-{i:02d} 10:00:00 发布人：admin 浏览量：{i * 7}</div>"
        f"<div class='acon'>{body}</div>"
        "<div class='share'>分享到：微信 微博</div>"
        f"<div class='change'><a href='/a/{i + 1}.html'>下一篇：第{i + 1}号通知</a></div>"
        f"</div><div class='side fr'><span>相关链接</span><ul class='sl'>{SIDE}</ul></div></div>"
        "<div class='foot'>版权所有 某某学校 地址：某市某路1号</div></body></html>"
    )


def table_page(i):
    """A table-layout article (TRS-like nested cells): the body is a cell of a class no rule knows."""
    body = "".join(f"<p>{SENTENCE}第{i}项。</p>" for _ in range(2 + i % 3))
    return (
        f"<html><head><title>关于第{i}批项目的公示--某某学校</title></head><body><table class='head'><tr><td>"
        "<a href='/'>首页</a> <a href='/gk/'>信息公开</a></td></tr></table>"
        "<table class='frame'><tr><td class='left'><a href='/gk/1/'>机构设置</a><a href='/gk/2/'>规章制度</a></td>"
        f"<td class='right'><table><tr><td class='tt'>关于第{i}批项目的公示</td></tr>"
        f"<tr><td class='dt'>发布时间：2020-05-{i:02d}</td></tr>"
        f"<tr><td class='nr9'>{body}</td></tr><tr><td class='tool'>【打印本页】【关闭窗口】</td></tr>"
        "</table></td></tr></table><table class='foot'><tr><td>版权所有 某某学校</td></tr></table></body></html>"
    )


def list_page():
    rows = "".join(f"<li><a href='/a/{i}.html'>第{i}号通知</a><span>2021-04-{i:02d}</span></li>" for i in range(1, 16))
    return (
        "<html><head><title>学校新闻_某某学校</title></head><body><div class='top'><ul class='menu'><li>"
        "<a href='/'>首页</a></li></ul></div><div class='listbox'><div class='lt'>学校新闻</div>"
        f"<ul class='news'>{rows}</ul><div class='pg'>共15条 第1页/共1页</div></div></body></html>"
    )


def learnt(pages):
    memory = tpl.TemplateMemory()
    for n, html in enumerate(pages):
        classify(html, f"http://school.test/page/{n}.html", "http://school.test", memory=memory)
    return memory


def placed(memory, html):
    root = parse_html(html).root
    paths = tpl.element_paths(root)
    return memory.place(paths), paths


def read_by(memory, html, url):
    """An article read as the crawl reads it: placed in its template, from the same parsed tree."""
    doc = parse_html(html)
    paths = tpl.element_paths(doc.root)
    return parse_article(html, url, doc=doc, template=(memory.place(paths), paths))


def test_pages_of_one_template_are_one_group_and_a_list_is_another():
    memory = learnt([div_page(i) for i in range(1, 5)] + [list_page()] + [table_page(i) for i in range(1, 5)])
    groups = sorted((t.pages, t.role) for t in memory.templates)
    assert groups == [(1, "list"), (4, "article"), (4, "article")]


def test_the_template_region_is_the_body_where_no_container_is_named():
    """Learnt from four pages, the region is the body block: on a page whose body the editor split into two
    sibling blocks, the generic density rung takes only the larger half, the template takes it whole and leaves
    out the share line the template repeats."""
    memory = learnt([div_page(i, paragraphs=2 + i % 3) for i in range(1, 5)])
    (group,) = memory.templates
    assert group.region.endswith("div.main/div.box/div.acon")
    page_html = div_page(9, paragraphs=4, split=True)
    alone = parse_article(page_html, "http://school.test/a/9.html")
    read = read_by(memory, page_html, "http://school.test/a/9.html")
    assert alone.extraction["body"] == "density"
    assert "第9号文的最后一段" not in "\n".join(alone.body_lines)
    assert read.extraction["body"] == "template"
    text = "\n".join(read.body_lines)
    assert text.startswith("第9号文。") and "第9号文的最后一段" in text
    assert "分享到" not in text and "校园动态" not in text and "日期：" not in text


def test_a_table_layout_template_finds_its_body_cell():
    memory = learnt([table_page(i) for i in range(1, 6)])
    (group,) = memory.templates
    assert group.region.endswith("td.right/table/tr/td.nr9")
    read = read_by(memory, table_page(7), "http://school.test/gk/7.html")
    assert read.extraction["body"] == "template"
    assert read.body_lines[0].startswith(SENTENCE) and "打印本页" not in "\n".join(read.body_lines)


def test_a_region_waits_for_pages_that_show_content():
    """A template's first pages may be image notices, more of them than it keeps samples of (a crawl reads a
    channel of scans first): a region learnt from their date lines would be no body's, so none is placed, and
    the template does not give up, until pages with content come; then the body block is."""
    first = tpl.MAX_SAMPLES + 4
    memory = learnt([div_page(i, image=True) for i in range(1, first)])
    (group,) = memory.templates
    assert group.region is None and not group.settled and len(group.samples) == tpl.MAX_SAMPLES
    for i in range(first, first + 4):
        classify(div_page(i), f"http://school.test/a/{i}.html", "http://school.test", memory=memory)
    assert group.region.endswith("div.box/div.acon") and group.settled and group.samples == []


def test_templates_are_kept_in_the_archive_and_read_back():
    memory = learnt([div_page(i) for i in range(1, 6)])
    db = ensure_db_shape(sqlite_utils.Database(memory=True))
    save_templates(db, memory.rows(), 3)
    save_templates(db, memory.rows(), 4)  # a later crawl: its first crawl stays recorded
    (group,) = memory.templates
    (row,) = load_templates(db)
    assert row == {**group.row(), "first_crawl": 3, "last_crawl": 4}
    assert row["role"] == "article" and row["example_url"] == "http://school.test/page/0.html"
    again = tpl.TemplateMemory.from_rows([row])
    (kept,) = again.templates
    assert (kept.region, kept.skeleton, kept.settled) == (group.region, group.skeleton, True)
    assert placed(again, div_page(8))[0] is kept


def test_a_crawl_learns_the_sites_templates_and_reads_bodies_by_them(tmp_path):
    """Crawled with nothing but its address, a site of the div family: once its first pages taught the template,
    bodies are read by it (the split ones whole), and the archive's templates table names the article template,
    its region and its evidence. Pages are read in no fixed order, so which ones came first is read back from
    each article's recorded rung. A full repeat crawl of the unchanged site reads each article as it was first
    read (by the template or not): nothing shows as an edit the school did not make."""
    n = 16
    rows = "".join(
        f"<li><a href='/a/{i}.html'>第{i}号通知</a><span>2021-04-{i:02d}</span></li>" for i in range(1, n + 1)
    )
    site = {
        "/": "<html><head><title>某某学校</title></head><body><a href='/news/'>学校新闻</a></body></html>",
        "/news/": f"<html><head><title>学校新闻</title></head><body><ul class='news'>{rows}</ul></body></html>",
    }
    for i in range(1, n + 1):
        site[f"/a/{i}.html"] = div_page(i, paragraphs=2 + i % 3, split=i % 2 == 0)
    db = tmp_path / "disclosure.db"
    with static_site(site) as url:
        proc = cron(url, db, timeout=300)
        first = dict(sqlite3.connect(db).execute("select url, body_text from articles"))
        repeat = cron(url, db, "--mode", "full", timeout=300)
    conn = sqlite3.connect(db)
    assert conn.execute("select new, changed, unchanged from crawls where id = 2").fetchone() == (0, 0, n), (
        repeat.stdout
    )
    assert dict(conn.execute("select url, body_text from articles")) == first
    articles = conn.execute("select url, body_text, json_extract(extraction, '$.body') from articles").fetchall()
    assert len(articles) == n, proc.stdout + proc.stderr
    by_template = 0
    for url, body, rung in articles:
        i = int(re.search(r"/a/(\d+)\.html", url).group(1))
        assert "分享到" not in body and "校园动态" not in body and body.startswith(f"第{i}号文。")
        if rung == "template":
            by_template += 1
            assert i % 2 or f"第{i}号文的最后一段" in body, body  # a split body, whole
    assert by_template >= n - 4  # all but the few pages read before the template had its region
    role, region, evidence = conn.execute(
        "select role, region, evidence from templates order by pages desc limit 1"
    ).fetchone()
    assert role == "article" and region.endswith("div.box/div.acon")
    assert f'"reached as article": {2 * n}' in evidence  # both crawls' pages


def column_list(k, rows=10, intro=False):
    """A column's list page; ``intro``: the column's introduction with a heading and a date above two rows, which
    alone reads as an article."""
    items = "".join(
        f"<li><a href='/col/{k}/{i}.html'>关于第{k}栏第{i}项工作的通知</a><span>2023-06-{i + 1:02d}</span></li>"
        for i in range(rows)
    )
    head = (
        f"<h2 class='ct'>第{k}栏目简介</h2><p class='cd'>发布时间：2023-01-01</p><div class='intro'>{SENTENCE * 4}</div>"
        if intro
        else ""
    )
    return (
        f"<html><head><title>第{k}栏目_某某学校</title></head><body><div class='top'><ul class='menu'>"
        "<li><a href='/'>首页</a></li><li><a href='/col/1/'>栏目一</a></li></ul></div>"
        f"<div class='colbox'><div class='crumb'>当前位置：首页 &gt; 第{k}栏目</div>{head}<ul class='rows'>{items}</ul>"
        "</div><div class='foot'>版权所有 某某学校</div></body></html>"
    )


def test_a_page_of_a_list_template_is_a_list_though_alone_it_reads_as_an_article():
    memory = tpl.TemplateMemory()
    for k in range(1, 5):
        assert (
            classify(column_list(k), f"http://school.test/col/{k}/", "http://school.test", memory=memory).kind == "list"
        )
    page = column_list(9, rows=2, intro=True)
    alone = classify(page, "http://school.test/col/9/", "http://school.test")
    assert alone.kind == "article"
    read = classify(page, "http://school.test/col/9/", "http://school.test", memory=memory)
    assert read.kind == "list" and [r.url for r in read.listing.rows] == [
        "http://school.test/col/9/0.html",
        "http://school.test/col/9/1.html",
    ]
    # a row that leads to a page of that template: the row's word stands
    row_led = classify(page, "http://school.test/col/9/", "http://school.test", expect="article", memory=memory)
    assert row_led.kind == "article"


def test_a_skeleton_is_bounded_on_a_page_of_endless_distinct_blocks():
    blocks = "".join(
        f"<div class='c{chr(0x4E00 + i)}'><div class='d{chr(0x4E00 + i)}'>x</div></div>" for i in range(5000)
    )
    paths = tpl.element_paths(parse_html(f"<html><body>{blocks}</body></html>").root)
    skel = tpl.skeleton(paths)
    assert len(skel) == tpl.MAX_SKELETON and all(p.count("/") <= 3 for p in skel)
