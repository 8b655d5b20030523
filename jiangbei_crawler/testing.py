"""Shared by tests/ and bench/: start the replica and run crawls in subprocesses, as a user would."""

import asyncio
import http.server
import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
import time
import urllib.request
import zlib
from collections import Counter
from contextlib import contextmanager

from jiangbei_crawler import store as storage
from jiangbei_crawler.crawl.local import FAST_ARGS, crawl_command
from jiangbei_crawler.processes import stop
from jiangbei_crawler.replica import Options, Portal, truth_records
from jiangbei_crawler.store.search import COLUMNS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARCHIVE_DIR = os.path.join(ROOT, "archive")


def archive_config(root):
    """A copy of archive/ (metadata, settings, plugins, any templates) to put a test database beside."""
    for name in ("metadata.yml", "settings.json", "plugins", "templates"):
        src = os.path.join(ARCHIVE_DIR, name)
        if not os.path.exists(src):  # templates/: the archive's own ship in the package (web/templates)
            continue
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(root, name))
    return root


def start_replica(*args):
    """``python -m jiangbei_crawler.replica serve`` on a free port: (the process, its URL once it says READY)."""
    cmd = [sys.executable, "-m", "jiangbei_crawler.replica", "serve", "--port", "0", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    if not line.startswith("READY"):
        stop(proc, 5)
        raise RuntimeError(f"replica did not start: {line!r}")
    return proc, f"http://127.0.0.1:{int(line.split()[1])}"


@contextmanager
def replica(size="tiny", seed=1, state=0, quirks="all", extra=(), template="jiangbei"):
    proc, url = start_replica("--size", size, "--seed", str(seed), "--state", str(state), "--quirks", quirks,
                              "--template", template, *extra)  # fmt: skip
    try:
        yield url
    finally:
        stop(proc, 5)


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


CLI = [sys.executable, "-m", "jiangbei_crawler.cli"]


def cli(*args, timeout=300, **kwargs):
    """``jiangbei-crawler`` as a subprocess, from the repository root unless ``cwd`` says otherwise."""
    kwargs.setdefault("cwd", ROOT)
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, **kwargs)


def cron_args(url, archive, *extra):
    """``cron`` on a local portal with the fast local settings (no delay, no autothrottle)."""
    return ["cron", "--portal", url, "--archive", str(archive), *FAST_ARGS, *extra]


def cron(url, archive, *extra, timeout=900, **kwargs):
    """``jiangbei-crawler cron`` run to its end (``kwargs`` go to subprocess.run: env, preexec_fn ...)."""
    return cli(*cron_args(url, archive, *extra), timeout=timeout, **kwargs)


def without_root_override(cmd):
    """As root, permissions mean nothing: run without the capabilities that bypass them (util-linux's setpriv)."""
    if os.geteuid() != 0:
        return cmd
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--", *cmd]


def cron_cmd(url, archive, *extra):
    return [*CLI, *cron_args(url, archive, *extra)]


def start_cron(url, archive, *extra, **kwargs):
    """``jiangbei-crawler cron`` started, not waited for (``kwargs`` go to subprocess.Popen)."""
    kwargs = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True, "cwd": ROOT, **kwargs}
    return subprocess.Popen(cron_cmd(url, archive, *extra), **kwargs)


def small_disk(limit):
    """A preexec_fn for a child whose writes past ``limit`` bytes fail with EFBIG, as on a full disk."""

    def preexec():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # without this the write would kill the child instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return preexec


def crawl(url, archive, *args, settings=None, timeout=600):
    proc = subprocess.run(crawl_cmd(url, archive, *args, settings=settings), cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    return proc


def crawl_states(url, db, states, settings=None):
    """Crawl the replica at ``url`` into ``db`` once per entry of ``states``, the replica moved to that state
    first (0: left as it is); every list and article re-checked each run, and every run must end well."""
    for state in states:
        if state:
            set_state(url, state)
        proc = crawl(url, db, settings={"REVISIT_ROTATION": "1", **(settings or {})})
        assert proc.returncode == 0, proc.stderr[-2000:]


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


def fresh_db(path=":memory:"):
    """An empty archive database of today's shape (in memory unless ``path`` is given), open."""
    return storage.ensure_db_shape(storage.open_db(str(path)))


def instr_where(query, columns=COLUMNS):
    """SQL true when every term of ``query`` is in one of ``columns``: the plain scan a search must equal."""
    terms = [t.replace("'", "''") for t in query.split()]
    per_term = (" or ".join(f"instr(coalesce({c}, ''), '{t}') > 0" for c in columns) for t in terms)
    return " and ".join(f"({cond})" for cond in per_term)


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


def asgi_response(wrapper, chunks, headers=(), query=b""):
    """What a client receives of a CSV response sent in ``chunks`` through an ASGI ``wrapper`` (a Datasette
    plugin's asgi_wrapper): (the start message, the body)."""

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": list(headers)})
        for i, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": i < len(chunks) - 1})

    sent = []

    async def send(message):
        sent.append(message)

    asyncio.run(wrapper(app)({"type": "http", "path": "/disclosure/articles.csv", "query_string": query}, None, send))
    return sent[0], b"".join(m.get("body", b"") for m in sent[1:])


def answers(url, timeout=2):
    """Whether ``url`` answers 200 now (False while the server is still starting)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status == 200
    except OSError:
        return False


@contextmanager
def datasette(root, exe=(sys.executable, "-m", "datasette", "serve"), probe="/-/settings.json", **popen):
    """Datasette serving ``root`` on a free loopback port, once it answers: yields its base URL.
    ``popen`` goes to subprocess.Popen (env, cwd, stderr to keep its log)."""
    port = free_port()
    popen = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, **popen}
    proc = subprocess.Popen([*exe, str(root), "-h", "127.0.0.1", "-p", str(port)], **popen)
    base = f"http://127.0.0.1:{port}"
    try:
        if not wait_for(lambda: answers(base + probe), timeout=60):
            raise RuntimeError(f"datasette did not answer {probe}")
        yield base
    finally:
        stop(proc, 10)


@contextmanager
def serve(respond, host="127.0.0.1", port=0, protocol="HTTP/1.0"):
    """Serve GET, HEAD and POST on a loopback ``host``: ``respond(handler)`` gives (status, body, headers) for
    each, headers a dict or just the Content-Type; ``handler.command`` is the method and ``handler.body`` the
    bytes a POST sent. Yields the base URL."""

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = protocol
        body = b""

        def do_GET(self, send_body=True):  # noqa: N802 - http.server's naming
            status, body, headers = respond(self)
            headers = {"Content-Type": headers} if isinstance(headers, str) else headers
            body = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            if send_body:
                self.wfile.write(body)

        def do_HEAD(self):  # noqa: N802
            self.do_GET(send_body=False)

        def do_POST(self):  # noqa: N802
            self.body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.do_GET()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer((host, port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def tiny_png():
    """A valid 1x1 grey PNG, the picture of an image-only notice in a fixture site (built here, no image library)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")
    )


def static_site(pages):
    """Serve ``{path: body or (status, body, content type)}`` on loopback; every other path is a 404."""

    def respond(request):
        entry = pages.get(request.path)
        if entry is None:
            return 404, "<html><body>404</body></html>", "text/html"
        return entry if isinstance(entry, tuple) else (200, entry, "text/html; charset=utf-8")

    return serve(respond)
