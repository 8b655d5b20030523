"""An archive whose files and WARC folders are elsewhere (ARCHIVE_FILES_DIR, ARCHIVE_WARC_DIR): the crawl records
them, and every later reader finds them from the database alone: ``ocr``, ``wacz`` and the Datasette routes."""

import asyncio
import hashlib
import re

import pytest
from datasette.app import Datasette

from jiangbei_crawler import store as storage
from jiangbei_crawler.cli.demo import clear_demo_archive
from jiangbei_crawler.crawl.local import FAST_ARGS
from jiangbei_crawler.testing import archive_config, cli, replica, rows


def test_the_demo_clears_the_folders_its_crawls_recorded(tmp_path):
    """A new demo starts empty even when its last crawl wrote its files and WARC elsewhere."""
    db_path, elsewhere = tmp_path / "archive" / "disclosure.db", tmp_path / "elsewhere"
    db_path.parent.mkdir()
    dirs = storage.ArchiveDir.at(str(db_path), files=str(elsewhere / "files"), warc=str(elsewhere / "warc"))
    for folder in (dirs.files, dirs.warc):
        storage.store_file(folder, b"old", hashlib.sha256(b"old").hexdigest())
    db = storage.ensure_db_shape(storage.open_db(str(db_path)))
    storage.set_meta(db, "portal_url", "http://127.0.0.1:8765")
    storage.start_crawl(db, "full", 1, dirs)
    db.close()
    assert clear_demo_archive(str(db_path)) is None
    assert not db_path.exists() and not (elsewhere / "files").exists() and not (elsewhere / "warc").exists()


@pytest.fixture(scope="module")
def moved(tmp_path_factory):
    """tiny crawled by cron into archive/disclosure.db with its files and WARC in elsewhere/, then OCR'd by the
    ``ocr`` command, which is told nothing but the database."""
    tmp = tmp_path_factory.mktemp("archive_dir")
    (tmp / "archive").mkdir()
    root = archive_config(tmp / "archive")
    db, files, warcs = root / "disclosure.db", tmp / "elsewhere" / "files", tmp / "elsewhere" / "warc"
    with replica("tiny") as url:
        crawl = cli("cron", "--portal", url, "--archive", str(db), *FAST_ARGS, "-s", f"ARCHIVE_FILES_DIR={files}",
                    "-s", f"ARCHIVE_WARC_DIR={warcs}", timeout=900)  # fmt: skip
    assert crawl.returncode == 0, crawl.stdout + crawl.stderr[-3000:]
    ocr = cli("ocr", "--archive", str(db), "--budget", "900", timeout=900)
    assert ocr.returncode == 0, ocr.stdout + ocr.stderr[-3000:]
    return root, db, files, warcs, ocr.stdout


def sha256_of(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
def test_the_crawl_writes_and_records_the_folders_it_was_given(moved):
    root, db, files, warcs, _ = moved
    recorded = rows(db, "select files_dir, warc_dir from crawls")
    assert recorded == [{"files_dir": str(files), "warc_dir": str(warcs)}]
    assert list(files.glob("??/*")) and list(warcs.glob("*.warc.gz"))
    assert not (root / "files").exists() and not (root / "warc").exists()  # nothing in the default places
    assert (root / "logs" / "crawl.log").is_file()  # cron's log stays beside the database


@pytest.mark.slow
def test_ocr_reads_the_recorded_files_folder(moved):
    _, db, _, _, printed = moved
    counts = re.search(r"(\d+) files, (\d+) pages recognized, (\d+) failed", printed)
    assert counts, printed
    recognized, failed = int(counts[1]), int(counts[3])
    assert recognized > 0 and failed == 0, printed  # a wrong folder fails every file: "file missing"
    texts = [r["text"] for r in rows(db, "select text from ocr where error is null and text != ''")]
    assert texts and any("公示" in t for t in texts)  # the replica's scanned notices, read
    assert rows(db, "select count(*) as n from ocr where error is not null") == [{"n": 0}]


@pytest.mark.slow
def test_wacz_packages_the_recorded_warc_folder(moved, tmp_path):
    _, db, _, warcs, _ = moved
    out = tmp_path / "moved.wacz"
    made = cli("wacz", "--archive", str(db), "-o", str(out))
    assert made.returncode == 0, made.stderr
    assert f"from {len(list(warcs.glob('jiangbei-*.warc.gz')))} WARC files" in made.stdout and out.stat().st_size


@pytest.mark.slow
def test_datasette_serves_images_and_attachments_from_the_recorded_folder(moved):
    root, db, files, _, _ = moved
    image = rows(db, "select sha256 from images where sha256 is not null limit 1")[0]["sha256"]
    att = rows(db, "select article_id, rowid, sha256 from attachments where sha256 is not null limit 1")[0]
    ds = Datasette(config_dir=root)
    for route, sha in ((f"/-/image/{image}", image), (f"/-/attachment/{att['article_id']}/{att['rowid']}",
                                                        att["sha256"])):  # fmt: skip
        got = asyncio.run(ds.client.get(route))
        assert got.status_code == 200, (route, got.text[:200])
        assert hashlib.sha256(got.content).hexdigest() == sha == sha256_of(files / sha[:2] / sha)
