"""Ground truth of a replica state, the reference the crawler's archive is checked against."""

from .families import family
from .model import Portal


def article_record(portal: Portal, aid: int, base_url: str) -> dict:
    a = portal.article(aid)
    return {
        "id": aid,
        "url": base_url + family(portal.opts.template).article_path(aid),
        "school": a.school.name,
        "category_path": portal.category_path(a.cid),
        "listings": sorted([a.school.name, portal.category_path(cid)] for _, cid in a.listings),
        "title": a.title,
        "source": a.source,
        "published": a.published if a.date_html else list_date(a),
        "body_text": "\n".join(a.body_lines()),
        "attachments": [
            {"name": att.name, "url": att.path if att.offsite else base_url + att.path, "sha256": att.sha256()}
            for att in a.attachments
        ],
        "duplicate_of": a.duplicate_of,
    }


def list_date(a):
    """An article page that shows no date is dated by the list rows that link to it (they show the day)."""
    return a.when.replace(hour=0, minute=0, second=0).strftime("%Y-%m-%dT%H:%M:%S+08:00")


def truth_records(portal: Portal, base_url: str = "http://127.0.0.1:8000"):
    """Yield one record per live article, then ``{"removed": [...ids]}``."""
    base_url = base_url.rstrip("/")
    for aid in sorted(portal.live):
        yield article_record(portal, aid, base_url)
    yield {"removed": sorted(portal.removed)}
