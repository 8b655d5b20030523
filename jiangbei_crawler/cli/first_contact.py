"""First contact with a portal: ``extract`` (one page, what was understood) and ``probe`` (a polite first look)."""

import http.client
import json
import os
import sys
import time

from ..crawl.session import on_failure
from .common import EXIT_ERRORS, EXIT_OK, EXIT_USAGE, parse_sets, project_settings


def fetch(url, timeout=30):
    """(bytes, content type) of one page, fetched once with the crawler's User-Agent."""
    import urllib.request

    from ..settings import USER_AGENT

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(request, timeout=timeout) as resp:
        return resp.read(), resp.headers.get("Content-Type")


def run_extract(args):
    from ..extract import profiles
    from ..extract.classify import classify
    from ..extract.encoding import decode_html
    from .report import page_report

    try:
        profs = profiles.resolve(args.profile)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.source.startswith(("http://", "https://")):
        url = args.url or args.source
        try:
            body, ctype = fetch(args.source)
        except (OSError, ValueError, http.client.HTTPException) as exc:  # a malformed URL: http://[::1, :abc
            print(f"error: cannot fetch {args.source}: {exc}", file=sys.stderr)
            return EXIT_ERRORS
    else:
        try:
            with open(args.source, "rb") as fh:
                body, ctype = fh.read(), None
        except OSError as exc:
            print(f"error: cannot read {args.source}: {exc.strerror}", file=sys.stderr)
            return EXIT_USAGE
        url = args.url or "http://saved.page.invalid/" + os.path.basename(args.source)
    decoded = decode_html(body, ctype)
    read = classify(decoded.text, url, url, profs, args.kind)
    kind = args.kind or read.kind
    if (kind == "article" and read.article is None) or args.explain:
        from ..extract.article import parse_article

        article = parse_article(decoded.text, url, url, profiles=profs, explain=args.explain)
        read.article = article if kind == "article" else read.article
    out = page_report(kind, read, decoded.encoding)
    if args.explain:  # what an article reading finds on any page, and what it passed over
        out["explain"] = article.explain
        if kind != "article":
            out["as_article"] = {"title": article.title, "published": article.published, "source": article.source,
                                 "layers": article.extraction}  # fmt: skip
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return EXIT_OK


def probe_settings(args):
    """The probe's settings within its time budget: each request waits an eighth of it at most and is retried
    once, and no new request starts after half of it, so that a server that accepts connections and never answers
    is reported in time."""
    overrides = {**parse_sets(args.set), "PORTAL_URL": args.url, "ITEM_PIPELINES": {}, "LOG_LEVEL": "ERROR"}
    settings = project_settings(overrides)
    limits = {"DOWNLOAD_TIMEOUT": min(settings.getfloat("DOWNLOAD_TIMEOUT", 60), args.timeout / 8),
              "RETRY_TIMES": min(settings.getint("RETRY_TIMES", 3), 1),
              "RETRY_BACKOFF_MAX": min(settings.getfloat("RETRY_BACKOFF_MAX", 60), args.timeout / 16),
              "CLOSESPIDER_TIMEOUT": max(args.timeout / 2, 0.001), "LOG_INSTALL_ROOT_HANDLER": False}  # fmt: skip
    for name, value in limits.items():
        settings.set(name, value, priority="cmdline")
    return settings


def silent_portal(args):
    return (
        f"error: {args.url} did not answer within {args.timeout:g} s (it may accept connections and send "
        "nothing): check the address, or give more time with --timeout"
    )


def probe_watchdog(args):
    """The budget's backstop: past it, whatever is still in flight, one line and exit (the probe writes nothing,
    so nothing is lost)."""
    import threading

    def expire():
        print(silent_portal(args), file=sys.stderr, flush=True)
        os._exit(EXIT_ERRORS)

    timer = threading.Timer(args.timeout, expire)
    timer.daemon = True
    timer.start()
    return timer


def run_probe(args):
    from scrapy.crawler import CrawlerProcess

    from ..spiders import probe
    from .report import probe_text

    started, watchdog = time.monotonic(), probe_watchdog(args)
    process = CrawlerProcess(probe_settings(args))
    crawler = process.create_crawler(probe.ProbeSpider)
    refused = []
    on_failure(process.crawl(crawler, max_pages=args.pages, max_articles=args.articles), refused.append)
    process.start()
    watchdog.cancel()
    if refused or crawler.spider is None:
        print(f"error: {refused[0] if refused else 'the probe did not start'}", file=sys.stderr)
        return EXIT_USAGE
    report = crawler.spider.report
    timed_out = crawler.stats.get_value("finish_reason") == "closespider_timeout"
    if timed_out and report["home"] is None:
        print(silent_portal(args), file=sys.stderr)
        return EXIT_ERRORS
    understood, reason = probe.verdict(report)
    if args.json:
        json.dump({**report, "understood": understood, "reason": reason}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        requests = crawler.stats.get_value("downloader/request_count", 0)
        print(probe_text(args.url, report, requests, time.monotonic() - started, understood, reason))
    if timed_out:
        print(
            f"note: the probe stopped at its time limit ({args.timeout:g} s); --timeout gives it more", file=sys.stderr
        )
    return EXIT_OK if understood else EXIT_ERRORS
