"""The archive's rules, on store/ alone: a fresh in-memory database, plain item dicts, pinned times (each
save is given its ``now``), and every row compared whole. No crawl.

Versions (store/articles.py, store/versions.py)
  1. a new article is version 1, first seen now, its text on the article row only
  2. an unchanged article is seen again without a version
  3. a changed article is a new version, and the version it replaces keeps its own copy of the text
  4. an edit only in whitespace, markup or the visit count is no version (the row shows the new markup)
  5. a new publish date is a version
  6. attachments count by their bytes, not their order or address
  7. an off-site attachment counts by its link text
  8. a failed download keeps the archived file and is no edit
  9. bytes arriving for an attachment the latest version lists complete that version in place
 10. a file stored before lends its extracted text to a reuse of it
 11. an attachment gone from the page is dropped
 12. a revisit without the list row keeps the thumbnail it was listed with
 13. a failed visit counter keeps the last count
 14. visit counts are one row per crawl
 15. a date read from the list row stands on a revisit whose page shows none
 16. a page naming no school keeps the school it had, else the one it was listed under
 17. a listing keeps its first sighting and fills an article's missing school
 18. an archived article leaves the frontier, and the frontier skips one fetched this crawl
Duplicates
 19. the later of two articles with the same content points at the earliest
 20. a duplicate is no longer one when its original changes
Takedowns (store/takedowns.py)
 21. a first sighting of removal makes an article suspected
 22. more sightings in the same crawl never confirm
 23. a sighting in a later crawl confirms the removal
 24. sightings after the removal are evidence only
 25. a sighting of an article never archived is no evidence
 26. a removed article that comes back unchanged is restored
 27. a removed article that comes back changed is a new version
 28. a suspected article fetched again is live
 29. a suspicion cleared by a return starts afresh
Crawl log (store/crawl_log.py)
 30. a crawl's row from start to finish
 31. the same warning again counts on its row
 32. a dead link leaves the frontier, and an error is resolved when its URL is fetched
 33. an off-site link keeps its first sighting
"""

import copy
import hashlib
import json

import sqlite_utils

from jiangbei_crawler import store as storage

URL = "http://portal.test/show.asp?id=7"
BODY, HTML = (
    "第一段：收费标准如下。\n第二段：住宿费每学期800元。",
    "<p>第一段：收费标准如下。</p><p>第二段：住宿费每学期800元。</p>",
)
SCHOOL = "江北区实验小学"
WARC = dict.fromkeys(storage.WARC_REF)


def at(n):
    """The pinned time of crawl ``n``."""
    return f"2026-03-{10 + n:02d}T02:00:00+08:00"


def fresh():
    return storage.ensure_db_shape(sqlite_utils.Database(memory=True))


def item(**changes):
    base = {"id": 7, "url": URL, "school": SCHOOL, "category": "收费", "category_path": "信息公开/收费",
            "title": "收费公示", "source": "总务处", "published": "2026-03-02", "visits": 10, "body_text": BODY,
            "body_html": HTML, "attachments": [], "images": []}  # fmt: skip
    return {**base, **changes}


def save(db, *items, first=1):
    """Each item saved by its own crawl (``first``, then the next ...); their statuses."""
    return [storage.save_article(db, copy.deepcopy(it), n, now=at(n)) for n, it in enumerate(items, first)]


def published_hash(title="收费公示", source="总务处", body=BODY, files=()):
    """What the school published, spelled out: the text with whitespace made plain, the files' keys sorted."""
    plain = [" ".join(t.split()) for t in (title, source, body)]
    return hashlib.sha256(json.dumps([*plain, sorted(files)], ensure_ascii=False).encode()).hexdigest()


def article_row(n=1, **changes):
    """The whole article row after crawl ``n`` saw ``item()`` unchanged since crawl 1."""
    row = {"id": 7, "url": URL, "school": SCHOOL, "category": "收费", "category_path": "信息公开/收费",
           "title": "收费公示", "source": "总务处", "published": "2026-03-02", "year": 2026, "visits": 10,
           "attachment_count": 0, "has_attachments": 0, "status": "live", "content_hash": published_hash(),
           "duplicate_of": None, "version": 1, "first_seen": at(1), "last_seen": at(n), "last_changed": at(1),
           "last_fetched": at(n), "suspected_removed_at": None, "removed_at": None, "last_crawl": n,
           "extraction": "{}", "metadata": None, **WARC, "search_id": 7, "body_text": BODY,
           "body_html": storage.pack_html(HTML), "attachments_text": None, "ocr_text": None}  # fmt: skip
    return {**row, **changes}


def other(aid, **changes):
    """Another article of the portal, as ``item`` has it unless told otherwise."""
    return item(id=aid, url=URL.replace("id=7", f"id={aid}"), **changes)


def other_row(aid, n, **changes):
    """The whole row of ``other(aid)`` first saved by crawl ``n``."""
    url = URL.replace("id=7", f"id={aid}")
    return article_row(n, id=aid, search_id=aid, url=url, first_seen=at(n), last_changed=at(n), **changes)


def version_row(version=1, n=1, **changes):
    row = {"article_id": 7, "version": version, "crawl_id": n, "fetched_at": at(n), "content_hash": published_hash(),
           "title": "收费公示", "source": "总务处", "published": "2026-03-02", "body_text": None, "body_html": None,
           "attachments": "[]", **WARC}  # fmt: skip
    return {**row, **changes}


def rows(db, table):
    return list(db.query(f"select * from [{table}] order by rowid"))


def pdf(name, data, **extra):
    return {"name": name, "url": f"http://portal.test/UploadFiles/{name}", "offsite": False, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(), "content_type": "application/pdf", "file": None,
            "text": data.decode(), **extra}  # fmt: skip


def attachment_row(att, **changes):
    row = {"article_id": 7, "url": att["url"], "name": att["name"], "size": att.get("size"), "sha256": att.get("sha256"),
           "content_type": att.get("content_type"), "file": None, "etag": None, "last_modified": None,
           "offsite": int(att["offsite"]), "error": att.get("error"), "text": att.get("text"), "text_error": None,
           **WARC}  # fmt: skip
    return {**row, **changes}


def summary(*atts):
    return json.dumps(
        [{"name": a["name"], "url": a["url"], "sha256": a.get("sha256")} for a in atts], ensure_ascii=False
    )


A, B = pdf("a.pdf", b"notice A"), pdf("b.pdf", b"table B")
FILES = [f"sha256:{A['sha256']}", f"sha256:{B['sha256']}"]


# ---- versions ---------------------------------------------------------------------------------------------


def test_a_new_article_is_version_1_first_seen_now_with_its_text_on_the_article_row_only():
    db = fresh()
    assert save(db, item()) == ["new"]
    assert rows(db, "articles") == [article_row()]
    assert rows(db, "article_versions") == [version_row()]
    assert rows(db, "visit_counts") == [{"article_id": 7, "crawl_id": 1, "observed_at": at(1), "visits": 10}]


def test_an_unchanged_article_is_seen_again_without_a_version():
    db = fresh()
    assert save(db, item(), item()) == ["new", "unchanged"]
    assert rows(db, "articles") == [article_row(2)]
    assert rows(db, "article_versions") == [version_row()]


def test_a_changed_article_is_a_new_version_and_the_replaced_version_keeps_its_own_text():
    db = fresh()
    edited = BODY.replace("800", "900")
    assert save(db, item(), item(body_text=edited, body_html=HTML.replace("800", "900"))) == ["new", "changed"]
    assert rows(db, "articles") == [
        article_row(
            2,
            version=2,
            last_changed=at(2),
            content_hash=published_hash(body=edited),
            body_text=edited,
            body_html=storage.pack_html(HTML.replace("800", "900")),
        )  # fmt: skip
    ]
    assert rows(db, "article_versions") == [
        version_row(body_text=BODY, body_html=storage.pack_html(HTML)),
        version_row(2, 2, content_hash=published_hash(body=edited)),
    ]
    assert [v["body_text"] for v in storage.versions_of(db.conn, 7)] == [BODY, edited]


def test_an_edit_only_in_whitespace_markup_or_the_visit_count_is_no_version():
    db = fresh()
    respaced, remarked = BODY.replace("\n", "\u3000 \n "), HTML.replace("<p>", '<p class="x">')
    assert save(db, item(), item(body_text=respaced, body_html=remarked, visits=11)) == ["new", "unchanged"]
    assert rows(db, "articles") == [
        article_row(2, body_text=respaced, body_html=storage.pack_html(remarked), visits=11)
    ]
    assert rows(db, "article_versions") == [version_row()]


def test_a_new_publish_date_is_a_version():
    db = fresh()
    assert save(db, item(), item(published="2026-03-05")) == ["new", "changed"]
    assert rows(db, "articles") == [article_row(2, published="2026-03-05", version=2, last_changed=at(2))]
    assert rows(db, "article_versions") == [
        version_row(body_text=BODY, body_html=storage.pack_html(HTML)),
        version_row(2, 2, published="2026-03-05"),
    ]


def test_attachments_count_by_their_bytes_not_their_order_or_address():
    db = fresh()
    moved = {**A, "url": "http://portal.test/UploadFiles/2026/a.pdf"}
    assert save(db, item(attachments=[A, B]), item(attachments=[B, moved])) == ["new", "unchanged"]
    assert rows(db, "attachments") == [attachment_row(B), attachment_row(moved)]
    assert rows(db, "article_versions") == [
        version_row(content_hash=published_hash(files=FILES), attachments=summary(A, B))
    ]


def test_an_offsite_attachment_counts_by_its_link_text():
    db = fresh()
    link = {"name": "收费 明细.pdf", "url": "http://pan.example/x/1", "offsite": True}
    elsewhere = {**link, "url": "http://pan.example/y/2", "name": "收费\u3000明细.pdf"}
    renamed = {**link, "name": "收费明细（更正）.pdf"}
    assert save(db, item(attachments=[link]), item(attachments=[elsewhere]), item(attachments=[renamed])) == [
        "new", "unchanged", "changed"]  # fmt: skip
    assert rows(db, "attachments") == [attachment_row(renamed)]
    assert [v["content_hash"] for v in rows(db, "article_versions")] == [
        published_hash(files=["offsite:收费 明细.pdf"]),
        published_hash(files=["offsite:收费明细（更正）.pdf"]),
    ]


def test_a_failed_download_keeps_the_archived_file_and_is_no_edit():
    db = fresh()
    failed = {"name": A["name"], "url": A["url"], "offsite": False, "error": "HTTP 500"}
    assert save(db, item(attachments=[A]), item(attachments=[failed])) == ["new", "unchanged"]
    assert rows(db, "attachments") == [attachment_row(A)]
    assert rows(db, "articles") == [
        article_row(
            2,
            attachment_count=1,
            has_attachments=1,
            attachments_text="notice A",
            content_hash=published_hash(files=FILES[:1]),
        )  # fmt: skip
    ]


def test_bytes_arriving_for_an_attachment_the_latest_version_lists_complete_it_in_place():
    db = fresh()
    failed = {"name": A["name"], "url": A["url"], "offsite": False, "error": "HTTP 500"}
    assert save(db, item(attachments=[failed]), item(attachments=[A])) == ["new", "unchanged"]
    assert rows(db, "article_versions") == [
        version_row(content_hash=published_hash(files=FILES[:1]), attachments=summary(A))
    ]
    assert rows(db, "attachments") == [attachment_row(A)]


def test_a_file_stored_before_lends_its_extracted_text_to_a_reuse_of_it():
    db = fresh()
    save(db, item(attachments=[A]))
    reused = {k: v for k, v in A.items() if k != "text"}
    save(db, other(8, attachments=[reused]), first=2)
    assert rows(db, "attachments") == [attachment_row(A), attachment_row(A, article_id=8)]


def test_an_attachment_gone_from_the_page_is_dropped():
    db = fresh()
    assert save(db, item(attachments=[A, B]), item(attachments=[B])) == ["new", "changed"]
    assert rows(db, "attachments") == [attachment_row(B)]


def test_a_revisit_without_the_list_row_keeps_the_thumbnail_it_was_listed_with():
    db = fresh()
    thumb = {"url": "http://portal.test/thumb.jpg", "kind": "thumbnail", "offsite": False}
    body_img = {"url": "http://portal.test/body.jpg", "alt": "校门", "offsite": False}
    assert save(db, item(images=[thumb, body_img]), item(images=[])) == ["new", "unchanged"]
    image = {"article_id": 7, "kind": "thumbnail", "alt": None, "size": None, "sha256": None, "content_type": None,
             "file": None, "offsite": 0, "error": None, **WARC}  # fmt: skip
    assert rows(db, "images") == [{**image, "url": thumb["url"]}]


def test_a_failed_visit_counter_keeps_the_last_count():
    db = fresh()
    assert save(db, item(), item(visits=None)) == ["new", "unchanged"]
    assert rows(db, "articles") == [article_row(2)]
    assert rows(db, "visit_counts") == [{"article_id": 7, "crawl_id": 1, "observed_at": at(1), "visits": 10}]


def test_visit_counts_are_one_row_per_crawl():
    db = fresh()
    save(db, item(visits=10), item(visits=12), item(visits=15))
    assert rows(db, "visit_counts") == [
        {"article_id": 7, "crawl_id": n, "observed_at": at(n), "visits": v} for n, v in ((1, 10), (2, 12), (3, 15))
    ]
    assert rows(db, "articles") == [article_row(3, visits=15)]


def test_a_date_from_the_list_row_stands_on_a_revisit_whose_page_shows_none():
    db = fresh()
    listed = item(extraction={"published": "list"})
    revisit = item(published=None, extraction={"published": "none"})
    assert save(db, listed, revisit) == ["new", "unchanged"]
    assert rows(db, "articles") == [article_row(2, extraction='{"published": "list"}')]


def test_a_page_naming_no_school_keeps_the_school_it_had_else_the_one_it_was_listed_under():
    db = fresh()
    save(db, item(), item(school=None))
    assert rows(db, "articles") == [article_row(2)]
    storage.save_listing(db, {"article_id": 8, "school": "鱼化寨小学", "category_path": "信息公开/收费"}, now=at(1))
    save(db, other(8, school=None), first=3)
    assert rows(db, "articles") == [article_row(2), other_row(8, 3, school="鱼化寨小学")]


def test_a_listing_keeps_its_first_sighting_and_fills_a_missing_school():
    db = fresh()
    save(db, item(school=None))
    listing = {"article_id": 7, "school": SCHOOL, "category_path": "信息公开/收费", "list_url": "http://portal.test/l"}
    storage.save_listing(db, listing, now=at(1))
    storage.save_listing(db, listing, now=at(2))
    assert rows(db, "listings") == [{**listing, "first_seen": at(1), "last_seen": at(2)}]
    assert rows(db, "articles") == [article_row()]


def test_a_listing_fills_a_missing_category_and_leaves_a_shown_one():
    """An article first found in a box of the newest items has no category; the column listing it gives it one.
    One whose page showed its category keeps it."""
    db = fresh()
    save(db, item(category=None, category_path=None), other(8))
    listing = {"article_id": 7, "school": SCHOOL, "category_path": "信息公开/收费", "list_url": "http://portal.test/l"}
    storage.save_listing(db, listing, now=at(1))
    storage.save_listing(db, {**listing, "article_id": 8, "category_path": "信息公开/招生"}, now=at(1))
    assert rows(db, "articles") == [article_row(), other_row(8, 2)]
    save(db, item(category=None, category_path=None), first=3)  # a revisit from the newest box again: kept
    assert rows(db, "articles") == [article_row(3), other_row(8, 2)]


def test_an_archived_article_leaves_the_frontier_and_the_frontier_skips_one_fetched_this_crawl():
    db = fresh()
    crawl = storage.start_crawl(db, now=at(1))
    storage.save_frontier(db, {"url": URL, "meta": {"page": 1}}, crawl, now=at(1))
    assert rows(db, "frontier") == [
        {"url": URL, "kind": "article", "crawl_id": 1, "meta": '{"page": 1}', "added": at(1)}
    ]
    save(db, item())
    assert rows(db, "frontier") == []
    storage.save_frontier(db, {"url": URL}, crawl, now=at(1))  # listed again later in the same crawl
    assert rows(db, "frontier") == []


# ---- duplicates -------------------------------------------------------------------------------------------


def test_the_later_of_two_articles_with_the_same_content_points_at_the_earliest():
    db = fresh()
    save(db, item(), other(9), other(8))
    storage.resolve_duplicates(db, [published_hash()])
    assert list(db.query("select * from articles order by id")) == [
        article_row(),
        other_row(8, 3, duplicate_of=7),
        other_row(9, 2, duplicate_of=7),
    ]


def test_a_duplicate_is_no_longer_one_when_its_original_changes():
    db = fresh()
    save(db, item(), other(8))
    storage.resolve_duplicates(db, [published_hash()])
    edited = BODY + "（更正）"
    save(db, item(body_text=edited), first=3)
    storage.resolve_duplicates(db, [published_hash(body=edited)])  # as the pipeline does: the contents it saved
    assert list(db.query("select * from articles order by id")) == [
        article_row(3, body_text=edited, content_hash=published_hash(body=edited), version=2, last_changed=at(3)),
        other_row(8, 2),  # was a duplicate of 7 (fixed: it kept pointing at 7 after 7 changed)
    ]


# ---- takedowns --------------------------------------------------------------------------------------------


def gone(db, crawl, n=None):
    """A 404 seen by ``crawl`` at the time of crawl ``n`` (default: the crawl's own)."""
    removal = {"article_id": 7, "url": URL, "status": 404, "final_url": URL, "kind": "404", "snippet": "Not Found"}
    return storage.save_removal(db, removal, crawl, now=at(n or crawl))


def removal_row(n, crawl=None, confirmed=0, rid=1):
    return {"id": rid, "article_id": 7, "crawl_id": crawl or n, "observed_at": at(n), "status": 404,
            "final_url": URL, "kind": "404", "snippet": "Not Found", "confirmed": confirmed, **WARC}  # fmt: skip


def test_a_first_sighting_of_removal_makes_an_article_suspected():
    db = fresh()
    save(db, item())
    assert gone(db, 2) == "suspected"
    assert rows(db, "removals") == [removal_row(2)]
    assert rows(db, "articles") == [article_row(status="suspected", suspected_removed_at=at(2))]


def test_more_sightings_in_the_same_crawl_never_confirm():
    db = fresh()
    save(db, item())
    assert [gone(db, 2), gone(db, 2, n=3)] == ["suspected", "suspected"]
    assert rows(db, "removals") == [removal_row(2), removal_row(3, crawl=2, rid=2)]
    assert rows(db, "articles") == [article_row(status="suspected", suspected_removed_at=at(2))]


def test_a_sighting_in_a_later_crawl_confirms_the_removal():
    db = fresh()
    save(db, item())
    assert [gone(db, 2), gone(db, 3)] == ["suspected", "removed"]
    assert rows(db, "removals") == [removal_row(2), removal_row(3, confirmed=1, rid=2)]
    assert rows(db, "articles") == [article_row(status="removed", suspected_removed_at=at(2), removed_at=at(3))]


def test_sightings_after_the_removal_are_evidence_only():
    db = fresh()
    save(db, item())
    assert [gone(db, 2), gone(db, 3), gone(db, 4)] == ["suspected", "removed", "already"]
    assert rows(db, "removals")[-1] == removal_row(4, confirmed=1, rid=3)
    assert rows(db, "articles") == [article_row(status="removed", suspected_removed_at=at(2), removed_at=at(3))]


def test_a_sighting_of_an_article_never_archived_is_no_evidence():
    db = fresh()
    storage.save_frontier(db, {"url": URL}, 1, now=at(1))
    assert gone(db, 1) is None
    assert rows(db, "removals") == [] and rows(db, "frontier") == []


def test_a_removed_article_that_comes_back_unchanged_is_restored():
    db = fresh()
    save(db, item())
    gone(db, 2), gone(db, 3)
    assert save(db, item(), first=4) == ["restored"]
    assert rows(db, "articles") == [article_row(4)]
    assert rows(db, "article_versions") == [version_row()]


def test_a_removed_article_that_comes_back_changed_is_a_new_version():
    db = fresh()
    save(db, item())
    gone(db, 2), gone(db, 3)
    assert save(db, item(title="收费公示（更正）"), first=4) == ["changed"]
    assert rows(db, "articles") == [
        article_row(
            4,
            title="收费公示（更正）",
            content_hash=published_hash(title="收费公示（更正）"),
            version=2,
            last_changed=at(4),
        )  # fmt: skip
    ]


def test_a_suspected_article_fetched_again_is_live():
    db = fresh()
    save(db, item())
    gone(db, 2)
    assert save(db, item(), first=3) == ["unchanged"]
    assert rows(db, "articles") == [article_row(3)]


def test_a_suspicion_cleared_by_a_return_starts_afresh():
    db = fresh()
    save(db, item())
    gone(db, 2)
    save(db, item(), first=3)
    assert gone(db, 4) == "suspected"  # the sighting of crawl 2 was before the return: it confirms nothing
    assert rows(db, "articles") == [article_row(3, status="suspected", suspected_removed_at=at(4))]


# ---- crawl log --------------------------------------------------------------------------------------------


def test_a_crawls_row_from_start_to_finish():
    db = fresh()
    assert storage.start_crawl(db, "incremental", pid=42, now=at(1)) == 1
    storage.finish_crawl(db, 1, "ok", {"new": 3, "changed": 1, "errors": 0}, now=at(2))
    empty = dict.fromkeys(storage.TABLES["crawls"][0])
    assert rows(db, "crawls") == [{**empty, "id": 1, "started": at(1), "finished": at(2), "status": "ok",
                                   "mode": "incremental", "pid": 42, "new": 3, "changed": 1, "errors": 0}]  # fmt: skip


def test_the_same_warning_again_counts_on_its_row():
    db = fresh()
    for n in (1, 1, 2):
        storage.save_warning(db, {"url": URL, "message": "no date"}, n, now=at(n))
    assert rows(db, "warnings") == [
        {"id": 1, "crawl_id": 1, "url": URL, "message": "no date", "time": at(1), "count": 2},
        {"id": 2, "crawl_id": 2, "url": URL, "message": "no date", "time": at(2), "count": 1},
    ]


def test_a_dead_link_leaves_the_frontier_and_an_error_is_resolved_when_its_url_is_fetched():
    db = fresh()
    storage.save_frontier(db, {"url": URL}, 1, now=at(1))
    dead = {"url": URL, "reason": "HTTP 404", "status": 404, "kind": "dead", "page_kind": "article", "article_id": 7}
    storage.save_fetch_error(db, dead, 1, now=at(1))
    assert rows(db, "frontier") == []
    storage.resolve_fetch_errors(db, [URL])
    assert rows(db, "fetch_errors") == [{"id": 1, "crawl_id": 1, **dead, "time": at(1), "resolved": 1, "meta": None}]


def test_an_offsite_link_keeps_its_first_sighting():
    db = fresh()
    link = {"from_url": URL, "url": "http://elsewhere.example/x"}
    storage.save_offsite_link(db, link, 1, now=at(1))
    storage.save_offsite_link(db, link, 2, now=at(2))
    assert rows(db, "offsite_links") == [{**link, "first_seen": at(1), "crawl_id": 1}]
