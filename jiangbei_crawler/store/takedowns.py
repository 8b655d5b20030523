"""Takedowns: an archived article the portal no longer serves. The rules:

* a sighting of it gone (``save_removal``: a 404, a "deleted" page, a redirect away) is kept as evidence, a
  row of ``removals``, and makes the article *suspected* (``suspected_removed_at``: the first sighting);
* a sighting in a later crawl since it was suspected confirms it: *removed* (``removed_at``); sightings in
  the crawl that raised the suspicion never do;
* once removed, more sightings are evidence only ("already");
* an article fetched again is *live*: suspicion and removal cleared (``LIVE``), and one that was removed and
  comes back as it was is *restored* (``reappeared``).
"""

from .db import get_row, insert_row, now_iso, update_row, warc_ref

# What an article fetched again has of a takedown: nothing.
LIVE = {"status": "live", "suspected_removed_at": None, "removed_at": None}


def save_removal(db, removal, crawl_id, now=None):
    """Record takedown evidence; the second sighting in a later crawl confirms it.

    Returns 'suspected', 'removed', 'already' or None (an article never archived).
    """
    now = now or now_iso()
    db.execute("delete from frontier where url = ?", [removal["url"]])
    old = get_row(db, "articles", removal["article_id"])
    if old is None:
        return None
    since = old.get("suspected_removed_at")
    earlier = (
        since
        and db.execute(
            "select count(*) from removals where article_id = ? and crawl_id != ? and observed_at >= ?",
            [old["id"], crawl_id, since],
        ).fetchone()[0]
    )
    confirm = bool(earlier)
    insert_row(db, "removals",
        {"article_id": old["id"], "crawl_id": crawl_id, "observed_at": now, "status": removal.get("status"),
         "final_url": removal.get("final_url"), "kind": removal["kind"], "snippet": removal.get("snippet"),
         "confirmed": int(confirm), **warc_ref(removal.get("warc"))}
    )  # fmt: skip
    if old.get("removed_at"):
        return "already"
    if confirm:
        update_row(db, "articles", old["id"], {"removed_at": now, "status": "removed"})
        return "removed"
    update_row(db, "articles", old["id"],
               {"suspected_removed_at": old.get("suspected_removed_at") or now, "status": "suspected"})  # fmt: skip
    return "suspected"


def reappeared(old, status):
    """The status of an article fetched again (save_article's): 'restored' when it had been removed and comes
    back unchanged; a changed one is 'changed' all the same."""
    if old and old.get("removed_at"):
        return "restored" if status == "unchanged" else status
    return status
