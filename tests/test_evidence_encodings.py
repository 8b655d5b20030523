"""Evidence that always packages: brotli, zstd and broken content codings, from a portal or an older archive."""

import asyncio
import gzip
import io
import os
import sqlite3
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import brotli
import pytest
from datasette.app import Datasette
from hostile_portal import Portal
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from jiangbei_crawler.store import warc
from jiangbei_crawler.testing import archive_config, cli, crawl, fresh_db, serve

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

# article id -> (Content-Encoding, how its body is encoded): what a misconfigured or hostile server sends unasked
CODINGS = {
    101: ("br", brotli.compress),
    102: ("zstd", zstd.compress),
    103: ("gzip", lambda body: gzip.compress(body)[:-40] + b"\x00broken tail"),
}


def tool(name):
    return os.path.join(os.path.dirname(sys.executable), name)


def warcio_check(paths):
    return subprocess.run([tool("warcio"), "check", *map(str, paths)], capture_output=True, text=True)


def wacz_validate(path):
    return subprocess.run([tool("wacz"), "validate", "-f", str(path)], capture_output=True, text=True)


@pytest.fixture
def encoded_portal():
    """The hostile portal's plain site, its articles sent in brotli, zstd and a corrupt gzip whatever is asked."""
    portal, asked = Portal("plain"), []

    def respond(request):
        asked.append(request.headers.get("Accept-Encoding"))
        status, body, ctype = portal.respond(request.path)
        body = body.encode("utf-8") if isinstance(body, str) else body
        aid = parse_qs(urlsplit(request.path).query).get("id", ["0"])[0]
        coding, encode = CODINGS.get(int(aid) if aid.isdigit() else 0, (None, None))
        headers = {"Content-Type": ctype + "; charset=utf-8", **({"Content-Encoding": coding} if coding else {})}
        return status, encode(body) if encode else body, headers

    with serve(respond) as url:
        yield url, asked


def test_brotli_zstd_and_broken_codings_check_package_and_show(tmp_path, encoded_portal):
    url, asked = encoded_portal
    root = archive_config(tmp_path)
    db = root / "disclosure.db"
    proc = crawl(url, db, settings={"ROBOTSTXT_OBEY": "0"})
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    assert asked and set(asked) == {"gzip, deflate"}  # only what the evidence tools read is asked for
    files = sorted((root / "warc").iterdir())
    check = warcio_check(files)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]
    package = tmp_path / "all.wacz"
    made = cli("wacz", "--archive", str(db), "-o", str(package))
    assert made.returncode == 0 and "Traceback" not in made.stderr, made.stderr
    valid = wacz_validate(package)
    assert valid.returncode == 0 and "Validation succeeded" in valid.stdout, valid.stdout + valid.stderr
    refs = dict(sqlite3.connect(db).execute("select id, warc_file || '/' || warc_offset from articles"))
    ds = Datasette(config_dir=root)
    for aid in (101, 102):  # decoded by the crawler, stored decoded: shown as the school published it
        shown = asyncio.run(ds.client.get(f"/-/capture/{refs[aid]}"))
        assert shown.status_code == 200 and f"第{aid}号文章的正文" in shown.text, shown.text[:500]


def old_style_archive(root):
    """An archive written before records were stored readable: a brotli response kept with its coding."""
    fresh_db(root / "disclosure.db").close()
    (root / "warc").mkdir()
    html = "<html><body><p>第7号文章的正文</p></body></html>".encode()
    body = brotli.compress(html)
    path = root / "warc" / "jiangbei-000001-20240101000000-00000.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="1.1")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "br"),
                                           ("Content-Length", str(len(body)))], protocol="HTTP/1.1")  # fmt: skip
        record = writer.create_warc_record("http://127.0.0.1/show.asp?id=7", "response", payload=io.BytesIO(body),
                                           length=len(body), http_headers=http)  # fmt: skip
        writer.write_record(record)
    return path, html


def test_an_older_archive_with_a_brotli_record_still_packages_and_shows(tmp_path):
    path, html = old_style_archive(tmp_path)
    assert warcio_check([path]).returncode != 0  # what warcio makes of it as stored
    package = tmp_path / "old.wacz"
    made = cli("wacz", "--archive", str(tmp_path / "disclosure.db"), "-o", str(package))
    assert made.returncode == 0 and "Traceback" not in made.stderr, made.stderr
    assert "repaired 1 records" in made.stdout and f"first {path.name}@" in made.stdout, made.stdout
    valid = wacz_validate(package)
    assert valid.returncode == 0 and "Validation succeeded" in valid.stdout, valid.stdout + valid.stderr
    offset = int(made.stdout.split(f"first {path.name}@")[1].split()[0])
    _, http, body = warc.read_record(str(path.parent), path.name, offset, decoded=True)
    assert body == html  # what the capture view shows of it


def test_a_damaged_warc_file_is_named_in_one_line_and_leaves_no_package(tmp_path):
    path, _ = old_style_archive(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"\x1f\x8b\x08\x00garbage" * 20)
    package = tmp_path / "broken.wacz"
    made = cli("wacz", "--archive", str(tmp_path / "disclosure.db"), "-o", str(package))
    assert made.returncode != 0 and "Traceback" not in made.stderr, made.stderr
    assert len(made.stderr.strip().splitlines()) == 1 and path.name in made.stderr, made.stderr
    assert not package.exists() and not [p for p in os.listdir(tmp_path) if p.endswith(".partial")]
