"""Crawl throughput against the replica, side by side with `scrapy bench`; memory; incremental cost."""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

from jiangbei_crawler.crawl.local import crawl_command
from jiangbei_crawler.processes import stop
from jiangbei_crawler.testing import ROOT, set_state, start_replica

from .common import run_measured


def crawl_args(url, archive, *extra):
    """The local fast-crawl command (jiangbei_crawler.crawl.local), with robots.txt obeyed as on the real portal."""
    return [*crawl_command(url, archive, settings={"LOG_LEVEL": "INFO", "ROBOTSTXT_OBEY": "1"}), *extra]


class Replica:
    """The replica as a child process for a benchmark's length (``close()`` it)."""

    def __init__(self, *args):
        self.proc, self.url = start_replica(*args)

    def state(self, k):
        set_state(self.url, k)

    def close(self):
        stop(self.proc, 5)


def crawl(url, archive, *extra):
    data = run_measured(crawl_args(url, archive, *extra), cwd=ROOT)
    assert data["rc"] == 0, data["err"][-2000:]
    conn = sqlite3.connect(archive)
    row = conn.execute("select requests, new, changed, unchanged from crawls order by id desc limit 1").fetchone()
    conn.close()
    return {"seconds": round(data["s"], 1), "peak_rss_mb": round(data["rss"]), "requests": row[0],
            "articles": row[1] + row[2] + row[3], "pages_per_s": round(row[0] / data["s"], 1),
            "articles_per_s": round((row[1] + row[2] + row[3]) / data["s"], 1)}  # fmt: skip


def scrapy_bench():
    """Scrapy's own ceiling here: fetch + follow links, no parsing or storage (10 s)."""
    data = run_measured([sys.executable, "-m", "scrapy", "bench", "-s", "LOG_LEVEL=INFO"], cwd=tempfile.gettempdir())
    err = data["err"]
    pages = int(re.search(r"'response_received_count': (\d+)", err).group(1))
    elapsed = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", err).group(1))
    return {"pages": pages, "seconds": round(elapsed, 1), "pages_per_s": round(pages / elapsed, 1)}


def throughput(size="medium"):
    """Our crawl and scrapy bench, interleaved in one run: bench, crawl, bench."""
    with tempfile.TemporaryDirectory() as tmp:
        before = scrapy_bench()
        replica = Replica("--size", size)
        try:
            ours = crawl(replica.url, os.path.join(tmp, "a.db"))
        finally:
            replica.close()
        after = scrapy_bench()
        db_bytes = os.path.getsize(os.path.join(tmp, "a.db"))
        size_bytes = db_bytes + sum(
            os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(tmp, "files")) for f in fs
        )
    ceiling = (before["pages_per_s"] + after["pages_per_s"]) / 2
    return {"size": size, "ours": ours, "scrapy_bench": [before, after], "ratio": round(ours["pages_per_s"] / ceiling, 2),
            "archive_bytes": db_bytes, "archive_bytes_with_files": size_bytes}  # fmt: skip


def templates_cost(size="medium"):
    """Pages per second of a full crawl with template memory off and on, alternating off, on, on, off in one run
    (a drift of the machine falls on both sides alike); the ratio is on / off."""
    runs = {"off": [], "on": []}
    replica = Replica("--size", size)
    try:
        for side in ("off", "on", "on", "off"):
            with tempfile.TemporaryDirectory() as tmp:
                flag = "-s", f"LEARN_TEMPLATES={int(side == 'on')}"
                runs[side].append(crawl(replica.url, os.path.join(tmp, "a.db"), *flag))
    finally:
        replica.close()
    rate = {side: round(sum(r["pages_per_s"] for r in rs) / len(rs), 1) for side, rs in runs.items()}
    return {"size": size, "runs": runs, "pages_per_s": rate, "ratio_on_off": round(rate["on"] / rate["off"], 3)}


def memory(size):
    with tempfile.TemporaryDirectory() as tmp:
        replica = Replica("--size", size)
        try:
            ours = crawl(replica.url, os.path.join(tmp, "a.db"))
        finally:
            replica.close()
        ours["archive_bytes"] = os.path.getsize(os.path.join(tmp, "a.db"))
    return ours


def incremental(size="small"):
    """Requests and time of repeat crawls with 0, 10 and 100 new articles, against the full crawl."""
    out = {}
    for new in (10, 100):
        with tempfile.TemporaryDirectory() as tmp:
            archive = os.path.join(tmp, "a.db")
            replica = Replica("--size", size, "--new-per-step", str(new), "--quirks", "all")
            try:
                full = crawl(replica.url, archive)
                repeat = crawl(replica.url, archive)
                replica.state(1)
                step = crawl(replica.url, archive)
            finally:
                replica.close()
        out.setdefault("full", full)
        out.setdefault("new_0", repeat)
        out[f"new_{new}"] = step
    for key in ("new_0", "new_10", "new_100"):
        out[key]["requests_vs_full"] = round(out[key]["requests"] / out["full"]["requests"], 4)
        out[key]["time_vs_full"] = round(out[key]["seconds"] / out["full"]["seconds"], 4)
    return out


def replica_rate(seconds=10):
    """Pages/s the replica serves to wrk on loopback (small pages, 32 connections)."""
    if not shutil.which("wrk"):
        return {"error": "wrk is not installed (apt-get install wrk)"}
    replica = Replica("--size", "large", "--quirks", "all")
    out = {}
    try:
        for name, path in (
            ("school", "/school.asp?sid=10"),
            ("list", "/list.asp?sid=10&cid=3"),
            ("article", "/show.asp?id=5000"),
        ):
            proc = subprocess.run(
                ["wrk", "-t2", "-c32", f"-d{seconds}s", replica.url + path], capture_output=True, text=True
            )
            rate = float(re.search(r"Requests/sec:\s+([\d.]+)", proc.stdout).group(1))
            out[name] = round(rate)
    finally:
        replica.close()
    return out


def profile(size="small"):
    """pyinstrument over a full crawl: where the crawler's own time goes."""
    with tempfile.TemporaryDirectory() as tmp:
        replica = Replica("--size", size)
        try:
            crawl = crawl_args(replica.url, os.path.join(tmp, "a.db"))
            cmd = [sys.executable, "-m", "pyinstrument", "-r", "text", "--show-all", "-o", os.path.join(tmp, "p.txt"),
                   *crawl[1:]]  # fmt: skip
            subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
        finally:
            replica.close()
        return open(os.path.join(tmp, "p.txt")).read()
