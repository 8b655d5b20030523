"""Shared helpers for the benchmarks: synthetic archives from the replica, timing, RSS."""

import json
import os
import resource
import statistics
import subprocess
import sys
import time

from jiangbei_crawler import store as storage
from jiangbei_crawler.replica import Options, Portal, truth_records

OUT = os.path.join(os.path.dirname(__file__), "out")


def items_from_replica(size="small", seed=1, articles=None):
    """Archive items exactly as the crawler would yield them, generated from the replica's truth."""
    portal = Portal(Options.build(seed, size, articles=articles))
    for rec in truth_records(portal, "http://127.0.0.1:8000"):
        if "removed" in rec:
            continue
        yield {
            "id": rec["id"], "url": rec["url"], "school": rec["school"], "category": rec["category_path"].split(">")[-1],
            "category_path": rec["category_path"], "title": rec["title"], "source": rec["source"],
            "published": rec["published"], "visits": 100, "body_text": rec["body_text"],
            "body_html": "".join(f"<p>{line}</p>" for line in rec["body_text"].split("\n")),
            "attachments": [{**a, "size": 1000, "text": a["name"]} for a in rec["attachments"]],
        }  # fmt: skip


def build_archive(path, items, batch=500):
    if os.path.exists(path):
        os.remove(path)
    db = storage.open_db(path)
    with storage.write_transaction(db):
        storage.ensure_db_shape(db)
    crawl_id = storage.start_crawl(db, "bench")
    buf = []
    for item in items:
        buf.append(item)
        if len(buf) >= batch:
            _flush(db, buf, crawl_id)
    _flush(db, buf, crawl_id)
    db.close()


def _flush(db, buf, crawl_id):
    with storage.write_transaction(db):
        hashes = {storage.content_hash(i) for i in buf}
        for item in buf:
            storage.save_article(db, item, crawl_id)
        storage.resolve_duplicates(db, hashes)
    buf.clear()


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def median(values):
    return statistics.median(values)


def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def children_peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_measured(cmd, **kwargs):
    """Run a command; return (seconds, peak RSS MB of that child, completed process)."""
    code = (
        "import resource, subprocess, sys, time, json;"
        "t = time.perf_counter(); p = subprocess.run(sys.argv[1:], capture_output=True, text=True);"
        "print(json.dumps({'s': time.perf_counter() - t, 'rss': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,"
        " 'rc': p.returncode, 'out': p.stdout[-4000:], 'err': p.stderr[-20000:]}))"
    )
    proc = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, **kwargs)
    data = json.loads(proc.stdout)
    return data


def save(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f"{name}.json"), "w") as fh:
        json.dump(data, fh, indent=1, ensure_ascii=False)
