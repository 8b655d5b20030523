"""The mission end to end: replica portal -> scrapy crawl -> archive == truth."""

import sqlite3

import pytest

from jiangbei_crawler.testing import compare, crawl, replica, truth

WARC = {
    "warc_file",
    "warc_offset",
    "warc_length",
    "warc_record_id",
}  # the latest capture moves on; versions keep theirs
IGNORED = {
    "articles": {"last_seen", "visits", "last_fetched", "last_crawl", *WARC},
    "attachments": WARC,
    "images": WARC,
    "listings": {"last_seen"},
    "lists": {"last_checked"},
    "templates": {"pages", "evidence", "last_crawl"},  # what each crawl read of them adds up; what was learnt stays
}
SKIP_TABLES = {"crawls", "visit_counts", "fetch_errors", "warnings", "warc_digests"}  # warc_digests: WARC bookkeeping


def crawl_and_compare(tmp_path, size):
    db = tmp_path / "archive" / "disclosure.db"
    with replica(size) as url:
        proc = crawl(url, db)
        records, removed = truth(url, size)
    accuracy, wrong = compare(db, records)
    print(f"\n{size}: per-field accuracy over {len(records)} articles")
    for field, value in accuracy.items():
        print(f"  {field:14s} {value:.4f}")
    return db, proc, records, removed, wrong


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return crawl_and_compare(tmp_path_factory.mktemp("tiny"), "tiny")


def test_every_live_article_matches_the_truth_field_by_field(tiny):
    db, proc, records, removed, wrong = tiny
    assert wrong == [], wrong[:5]


def test_archive_holds_only_real_articles(tiny):
    db, proc, records, removed, wrong = tiny
    ids = {r[0] for r in sqlite3.connect(db).execute("select id from articles")}
    assert ids == {r["id"] for r in records}


def test_duplicates_are_marked_and_quirky_pages_are_present(tiny):
    db, proc, records, removed, wrong = tiny
    conn = sqlite3.connect(db)
    dups = dict(conn.execute("select id, duplicate_of from articles where duplicate_of is not null"))
    assert dups == {r["id"]: r["duplicate_of"] for r in records if r["duplicate_of"]}
    assert len(dups) >= 1


def test_offsite_links_are_recorded_not_followed(tiny):
    db, proc, records, removed, wrong = tiny
    conn = sqlite3.connect(db)
    offsite = {r[0] for r in conn.execute("select url from offsite_links")}
    assert "http://www.jiangbei.gov.cn/" in offsite
    assert any(u.startswith("http://10.") for u in offsite)


def test_crawl_row_records_counts(tiny):
    db, proc, records, removed, wrong = tiny
    row = sqlite3.connect(db).execute("select status, new, errors, requests, finished from crawls").fetchone()
    assert row[0] == "ok" and row[1] == len(records) and row[2] == 0 and row[3] > len(records) and row[4]


def dump(db):
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table' and name not like '%fts%'")]
    out = {}
    for t in tables:
        if t in SKIP_TABLES:
            continue
        rows = [
            {k: v for k, v in dict(r).items() if k not in IGNORED.get(t, ())}
            for r in conn.execute(f"select * from [{t}]")
        ]
        out[t] = sorted(rows, key=repr)
    return out


@pytest.mark.slow
def test_running_twice_changes_nothing_but_last_seen_and_visits(tmp_path):
    db = tmp_path / "disclosure.db"
    with replica("tiny") as url:
        crawl(url, db)
        first = dump(db)
        crawl(url, db, "-a", "mode=full")
    second = dump(db)
    assert first == second
    assert first["frontier"] == [], "an uninterrupted crawl leaves no frontier behind"
    crawls = sqlite3.connect(db).execute("select new, changed, unchanged from crawls order by id").fetchall()
    assert crawls[1][0] == 0 and crawls[1][1] == 0 and crawls[1][2] == crawls[0][0]


# (template, settings): the portal of docs/portal.md with its site profile and without it; the same SPEC with other
# markup (the profile's URLs match, its selectors do not); two other CMSs, crawled by the generic rules alone.
FAMILIES = {
    "jiangbei": ("jiangbei", {}),
    "jiangbei-no-profile": ("jiangbei", {"SITE_PROFILE": "none"}),
    "specalt": ("specalt", {}),
    "powereasy": ("powereasy", {"SITE_PROFILE": "none"}),
    "table": ("table", {"SITE_PROFILE": "none"}),
}


@pytest.mark.slow
@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_template_family_matches_the_truth(tmp_path, family):
    template, settings = FAMILIES[family]
    db = tmp_path / "disclosure.db"
    with replica("tiny", template=template) as url:
        proc = crawl(url, db, settings=settings)
        records, removed = truth(url, "tiny", template=template)
    accuracy, wrong = compare(db, records)
    assert wrong == [], wrong[:5]
    status = sqlite3.connect(db).execute("select status from crawls").fetchone()[0]
    assert status == "ok", proc.stderr[-2000:]


@pytest.mark.slow
def test_small_portal_matches_the_truth(small_archive):
    root, url = small_archive
    records, removed = truth(url, "small")
    accuracy, wrong = compare(root / "disclosure.db", records)
    assert len(records) > 1500
    assert wrong == [], wrong[:5]
