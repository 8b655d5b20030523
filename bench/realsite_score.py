"""Score one crawled archive of a saved real site against its ``expected.json`` (see bench/realsite.py).

Pages are matched by the saved file a URL is served from (``key``), so a link with or without a site's optional
prefix, or ``/`` and ``/index.html``, name the same page on both sides.
"""

import json
import random
import re
import sqlite3
from collections import Counter
from urllib.parse import urlsplit

JUNK = ("版权所有", "上一篇", "下一篇", "打印正文", "关闭窗口", "推荐阅读", "网站地图")
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")  # zero-width marks some CMS editors leave in titles
EXAMPLES = 12


def squash(text):
    """Text without whitespace or zero-width marks: what a reader sees, whatever the markup's line breaks."""
    return INVISIBLE.sub("", "".join((text or "").split()))


def day(value):
    return (value or "")[:10] or None


def share(right, total):
    return round(right / total, 4) if total else None


def load(db_path, key):
    """The archive's articles keyed by saved file (None: a URL the site does not serve), and its last crawl row."""
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("select * from articles")]
    crawl = conn.execute("select status, requests, dead, errors, summary from crawls order by id desc").fetchone()
    crawl = dict(crawl) if crawl else {}
    crawl.update(_cost(conn))
    conn.close()
    return [(key(r["url"]), r) for r in rows], crawl


COST_SQL = {
    # what the walk missed and the sweep after it found (spiders/sweep.py warns of each)
    "sweep_only": "select count(*) from warnings where message like 'found only by the sweep%'",
    # the least a crawl of these articles could ask for: each page, its counter, its same-host files and images;
    # a counter or continuation page the article names counts though the saved copy lacks it (a dead part)
    "minimum": """select (select count(*) from articles)
        + (select count(*) from articles where json_extract(extraction, '$.visits') = 'counter')
        + (select count(distinct url) from attachments where not coalesce(offsite, 0))
        + (select count(distinct url) from images where not coalesce(offsite, 0))
        + (select count(distinct url) from fetch_errors where page_kind = 'part'
           and url not in (select url from attachments where url is not null)
           and url not in (select url from images where url is not null))""",
}


def _cost(conn):
    """The sweep's finds and the minimum requests, from an archive that has the tables they need."""
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    if not {"warnings", "attachments", "images"} <= tables:
        return {}
    return {key: conn.execute(sql).fetchone()[0] for key, sql in COST_SQL.items()}


def score(db_path, expected, key, sample=30, seed=1):
    """Recall, precision and field accuracy; ``expected`` is the parsed expected.json, ``key(url)`` a saved file."""
    truth = {key(a["path"]): a for a in expected["articles"]}
    not_articles = {key(p) for p in expected["not_articles"]} | {key(x["path"]) for x in expected["lists"]}
    archived, crawl = load(db_path, key)
    rows = {k: r for k, r in archived if k in truth}
    wrong = sorted(path(r["url"]) for k, r in archived if k in not_articles)
    other = sorted(path(r["url"]) for k, r in archived if k not in truth and k not in not_articles)
    missed = sorted(truth[k]["path"] for k in set(truth) - set(rows))
    out = {
        "expected": len(truth), "archived": len(archived), "found": len(rows),
        "recall": share(len(rows), len(truth)), "precision": share(len(rows), len(archived)),
        "precision_judged": share(len(rows), len(rows) + len(wrong)),
        "missed": len(missed), "missed_without_body": sum(1 for p in missed if not bodied(truth[key(p)])),
        "missed_by_folder": folders(missed), "missed_examples": missed[:EXAMPLES],
        "not_articles_stored": len(wrong), "not_articles_examples": wrong[:EXAMPLES],
        "other_stored": len(other), "other_by_folder": folders(other), "other_examples": other[:EXAMPLES],
    }  # fmt: skip
    out.update(fields(rows, truth))
    out.update(body(rows, truth, sample, seed))
    out["layers"] = layers(r for _, r in archived)
    out["crawl"] = crawl
    out["requests_per_article"] = round(crawl["requests"] / len(archived), 2) if archived and crawl else None
    out["requests_vs_minimum"] = round(crawl["requests"] / crawl["minimum"], 2) if crawl.get("minimum") else None
    return out


def bodied(article):
    return bool(article["first"] or article["last"])


def folders(paths):
    """How many paths per parent folder: where the misses cluster (a list, a channel, a URL shape)."""
    return dict(Counter(p.rsplit("/", 1)[0] or "/" for p in paths).most_common(8))


def path(url):
    """A stored URL without the bench server's origin, which changes every run."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def fields(rows, truth):
    """Title, date (the day) and source (only where the page shows one) equal to the truth, with examples of misses."""
    out = {}
    checks = {
        "title": (lambda a: True, lambda r: r["title"], lambda a: a["title"]),
        "date": (lambda a: a["date"], lambda r: day(r["published"]), lambda a: a["date"]),
        "source": (lambda a: a["source"], lambda r: r["source"], lambda a: a["source"]),
    }
    for name, (counted, got, want) in checks.items():
        scored = [k for k in rows if counted(truth[k])]
        bad = [k for k in scored if squash(got(rows[k])) != squash(want(truth[k]))]
        out[name] = share(len(scored) - len(bad), len(scored))
        out[f"{name}_scored"] = len(scored)
        out[f"{name}_wrong"] = [[truth[k]["path"], got(rows[k]), want(truth[k])] for k in sorted(bad)[:EXAMPLES]]
    # Where the page shows no date or no source, a stored one came from somewhere else (a list, a 发布人 line).
    for name, got in (("date", lambda r: day(r["published"])), ("source", lambda r: r["source"])):
        extra = [k for k in rows if not truth[k][name] and squash(got(rows[k]))]
        out[f"{name}_where_none"] = f"{len(extra)}/{sum(1 for k in rows if not truth[k][name])}"
        out[f"{name}_where_none_examples"] = [[truth[k]["path"], got(rows[k])] for k in sorted(extra)[:EXAMPLES]]
    return out


def body(rows, truth, sample, seed):
    """The first and last fragments present where the truth gives them; a sample checked for navigation text."""
    scored = [k for k in rows if truth[k]["first"] or truth[k]["last"]]
    bad = []
    for k in scored:
        text = squash(rows[k]["body_text"])
        lost = [f for f in ("first", "last") if truth[k][f] and squash(truth[k][f]) not in text]
        if lost:
            seen = (rows[k]["body_text"] or "").strip()
            seen = seen[:60] if lost[0] == "first" else seen[-60:]  # the end of the body that lost its fragment
            bad.append([truth[k]["path"], ",".join(lost), seen, truth[k][lost[0]]])
    empty = [k for k in rows if not (truth[k]["first"] or truth[k]["last"])]
    filled = sorted(truth[k]["path"] for k in empty if len(squash(rows[k]["body_text"])) > 40)
    picked = random.Random(seed).sample(sorted(rows), min(sample, len(rows)))
    dirty = sorted(truth[k]["path"] for k in picked if any(j in (rows[k]["body_text"] or "") for j in JUNK))
    return {
        "body": share(len(scored) - len(bad), len(scored)), "body_scored": len(scored),
        "body_wrong": len(bad), "body_wrong_examples": bad[:EXAMPLES],
        "body_text_where_none": f"{len(filled)}/{len(empty)}", "body_text_where_none_examples": filled[:EXAMPLES],
        "body_clean_sample": f"{len(picked) - len(dirty)}/{len(picked)}", "body_dirty": dirty,
    }  # fmt: skip


def layers(rows):
    """Which extraction layer gave each field (generic heading/label/container or a profile)."""
    out = {}
    for r in rows:
        for field, layer in json.loads(r["extraction"] or "{}").items():
            out.setdefault(field, Counter())[layer] += 1
    return {field: dict(c) for field, c in out.items()}
