"""Change alerts that carry the change: a saved search's Atom feed, each entry the character diff of a new version."""

import asyncio
import html
import re
import sqlite3

import pytest
from datasette.app import Datasette
from lxml import etree
from test_datasette import ATOM, check_atom

from jiangbei_crawler.replica import Options, Portal
from jiangbei_crawler.testing import archive_config, crawl_states, replica

pytestmark = pytest.mark.slow
STATES = (0, 1, 2)


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    """tiny crawled at states 0, 1 and 2 (edits of titles, bodies and attachments), every article each time;
    with the replica's own record of what each edit did."""
    root = archive_config(tmp_path_factory.mktemp("watch"))
    with replica("tiny") as url:
        crawl_states(url, root / "disclosure.db", STATES)
    before, after = (Portal(Options.build(1, "tiny")) for _ in range(2))
    after.set_state(STATES[-1])
    return Datasette(config_dir=root), root / "disclosure.db", before, after


def feed(datasette, **params):
    resp = asyncio.run(datasette.client.get("/watch.atom", params=params))
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/atom+xml")
    return check_atom(resp.content)


def marked(entry):
    """(added, removed) texts of an entry's diff."""
    content = entry.findtext(f"{ATOM}content")
    ins = [html.unescape(t) for t in re.findall(r"<ins>(.*?)</ins>", content, re.S)]
    dels = [html.unescape(t) for t in re.findall(r"<del>(.*?)</del>", content, re.S)]
    return ins, dels


def truth(before, after, aid):
    """What the replica's one edit of ``aid`` added (a title suffix, a paragraph, an attachment's name and sha256)."""
    old, new = before.article(aid), after.article(aid)
    kind = after.edits[aid][0][1]
    if kind == "title":
        return kind, [new.title[len(old.title) :]]
    if kind == "body":
        return kind, [text for tag, text in new.blocks if (tag, text) not in old.blocks]
    att = next(a for a in new.attachments if a not in old.attachments)
    return kind, [att.name, att.sha256()[:12]]


def test_a_saved_search_feed_holds_exactly_what_each_edit_added(watched):
    datasette, db, before, after = watched
    once = {aid for aid, edits in after.edits.items() if len(edits) == 1 and aid in after.live}
    conn = sqlite3.connect(db)
    twice = {r[0] for r in conn.execute("select article_id from article_versions group by 1 having count(*) = 2")}
    conn.close()
    kinds = set()
    for aid in sorted(once & twice):
        kind, added = truth(before, after, aid)
        query = re.search(r"[\u4e00-\u9fff]{6}", before.article(aid).title).group(0)  # a saved search it matches
        entries = {e.findtext(f"{ATOM}id").rsplit(":", 1)[1]: e for e in feed(datasette, q=query)}
        entry = entries[f"article/{aid}/v2"]
        ins, dels = marked(entry)
        assert dels == [], (aid, kind, dels)  # these edits remove nothing
        if kind == "attachments":  # its line: the name and the start of the sha256
            assert len(ins) == 1 and all(part in ins[0] for part in added), (aid, ins, added)
        else:
            assert ins == added, (aid, kind, ins, added)
        alternate = [lk.get("href") for lk in entry.iter(f"{ATOM}link") if lk.get("rel", "alternate") == "alternate"]
        assert alternate == [f"http://localhost/disclosure/article_versions/{aid},2"]  # RFC 4287: rel defaults so
        replays = [lk.get("href") for lk in entry.iter(f"{ATOM}link") if "replay" in (lk.get("title") or "")]
        assert len(replays) == 1 and re.match(r"^http://localhost:\d+/archive/\d{14}/http://127\.0\.0\.1", replays[0])
        kinds.add(kind)
    assert kinds == {"title", "body", "attachments"}


def test_a_new_article_arrives_whole_and_school_and_portal_feeds_do_the_same(watched):
    datasette, db, before, after = watched
    new = sorted(set(after.live) - set(before.live))
    assert new
    aid = new[0]
    conn = sqlite3.connect(db)
    school, body = conn.execute("select school, body_text from articles where id = ?", [aid]).fetchone()
    conn.close()
    for params in ({"school": school}, {}):
        entries = {e.findtext(f"{ATOM}id").rsplit(":", 1)[1]: e for e in feed(datasette, **params)}
        ins, dels = marked(entries[f"article/{aid}/v1"])
        assert dels == [] and [line for line in body.split("\n") if line] == [t for t in ins if t in body]
    other = feed(datasette, school=school)
    assert all(e.findtext(f"{ATOM}author/{ATOM}name") == school for e in other)


def test_a_search_nothing_matches_is_an_empty_valid_feed(watched):
    datasette, *_ = watched
    assert feed(datasette, q="没有任何文章包含这句话") == []
    xml = asyncio.run(datasette.client.get("/watch.atom", params={"q": "x"})).content
    assert etree.fromstring(xml).tag == f"{ATOM}feed"
