"""The replica produces every quirk of the SPEC, and its truth matches what it serves."""

import hashlib
import http.client
import re
import socket
import urllib.error
import urllib.request

import pytest

from jiangbei_crawler.replica import Options, Portal, truth_records
from jiangbei_crawler.replica.model import GARBAGE_DATES
from jiangbei_crawler.testing import replica, set_state, truth

GBK_ONLY = "镕堃喆珺昇"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def get(url, timeout=10):
    """(status, headers, body) without following redirects or raising on 4xx/5xx."""
    try:
        with OPENER.open(url, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def text(body):
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("gbk")


@pytest.fixture(scope="module")
def site():
    with replica("tiny") as url:
        portal = Portal(Options.build(1, "tiny"))
        pages = {aid: get(f"{url}/show.asp?id={aid}") for aid in sorted(portal.live)}
        yield url, portal, pages


def articles_where(portal, pred):
    return [portal.article(aid) for aid in sorted(portal.live) if pred(portal.article(aid))]


def test_same_seed_same_portal_other_seed_other_portal():
    a = list(truth_records(Portal(Options.build(1, "tiny"))))
    b = list(truth_records(Portal(Options.build(1, "tiny"))))
    c = list(truth_records(Portal(Options.build(2, "tiny"))))
    assert a == b and a != c


def test_sizes_and_explicit_counts():
    assert len(Portal(Options.build(1, "small")).live) == 2000
    portal = Portal(Options.build(1, "tiny", schools=3, articles=50))
    assert len(portal.schools) == 3 and len(portal.live) == 50


@pytest.mark.parametrize("size", ["tiny", "small"])
def test_hostile_articles_keep_their_bodies_at_every_size(size):
    portal = Portal(Options.build(1, size))
    roles = {aid: role for aid, role in portal.specials.items()}
    bodies = {roles[r["id"]]: r["body_text"] for r in truth_records(portal) if r.get("id") in roles}
    assert set(bodies) == {"huge", "nul", "unclosed", "unclosed2"} and all(bodies.values())
    assert len(bodies["huge"]) > 2_000_000


def test_encoding_gbk_declared_misdeclared_and_undeclared(site):
    url, portal, pages = site
    by_enc = {s.encoding: s for s in portal.schools}
    for enc, header_charset, meta in (
        ("gbk", None, True),
        ("gbk-misdeclared", "utf-8", True),
        ("gbk-nodecl", None, False),
    ):
        status, headers, body = get(f"{url}/school.asp?sid={by_enc[enc].sid}")
        assert headers.get_content_charset() == header_charset
        assert (b"charset=gb2312" in body) is meta
        with pytest.raises(UnicodeDecodeError):
            body.decode("utf-8")
        assert by_enc[enc].name in body.decode("gbk")
    gbk_pages = [text(pages[a.id][2]) for a in articles_where(portal, lambda a: a.school.encoding != "utf8")]
    assert any(c in page for page in gbk_pages for c in GBK_ONLY)
    with pytest.raises(UnicodeEncodeError):
        GBK_ONLY.encode("gb2312")


def test_word_pasted_bodies(site):
    url, portal, pages = site
    word = [pages[a.id][2] for a in articles_where(portal, lambda a: a.word)]
    assert word
    for marker in (
        b"<st1:chsdate",
        b"<o:p>",
        b"lang=EN-US",
        b"class=MsoNormal",
        b"&nbsp;",
        b"<font",
        b"MsoNormalTable",
    ):
        assert any(marker in body for body in word), marker


def test_date_labels_and_formats(site):
    url, portal, pages = site
    infos = [re.search(r'<div class="info">(.*?)</div>', text(b)).group(1) for _, _, b in pages.values()]
    for label in ("发表时间", "发布时间", "发布日期", "更新时间"):
        assert any(label in i for i in infos), label
    patterns = [r"\d{4}-\d{2}-\d{2}(?!\s\d)", r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", r"\d{4}/\d{2}/\d{2} \d{2}:",
                r"\d{4}年\d{2}月\d{2}日", r"\d{4}-\d{1}-\d{1}\b", r"(?<!\d)\d{2}年\d{2}月\d{2}日"]  # fmt: skip
    for pattern in patterns:
        assert any(re.search(pattern, i) for i in infos), pattern
    assert any(not re.search("时间|日期", i) for i in infos), "an article without a date"
    assert any(any(g in i for g in GARBAGE_DATES) for i in infos), "a garbage date"


def test_missing_fields(site):
    url, portal, pages = site
    bodies = [text(b) for _, _, b in pages.values()]
    assert any('<div class="info">来源:&amp;nbsp;' in b or '<div class="info">来源:&nbsp;' in b for b in bodies)
    assert any("访问次数" not in b for b in bodies)
    assert any('<div id="content"></div>' in b and 'class="attach"' in b for b in bodies)


def test_visit_counter_loaded_by_script_and_incrementing(site):
    url, portal, pages = site
    a = articles_where(portal, lambda a: a.visits_mode == "script")[0]
    assert f'src="counter.asp?id={a.id}"'.encode() in pages[a.id][2]
    first = int(re.search(rb"'(\d+)'", get(f"{url}/counter.asp?id={a.id}")[2]).group(1))
    second = int(re.search(rb"'(\d+)'", get(f"{url}/counter.asp?id={a.id}")[2]).group(1))
    assert second == first + 1


def test_pagination_past_the_end_returns_the_last_page():
    from jiangbei_crawler.replica.server import Replica

    r = Replica(Portal(Options.build(1, "tiny", schools=2, articles=700)))
    sid = r.portal.schools[0].sid
    pages = -(-len(r.portal.lists[(sid, 3)]) // 20)
    assert pages >= 2
    last = r.route("GET", f"/list.asp?sid={sid}&cid=3&page={pages}", ("127.0.0.1", 0)).body
    assert f"页次:{pages}/{pages}".encode() in last
    assert r.route("GET", f"/list.asp?sid={sid}&cid=3&page=99", ("127.0.0.1", 0)).body == last
    assert f"page={pages + 1}".encode() in last  # a 下一页 link past the end


def test_odd_links(site):
    url, portal, pages = site
    allpages = b"".join(b for _, _, b in pages.values()) + get(url + "/")[2]
    allpages += b"".join(get(f"{url}/school.asp?sid={s.sid}")[2] for s in portal.schools)
    allpages += b"".join(get(f"{url}/list.asp?sid={s.sid}&cid=3")[2] for s in portal.schools)
    for marker in (b'href="UploadFiles\\', b'href=" \n/UploadFiles', b'href="../UploadFiles', b"javascript:void(0)",
                   b'href="#', b"{$UploadDir}", b"http://www.jiangbei.gov.cn/", b'href="http://10.', b"list.asp?cid=",
                   b"from=index", b"from=list", b'href=" show.asp'):  # fmt: skip
        assert marker in allpages, marker


def test_soft_404_real_404_and_redirect_for_removed_articles():
    with replica("tiny") as url:
        info = set_state(url, 1)
        portal = Portal(Options.build(1, "tiny"))
        portal.set_state(1)
        assert sorted(portal.removed) == info["removed"]
        seen = set()
        for aid, style in portal.removed.items():
            status, headers, body = get(f"{url}/show.asp?id={aid}")
            expected = {"alert": 200, "404": 404, "redirect": 302}[style]
            assert status == expected
            if style == "alert":
                assert "该信息不存在或已被删除".encode() in body and b"history.back()" in body
            if style == "redirect":
                assert headers["Location"] == "/index.asp"
            seen.add(style)
        assert seen == {"alert", "404", "redirect"}
        assert get(f"{url}/show.asp?id=999999")[0] == 200  # unknown id: soft 404 too


def test_hostile_content(site):
    url, portal, pages = site
    special = {role: aid for aid, role in portal.specials.items()}
    assert b"\x00" in pages[special["nul"]][2]
    assert len(pages[special["huge"]][2]) > 2_000_000
    assert pages[special["unclosed2"]][2].count(b"<div>") >= 300
    unclosed = text(pages[special["unclosed"]][2])
    content = unclosed.split('<div id="content">')[1].split("</div>")[0]
    assert content.count("<p") > content.count("</p>")
    hostile = [b for _, _, b in pages.values() if b"<script>alert('xss')" in b]
    assert hostile and all(b"onerror=" in b and b"javascript:alert" in b for b in hostile)


def test_multipage_articles(site):
    url, portal, pages = site
    a = articles_where(portal, lambda a: a.pages > 1)[0]
    p2 = get(f"{url}/show.asp?id={a.id}&page=2")[2]
    assert f"show.asp?id={a.id}&amp;page=2".encode() in pages[a.id][2]
    assert p2 != pages[a.id][2]
    assert a.title.encode("utf-8") in p2 or a.title.encode("gbk") in p2  # the page's own charset


def test_crossposts_and_reposts(site):
    url, portal, pages = site
    records, _ = truth(url)
    assert any(len(r["listings"]) == 2 for r in records)
    by_id = {r["id"]: r for r in records}
    reposts = [r for r in records if r["duplicate_of"]]
    assert reposts
    for r in reposts:
        orig = by_id[r["duplicate_of"]]
        assert (r["title"], r["body_text"]) == (orig["title"], orig["body_text"]) and r["id"] > orig["id"]


def test_attachments_are_real_files_some_served_as_html(site):
    url, portal, pages = site
    magic = {"docx": b"PK", "xlsx": b"PK", "pdf": b"%PDF", "doc": b"{\\rtf", "xls": b"<html"}
    as_html = 0
    for a in articles_where(portal, lambda a: a.attachments):
        for att in a.attachments:
            if att.offsite:
                continue
            status, headers, body = get(url + att.path)
            assert status == 200 and body.startswith(magic[att.ext])
            as_html += headers.get_content_type() == "text/html" and att.ext != "xls"
    assert as_html > 0
    assert get(url + "/download.asp?id=999999900")[0] == 404


def test_robots_and_images(site):
    url, portal, pages = site
    assert b"Disallow: /admin/" in get(url + "/robots.txt")[2]
    img = re.search(rb'src="(/UploadFiles/\d+/img\d+\.png)"', b"".join(b for _, _, b in pages.values())).group(1)
    status, headers, body = get(url + img.decode())
    assert status == 200 and body.startswith(b"\x89PNG")


def test_states_publish_edit_remove_and_restore():
    portal = Portal(Options.build(1, "tiny"))
    before = {r["id"]: r for r in list(truth_records(portal))[:-1]}
    portal.set_state(1)
    one = {r["id"]: r for r in list(truth_records(portal))[:-1]}
    portal.set_state(2)
    two = {r["id"]: r for r in list(truth_records(portal))[:-1]}
    new = set(one) - set(before)
    assert new and min(new) > max(before)
    edited = [aid for aid in one if aid in before and one[aid] != before[aid]]
    assert edited
    removed_1 = set(before) - set(one)
    assert removed_1 and (removed_1 & set(two)), "some removed articles are restored in state 2"
    top = portal.lists[next(iter(portal.lists))]
    assert top == sorted(top, reverse=True)


def test_visit_counts_grow_between_states():
    portal = Portal(Options.build(1, "tiny"))
    aid = min(portal.live)
    v0 = portal.visits(aid)
    portal.set_state(2)
    assert portal.visits(aid) > v0


def test_admin_endpoint_changes_state_and_refuses_get_changes():
    with replica("tiny") as url:
        assert get(f"{url}/__admin__/state")[0] == 200
        assert get(f"{url}/__admin__/state/1")[0] == 405
        assert set_state(url, 2)["state"] == 2


@pytest.mark.parametrize("fault", ["5xx", "429", "reset", "truncate", "hang", "redirect"])
def test_each_fault_is_produced_then_clears(fault):
    with replica("tiny", extra=[f"--fault-{fault}", "1.0", "--hang-seconds", "2"]) as url:
        target = f"{url}/school.asp?sid=10"
        if fault == "5xx":
            statuses = [get(target)[0] for _ in range(4)]
            assert statuses[0] in (500, 502, 503) and statuses[-1] == 200
        elif fault == "429":
            status, headers, _ = get(target)
            assert status == 429 and headers["Retry-After"] == "1" and get(target)[0] == 200
        elif fault in ("reset", "truncate"):
            errors = (
                http.client.IncompleteRead,
                http.client.RemoteDisconnected,
                ConnectionError,
                urllib.error.URLError,
            )
            with pytest.raises(errors):
                get(target)
            assert get(target)[0] == 200
        elif fault == "hang":
            with pytest.raises((socket.timeout, TimeoutError, urllib.error.URLError)):
                get(target, timeout=0.5)
            assert get(target)[0] == 200
        else:
            statuses = [get(target) for _ in range(4)]
            assert statuses[0][0] == 302 and statuses[0][1]["Location"] == "/school.asp?sid=10"
            assert statuses[-1][0] == 200


def walk(url):
    """Walk the replica with plain HTTP: (id -> listings), the way a person with curl would."""
    listings = {}
    home = text(get(url + "/")[2])
    for sid in sorted(set(re.findall(r"school\.asp\?sid=(\d+)", home))):
        school_page = text(get(f"{url}/school.asp?sid={sid}")[2])
        for cid in sorted(set(re.findall(r"list\.asp\?(?:sid=\d+&amp;)?cid=(\d+)", school_page))):
            page, pages = 1, 1
            while page <= pages:
                body = text(get(f"{url}/list.asp?sid={sid}&cid={cid}&page={page}")[2])
                pages = int(re.search(r"页次:\d+/(\d+)", body).group(1))
                crumb = re.search(r'<div class="position">(.*?)</div>', body).group(1)
                parts = re.sub(r"<[^>]+>", "", crumb).replace("&gt;", ">").split(":", 1)[1].split(">")
                for aid in re.findall(r"show\.asp\?id=(\d+)", body.split('<table class="list">')[-1]):
                    listings.setdefault(int(aid), set()).add((parts[1], ">".join(parts[2:])))
                page += 1
    return listings


def test_truth_matches_what_the_server_serves():
    with replica("tiny") as url:
        records, removed = truth(url)
        listings = walk(url)
        assert set(listings) == {r["id"] for r in records}
        for r in records:
            assert listings[r["id"]] == {tuple(x) for x in r["listings"]}
            status, headers, body = get(r["url"])
            page = text(body.replace(b"\x00", b""))
            h1 = re.search(r'<h1 class="title">(.*?)</h1>', page).group(1)
            assert h1.replace("&quot;", '"').replace("&amp;", "&") == r["title"]
            for att in r["attachments"]:
                if att["sha256"]:
                    assert hashlib.sha256(get(att["url"])[2]).hexdigest() == att["sha256"]


def served(quirks):
    from jiangbei_crawler.replica.server import Replica

    r = Replica(Portal(Options.build(1, "tiny", quirks=quirks)))
    pages = [r.route("GET", f"/show.asp?id={aid}", ("127.0.0.1", 0)) for aid in sorted(r.portal.live)]
    return r.portal, pages


def test_quirks_none_gives_a_plain_portal():
    portal, pages = served("none")
    assert {s.encoding for s in portal.schools} == {"utf8"}
    assert not any(b"st1:chsdate" in p.body or b"counter.asp" in p.body or b"\x00" in p.body for p in pages)
    assert not portal.repost_of and not portal.extra_cid and not portal.specials


@pytest.mark.parametrize("quirk", ["encoding", "word", "counter", "hostile", "repost", "crosspost"])
def test_each_quirk_switches_on_alone(quirk):
    portal, pages = served(quirk)
    checks = {
        "encoding": lambda: {s.encoding for s in portal.schools} > {"utf8"},
        "word": lambda: any(b"st1:chsdate" in p.body for p in pages),
        "counter": lambda: any(b"counter.asp" in p.body for p in pages),
        "hostile": lambda: any(b"\x00" in p.body for p in pages),
        "repost": lambda: bool(portal.repost_of),
        "crosspost": lambda: bool(portal.extra_cid),
    }
    assert checks[quirk]()
    others = {k: v for k, v in checks.items() if k != quirk}
    assert not any(check() for check in others.values()), quirk


def test_unknown_quirk_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown quirk"):
        Options.build(1, "tiny", quirks="encoding,bogus")


@pytest.mark.parametrize(
    "args, message",
    [
        (["--schools", "0"], "--schools: 0 is not at least 1"),
        (["--articles", "-3"], "--articles: -3 is not at least 1"),
        (["--fault-5xx", "1.5"], "--fault-5xx: 1.5 is not between 0.0 and 1.0"),
        (["--state", "-1"], "--state: -1 is not at least 0"),
    ],
)
def test_nonsense_sizes_and_rates_are_refused_clearly(args, message, capsys):
    from jiangbei_crawler.replica.__main__ import main

    with pytest.raises(SystemExit) as exit_info:
        main(["truth", *args])
    assert exit_info.value.code == 2 and message in capsys.readouterr().err


@pytest.mark.parametrize("articles", [1, 2, 5])
def test_the_smallest_portals_are_whole(articles):
    records = list(truth_records(Portal(Options.build(1, "tiny", schools=1, articles=articles))))
    assert len(records) == articles + 1 and records[-1] == {"removed": []}
