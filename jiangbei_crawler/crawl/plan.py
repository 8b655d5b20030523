"""What a crawl should fetch, read from the archive. Nothing here knows Scrapy.

* A crawl that follows an unfinished one (``interrupted``, or ``failed``: a full
  disk, say) resumes it whatever mode was asked for: same mode, and articles
  committed since the unfinished crawl started are not fetched again. A full
  walk that never finished is owed until one does.
* ``full`` re-fetches every list page, every article and every attachment.
* ``incremental`` fetches the home page (its 最新公开 block is the fast path),
  lists that hold new articles, a rolling slice of lists and old articles
  (``rotation`` runs to see everything once), young articles every run,
  suspected takedowns and earlier failures every run, and attachments only
  when they are new or their ETag says they changed.
"""

import datetime as dt
import json
import zlib
from dataclasses import dataclass, field

from ..store import now_iso


@dataclass
class Plan:
    mode: str = "full"
    resume_from: str | None = None  # start time of the unfinished crawl being resumed
    seq: int = 0  # number of crawls before this one; picks the rotation slice
    rotation: int = 30
    known: set = field(default_factory=set)  # archived, not removed
    removed: set = field(default_factory=set)
    skip: set = field(default_factory=set)  # committed by the interrupted crawl
    urls: dict = field(default_factory=dict)  # archived article id -> its URL
    retry: list = field(default_factory=list)  # (url, expected kind) that failed last time
    frontier: list = field(default_factory=list)  # (url, meta) listed but never archived
    suspects: list = field(default_factory=list)
    revisit: list = field(default_factory=list)  # (url, school)
    lists: dict = field(default_factory=dict)  # url of page 1 -> (school, category_path)
    list_members: dict = field(default_factory=dict)  # list url -> archived live ids
    attachments: dict = field(default_factory=dict)  # url -> stored info
    # archived ids read without a site template: read so again, so that a reader that learnt the site's
    # templates since never shows as an edit the school did not make
    read_plain: set = field(default_factory=set)

    def due_list(self, url):
        return self.mode == "full" or zlib.crc32(url.encode()) % self.rotation == self.seq % self.rotation

    @property
    def walk_hubs(self):
        """Incremental runs walk the hubs once per rotation too: new schools and categories are found."""
        return self.mode == "incremental" and self.seq % self.rotation == 0

    def list_school(self, url):
        return self.lists.get(url, (None, None))[0]

    def list_path(self, url):
        return self.lists.get(url, (None, None))[1]

    # ---- what the spider asks as it goes ------------------------------------------------------------
    @property
    def full(self):
        return self.mode == "full"

    def is_new(self, aid):
        """Never archived (nor committed by the crawl being resumed)."""
        return aid not in self.known and aid not in self.skip

    def archived(self, aid):
        """In the archive, live or removed: a page that is gone now is evidence of a removal."""
        return aid in self.known or aid in self.removed

    def fetch_listed(self, aid):
        """A listed article is fetched when new; on a full walk, unless the resumed crawl committed it."""
        return self.is_new(aid) or (self.full and aid not in self.skip)

    def refetch_known(self):
        """A full walk re-fetches every archived article: those no longer listed anywhere are found only so."""
        return [self.urls[aid] for aid in sorted(self.known - self.skip)] if self.full else []

    def due_lists(self):
        """Known lists checked at start: those in this run's rotation slice (incremental runs only)."""
        return [url for url in self.lists if self.due_list(url)] if not self.full else []

    @property
    def walk_from_home(self):
        """Hubs are walked from the home page on a full walk, a first crawl, and once per rotation."""
        return self.full or not self.lists or self.walk_hubs

    def lists_after_home(self, latest, new):
        """Page 1 of every known list when the home page's newest articles are all new (or none are shown):
        more may have been published than it shows. Else its fast path is enough."""
        return list(self.lists) if not latest or new == latest else []

    def follow_list_menu(self, list_url):
        """Sub-categories hang off a list's menu; incremental runs know them already."""
        return self.full or self.walk_hubs or list_url not in self.lists

    def finds_school_through_list(self):
        """An incremental run reads the list of an article found on the home page, for its school; a full
        walk reaches that list anyway."""
        return not self.full

    def needs_walk(self, list_url, total, new_rows):
        """A list whose count disagrees with the archive (a takedown, or new rows past page 1) is walked."""
        return total is not None and total != len(self.list_members.get(list_url, ())) + new_rows

    def missing(self, list_url, seen):
        """URLs of archived articles of a walked list no longer in it: fetched for takedown evidence."""
        gone = sorted(self.list_members.get(list_url, set()) - seen)
        return [self.urls[aid] for aid in gone if aid in self.urls]

    def attachments_kept(self):
        """Archived attachments a crawl may reuse (fetched conditionally): none on a full walk."""
        return {} if self.full else self.attachments


def mark_interrupted(db):
    """Crawls left 'running' were killed: the caller holds the archive's lock, so none of them is alive."""
    db.execute("update crawls set status = 'interrupted', finished = ? where status = 'running'", [now_iso()])


def unfinished(status):
    """A crawl that stopped before its walk was done: killed, interrupted, or failed (a full disk...)."""
    return status == "interrupted" or (status or "").startswith("failed")


def effective_mode(db, requested):
    """(mode, resume_from): an unfinished walk is resumed whatever was requested (its mode, from the start of
    the first unfinished crawl in a row), and so is a full walk that never finished even when incremental
    runs came after it (archives crawled before failed crawls were resumed); else full on an empty archive."""
    crawls = list(db.query("select mode, status, started from crawls order by id desc"))
    chain = []
    for row in crawls:
        if not unfinished(row["status"]):
            break
        chain.append(row)
    if chain:
        return chain[-1]["mode"], chain[-1]["started"]
    last_full = next((row for row in crawls if row["mode"] == "full"), None)
    if last_full is not None and unfinished(last_full["status"]):
        return "full", last_full["started"]
    if db["articles"].count == 0:
        return "full", None
    return requested, None


def build_plan(db, requested="incremental", rotation=30, young_days=30, now=None):
    mode, resume_from = effective_mode(db, requested)
    plan = Plan(mode=mode, resume_from=resume_from, rotation=max(1, rotation))
    plan.seq = db.execute("select count(*) from crawls where status != 'running'").fetchone()[0]
    rows = "select id, url, removed_at, last_fetched, json_extract(extraction, '$.template') as tpl from articles"
    for row in db.query(rows):
        (plan.removed if row["removed_at"] else plan.known).add(row["id"])
        plan.urls[row["id"]] = row["url"]
        if row["tpl"] is None:
            plan.read_plain.add(row["id"])
        if resume_from and row["last_fetched"] and row["last_fetched"] >= resume_from:
            plan.skip.add(row["id"])
    # a failed attachment, counter or continuation page is retried through its article
    plan.retry = [(r["url"], r["kind"], json.loads(r["meta"] or "{}")) for r in db.query(
        """select coalesce(a.url, b.url, e.url) as url,
                  case when coalesce(a.url, b.url) is not null then 'article' else e.page_kind end as kind,
                  max(e.meta) as meta
           from fetch_errors e
           left join articles a on a.id = e.article_id
           left join attachments t on t.url = e.url left join articles b on b.id = t.article_id
           where e.resolved = 0 and coalesce(e.kind, 'error') = 'error'
             and (coalesce(a.url, b.url) is not null or coalesce(e.page_kind, '') != 'part')
           group by 1, 2""")]  # fmt: skip
    plan.frontier = [(r["url"], json.loads(r["meta"] or "{}")) for r in db.query("select url, meta from frontier")]
    plan.suspects = [r["url"] for r in db.query(
        "select url from articles where suspected_removed_at is not null and removed_at is null")]  # fmt: skip
    plan.lists = {r["url"]: (r["school"], r["category_path"]) for r in db.query("select * from lists")}
    for r in db.query(
        """select l.list_url, l.article_id from listings l join articles a on a.id = l.article_id
           where a.removed_at is null and a.suspected_removed_at is null and l.list_url is not null"""
    ):
        plan.list_members.setdefault(r["list_url"], set()).add(r["article_id"])
    plan.attachments = {r["url"]: dict(r) for r in db.query(
        "select url, sha256, size, content_type, file, etag, last_modified, warc_file, warc_offset, warc_length,"
        " warc_record_id from attachments where sha256 is not null")}  # fmt: skip
    if mode == "incremental":
        plan.revisit = _revisits(db, plan, young_days, now)
    return plan


def _revisits(db, plan, young_days, now):
    now = now or dt.datetime.now(dt.UTC)
    young = (now - dt.timedelta(days=young_days)).astimezone().isoformat(timespec="seconds")
    out = []
    for r in db.query("select id, url, school, published from articles where removed_at is null"):
        is_young = (r["published"] or "") >= young
        if is_young or r["id"] % plan.rotation == plan.seq % plan.rotation:
            out.append((r["url"], r["school"]))
    return out
