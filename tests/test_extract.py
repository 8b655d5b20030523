"""Extraction, one small test per field, over saved raw bytes (GBK pages stay GBK)."""

import json
import pathlib

import pytest
from conftest import collect, respond
from scrapy.http import Request

from jiangbei_crawler.extract import article, dates, listing
from jiangbei_crawler.extract.encoding import decode_html
from jiangbei_crawler.extract.links import canonical, clean_href, kind_hint, query_int
from jiangbei_crawler.extract.profiles import resolve
from jiangbei_crawler.items import ArticleItem, FetchErrorItem, ListingItem, RemovalItem
from jiangbei_crawler.replica import Options, Portal

PROFILES = resolve("auto")
FIX = pathlib.Path(__file__).parent / "fixtures"
PORTAL = "http://portal.test"
EXPECTED = json.loads((FIX / "expected.json").read_text(encoding="utf-8"))
HEADERS = {  # as the replica served them
    "article_word_gbk_misdeclared.html": "text/html; charset=utf-8",
    "article_counter_script.html": "text/html",
    "article_gbk_nodecl.html": "text/html",
    "article_hostile.html": "text/html; charset=utf-8",
    "seed_word_gbk.html": "text/html",
}


def page(name, url=None):
    body = (FIX / name).read_bytes()
    url = url or f"{PORTAL}/show.asp?id={EXPECTED.get(name, {}).get('id', 1)}"
    decoded = decode_html(body, HEADERS.get(name, "text/html; charset=utf-8"))
    return article.parse_article(decoded.text, url, PORTAL), decoded


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_title(name):
    assert page(name)[0].title == EXPECTED[name]["title"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_source(name):
    assert page(name)[0].source == EXPECTED[name]["source"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_published(name):
    assert page(name)[0].published == EXPECTED[name]["published"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_body_text_is_character_exact(name):
    assert "\n".join(page(name)[0].body_lines) == EXPECTED[name]["body_text"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_category_path(name):
    assert page(name)[0].category_path == EXPECTED[name]["category_path"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_attachment_names_and_urls(name):
    got = [(a.name, a.url) for a in page(name)[0].attachments]
    expected = [(a["name"], a["url"]) for a in EXPECTED[name]["attachments"]]
    assert got == expected


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_decoding_never_produces_replacement_characters(name):
    decoded = page(name)[1]
    assert "\ufffd" not in decoded.text and not decoded.lossy


def test_gbk_behind_a_utf8_header_decodes_with_gbk_only_characters():
    body = (FIX / "article_word_gbk_misdeclared.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert decode_html(body, "text/html; charset=utf-8").encoding == "gb18030"


def test_seed_article_word_markup_loses_no_character():
    parsed, decoded = page("seed_word_gbk.html", f"{PORTAL}/show.asp?id=12345")
    assert parsed.body_lines == [
        "为深入开展“创先争优”活动,5月30日下午,实验小学党支部召开了第一次微型党课组织生活会。",
        "2012年8月26、27日,特邀蒉跃飞、王镕老师",
        "江北区实验小学",
        "2013年1月",
    ]
    assert (parsed.source, parsed.published, parsed.visits) == (
        "江北区实验小学党支部",
        "2013-10-25T00:00:00+08:00",
        1237,
    )
    assert parsed.attachments[0].url == f"{PORTAL}/UploadFiles/201310/2013102509301234.doc"


def test_visits_inline():
    assert page("article_word_gbk_misdeclared.html")[0].visits is not None


def test_visits_by_script_gives_the_counter_url():
    parsed = page("article_counter_script.html")[0]
    assert parsed.visits is None and parsed.counter_url == f"{PORTAL}/counter.asp?id=1009"
    assert article.parse_counter_js("document.write('1237');") == 1237


def test_hostile_body_html_is_sanitized_and_text_kept():
    parsed = page("article_hostile.html")[0]
    html = parsed.body_html.lower()
    assert "<script" not in html and "onerror" not in html and "javascript:" not in html
    assert "详情请点击这里查看" in parsed.body_lines


def test_multipage_links_point_at_continuation_pages():
    text = decode_html((FIX / "article_multipage_p1.html").read_bytes(), "text/html; charset=utf-8").text
    parsed = article.parse_article(text, f"{PORTAL}/show.asp?id=1011", PORTAL)
    assert parsed.page_urls[0] == f"{PORTAL}/show.asp?id=1011&page=2"


def test_soft_404_is_recognised():
    assert article.is_soft_404(
        "<html><body><script>alert('该信息不存在或已被删除!');history.back();</script></body></html>"
    )
    assert not article.is_soft_404((FIX / "article_hostile.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "info, expected",
    [
        ("发表时间:2013-10-25", "2013-10-25T00:00:00+08:00"),
        ("发布时间:2013-10-25 09:30:12", "2013-10-25T09:30:12+08:00"),
        ("发布日期:2013/10/25 10:22:03", "2013-10-25T10:22:03+08:00"),
        ("更新时间:2013年10月25日", "2013-10-25T00:00:00+08:00"),
        ("发表时间:2013-9-5 访问次数:3", "2013-09-05T00:00:00+08:00"),
        ("发表时间:13年10月25日", "2013-10-25T00:00:00+08:00"),
        ("发表时间:0000-00-00", None),
        ("发表时间:2013-13-45", None),
        ("发表时间:暂无", None),
        ("来源:某校 访问次数:5", None),
        ("发表时间:2099-01-01", None),
    ],
)
def test_publish_dates(info, expected):
    value, warning = dates.parse_published(info)
    assert value == expected
    assert (warning is None) == (expected is not None)


@pytest.mark.parametrize(
    "href, expected",
    [
        ("show.asp?id=5", f"{PORTAL}/show.asp?id=5"),
        (" show.asp?id=5\n", f"{PORTAL}/show.asp?id=5"),
        ("UploadFiles\\201310\\x.doc", f"{PORTAL}/UploadFiles/201310/x.doc"),
        ("../UploadFiles/201310/x.doc", f"{PORTAL}/UploadFiles/201310/x.doc"),
        ("javascript:void(0)", None),
        ("#top", None),
        ("{$UploadDir}/x.doc", None),
    ],
)
def test_clean_href(href, expected):
    assert clean_href(href, f"{PORTAL}/list.asp?sid=1&cid=2") == expected


def test_canonical_drops_tracking_and_orders_parameters():
    assert canonical(f"{PORTAL}/show.asp?from=index&id=7", PROFILES) == f"{PORTAL}/show.asp?id=7"
    assert canonical(f"{PORTAL}/list.asp?cid=3&sid=12&page=1", PROFILES) == f"{PORTAL}/list.asp?sid=12&cid=3"


def test_a_url_of_the_profiles_shape_with_parameters_it_does_not_know_is_another_cmss():
    """KesionCMS's dynamic column list.asp?id=5 and its article Show.asp?m=1&d=123 share the profile's file names:
    the profile neither reads them nor drops their parameters (which would make every column one page)."""
    assert kind_hint(f"{PORTAL}/Item/list.asp?id=5", PROFILES) is None
    assert canonical(f"{PORTAL}/Item/list.asp?id=5&page=2", PROFILES) == f"{PORTAL}/Item/list.asp?id=5&page=2"
    assert canonical(f"{PORTAL}/Item/Show.asp?m=1&d=123", PROFILES) == f"{PORTAL}/Item/Show.asp?d=123&m=1"
    assert kind_hint(f"{PORTAL}/list.asp?sid=1&cid=2&from=index", PROFILES) == "list"  # its own, tracking aside
    assert kind_hint(f"{PORTAL}/show.asp?id=7", PROFILES) == "article"


def test_canonical_without_a_profile_sorts_parameters_and_drops_tracking():
    assert canonical(f"{PORTAL}/show.asp?from=index&id=7") == f"{PORTAL}/show.asp?id=7"
    assert canonical(f"{PORTAL}/list.asp?sid=12&cid=3&page=1") == canonical(f"{PORTAL}/list.asp?cid=3&sid=12")
    assert canonical("HTTP://Portal.Test/a/Index.aspx?utm_source=x") == "http://portal.test/a/Index.aspx"


@pytest.mark.parametrize("profiles", [PROFILES, ()], ids=["profile", "generic"])
def test_list_page_rows_school_category_and_pager(profiles):
    text = (FIX / "list_page.html").read_text(encoding="utf-8")
    lp = listing.parse_list_page(text, f"{PORTAL}/list.asp?sid=10&cid=3", PORTAL, profiles)
    assert (lp.school, lp.category_path, lp.pager.current) == ("江北区实验幼儿园", "校务公开", 1)
    listed = Portal(Options.build(1, "tiny")).lists[(10, 3)]
    assert [query_int(r.url, "id") for r in lp.rows] == listed[:20]
    assert lp.pager.total == len(listed) and lp.pager.last == 1
    assert all(not r.title.endswith("...") for r in lp.rows)
    assert lp.layer == ("profile" if profiles else "generic")


def test_spider_list_callback_yields_listings_and_article_requests(spider):
    req = spider._list_request(f"{PORTAL}/list.asp?sid=10&cid=3", f"{PORTAL}/list.asp?sid=10&cid=3", {})
    out = collect(spider.parse_page(respond(req, (FIX / "list_page.html").read_bytes())))
    listings = [o for o in out if isinstance(o, ListingItem)]
    articles = [o for o in out if isinstance(o, Request) and o.meta.get("expect") == "article"]
    assert len(listings) == len(articles) == 7
    assert all(r.url.startswith(f"{PORTAL}/show.asp?id=") for r in articles)
    assert {(li.school, li.category_path) for li in listings} == {("江北区实验幼儿园", "校务公开")}


def test_spider_article_callback_yields_the_item_after_its_parts(spider):
    name = "article_gbk_nodecl.html"
    exp = EXPECTED[name]
    req = spider._article_request(exp["url"].replace("http://portal.test", PORTAL), {"school": exp["school"]}, 0)
    out = collect(spider.parse_page(respond(req, (FIX / name).read_bytes(), "text/html")))
    parts = [o for o in out if isinstance(o, Request)]
    assert parts and parts[0].meta["part"].kind in ("counter", "attachment", "page")
    asm = parts[0].meta["asm"]
    assert asm.item.body_text == exp["body_text"] and asm.item.school == exp["school"]


def test_spider_soft_404_yields_removal_evidence_for_an_archived_article_and_a_dead_link_otherwise(spider):
    body = "<script>alert('该信息不存在或已被删除!');history.back();</script>".encode()
    spider.plan.known.add(77)
    out = collect(spider.parse_page(respond(spider._article_request(f"{PORTAL}/show.asp?id=77", {}, 0), body)))
    removals = [o for o in out if isinstance(o, RemovalItem)]
    assert not [o for o in out if isinstance(o, (ArticleItem, Request))]
    assert len(removals) == 1 and removals[0].kind == "soft404" and removals[0].article_id == 77
    out = collect(spider.parse_page(respond(spider._article_request(f"{PORTAL}/show.asp?id=78", {}, 0), body)))
    assert [(o.kind, o.url) for o in out if isinstance(o, FetchErrorItem)] == [("dead", f"{PORTAL}/show.asp?id=78")]
