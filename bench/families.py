"""Every replica template family crawled end to end: accuracy against the truth, requests, incremental cost.

    python -m bench.run --only families

``jiangbei`` is crawled with its site profile and without; ``specalt`` (the SPEC's URLs, other markup) with
the profile, which must fall through to the generic rules; ``powereasy`` and ``table`` with no profile at all.
Each: a full crawl of the small replica (2,000 articles, all quirks), then an unchanged repeat.
"""

import os
import sqlite3
import tempfile

from jiangbei_crawler.testing import compare, truth

from .crawl_bench import Replica, crawl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIGS = {
    "jiangbei (profile)": ("jiangbei", []),
    "jiangbei (no profile)": ("jiangbei", ["-s", "SITE_PROFILE=none"]),
    "specalt (profile URLs, other markup)": ("specalt", []),
    "powereasy (no profile)": ("powereasy", ["-s", "SITE_PROFILE=none"]),
    "table (no profile)": ("table", ["-s", "SITE_PROFILE=none"]),
}


def run(size="small"):

    out = {}
    for name, (template, extra) in CONFIGS.items():
        replica = Replica("--size", size, "--template", template)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                db = os.path.join(tmp, "a.db")
                full = crawl(replica.url, db, *extra)
                repeat = crawl(replica.url, db, *extra)
                records, _ = truth(replica.url, size, template=template)
                accuracy, wrong = compare(db, records)
                status = sqlite3.connect(db).execute("select status from crawls order by id").fetchall()
        finally:
            replica.close()
        out[name] = {"articles": len(records), "accuracy": {k: round(v, 4) for k, v in accuracy.items()},
                     "wrong": len(wrong), "requests": full["requests"], "seconds": full["seconds"],
                     "repeat_requests": repeat["requests"], "repeat_share": round(repeat["requests"] / full["requests"], 4),
                     "status": [s[0] for s in status]}  # fmt: skip
    return out
