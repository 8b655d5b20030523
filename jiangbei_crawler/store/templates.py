"""The portal's templates (``extract.template``), kept between crawls: a nightly run starts from what the first
run learnt, and an operator reads them (``select * from templates``)."""

from .db import get_row, upsert_row


def save_templates(db, rows, crawl_id):
    """Upsert what this crawl knows of each template; the crawl that first saw one stays recorded."""
    for row in rows:
        old = get_row(db, "templates", row["id"])
        first = old["first_crawl"] if old else crawl_id
        upsert_row(db, "templates", {**row, "first_crawl": first, "last_crawl": crawl_id})


def load_templates(db):
    """Every template row, most pages first."""
    if not db["templates"].exists():
        return []
    return [dict(r) for r in db.query("select * from templates order by pages desc, id")]
