"""Extraction accuracy on real pages of other Chinese school and government CMSs, side by side with GNE and trafilatura.

    python -m bench.run --only accuracy

Reads ``../shared/real-pages/`` (raw bytes + ``expected.json``, read by hand), or
``JIANGBEI_REAL_PAGES``. Scoring, per field: title and source equal after
removing whitespace (source only where the page has one); date equal to the
day; body right when its first and last sentences are present, it has no
U+FFFD and none of 版权所有, 首页, 上一篇, 下一篇. Lists: rows found equal rows
present, and the pager's current page and last-page link read correctly.
Speed: median milliseconds per article page, each extractor timed over the
same pages in the same run (decoding excluded, parsing included).
"""

import json
import os
import statistics
import sys
import time
import warnings

from jiangbei_crawler.extract import dates
from jiangbei_crawler.extract.article import parse_article
from jiangbei_crawler.extract.encoding import decode_html
from jiangbei_crawler.extract.listing import parse_list_page

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DIR = os.path.join(os.path.dirname(ROOT), "shared", "real-pages")
JUNK = ("版权所有", "首页", "上一篇", "下一篇")
FIELDS = ("title", "source", "date", "body")


def pages_dir():
    path = os.environ.get("JIANGBEI_REAL_PAGES", DEFAULT_DIR)
    if not os.path.isfile(os.path.join(path, "expected.json")):
        raise SystemExit(f"error: real pages not found at {path} (set JIANGBEI_REAL_PAGES to the real-pages folder)")
    return path


def squash(text):
    return "".join((text or "").split())


def load(path):
    expected = json.load(open(os.path.join(path, "expected.json"), encoding="utf-8"))
    for case in expected["articles"]:
        raw = open(os.path.join(path, case["file"]), "rb").read()
        case["text"] = decode_html(raw, None).text
    for case in expected["lists"]:
        raw = open(os.path.join(path, case["file"]), "rb").read()
        case["text"] = decode_html(raw, None).text
    return expected


# ---- extractors: each returns {title, source, date, body} ---------------------------


def ours(case):
    page = parse_article(case["text"], case["url"], case["url"])
    return {
        "title": page.title,
        "source": page.source,
        "date": page.published,
        "body": "\n".join(page.body_lines),
        "layers": page.extraction,
    }


def gne(case):
    from gne import GeneralNewsExtractor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = GeneralNewsExtractor().extract(case["text"])
    return {"title": got.get("title"), "source": None, "date": got.get("publish_time"), "body": got.get("content")}


def trafilatura_(case):
    import trafilatura

    got = trafilatura.bare_extraction(case["text"], url=case["url"], with_metadata=True)
    got = got.as_dict() if got is not None and not isinstance(got, dict) else (got or {})
    return {"title": got.get("title"), "source": None, "date": got.get("date"), "body": got.get("text")}


EXTRACTORS = {"ours": ours, "GNE": gne, "trafilatura": trafilatura_}


def day(value):
    """Any extractor's date, to the day (GNE and trafilatura give '2019年10月31日', '2019-10-31 10:00'...)."""
    found = dates.find_date_text(str(value or ""))
    iso = dates.to_iso(found)[0] if found else None
    return iso[:10] if iso else None


def verdicts(case, got):
    body = got.get("body") or ""
    out = {
        "title": squash(got.get("title")) == squash(case["title"]),
        "date": day(got.get("date")) == case["date"],
        "body": squash(case["first"]) in squash(body)
        and squash(case["last"]) in squash(body)
        and "\ufffd" not in body
        and not any(j in body for j in JUNK),
    }
    if case.get("source"):
        out["source"] = squash(got.get("source")) == squash(case["source"])
    return out


def score(cases, fn):
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    misses = []
    for case in cases:
        try:
            got = fn(case)
        except Exception as exc:  # noqa: BLE001 - a crash is a miss on every field
            got = {"error": f"{type(exc).__name__}: {exc}"}
        for f, ok in verdicts(case, got).items():
            total[f] += 1
            right[f] += ok
            if not ok:
                misses.append((case["file"], f, " ".join(str(got.get(f, got.get("error"))).split())[:80]))
    return {f: [right[f], total[f]] for f in FIELDS}, misses


def timing(cases, fn, rounds=5):
    per_page = []
    for case in cases:
        times = []
        for _ in range(rounds):
            t = time.perf_counter()
            fn(case)
            times.append(time.perf_counter() - t)
        per_page.append(min(times) * 1000)
    return round(statistics.median(per_page), 2)


def lists(cases):
    out = []
    for case in cases:
        page = parse_list_page(case["text"], case["url"] if "url" in case else "http://www.sxyz.net/" + case["file"])
        last = (page.pager.last_url or "").rsplit("/", 1)[-1]
        out.append({
            "file": case["file"], "rows": len(page.rows), "expected_rows": case["rows"],
            "page": page.pager.current, "expected_page": case["page"], "last_href": last,
            "expected_last_href": case["last_page_href"],
            "ok": len(page.rows) == case["rows"] and page.pager.current == case["page"] and last == case["last_page_href"],
        })  # fmt: skip
    return out


def run(only=None):
    data = load(pages_dir())
    arts = data["articles"]
    results = {"pages": len(arts), "extractors": {}}
    for name, fn in EXTRACTORS.items():
        if only and name not in only:
            continue
        try:
            fields, misses = score(arts, fn)
            ms = timing(arts, fn)
        except ImportError as exc:
            results["extractors"][name] = {"error": f"not installed: {exc}"}
            continue
        results["extractors"][name] = {"fields": fields, "median_ms": ms, "misses": misses}
    results["lists"] = lists(data["lists"])
    return results


def main():
    results = run(sys.argv[1:] or None)
    for name, r in results["extractors"].items():
        if "error" in r:
            print(name, r["error"])
            continue
        cells = " ".join(f"{f}={r['fields'][f][0]}/{r['fields'][f][1]}" for f in FIELDS)
        print(f"{name:12s} {cells} median={r['median_ms']}ms")
        for miss in r["misses"]:
            print("   miss", *miss)
    for row in results["lists"]:
        print(row)


if __name__ == "__main__":
    main()
