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

from jiangbei_crawler.extract import dates, rules
from jiangbei_crawler.extract.article import parse_article
from jiangbei_crawler.extract.classify import classify
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


def ours_without_htmldate(case):
    """Ours without its last date rung (htmldate), to show what that library adds."""
    with rules.disabled({"date.htmldate"}):
        return ours(case)


def ours_trafilatura(case):
    """Ours with trafilatura as the body rung before null (when no body was found)."""
    got = ours(case)
    if not got["body"]:
        got["body"] = trafilatura_(case)["body"]
    return got


EXTRACTORS = {"ours": ours, "GNE": gne, "trafilatura": trafilatura_}
# libraries as rungs of our ladder, measured before they are kept (BENCHMARKS.md says which are and why)
RUNGS = {"ours-htmldate": ours_without_htmldate, "ours+trafilatura": ours_trafilatura}


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
        last = (page.pager.last_url or "").rsplit("/", 1)[-1] or None  # no last-page link: null, as expected.json
        out.append({
            "file": case["file"], "rows": len(page.rows), "expected_rows": case["rows"],
            "page": page.pager.current, "expected_page": case["page"], "last_href": last,
            "expected_last_href": case["last_page_href"],
            "ok": len(page.rows) == case["rows"] and page.pager.current == case["page"] and last == case["last_page_href"],
        })  # fmt: skip
    return out


def source_of(case):
    """The source a page comes from, as the corpus README names its prefixes: sxyz, gne (the first seven),
    gne_<dir>, gerapy_<site>, pmodlh, wgxy."""
    stem = os.path.basename(case["file"]).rsplit(".", 1)[0]
    parts = stem.split("_")
    if parts[0] in ("gne", "gerapy") and len(parts) >= 3:
        return f"{parts[0]}_{parts[1]}"
    return parts[0]


def by_source(cases, fn):
    """source -> {field: [right, total]}."""
    out = {}
    for source in sorted({source_of(c) for c in cases}):
        fields, _ = score([c for c in cases if source_of(c) == source], fn)
        out[source] = fields
    return out


def leave_one_source_out(cases, fn=None):
    """Each source scored with the rules written from it switched off (extract/rules.py), summed over sources."""
    total = {f: [0, 0] for f in FIELDS}
    per_source = {}
    for source in sorted({source_of(c) for c in cases}):
        with rules.disabled(rules.written_from(source)):
            fields, _ = score([c for c in cases if source_of(c) == source], fn or ours)
        per_source[source] = fields
        for f in FIELDS:
            total[f][0] += fields[f][0]
            total[f][1] += fields[f][1]
    return total, per_source


def classification(data):
    """Article pages read as articles and list pages as lists, by the page alone (no site evidence)."""
    right, wrong = 0, []
    for case, want in [(c, "article") for c in data["articles"]] + [(c, "list") for c in data["lists"]]:
        url = case.get("url") or "http://www.sxyz.net/" + case["file"]
        kind = classify(case["text"], url, url).kind
        right += kind == want
        if kind != want:
            wrong.append((case["file"], kind))
    return {"right": right, "total": len(data["articles"]) + len(data["lists"]), "wrong": wrong}


def run(only=None):
    data = load(pages_dir())
    arts = data["articles"]
    results = {"pages": len(arts), "extractors": {}, "sources": {}}
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
        results["sources"][name] = by_source(arts, fn)
    if "ours" in results["extractors"]:
        results["loso"], results["loso_sources"] = leave_one_source_out(arts)
        results["rungs"] = {}
        for name, fn in RUNGS.items():
            try:
                results["rungs"][name] = {"all": score(arts, fn)[0], "loso": leave_one_source_out(arts, fn)[0]}
            except ImportError as exc:
                results["rungs"][name] = {"error": f"not installed: {exc}"}
    results["classification"] = classification(data)
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
    if "loso" in results:
        cells = " ".join(f"{f}={results['loso'][f][0]}/{results['loso'][f][1]}" for f in FIELDS)
        print(f"{'ours LOSO':12s} {cells}")
    for name, r in results.get("rungs", {}).items():
        if "error" in r:
            print(name, r["error"])
            continue
        for kind in ("all", "loso"):
            cells = " ".join(f"{f}={r[kind][f][0]}/{r[kind][f][1]}" for f in FIELDS)
            print(f"{name + ' ' + kind:24s} {cells}")
    print("per source (" + " ".join(FIELDS) + "); ours | ours without the rules written from it | GNE | trafilatura")
    for source in results["sources"].get("ours", {}):
        row = [results["sources"][n].get(source) for n in ("ours",)] + [results.get("loso_sources", {}).get(source)]
        row += [results["sources"].get(n, {}).get(source) for n in ("GNE", "trafilatura")]
        print(f"  {source:16s}", " | ".join(_cells(r) for r in row))
    c = results["classification"]
    print(f"classification {c['right']}/{c['total']}", *c["wrong"])
    for row in results["lists"]:
        print(row)


def _cells(fields):
    if not fields:
        return "-"
    return " ".join(f"{fields[f][0]}/{fields[f][1]}" if fields[f][1] else "-" for f in FIELDS)


if __name__ == "__main__":
    main()
