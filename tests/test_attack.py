"""Unattended for years: every hole found by attacking the crawler and the archive, as a test.

Rows of the attack report, in order: script injection in Datasette, memory exhaustion through SQL, big
integers, SIGTERM, deep nesting, zip bombs, 300,000 links, 3,000 continuation pages, disk full, corrupt or
read-only archive, bad PORTAL_URL, and the small ones.
"""

import asyncio
import os
import shutil
import signal
import sqlite3
import subprocess
import time

import pytest
from datasette.app import Datasette
from hostile_portal import GOOD, Portal, article, hostile_portal

from jiangbei_crawler import store as storage
from jiangbei_crawler.documents import ocr
from jiangbei_crawler.documents.attachment_text import DEFERRED, Guard, guarded_text
from jiangbei_crawler.replica.files import docx
from jiangbei_crawler.store import search
from jiangbei_crawler.testing import (
    ROOT,
    archive_config,
    crawl,
    crawl_cmd,
    cron,
    cron_cmd,
    fresh_db,
    q,
    replica,
    small_disk,
    truth,
    wait_for,
    without_root_override,
)


def articles(db):
    try:
        return q(db, "select count(*) from articles")[0][0] if os.path.exists(db) else 0
    except sqlite3.OperationalError:
        return 0  # the archive is being created


def hostile_crawl(mode, tmp_path, **settings):
    db = tmp_path / "disclosure.db"
    with hostile_portal(mode) as (url, portal):
        proc = crawl(url, db, settings=settings)
    return db, proc, portal


# ---- 1. script injection in Datasette ---------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = archive_config(tmp_path_factory.mktemp("site"))
    db = fresh_db(root / "disclosure.db")
    storage.save_article(db, {"id": 1, "url": "http://p/show.asp?id=1", "title": "师德<script>alert(1)</script>",
                              "body_text": "mark 师德师风", "attachments": []}, 1)  # fmt: skip
    storage.save_removal(db, {"article_id": 1, "url": "http://p/show.asp?id=1", "status": 200, "final_url": "x",
                              "kind": "soft404", "snippet": "<script>alert('该信息不存在');history.back();</script>"}, 2)  # fmt: skip
    db.close()
    return root


def get(ds, path, **params):
    return asyncio.run(ds.client.get(path, params=params or None))


def test_no_column_renders_raw_html_but_the_snippets_search_made(site):
    ds = Datasette(config_dir=site, settings={"default_allow_sql": True})
    reflected = get(ds, "/disclosure", sql="select '<script>alert(1)</script>' as snippet").text
    assert "<script>alert(1)</script>" not in reflected and "&lt;script&gt;alert(1)&lt;/script&gt;" in reflected
    stored = get(ds, "/disclosure", sql="select snippet from removals").text
    assert "<script>alert(" not in stored
    tag = get(ds, "/disclosure", sql="select '<mark onmouseover=alert(1)>x</mark>' as snippet").text
    assert "<mark onmouseover" not in tag
    found = get(ds, "/disclosure/search", q="师德").text
    assert "<mark>师德</mark>" in found and "<script>alert(1)" not in found


def test_highlighting_never_touches_the_markup():
    assert search.snippet("alert a mark", "alert a") == "<mark>alert</mark> <mark>a</mark> m<mark>a</mark>rk"
    assert search.snippet("a<b & c", "b") == "a&lt;<mark>b</mark> &amp; c"
    assert search.is_safe_snippet(search.snippet("<x> 师德", "师德"))
    assert not search.is_safe_snippet("<mark onclick=x>y</mark>") and not search.is_safe_snippet("&foo;")


# ---- 2. memory through SQL -------------------------------------------------------------------------


def test_arbitrary_sql_is_off_and_values_are_bounded_even_when_it_is_on(site):
    ds = Datasette(config_dir=site)
    assert get(ds, "/disclosure.json", sql="select 1").status_code == 403
    assert get(ds, "/disclosure/latest.json").status_code == 200, "canned queries stay"
    opened = Datasette(config_dir=site, settings={"default_allow_sql": True})
    started = time.monotonic()
    response = get(opened, "/disclosure.json", sql="select zeroblob(500000000) as b")
    assert response.status_code == 400 and "too big" in response.text and time.monotonic() - started < 5


# ---- 3. big integers -------------------------------------------------------------------------------


def test_numbers_past_2_to_the_63_lose_nothing(tmp_path):
    db, proc, portal = hostile_crawl("bigint", tmp_path)
    assert sorted(r[0] for r in q(db, "select id from articles")) == list(GOOD)
    assert q(db, "select visits from articles where id in (101, 102)") == [(None,), (None,)], "never a truncated number"
    assert q(db, "select total from lists") == [(None,)]
    assert q(db, "select status from crawls") == [("ok",)]
    assert q(db, "select kind from fetch_errors where url like '%99999999999999999999999'") == [("dead",)]


def test_one_bad_item_is_recorded_and_its_batch_is_kept(tmp_path):
    from jiangbei_crawler.crawl.pipelines import ArchivePipeline

    db = fresh_db(tmp_path / "a.db")
    pipeline = ArchivePipeline.__new__(ArchivePipeline)
    pipeline.db, pipeline.buffer = db, []
    pipeline.session = type("S", (), {"counts": dict.fromkeys(("new", "changed", "unchanged", "removed", "suspected",
                                      "restored", "errors", "dead"), 0), "crawl_id": 1, "failure": None, "path": "a.db"})()  # fmt: skip
    from jiangbei_crawler.items import ListPageItem

    good = ListPageItem("http://p/list.asp?sid=1&cid=2", "江北区实验小学", "党务公开", 3, 1, 3)
    bad = ListPageItem("http://p/list.asp?sid=1&cid=3", "江北区实验小学", "校务公开", 2**70, 1, 3)
    pipeline.buffer = [good, bad]
    pipeline.flush()
    assert [r[0] for r in db.execute("select url from lists")] == [good.url]
    assert "OverflowError" in db.execute("select reason from fetch_errors").fetchone()[0]
    assert pipeline.session.counts["errors"] == 1


# ---- 4. SIGTERM ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_sigterm_is_an_interruption_that_the_next_crawl_resumes(tmp_path):
    db = tmp_path / "disclosure.db"
    with replica("tiny") as url:
        proc = subprocess.Popen(crawl_cmd(url, db, settings={"ARCHIVE_BATCH_SIZE": "10", "CONCURRENT_REQUESTS_PER_DOMAIN": "2"}),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)  # fmt: skip
        assert wait_for(lambda: articles(db) >= 20, timeout=60)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 1, "an interrupted crawl does not exit 0"
        assert q(db, "select status from crawls") == [("interrupted",)]
        crawl(url, db)
        records, _ = truth(url)
    assert [r[0] for r in q(db, "select status from crawls order by id")] == ["interrupted", "ok"]
    assert q(db, "select count(*) from articles")[0][0] == len(records)


def test_a_crawl_left_running_is_interrupted_whatever_its_pid_has_become(tmp_path):
    db = tmp_path / "disclosure.db"
    conn = fresh_db(db)
    storage.start_crawl(conn, "full", os.getpid())  # a live pid: pid reuse can no longer keep it 'running'
    conn.close()
    with hostile_portal("plain") as (url, portal):
        crawl(url, db)
    assert [r[0] for r in q(db, "select status from crawls order by id")] == ["interrupted", "ok"]


# ---- 5. deep nesting ----------------------------------------------------------------------------------


def test_deep_nesting_loses_no_text_and_says_so(tmp_path):
    db, proc, portal = hostile_crawl("deep", tmp_path)
    body, school = q(db, "select body_text, school from articles where id = 101")[0]
    assert body.split("\n") == ["深处", "嵌套之后的文字", "附件.doc"] and school == "江北区实验小学"
    assert q(db, "select url from attachments where article_id = 101")[0][0].endswith("/UploadFiles/after.doc")
    assert any("nesting deeper than" in m for (m,) in q(db, "select message from warnings"))
    assert sorted(r[0] for r in q(db, "select article_id from listings")) == list(GOOD)


# ---- 6. zip bombs --------------------------------------------------------------------------------------


def test_a_zip_bomb_attachment_is_archived_and_its_text_refused(tmp_path):
    db, proc, portal = hostile_crawl("zipbomb", tmp_path)
    sha, error = q(db, "select sha256, text_error from attachments where article_id = 101")[0]
    assert sha and "unpacks to 150 MB" in error
    assert q(db, "select status from crawls") == [("ok",)]


def test_extraction_runs_under_a_time_limit_and_a_memory_cap():
    slow = Guard(time_limit=0.001)
    text, error = guarded_text(docx(["第一行"]), slow)
    assert text is None and "longer than" in error
    assert guarded_text(docx(["第二行"])) == ("第二行", None), "a fresh worker after a killed one"
    small = Guard(memory_limit=64 * 1024 * 1024)
    text, error = guarded_text(docx(["字" * 2_000_000]), small)
    assert text is None and "memory" in error
    slow.close()
    small.close()


class RtfPortal(Portal):
    """Each good article has an RTF attachment: text that takes the worker a moment to extract."""

    def article_page(self, aid, pageno):
        return article(aid, tail=f'<div class="attach">附件:<a href="/UploadFiles/a{aid}.rtf">说明{aid}.rtf</a></div>')

    def respond(self, path):
        if path.startswith("/UploadFiles/a") and path.endswith(".rtf"):
            return 200, b"{\\rtf1\\ansi note " + path[14:17].encode() + b"}", "application/rtf"
        return super().respond(path)


def test_attachment_text_past_the_crawls_budget_is_deferred_then_extracted(tmp_path):
    db = tmp_path / "disclosure.db"
    with hostile_portal("plain", RtfPortal("plain")) as (url, portal):
        crawl(url, db, settings={"ATTACHMENT_TEXT_BUDGET": "0"})
    assert q(db, "select status from crawls") == [("ok",)]
    assert q(db, "select count(*), count(distinct text_error) from attachments where text is null") == [(3, 1)]
    assert q(db, "select distinct text_error from attachments") == [(DEFERRED,)]
    counts = ocr.run(storage.open_db(str(db)), str(tmp_path / "files"), budget=120)
    assert counts["texts"] == 3
    assert q(db, "select text, text_error from attachments where article_id = 101") == [("note 101", None)]
    assert q(db, "select attachments_text from articles where id = 102") == [("note 102",)]


# ---- 7. 300,000 links --------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_list_of_300000_links_is_cut_and_the_cut_recorded(tmp_path):
    started = time.monotonic()
    db, proc, portal = hostile_crawl("links", tmp_path)
    assert time.monotonic() - started < 120
    assert {101, 102, 103} <= {r[0] for r in q(db, "select id from articles")}
    assert any("only 2000 taken" in m for (m,) in q(db, "select message from warnings"))
    assert q(db, "select count(*) from frontier")[0][0] == 0, "every row fetched or recorded"


# ---- 8. 3,000 continuation pages ---------------------------------------------------------------------


def test_an_endless_article_is_cut_and_the_cut_recorded(tmp_path):
    db, proc, portal = hostile_crawl("pages", tmp_path)
    assert portal.hits["/show.asp"] <= 60
    assert q(db, "select body_text like '%第50页。' from articles where id = 101") == [(1,)]
    assert any("cut at page 50" in m for (m,) in q(db, "select message from warnings"))


# ---- 9. disk full --------------------------------------------------------------------------------------


def test_a_full_disk_fails_in_one_line_and_never_says_ok(tmp_path):
    archive = tmp_path / "disclosure.db"
    with replica("tiny") as url:
        proc = cron(url, archive, preexec_fn=small_disk(400_000), timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "ok" not in proc.stdout.split(":")[0] and "full" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and len(proc.stderr.splitlines()) <= 3, proc.stderr[-2000:]


# ---- 10. corrupt or read-only archive --------------------------------------------------------------------


def test_a_corrupt_archive_is_one_clear_line(tmp_path):
    archive = tmp_path / "disclosure.db"
    archive.write_bytes(b"this is not a database" * 100)
    with hostile_portal("plain") as (url, portal):
        proc = cron(url, archive, timeout=300)
        plain = subprocess.run(crawl_cmd(url, archive), capture_output=True, text=True, cwd=ROOT)
    for p in (proc, plain):
        assert p.returncode != 0 and "Traceback" not in p.stderr
        assert "is not a readable SQLite database" in p.stderr and "restore it from a backup" in p.stderr


def test_a_read_only_archive_is_one_clear_line(tmp_path):
    shared = tmp_path / "ro"
    shared.mkdir()
    archive = shared / "disclosure.db"
    fresh_db(archive).close()
    for path in shared.iterdir():
        path.chmod(0o444)
    shared.chmod(0o555)
    tmp_path.chmod(0o755)
    env = {**os.environ, "HOME": str(shared)}
    try:
        with hostile_portal("plain") as (url, portal):
            proc = subprocess.run(without_root_override(cron_cmd(url, archive)), capture_output=True, text=True,
                                  timeout=300, env=env, cwd=ROOT)  # fmt: skip
    finally:
        shared.chmod(0o755)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "read-only" in proc.stderr or "cannot open the lock file" in proc.stderr, proc.stderr


# ---- 11. bad PORTAL_URL ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "portal, message",
    [("", "no portal URL"), ("portal.example", "is not an http(s) URL: use e.g. http://portal.example")],
)
def test_a_bad_portal_url_is_one_clear_line(tmp_path, portal, message):
    cmd = crawl_cmd("", tmp_path / "d.db", settings={"PORTAL_URL": portal})
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "JIANGBEI_PORTAL_URL": ""})
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr, proc.stderr


def test_an_unreachable_portal_exits_non_zero_with_the_reason(tmp_path):
    proc = crawl("http://127.0.0.1:9", tmp_path / "d.db", settings={"RETRY_TIMES": "0"})
    assert proc.returncode == 1 and "the home page did not answer" in proc.stderr and "Traceback" not in proc.stderr


# ---- 12. small ones -------------------------------------------------------------------------------------


def test_an_attachment_id_past_sqlite_integers_is_a_404(site):
    ds = Datasette(config_dir=site)
    assert get(ds, "/-/attachment/99999999999999999999999/1").status_code == 404


def test_scrapys_control_server_is_off_and_leaves_no_job_files(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    with hostile_portal("plain") as (url, portal):
        proc = subprocess.run(crawl_cmd(url, tmp_path / "d.db"), capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state")})  # fmt: skip
    assert proc.returncode == 0 and "extensions.remote_control" not in proc.stderr, "not among the enabled extensions"
    assert not list(home.rglob("*.json")), list(home.rglob("*"))
    shutil.rmtree(home)
