"""First contact with an unknown portal: `extract`, `probe`, and the coverage alarm that never says `ok` wrongly."""

import json
import pathlib
import re
import sqlite3

import pytest

from jiangbei_crawler.crawl.local import FAST_ARGS
from jiangbei_crawler.crawl.session import coverage_alarm
from jiangbei_crawler.testing import cli, crawl, cron, replica, static_site

CMS = pathlib.Path(__file__).parent / "fixtures" / "cms"
FAST = FAST_ARGS


def test_extract_prints_fields_and_layers_of_a_saved_gbk_page():
    url = "http://www.kpzx.net/Article/ShowArticle.asp?ArticleID=1234"
    proc = cli("extract", str(CMS / "asp2006_article.html"), "--url", url)
    out = json.loads(proc.stdout)
    assert proc.returncode == 0 and out["kind"] == "article" and out["encoding"] == "gb18030"
    assert out["title"] == "关于评选2009年度优秀教师的公示" and out["source"] == "本站原创"
    assert "王镕（语文组）、李堃（数学组）、张喆（英语组）。" in out["body_text"] and "\ufffd" not in out["body_text"]
    assert out["layers"]["title"] == "heading" and out["layers"]["body"] == "container"


def test_extract_reads_a_list_with_its_pager():
    proc = cli("extract", str(CMS / "dedecms_list_p2.html"), "--url", "http://www.hongtangzx.cn/a/xwgk/list_12_2.html",
               "--kind", "list")  # fmt: skip
    out = json.loads(proc.stdout)
    assert len(out["rows"]) == 10 and out["pager"]["current"] == 2 and out["pager"]["last"] == 5
    assert out["pager"]["page_2"] == "http://www.hongtangzx.cn/a/xwgk/list_12_2.html"


def test_extract_of_a_missing_file_is_one_clear_line():
    proc = cli("extract", "/nonexistent/page.html")
    assert (
        proc.returncode == 2 and proc.stderr.strip().startswith("error: cannot read") and "Traceback" not in proc.stderr
    )


@pytest.mark.parametrize("template", ["jiangbei", "table"])
def test_probe_understands_every_replica_family(template):
    with replica("tiny", template=template) as url:
        proc = cli("probe", url, *FAST)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "understood: understood" in proc.stdout and "schools found: 6" in proc.stdout
    # lists are read until five articles are asked for (the first two may be short: responses come in any order)
    assert int(re.search(r"lists: (\d+)", proc.stdout).group(1)) >= 2 and "articles: 5" in proc.stdout


def test_probe_of_a_site_without_articles_says_why_and_exits_non_zero():
    with static_site({"/": "<html><head><title>维护中</title></head><body><p>网站维护中</p></body></html>"}) as url:
        proc = cli("probe", url, *FAST)
    assert proc.returncode == 1 and "not understood: no list page and no article found" in proc.stdout


def test_a_crawl_that_finds_nothing_is_empty_not_ok(tmp_path):
    db = tmp_path / "disclosure.db"
    with static_site({"/": "<html><body><p>网站维护中</p></body></html>"}) as url:
        proc = cron(url, db, timeout=300)
    assert proc.returncode == 1 and "crawl 1 empty: no articles found" in proc.stdout, proc.stdout + proc.stderr
    assert sqlite3.connect(db).execute("select status from crawls").fetchone()[0].startswith("empty")


def site_without_dates(n=12):
    rows = "".join(f'<li><a href="/a/{i}.html">关于第{i}项工作安排的通知</a></li>' for i in range(n))
    pages = {"/": f'<html><head><title>某中学</title></head><body><div class="crumb">当前位置：<a href="/">首页</a>&gt;'
                  f'通知公告</div><ul class="news">{rows}</ul><div class="pager">共{n}条 页次:1/1</div></body></html>'}  # fmt: skip
    for i in range(n):
        pages[f"/a/{i}.html"] = (f"<html><head><title>关于第{i}项工作安排的通知</title></head><body><h1>关于第{i}项工作安排的通知"
                                 f"</h1><div class='wz'><p>根据学校工作计划，现将第{i}项工作安排通知如下，请各部门遵照执行。</p></div></body></html>")  # fmt: skip
    return pages


def test_a_crawl_that_loses_the_date_on_most_articles_is_degraded_not_ok(tmp_path):
    db = tmp_path / "disclosure.db"
    with static_site(site_without_dates()) as url:
        proc = cron(url, db, timeout=300)
    assert proc.returncode == 1 and "degraded: date on 0%" in proc.stdout, proc.stdout + proc.stderr
    assert sqlite3.connect(db).execute("select count(*) from articles").fetchone()[0] == 12, "what was found is kept"


def test_plain_scrapy_crawl_records_the_same_status(tmp_path):
    db = tmp_path / "disclosure.db"
    with static_site({"/": "<html><body>空</body></html>"}) as url:
        crawl(url, db)
    assert sqlite3.connect(db).execute("select status from crawls").fetchone()[0].startswith("empty")


def cov(articles, title=1.0, published=1.0, source=1.0, body=1.0):
    return {"articles": articles, "title": title, "published": published, "source": source, "body": body}


@pytest.mark.parametrize(
    "current, previous, found, mode, expected",
    [
        (cov(0), None, 0, "full", "empty"),
        (cov(0), None, 0, "incremental", None),  # nothing new is normal for a repeat
        (cov(50, published=0.1), None, 50, "full", "degraded: date on 10%"),
        (cov(50, source=0.1), None, 50, "full", None),  # many portals have no 来源
        (cov(50, source=0.1), cov(200, source=0.9), 50, "incremental", "degraded: source 90% -> 10%"),
        (cov(5, published=0.0), None, 5, "full", None),  # too few articles to judge
        (cov(50, title=0.95), cov(200, title=0.99), 50, "incremental", None),
    ],
)
def test_coverage_alarm(current, previous, found, mode, expected):
    alarm = coverage_alarm(current, previous, found, mode)
    assert (alarm is None) if expected is None else alarm.startswith(expected), alarm


def test_extract_explain_lists_the_candidates_passed_over_and_why(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>关于收费的公示_某中学</title></head><body><h2>学校新闻</h2><h1>关于收费的公示</h1>"
        "<p>来源：转载</p><div id='zoom'><p>根据上级文件，现将本学期收费标准公示如下，请家长知悉。</p></div>"
        "</body></html>",
        encoding="utf-8",
    )
    proc = cli("extract", str(page), "--url", "http://school.test/news/7.html", "--explain")
    out = json.loads(proc.stdout)
    # too short to be read as an article by itself; --explain shows what an article reading found there
    assert proc.returncode == 0 and out["kind"] == "hub"
    assert out["as_article"]["title"] == "关于收费的公示" and out["as_article"]["published"] is None
    why = {(x["field"], x["candidate"]): x["reason"] for x in out["explain"]}
    assert "matches little of <title>" in why[("title", "学校新闻")]
    assert why[("source", "转载")] == "a placeholder that names no one"
    assert {c for f, c in why if f == "published"} >= {"label", "header", "list", "url", "meta", "htmldate"}
    plain = json.loads(cli("extract", str(page), "--url", "http://school.test/news/7.html").stdout)
    assert "explain" not in plain


def channel_site():
    """A TRS WCM / PHP168-like site: a menu to a channel's own page (undated text), to a channel whose undated
    rows the date rules cannot read (an English list), and to a dated list of notices, one of them a scan."""
    menu = "<div class='nav'><a href='/zkjs/index.html'>站况介绍</a> <a href='/ns/index.html'>News</a> " \
           "<a href='/tzgg/index.html'>通知公告</a> <a href='/ns/a1.html'>Highlights</a> " \
           "<a href='/gk/index.html'>概况</a> <a href='/yjy/index.html'>研究员</a></div>"  # fmt: skip
    text = "The group reported a survey of molecular clouds along the galactic plane, with maps and catalogues. " * 3
    pages = {"/": f"<html><head><title>某观测站</title></head><body>{menu}</body></html>",
             "/zkjs/index.html": f"<html><head><title>站况介绍--某观测站</title></head><body>{menu}<h1>站况介绍</h1>"
                                 "<div class='TRS_Editor'><p>观测站位于青海省德令哈市，海拔3200米，是我国毫米波观测基地。</p>"
                                 "<p>观测站始建于1982年，1990年投入运行。</p></div></body></html>"}  # fmt: skip
    rows = "".join(f"<li><a href='/ns/a{i}.html'>Survey of molecular clouds, part {i} of the series</a></li>"
                   for i in range(1, 5))  # fmt: skip
    pages["/ns/index.html"] = (
        f"<html><head><title>News</title></head><body>{menu}<ul class='list'>{rows}</ul></body></html>"
    )
    for i in range(1, 5):
        pages[f"/ns/a{i}.html"] = (f"<html><head><title>Survey of molecular clouds, part {i} of the series</title></head>"
                                   f"<body>{menu}<p>Survey of molecular clouds, part {i}</p><div><p>{text}</p></div></body></html>")  # fmt: skip
    notices = "".join(f"<li><a href='/tzgg/t{i}.html'>关于第{i}批拟聘人员的公示</a><span>2015-11-{10 + i}</span></li>"
                      for i in range(1, 4))  # fmt: skip
    pages["/tzgg/index.html"] = f"<html><body>{menu}<ul>{notices}</ul></body></html>"
    for i in range(1, 4):
        body = (
            "<p><img src='/tzgg/W1.jpg'></p>"
            if i == 1
            else "<p>经研究，拟聘用以下人员，现予公示，公示期为五个工作日。</p>"
        )
        pages[f"/tzgg/t{i}.html"] = (f"<html><head><title>关于第{i}批拟聘人员的公示--某观测站</title></head><body>{menu}"
                                     f"<td class='title'>关于第{i}批拟聘人员的公示</td><td> | 15-11-{10 + i} | </td>"
                                     f"<div class='TRS_Editor'>{body}</div></body></html>")  # fmt: skip
    pages.update(channels_and_staff(menu))
    return pages


def channels_and_staff(menu):
    """A drop-down menu linking each channel's own page (its folder's index.html, undated text), and a gallery of
    two staff cards whose pages show a two-character name, a bare TRS date, and a footer naming the site."""
    names = ("观测站简介", "观测站欢迎辞", "现任领导班子", "观测站风貌")
    bar = "<div class='drop'><ul>" + "".join(
        f"<li><a href='/gk/c{k}/index.html'>{name}</a></li>" for k, name in enumerate(names)
    ) + "</ul></div>"  # fmt: skip
    foot = "<div class='foot'>Copyright 2003-2009 某某天文台观测站 版权所有</div>"
    pages = {
        "/gk/index.html": f"<html><head><title>概况--某某天文台观测站</title></head><body>{menu}{bar}{foot}</body></html>"
    }
    for k, name in enumerate(names):
        pages[f"/gk/c{k}/index.html"] = (f"<html><head><title>{name}--某某天文台观测站</title></head><body>{menu}{bar}"
                                         f"<td class='tt'>{name}</td><div class='TRS_Editor'><p>观测站的{name}，"
                                         "详见本页，欢迎来访的朋友、同仁和天文爱好者垂询。</p></div>"
                                         f"{foot}</body></html>")  # fmt: skip
    cards = "".join(f"<td class='card'><table><tr><td></td></tr><tr><td><a href='/yjy/2015/t{k}.html' title='{n}'>{n}"
                    "</a></td></tr></table></td>" for k, n in ((1, "李明"), (2, "王芳")))  # fmt: skip
    pages["/yjy/index.html"] = (f"<html><head><title>研究员--某某天文台观测站</title></head><body>{menu}<table><tr>"
                                f"{cards}<td></td></tr></table><div class='pg'>共1页 1</div>{foot}</body></html>")  # fmt: skip
    bio = "曾在国外天文台做访问学者，在银河系结构方面的工作受到同行好评，多次在国际会议上做特邀报告。" * 3
    for k, n in ((1, "李明"), (2, "王芳")):
        pages[f"/yjy/2015/t{k}.html"] = (f"<html><head><title>{n}----某某天文台观测站</title></head><body>{menu}<table>"
                                         f"<tr><td class='black20'>{n}</td></tr><tr><td> | 15-09-1{k} | 【打印】</td></tr>"
                                         f"<tr><td><div class='TRS_Editor'><p>{n}，现任研究员，从事毫米波天文观测研究。</p>"
                                         f"<p>{bio}</p></div></td></tr></table>{foot}</body></html>")  # fmt: skip
    return pages


def test_what_is_archived_follows_what_led_to_a_page_not_only_the_page(tmp_path):
    """Rows on a page read as a hub are followed; a page a plain link read as a hub is read again when a row
    leads to it; a scanned notice a row led to is an article; a channel's own undated page is not, though a
    drop-down menu of channels reads as rows; a staff page whose title is two characters is."""
    db = tmp_path / "disclosure.db"
    with static_site(channel_site()) as url:
        proc = cron(url, db, timeout=300)
    paths = {re.sub(r"^http://[^/]+", "", u) for (u,) in sqlite3.connect(db).execute("select url from articles")}
    assert paths == {"/ns/a1.html", "/ns/a2.html", "/ns/a3.html", "/ns/a4.html",
                     "/tzgg/t1.html", "/tzgg/t2.html", "/tzgg/t3.html", "/yjy/2015/t1.html",
                     "/yjy/2015/t2.html"}, proc.stdout + proc.stderr  # fmt: skip


def column_site(pages=3, per_page=4):
    """A VSB-like column: its page shows its newest article in full above the list of every article, with a
    pager counting down (list.htm, list/2.htm ... as VSB numbers them)."""
    n = pages * per_page
    art = "<p>根据学校工作安排，现将有关事项通知如下，请各部门认真组织落实，按时完成各项工作任务。</p>" * 2

    def page(k):
        rows = "".join(f"<li><a href='/info/1001/{i}.htm'>关于第{i}项工作安排的通知</a><span>2021-03-{i:02d}</span></li>"
                       for i in range(n - (k - 1) * per_page, n - k * per_page, -1))  # fmt: skip
        url = {j: "/list.htm" if j == 1 else f"/list/{j}.htm" for j in range(1, pages + 1)}
        links = f"<a href='{url[1]}'>首页</a> " + " ".join(f"<a href='{url[j]}'>{j}</a>" for j in url)
        links += f" <a href='{url[min(k + 1, pages)]}'>下页</a> <a href='{url[pages]}'>尾页</a>"
        first = (
            f"<h1>关于第{n}项工作安排的通知</h1><p>发布时间：2021-03-{n:02d}</p><div class='v_news_content'>{art}</div>"
        )
        return (f"<html><head><title>通知公告-某中学</title></head><body>{first if k == 1 else ''}<ul class='list'>{rows}"
                f"</ul><div class='pb_sys_common'>共{n}条 {k}/{pages} {links}</div>"
                "</body></html>")  # fmt: skip

    site = {"/": "<html><head><title>某中学</title></head><body><a href='/list.htm'>通知公告</a></body></html>",
            "/list.htm": page(1), **{f"/list/{k}.htm": page(k) for k in range(2, pages + 1)}}  # fmt: skip
    for i in range(1, n + 1):
        site[f"/info/1001/{i}.htm"] = (f"<html><head><title>关于第{i}项工作安排的通知-某中学</title></head><body><h1>关于第{i}"
                                       f"项工作安排的通知</h1><p>发布时间：2021-03-{i:02d}</p><div class='v_news_content'>{art}"
                                       "</div></body></html>")  # fmt: skip
    return site, n


def test_a_column_page_showing_its_first_article_and_a_list_is_both(tmp_path):
    db = tmp_path / "disclosure.db"
    site, n = column_site()
    with static_site(site) as url:
        proc = cron(url, db, timeout=300)
    paths = {re.sub(r"^http://[^/]+", "", u) for (u,) in sqlite3.connect(db).execute("select url from articles")}
    assert {f"/info/1001/{i}.htm" for i in range(1, n + 1)} <= paths, proc.stdout + proc.stderr


def test_the_sweep_fetches_a_link_of_an_articles_shape_the_walk_missed_and_says_so(tmp_path):
    """An article that no list, pager or menu leads to, only a link inside another article, is fetched after the
    walk (its URL has the shape of the archived ones) and warned about; a link of another shape is not."""
    art = "<p>根据学校工作安排，现将有关事项通知如下，请各部门认真组织落实，按时完成各项工作任务。</p>"
    rows = "".join(
        f"<li><a href='/info/{i}.htm'>关于第{i}项工作安排的通知</a><span>2021-03-0{i}</span></li>" for i in (1, 2, 3)
    )
    site = {"/": "<html><head><title>某中学</title></head><body><a href='/list.htm'>通知公告</a></body></html>",
            "/list.htm": f"<html><head><title>通知公告</title></head><body><ul>{rows}</ul></body></html>"}  # fmt: skip
    for i in (1, 2, 3, 4):
        related = "<p>另见<a href='/info/4.htm'>第4项</a>和<a href='/about/4.htm'>简介</a></p>" if i == 1 else ""
        site[f"/info/{i}.htm"] = (f"<html><head><title>关于第{i}项工作安排的通知</title></head><body><h1>关于第{i}项工作安排"
                                  f"的通知</h1><p>发布时间：2021-03-0{i}</p><div class='content'>{art}{related}</div></body></html>")  # fmt: skip
    site["/about/4.htm"] = f"<html><head><title>学校简介</title></head><body><h1>学校简介</h1>{art}</body></html>"
    db = tmp_path / "disclosure.db"
    with static_site(site) as url:
        proc = cron(url, db, timeout=300)
    conn = sqlite3.connect(db)
    paths = {re.sub(r"^http://[^/]+", "", u) for (u,) in conn.execute("select url from articles")}
    assert paths == {"/info/1.htm", "/info/2.htm", "/info/3.htm", "/info/4.htm"}, proc.stdout + proc.stderr
    warned = [
        re.sub(r"^http://[^/]+", "", u)
        for (u,) in conn.execute("select url from warnings where message like '%sweep%'")
    ]
    assert warned == ["/info/4.htm"]


def test_a_pager_that_counts_pages_it_gives_no_link_to_is_a_warning(tmp_path):
    """A list whose pager says 共3页 but whose 下一页 and 尾页 lead nowhere (a form posts the page number): the
    rows of page 1 are archived and the pages the crawl could not reach are a warning, not a silent loss."""
    rows = "".join(
        f"<li><a href='/info/{i}.htm'>关于第{i}项工作的通知</a><span>2021-03-0{i}</span></li>" for i in (1, 2)
    )
    pager = "<div class='page'>共30条 页次：1/3页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div>"
    site = {"/": "<html><head><title>某中学</title></head><body><a href='/list.htm'>通知公告</a></body></html>",
            "/list.htm": f"<html><head><title>通知公告</title></head><body><ul>{rows}</ul>{pager}</body></html>"}  # fmt: skip
    for i in (1, 2):
        site[f"/info/{i}.htm"] = (f"<html><head><title>关于第{i}项工作的通知</title></head><body><h1>关于第{i}项工作的"
                                  f"通知</h1><p>发布时间：2021-03-0{i}</p><div class='content'><p>{'通知内容。' * 20}</p>"
                                  "</div></body></html>")  # fmt: skip
    db = tmp_path / "disclosure.db"
    with static_site(site) as url:
        proc = cron(url, db, timeout=300)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 2, proc.stdout + proc.stderr
    warned = [m for (u, m) in conn.execute("select url, message from warnings") if u.endswith("/list.htm")]
    assert warned == ["the pager says 3 pages, but names no link past page 1"]


def document_list_site():
    """A 信息公开 column whose rows link their files themselves (each row dated), beside a news column of pages; an
    article page whose attachment list is undated links."""
    pdf = (200, b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf")
    files = {m: f"/uploads/2021/{m:02d}/caiwu{m}.pdf" for m in range(1, 9)}
    rows = "".join(f"<li><a href='{files[m]}'>2021年{m}月财务收支公开表</a><span>2021-{m:02d}-10</span></li>"
                   for m in files)  # fmt: skip
    news = "".join(f"<li><a href='/news/{i}.html'>学校召开第{i}次教师大会</a><span>2021-03-{i + 10:02d}</span></li>"
                   for i in range(1, 5))  # fmt: skip
    body = "<p>学校召开了本学期第一次全体教师会议，部署了开学各项工作，要求各部门认真落实。</p>" * 3
    attached = "".join(f"<li><a href='{files[m]}'>附件{m}：2021年{m}月财务收支公开表.pdf</a></li>" for m in (1, 2, 3))

    def page(title, main):
        return (f"<html><head><title>{title}_某中学</title></head><body><div class='nav'><a href='/'>首页</a> "
                f"<a href='/xxgk/'>信息公开</a> <a href='/news/'>学校新闻</a></div>{main}"
                "<div class='foot'>某中学 版权所有</div></body></html>")  # fmt: skip

    site = {"/": page("首页", "<a href='/xxgk/'>信息公开</a> <a href='/news/'>学校新闻</a>"),
            "/xxgk/": page("信息公开", f"<ul class='list'>{rows}</ul>"),
            "/news/": page("学校新闻", f"<ul class='list'>{news}</ul>"), **{f: pdf for f in files.values()}}  # fmt: skip
    for i in range(1, 5):
        site[f"/news/{i}.html"] = page(
            f"学校召开第{i}次教师大会",
            f"<h1>学校召开第{i}次教师大会</h1><div class='info'>发布时间：2021-03-{i + 10:02d}</div>"
            f"<div class='content'>{body}<ul>{attached}</ul></div>",
        )
    return site


def test_a_list_whose_rows_link_their_files_archives_each_file_under_its_rows_title_and_day(tmp_path):
    """Silent loss before: the eight files of a 信息公开 column were never archived and the crawl said ok."""
    db = tmp_path / "disclosure.db"
    with static_site(document_list_site()) as url:
        proc = cron(url, db, timeout=300)
    conn = sqlite3.connect(db)
    got = {(re.sub(r"^http://[^/]+", "", u), t, (p or "")[:10]) for u, t, p in
           conn.execute("select url, title, published from articles")}  # fmt: skip
    files = {
        (f"/uploads/2021/{m:02d}/caiwu{m}.pdf", f"2021年{m}月财务收支公开表", f"2021-{m:02d}-10") for m in range(1, 9)
    }
    pages = {(f"/news/{i}.html", f"学校召开第{i}次教师大会", f"2021-03-{i + 10:02d}") for i in range(1, 5)}
    assert got == files | pages, proc.stdout + proc.stderr
    # each file record holds its file, fetched and stored like any attachment
    held = conn.execute(
        "select count(*) from articles a join attachments f on f.article_id = a.id and f.url = a.url where f.sha256 is not null"
    ).fetchone()[0]
    assert held == 8


def test_a_full_recrawl_reads_file_records_from_their_rows_again_and_changes_nothing(tmp_path):
    """A file record has no page: re-read without its row (a full walk's refetch, a revisit) it would lose its
    title and day and make a false version. It is read from its row again, unchanged."""
    db = tmp_path / "disclosure.db"
    with static_site(document_list_site()) as url:
        cron(url, db, timeout=300)
        proc = cron(url, db, "--mode", "full", timeout=300)
    assert " ok: new=0 changed=0 " in proc.stdout, proc.stdout + proc.stderr
    conn = sqlite3.connect(db)
    files = conn.execute("select id, title, published from articles where url like '%.pdf'").fetchall()
    assert len(files) == 8 and all(t and p for _, t, p in files)
    versions = conn.execute(
        "select count(*) from article_versions where article_id in (select id from articles where url like '%.pdf')"
    ).fetchone()[0]
    assert versions == 8


def test_a_page_read_as_no_list_still_leads_to_its_next_pages(tmp_path):
    """A picture column of two undated captions a page (too few to be a list), eight pages long: read as a page of
    links, its pager's next pages are still followed, each at the depth of the first, and their articles archived."""
    art = "<p>为丰富校园文化生活，学校组织开展了本次活动，全体师生积极参与，活动取得圆满成功。</p>"

    def path(n):
        return "/tp/index.htm" if n == 1 else f"/tp/index_{n}.htm"

    def page(n):
        links = "".join(
            f"<li><a href='/tp/{i}.htm'><img src='/u/{i}.jpg'><p>图片{i}</p></a></li>" for i in (2 * n - 1, 2 * n)
        )
        nxt = f"<a href='{path(n + 1)}'>下一页</a>" if n < 8 else ""
        pager = (
            f"<div class='pages'><a href='{path(1)}'>首页</a> <a href='{path(max(1, n - 1))}'>上一页</a> {nxt}</div>"
        )
        return f"<html><head><title>校园风采</title></head><body><ul class='pics'>{links}</ul>{pager}</body></html>"

    site = {"/": "<html><head><title>某小学</title></head><body><a href='/tp/index.htm'>校园风采</a></body></html>"}
    site.update({path(n): page(n) for n in range(1, 9)})
    for i in range(1, 17):
        site[f"/tp/{i}.htm"] = (f"<html><head><title>图片{i}</title></head><body><h1>图片{i}</h1>"
                                f"<p>发布时间：2021-03-{i:02d}</p><div class='content'>{art}</div></body></html>")  # fmt: skip
    db = tmp_path / "disclosure.db"
    with static_site(site) as url:
        proc = cron(url, db, timeout=300)
    paths = {re.sub(r"^http://[^/]+", "", u) for (u,) in sqlite3.connect(db).execute("select url from articles")}
    assert paths == {f"/tp/{i}.htm" for i in range(1, 17)}, proc.stdout + proc.stderr
