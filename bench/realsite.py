"""A saved real school site (PowerEasy), crawled with nothing but PORTAL_URL; recall, precision, field accuracy.

    python -m bench.run --only realsite
    python -m bench.realsite serve --port 8777     # just serve it

Reads ``../shared/real-sites/shaoxingyizhong/`` (or ``JIANGBEI_REAL_SITE``): the
home page, every list page of 校务公开, 党建引领 and six 学校公告 sub-categories,
and the 2,072 articles they list. Truth is read from the saved pages
themselves, independently of the crawler: an article is a file under
``Item/`` listed in some list's ``ul.infoList``; its title is the list link's
``title="标题：…"``, its date the list's ``span.date``, its source the
``文章来源：`` span of its page.
"""

import argparse
import html
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
from urllib.parse import unquote, urlsplit

from jiangbei_crawler.testing import ROOT, serve

DEFAULT_DIR = os.path.join(os.path.dirname(ROOT), "shared", "real-sites", "shaoxingyizhong")
PREFIX = "/Shaoxingyizhong"
JUNK = ("版权所有", "上一篇", "下一篇", "打印正文", "关闭窗口", "推荐阅读", "网站地图")


def site_dir():
    path = os.environ.get("JIANGBEI_REAL_SITE", DEFAULT_DIR)
    if os.path.isfile(os.path.join(path, "site", "Default.aspx")):  # the saved tree under site/, truth beside it
        path = os.path.join(path, "site")
    if not os.path.isfile(os.path.join(path, "Default.aspx")):
        raise SystemExit(f"error: saved site not found at {path} (set JIANGBEI_REAL_SITE)")
    return path


def resolve(root, path):
    """The saved file for a request path, or None (a dead link, as on the real site)."""
    path = unquote(urlsplit(path).path)
    if path.lower().startswith(PREFIX.lower()):
        path = path[len(PREFIX) :]
    if path in ("", "/"):
        path = "/Default.aspx"
    if path.endswith("/"):
        path += "Index.aspx"
    full = os.path.normpath(os.path.join(root, path.lstrip("/")))
    if not full.startswith(os.path.abspath(root)) or not os.path.isfile(full):
        return None
    return full


def site(root):
    """Serve the saved site: its files as the portal sent them (keep-alive, as a real IIS would), its robots.txt."""

    def respond(request):
        if request.path == "/robots.txt":
            return 200, b"User-agent: *\nDisallow: /User/\n", "text/plain"
        full = resolve(root, request.path)
        if full is None:
            return 404, b"<html><body><h1>404</h1></body></html>", "text/html; charset=utf-8"
        with open(full, "rb") as fh:
            body = fh.read()
        return 200, body, "text/html; charset=utf-8" if full.endswith(".aspx") else "application/octet-stream"

    return respond


def serve_site(root, port=0):
    return serve(site(root), port=port, protocol="HTTP/1.1")


# ---- truth, read from the saved pages -------------------------------------------------

ROW = re.compile(
    r'<li[^>]*>\s*<span class="date">([\d-]+)</span>.*?<a href="[^"]*/Item/(\d+)\.aspx"[^>]*title="([^"]*)"', re.S
)
SOURCE = re.compile(r"<span>文章来源：([^<]*)</span>")


def truth(root):
    arts = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            if not (name.startswith("Index") and dirpath != root):
                continue
            text = open(os.path.join(dirpath, name), encoding="utf-8").read()
            box = text.split('class="infoList"', 1)
            if len(box) < 2:
                continue
            for date, aid, title in ROW.findall(box[1]):
                title = html.unescape(title).replace("\r", "\n").split("\n")[0]
                title = re.sub(r"^标题：", "", title).strip()
                if os.path.isfile(os.path.join(root, "Item", f"{aid}.aspx")):
                    arts[int(aid)] = {"title": title, "date": date}
    for aid, rec in arts.items():
        page = open(os.path.join(root, "Item", f"{aid}.aspx"), encoding="utf-8").read()
        m = SOURCE.search(page)
        rec["source"] = html.unescape(m.group(1)).strip() if m else None
    return arts


def squash(text):
    return "".join((text or "").split())


def score(db_path, expected, sample=30, seed=1):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = {r["id"]: dict(r) for r in conn.execute("select * from articles")}
    got = set(rows)
    found = got & set(expected)
    extra = sorted(got - set(expected))
    out = {
        "expected": len(expected), "archived": len(got), "recall": round(len(found) / len(expected), 4),
        "precision": round(len(found) / len(got), 4) if got else 0.0, "not_articles": extra[:20],
    }  # fmt: skip
    for f in ("title", "date", "source"):
        right = 0
        total = 0
        for aid in found:
            exp = expected[aid][f]
            if f == "source" and not exp:
                continue
            total += 1
            value = rows[aid]["published"][:10] if f == "date" and rows[aid]["published"] else rows[aid].get(f)
            right += squash(value) == squash(exp)
        out[f] = round(right / total, 4) if total else None
    rng = random.Random(seed)
    picked = rng.sample(sorted(found), min(sample, len(found)))
    clean = [aid for aid in picked if not any(j in (rows[aid]["body_text"] or "") for j in JUNK)]
    out["body_clean_sample"] = f"{len(clean)}/{len(picked)}"
    out["body_dirty_ids"] = sorted(set(picked) - set(clean))
    layers = {}
    for r in rows.values():
        for field, layer in json.loads(r["extraction"] or "{}").items():
            layers.setdefault(field, {}).setdefault(layer, 0)
            layers[field][layer] += 1
    out["layers"] = layers
    crawl = conn.execute("select status, requests, dead, errors, summary from crawls order by id desc").fetchone()
    out["crawl"] = dict(crawl)
    return out


def run():
    root = site_dir()
    expected = truth(root)
    with serve_site(root) as url:
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "disclosure.db")
            from .crawl_bench import crawl_args

            proc = subprocess.run(crawl_args(url, db), cwd=ROOT, capture_output=True, text=True)
            if proc.returncode != 0 and not os.path.exists(db):
                raise SystemExit(proc.stderr[-3000:])
            result = score(db, expected)
            result["exit_code"] = proc.returncode
            from .evidence_bench import dir_bytes, size_breakdown

            result["archive"] = size_breakdown(db)  # real page text: the size budget where it matters
            n = result["archive"]["articles"]
            result["warc_mb_per_1000"] = round(dir_bytes(os.path.join(tmp, "warc")) / n * 1000 / 2**20, 2)
            result["files_mb_per_1000"] = round(dir_bytes(os.path.join(tmp, "files")) / n * 1000 / 2**20, 2)
    return result


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=("run", "serve", "truth"), nargs="?", default="run")
    p.add_argument("--port", type=int, default=8777)
    args = p.parse_args(argv)
    if args.command == "serve":
        with serve_site(site_dir(), args.port) as url:
            print(f"READY {url}", flush=True)
            threading.Event().wait()
    elif args.command == "truth":
        print(len(truth(site_dir())))
    else:
        print(json.dumps(run(), indent=1, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
