"""A crawl that did not finish is finished: whatever stopped it (a full disk, a kill), the next run resumes its
walk whatever mode it was asked for, and says ``ok`` only when the archive is whole."""

import pytest

from jiangbei_crawler.crawl import plan
from jiangbei_crawler.testing import compare, cron, fresh_db, q, replica, small_disk, truth


def crawls(*rows):
    db = fresh_db()
    db["articles"].insert({"id": 1, "url": "http://portal.test/show.asp?id=1"})
    for n, (mode, status) in enumerate(rows, 1):
        db["crawls"].insert({"id": n, "mode": mode, "status": status, "started": f"2026-03-0{n}T02:00:00+08:00"})
    return db


def test_a_failed_or_interrupted_crawl_is_resumed_whatever_the_requested_mode():
    disk_full = "failed: the disk holding a.db is full or failing (database or disk is full): free space"
    assert plan.effective_mode(crawls(("full", disk_full)), "incremental") == ("full", "2026-03-01T02:00:00+08:00")
    assert plan.effective_mode(crawls(("full", "ok"), ("incremental", disk_full), ("incremental", "interrupted")),
                               "full") == ("incremental", "2026-03-02T02:00:00+08:00")  # fmt: skip
    # an archive whose failed full walk was followed by incremental runs that said ok still owes the walk
    assert plan.effective_mode(crawls(("full", disk_full), ("incremental", "ok")), "incremental") == (
        "full", "2026-03-01T02:00:00+08:00")  # fmt: skip
    assert plan.effective_mode(crawls(("full", disk_full), ("full", "errors")), "incremental") == ("incremental", None)


@pytest.mark.slow
def test_a_crawl_failed_on_a_full_disk_is_completed_by_the_next_plain_run(tmp_path):
    archive = tmp_path / "disclosure.db"
    with replica("tiny") as url:
        first = cron(url, archive, preexec_fn=small_disk(2_000_000), timeout=600)
        assert first.returncode == 1, first.stdout + first.stderr[-2000:]
        records, _ = truth(url)
        assert 0 < q(archive, "select count(*) from articles")[0][0] < len(records), "the disk must fill part-way"
        status, summary = q(archive, "select status, summary from crawls")[0]
        assert status.startswith("failed") and "incomplete" in summary and "ok" not in first.stdout.split(":")[0]
        second = cron(url, archive, timeout=600)  # a plain run: incremental by default
    assert second.returncode == 0 and " ok:" in second.stdout, second.stdout + second.stderr[-2000:]
    assert q(archive, "select mode, status from crawls order by id")[1] == ("full", "ok")
    assert compare(archive, records)[1] == []
