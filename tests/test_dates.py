"""The publish-date ladder, each rung on its own, on hand-written pages of the markup families it serves."""

import pytest

from jiangbei_crawler.extract import dates, rules
from jiangbei_crawler.extract.article import parse_article


def iso(day, clock="00:00:00"):
    return f"{day}T{clock}+08:00"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2024年3月5日", iso("2024-03-05")),
        ("2024年03月05日 10:20", iso("2024-03-05", "10:20:00")),
        ("二〇二四年三月五日", iso("2024-03-05")),  # official documents' 成文日期
        ("二〇一五年三月二十日", iso("2015-03-20")),
        ("二零一九年十二月三十一日", iso("2019-12-31")),
        ("２０２４－０３－０５", iso("2024-03-05")),  # full-width digits
        ("2024-3-5", iso("2024-03-05")),
        ("2024/03/05", iso("2024-03-05")),
        ("2024.03.05", iso("2024-03-05")),
        ("98年5月4日", iso("1998-05-04")),  # a two-digit year before 2000
        ("March 5, 2016", iso("2016-03-05")),  # English blog themes
        ("Sept. 12th 2019", iso("2019-09-12")),
        ("5 March 2016", iso("2016-03-05")),
    ],
)
def test_every_date_form_in_running_text(raw, expected):
    assert dates.to_iso(dates.find_date_text(raw))[0] == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("19-02-28", iso("2019-02-28")),  # TRS WCM's | 19-02-28 |
        ("18-03-0823:16", iso("2018-03-08", "23:16:00")),  # date and time glued
        ("20240305", iso("2024-03-05")),
        ("03/05/2024", iso("2024-03-05")),
    ],
)
def test_bare_forms_only_where_a_label_or_the_header_vouches_for_them(raw, expected):
    assert dates.find_date_text(f"编号 {raw}") is None
    assert dates.to_iso(dates.find_date_text(raw, loose=True))[0] == expected


def test_day_first_is_decided_by_the_pages_other_dates():
    assert dates.day_first("Posted 25/12/2023, updated 03/01/2024") is True
    assert dates.day_first("Posted 12/25/2023, updated 01/03/2024") is False
    assert dates.to_iso("03/01/2024", dayfirst=True)[0] == iso("2024-01-03")


def test_a_deadline_an_event_or_a_range_is_not_a_publish_date():
    text = "报名截止：2024年3月20日 活动时间 2024-04-01至2024-04-03 2024年3月5日"
    assert list(dates.published_dates(text)) == ["2024年3月5日"]


def page(head="", body="<p>学校召开了本学期第一次全体教师会议，部署了各项工作。</p>", title="关于召开教师会议的通知"):
    return (
        f"<html><head><title>{title}_某某中学</title>{head}</head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<h1>{title}</h1>{{info}}<div class='article-content'>{body}</div></body></html>"
    )


def rung(html, url="http://school.test/news/show.asp?id=5", hints=None):
    got = parse_article(html, url, hints=hints)
    return got.published, got.extraction["published"]


@pytest.mark.parametrize(
    "info",
    [
        "<p>发布时间：2024-03-05</p>",  # PowerEasy, most school CMSs
        "<p>作者：教务处 发布日期：2024年3月5日 浏览次数：12</p>",  # several labels on one line
        "<table><tr><td>成文日期</td><td>2024年03月05日</td></tr></table>",  # TRS/Hanweb metadata table
        "<p>日期 2024-03-05</p>",  # a label without a colon, right before the digits
        "<p>时间：待定的事项 日期：2024-03-05</p>",  # a first label whose value is not a date
    ],
)
def test_rung_label(info):
    assert rung(page().replace("{info}", info)) == (iso("2024-03-05"), "label")


def test_a_headline_ending_in_a_label_word_is_no_label():
    """A related headline ending in 时间 before its row's date (…推迟到校时间 2014-02-20) is no date label: the
    article's own unlabelled date under the title is read."""
    html = page().replace("{info}", "<div><span>2014-03-05 07:30</span></div>")
    html = html.replace(
        "</body>", "<ul><li><a href='/n/2.html'>多所小学推迟到校时间</a><span>2014-02-20</span></li></ul></body>"
    )
    assert rung(html)[0].startswith("2014-03-05")
    with rules.disabled({"date.label_alone"}):
        assert rung(html)[0].startswith("2014-02-20")


@pytest.mark.parametrize(
    "info",
    [
        "<div>成文日期：2024-03-01 发布日期：2024-03-05</div>",  # one line of labels
        "<table><tr><th>成文日期</th><td>2024年03月01日</td><th>发布日期</th><td>2024年03月05日</td></tr></table>",
        "<ul><li><span>发文日期：</span>2024-03-01</li><li><span>发布时间：</span>2024-03-05</li></ul>",
        "<div><span>成 文 日 期：</span>2024-03-01</div><div><span>发 布 日 期：</span>2024-03-05</div>",  # spaced
        "<ul><li><b>生成日期：</b>2024-03-01</li><li><b>公开日期：</b>2024-03-05</li></ul>",  # 信息公开目录 systems
    ],
)
def test_the_day_a_document_was_written_is_not_its_publish_date(info):
    assert rung(page().replace("{info}", info)) == (iso("2024-03-05"), "label")
    with rules.disabled({"date.written_last"}):
        assert rung(page().replace("{info}", info))[0] == iso("2024-03-01")
    # alone, the day it was written is the only date the page gives, and it is read
    assert rung(page().replace("{info}", "<div>成文日期：2024-03-01</div>"))[0] == iso("2024-03-01")


@pytest.mark.parametrize(
    "info",
    [
        "<div>| 19-02-28 | 【大 中 小】【打印】【关闭】</div>",  # TRS WCM table templates
        "<div><span>2019-02-28 11:10</span> <span>游民星空</span></div>",  # news CMSs: date, then the outlet
    ],
)
def test_rung_header(info):
    assert rung(page().replace("{info}", info))[1] == "header"
    assert rung(page().replace("{info}", info))[0].startswith("2019-02-28")


def test_rung_header_skips_a_deadline():
    html = page().replace("{info}", "<p>报名截止 2024-04-01</p>")
    assert rung(html, hints={"date": "2024-03-01"}) == (iso("2024-03-01"), "list")


def test_rung_list():
    assert rung(page().replace("{info}", ""), hints={"date": "2024-03-05"}) == (iso("2024-03-05"), "list")
    # a row's 03-05 has no year: not a date
    assert rung(page().replace("{info}", ""), hints={"date": "03-05"}) == (None, "none")


@pytest.mark.parametrize(
    "url",
    [
        "http://gov.test/xwdt/202403/t20240305_123456.html",  # TRS WCM
        "http://news.test/economy/2024_03_05_123.shtml",
        "http://news.test/a/20240305/123_0.shtml",
        "http://cms.test/html/2024/0305/123.html",  # DedeCMS/PHPCMS
        "http://news.test/2024-03-05/123.html",
        "http://blog.test/2024/03/05/%E9%80%9A%E7%9F%A5/",  # WordPress's day permalinks
        "http://paper.test/html/2024-03/05/content_123.htm",  # e-papers (数字报): Founder
        "http://paper.test/pc/content/202403/05/content_123.html",
    ],
)
def test_rung_url(url):
    assert rung(page().replace("{info}", ""), url=url) == (iso("2024-03-05"), "url")


def test_a_month_in_the_url_is_not_a_day():
    assert rung(page().replace("{info}", ""), url="http://news.test/201909/1220000.shtml") == (None, "none")


@pytest.mark.parametrize(
    "head, info",
    [
        ('<meta name="PubDate" content="2024-03-05 10:00">', ""),  # Hanweb, TRS
        ('<meta property="article:published_time" content="2024-03-05T10:00:00+08:00">', ""),
        ("", '<span itemprop="datePublished" content="2024-03-05"></span>'),  # schema.org microdata
    ],
)
def test_rung_meta(head, info):
    got, layer = rung(page(head=head).replace("{info}", info))
    assert layer == "meta" and got.startswith("2024-03-05")


@pytest.mark.parametrize(
    "script, expected",
    [
        ('var ct = "1709569800";', iso("2024-03-05", "00:30:00")),  # WeChat: 16:30 UTC of the 4th is the 5th here
        ("var publishTime = '2024-03-05 10:20';", iso("2024-03-05", "10:20:00")),
    ],
)
def test_rung_script(script, expected):
    html = page().replace("{info}", f"<em id='publish_time'></em><script>{script}</script>")
    assert rung(html) == (expected, "script")
    with rules.disabled({"date.script"}):
        assert rung(html)[1] != "script"


def test_a_time_with_its_offset_is_read_in_beijing_time():
    """WordPress (Yoast) writes article:published_time in UTC: a post made at 07:53 in Beijing is 23:53 of the day
    before there. Read without its offset it would be archived a day early."""
    head = '<meta property="article:published_time" content="2024-03-04T23:53:36+00:00">'
    assert rung(page(head=head).replace("{info}", "")) == ("2024-03-05T07:53:36+08:00", "meta")
    assert dates.zoned_iso("2024-03-05T07:53:36Z") == "2024-03-05T15:53:36+08:00"
    assert dates.zoned_iso("2024-03-05") is None  # no time, no offset: read as any other date
    with rules.disabled({"date.zoned"}):
        assert rung(page(head=head).replace("{info}", ""))[0].startswith("2024-03-04")


def test_null_with_a_warning_when_no_rung_finds_a_date():
    got = parse_article(page().replace("{info}", ""), "http://school.test/show.asp?id=5")
    assert got.published is None and got.extraction["published"] == "none" and "no publish date" in got.warnings


def test_a_label_with_garbage_stops_the_ladder():
    html = page().replace("{info}", "<p>发布时间：待定</p>")
    got = parse_article(html, "http://gov.test/xwdt/202403/t20240305_1.html", hints={"date": "2024-03-01"})
    assert got.published is None and any("unparseable publish date" in w for w in got.warnings)


@pytest.mark.parametrize(
    "after",
    ['<time datetime="2024-03-05T10:00">三月五日</time>', '<span class="pubtime">2024-03-05</span>'],
)
def test_rung_htmldate(after):
    # a date after the body, in markup htmldate knows (HTML5 time elements, date-named classes)
    html = page().replace("{info}", "").replace("</body>", f"<div class='x'>{after}</div></body>")
    assert rung(html) == (iso("2024-03-05"), "htmldate")


def test_no_htmldate_guess_on_a_page_without_a_title_heading():
    html = "<html><body><ul><li><a href='/a/1.html'>通知</a> <time datetime='2024-03-05'>3-5</time></li></ul></body></html>"
    assert parse_article(html, "http://school.test/list.asp").published is None
