"""Many portals: replica portals crawled under one Scrapyd, and the cross-portal search over many archives.

python -m bench.portals_bench [--portals 20] [--articles 80] [--archives 5,10,20] [--per-archive 5000]

Crawl: every replica sits behind a small proxy that answers each request after ``--latency`` seconds (a real
portal is not a loopback server) and records how many of that portal's requests were in flight at once; each
portal is crawled at concurrency 2 (the polite default) with no delay, so the limit is the concurrency. One
portal alone, then all of them in one `portals schedule --wait` run (one Scrapyd, max_proc = portals).
Peak memory: the largest sum of RSS over Scrapyd and its crawl processes, sampled every 0.2 s.

Search: archives of ``--per-archive`` articles built from the replica's truth (a different seed each), served
by Datasette in-process; p50/p95 of /-/search.json over 1-, 2- and 3-character terms and two-term queries, for
5, 10 and 20 archives (``--facets all``: school and year counted above the facet limit too).
"""

import argparse
import asyncio
import json
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from jiangbei_crawler.testing import ROOT, start_replica

from .common import OUT, build_archive, items_from_replica, median, p95


class CountingProxy:
    """HTTP/1.1 in front of one replica: each request held ``latency`` seconds, in-flight high-water mark kept."""

    def __init__(self, upstream_port, latency):
        self.upstream, self.latency = upstream_port, latency
        self.in_flight = self.peak = self.requests = 0

    async def handle(self, reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                self.in_flight += 1
                self.requests += 1
                self.peak = max(self.peak, self.in_flight)
                try:
                    await asyncio.sleep(self.latency)
                    writer.write(await self.forward(head))
                    await writer.drain()
                finally:
                    self.in_flight -= 1
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def forward(self, head):
        lines = [ln for ln in head.decode("latin-1").split("\r\n") if ln and not ln.lower().startswith("connection:")]
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream)
        up_writer.write(("\r\n".join(lines) + "\r\nConnection: close\r\n\r\n").encode("latin-1"))
        await up_writer.drain()
        data = await up_reader.read()
        up_writer.close()
        resp_head, _, body = data.partition(b"\r\n\r\n")
        kept = [
            ln for ln in resp_head.split(b"\r\n") if not ln.lower().startswith((b"connection:", b"content-length:"))
        ]
        return b"\r\n".join(kept) + f"\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def start_proxies(ports, latency):
    """One proxy per replica port, on a loop in a thread; (proxies, their ports)."""
    loop = asyncio.new_event_loop()
    proxies = [CountingProxy(p, latency) for p in ports]
    servers = []

    async def serve_all():
        for proxy in proxies:
            servers.append(await asyncio.start_server(proxy.handle, "127.0.0.1", 0, backlog=1024))

    threading.Thread(target=loop.run_forever, daemon=True).start()
    asyncio.run_coroutine_threadsafe(serve_all(), loop).result()
    return proxies, [s.sockets[0].getsockname()[1] for s in servers]


def start_replicas(n, articles):
    procs, ports = [], []
    for seed in range(1, n + 1):
        proc, url = start_replica("--size", "tiny", "--articles", str(articles), "--seed", str(seed),
                                  "--log-level", "WARNING")  # fmt: skip
        ports.append(int(url.rsplit(":", 1)[1]))
        procs.append(proc)
    return procs, ports


def tree_rss(pid):
    """RSS in bytes of a process and its descendants (from /proc)."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    parent = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return total


def schedule_run(ids_ports, workdir):
    """`portals schedule --wait` over the given portals: (seconds, peak RSS bytes, exit code, output)."""
    config = os.path.join(workdir, "portals.yaml")
    with open(config, "w", encoding="utf-8") as fh:
        fh.write("defaults: {delay: 0, autothrottle: false, concurrency: 2, mode: full, ocr_budget: 0}\nportals:\n")
        fh.writelines(f"  - {{id: p{i}, url: 'http://127.0.0.1:{port}'}}\n" for i, port in ids_ports)
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "jiangbei_crawler.cli", "portals", "schedule", "--config", config,
                             "--wait"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)  # fmt: skip
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.2)
    return time.perf_counter() - start, peak, proc.returncode, proc.stdout.read()


def crawl_section(n, articles, latency):
    procs, ports = start_replicas(n, articles)
    try:
        proxies, proxy_ports = start_proxies(ports, latency)
        with tempfile.TemporaryDirectory() as one_dir:
            one = schedule_run([(1, proxy_ports[0])], one_dir)
        one_peak_inflight = proxies[0].peak
        for proxy in proxies:
            proxy.peak = 0
        with tempfile.TemporaryDirectory() as all_dir:
            every = schedule_run(list(enumerate(proxy_ports, 1)), all_dir)
    finally:
        for proc in procs:
            proc.terminate()
    return {
        "portals": n, "articles_per_portal": articles, "proxy_latency_s": latency, "concurrency_allowed": 2,
        "one": {"seconds": round(one[0], 1), "peak_rss_mb": round(one[1] / 2**20), "exit": one[2],
                "peak_in_flight": one_peak_inflight},
        "all": {"seconds": round(every[0], 1), "peak_rss_mb": round(every[1] / 2**20), "exit": every[2],
                "peak_in_flight_per_portal": [p.peak for p in proxies],
                "requests_per_portal": [p.requests for p in proxies], "summary": every[3].strip().splitlines()[-1]},
    }  # fmt: skip


def build_archives(folder, n, per_archive):
    """``n`` archives of ``per_archive`` articles, each from its own replica seed; seconds to build them."""
    os.makedirs(folder, exist_ok=True)
    start = time.perf_counter()
    for seed in range(1, n + 1):
        path = os.path.join(folder, f"p{seed}.db")
        if not os.path.exists(path):
            build_archive(path, items_from_replica("small", seed=seed, articles=per_archive))
    return time.perf_counter() - start


def search_terms(path, rng, per_kind=10):
    import sqlite3

    conn = sqlite3.connect(path)
    texts = [r[0] for r in conn.execute("select body_text from articles where length(body_text) > 200 limit 2000")]
    conn.close()
    out = {1: [], 2: [], 3: []}
    while any(len(v) < per_kind for v in out.values()):
        t, n = rng.choice(texts), rng.choice([k for k, v in out.items() if len(v) < per_kind])
        i = rng.randrange(len(t) - n)
        term = t[i : i + n]
        if not any(c.isspace() for c in term) and term not in out[n]:
            out[n].append(term)
    out["two terms"] = [f"{rng.choice(out[2])} {rng.choice(out[3])}" for _ in range(per_kind)]
    return out


def site(folder, names):
    """A Datasette configuration directory over the named archives, as `portals schedule` writes it."""
    from jiangbei_crawler.cli.portals import prepare_site
    from jiangbei_crawler.fleet.portals import Config, Portal

    root = os.path.join(folder, f"site-{len(names)}")
    os.makedirs(root, exist_ok=True)
    for name in names:
        if not os.path.exists(os.path.join(root, f"{name}.db")):
            os.symlink(os.path.join(folder, f"{name}.db"), os.path.join(root, f"{name}.db"))
    portals = [Portal(n, n, "http://127.0.0.1/", True) for n in names]
    prepare_site(Config(os.path.join(root, "portals.yaml"), root, portals, []))
    return root


async def search_latencies(folder, names, queries, repeat=3, facets=None):
    """p50/p95 wall time of each kind of query; also the CPU time of the process per query (steadier than the
    wall time on a shared machine) and in how many answers school and year were counted (web/portals.py
    FACET_LIMIT; ``facets="all"`` counts them always)."""
    from datasette.app import Datasette

    ds = Datasette(config_dir=pathlib.Path(site(folder, names)))
    await ds.invoke_startup()
    out = {}
    for kind, terms in queries.items():
        times, cpu, counted = [], [], 0
        for _ in range(repeat):
            for q in terms:
                start, start_cpu = time.perf_counter(), time.process_time()
                resp = await ds.client.get("/-/search.json", params={"q": q, **({"facets": facets} if facets else {})})
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
                assert resp.status_code == 200, resp.text[:300]
                counted += resp.json().get("facets_counted", True)
        out[str(kind)] = {"p50_ms": round(median(times), 1), "p95_ms": round(p95(times), 1),
                          "cpu_p50_ms": round(median(cpu), 1), "facets_counted": f"{counted}/{len(times)}"}  # fmt: skip
    everything = [t for kind in out for t in (out[kind]["p95_ms"],)]
    return {"by_query": out, "worst_p95_ms": max(everything)}


def search_section(counts, per_archive, folder, facets=None):
    built = build_archives(folder, max(counts), per_archive)
    queries = search_terms(os.path.join(folder, "p1.db"), random.Random(26))
    results = {"articles_per_archive": per_archive, "build_seconds": round(built, 1)}
    for n in counts:
        names = [f"p{i}" for i in range(1, n + 1)]
        results[f"{n} archives"] = asyncio.run(search_latencies(folder, names, queries, facets=facets))
    return results


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--portals", type=int, default=20)
    p.add_argument("--articles", type=int, default=80, help="articles per replica portal in the crawl section")
    p.add_argument("--latency", type=float, default=0.05, help="seconds each proxied request is held")
    p.add_argument("--archives", default="5,10,20")
    p.add_argument("--per-archive", type=int, default=5000)
    p.add_argument("--only", default="crawl,search")
    p.add_argument("--keep", help="folder to build (and keep) the search archives in")
    p.add_argument("--facets", choices=["all"], help="count school and year facets above the facet limit too")
    args = p.parse_args(argv)
    result = {}
    if "search" in args.only:
        folder = args.keep or tempfile.mkdtemp(prefix="portals-bench-")
        try:
            counts = [int(x) for x in args.archives.split(",")]
            result["search"] = search_section(counts, args.per_archive, folder, args.facets)
        finally:
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
    if "crawl" in args.only:
        result["crawl"] = crawl_section(args.portals, args.articles, args.latency)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "portals.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
