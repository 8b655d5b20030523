"""SIGTERM ends `jiangbei-crawler cron` within seconds at any moment, from start-up to the last OCR page: the
worker is ended at once, the file it held is retried by the next run (never recorded as crashed), and no crawl
is left `running`."""

import os
import signal
import sqlite3
import subprocess
import time
from contextlib import contextmanager

import pytest

from jiangbei_crawler import store as storage
from jiangbei_crawler.documents import ocr
from jiangbei_crawler.testing import cli, q, replica, start_cron, wait_for

EXIT_WITHIN = 15  # seconds: the "within seconds", generous on a loaded machine


@contextmanager
def cron(url, db):
    """``jiangbei-crawler cron`` with a long OCR budget, as a running process; ended whatever the test says."""
    proc = start_cron(url, db, "-s", "OCR_BUDGET=600", stdout=subprocess.DEVNULL)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            for pid in children(proc.pid, "jiangbei_crawler.documents.ocr_worker"):
                os.kill(pid, signal.SIGKILL)
            proc.kill()
            proc.wait()


def children(pid, module):
    """Pids of the live processes started by ``pid`` that run ``python -m module``."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                argv = fh.read().split(b"\0")
            with open(f"/proc/{entry}/stat") as fh:
                parent = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if parent == pid and module.encode() in argv:
            found.append(int(entry))
    return found


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def running_crawls(db):
    try:
        return q(db, "select id from crawls where status = 'running'") if os.path.exists(db) else []
    except sqlite3.OperationalError:
        return []  # no crawls table yet: the archive was not created


@pytest.mark.slow
def test_sigterm_during_ocr_ends_the_worker_and_the_next_run_recognizes_its_file(tmp_path):
    db = tmp_path / "disclosure.db"
    with replica("tiny") as url, cron(url, db) as proc:
        workers = []
        assert wait_for(
            lambda: workers.extend(children(proc.pid, "jiangbei_crawler.documents.ocr_worker")) or workers, 300
        )
        time.sleep(1)  # the worker has a file in hand
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(EXIT_WITHIN)
        stderr = proc.stderr.read()
    assert code != 0 and "interrupted (SIGTERM)" in stderr and "Traceback" not in stderr, stderr
    assert wait_for(lambda: not alive(workers[0]), 5), "the OCR worker ends with the command"
    assert running_crawls(db) == [] and q(db, "select status from crawls") == [("ok",)]
    failed = q(db, "select error from ocr where error like '%crash%' or error like '%memory%'")
    assert failed == [], "a file the signal interrupted is not recorded as failed"
    conn = storage.open_db(str(db))
    todo = ocr.pending(conn)
    conn.close()
    assert todo, "the interrupted file waits for the next run"
    sha = todo[0][0]
    done = cli("ocr", "--archive", str(db), "--budget", "1")  # one file at least: the interrupted one comes first
    assert done.returncode == 0, done.stderr
    pages = q(db, "select text, error from ocr where sha256 = ?", sha)
    assert pages and all(text is not None and error is None for text, error in pages), pages


def start_then_term(url, db, moment):
    """Send SIGTERM at ``moment`` (a delay in seconds, or a predicate on the archive); the exit code."""
    with cron(url, db) as proc:
        if callable(moment):
            assert wait_for(lambda: moment(db) or proc.poll() is not None, 60)
        else:
            time.sleep(moment)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(EXIT_WITHIN)
        assert "Traceback" not in proc.stderr.read()
    return code


def crawl_row_exists(db):
    try:
        return os.path.exists(db) and q(db, "select count(*) from crawls")[0][0] > 0
    except sqlite3.OperationalError:
        return False


@pytest.mark.slow
@pytest.mark.parametrize("moment", [0.3, 0.8, 1.5, 2.5, 4.0, crawl_row_exists], ids=str)
def test_sigterm_during_start_up_exits_non_zero_and_leaves_no_crawl_running(tmp_path, moment):
    db = tmp_path / "disclosure.db"
    with replica("tiny") as url:
        code = start_then_term(url, db, moment)
    assert code != 0
    assert running_crawls(db) == []
