"""Putting an article together from its parts, without Scrapy."""

from jiangbei_crawler.crawl.assembly import Assembly, item_from_page
from jiangbei_crawler.extract.article import ArticlePage, AttachmentLink

PORTAL = "http://portal.test"


def first_page(**kwargs):
    defaults = {"url": f"{PORTAL}/show.asp?id=5", "title": "标题", "source": "某校", "published": None,
                "body_lines": ["第一页。"], "body_html": "<p>第一页。</p>", "extraction": {"title": "heading"}}  # fmt: skip
    return ArticlePage(**{**defaults, **kwargs})


def assembly(page, **kwargs):
    item = item_from_page(5, f"{PORTAL}/show.asp?id=5", page, "江北区实验小学", {"category_path": "党务公开"})
    return Assembly(item, page, PORTAL, **kwargs)


def test_pages_come_first_then_the_counter_then_attachments_and_the_text_is_whole():
    page = first_page(page_urls=[f"{PORTAL}/show.asp?id=5&page=2"], counter_url=f"{PORTAL}/counter.asp?id=5",
                      attachments=[AttachmentLink("表.xls", f"{PORTAL}/UploadFiles/a.xls", False)])  # fmt: skip
    asm = assembly(page)
    assert [asm.next_part().kind] == ["page"]
    asm.add_page(first_page(body_lines=["第二页。"], body_html="<p>第二页。</p>",
                            attachments=[AttachmentLink("续.doc", f"{PORTAL}/UploadFiles/b.doc", False)]))  # fmt: skip
    assert asm.next_part().kind == "counter"
    asm.add_counter("document.write('42');")
    seen = []
    while (part := asm.next_part()) is not None:
        seen.append(part.url)
        asm.add_attachment(part.url, {"sha256": "0" * 64, "size": 3})
    assert seen == [f"{PORTAL}/UploadFiles/a.xls", f"{PORTAL}/UploadFiles/b.doc"]
    item = asm.item
    assert asm.complete and item.body_text == "第一页。\n第二页。" and item.visits == 42
    assert item.extraction["visits"] == "counter" and item.category_path == "党务公开" and item.category == "党务公开"


def test_a_failed_continuation_page_loses_the_article_never_half_of_it():
    asm = assembly(first_page(page_urls=[f"{PORTAL}/show.asp?id=5&page=2"]))
    part = asm.next_part()
    asm.fail(part, "HTTP 503")
    assert asm.next_part() is None and not asm.complete and "article not stored" in asm.failed


def test_a_failed_attachment_is_recorded_on_the_article():
    asm = assembly(first_page(attachments=[AttachmentLink("表.xls", f"{PORTAL}/UploadFiles/a.xls", False)]))
    asm.fail(asm.next_part(), "HTTP 500")
    assert asm.next_part() is None and asm.complete and asm.item.attachments[0]["error"] == "HTTP 500"


def test_a_chain_of_pages_is_cut_and_the_cut_recorded():
    asm = assembly(first_page(page_urls=[f"{PORTAL}/show.asp?id=5&page={n}" for n in range(2, 10)]), max_pages=3)
    assert [p.url[-1] for p in asm.todo] == ["2", "3"]
    assert any("cut at page 3" in w for w in asm.item.warnings)


def test_attachments_are_reused_from_this_crawl_or_the_archive_when_they_have_no_validator():
    url, other = f"{PORTAL}/UploadFiles/a.xls", f"{PORTAL}/UploadFiles/b.xls"
    page = first_page(attachments=[AttachmentLink("甲", url, False), AttachmentLink("乙", other, False),
                                   AttachmentLink("丙", "http://10.1.1.1/c.doc", True)])  # fmt: skip
    stored = {other: {"sha256": "1" * 64, "etag": '"abc"'}}
    asm = assembly(page, cached={url: {"sha256": "2" * 64}}, stored=stored, full=False)
    part = asm.next_part()
    assert (part.url, part.stored["etag"]) == (other, '"abc"'), "a validator: fetched conditionally"
    assert asm.item.attachments[0]["sha256"] == "2" * 64, "fetched earlier in this crawl: not again"
    assert "sha256" not in asm.item.attachments[2], "off-site: recorded, never fetched"


def test_a_part_that_is_gone_is_asked_for_once_per_crawl_and_a_timeout_again():
    """A template's icon on every article, or one attachment in many notices, that answers 404: the next article
    naming it records the same error without a request; a timeout may pass, so it is asked for again."""
    icon, sheet = f"{PORTAL}/images/left14.gif", f"{PORTAL}/UploadFiles/a.xls"
    page = first_page(body_html=f'<p>第一页。<img src="{icon}"></p>',
                      attachments=[AttachmentLink("表.xls", sheet, False)])  # fmt: skip
    cached = {}
    first = assembly(page, cached=cached)
    asked = []
    while (part := first.next_part()) is not None:
        asked.append(part.url)
        first.fail(part, "HTTP 404" if part.kind == "image" else "TimeoutError: took too long")
    second = assembly(page, cached=cached)
    again = []
    while (part := second.next_part()) is not None:
        again.append(part.url)
        second.add_attachment(part.url, {"sha256": "0" * 64, "size": 3})
    assert asked == [sheet, icon] and again == [sheet]
    third = assembly(first_page(body_html=f'<p><img src="{PORTAL}/images/busy.gif"></p>'), cached=cached)
    third.fail(third.next_part(), "HTTP 429")  # too many requests: ask again for the next article
    assert ("failed", "image", f"{PORTAL}/images/busy.gif") not in cached
    assert [(i.url, i.error) for i in second.item.images] == [(icon, "HTTP 404")]
    assert second.complete and second.item.attachments[0].error is None
