"""WACZ packages proven in a real player: ReplayWeb.page, served from loopback, in headless Chromium, shows an
archived article's title and body text, for a package of every crawl and for a package of one crawl."""

import functools
import hashlib
import http.server
import io
import json
import os
import re
import shutil
import sqlite3
import sys
import threading
import time
import zipfile

import pytest

from jiangbei_crawler.store import warc
from jiangbei_crawler.testing import archive_config, cli, crawl_states, replica

pytestmark = pytest.mark.slow  # two crawls and a browser
PLAYER = os.path.join(sys.prefix, "replaywebpage")  # scripts/ensure-replaywebpage unpacks it there
FIRST_IFRAME = """
const queue = [document.documentElement];
while (queue.length) {
  const node = queue.shift();
  if (node.tagName === 'IFRAME') return node;
  if (node.shadowRoot) queue.push(node.shadowRoot);
  for (const child of node.children || []) queue.push(child);
}
return null;
"""


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with byte ranges, as ReplayWeb.page reads a WACZ (its index first, then single records)."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wacz": "application/wacz",
                      ".js": "application/javascript"}  # fmt: skip

    def log_message(self, *args):
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        wanted = re.match(r"bytes=(\d*)-(\d*)$", self.headers.get("Range", ""))
        if not wanted or not os.path.isfile(path):
            return super().send_head()
        size = os.path.getsize(path)
        first, last = wanted.groups()
        start = int(first) if first else size - int(last)
        end = min(int(last) if first and last else size - 1, size - 1)
        with open(path, "rb") as fh:
            fh.seek(start)
            data = fh.read(end - start + 1)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return io.BytesIO(data)


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """tiny crawled twice (the second crawl's unchanged responses are revisits), the replica stopped, and two
    packages in a folder with the player: every crawl, and the second crawl alone."""
    root = archive_config(tmp_path_factory.mktemp("rwp"))
    db = root / "disclosure.db"
    with replica("tiny") as url:
        crawl_states(url, db, (0, 0))
    site = tmp_path_factory.mktemp("site")
    shutil.copytree(PLAYER, site / "replay", ignore=shutil.ignore_patterns("src", "dist", "ruffle", "adblock"))
    for name, extra in (("all.wacz", []), ("crawl2.wacz", ["--crawl", "2"])):
        made = cli("wacz", "--archive", str(db), *extra, "-o", str(site / name))
        assert made.returncode == 0, made.stderr
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(RangeHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield db, site, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def readable_article(db):
    """An article whose captured page says its true charset (the replica also serves GBK labelled UTF-8, which a
    browser shows garbled, in a player as on the portal): (url, title, a run of its body text)."""
    conn = sqlite3.connect(db)
    rows = conn.execute("select url, title, body_text, warc_file, warc_offset from articles order by id").fetchall()
    conn.close()
    for url, title, body, name, offset in rows:
        _, http_headers, payload = warc.read_record(db.parent / "warc", name, offset, decoded=True)
        charset = re.search(r"charset=([\w-]+)", http_headers.get_header("Content-Type") or "")
        run = re.search(r"[\u4e00-\u9fff]{8,}", body or "")
        try:
            page = payload.decode(charset.group(1) if charset else "utf-8")
        except (UnicodeDecodeError, LookupError):
            continue
        if run and title in page and run.group(0) in page:
            return url, title, run.group(0)
    raise AssertionError("no article page in the archive decodes as it says")


def shown_text(driver):
    """The text of the innermost frame the player shows (frames nest inside its shadow roots)."""
    driver.switch_to.default_content()
    for _ in range(6):
        frame = driver.execute_script(FIRST_IFRAME)
        if frame is None:
            break
        driver.switch_to.frame(frame)
    return driver.execute_script("return document.body ? document.body.innerText : ''")


def play(driver, base, package, url, expected, timeout=120):
    page = (f'<!doctype html><meta charset="utf-8"><script src="/replay/ui.js"></script>'
            f'<replay-web-page source="/{package}" url="{url}" replayBase="/replay/" embed="replayonly" '
            f'style="display:block;width:1100px;height:1400px"></replay-web-page>')  # fmt: skip
    name = f"{package}.html"
    with open(os.path.join(driver.site, name), "w", encoding="utf-8") as fh:
        fh.write(page)
    driver.get(f"{base}/{name}")
    end, text = time.monotonic() + timeout, ""
    while time.monotonic() < end:
        text = shown_text(driver)
        if all(e in text for e in expected):
            return text
        time.sleep(1)
    raise AssertionError(f"{package}: {expected} not shown; the player showed: {text[:500]!r}")


@pytest.mark.parametrize("package", ["all.wacz", "crawl2.wacz"])
def test_the_player_shows_an_archived_article(packages, browser, package):
    db, site, base = packages
    browser.site = site
    url, title, run = readable_article(db)
    text = play(browser, base, package, url, [title, run])
    assert title in text and run in text


@pytest.mark.parametrize("package", ["all.wacz", "crawl2.wacz"])
def test_packages_follow_wacz_1_1_1(packages, package):
    db, site, _ = packages
    with zipfile.ZipFile(site / package) as z:
        names = set(z.namelist())
        data = json.loads(z.read("datapackage.json"))
        digest = json.loads(z.read("datapackage-digest.json"))
        pages = [json.loads(line) for line in z.read("pages/pages.jsonl").splitlines()]
        for resource in data["resources"]:
            assert resource["hash"] == "sha256:" + hashlib.sha256(z.read(resource["path"])).hexdigest()
        assert digest["hash"] == "sha256:" + hashlib.sha256(z.read("datapackage.json")).hexdigest()
    assert data["wacz_version"] == "1.1.1" and {r["path"] for r in data["resources"]} == names - {
        "datapackage.json", "datapackage-digest.json"}  # fmt: skip
    assert any(n.startswith("indexes/") and ".cdx" in n for n in names)
    conn = sqlite3.connect(db)
    articles = dict(conn.execute("select url, title from articles"))
    conn.close()
    assert pages[0]["format"] == "json-pages-1.0"
    assert {p["url"]: p["title"] for p in pages[1:]} == articles  # every article once, with its title
