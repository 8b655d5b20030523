"""What ``extract`` and ``probe`` print: plain data from page objects, and the probe's text report."""

from dataclasses import asdict


def page_report(kind, read, encoding):
    """One JSON-able object: the fields of an article (or the rows and pager of a list) and the layer of each."""
    out = {"kind": kind, "reason": read.reason, "encoding": encoding, "page_title": read.page_title}
    if kind == "article" and read.article is not None:
        a = read.article
        out.update(
            title=a.title, source=a.source, publisher=a.publisher, metadata=a.metadata, published=a.published,
            visits=a.visits,
            counter_url=a.counter_url,
            category_path=a.category_path, body_text="\n".join(a.body_lines),
            attachments=[asdict(x) for x in a.attachments], page_urls=a.page_urls, layers=a.extraction,
            warnings=a.warnings,
        )  # fmt: skip
    else:
        page = read.listing
        out.update(
            school=page.school, category_path=page.category_path, empty=page.empty, layer=page.layer,
            rows=[asdict(r) for r in page.rows],
            pager={"current": page.pager.current, "last": page.pager.last, "total": page.pager.total,
                   "next_url": page.pager.next_url, "last_url": page.pager.last_url, "page_2": page.pager.url_for(2)},
            links=len(page.links),
        )  # fmt: skip
    return out


def probe_text(url, report, requests, seconds, understood, reason):
    from ..spiders.probe import coverage

    lines = [f"probe {url}: {requests} requests in {seconds:.0f}s"]
    home = report["home"]
    if home:
        lines.append(f"home: {home['title'] or '(no title)'}: {home['links']} links, {home['latest']} dated rows")
    schools = report["schools"]
    lines.append(
        f"schools found: {len(schools)}"
        + (f" ({', '.join(schools[:5])}{', …' if len(schools) > 5 else ''})" if schools else "")
    )
    if report["categories"]:
        cats = report["categories"]
        lines.append(f"categories seen: {', '.join(cats[:10])}{', …' if len(cats) > 10 else ''}")
    lines.append(f"hubs read: {len(report['hubs'])}")
    lines.append(f"lists: {len(report['lists'])}")
    for lst in report["lists"]:
        lines.append(f"  {lst['url']}: {lst['rows']} rows ({lst['dated']} dated), page {lst['pager']}"
                     + (f", {lst['total']} records" if lst["total"] is not None else "")
                     + f"; school {lst['school'] or '?'}, category {lst['category_path'] or '?'}"
                     + (f"; page 2: {lst['page_2']}" if lst["page_2"] else "")
                     + f"; pager: {lst['pager_family']}")  # fmt: skip
    arts = report["articles"]
    lines.append(f"articles: {len(arts)}")
    if arts:
        lines.append(f"  {'field':8s} {'found':>6s}  layers")
        for name, (have, layers) in coverage(arts).items():
            shown = ", ".join(f"{k} {v}" for k, v in sorted(layers.items(), key=lambda kv: -kv[1]))
            lines.append(f"  {name:8s} {have:>3d}/{len(arts):<2d}  {shown}")
    lines += template_lines(report["templates"], report["lists"])
    for error in report["errors"][:5]:
        lines.append(f"error: {error}")
    lines.append(("understood: " if understood else "not understood: ") + reason)
    return "\n".join(lines)


def template_lines(templates, lists):
    """The page templates the probe saw: pages, the role their pages were read in and the evidence, the content
    region once learnt, where its titles and dates are read once learnt, the pager of its lists; pages that fit no other template are counted, not listed."""
    placed = [t for t in templates if t["pages"] > 1]
    lines = [f"templates: {len(placed)} seen on more than one page, {len(templates) - len(placed)} pages fit none"]
    for t in placed:
        evidence = ", ".join(f"{k} {v}" for k, v in sorted(t["evidence"].items(), key=lambda kv: -kv[1]))
        region = t["region"] or (
            "not learnt yet (too few of its articles show content)"
            if t["role"] in ("article", "both")
            else "none (learnt from articles only)"
        )
        lines.append(f"  {t['id']}: {t['pages']} pages, {t['role']} ({evidence}); content region {region}")
        lines += [f"    {name} read at {path}" for name, path in sorted((t.get("fields") or {}).items())]
        lines.append(f"    e.g. {t['example_url']}")
        pagers = sorted({lst["pager_family"] for lst in lists if lst.get("template") == t["id"]})
        lines += [f"    lists paged by {p}" for p in pagers]
    return lines
