"""Search latency through Datasette's JSON API: the bigram index vs an instr() scan, same view."""

import asyncio
import json
import pathlib
import random
import shutil
import sqlite3
import tempfile
import time

import sqlite_utils

from jiangbei_crawler import store as storage
from jiangbei_crawler.testing import instr_where

from .common import build_archive, items_from_replica, median, p95

ARCHIVE_DIR = pathlib.Path(__file__).parent.parent / "archive"


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


SNIPPET = "zh_snippet(title || char(10) || coalesce(body_text, '') || char(10) || coalesce(attachments_text, ''), :q)"


async def latency(ds, path, params):
    start = time.perf_counter()
    resp = await ds.client.get(path, params=params)
    elapsed = time.perf_counter() - start
    assert resp.status_code == 200, resp.text[:300]
    return elapsed, resp


def instr_sql(query):
    """The same question as the `search` canned query, answered by scanning: every match must be found
    before the best 50 are known (title hits first, then the newest), so the scan cannot stop early."""
    title_hit = " + ".join(f"(instr(title, '{t}') > 0)" for t in (x.replace("'", "''") for x in query.split()))
    return (
        f"select id, title, school, published, {SNIPPET} as snippet from articles where {instr_where(query)} "
        f"order by {title_hit} desc, id desc limit 50"
    )


async def measure(ds, conn, qs, repeats=3):
    """Per query, side by side: the ranked `search` canned query and the articles table's search box (the HTML
    page the box opens: count, facets and the first 50 rows by date) `repeats` times each, against the instr()
    scan once (it takes seconds). The box's count is checked against an instr() count."""
    results, every = {}, []
    for kind, terms in qs.items():
        fts, table, scan = [], [], []
        for q in terms:
            t, _ = await latency(ds, "/disclosure.json", {"sql": instr_sql(q), "q": q, "_shape": "array"})
            scan.append(t)
            _, resp = await latency(ds, "/disclosure/articles.json", {"_search": q, "_size": "50"})
            expected = conn.execute(f"select count(*) from articles where {instr_where(q)}").fetchone()[0]
            assert resp.json()["filtered_table_rows_count"] == expected, q
            for _ in range(repeats):
                t, _ = await latency(ds, "/disclosure/articles", {"_search": q})
                table.append(t)
                t, _ = await latency(ds, "/disclosure/search.json", {"q": q, "_shape": "array"})
                fts.append(t)
        results[str(kind)] = {
            "queries": len(terms), "search_median_ms": ms(median(fts)), "search_p95_ms": ms(p95(fts)),
            "instr_median_ms": ms(median(scan)), "instr_p95_ms": ms(p95(scan)),
            "speedup_median": round(median(scan) / median(fts), 1),
            "table_search_median_ms": ms(median(table)), "table_search_p95_ms": ms(p95(table)),
            "table_speedup_median": round(median(scan) / median(table), 1),
        }  # fmt: skip
        every += table
    return results, {"table_search_p95_all_ms": ms(p95(every)), "table_search_max_ms": ms(max(every))}


def ms(seconds):
    return round(seconds * 1000, 1)


def prepare(root, size, articles=None, archive=None):
    """archive/'s configuration and a database in ``root``; returns the database path."""
    for name in ("metadata.yml", "plugins"):  # the templates ship in the package (web/templates)
        src = ARCHIVE_DIR / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    settings = json.loads((ARCHIVE_DIR / "settings.json").read_text())
    # The archive's own settings (facets included), except that the instr() scan needs arbitrary SQL and
    # more than the 3 s a published archive allows.
    (root / "settings.json").write_text(
        json.dumps({**settings, "sql_time_limit_ms": 120000, "default_allow_sql": True})
    )
    db_path = root / "disclosure.db"
    if archive:
        shutil.copy(archive, db_path)
    else:
        build_archive(str(db_path), items_from_replica(size, articles=articles))
    storage.ensure_db_shape(sqlite_utils.Database(db_path)).close()  # as a crawl would: an older archive
    return db_path


def run(size="large", articles=None, archive=None):
    from datasette.app import Datasette

    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        db_path = prepare(root, size, articles, archive)
        conn = sqlite3.connect(db_path)
        n = conn.execute("select count(*) from articles").fetchone()[0]
        qs = queries(conn, random.Random(11))
        ds = Datasette(config_dir=root)
        results, overall = asyncio.run(measure(ds, conn, qs))
        conn.close()
    return {"articles": n, "results": results, **overall}


def pages(size="large", articles=None, archive=None, repeats=5):
    """Every page of a journalist's path (README, Browsing), best of ``repeats`` loads each."""
    from datasette.app import Datasette
    from datasette.utils import tilde_encode

    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        db_path = prepare(root, size, articles, archive)
        conn = sqlite3.connect(db_path)
        school = conn.execute("select school from articles where school is not null limit 1").fetchone()[0]
        aid = conn.execute("select max(id) from articles").fetchone()[0]
        n = conn.execute("select count(*) from articles").fetchone()[0]
        conn.close()
        ds = Datasette(config_dir=root)
        paths = [("/", None), ("/school/" + tilde_encode(school), None), (f"/disclosure/articles/{aid}", None),
                 (f"/disclosure/article_versions/{aid},1", None), ("/disclosure/articles", None),
                 ("/disclosure/search", {"q": "学校"}), ("/disclosure/latest", None),
                 ("/disclosure/recently_changed", None), ("/disclosure/removed", None),
                 ("/disclosure/school_timeline", {"school": school, "category": ""}),
                 ("/disclosure/feed_new.atom", None), ("/disclosure/feed_new.atom", {"school": school}),
                 ("/disclosure/feed_changed.atom", None), ("/disclosure/feed_removed.atom", None)]  # fmt: skip

        async def measure_all():
            out = {}
            for path, params in paths:
                best = min([(await latency(ds, path, params))[0] for _ in range(repeats)])
                out[path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")] = ms(best)
            return out

        return {"articles": n, "best_of": repeats, "ms": asyncio.run(measure_all())}
