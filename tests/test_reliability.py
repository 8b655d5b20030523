"""Faults and bad input: the crawl goes on, nothing is lost, errors are recorded and clear."""

import asyncio
import sqlite3
import threading
import urllib.parse
import urllib.request

import pytest
from conftest import PORTAL, collect, respond
from scrapy.http import Request, Response

from jiangbei_crawler import store as storage
from jiangbei_crawler.crawl import plan
from jiangbei_crawler.crawl.middlewares import BackoffRetryMiddleware, retry_after_seconds
from jiangbei_crawler.extract.encoding import decode_html, looks_binary
from jiangbei_crawler.extract.links import same_host
from jiangbei_crawler.items import ArticleItem, FetchErrorItem
from jiangbei_crawler.testing import (
    compare,
    crawl,
    cron,
    datasette,
    end_outage,
    fresh_db,
    replica,
    serve,
    truth,
    wait_for,
)

FAULTS = ["--fault-5xx", "0.05", "--fault-hang", "0.02", "--fault-truncate", "0.01", "--fault-reset", "0.01",
          "--fault-429", "0.01", "--hang-seconds", "10", "--outage-seconds", "3600"]  # fmt: skip
FAULT_SETTINGS = ["-s", "DOWNLOAD_TIMEOUT=3", "-s", "RETRY_BACKOFF_BASE=0.1", "-s", "RETRY_AFTER_MAX=2"]


@pytest.mark.slow
def test_faulty_portal_first_run_fails_loudly_second_run_completes_the_archive(tmp_path):
    archive = tmp_path / "disclosure.db"
    with replica("small", extra=FAULTS) as url:
        first = cron(url, archive, *FAULT_SETTINGS)
        print("\nfirst run:", first.stdout.strip())
        assert first.returncode == 1 and "failures:" in first.stdout, first.stdout + first.stderr[-2000:]
        end_outage(url)
        second = cron(url, archive, *FAULT_SETTINGS)
        print("second run:", second.stdout.strip())
        records, removed = truth(url, "small")
    assert second.returncode == 0, second.stdout + second.stderr[-2000:]
    accuracy, wrong = compare(archive, records)
    assert wrong == [], wrong[:5]
    conn = sqlite3.connect(archive)
    reasons = {r[0].split(":")[0] for r in conn.execute("select reason from fetch_errors where crawl_id = 1")}
    assert reasons and all(r for r in reasons)
    # every error of the first run was repaired; what is left are the portal's dead links (the hostile pages'
    # <img src="x.gif">), recorded and never a failure
    left = conn.execute("select kind, url from fetch_errors where resolved = 0").fetchall()
    assert {kind for kind, _ in left} <= {"dead"} and all(url.endswith("/x.gif") for _, url in left), left[:5]


def test_backoff_grows_and_honours_retry_after():
    from scrapy.settings import Settings

    mw = BackoffRetryMiddleware(Settings({"RETRY_ENABLED": True, "RETRY_BACKOFF_BASE": 1.0, "RETRY_BACKOFF_MAX": 8}))
    delays = [mw.delay(Request(PORTAL, meta={"retry_times": n})) for n in range(6)]
    assert 0.5 <= delays[0] < 1.5 and 4 <= delays[3] < 12 and all(d < 12 for d in delays)
    slow = Response(PORTAL, status=429, headers={"Retry-After": "7"})
    assert mw.delay(Request(PORTAL), slow) >= 7
    assert retry_after_seconds(Response(PORTAL, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0


def article_response(spider, body, content_type="text/html; charset=utf-8", aid=5):
    meta = {"school": "江北区实验小学", "hints": {"title": "列表中的完整标题"}}
    return respond(spider._article_request(f"{PORTAL}/show.asp?id={aid}", meta, 0), body, content_type)


def page(body_html, info="来源:江北区实验小学&nbsp;发表时间:2013-10-25", title="<h1>标题</h1>"):
    return (
        '<html><head><meta charset="utf-8"></head><body><div class="position">您目前的位置:校务信息公开&gt;'
        f'党务公开&gt;正文</div>{title}<div class="info">{info}</div><div id="content">{body_html}</div></body></html>'
    )


def items(spider, response):
    """What the spider yields for an article page, its parts (attachments, images) not answered."""
    return collect(spider.parse_page(response))


def answered(spider, response):
    """The same, each part answered with a page that is not what was asked for (the article then completes)."""
    out, todo = [], collect(spider.parse_page(response))
    while todo:
        o = todo.pop(0)
        if isinstance(o, Request) and "part" in o.meta:
            todo += list(spider.parse_part(respond(o, b"<html>not found</html>", "text/html")))
        else:
            out.append(o)
    return out


def only_article(out):
    arts = [o for o in out if isinstance(o, ArticleItem)]
    assert len(arts) == 1, out
    return arts[0]


BAD_INPUT = {
    "nul byte mid-page": (page("<p>前半段</p>\x00<p>后半段完整</p>").encode(), ["前半段", "后半段完整"]),
    "unclosed tags": (page("<p>一<p>二<b>三<p>四").encode(), ["一", "二三", "四"]),
    "deep nesting": (
        page("<div>" * 2000 + "深处的文字" + "</div>" * 2000 + "<p>尾巴</p>").encode(),
        ["深处的文字", "尾巴"],
    ),
    "multi-MB body": (page("<p>" + "师德师风建设。" * 400_000 + "</p><p>结尾</p>").encode(), None),
    "empty body": (page("").encode(), []),
    "script injection": (page("<p>正文<script>alert(1)</script><img src=x onerror=alert(1)></p>").encode(), ["正文"]),
    "GBK-only characters, no declaration": (
        page("<p>王镕、李堃、张喆、陈珺、周昇老师</p>").replace('<meta charset="utf-8">', "").encode("gbk"),
        ["王镕、李堃、张喆、陈珺、周昇老师"],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_is_stored_correctly(spider, case):
    body, expected_lines = BAD_INPUT[case]
    item = only_article(answered(spider, article_response(spider, body, "text/html")))
    if expected_lines is not None:
        assert (item.body_text.split("\n") if item.body_text else []) == expected_lines
    else:
        assert item.body_text.endswith("结尾") and len(item.body_text) > 2_000_000, "no text loses its tail"
    assert "\ufffd" not in item.body_text and "<script" not in item.body_html


def test_gbk_behind_a_utf8_header(spider):
    body = page("<p>王镕老师</p>").replace('<meta charset="utf-8">', '<meta charset="gb2312">').encode("gbk")
    item = only_article(items(spider, article_response(spider, body, "text/html; charset=utf-8")))
    assert item.body_text == "王镕老师" and item.title == "标题"


def test_missing_title_falls_back_to_the_list_title_with_a_warning(spider):
    item = only_article(items(spider, article_response(spider, page("<p>正文</p>", title="").encode())))
    assert item.title == "列表中的完整标题" and any("no title" in w for w in item.warnings)


@pytest.mark.parametrize("info", ["发表时间:2013-13-45", "发表时间:2099-01-01", "发表时间:待定", ""])
def test_garbage_and_future_dates_give_null_with_a_warning(spider, info):
    item = only_article(items(spider, article_response(spider, page("<p>正文</p>", info=info).encode())))
    assert item.published is None and item.warnings


def test_binary_served_as_html_is_a_clear_error_not_an_article(spider):
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 20
    out = items(spider, article_response(spider, pdf, "text/html"))
    errors = [o for o in out if isinstance(o, FetchErrorItem)]
    assert not [o for o in out if isinstance(o, ArticleItem)]
    assert len(errors) == 1 and "binary body" in errors[0].reason and errors[0].url.endswith("id=5")
    assert looks_binary(pdf) and not looks_binary(page("<p>正文</p>").encode())


def test_undecodable_bytes_are_flagged_never_silent():
    decoded = decode_html(b"<html>\x81\xfe\xff\xfe\x81</html>", "text/html; charset=utf-8")
    assert decoded.lossy is ("\ufffd" in decoded.text)


def test_links_with_backslashes_whitespace_and_template_variables(spider):
    html = (
        page("<p>附件</p>")
        .replace("</body>", "{}</body>")
        .format(
            '<div class="attach"><a href="UploadFiles\\201310\\a.doc">甲.doc</a>'
            '<a href=" \n/UploadFiles/201310/b.pdf\n ">乙.pdf</a><a href="{$UploadDir}/c.doc">丙.doc</a>'
            '<a href="http://10.1.2.3/UploadFiles/d.doc">丁.doc</a></div>'.replace("{", "{{").replace("}", "}}")
        )
    )
    out = items(spider, article_response(spider, html.encode()))
    requested = [o.url for o in out if isinstance(o, Request)]
    assert requested == [f"{PORTAL}/UploadFiles/201310/a.doc"]  # one at a time; b.pdf follows
    item = out[-1].meta["asm"].item
    urls = [a["url"] for a in item.attachments]
    assert urls == [
        f"{PORTAL}/UploadFiles/201310/a.doc",
        f"{PORTAL}/UploadFiles/201310/b.pdf",
        "http://10.1.2.3/UploadFiles/d.doc",
    ]
    assert item.attachments[2]["offsite"] is True


def test_trap_urls_are_not_followed():
    from jiangbei_crawler.extract.links import clean_href

    assert clean_href("a/a/a/show.asp?id=1", PORTAL + "/") is None
    assert clean_href("/" + "/".join(f"d{i}" for i in range(20)) + "/x.asp", PORTAL + "/") is None


def test_no_half_written_rows_when_a_batch_fails(tmp_path):
    db = fresh_db(tmp_path / "a.db")
    good = {"id": 1, "url": f"{PORTAL}/show.asp?id=1", "title": "好", "body_text": "正文", "attachments": []}
    with pytest.raises(TypeError), storage.write_transaction(db):
        storage.save_article(db, good, 1)
        storage.save_article(db, {**good, "id": 2, "attachments": [{"url": object()}]}, 1)
    assert db["articles"].count == 0 and db["article_versions"].count == 0


def recorder(hits):
    """A responder that notes every path asked of it (a host the crawl must never reach)."""
    return lambda request: hits.append(request.path) or (200, b"should never be fetched", {})


def leaking_portal(home_links, redirect_to):
    """A loopback portal whose home page holds ``home_links`` and whose every other page redirects to
    ``redirect_to``: the two ways a crawl could be led off the portal."""

    def respond(request):
        if request.path == "/":
            return 200, f'<div class="stage">{home_links}</div>', "text/html; charset=utf-8"
        return 302, b"", {"Location": redirect_to}

    return serve(respond)


def test_no_request_leaves_the_portal_host_even_through_redirects(tmp_path):
    """A second loopback address plays an off-site host; it must see no request at all."""
    hits = []
    with serve(recorder(hits), host="127.0.0.2") as off:
        home = f'<a href="school.asp?sid=1">甲</a><a href="{off}/school.asp?sid=2">乙</a>'
        with leaking_portal(home, f"{off}/school.asp?sid=3") as url:
            crawl(url, tmp_path / "a.db", settings={"ROBOTSTXT_OBEY": "0"})
    assert hits == []
    offsite = [r[0] for r in sqlite3.connect(tmp_path / "a.db").execute("select url from offsite_links")]
    assert f"{off}/school.asp?sid=2" in offsite


def test_another_port_of_the_portal_host_is_off_site_links_and_redirects_alike(tmp_path):
    """An admin console on another port of the portal's own host is another origin: never fetched, recorded."""
    hits = []
    with serve(recorder(hits)) as admin:
        home = f'<a href="school.asp?sid=1">甲</a><a href="{admin}/admin/users">乙</a>'
        with leaking_portal(home, f"{admin}/metrics") as url:
            crawl(f"{url}/", tmp_path / "a.db", settings={"ROBOTSTXT_OBEY": "0"})
    assert hits == []
    offsite = {r[0] for r in sqlite3.connect(tmp_path / "a.db").execute("select url from offsite_links")}
    assert {f"{admin}/admin/users", f"{admin}/metrics"} <= offsite, offsite


def test_origins_compare_scheme_host_and_port_with_default_ports_filled_in():
    assert same_host("http://Portal.example:80/a.asp", "http://portal.example/")
    assert same_host("https://portal.example/a", "https://portal.example:443")
    assert not same_host("http://portal.example:8080/a", "http://portal.example")
    assert not same_host("https://portal.example/a", "http://portal.example")
    assert not same_host("http://portal.example:99999/a", "http://portal.example")


@pytest.mark.slow
def test_datasette_reads_while_a_crawl_writes_without_locking_errors(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    db_path = root / "disclosure.db"
    fresh_db(db_path).close()
    results, stop = [], threading.Event()
    search = urllib.parse.quote("师德")
    paths = [f"/disclosure/articles.json?_search={search}&_size=5", "/disclosure/crawls.json",
             "/disclosure/articles.json"]  # fmt: skip

    def reader(base):
        while not stop.is_set():
            for path in paths:
                try:
                    with urllib.request.urlopen(base + path, timeout=10) as resp:
                        results.append((resp.status, resp.read()))
                except urllib.error.HTTPError as err:
                    results.append((err.code, err.read()))

    log = tmp_path / "datasette.log"
    with log.open("w") as err, datasette(root, stderr=err) as base, replica("tiny") as url:
        thread = threading.Thread(target=reader, args=(base,))
        thread.start()
        try:
            crawl(url, db_path, settings={"ARCHIVE_BATCH_SIZE": "5"})
            during = len(results)
            # a few more rounds of reads of the finished archive (counted, not timed)
            assert wait_for(lambda: len(results) >= during + 2 * len(paths), timeout=60)
        finally:
            stop.set()
            thread.join(30)
    assert during > 20
    assert all(status == 200 for status, _ in results), [r for r in results if r[0] != 200][:2]
    assert not any(b"database is locked" in body for _, body in results) and "locked" not in log.read_text()


def test_stored_attachment_paths_come_only_from_sha256(tmp_path):
    sha = "a" * 64
    rel = storage.store_file(str(tmp_path), b"bytes", sha)
    assert rel == f"aa/{sha}" and (tmp_path / rel).read_bytes() == b"bytes"
    with pytest.raises(ValueError):
        storage.store_file(str(tmp_path), b"x", "../../etc/passwd")


def test_asyncio_available_for_backoff():
    assert asyncio.iscoroutinefunction(BackoffRetryMiddleware.process_response)


def test_oversized_responses_are_skipped_and_recorded(tmp_path):
    db = tmp_path / "a.db"
    with replica("tiny") as url:
        crawl(url, db, settings={"DOWNLOAD_MAXSIZE": "1000000", "DOWNLOAD_WARNSIZE": "500000"})
        records, _ = truth(url)
    huge = max(records, key=lambda r: len(r["body_text"]))
    conn = sqlite3.connect(db)
    reasons = [r[0] for r in conn.execute("select reason from fetch_errors where url = ?", [huge["url"]])]
    assert reasons and all("size" in r.lower() or "cancel" in r.lower() for r in reasons), reasons
    assert not conn.execute("select 1 from articles where id = ?", [huge["id"]]).fetchall()
    assert conn.execute("select count(*) from articles").fetchone()[0] == len(records) - 1


def test_failed_article_parts_are_retried_through_the_whole_article():
    db = fresh_db()
    article = {"id": 7, "url": f"{PORTAL}/show.asp?id=7", "title": "标题", "body_text": "正文", "attachments": []}
    storage.save_article(db, article, 1)
    failures = [
        {"url": f"{PORTAL}/counter.asp?id=7", "reason": "HTTP 502", "page_kind": "part", "article_id": 7},
        {"url": f"{PORTAL}/show.asp?id=8", "reason": "continuation page failed", "page_kind": "article",
         "meta": {"school": "江北区实验小学"}},
        {"url": f"{PORTAL}/show.asp?id=8&page=2", "reason": "HTTP 503", "page_kind": "part", "article_id": 8},
        {"url": f"{PORTAL}/list.asp?sid=1&cid=2", "reason": "HTTP 500", "page_kind": "list"},
        {"url": f"{PORTAL}/gone.asp", "reason": "dead link (HTTP 404)", "kind": "dead"},
    ]  # fmt: skip
    for failure in failures:
        storage.save_fetch_error(db, failure, 1)
    assert sorted(plan.build_plan(db).retry) == [
        (f"{PORTAL}/list.asp?sid=1&cid=2", "list", {}),
        (f"{PORTAL}/show.asp?id=7", "article", {}),
        (f"{PORTAL}/show.asp?id=8", "article", {"school": "江北区实验小学"}),
    ]


@pytest.mark.slow
def test_redirect_loops_are_cut_recorded_and_recovered(tmp_path):
    db = tmp_path / "a.db"
    with replica("tiny", extra=["--fault-redirect", "0.2", "--outage-seconds", "3600"]) as url:
        first = crawl(url, db)
        conn = sqlite3.connect(db)
        reasons = [r[0] for r in conn.execute("select reason from fetch_errors where kind != 'dead'")]
        dead = [r[0] for r in conn.execute("select url from fetch_errors where kind = 'dead'")]
        end_outage(url)  # loops only last as long as the outage
        crawl(url, db)
        records, _ = truth(url)
    assert reasons and all("max redirections" in r for r in reasons), reasons
    # the replica's deliberate dead link (the hostile pages' <img src="x.gif">) is a 404 whenever it is not
    # looping: recorded as dead, never as a redirect failure
    assert all(u.endswith("/x.gif") for u in dead), dead
    assert "Traceback" not in first.stderr
    accuracy, wrong = compare(db, records)
    assert wrong == []


def test_a_large_page_is_read_off_the_reactor_thread(monkeypatch):
    """The spider's reading of a page: on the calling (reactor) thread when short, in a worker thread when long,
    with the same result."""
    from jiangbei_crawler.extract import classify as disclosure

    threads = []
    real = disclosure.classify
    monkeypatch.setattr(disclosure, "classify", lambda *a: threads.append(threading.get_ident()) or real(*a))
    row = "<li><a href='show.asp?id=1'>关于学校收费公示的通知</a><span>2024-01-02</span></li>"
    short = f"<html><body><ul>{row * 3}</ul></body></html>"
    long = f"<html><body><ul>{row * (disclosure.THREAD_READ_CHARS // len(row) + 1)}</ul></body></html>"
    args = ("http://portal.test/list.asp?sid=1&cid=2", "http://portal.test", (), "list", {})
    reads = [asyncio.run(disclosure.read_page(text, *args)) for text in (short, long)]
    assert threads[0] == threading.get_ident() and threads[1] != threading.get_ident()
    assert [r.kind for r in reads] == [real(text, *args).kind for text in (short, long)]
