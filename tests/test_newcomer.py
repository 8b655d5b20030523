"""A newcomer's first hour: the demo tells the archive's story, cron runs as the README writes it, and the
usual mistakes (a misspelt setting or archive path, another portal) are caught in one line."""

import os
import re
import shlex
import sqlite3
import subprocess
import sys

import pytest

from jiangbei_crawler import store as storage
from jiangbei_crawler.crawl.local import FAST_ARGS
from jiangbei_crawler.testing import ROOT, archive_config, cli, free_port, fresh_db, replica


def dead_portal():
    """A loopback address nothing listens on: a crawl of it starts, and fails at once."""
    return f"http://127.0.0.1:{free_port()}"


QUICK_FAIL = [*FAST_ARGS, "-s", "RETRY_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0"]


def test_a_misspelt_setting_is_refused_naming_the_likely_intent(tmp_path):
    archive = tmp_path / "d.db"
    proc = cli("cron", "--portal", dead_portal(), "--archive", str(archive), "-s", "OCR_BUGDET=0")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr == "error: unknown setting OCR_BUGDET: did you mean OCR_BUDGET?\n"
    assert not archive.exists(), "nothing is created for a refused crawl"
    scrapy = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "disclosure", "-s", f"PORTAL_URL={dead_portal()}",
                             "-s", f"ARCHIVE_PATH={archive}", "-s", "DOWNLOAD_DELAYS=0"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert (
        scrapy.returncode == 2
        and "error: unknown setting DOWNLOAD_DELAYS: did you mean DOWNLOAD_DELAY?" in scrapy.stderr
    )


def test_a_new_archive_is_announced_once(tmp_path):
    archive = tmp_path / "typo" / "disclosre.db"
    url = dead_portal()
    first = cli("cron", "--portal", url, "--archive", str(archive), *QUICK_FAIL)
    assert f"new archive: {archive}" in first.stderr, first.stderr
    second = cli("cron", "--portal", url, "--archive", str(archive), *QUICK_FAIL)
    assert "new archive" not in second.stderr and second.returncode == 1, second.stdout + second.stderr


def test_an_archive_keeps_its_portal_until_the_operator_says_it_moved(tmp_path):
    archive = tmp_path / "d.db"
    port = free_port()
    old, new = f"http://127.0.0.1:{port}", f"http://localhost:{port}"
    cli("cron", "--portal", old, "--archive", str(archive), *QUICK_FAIL)
    db = storage.open_db(str(archive))
    assert storage.get_meta(db, "portal_url") == old
    db["articles"].insert({"id": 7, "url": f"{old}/show.asp?id=7", "title": "t"})
    db.close()
    other = cli("cron", "--portal", new, "--archive", str(archive), *QUICK_FAIL)
    assert other.returncode == 2 and other.stderr.count("\n") == 1, other.stderr
    assert f"is the archive of {old}, not of {new}" in other.stderr
    assert f"jiangbei-crawler move-portal --archive {archive} {new}" in other.stderr
    moved = cli("move-portal", "--archive", str(archive), new)
    assert moved.returncode == 0 and f"portal moved: {old} -> {new}; URLs rewritten: articles 1" in moved.stdout
    again = cli("cron", "--portal", new, "--archive", str(archive), *QUICK_FAIL)
    assert "is the archive of" not in again.stderr and "crawl 2 failed" in again.stdout, again.stdout + again.stderr
    row = sqlite3.connect(archive).execute("select url from articles").fetchone()
    assert row == (f"{new}/show.asp?id=7",)


def test_moving_the_portal_rewrites_every_portal_url_and_nothing_else():
    db = fresh_db()
    old, new = "http://old.example.cn", "https://new.example.cn:8443"
    storage.set_meta(db, "portal_url", old + "/")
    rows = {table: {col: f"{old}/{table}/{col}?id=1" for col in cols} for table, cols in
            storage.PORTAL_URL_COLUMNS.items()}  # fmt: skip
    rows["offsite_links"]["url"] = "http://elsewhere.example/x"  # off the portal: never rewritten
    rows["articles"].update(id=1, title="a")
    rows["attachments"]["article_id"] = rows["images"]["article_id"] = 1
    rows["listings"].update(article_id=1, school="s", category_path="c")
    lookalike = {"id": 2, "url": old + ".evil.example/show.asp?id=2"}  # the same prefix, another host
    for table, row in rows.items():
        db[table].insert(row)
    db["articles"].insert(lookalike)
    changed = storage.move_portal(db, new + "/app")
    assert changed == dict.fromkeys(storage.PORTAL_URL_COLUMNS, 1)
    for table, cols in storage.PORTAL_URL_COLUMNS.items():
        got = next(db.query(f"select * from [{table}] order by rowid limit 1"))
        want = {**{k: v for k, v in got.items() if v is None}, **rows[table]}
        want.update({col: f"{new}/{table}/{col}?id=1" for col in cols})
        assert {k: v for k, v in got.items() if k in want} == want
    assert db["articles"].get(2)["url"] == lookalike["url"]
    assert storage.get_meta(db, "portal_url") == new + "/app"


def test_the_demo_refuses_to_replace_an_archive_of_a_real_portal(tmp_path):
    archive = tmp_path / "archive" / "disclosure.db"
    db = fresh_db(archive)
    storage.set_meta(db, "portal_url", "http://portal.example/")
    db.close()
    before = archive.read_bytes()
    proc = cli("demo", "--no-serve", "--size", "tiny", "--replica-port", str(free_port()), cwd=tmp_path)
    assert proc.returncode == 2 and "is the archive of http://portal.example/, not a demo" in proc.stderr
    assert archive.read_bytes() == before


@pytest.mark.slow
def test_the_demo_tells_the_story_of_an_archive(tmp_path):
    archive_config((tmp_path / "archive").mkdir() or tmp_path / "archive")
    proc = cli("demo", "--no-serve", "--size", "tiny", "--replica-port", str(free_port()), cwd=tmp_path, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    assert len(re.findall(r"^step \d: ", proc.stdout, re.M)) == 4 and proc.stdout.count(" ok: ") == 4, proc.stdout
    db = sqlite3.connect(tmp_path / "archive" / "disclosure.db")
    one = lambda sql: db.execute(sql).fetchone()[0]  # noqa: E731
    assert one("select count(*) from articles where version > 1") > 0, "edits, with diffs"
    assert one("select count(*) from removals where confirmed = 1") > 0, "confirmed takedowns"
    assert one("select count(*) from articles where status = 'suspected'") > 0, "takedowns seen once"
    assert one("select sum(restored) from crawls") > 0, "a confirmed takedown came back"
    assert one("select value from archive_meta where key = 'demo'") == "1"
    # a second demo starts again from an empty archive: its own earlier archive is replaced, not added to
    again = cli("demo", "--no-serve", "--size", "tiny", "--replica-port", str(free_port()), cwd=tmp_path, timeout=900)
    assert again.returncode == 0 and "crawl 1 ok: new=200" in again.stdout, again.stdout + again.stderr[-2000:]


def crontab_line():
    """The command of the README's crontab line (after the five time fields)."""
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    block = re.search(r"```cron\n(.*?)```", readme, re.S).group(1)
    line = next(x for x in block.splitlines() if x.strip() and not x.startswith("#"))
    return line.split(None, 5)[5]


@pytest.mark.slow
def test_the_readme_crontab_line_runs_under_cron(tmp_path):
    """As cron runs it: `env -i` with cron's PATH, from the README, with no archive/ folder yet."""
    command = crontab_line()
    assert ">" not in command, "no shell redirection that fails before the first crawl"
    home = tmp_path / "srv"
    home.mkdir()
    (home / ".venv").symlink_to(os.path.dirname(os.path.dirname(sys.executable)))
    with replica("tiny") as url:
        command = command.replace("/srv/jiangbei-crawler", str(home)).replace("http://portal.example/", url)
        command += " " + shlex.join(FAST_ARGS)  # the replica needs no politeness
        proc = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", "SHELL=/bin/sh", "/bin/sh", "-c", command],
                              capture_output=True, text=True, timeout=600)  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = (home / "archive" / "logs" / "cron.out").read_text(encoding="utf-8")
    assert "crawl 1 ok: new=200" in out, out
    assert (home / "archive" / "disclosure.db").exists() and (home / "archive" / "logs" / "crawl.log").exists()
