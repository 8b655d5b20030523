"""Replay with pywb: an archived article viewed as the portal served it, from the archive alone."""

import asyncio
import hashlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from datasette.app import Datasette

from jiangbei_crawler.testing import (
    ROOT,
    archive_config,
    crawl_states,
    free_port,
    replica,
    rows,
    wait_for,
)

pytestmark = pytest.mark.slow
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{8,}")


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def answers(url):
    try:
        return get(url)[0] == 200
    except OSError:
        return False


def holds(body, words):
    """``words`` are in the served bytes, in either coding the portal uses (a page may be GBK whatever its
    Content-Type says: the replay serves its bytes as captured)."""
    return words.encode("utf-8") in body or words.encode("gb18030") in body


@pytest.fixture(scope="module")
def replayed(tmp_path_factory):
    """tiny crawled at state 0 and 1 (edits), the replica then stopped, and pywb serving the archive:
    (db, pywb base URL, replica URL, the index files the crawls left)."""
    root = archive_config(tmp_path_factory.mktemp("replay"))
    db = root / "disclosure.db"
    with replica("tiny") as url:
        crawl_states(url, db, (0, 1))
    indexed = sorted(os.listdir(root / "replay" / "indexes"))  # made by the crawls themselves
    port = free_port()
    cmd = [sys.executable, "-m", "jiangbei_crawler.cli", "replay", "--archive", str(db), "--port", str(port)]
    server = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        assert server.stdout.readline().startswith("replaying the archive")
        assert wait_for(lambda: answers(f"{base}/archive/"), timeout=60), "pywb did not start"
        yield db, base, url, indexed
    finally:
        server.terminate()
        server.wait(10)


def test_every_crawl_leaves_a_current_replay_index(replayed):
    db, _, _, indexed = replayed
    warcs = sorted(n[: -len(".warc.gz")] for n in os.listdir(db.parent / "warc"))
    assert [n[: -len(".cdxj")] for n in indexed] == warcs and len(warcs) == 2


def test_an_article_replays_with_its_body_text_and_its_image_from_the_archive(replayed, monkeypatch):
    db, base, portal, _ = replayed
    port = base.rsplit(":", 1)[1]
    monkeypatch.setenv("JIANGBEI_REPLAY_PORT", port)
    aid, sha, image_url = rows(db, "select article_id, sha256, url from images where file is not null limit 1")[
        0
    ].values()
    art = rows(db, "select url, body_text from articles where id = ?", aid)[0]
    page = asyncio.run(Datasette(config_dir=db.parent).client.get(f"/disclosure/articles/{aid}")).text
    href = re.search(r'<a href="([^"]+)" class="replay">[^<]*Replay as captured on \d{4}-\d\d-\d\d \d\d:\d\d', page)
    assert href, page[:3000]
    href = href.group(1).replace("http://localhost:", "http://127.0.0.1:")
    stamp, url = re.match(rf"{re.escape(base)}/archive/(\d{{14}})/(.+)$", href).groups()
    assert url == art["url"]
    status, _, body = get(f"{base}/archive/{stamp}mp_/{url}")  # the page inside pywb's frame
    assert status == 200 and holds(body, CJK_RUN.search(art["body_text"]).group(0))
    srcs = re.findall(r'<img[^>]+src="([^"]+)"', body.decode("latin-1"))
    assert srcs and all(s.startswith("/archive/") for s in srcs)  # every image from the archive, none live
    image = next(s for s in srcs if s.endswith(image_url))
    status, _, data = get(base + image)
    assert status == 200 and hashlib.sha256(data).hexdigest() == sha
    assert portal.split("//")[1] in url  # the replica is stopped: what came back came from the WARC files


def shown(version):
    """Texts of a version that its page shows verbatim: title, attachment names, long runs of body text."""
    names = [a["name"] for a in json.loads(version["attachments"] or "[]")]
    return [version["title"], *names, *CJK_RUN.findall(version["body_text"] or "")]


def test_a_version_replays_as_that_version(replayed):
    db, base, _, _ = replayed
    from jiangbei_crawler import store as storage
    from jiangbei_crawler.web import replay

    conn = sqlite3.connect(db)
    edited = [r[0] for r in conn.execute("select article_id from article_versions group by 1 having count(*) > 1")]
    checked = 0
    for aid in edited:
        versions = storage.versions_of(conn, aid)
        url = conn.execute("select url from articles where id = ?", [aid]).fetchone()[0]
        added = [t for t in shown(versions[-1]) if t not in "\n".join(shown(versions[0]))]
        if not added:
            continue  # an edit of the date or source only
        served = []
        for v in (versions[0], versions[-1]):
            href = replay.link(base, db.parent / "warc", url, v)["href"]
            status, _, body = get(re.sub(r"/archive/(\d{14})/", r"/archive/\1mp_/", href))
            assert status == 200
            served.append(body)
        # what the edit put in is in the last capture, not in the first
        assert holds(served[1], added[0]) and not holds(served[0], added[0]), (aid, added[0])
        checked += 1
    conn.close()
    assert checked


def test_the_timeline_lists_every_capture_and_the_live_web_is_off(replayed):
    db, base, _, _ = replayed
    url = rows(db, "select url from articles order by id limit 1")[0]["url"]
    status, _, body = get(f"{base}/archive/cdx?url={urllib.request.quote(url, safe='')}&output=json")
    captures = [json.loads(line) for line in body.splitlines() if line.strip()]
    assert status == 200 and len({c["timestamp"] for c in captures}) == 2  # one per crawl
    assert get(f"{base}/archive/*/{url}")[0] == 200
    assert get(f"{base}/live/{url}")[0] == 404
