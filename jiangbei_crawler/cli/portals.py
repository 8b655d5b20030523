"""``jiangbei-crawler portals schedule|status|collect``: many portals, from portals.yaml, run by Scrapyd."""

import os
import sys

from ..fleet.collect import CollectError, collect
from ..fleet.portals import ConfigError, load
from ..fleet.scrapyd import ScrapydError, local_scrapyd, outcome, schedule, status_lines, wait

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def add_parser(sub):
    portals = sub.add_parser("portals", help="many portals from portals.yaml: schedule crawls on Scrapyd, status, "
                             "collect archives from other hosts")  # fmt: skip
    verbs = portals.add_subparsers(dest="verb", required=True)
    sched = verbs.add_parser("schedule", help="one Scrapyd job per enabled portal (none for a portal still running)")
    sched.add_argument("--scrapyd", metavar="URL", help="this Scrapyd for every portal (default: each portal's host "
                       "from hosts:, or a local Scrapyd on 127.0.0.1 started for the run and stopped after)")  # fmt: skip
    sched.add_argument("--wait", action="store_true", help="wait for the crawls and print one line per portal "
                       "(always so with the local Scrapyd); exit 1 if any failed or raised the coverage alarm")  # fmt: skip
    status = verbs.add_parser("status", help="the last crawl of every portal")
    gather = verbs.add_parser("collect", help="snapshot each archive crawled on another host into archives/")
    gather.add_argument("--host", metavar="URL", help="only the portals of this host (run it on that host)")
    gather.add_argument("--to", metavar="DIR", help="the Datasette host's archives folder (default: archives:)")
    for p in (sched, status, gather):
        p.add_argument("--config", default="portals.yaml", help="the portals file (default: portals.yaml)")


def run(args):
    try:
        config = load(args.config)
        return {"schedule": run_schedule, "status": run_status, "collect": run_collect}[args.verb](args, config)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (ScrapydError, CollectError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except OSError as exc:
        print(f"error: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERRORS
    except KeyboardInterrupt:  # a crawl already started records its own end (a Ctrl-C reaches it too: interrupted)
        print("interrupted: `jiangbei-crawler portals status` shows each portal's last crawl", file=sys.stderr)
        return EXIT_ERRORS


def run_schedule(args, config):
    os.makedirs(config.archives, exist_ok=True)
    prepare_site(config)
    if args.scrapyd:
        return submit(config, lambda p: (args.scrapyd.rstrip("/"), config.archive(p)), args.wait)
    if config.hosts:
        return submit(config, lambda p: (config.host_of(p).url, config.archive(p, config.host_of(p))), args.wait)
    with local_scrapyd(config) as base:
        print(f"local Scrapyd at {base} for this run", flush=True)
        return submit(config, lambda p: (base, config.archive(p)), True)


def submit(config, target, waiting):
    runs = schedule(config, target)
    for portal, base, job, _archive, since in runs:
        if job:
            print(f"{portal.id}: scheduled job {job} on {base}", flush=True)
        else:
            print(f"{portal.id}: not scheduled: its job {since} is still pending or running on {base}", flush=True)
    if not waiting:
        return EXIT_OK
    wait(runs)
    failed = 0
    for portal, _base, job, archive, since in runs:
        if job:
            ok, line = outcome(portal, archive, since)
            failed += not ok
            print(line, flush=True)
    print(f"{len([r for r in runs if r[2]]) - failed} portals ok, {failed} failed")
    return EXIT_ERRORS if failed else EXIT_OK


def run_status(args, config):
    ok, lines = status_lines(config)
    for line in lines:
        print(line)
    return EXIT_OK if ok else EXIT_ERRORS


def run_collect(args, config):
    if not config.hosts:
        print(f"nothing to collect: {args.config} lists no hosts (every archive is crawled here)")
        return EXIT_OK
    os.makedirs(args.to or config.archives, exist_ok=True)
    prepare_site(config, args.to)
    for line in collect(config, args.host, args.to):
        print(line)
    return EXIT_OK


SITE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "web", "site")


def prepare_site(config, folder=None):
    """``folder`` (default: the archives) made a Datasette configuration directory: settings, the plugins, the
    portals page's templates, and metadata naming every portal (each database's title is its portal's name)."""
    import shutil

    import yaml

    folder = folder or config.archives
    for name in ("plugins", "templates"):
        shutil.copytree(os.path.join(SITE, name), os.path.join(folder, name), dirs_exist_ok=True)
    shutil.copyfile(os.path.join(SITE, "settings.json"), os.path.join(folder, "settings.json"))
    articles = {"fts_table": "articles_fts", "fts_pk": "search_id", "sort_desc": "published", "label_column": "title"}
    databases = {p.id: {"title": p.name, "tables": {"articles": articles, "frontier": {"hidden": True}},
                        "plugins": {"jiangbei": {"files": f"{p.id}/files", "warc": f"{p.id}/warc"}}}
                 for p in config.portals}  # fmt: skip
    metadata = {"title": "校务信息公开档案 · 全部门户 Portal archives", "databases": databases}
    with open(os.path.join(folder, "metadata.yml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(metadata, fh, allow_unicode=True, sort_keys=False)
