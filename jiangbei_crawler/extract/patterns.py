"""Selectors and patterns of the portal, as data.

When the crawler meets a changed portal, this module is what should change:
the spider and the extract functions only read these tables.
"""

import re

SELECTORS = {
    # home
    "home.schools": "div.stage a[href*='school.asp']",
    "home.latest": "div.latest a[href*='show.asp']",
    # school page
    "school.name": "h2.school-name::text",
    "school.categories": "ul.menu a[href*='list.asp']",
    # list page
    "list.position": "div.position",
    "list.rows": "table.list tr",
    "list.row_link": "a[href*='show.asp']",
    "list.row_date": "td.date::text",
    "list.pager": "div.pager",
    # article page
    "article.position": "div.position",
    "article.title": "h1",
    "article.page_title": "title::text",
    "article.info": "div.info",
    "article.counter_script": "div.info script[src*='counter.asp']::attr(src)",
    "article.content": "#content",
    "article.pages": "div.pages a[href*='page=']::attr(href)",
    "article.attachment_links": "div.attach a, #content a",
}

BREADCRUMB_SEP = ">"
BREADCRUMB_ROOT = "校务信息公开"
BREADCRUMB_LEAF = "正文"
POSITION_PREFIX = re.compile(r"^.*?您目前的位置\s*[:：]\s*")
SITE_TITLE_SUFFIX = re.compile(r"\s*[-_|]\s*江北区校务信息公开平台\s*$")

PAGER_TOTAL = re.compile(r"共\s*(\d+)\s*条记录")
PAGER_PAGES = re.compile(r"页次\s*[:：]\s*(\d+)\s*/\s*(\d+)")

DATE_LABELS = ("发表时间", "发布时间", "发布日期", "更新时间", "日期")
INFO_LABELS = ("来源", *DATE_LABELS, "访问次数", "点击数", "浏览次数")
VISITS = re.compile(r"(?:访问次数|点击数|浏览次数)\s*[:：]\s*(\d+)")
COUNTER_JS = re.compile(r"document\.write\(\s*['\"]?(\d+)['\"]?\s*\)")

# A removed article: HTTP 200 with an alert and history.back().
SOFT_404 = re.compile(r"alert\(\s*['\"][^'\"]*(?:不存在|已被删除|已删除|无此信息)[^'\"]*['\"]\s*\)")

URLS = {
    "school": re.compile(r"/school\.asp$"),
    "list": re.compile(r"/list\.asp$"),
    "article": re.compile(r"/show\.asp$"),
    "counter": re.compile(r"/counter\.asp$"),
}
# Query parameters that identify a page; all others (from=, tracking) are dropped.
URL_KEYS = {"school": ("sid",), "list": ("sid", "cid", "page"), "article": ("id", "page"), "counter": ("id",)}

ATTACHMENT_PATH = re.compile(r"(?:/UploadFiles/|/download\.asp\b)", re.I)
ATTACHMENT_EXT = re.compile(r"\.(?:docx?|xlsx?|pdf|pptx?|zip|rar|7z|wps|et|txt|jpg|png)$", re.I)
UNFILLED_TEMPLATE = re.compile(r"\{\$|\$\{|\{\{|<%")
