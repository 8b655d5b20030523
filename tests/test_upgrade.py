"""Old archives just work: `jiangbei-crawler upgrade` says what it changed, and Datasette brings an archive
written by an older version up to date before it serves it, or refuses to start with one line saying what
to run. The old archive is tests/fixtures/old_archive.sql, the schema of an early version."""

import asyncio
import fcntl
import os
import pathlib
import sqlite3
import subprocess
import sys
from urllib.parse import quote

import click
import pytest
from datasette.app import Datasette
from test_attack import without_root_override

from jiangbei_crawler import store as storage
from jiangbei_crawler.store import lock, search, upgrade
from jiangbei_crawler.testing import ROOT, archive_config, cli, fresh_db

OLD_ARCHIVE_SQL = pathlib.Path(__file__).parent / "fixtures" / "old_archive.sql"


def make_old_archive(path):
    conn = sqlite3.connect(path)
    conn.executescript(OLD_ARCHIVE_SQL.read_text(encoding="utf-8"))
    conn.close()
    return path


@pytest.fixture
def site(tmp_path):
    """A copy of archive/ whose disclosure.db an early version wrote: (config directory, database path)."""
    root = tmp_path / "archive"
    root.mkdir()
    archive_config(root)
    return root, make_old_archive(root / "disclosure.db")


def columns(conn, table):
    return [r[1] for r in conn.execute(f"pragma table_info([{table}])")]


def shape(path):
    """What an archive's schema amounts to: each object's type, each table's columns, each index's keys."""
    conn = sqlite3.connect(path)
    objects = dict(conn.execute("select name, type from sqlite_master where name not like 'sqlite_%'"))
    return {
        "objects": objects,
        "columns": {n: sorted(columns(conn, n)) for n, t in objects.items() if t == "table"},
        "indexes": {
            n: [r[2:4] for r in conn.execute(f"pragma index_xinfo([{n}])") if r[5]]
            for n, t in objects.items()
            if t == "index"
        },  # fmt: skip
        "fts": conn.execute("select sql from sqlite_master where name = ?", [search.FTS_TABLE]).fetchone()[0],
    }


def has_search_id(path):
    return "search_id" in columns(sqlite3.connect(path), "articles")


def test_the_old_archive_is_brought_to_the_shape_of_a_new_one(tmp_path):
    old = make_old_archive(tmp_path / "old.db")
    db = storage.open_db(str(old))
    pending = storage.pending_changes(sqlite3.connect(f"file:{old}?mode=ro", uri=True))
    with storage.write_transaction(db):
        changes = storage.upgrade_report(db)
    assert changes == pending and len(changes) > 10
    assert storage.upgrade_report(db) == [] and storage.pending_changes(db) == []
    fresh_db(tmp_path / "new.db")
    assert shape(old) == shape(tmp_path / "new.db")
    # the rows are all there, search_id is id, and the rebuilt index finds what instr() finds
    assert db.execute("select count(*), sum(search_id = id) from articles").fetchone() == (3, 3)
    assert db.execute("select count(*) from article_versions").fetchone()[0] == 4
    hits = {r[0] for r in db.execute("select rowid from articles_fts where articles_fts match ?",
                                     [search.fts_query("师德")])}  # fmt: skip
    assert hits == {101}
    assert {(fk.column, fk.other_table) for fk in db["removals"].foreign_keys} == {("article_id", "articles")}


def test_only_what_differs_is_replaced():
    db = fresh_db()
    db.execute("drop view latest_versions")
    db.execute("create view latest_versions as select 1 as article_id")
    db.execute("drop index idx_articles_published_search_id")
    db.execute("create index idx_articles_published_search_id on articles(published, search_id)")  # not desc
    db.execute("drop index idx_versions_changed")
    assert storage.upgrade_report(db) == [
        "index replaced: idx_articles_published_search_id (another definition)",
        "index created: idx_versions_changed",
        "view replaced: latest_versions",
    ]
    assert storage.upgrade_report(db) == []


def test_upgrade_lists_what_it_changed_and_a_second_run_nothing(site):
    root, path = site
    first = cli("upgrade", "--archive", str(path))
    assert first.returncode == 0 and first.stderr == "", first.stderr
    lines = first.stdout.splitlines()
    assert lines[-1] == f"archive up to date: {path}"
    assert "table created: images" in lines and "search index rebuilt: articles_fts (another definition)" in lines
    assert any(line.startswith("columns added to articles: ") and "search_id" in line for line in lines)
    assert "index dropped: idx_articles_published (superseded)" in lines
    second = cli("upgrade", "--archive", str(path))
    assert second.returncode == 0 and second.stdout == f"already up to date: {path}\n"


def get(datasette, path, **params):
    return asyncio.run(datasette.client.get(path, params=params or None))


def test_without_the_start_up_upgrade_the_old_archive_fails(site, monkeypatch):
    """What the fixture stands for: search and feeds answer 400, article pages 500."""
    root, path = site
    monkeypatch.setattr(upgrade, "on_start", lambda *args: None)
    ds = Datasette(config_dir=root)
    assert get(ds, "/disclosure/search", q="师德").status_code == 400
    assert get(ds, "/disclosure/feed_new.atom").status_code == 400
    assert get(ds, "/disclosure/articles/101").status_code == 500


def test_datasette_upgrades_an_old_archive_before_serving_it(site, capsys):
    root, path = site
    ds = Datasette(config_dir=root)
    asyncio.run(ds.invoke_startup())
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"upgraded {path} to this version's schema"), err
    assert "search_id" in err[0] and has_search_id(path)
    search_page = get(ds, "/disclosure/search", q="师德")
    assert search_page.status_code == 200 and "<mark>师德</mark>" in search_page.text
    assert get(ds, "/disclosure/articles.json", _search="师德", _shape="array").json()[0]["id"] == 101
    for feed in ("feed_new", "feed_changed", "feed_removed"):
        resp = get(ds, f"/disclosure/{feed}.atom")
        assert resp.status_code == 200 and "<feed" in resp.text, feed
    article = get(ds, "/disclosure/articles/101")
    assert article.status_code == 200 and "关于加强师德师风建设的通知" in article.text
    assert get(ds, "/disclosure/article_versions/101,2").status_code == 200
    # the next start finds it current and says nothing
    asyncio.run(Datasette(config_dir=root).invoke_startup())
    assert capsys.readouterr().err == ""


def serve_get(root, path, as_user=False):
    """`datasette serve root --get path`: start-up, then one request, then exit (0 when it answered 200)."""
    cmd = [sys.executable, "-m", "datasette", "serve", str(root), "--get", path]
    return subprocess.run(without_root_override(cmd) if as_user else cmd, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)  # fmt: skip


def test_datasette_serve_upgrades_then_answers(site):
    root, path = site
    proc = serve_get(root, f"/disclosure/search?q={quote('师德')}")
    assert proc.returncode == 0, proc.stderr
    assert "<mark>师德</mark>" in proc.stdout
    assert [line for line in proc.stderr.splitlines() if "upgraded" in line][0].startswith(f"upgraded {path}")


def test_a_read_only_old_archive_is_refused_in_one_line(site):
    root, path = site
    path.chmod(0o444)
    proc = serve_get(root, "/disclosure/articles.json", as_user=True)
    assert proc.returncode == 1 and proc.stdout == "", proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "read-only" in lines[0] and f"`jiangbei-crawler upgrade --archive {path}`" in lines[0]
    assert not has_search_id(path)


def test_a_read_only_archive_that_is_current_is_served_as_it_is(site):
    root, path = site
    assert cli("upgrade", "--archive", str(path)).returncode == 0
    path.chmod(0o444)
    before = path.stat().st_mtime_ns
    proc = serve_get(root, "/disclosure/articles.json?_shape=array", as_user=True)
    assert proc.returncode == 0 and '"id": 101' in proc.stdout, proc.stderr
    assert "upgrade" not in proc.stderr and path.stat().st_mtime_ns == before


def test_start_up_leaves_an_old_archive_alone_while_a_crawl_holds_the_lock(site):
    root, path = site
    assert lock.acquire(lock.lock_path(path)) is None  # as a crawl would
    try:
        proc = serve_get(root, "/disclosure/articles.json")
    finally:
        lock.release(lock.lock_path(path))
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1 and len(lines) == 1, proc.stderr
    assert f"a crawl holds its lock (pid {os.getpid()}), so it was not upgraded" in lines[0]
    assert f"`jiangbei-crawler upgrade --archive {path}`" in lines[0]
    assert not has_search_id(path)
    assert serve_get(root, "/disclosure/articles.json").returncode == 0  # the crawl over, it is upgraded
    assert has_search_id(path)


def test_in_process_start_up_refuses_with_a_click_error_while_the_lock_is_held(site):
    root, path = site
    with open(lock.lock_path(path), "a+") as other:  # another process's hold, as flock sees it
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(click.ClickException, match="so it was not upgraded"):
            asyncio.run(Datasette(config_dir=root).invoke_startup())
    assert not has_search_id(path)


def test_the_lock_held_for_an_upgrade_is_released_unless_it_was_held_before(tmp_path):
    path = str(tmp_path / "a.db.lock")
    with lock.held(path) as holder:
        assert holder is None
    assert os.path.abspath(path) not in lock._held
    assert lock.acquire(path) is None
    try:
        with lock.held(path) as holder:
            assert holder is None
        assert os.path.abspath(path) in lock._held
    finally:
        lock.release(path)
