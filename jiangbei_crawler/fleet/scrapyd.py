"""Many portals run by Scrapyd: one job per enabled portal, on its host, into its own archive.

Scrapyd does the running (``schedule.json``, ``listjobs.json``, ``max_proc``); this module only submits,
waits, and reads each portal's own ``crawls`` table, since Scrapyd reports no exit status. A job id is
``<portal id>.<UTC time>``, so a portal's pending or running job is found by its prefix and never doubled.
"""

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

from ..processes import stop

PROJECT, SPIDER = "jiangbei_crawler", "disclosure"


class ScrapydError(Exception):
    """One line: which Scrapyd, what went wrong."""


def api(base, endpoint, data=None, timeout=30):
    """A Scrapyd JSON API call (POST when ``data`` is given, a list of pairs); its error status is an error."""
    url = f"{base}/{endpoint}"
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    try:
        with urllib.request.urlopen(url, data=body, timeout=timeout) as resp:
            answer = json.loads(resp.read())
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ScrapydError(f"Scrapyd at {base} did not answer {endpoint}: {reason}") from None
    if answer.get("status") != "ok":
        raise ScrapydError(f"Scrapyd at {base} refused {endpoint}: {answer.get('message', answer)}")
    return answer


SCRAPYD_CONF = """[scrapyd]
bind_address = {bind}
http_port = {port}
max_proc = {max_proc}
poll_interval = 0.5
logs_dir = {logs}
dbs_dir = {dir}/dbs
eggs_dir = {dir}/eggs
jobs_to_keep = 20
"""
# Scrapyd lists the projects of the closest scrapy.cfg, and `scrapy list` / `scrapy crawl` read it too: the
# project's settings module is all Scrapyd needs where the project is installed (no egg).
SCRAPY_CFG = "[settings]\n{project} = jiangbei_crawler.settings\n"


def free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def scrapyd(workdir, port=None, max_proc=0, logs=None, bind="127.0.0.1"):
    """A Scrapyd daemon serving this project from ``workdir`` (its scrapyd.conf names the project's settings,
    so no egg is needed where the project is installed); its URL while the block runs, stopped after."""
    port = port or free_port()
    os.makedirs(workdir, exist_ok=True)
    with open(os.path.join(workdir, "scrapyd.conf"), "w", encoding="utf-8") as fh:
        fh.write(SCRAPYD_CONF.format(bind=bind, port=port, max_proc=max_proc, logs=logs or os.path.join(workdir, "logs"),
                                     dir=workdir))  # fmt: skip
    with open(os.path.join(workdir, "scrapy.cfg"), "w", encoding="utf-8") as fh:
        fh.write(SCRAPY_CFG.format(project=PROJECT))
    log = open(os.path.join(workdir, "scrapyd.out"), "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([sys.executable, "-m", "scrapyd"], cwd=workdir, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, base, workdir)
        yield base
    finally:
        stop(proc, 30)
        log.close()


def wait_until_up(proc, base, workdir, timeout=60):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise ScrapydError(f"Scrapyd did not start (exit {proc.returncode}); see {workdir}/scrapyd.out")
        try:
            api(base, "daemonstatus.json", timeout=2)
            return
        except ScrapydError:
            time.sleep(0.2)
    raise ScrapydError(f"Scrapyd did not answer on {base} within {timeout} s")


def last_crawl_id(archive):
    """The id of the archive's latest crawl (0 for none, or no archive yet)."""
    row = read_crawls(archive, "select max(id) as id from crawls")
    return (row[0]["id"] or 0) if row else 0


def read_crawls(archive, sql, params=()):
    """Rows of a query on an archive, read-only; [] when there is no archive (or no crawls table) yet."""
    if not os.path.exists(archive):
        return []
    conn = sqlite3.connect(f"file:{archive}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def busy_jobs(base):
    """Portal id -> job id of every pending or running job of the project on this Scrapyd."""
    jobs = api(base, f"listjobs.json?project={PROJECT}")
    return {job["id"].rpartition(".")[0]: job["id"] for state in ("pending", "running") for job in jobs.get(state, [])}


def schedule(config, target, now=None):
    """One Scrapyd job per enabled portal, skipping a portal that has a job pending or running. ``target`` maps
    a portal to (Scrapyd URL, archive path there). Returns [(portal, base, job id or None, archive, since)]:
    ``since`` is the archive's last crawl id before the job, or, for a skipped portal, the job already there."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    busy, runs = {}, []
    for portal in config.enabled():
        base, archive = target(portal)
        if base not in busy:
            busy[base] = busy_jobs(base)
        if portal.id in busy[base]:
            runs.append((portal, base, None, archive, busy[base][portal.id]))
            continue
        os.makedirs(os.path.dirname(archive), exist_ok=True)
        job = f"{portal.id}.{stamp}"
        since = last_crawl_id(archive)
        data = [("project", PROJECT), ("spider", SPIDER), ("jobid", job),
                ("mode", portal.options.get("mode", "incremental"))]  # fmt: skip
        data += [("setting", f"{k}={v}") for k, v in portal.settings(archive).items()]
        api(base, "schedule.json", data)
        runs.append((portal, base, job, archive, since))
    return runs


def wait(runs, poll=1.0):
    """Until every job scheduled in ``runs`` has finished on its Scrapyd."""
    pending = {(base, job) for _, base, job, _, _ in runs if job}
    while pending:
        for base in {b for b, _ in pending}:
            finished = {j["id"] for j in api(base, f"listjobs.json?project={PROJECT}").get("finished", [])}
            pending -= {(base, job) for job in finished}
        if pending:
            time.sleep(poll)


def outcome(portal, archive, since):
    """(ok, line) of a portal's crawls after crawl ``since``, read from its archive."""
    rows = read_crawls(archive, "select id, status, summary from crawls where id > ? order by id", [since])
    if not rows:
        return False, f"{portal.id}: failed: no crawl recorded (it did not start: see the Scrapyd job log)"
    last = rows[-1]
    line = last["summary"] or f"crawl {last['id']} {last['status']}"
    return last["status"] == "ok", f"{portal.id}: {line}"


def status_lines(config):
    """(all ok, one line per portal) of every portal's last crawl, from the archives on this host."""
    ok, lines = True, []
    for portal in config.portals:
        archive = config.archive(portal)
        rows = read_crawls(
            archive, "select id, status, summary, started, finished from crawls order by id desc limit 1"
        )
        if not rows:
            lines.append(f"{portal.id}: never crawled ({archive})")
            ok = ok and not portal.enabled
            continue
        row = rows[0]
        when = row["finished"] or f"running since {row['started']}"
        lines.append(f"{portal.id}: {row['summary'] or 'crawl ' + str(row['id']) + ' ' + row['status']} ({when})")
        ok = ok and (row["status"] in ("ok", "running") or not portal.enabled)
    return ok, lines


@contextmanager
def local_scrapyd(config):
    """A Scrapyd on 127.0.0.1 for this run, in a temporary folder; its job logs kept in archives/logs/."""
    workdir = tempfile.mkdtemp(prefix="jiangbei-scrapyd-")
    try:
        logs = os.path.join(config.archives, "logs", "scrapyd")
        with scrapyd(workdir, max_proc=config.max_proc or max(len(config.enabled()), 1), logs=logs) as base:
            yield base
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
