"""Ordinary pages on which the rules of the sixth round of hand-written families must NOT fire: each case is a
page a rule written for one idiom could misread (a department named in a 来源, a table's 标题 column, another
column's 查看更多, the author's own list of links…). Written by hand; names and hosts made up."""

from jiangbei_crawler.extract.article import parse_article
from jiangbei_crawler.extract.classify import classify
from jiangbei_crawler.extract.listing import parse_list_page

MENU = (
    '<div class="top"><a href="/">首页</a><a href="/xxgk/">学校概况</a><a href="/xwzx/">新闻中心</a>'
    '<a href="/tzgg/">通知公告</a><a href="/jxky/">教学科研</a></div>'
)
CRUMB = '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a></div>'
FOOT = '<div class="footer">版权所有：青溪市第一中学 地址：青溪市人民路1号</div>'
BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "5月6日上午，我校在报告厅召开2023年春季运动会动员大会，全体师生参加了会议。",
        "校长在讲话中指出，运动会是展示学生风采的舞台，希望同学们发扬体育精神，赛出风格、赛出水平。",
        "会上，教务处主任对本次运动会的安排作了详细说明，各班级代表进行了表态发言。",
        "本次运动会将于5月10日至12日举行，共设田径、趣味项目等二十余个比赛项目。",
    )
)
TITLES = ("我校召开春季运动会动员大会", "高三年级举行百日誓师大会", "我校教师在市优质课评比中获佳绩",
          "学校开展消防安全疏散演练", "初二年级开展研学实践活动", "我校举行学雷锋志愿服务活动",
          "市教育局领导来我校调研指导", "我校学子在省数学竞赛中获奖", "学校召开新学期教职工大会",
          "我校开展防溺水安全教育", "学校举行第二十届科技节开幕式", "我校组织教师参加暑期培训",
          "学校举行新生开学典礼", "我校开展教师节表彰活动", "学校举行国庆文艺汇演")  # fmt: skip
ARTICLE_URL = "http://www.qxyz.example.cn/xwzx/2023/0506/1234.html"


def article(head_title, header, body=BODY, before=""):
    return (
        f'<html><head><meta charset="utf-8"><title>{head_title}</title></head><body>{MENU}{CRUMB}{before}'
        f'<div class="article">{header}<div class="content" id="vsb_content">{body}</div></div>{FOOT}</body></html>'
    )


def rows(folder="/xwzx/", n=10, start=0, dated=True, fmt="<li><a href='{u}'>{t}</a><span>{d}</span></li>"):
    out = []
    for i in range(n):
        url = f"{folder}2023/05{i % 28 + 1:02d}/{1000 + start + i}.html"
        out.append(fmt.format(u=url, t=TITLES[(start + i) % len(TITLES)], d=f"2023-05-{28 - i:02d}" if dated else ""))
    return "".join(out)


def list_page(main, side=""):
    return (
        f'<html><head><meta charset="utf-8"><title>新闻中心-青溪市第一中学</title></head><body>{MENU}{CRUMB}'
        f'<div class="left">{side}</div><div class="right">{main}</div>{FOOT}</body></html>'
    )


def urls(page):
    return [r.url.split("example.cn")[-1] for r in page.rows]


def test_a_source_naming_departments_the_menu_links_is_kept_whole():
    nav = '<div class="side"><ul><li><a href="/jwc/">教务处</a></li><li><a href="/zjc/">政教处</a></li></ul></div>'
    info = '<h1>我校召开春季运动会动员大会</h1><div class="info">发布时间：2023-05-06 来源：体育组 教务处 政教处 浏览次数：123</div>'
    page = parse_article(article("我校召开春季运动会动员大会-青溪市第一中学", info, before=nav), ARTICLE_URL)
    assert page.source == "体育组 教务处 政教处"


def test_a_body_tables_title_column_is_no_title():
    table = (
        '<p>附：获奖论文名单</p><table border="1"><tr><td>序号</td><td>标题</td><td>获奖等级</td></tr>'
        "<tr><td>1</td><td>浅谈初中数学课堂的有效提问</td><td>一等奖</td></tr></table>"
    )
    head = '<div style="font-size:20px;font-weight:bold">关于2022年度教学论文评选结果的公示</div><div class="info">发布时间：2023-05-06 来源：教科室</div>'
    page = parse_article(article("关于2022年度教学论文评选结果的公示-青溪市第一中学", head, BODY + table), ARTICLE_URL)
    assert (page.title, page.source) == ("关于2022年度教学论文评选结果的公示", "教科室")


def test_a_subtitle_that_the_page_title_holds_is_the_titles():
    head = '<h1>青春心向党<span>——我校举行五四青年节表彰大会</span></h1><div class="info">发布时间：2023-05-06 来源：团委</div>'
    for head_title in ("青春心向党——我校举行五四青年节表彰大会-青溪市第一中学", "青溪市第一中学"):
        assert parse_article(article(head_title, head), ARTICLE_URL).title == "青春心向党——我校举行五四青年节表彰大会"


def test_a_side_boxs_update_script_dates_no_article():
    side = '<div class="side"><p>本站更新时间：<script>var lm="2024-01-15 08:00";document.write(lm);</script></p></div>'
    head = '<h1>我校召开春季运动会动员大会</h1><div class="info">2023-05-06 10:20　校团委</div>'
    page = parse_article(article("我校召开春季运动会动员大会-青溪市第一中学", head, before=side), ARTICLE_URL)
    assert page.published.startswith("2023-05-06")


def test_the_authors_own_list_of_links_after_the_text_is_the_body():
    listed = (
        '<p>前期相关通知如下：</p><ul><li><a href="/tzgg/2023/0401/11.html">关于开展春季运动会报名工作的通知</a> 2023-04-01'
        '</li><li><a href="/tzgg/2023/0415/12.html">关于春季运动会项目设置的说明</a> 2023-04-15</li></ul>'
    )
    head = '<h1>我校召开春季运动会动员大会</h1><div class="info">发布时间：2023-05-06 来源：校团委</div>'
    page = parse_article(article("我校召开春季运动会动员大会-青溪市第一中学", head, BODY + listed), ARTICLE_URL)
    assert page.body_lines[-1] == "关于春季运动会项目设置的说明 2023-04-15"


def test_a_signature_in_bold_is_no_title():
    text = "".join(f"<p>{s}</p>" for s in ("各班主任、各任课教师：", "现将2004年春季学期开学工作安排如下，请各位老师认真做好各项准备工作。",
                                           "一、2月8日全体教师到校报到，召开全体教职工大会，布置新学期工作。"))  # fmt: skip
    html = (
        '<html><head><title>新建网页 1</title></head><body><table><tr><td><p align="center">关于2004年春季学期开学'
        f'工作安排的通知</p>{text}<p align="right"><b>青溪县第一中学教务处</b></p><p align="right">2004年2月5日</p>'
        "</td></tr></table></body></html>"
    )
    page = parse_article(html, "http://www.qxyz.example.cn/jwc/tz0402.htm")
    assert page.title != "青溪县第一中学教务处" and "各班主任、各任课教师：" in page.body_lines


def test_the_list_that_has_most_rows_of_the_column_beats_a_box_of_its_hot_items():
    main = f'<div class="list"><ul>{rows("/xwzx/gzdt/", 8)}{rows("/zwgk/tzgg/", 4, start=8)}</ul></div>'
    hot = rows("/xwzx/gzdt/", 4, start=3, fmt="<li><a href='{u}'>{t}</a> <i>{d}</i></li>")
    side = f'<div class="box"><h3>本栏目热点</h3><ul>{hot}</ul></div>'
    page = parse_list_page(list_page(main, side), "http://www.qxyz.example.cn/xwzx/gzdt/index.html")
    assert len(page.rows) == 12


def test_a_hot_box_before_the_list_is_no_pinned_rows():
    hot = f'<div class="hot"><h3>热点新闻</h3><ul class="news-list">{rows("/tzgg/", 5, start=10)}</ul></div>'
    main = f'<div class="list-box"><ul class="news-list">{rows()}</ul></div>'
    page = parse_list_page(list_page(hot + main), "http://www.qxyz.example.cn/xwzx/index.html")
    assert all(u.startswith("/xwzx/") for u in urls(page)) and len(page.rows) == 10


def test_another_columns_more_button_is_no_next_page():
    more = "<span class=\"more\" onclick=\"window.open('/tzgg/index.html','_self')\">查看更多</span>"
    side = f'<div class="box"><h3>通知公告</h3>{more}<ul>{rows("/tzgg/", 5, 10, False, "<li><a href={u!r}>{t}</a></li>")}</ul></div>'
    page = parse_list_page(list_page(f"<ul>{rows()}</ul>", side), "http://www.qxyz.example.cn/xwzx/index.html")
    assert page.pager.next_url is None


def test_a_deadline_on_a_rows_second_line_is_no_row_date():
    cells = "".join(
        f"<tr><td><a href='/zpxx/2023/05{i + 1:02d}/{i}.html'>青溪市第{i + 1}中学2023年公开招聘教师公告</a></td></tr>"
        f"<tr><td>报名截止：2023-06-{30 - i:02d} 岗位数：{i + 2}</td></tr>"
        for i in range(4)
    )
    page = parse_list_page(list_page(f'<table class="list">{cells}</table>'), "http://www.qxyz.example.cn/zpxx/")
    assert [r.date for r in page.rows] == [None] * 4


def test_an_event_day_a_title_names_is_its_title_not_its_date():
    titles = (
        "关于召开期中考试家长会的通知（2023年11月18日）",
        "校园开放日活动预告（2023年5月20日）",
        "关于教师节放假安排的通知（2023年9月10日）",
    )
    items = "".join(f"<li><a href='/tzgg/2023/05{i + 1:02d}/{i}.html'>{t}</a></li>" for i, t in enumerate(titles))
    page = parse_list_page(list_page(f"<ul class='list'>{items}</ul>"), "http://www.qxyz.example.cn/tzgg/index.html")
    assert [(r.title, r.date) for r in page.rows] == [(t, None) for t in titles]


def test_a_columns_heading_beside_a_today_banner_is_no_headline_row():
    head = '<div class="col-head"><h2><a href="/xwzx/index.html">新闻中心</a></h2><span>今天是：2023年5月28日 星期日</span></div>'
    page = parse_list_page(list_page(f'<div class="col">{head}<ul class="list">{rows()}</ul></div>'),
                           "http://www.qxyz.example.cn/xwzx/index.html")  # fmt: skip
    assert "/xwzx/index.html" not in urls(page) and len(page.rows) == 10


def test_a_bold_signature_page_is_still_read_as_an_article_when_a_list_led_to_it():
    text = "<p>现将2004年春季学期开学工作安排如下，请各位老师认真做好各项准备工作，按时到校报到。</p>" * 3
    html = (
        f'<html><head><title>新建网页 1</title></head><body><table><tr><td><p align="center">关于开学工作安排的通知</p>'
        f'{text}<p align="right"><b>青溪县第一中学教务处</b></p><p align="right">2004年2月5日</p></td></tr></table>'
        "</body></html>"
    )
    read = classify(html, "http://www.qxyz.example.cn/jwc/tz0402.htm", expect="article")
    assert read.kind == "article" and read.article.title != "青溪县第一中学教务处" and read.article.body_lines


def test_paragraphs_right_in_the_page_body_are_the_body():
    """A FrontPage-era notice with no block element around its text: the paragraphs in <body> are the body."""
    text = "<p>现将2004年春季学期开学工作安排如下，请各位老师认真做好各项准备工作，按时到校报到。</p>" * 6
    html = (
        '<html><head><title>开学工作安排-青溪中学</title></head><body><p align="center"><b>关于开学工作安排的通知</b>'
        f'</p>{text}<p align="right">2004年2月5日</p></body></html>'
    )
    page = parse_article(html, "http://www.qxyz.example.cn/jwc/tz0402.htm")
    assert page.body_lines[-2:] == [
        "现将2004年春季学期开学工作安排如下，请各位老师认真做好各项准备工作，按时到校报到。",
        "2004年2月5日",
    ]
