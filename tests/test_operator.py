"""The operator's experience: clear one-line errors, quiet logs, visible progress, the commands of the README."""

import os
import socket
import sqlite3
import subprocess
import sys

import pytest

from jiangbei_crawler.crawl.local import FAST_SETTINGS, setting_args
from jiangbei_crawler.testing import (
    ROOT,
    archive_config,
    cli,
    cron,
    cron_args,
    datasette,
    fresh_db,
    replica,
    without_root_override,
)

BIN = os.path.dirname(sys.executable)  # the venv's bin: what `. .venv/bin/activate` puts on PATH


def test_help_is_plain_text_and_every_option_is_explained():
    out = cli("--help").stdout
    assert "``" not in out and "probe" in out and "extract" in out
    assert "fetch everything again" in " ".join(cli("cron", "--help").stdout.split())
    demo = " ".join(cli("demo", "--help").stdout.split())
    assert "replica size" in demo and "port Datasette serves" in demo and "port of the replica portal" in demo


def test_demo_with_a_busy_port_says_so_before_crawling(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with socket.socket() as free:
            free.bind(("127.0.0.1", 0))
            replica_port = free.getsockname()[1]
        cmd = [
            sys.executable,
            "-m",
            "jiangbei_crawler.cli",
            "demo",
            "--port",
            str(port),
            "--replica-port",
            str(replica_port),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert f"port {port} (for Datasette) is in use" in proc.stderr and "make demo PORT=N" in proc.stderr
    assert not (tmp_path / "archive").exists(), "nothing crawled"


def test_cron_without_a_portal_is_one_line(tmp_path):
    proc = cli("cron", "--archive", str(tmp_path / "d.db"), env={**os.environ, "JIANGBEI_PORTAL_URL": ""})
    assert proc.returncode == 2 and proc.stderr == "error: no portal URL: use --portal URL or set JIANGBEI_PORTAL_URL\n"


@pytest.mark.slow
def test_the_crawl_log_is_quiet_rotated_and_the_summary_complete(tmp_path):
    archive = tmp_path / "disclosure.db"
    with replica("tiny") as url:
        proc = cron(url, archive, "-s", "LOG_ROTATE_BYTES=4000", "-s", "PROGRESS_INTERVAL=0.2", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("crawl 1 ok: new=200 changed=0 removed=0 suspected=0 restored=0 errors=0")
    logs = sorted((tmp_path / "logs").iterdir())
    text = "".join(p.read_text(encoding="utf-8") for p in logs)
    assert "Scraped from" not in text and " DEBUG: " not in text and "body_html" not in text
    assert "progress: " in text and "crawl 1 ok:" in text
    assert all(p.stat().st_size <= 4000 + 2000 for p in logs), [p.stat().st_size for p in logs]


@pytest.mark.slow
def test_the_readme_commands_work_once_the_venv_is_active(tmp_path):
    """`scrapy crawl disclosure` and `datasette archive/`, with the venv's bin on PATH."""
    env = {**os.environ, "PATH": BIN + os.pathsep + os.environ.get("PATH", "")}
    (tmp_path / "archive").mkdir()
    root = archive_config(tmp_path / "archive")
    args = setting_args({**FAST_SETTINGS, "ARCHIVE_PATH": str(root / "disclosure.db")})
    with replica("tiny") as url:
        crawl = subprocess.run(["scrapy", "crawl", "disclosure", "-s", f"PORTAL_URL={url}", *args], env=env, cwd=ROOT,
                               capture_output=True, text=True, timeout=300)  # fmt: skip
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    with datasette(root, exe=("datasette",), probe="/disclosure/articles.json?_size=1", env=env, cwd=ROOT):
        count = sqlite3.connect(root / "disclosure.db").execute("select count(*) from articles").fetchone()[0]
    assert count == 200


def test_make_test_says_what_to_install_when_it_cannot(tmp_path):
    proc = subprocess.run(["/bin/sh", os.path.join(ROOT, "scripts", "ensure-chromium")], capture_output=True,
                          text=True, env={"PATH": str(tmp_path)})  # fmt: skip
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1
    assert "apt-get install chromium chromium-driver" in proc.stderr


# ---- one line, never a traceback --------------------------------------------------------------------------------


def archive_commands(archive, out):
    """Every command that opens an archive, as the operator types it."""
    portal = "http://127.0.0.1:9"
    runs = [cron_args(portal, archive), ["ocr", "--archive", archive],
            ["wacz", "--archive", archive, "-o", out], ["upgrade", "--archive", archive],
            ["move-portal", portal + "/new", "--archive", archive]]  # fmt: skip
    scrapy = [os.path.join(BIN, "scrapy"), "crawl", "disclosure", "-s", f"PORTAL_URL={portal}",
              "-s", f"ARCHIVE_PATH={archive}"]  # fmt: skip
    return [[sys.executable, "-m", "jiangbei_crawler.cli", *r] for r in runs] + [scrapy]


def assert_one_line(proc, expected=None):
    last = (proc.stderr.strip().splitlines() or [""])[-1]
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]
    if proc.returncode != 0:
        assert last.startswith("error:"), proc.stderr[-2000:]
        assert expected is None or any(e in last for e in expected), last


def test_a_read_only_archive_is_one_line_under_every_command(tmp_path):
    for name, locked_dir in (("ro-dir", True), ("ro-file", False)):
        folder = tmp_path / name
        folder.mkdir()
        archive = folder / "disclosure.db"
        fresh_db(archive).close()
        archive.chmod(0o444)
        folder.chmod(0o555 if locked_dir else 0o755)
        try:
            for cmd in archive_commands(str(archive), str(tmp_path / "out.wacz")):
                proc = subprocess.run(without_root_override(cmd), capture_output=True, text=True, cwd=ROOT,
                                      timeout=120)  # fmt: skip
                assert_one_line(proc, ["read-only", "cannot open the lock file", "no WARC files"])
        finally:
            folder.chmod(0o755)


def test_a_corrupt_archive_is_one_line_under_every_command(tmp_path):
    archive = tmp_path / "disclosure.db"
    archive.write_bytes(b"not an archive at all, " * 200)
    for cmd in archive_commands(str(archive), str(tmp_path / "out.wacz")):
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert proc.returncode != 0, (cmd, proc.stdout)
        assert_one_line(proc, ["not a readable SQLite database"])
    assert not (tmp_path / "out.wacz").exists()


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:70000/", "http://127.0.0.1:abc/"])
def test_a_malformed_portal_url_is_one_line(tmp_path, url):
    archive = str(tmp_path / "a.db")
    runs = [["cron", "--portal", url, "--archive", archive], ["probe", url], ["extract", url]]
    cmds = [[sys.executable, "-m", "jiangbei_crawler.cli", *r] for r in runs]
    cmds.append([os.path.join(BIN, "scrapy"), "crawl", "disclosure", "-s", f"PORTAL_URL={url}",
                 "-s", f"ARCHIVE_PATH={archive}"])  # fmt: skip
    for cmd in cmds:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert proc.returncode != 0, (cmd, proc.stdout)
        assert_one_line(proc)


def test_probe_of_a_server_that_never_answers_says_so_within_its_time_limit():
    import threading
    import time

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(50)
    listener.settimeout(0.5)
    held, stop = [], threading.Event()

    def accept_and_say_nothing():
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                pass

    threading.Thread(target=accept_and_say_nothing, daemon=True).start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
    started = time.monotonic()
    try:
        proc = cli("probe", url, "--timeout", "20", timeout=180)
    finally:
        stop.set()
        for conn in held:
            conn.close()
        listener.close()
    elapsed = time.monotonic() - started
    assert held  # it did connect: the server is silent, not absent
    assert proc.returncode == 1 and "did not answer within 20 s" in proc.stderr, proc.stderr[-2000:]
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert elapsed < 60  # three times the limit: start-up included; without it the probe waited 8 minutes


def test_a_warning_repeated_on_every_page_of_an_article_is_one_row_with_a_count():
    from jiangbei_crawler import store as storage

    db = fresh_db()
    for _ in range(50):  # the same warning from each of 50 continuation pages
        storage.save_warning(db, {"url": "http://portal/show.asp?id=1", "message": "image refused: too large"}, 7)
    storage.save_warning(db, {"url": "http://portal/show.asp?id=1", "message": "another"}, 7)
    storage.save_warning(db, {"url": "http://portal/show.asp?id=1", "message": "image refused: too large"}, 8)
    rows = db.execute("select crawl_id, message, count from warnings order by crawl_id, message").fetchall()
    assert rows == [(7, "another", 1), (7, "image refused: too large", 50), (8, "image refused: too large", 1)]
