"""Evidence-grade capture: WARC records hold what the portal served, images are kept, scans are searchable."""

import asyncio
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import urllib.request

import pytest
from datasette.app import Datasette

from jiangbei_crawler import store as storage
from jiangbei_crawler.replica import Options, Portal
from jiangbei_crawler.replica.model import is_scan
from jiangbei_crawler.store import search, warc
from jiangbei_crawler.testing import archive_config, cli, crawl_states, replica, rows

EVERY_RUN = {"REVISIT_ROTATION": "1"}
WARC_TABLES = ("articles", "article_versions", "removals", "attachments", "images")
pytestmark = pytest.mark.slow


def tool(name):
    """A console script of the venv (they exit with the tool's status; ``python -m wacz.main`` does not)."""
    return os.path.join(os.path.dirname(sys.executable), name)


@pytest.fixture(scope="module")
def evidence(tmp_path_factory):
    """tiny crawled at states 0, 1, 2, 2 (edits, suspected then confirmed takedowns), small WARC files so they
    rotate, then OCR; with the replica's log of what it served (serial -> sha256 of the body)."""
    root = archive_config(tmp_path_factory.mktemp("evidence"))
    db = root / "disclosure.db"
    with replica("tiny") as url:
        crawl_states(url, db, (0, 1, 2, 2), settings={**EVERY_RUN, "WARC_MAX_SIZE": str(512 * 1024)})
        with urllib.request.urlopen(f"{url}/__admin__/served") as resp:
            served = json.loads(resp.read())
    ocr = cli("ocr", "--archive", str(db), "--budget", "900", timeout=900)
    assert ocr.returncode == 0 and " 0 failed" in ocr.stdout, ocr.stdout + ocr.stderr
    portal = Portal(Options.build(1, "tiny"))
    portal.set_state(2)
    return root, db, served, portal


def test_every_reference_points_at_the_exact_bytes_the_replica_served(evidence):
    root, db, served, _ = evidence
    checked = {}
    for table in WARC_TABLES:
        refs = rows(db, f"select * from {table} where warc_file is not null")
        for ref in refs:
            rec, http, payload = warc.read_record(root / "warc", ref["warc_file"], ref["warc_offset"])
            serial = http.get_header("X-Replica-Serial")
            assert served[serial] == hashlib.sha256(payload).hexdigest(), (table, ref["warc_file"], ref["warc_offset"])
            assert rec.get_header("WARC-Record-ID") == ref["warc_record_id"]
            if ref.get("sha256"):  # attachments and images: the bytes archived in files/ are those bytes
                assert ref["sha256"] == hashlib.sha256(payload).hexdigest()
        checked[table] = len(refs)
    # every article, version and removal sighting has its record; attachments and images that were fetched too
    assert checked["articles"] == rows(db, "select count(*) as n from articles")[0]["n"] > 0
    assert checked["article_versions"] == rows(db, "select count(*) as n from article_versions")[0]["n"]
    assert checked["removals"] == rows(db, "select count(*) as n from removals")[0]["n"] > 0
    assert checked["attachments"] == rows(db, "select count(*) as n from attachments where sha256 is not null")[0]["n"]
    assert checked["images"] == rows(db, "select count(*) as n from images where sha256 is not null")[0]["n"] > 0


def test_a_redirect_takedown_points_at_the_redirect_itself(evidence):
    root, db, _, _ = evidence
    redirects = rows(db, "select * from removals where kind = 'redirect'")
    assert redirects
    for r in redirects:
        _, http, _ = warc.read_record(root / "warc", r["warc_file"], r["warc_offset"])
        assert http.get_statuscode() == "302"


def test_article_records_are_the_article_pages(evidence):
    root, db, _, _ = evidence
    for a in rows(db, "select url, warc_file, warc_offset from articles"):
        rec, http, _ = warc.read_record(root / "warc", a["warc_file"], a["warc_offset"])
        assert rec.get_header("WARC-Target-URI") == a["url"] and http.get_statuscode() == "200"


def test_warc_files_rotate_validate_and_package_as_wacz(evidence, tmp_path):
    root, db, _, _ = evidence
    files = sorted(os.listdir(root / "warc"))
    assert len(files) > 4 and all(f.endswith(".warc.gz") for f in files)
    check = subprocess.run([tool("warcio"), "check", *[str(root / "warc" / f) for f in files]],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stdout[-2000:]
    whole, first = tmp_path / "all.wacz", tmp_path / "crawl1.wacz"
    made = [cli("wacz", "--archive", str(db), "-o", str(whole)), cli("wacz", "--archive", str(db), "--crawl", "1",
                                                                       "-o", str(first))]  # fmt: skip
    assert all(p.returncode == 0 for p in made), [p.stderr for p in made]
    for package in (whole, first):
        valid = subprocess.run([tool("wacz"), "validate", "-f", str(package)], capture_output=True, text=True)
        assert valid.returncode == 0 and "Validation succeeded" in valid.stdout, valid.stdout + valid.stderr
    records = [int(p.stdout.split(": ")[1].split()[0]) for p in made]
    assert 0 < records[1] < records[0]
    empty = cli(
        "wacz", "--archive", str(db), "--since", "2001-01-01", "--until", "2001-01-02", "-o", str(tmp_path / "x")
    )
    assert empty.returncode == 2 and "no records captured" in empty.stderr


def test_ocr_makes_images_and_scanned_pdfs_searchable(evidence):
    root, db, _, portal = evidence
    conn = sqlite3.connect(db)
    archived = {r[0] for r in conn.execute("select id from articles where removed_at is null")}
    with_image = {aid for aid in archived if any(k == "img" for k, _ in portal.article(aid).blocks)}
    with_scan = {aid for aid in archived
                 if any(a.ext == "pdf" and not a.offsite and is_scan(a.content_seed)
                        for a in portal.article(aid).attachments)}  # fmt: skip
    assert with_image and with_scan
    for word, expected in (("图片公示", with_image), ("扫描件", with_scan)):
        found = {r[0] for r in conn.execute(f"select rowid from {search.FTS_TABLE} where {search.FTS_TABLE} match ?",
                                            [search.fts_query(word)])} & archived  # fmt: skip
        assert found == expected, (word, sorted(expected - found), sorted(found - expected))
        in_text = conn.execute("select count(*) from articles where instr(coalesce(body_text, '') || "
                               "coalesce(attachments_text, ''), ?)", [word]).fetchone()[0]  # fmt: skip
        assert in_text == 0  # found through OCR alone
    failures = conn.execute("select count(*) from ocr where error is not null").fetchone()[0]
    assert failures == 0


def test_images_are_kept_once_and_offsite_ones_only_recorded(evidence):
    root, db, _, _ = evidence
    fetched = rows(db, "select * from images where sha256 is not null")
    assert fetched and all(os.path.isfile(root / "files" / i["file"]) for i in fetched)
    assert all(i["content_type"] == "image/png" for i in fetched)
    offsite = rows(db, "select * from images where offsite = 1")
    assert offsite and all(i["sha256"] is None and i["error"] is None for i in offsite)
    assert all("img.example.net" in i["url"] for i in offsite)
    broken = rows(db, "select * from images where error is not null")
    assert broken and all(i["error"].startswith("HTTP 404") for i in broken)  # the hostile pages' x.gif


def test_the_article_page_shows_archived_images_and_the_capture(evidence):
    root, db, _, _ = evidence
    ds = Datasette(config_dir=root)
    aid, sha = rows(db, "select article_id, sha256 from images where sha256 is not null limit 1")[0].values()
    page = asyncio.run(ds.client.get(f"/disclosure/articles/{aid}")).text
    assert f'src="/-/image/{sha}"' in page and "图片公示" in page  # the archived copy, and its recognized text
    image = asyncio.run(ds.client.get(f"/-/image/{sha}"))
    assert image.status_code == 200 and hashlib.sha256(image.content).hexdigest() == sha
    art = rows(db, "select warc_file, warc_offset from articles where id = ?", aid)[0]
    capture = f"/-/capture/{art['warc_file']}/{art['warc_offset']}"
    assert capture in page
    shown = asyncio.run(ds.client.get(capture))
    policy = [d.strip() for d in shown.headers["content-security-policy"].split(";")]
    assert shown.status_code == 200 and policy[0] == "sandbox" and "img-src 'self' data:" in policy
    assert shown.headers["x-archive-target-uri"].endswith(f"id={aid}")
    record = asyncio.run(ds.client.get(capture + "/record"))
    assert record.status_code == 200 and record.headers["content-type"] == "application/warc"
    unknown = asyncio.run(ds.client.get(f"/-/capture/{art['warc_file']}/{art['warc_offset'] + 1}"))
    assert unknown.status_code == 404  # only offsets the archive refers to


def test_versions_do_not_repeat_the_article_text(evidence):
    """The latest version's text lives in the article row only (the size budget is measured in bench/)."""
    root, db, _, _ = evidence
    conn = sqlite3.connect(db)
    repeated = conn.execute(
        "select count(*) from article_versions v join articles a on a.id = v.article_id "
        "where v.version = a.version and v.body_text is not null"
    ).fetchone()[0]
    assert repeated == 0
    edited = [r[0] for r in conn.execute("select id from articles where version > 1")]
    assert edited
    for aid in edited:  # yet every version reads whole, and each older one differs from its successor
        versions = storage.versions_of(conn, aid)
        assert all(v["body_text"] is not None for v in versions)
        assert (
            versions[-1]["body_text"]
            == conn.execute("select body_text from articles where id = ?", [aid]).fetchone()[0]
        )
