"""`make bench`: every benchmark, results in bench/out/*.json and a plot in docs/scaling.png.

python -m bench.run                 # everything (the large crawl takes about half an hour)
python -m bench.run --only search,storage
"""

import argparse
import json
import os
import platform

from . import accuracy, crawl_bench, evidence_bench, families, portals_bench, realsite, search_bench, storage_bench
from .common import OUT, save

SECTIONS = (
    "accuracy",
    "realsite",
    "families",
    "replica",
    "storage",
    "search",
    "crawl",
    "templates",
    "incremental",
    "memory",
    "scaling",
    "profile",
    "evidence",
    "revisits",
    "pages",
    "portals",
)


def machine():
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()}


def scaling():
    out = {}
    for size in ("small", "medium", "large"):
        path = os.path.join(OUT, f"memory_{size}.json")
        crawl = json.load(open(path)) if os.path.exists(path) else crawl_bench.memory(size)
        save(f"memory_{size}", crawl)
        cached = os.path.join(OUT, "search.json")
        search = json.load(open(cached)) if size == "large" and os.path.exists(cached) else search_bench.run(size)
        two = [v["search_median_ms"] for k, v in search["results"].items() if k in ("2", "3", "4")]
        out[size] = {"crawl_seconds": crawl["seconds"], "articles": crawl["articles"], "archive_mb": round(crawl["archive_bytes"] / 2**20, 1),
                     "peak_rss_mb": crawl["peak_rss_mb"], "search_median_ms": round(sorted(two)[len(two) // 2], 1)}  # fmt: skip
    plot(out)
    return out


def plot(data):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = list(data)
    n = [data[s]["articles"] for s in sizes]
    fig, axes = plt.subplots(1, 4, figsize=(16, 3.6))
    for ax, key, label in zip(axes, ("crawl_seconds", "archive_mb", "peak_rss_mb", "search_median_ms"),
                              ("crawl time (s)", "archive size (MB)", "peak RSS (MB)", "search median (ms)")):  # fmt: skip
        ax.plot(n, [data[s][key] for s in sizes], marker="o")
        ax.set_xlim(0, max(n) * 1.1)  # linear axes from zero: linear growth reads as a straight line
        ax.set_ylim(0, max(data[s][key] for s in sizes) * 1.2)
        ax.set_xlabel("articles")
        ax.set_title(label)
        for x, s in zip(n, sizes):
            ax.annotate(s, (x, data[s][key]), textcoords="offset points", xytext=(4, 4), fontsize=8)
    fig.tight_layout()
    path = os.path.join(os.path.dirname(OUT), "..", "docs", "scaling.png")
    fig.savefig(path, dpi=110)


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--only", default=",".join(SECTIONS))
    args = p.parse_args(argv)
    save("machine", machine())
    for section in args.only.split(","):
        print(f"== {section}", flush=True)
        if section == "accuracy":
            result = accuracy.run()
        elif section == "realsite":
            result = realsite.run()
        elif section == "families":
            result = families.run()
        elif section == "replica":
            result = crawl_bench.replica_rate()
        elif section == "storage":
            result = storage_bench.run()
        elif section == "search":
            result = search_bench.run("large")
        elif section == "portals":  # writes bench/out/portals.json itself
            portals_bench.main([])
            continue
        elif section == "crawl":
            result = crawl_bench.throughput("medium")
            save("memory_medium", {**result["ours"], "archive_bytes": result["archive_bytes"]})
        elif section == "templates":
            result = crawl_bench.templates_cost("medium")
        elif section == "incremental":
            result = crawl_bench.incremental("small")
        elif section == "memory":
            result = {}
            for size in ("small", "medium", "large"):
                path = os.path.join(OUT, f"memory_{size}.json")
                result[size] = json.load(open(path)) if os.path.exists(path) else crawl_bench.memory(size)
                save(f"memory_{size}", result[size])
        elif section == "pages":
            result = search_bench.pages("large")
        elif section == "evidence":
            result = evidence_bench.run("small")
        elif section == "revisits":
            result = evidence_bench.revisit_bytes("small")
        elif section == "ocr_engines":
            from . import ocr_bench

            result = ocr_bench.run()
        elif section == "scaling":
            result = scaling()
        elif section == "profile":
            text = crawl_bench.profile("small")
            os.makedirs(OUT, exist_ok=True)
            open(os.path.join(OUT, "profile.txt"), "w").write(text)
            result = {"lines": len(text.splitlines())}
        else:
            raise SystemExit(f"unknown section {section}")
        save(section, result)
        print(json.dumps(result, indent=1, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
