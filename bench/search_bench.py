"""Search latency through Datasette's JSON API: the bigram index vs an instr() scan, same view."""

import asyncio
import json
import pathlib
import random
import shutil
import sqlite3
import tempfile
import time

from .common import build_archive, items_from_replica, median, p95

ARCHIVE_DIR = pathlib.Path(__file__).parent.parent / "archive"
COLUMNS = ("title", "body_text", "attachments_text")


def queries(conn, rng, per_length=10):
    texts = [r[0] for r in conn.execute("select body_text from articles where length(body_text) > 200 limit 5000")]
    out = {1: [], 2: [], 3: [], 4: [], "multi": []}
    while any(len(out[k]) < per_length for k in (1, 2, 3, 4)):
        t = rng.choice(texts)
        n = rng.choice([k for k in (1, 2, 3, 4) if len(out[k]) < per_length])
        i = rng.randrange(len(t) - n)
        term = t[i : i + n]
        if not any(c.isspace() for c in term) and term not in out[n]:
            out[n].append(term)
    for _ in range(per_length):
        out["multi"].append(f"{rng.choice(out[2])} {rng.choice(out[3])}")
    return out


def instr_where(query):
    terms = [t.replace("'", "''") for t in query.split()]
    per = [" or ".join(f"instr(coalesce({c}, ''), '{t}') > 0" for c in COLUMNS) for t in terms]
    return " and ".join(f"({p})" for p in per)


SNIPPET = "zh_snippet(title || char(10) || coalesce(body_text, '') || char(10) || coalesce(attachments_text, ''), :q)"


async def latency(ds, path, params):
    start = time.perf_counter()
    resp = await ds.client.get(path, params=params)
    elapsed = time.perf_counter() - start
    assert resp.status_code == 200, resp.text[:300]
    return elapsed, resp.json()


def instr_sql(query):
    """The same question as the `search` canned query, answered by scanning: every match must be found
    before the best 50 are known (title hits first, then the newest), so the scan cannot stop early."""
    title_hit = " + ".join(f"(instr(title, '{t}') > 0)" for t in (x.replace("'", "''") for x in query.split()))
    return (
        f"select id, title, school, published, {SNIPPET} as snippet from articles where {instr_where(query)} "
        f"order by {title_hit} desc, id desc limit 50"
    )


async def measure(ds, qs, repeats=3):
    """Per query: the ranked `search` canned query `repeats` times and the articles table's search box once,
    against the instr() scan once (it takes seconds); all through Datasette's JSON API."""
    results = {}
    for kind, terms in qs.items():
        fts, table, scan = [], [], []
        for q in terms:
            t, _ = await latency(ds, "/disclosure.json", {"sql": instr_sql(q), "q": q, "_shape": "array"})
            scan.append(t)
            t, _ = await latency(ds, "/disclosure/articles.json", {"_search": q, "_size": "50"})
            table.append(t)
            for _ in range(repeats):
                t, _ = await latency(ds, "/disclosure/search.json", {"q": q, "_shape": "array"})
                fts.append(t)
        results[str(kind)] = {
            "queries": len(terms), "search_median_ms": ms(median(fts)), "search_p95_ms": ms(p95(fts)),
            "instr_median_ms": ms(median(scan)), "instr_p95_ms": ms(p95(scan)),
            "speedup_median": round(median(scan) / median(fts), 1),
            "table_search_median_ms": ms(median(table)), "table_search_p95_ms": ms(p95(table)),
        }  # fmt: skip
    return results


def ms(seconds):
    return round(seconds * 1000, 1)


def run(size="large", articles=None, archive=None):
    from datasette.app import Datasette

    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        for name in ("metadata.yml", "plugins", "templates"):
            src = ARCHIVE_DIR / name
            (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
        settings = json.loads((ARCHIVE_DIR / "settings.json").read_text())
        (root / "settings.json").write_text(
            json.dumps({**settings, "sql_time_limit_ms": 120000, "facet_time_limit_ms": 1})
        )
        db_path = root / "disclosure.db"
        if archive:
            shutil.copy(archive, db_path)
        else:
            build_archive(str(db_path), items_from_replica(size, articles=articles))
        conn = sqlite3.connect(db_path)
        n = conn.execute("select count(*) from articles").fetchone()[0]
        qs = queries(conn, random.Random(11))
        conn.close()
        ds = Datasette(config_dir=root)
        results = asyncio.run(measure(ds, qs))
    return {"articles": n, "results": results}
