"""Saved real sites, each crawled with nothing but PORTAL_URL: recall, precision, field accuracy, cost.

    python -m bench.realsite                       # every site in ../shared/real-sites/, bench/out/realsite.json
    python -m bench.realsite --site NAME           # one
    python -m bench.realsite serve --site NAME --port 8777     # just serve it
    python -m bench.run --only realsite

Every folder of ``../shared/real-sites/`` (or ``JIANGBEI_REAL_SITES``; ``JIANGBEI_REAL_SITE`` names just one) that
holds ``site/`` and ``expected.json`` is a site; nothing here names one. Each is served as its README says: the tree
``site/`` at ``/``, a directory URL answered by its default document (``index.html``, ``Default.aspx``, ... whichever
the folder holds), everything else 404. The few facts a tree cannot tell (an optional link prefix to strip, a
robots.txt) are read from ``bench/realsite_sites.json``, keyed by folder name. The truth is the folder's
``expected.json``, built from the saved pages independently of the crawler; bench/realsite_score.py scores the
archive against it. ``--keep DIR`` leaves each archive and its crawl log in ``DIR/NAME/`` to read the misses.
"""

import argparse
import json
import mimetypes
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from urllib.parse import unquote, urlsplit

from jiangbei_crawler.testing import ROOT, serve

from .common import OUT, save
from .realsite_score import score

DEFAULT_ROOT = os.path.join(os.path.dirname(ROOT), "shared", "real-sites")
FACTS = os.path.join(os.path.dirname(__file__), "realsite_sites.json")
# The default documents of IIS, Apache and nginx, in the order they usually try them.
DEFAULT_DOCS = ("index.html", "index.htm", "default.aspx", "index.aspx", "default.htm", "index.shtml", "index.php")
HTML = (".html", ".htm", ".shtml", ".aspx", ".asp", ".php", ".jsp")


class Site:
    """One saved site: where its files are, how a request path maps to one of them."""

    def __init__(self, folder):
        self.folder = folder
        self.name = os.path.basename(os.path.normpath(folder))
        self.tree = os.path.abspath(os.path.join(folder, "site"))
        facts = json.load(open(FACTS, encoding="utf-8")).get(self.name, {})
        self.prefix = facts.get("strip_prefix", "")
        self.robots = facts.get("robots")

    def expected(self):
        with open(os.path.join(self.folder, "expected.json"), encoding="utf-8") as fh:
            return json.load(fh)

    def local_path(self, url):
        """The path inside the tree a URL or link path names ('' for the top)."""
        path = unquote(urlsplit(url).path)
        if self.prefix and (path.lower() + "/").startswith(self.prefix.lower() + "/"):
            path = path[len(self.prefix) :]
        return path.lstrip("/")

    def resolve(self, url):
        """The saved file a URL is served from, a directory (to redirect to with a slash), or None: 404."""
        full = os.path.normpath(os.path.join(self.tree, self.local_path(url)))
        if full != self.tree and not full.startswith(self.tree + os.sep):
            return None
        if os.path.isdir(full):
            return default_document(full) if url.split("?")[0].endswith("/") or full == self.tree else full
        return full if os.path.isfile(full) else None

    def key(self, url):
        """The saved file a URL names, relative to the tree: one page whatever link reached it."""
        full = self.resolve(url) if url else None
        return os.path.relpath(full, self.tree) if full and os.path.isfile(full) else None

    def respond(self, request):
        if request.path == "/robots.txt" and self.robots is not None:
            return 200, self.robots.encode(), "text/plain"
        full = self.resolve(request.path)
        if full and os.path.isdir(full):  # a directory without its slash: as a real server does
            return 301, b"", {"Location": request.path.split("?")[0] + "/", "Content-Type": "text/html"}
        if full is None:
            return 404, b"<html><body><h1>404</h1></body></html>", "text/html; charset=utf-8"
        with open(full, "rb") as fh:
            body = fh.read()
        if full.lower().endswith(HTML):
            return 200, body, "text/html; charset=utf-8"
        return 200, body, mimetypes.guess_type(full)[0] or "application/octet-stream"

    def serve(self, port=0):
        return serve(self.respond, port=port, protocol="HTTP/1.1")  # keep-alive, as a real server


def default_document(directory):
    names = {n.lower(): n for n in os.listdir(directory) if os.path.isfile(os.path.join(directory, n))}
    for doc in DEFAULT_DOCS:
        if doc in names:
            return os.path.join(directory, names[doc])
    return None


def sites(only=None):
    """The saved sites to crawl: every folder of JIANGBEI_REAL_SITES, or the one folder JIANGBEI_REAL_SITE names."""
    root = os.environ.get("JIANGBEI_REAL_SITES", DEFAULT_ROOT)
    one = os.environ.get("JIANGBEI_REAL_SITE")
    if one:
        root, only = os.path.split(os.path.normpath(one))[0], only or os.path.basename(os.path.normpath(one))
    if not os.path.isdir(root):
        raise SystemExit(f"error: saved real sites not found at {root} (set JIANGBEI_REAL_SITES or JIANGBEI_REAL_SITE)")
    names = sorted(n for n in os.listdir(root) if os.path.isfile(os.path.join(root, n, "expected.json")))
    if only:
        if only not in names:
            raise SystemExit(f"error: no site {only!r} in {root} (have: {', '.join(names)})")
        names = [only]
    return [Site(os.path.join(root, n)) for n in names]


def crawl_site(site, keep=None):
    """Crawl the served site into a fresh archive with the local fast settings, PORTAL_URL only; score it.
    ``keep``: a folder to leave the archive in (``keep/NAME/``), to read the misses afterwards."""
    from .crawl_bench import crawl_args
    from .evidence_bench import dir_bytes, size_breakdown

    with site.serve() as url, tempfile.TemporaryDirectory() as scratch:
        tmp = os.path.join(keep, site.name) if keep else scratch
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        db = os.path.join(tmp, "disclosure.db")
        started = time.monotonic()
        proc = subprocess.run(crawl_args(url, db), cwd=ROOT, capture_output=True, text=True)
        seconds = round(time.monotonic() - started, 1)
        if keep:  # the crawl's own log says why a page was not stored
            with open(os.path.join(tmp, "crawl.log"), "w", encoding="utf-8") as fh:
                fh.write(proc.stderr)
        if proc.returncode != 0 and not os.path.exists(db):
            return {"error": proc.stderr[-3000:], "exit_code": proc.returncode, "seconds": seconds}
        result = score(db, site.expected(), site.key)
        result.update(exit_code=proc.returncode, seconds=seconds)
        result["archive"] = size_breakdown(db)  # real page text: the size budget where it matters
        n = result["archive"]["articles"] or 1
        result["warc_mb_per_1000"] = round(dir_bytes(os.path.join(tmp, "warc")) / n * 1000 / 2**20, 2)
        result["files_mb_per_1000"] = round(dir_bytes(os.path.join(tmp, "files")) / n * 1000 / 2**20, 2)
    return result


def run(only=None, keep=None):
    out = {}
    for site in sites(only):
        print(f"-- {site.name}", file=sys.stderr, flush=True)
        out[site.name] = crawl_site(site, keep)
    return out


def status_line(r):
    c = r.get("crawl") or {}
    return f"{c.get('status')} ({c.get('requests')} requests, {c.get('dead')} dead, {c.get('errors')} errors)"


def table(results):
    """The per-site figures as a Markdown table."""
    cols = ("site", "expected", "recall", "precision", "not-articles stored", "title", "date", "source", "body",
            "req/article", "requests / minimum", "found only by the sweep", "status", "seconds")  # fmt: skip
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for name, r in results.items():
        if "error" in r:
            lines.append(f"| {name} | crawl failed (exit {r['exit_code']}) |")
            continue
        frac = f"{r['found']}/{r['expected']} ({r['recall']})"
        prec = f"{r['found']}/{r['archived']} ({r['precision']}; {r.get('precision_judged')} judged)"
        fields = [f"{r[f]} (n={r[f + '_scored']})" for f in ("title", "date", "source", "body")]
        cells = [name, r["expected"], frac, prec, r["not_articles_stored"], *fields, r["requests_per_article"],
                 r.get("requests_vs_minimum"), r["crawl"].get("sweep_only"), status_line(r), r["seconds"]]  # fmt: skip
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def previous():
    path = os.path.join(OUT, "realsite.json")
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    return data if all(isinstance(v, dict) for v in data.values()) else {}  # not the one-site form of old


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=("run", "serve"), nargs="?", default="run")
    p.add_argument("--site", help="one folder of the real sites (default: every one)")
    p.add_argument("--port", type=int, default=8777)
    p.add_argument("--keep", metavar="DIR", help="leave each archive in DIR/NAME/ (default: a temporary folder)")
    args = p.parse_args(argv)
    if args.command == "serve":
        site = sites(args.site)[0]
        with site.serve(args.port) as url:
            print(f"READY {url} ({site.name})", flush=True)
            threading.Event().wait()
        return 0
    results = run(args.site, args.keep)
    if args.site:  # one site's figures replace its own, the others' stay
        results = {**previous(), **results}
    save("realsite", results)
    print(json.dumps(results, indent=1, ensure_ascii=False))
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
