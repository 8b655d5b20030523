"""Shared by tests/ and bench/: start the replica and run crawls in subprocesses, as a user would."""

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from contextlib import contextmanager

from jiangbei_crawler.crawl.local import crawl_command
from jiangbei_crawler.replica import Options, Portal, truth_records

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARCHIVE_DIR = os.path.join(ROOT, "archive")


def archive_config(root):
    """A copy of archive/ (metadata, settings, plugins, templates) to put a test database beside."""
    for name in ("metadata.yml", "settings.json", "plugins", "templates"):
        src = os.path.join(ARCHIVE_DIR, name)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(root, name))
    return root


@contextmanager
def replica(size="tiny", seed=1, state=0, quirks="all", extra=(), template="jiangbei"):
    cmd = [sys.executable, "-m", "jiangbei_crawler.replica", "serve", "--port", "0", "--size", size,
           "--seed", str(seed), "--state", str(state), "--quirks", quirks, "--template", template, *extra]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("READY"), f"replica did not start: {line!r}"
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


def set_state(url, k):
    req = urllib.request.Request(f"{url}/__admin__/state/{k}", method="POST")
    with urllib.request.urlopen(req) as resp:
        return json.loads(resp.read())


def end_outage(url):
    """Ends the replica's outage now (tests give it a long ``--outage-seconds`` and end it when they choose,
    so that nothing depends on how fast the machine crawls)."""
    req = urllib.request.Request(f"{url}/__admin__/outage/end", method="POST")
    with urllib.request.urlopen(req) as resp:
        return json.loads(resp.read())


def crawl_cmd(url, archive, *args, settings=None):
    return crawl_command(url, archive, *args, settings={"LOG_LEVEL": "INFO", **(settings or {})})


def cli(*args, timeout=300, **kwargs):
    """``jiangbei-crawler`` as a subprocess, from the repository root unless ``cwd`` says otherwise."""
    kwargs.setdefault("cwd", ROOT)
    return subprocess.run([sys.executable, "-m", "jiangbei_crawler.cli", *args], capture_output=True, text=True,
                          timeout=timeout, **kwargs)  # fmt: skip


def crawl(url, archive, *args, settings=None, timeout=600):
    proc = subprocess.run(crawl_cmd(url, archive, *args, settings=settings), cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc


def truth(url, size="tiny", seed=1, state=0, quirks="all", template="jiangbei"):
    portal = Portal(Options.build(seed, size, quirks=quirks, template=template))
    portal.set_state(state)
    records = list(truth_records(portal, url))
    return records[:-1], records[-1]["removed"]


FIELDS = ("title", "source", "published", "school", "category_path", "listings", "attachments", "body_text",
          "duplicate_of")  # fmt: skip


def archived(db_path):
    db = sqlite3.connect(db_path)
    db.row_factory = sqlite3.Row
    arts = {r["id"]: dict(r) for r in db.execute("select * from articles")}
    for r in arts.values():
        r["listings"], r["attachments"] = [], []
    for r in db.execute("select * from listings order by school, category_path"):
        arts[r["article_id"]]["listings"].append([r["school"], r["category_path"]])
    for r in db.execute("select * from attachments"):
        arts[r["article_id"]]["attachments"].append((r["name"], r["url"], r["sha256"]))
    db.close()
    return arts


def compare(db_path, records):
    """Per-field accuracy of the archive against the truth, plus the mismatches."""
    arts = archived(db_path)
    right, wrong = Counter(), []
    for t in records:
        got = arts.get(t["id"])
        expected = {**t, "attachments": sorted((a["name"], a["url"], a["sha256"]) for a in t["attachments"])}
        for f in FIELDS:
            value = None if got is None else (sorted(got[f]) if f == "attachments" else got[f])
            if value == expected[f]:
                right[f] += 1
            else:
                wrong.append((t["id"], f, value, expected[f]))
    accuracy = {f: right[f] / len(records) for f in FIELDS}
    return accuracy, wrong


def q(db, sql, *params):
    """Rows of one query on an archive, the connection closed after."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def rows(db, sql, *params):
    """Rows of one query on an archive as dicts, the connection closed after."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def free_port():
    """A loopback port nothing listens on now (the OS's choice, not the clock's)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return False


@contextmanager
def static_site(pages):
    """Serve ``{path: body or (status, body, content type)}`` on loopback; every other path is a 404."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            entry = pages.get(self.path)
            if entry is None:
                status, body, ctype = 404, b"<html><body>404</body></html>", "text/html"
            elif isinstance(entry, tuple):
                status, body, ctype = entry
            else:
                status, body, ctype = 200, entry, "text/html; charset=utf-8"
            body = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
