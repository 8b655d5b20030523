"""WARC revisit records: an unchanged response is stored once, later captures refer to it (identical-payload-digest)."""

import gzip
import json
import os
import subprocess
import sys
import zipfile

import pytest
from warcio.archiveiterator import ArchiveIterator

from jiangbei_crawler.store import revisits, warc
from jiangbei_crawler.testing import archive_config, cli, crawl_states, replica

pytestmark = pytest.mark.slow
PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


@pytest.fixture(scope="module")
def repeated(tmp_path_factory):
    """tiny crawled twice at the same state, every article fetched both times."""
    root = archive_config(tmp_path_factory.mktemp("revisits"))
    db = root / "disclosure.db"
    with replica("tiny") as url:
        crawl_states(url, db, (0, 0))
    return root, db


def records(path):
    """(offset, record, payload) of every record of one WARC file."""
    out = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            payload = record.content_stream().read()  # first: asking for the offset reads the record to its end
            out.append((it.get_record_offset(), record, payload))
    return out


def crawl_files(root, crawl_id):
    return [root / "warc" / n for n in sorted(os.listdir(root / "warc")) if n.startswith(f"jiangbei-{crawl_id:06d}-")]


def captures(root, crawl_id):
    """{uri: (type, record, payload digest)} of the crawl's 200 GET responses and revisits."""
    out = {}
    for path in crawl_files(root, crawl_id):
        for offset, rec, payload in records(path):
            if rec.rec_type in ("response", "revisit") and rec.http_headers.get_statuscode() == "200":
                digest = rec.rec_headers.get_header("WARC-Payload-Digest")
                out[rec.rec_headers.get_header("WARC-Target-URI")] = (rec, digest, path.name, offset, payload)
    return out


def test_an_unchanged_response_is_a_revisit_of_the_first_capture(repeated):
    root, _ = repeated
    first, second = captures(root, 1), captures(root, 2)
    kinds = {uri: rec.rec_type for uri, (rec, *_) in second.items()}
    assert "revisit" in kinds.values()
    for uri, (rec, digest, *_, payload) in second.items():
        before = first[uri]
        unchanged = revisits.payload_digest(payload) == before[1] if rec.rec_type == "response" else True
        if rec.rec_type == "response":  # written in full only when the payload differs (a visit counter in it)
            assert not unchanged, uri
            continue
        h = rec.rec_headers
        assert payload == b"" and digest == before[1]
        assert h.get_header("WARC-Profile") == PROFILE
        assert h.get_header("WARC-Refers-To") == before[0].rec_headers.get_header("WARC-Record-ID")
        assert h.get_header("WARC-Refers-To-Target-URI") == uri
        assert h.get_header("WARC-Refers-To-Date") == before[0].rec_headers.get_header("WARC-Date")
        assert rec.http_headers.get_header("X-Replica-Serial") != before[0].http_headers.get_header("X-Replica-Serial")


def test_a_revisit_reads_back_as_the_payload_it_refers_to(repeated):
    root, _ = repeated
    first = captures(root, 1)
    read = 0
    for uri, (rec, _, name, offset, _) in captures(root, 2).items():
        if rec.rec_type == "revisit":
            got_rec, http, body = warc.read_record(root / "warc", name, offset)
            assert got_rec.get_header("WARC-Type") == "revisit" and http.get_statuscode() == "200"
            assert body == first[uri][4] and body
            read += 1
    assert read


def test_warcio_checks_every_file(repeated):
    root, _ = repeated
    files = [str(root / "warc" / f) for f in sorted(os.listdir(root / "warc"))]
    check = subprocess.run([os.path.join(os.path.dirname(sys.executable), "warcio"), "check", *files],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stdout[-2000:]


def test_a_package_of_the_second_crawl_holds_the_records_its_revisits_refer_to(repeated, tmp_path):
    root, db = repeated
    package = tmp_path / "crawl2.wacz"
    made = cli("wacz", "--archive", str(db), "--crawl", "2", "-o", str(package))
    assert made.returncode == 0, made.stderr
    held, wanted = set(), set()
    with zipfile.ZipFile(package) as z:
        for name in z.namelist():
            if name.startswith("archive/"):
                path = tmp_path / os.path.basename(name)
                path.write_bytes(z.read(name))
                for _, rec, _ in records(path):
                    held.add(rec.rec_headers.get_header("WARC-Record-ID"))
                    if rec.rec_type == "revisit":
                        wanted.add(rec.rec_headers.get_header("WARC-Refers-To"))
        index = [json.loads(line.split(b" ", 2)[2]) for line in gzip.decompress(z.read("indexes/index.cdx.gz"))
                 .splitlines()]  # fmt: skip
    assert wanted and wanted <= held
    assert {e.get("mime") for e in index} >= {"warc/revisit"}
