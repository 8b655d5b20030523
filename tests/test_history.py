"""An archive, not a snapshot: versions, visit counts, takedowns, incremental cost, resume, cron."""

import os
import signal
import sqlite3
import subprocess

import pytest

from jiangbei_crawler.replica import Options, Portal
from jiangbei_crawler.store import warc
from jiangbei_crawler.testing import compare, crawl, crawl_cmd, q, replica, set_state, start_cron, truth, wait_for

EVERY_RUN = {"REVISIT_ROTATION": "1"}  # every list and article re-checked each run


def expected_versions(portal, aid):
    """1 + the edits made after the article first appeared (an edit in its birth step is its first version)."""
    born = portal.born[aid - portal.first_id]
    return 1 + len({step for step, _ in portal.edits.get(aid, []) if step > born})


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """Crawl tiny at state 0, 1, 1 again, 2, 2 again; snapshot what matters after each crawl."""
    db = tmp_path_factory.mktemp("history") / "disclosure.db"
    snaps = []
    with replica("tiny") as url:
        for state in (0, 1, 1, 2, 2):
            if state:
                set_state(url, state)
            crawl(url, db, settings=EVERY_RUN)
            records, removed = truth(url, state=state)
            portal = Portal(Options.build(1, "tiny"))
            portal.set_state(state)
            snaps.append({"state": state, "records": records, "removed": set(removed), "portal": portal,
                          "compare": compare(db, records)[1], "rows": {r[0]: r[1:] for r in q(
                              db, "select id, version, suspected_removed_at, removed_at, status from articles")}})  # fmt: skip
    return db, snaps


@pytest.mark.slow
def test_archive_matches_truth_after_every_step(history):
    db, snaps = history
    for snap in snaps:
        assert snap["compare"] == [], (snap["state"], snap["compare"][:3])


def test_every_edit_is_exactly_one_new_version(history):
    db, snaps = history
    for snap in snaps:
        portal = snap["portal"]
        for r in snap["records"]:
            assert snap["rows"][r["id"]][0] == expected_versions(portal, r["id"]), (snap["state"], r["id"])
    edited = [aid for aid in snaps[-1]["portal"].edits if snaps[-1]["rows"][aid][0] > 1]
    assert edited, "the scenario must contain edits"


def test_visit_counts_recorded_without_versions(history):
    db, snaps = history
    portal = snaps[-1]["portal"]
    unedited = [r["id"] for r in snaps[-1]["records"] if r["id"] not in portal.edits and r["id"] < 1100]
    series = q(db, "select article_id, count(distinct v.visits), max(version) from visit_counts v "
                   "join articles on id = article_id group by article_id")  # fmt: skip
    by_id = {a: (n, v) for a, n, v in series}
    counted = [aid for aid in unedited if aid in by_id]  # some pages show no visit count at all
    grown = [aid for aid in counted if by_id[aid][0] > 1]
    assert len(grown) > len(counted) / 2 and all(by_id[aid][1] == 1 for aid in counted)


def test_removals_are_suspected_then_confirmed_with_evidence(history):
    db, snaps = history
    for first, second in ((snaps[1], snaps[2]), (snaps[3], snaps[4])):
        newly = second["removed"] - {a for a in first["removed"] if first["rows"][a][2]}
        fresh = first["removed"] - snaps[snaps.index(first) - 1]["removed"]
        for aid in fresh:
            suspected, removed = first["rows"][aid][1], first["rows"][aid][2]
            assert suspected and removed is None, f"{aid} must only be suspected after one sighting"
            assert second["rows"][aid][2], f"{aid} must be confirmed by the second sighting"
        unconfirmed = [aid for aid in newly if not second["rows"][aid][2]]
        assert newly and not unconfirmed, f"removals left unconfirmed after two sightings: {unconfirmed[:5]}"
    kinds = {k for (k,) in q(db, "select distinct kind from removals")}
    assert kinds == {"soft404", "404", "redirect"}
    rows = q(db, "select status, final_url, snippet from removals where confirmed = 1")
    assert rows and all(status and final_url for status, final_url, _ in rows)


def test_one_fault_never_marks_a_removal(history):
    db, snaps = history
    confirmed = {a for (a,) in q(db, "select article_id from removals where confirmed = 1")}
    assert all(len(q(db, "select 1 from removals where article_id = ?", a)) >= 2 for a in confirmed)


def test_restored_articles_come_back_with_their_history(history):
    db, snaps = history
    restored = snaps[2]["removed"] - snaps[4]["removed"]
    assert restored
    for aid in restored:
        assert snaps[4]["rows"][aid][2] is None and snaps[4]["rows"][aid][3] == "live"
        assert q(db, "select count(*) from removals where article_id = ?", aid)[0][0] >= 2


def test_removed_articles_keep_their_last_content(history):
    db, snaps = history
    kept = [row for aid in snaps[-1]["removed"]
            for row in q(db, "select title, removed_at, suspected_removed_at from articles where id = ?", aid)]  # fmt: skip
    # an article taken down before any crawl saw it has no row; every archived one keeps its content
    assert kept and all(title and (removed or suspected) for title, removed, suspected in kept), kept[:5]


@pytest.mark.slow
def test_incremental_repeat_costs_at_most_5_percent_and_finds_new_articles(tmp_path):
    db = tmp_path / "disclosure.db"
    with replica("small") as url:
        crawl(url, db)
        crawl(url, db)
        set_state(url, 1)
        crawl(url, db)
        records, removed = truth(url, "small", state=1)
    full, repeat, step = [r[0] for r in q(db, "select requests from crawls order by id")]
    print(f"\nrequests: full {full}, unchanged repeat {repeat} ({repeat / full:.1%}), after state 1 {step}")
    assert repeat <= 0.05 * full
    portal = Portal(Options.build(1, "small"))
    portal.set_state(1)
    new_ids = {aid for aid in portal.live if portal.born[aid - portal.first_id] == 1}
    accuracy, wrong = compare(db, [r for r in records if r["id"] in new_ids])
    assert new_ids and wrong == []
    assert step - repeat <= 6 * len(new_ids), "new articles cost about the pages that hold them"


@pytest.mark.slow
@pytest.mark.parametrize("template", ["specalt", "powereasy", "table"])
def test_incremental_repeat_costs_at_most_5_percent_on_every_family(tmp_path, template):
    db = tmp_path / "disclosure.db"
    with replica("tiny", template=template) as url:
        crawl(url, db)
        crawl(url, db)
        set_state(url, 1)
        crawl(url, db)
        records, removed = truth(url, "tiny", state=1, template=template)
    full, repeat, step = [r[0] for r in q(db, "select requests from crawls order by id")]
    assert repeat <= 0.05 * full, (full, repeat)
    portal = Portal(Options.build(1, "tiny", template=template))
    portal.set_state(1)
    new_ids = {aid for aid in portal.live if portal.born[aid - portal.first_id] == 1}
    accuracy, wrong = compare(db, [r for r in records if r["id"] in new_ids])
    assert new_ids and wrong == []


def snapshot(db):
    """Archive content, without times, crawl ids and visit counts (which legitimately differ)."""
    volatile = {"first_seen", "last_seen", "last_changed", "last_fetched", "last_crawl", "visits", "crawl_id", "fetched_at",
                "last_checked", "added", "observed_at", "warc_file", "warc_offset", "warc_length",
                "warc_record_id"}  # fmt: skip
    out = {}
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    for table in ("articles", "listings", "attachments", "article_versions", "frontier", "removals"):
        rows = [{k: v for k, v in dict(r).items() if k not in volatile} for r in conn.execute(f"select * from {table}")]
        out[table] = sorted(rows, key=repr)
    conn.close()
    return out


def committed(db, n):
    try:
        return os.path.exists(db) and q(db, "select count(*) from articles")[0][0] >= n
    except sqlite3.OperationalError:
        return False


@pytest.mark.slow
def test_sigkill_at_any_point_then_resume_equals_an_uninterrupted_crawl(tmp_path):
    with replica("tiny") as url:
        reference = tmp_path / "reference.db"
        crawl(url, reference)
        expected = snapshot(reference)
        for n, threshold in enumerate((0, 30, 90, 160)):
            db = tmp_path / f"killed{n}.db"
            settings = {"ARCHIVE_BATCH_SIZE": "10", "CONCURRENT_REQUESTS_PER_DOMAIN": "4"}
            proc = subprocess.Popen(crawl_cmd(url, db, settings=settings), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)  # fmt: skip

            assert wait_for(lambda db=db, n=threshold: committed(db, n), timeout=60)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            before = q(db, "select count(*) from articles")[0][0]
            crawl(url, db)
            status = q(db, "select status from crawls order by id")
            assert status[0][0] == "interrupted" and status[-1][0] == "ok"
            assert snapshot(db) == expected, f"kill after {before} committed articles"
            for file, offset in q(db, "select warc_file, warc_offset from articles"):  # a killed crawl's WARC
                assert warc.read_record(db.parent / "warc", file, offset)[1].get_statuscode() == "200"  # still reads


def cron(url, archive, *extra):
    """A cron run that also spends time on OCR after the crawl (the fast profile does none)."""
    return start_cron(url, archive, "-s", "OCR_BUDGET=1800", *extra)


@pytest.mark.slow
def test_two_cron_runs_at_once_one_crawls_one_skips(tmp_path):
    archive = tmp_path / "disclosure.db"
    with replica("tiny") as url:
        first, second = cron(url, archive), cron(url, archive)  # the archive's flock lets exactly one through
        outs = [p.communicate(timeout=300) for p in (first, second)]
    codes = [first.returncode, second.returncode]
    assert codes == [0, 0], outs
    skipped = [o for o, _ in outs if o.startswith("skipped: another crawl holds the lock")]
    summaries = [o for o, _ in outs if o.startswith("crawl 1 ok: new=200")]
    assert len(skipped) == 1 and len(summaries) == 1, outs
    assert any("\nocr: " in o and " 0 failed" in o for o in summaries)  # then OCR, still under the lock
    assert q(archive, "select count(*) from ocr where text like '%图片公示%'")[0][0] > 0
    assert q(archive, "select count(*) from crawls")[0][0] == 1
    assert os.path.getsize(tmp_path / "logs" / "crawl.log") > 0


def test_cron_exits_non_zero_when_the_crawl_records_errors(tmp_path):
    archive = tmp_path / "disclosure.db"
    proc = cron("http://127.0.0.1:9", archive, "-s", "RETRY_TIMES=0", "-s", "ROBOTSTXT_OBEY=0")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, (out, err)
    assert "errors=1" in out and "failures:" in out
