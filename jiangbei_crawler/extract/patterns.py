"""Generic rules as data: labels, containers, navigation words and pager words of Chinese CMSs.

These are the second layer of extraction, after a site profile (``profiles.py``)
and before "null with a warning". They describe school and government CMSs in
general (ASP/ASP.NET school systems, PowerEasy, Hanweb, TRS, VSB/WebPlus,
EmpireCMS, DedeCMS), not one site.
"""

import re

COLON = r"\s*[:：]\s*"


# bare 时间/日期 ending a word that names another time (注册时间 of a forum poster, 截止时间, 比赛时间) are not labels
WORD_ENDINGS = ("时间", "日期")
NOT_PUBLISHED = "".join(
    f"(?<!{w})"
    # 报告时间, 讲座时间: a lecture notice's event (university and institute 学术报告 pages)
    for w in (
        "注册",
        "截止",
        "比赛",
        "报名",
        "开始",
        "结束",
        "登录",
        "在线",
        "活动",
        "考试",
        "会议",
        "举办",
        "报告",
        "讲座",
    )
)


# the traditional form of the characters labels are written with (Hong Kong, Taiwan and Macau sites: 發佈日期,
# 來源, 瀏覽次數): a label matches in either script; the values are read as written
TRADITIONAL = dict(zip("发布来时间阅读览浏击点数编辑责审单机构关键词录传闻处类题号访问气开体稿价资讯网页条关闭打印顶",
                       "發佈來時間閱讀覽瀏擊點數編輯責審單機構關鍵詞錄傳聞處類題號訪問氣開體稿價資訊網頁條關閉打印頂"))  # fmt: skip


def _either(char):
    return f"[{char}{TRADITIONAL[char]}]" if TRADITIONAL.get(char, char) != char else re.escape(char)


def label_alternatives(labels):
    # a label may be spaced out ("来  源"): allow whitespace between its characters
    return "|".join(
        (NOT_PUBLISHED if label in WORD_ENDINGS else "") + r"\s*".join(map(_either, label))
        for label in sorted(labels, key=len, reverse=True)
    )


SOURCE_LABELS = ("来源", "来源于", "信息来源", "文章来源", "稿件来源", "稿源", "新闻来源", "发稿单位", "供稿单位", "供稿",
                 "供稿部门", "来源单位", "报送单位", "出处", "来自")  # fmt: skip
# who issued a document (government disclosure metadata): kept as the publisher, never as the source
PUBLISHER_LABELS = ("发布机构", "发布单位", "发文机关", "发文单位", "发布者")
# a 来源 that names no one: a real 来源 elsewhere on the page wins over it, and alone it is null
SOURCE_PLACEHOLDER = re.compile(r"^(?:转载|转载文章|转摘|网络|互联网|来自互联网|网络转载|未知|不详|佚名|admin)$", re.I)
DATE_LABELS = ("发表时间", "发布时间", "发布日期", "更新时间", "更新日期", "发表日期", "发文日期", "成文日期", "录入时间",
               "添加时间", "上传时间", "加入时间", "生成日期", "产生日期", "公开日期", "公开时间", "发布于", "发表于", "时间", "日期")  # fmt: skip
# the day a document was written or issued, not the day it was published (信息公开 metadata holds both)
# 生成日期 / 产生日期: when the record or the document was made (信息公开目录 systems)
WRITTEN_LABEL = re.compile(label_alternatives(("成文日期", "发文日期", "生成日期", "产生日期")))
VISIT_LABELS = ("访问次数", "点击数", "点击量", "点击次数", "浏览次数", "浏览量", "阅读次数", "阅读量", "访问量",
                "查看次数", "人气", "点击", "浏览", "阅读")  # fmt: skip
# labels that end a value without being extracted themselves
OTHER_LABELS = ("作者", "编辑", "责任编辑", "责编", "审核", "审稿", "摄影", "通讯员", "撰稿", "录入", "发布人", "字号",
                "字体", "文号", "索引号", "分类", "主题分类", "关键词", "打印", "关闭", "分享", "评论", "评论数")  # fmt: skip
ALL_LABELS = SOURCE_LABELS + PUBLISHER_LABELS + DATE_LABELS + VISIT_LABELS + OTHER_LABELS

# a bilingual page's label glossed in English before its colon (来源 Source:, university CMSs such as Drupal's fields)
GLOSS = r"(?:\s*[A-Za-z]{2,12})?"
SOURCE_RX = re.compile(rf"(?:{label_alternatives(SOURCE_LABELS)}){GLOSS}{COLON}")
# 来源丨岚溪融媒: a bar glued between label and value where others write a colon (county 融媒体 templates)
SOURCE_BAR_RX = re.compile(rf"(?:{label_alternatives(SOURCE_LABELS)})[丨｜](?=[^\s丨｜|])")
SOURCE_ITEM_LABELS = ("来源", "稿源", "文章来源", "信息来源")
# 来源 without a colon, as one item of an info line cut by separators (发表于… | 来源CSDN | 作者…)
SOURCE_ITEM_RX = re.compile(
    rf"(?:^|[|丨｜]|\s{{2,}})\s*(?:{label_alternatives(SOURCE_ITEM_LABELS)})(?![于自是])"
    r"([^\s|丨｜:：，。,]{2,20})\s*(?=[|丨｜]|\s{2,}|$)",
    re.M,
)
PUBLISHER_RX = re.compile(rf"(?:{label_alternatives(PUBLISHER_LABELS)}){COLON}")
# a date label must be followed by a colon, or directly by digits ("发布时间 2019-05-18")
DATE_LABEL_RX = re.compile(rf"(?:{label_alternatives(DATE_LABELS)})(?:{COLON}|\s*(?=\d))")
# 1,234 with a thousands comma, 1.2万 as media platforms round it
VISITS_RX = re.compile(
    rf"(?:{label_alternatives(VISIT_LABELS)})(?:{COLON}|\s*)(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(万)?"
)
ANY_LABEL_RX = re.compile(rf"(?:{label_alternatives(ALL_LABELS)}){COLON}")
# a value ends at a separator, two spaces, one ideographic space (info lines part their fields so) or a byline
VALUE_END = re.compile(r"[|丨｜【】\[\]\u3000]|\s{2,}|\n|\s(?=记者|通讯员|实习生)")
# a value ends before any short label of its line, known or not (来源：大队部 一审：… 二审：…)
LABEL_AHEAD = re.compile(r"\s(?=[\u4e00-\u9fff]{2,4}[:：])")
BACK_LINK = re.compile(r"^【?\s*返回(?:上一页|上页|前页)?\s*】?$")  # 【返回上一页】: a history link, not a paragraph

# Known article body containers of Chinese CMSs, most specific first; a profile's selector comes before.
BODY_CONTAINERS = (
    "#zoom", "#Zoom", "#fontzoom", ".TRS_Editor", "#UCAP-CONTENT", ".wp_articlecontent", "#vsb_content",
    "#vsb_content_2", ".v_news_content", ".conTxt", "#conTxt", ".article-content", ".article_content",
    "#article_content", "#articleContent", ".news_content", "#news_content", ".newsContent", ".detail-content",
    ".detailCon", ".pages_content", ".content_text", "#ContentText", ".xl_con", ".zw", "#zw", "#content",
)  # fmt: skip

GENERIC_CONTAINERS = frozenset({"#content"})  # names common enough that a page wrapper may carry them

# Heading-like elements that may hold the title, besides h1-h4.
TITLE_HINT = re.compile(r"title|biaoti|tit\b|_tit|tit_|headline|bt\b|articletit|newstit", re.I)
TITLE_SEPARATORS = re.compile(r"\s*(?:--|__|_|\||｜|\s-\s|\s—\s|\s–\s)\s*")
META_TITLE = ("ArticleTitle", "og:title", "title")
META_DATE = ("PubDate", "pubdate", "firstpublishedtime", "publishdate", "PublishDate", "article:published_time",
             "og:release_date", "datePublished", "pubtime")  # fmt: skip
META_SOURCE = ("ContentSource", "source", "og:site_name_source")

# Breadcrumbs.
POSITION_PREFIX = re.compile(
    r"^.*?(?:您目前的位置|您当前的位置|当前位置|您现在的位置|现在位置|所在位置|您的位置|你的位置|你现在的位置|当前页面|位置)\s*[:：]?\s*"
)
CRUMB_HINT = re.compile(
    r"crumb|position|location|weizhi|dqwz|curpos|nav_?path|\bpath\b|daohang|site-?path|mianbao", re.I
)
CRUMB_SEPARATORS = re.compile(r"\s*(?:>>|&gt;|>|＞|»|›|→|\s/\s|\s-\s|/)\s*")
CRUMB_ROOTS = ("首页", "网站首页", "主页", "返回首页", "本站首页", "Home", "home", "HOME")
CRUMB_LEAVES = (
    "正文",
    "详情",
    "内容",
    "正文内容",
    "文章内容",
    "阅读文章",
    "浏览文章",
    "查看内容",
    "详细内容",
    "信息浏览",
)

# Navigation and boilerplate lines inside a chosen body container.
NAV_LINE = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|【?打印本页】?|【?关闭窗口】?|【?打印正文】?|【?打印】?|【?关闭】?|"
    r"【?字体|【?字号|分享到|返回顶部|返回列表|【?收藏】?|加入收藏|扫一扫|相关文章|相关链接|相关阅读|相关新闻|"
    r"推荐阅读|本帖最后由\s)"  # 本帖最后由 某 于 2016-9-13 编辑: a forum's (Discuz!) edit notice
)
# a multi-page article's own pager under its text: 第1页 第2页 第3页 下一页, [1] [2] 共3页
PAGER_LINE = re.compile(r"^(?:(?:第\s*\d+\s*页|\[?\d+\]?|上一页|下一页|首页|尾页|末页|共\s*\d+\s*页)[\s　|]*){2,}$")
# a post's tag line under its text (blog themes: 标签: 开学 班级公约, Tags: …)
# an editor's follow-us card pasted from a WeChat article (135editor, 秀米): 点击蓝字 关注我们 above the text, 长按
# 二维码关注 and the account's name below it
FOLLOW_PROMPT = re.compile(
    r"关注我们|点击(?:上方)?蓝字|长按(?:识别)?(?:图中)?二维码|扫(?:描)?(?:二维)?码关注|识别二维码"
)
# a line of bracketed tool links only ([返回] [顶部], 【打印】【关闭】): the page's tools, not its text
TOOL_LINE = re.compile(r"^(?:[\[【]\s*[^\]】\s]{1,4}\s*[\]】]\s*){2,}$")
# an essay's or report's credit line above its text (文/林某, 文/图 张某, 撰文：某): who wrote it, not the text
BYLINE = re.compile(r"^(?:文|图|文图|文/图|撰文|作者)\s*[/／:：]\s*[^\s，。]{2,12}$")
TAG_LINE = re.compile(r"^(?:标签|Tags?|关键词|关键字)\s*[:：]", re.I)
# a line that only says where a reprinted text comes from (转载自 中国教育新闻网, 摘自《某报》): its source, not its text
REPRINT_LINE = re.compile(r"^(?:转载自|转自|摘自|原载于?|选自)\s*[:：]?\s*《?([^\s《》，。,]{2,20})》?$")
# a post's status badge beside its title: [转], [原创], 【置顶】
TITLE_BADGE = re.compile(
    r"^\s*[\[【(（](?:转|原|转载|原创|置顶|精华|荐)[\]】)）]\s*|\s*[\[【(（](?:转|原|转载|原创|置顶|精华|荐)[\]】)）]\s*$"
)
# a forum post's floor label alone on its line: 楼主, 沙发, 板凳, 地板, 5楼, #5
FLOOR_LINE = re.compile(r"^(?:楼主|沙发|板凳|地板|\d{1,5}\s*楼|#\d{1,5})$")
BACK_HOME = re.compile(r"^返回\S{0,8}首页")
# a page footer's own words: a block of the body holding one is the footer a broken container swallowed
PAGE_FOOTER = re.compile(r"版权所有|版權所有|Copyright|All Rights Reserved|ICP备|ICP证|公网安备", re.I)
NAV_WORDS = re.compile(
    r"上一篇|下一篇|打印本页|关闭窗口|【字体|字号[:：]|分享到|返回顶部|打印正文|【打印】|【关闭】|版权所有|Copyright|©|技术支持|ICP备|公网安备"
)
RELATED_HEADING = re.compile(
    r"^(?:【)?(?:相关文章|相关链接|相关阅读|相关新闻|推荐阅读|热点文章|热门文章)(?:】)?[:：]?$"
)
# an entry's own header and meta line (hAtom, WordPress and most blog themes: entry-header, post-meta): the
# post's title and date, never chrome, though their names hold "header" or "meta"
ENTRY_PART = re.compile(r"(?:entry|post|article)[-_](?:header|meta|title)\b", re.I)
# side, aside, sidebar are chrome; a name that says only which side (rside, leftside, right_side) is a place,
# not a role: many school and 信息公开 templates name their main column rside or right_side
BOILERPLATE_ATTR = re.compile(
    r"share|bdshare|jiathis|prev|next|pre_next|related|relate|comment|copyright|footer|foot\b|tool|"
    r"fontsize|font-size|zihao|userControl|others|sidebar|(?<![a-z_-])a?side\b|nav\b|menu|header|topbar|banner|bottom\b|"
    r"signature",
    re.I,
)

# Lists.
ROW_DATE = re.compile(
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)|"
    r"(?:(?<![\d-])\d{2}-\d{2}-\d{2}(?![\d-]))|"  # [23-05-06]: a two-digit year (ASP templates' yy-mm-dd)
    r"(?:[\[［(（]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[\]］)）])|(?:\b\d{2}-\d{2}\b)"
)
EMPTY_LIST = re.compile(r"没有记录|暂无信息|无记录|暂无内容|暂无数据|没有信息|暂无相关|没有找到|无相关信息|暂无文章")
PAGER_WORDS = re.compile(
    r"下一页|尾页|末页|上一页|首页|共\s*\d+\s*页|页次|第\s*\d+\s*页|最后一页|前一页|后一页|下页|上页|前页|后页"
)
PAGER_TOTAL = re.compile(r"共\s*(?:有\s*)?(\d+)\s*(?:条|篇|个|记录)")  # 总共 40 记录 (Sudy WebPlus)
PAGER_CURRENT_LAST = (
    re.compile(r"(?:页次|页码)\s*[:：]?\s*(\d+)\s*/\s*(\d+)"),  # 页码 1/3 (Sudy WebPlus)
    re.compile(r"第\s*(\d+)\s*页\s*[/,，]?\s*共\s*(\d+)\s*页"),
    re.compile(r"当前第?\s*(\d+)\s*/\s*(\d+)\s*页"),
    re.compile(r"(\d+)\s*/\s*(\d+)\s*页"),
    PAGES_AFTER_COUNT := re.compile(r"共\s*\d+\s*条\s*(\d+)\s*/\s*(\d+)(?!\d)"),  # VSB: 共45条 1/3, no 页
    PAGE_OF := re.compile(r"\bPage\s*(\d+)\s*(?:of|/)\s*(\d+)\b", re.I),  # ASP templates' English pager
)
BARE_FRACTION = re.compile(r"\s*(\d{1,4})\s*/\s*(\d{1,4})\s*")  # <span>1/6</span> between 首页 and 下一页 (mobile)
PAGER_LAST_ONLY = re.compile(r"共\s*(\d+)\s*页")
PAGER_CURRENT_ONLY = re.compile(r"(?:当前|第)\s*(\d+)\s*页")
MORE_LINK = re.compile(
    r"[\[【(（]?\s*(?:更多|查看更多|more|MORE|More)\s*[>》»+.…\]】)）]*\s*"
)  # a box's link to its list
NEXT_WORDS = ("下一页", "下页", "后一页", "后页", "下一页>", ">", "›", "»", "Next", "next")
LAST_WORDS = ("尾页", "末页", "最后一页", "最末页", "尾 页", "末 页", "Last", "last", ">>", "»»")

# Soft 404: a removed article answering 200.
SOFT_404 = re.compile(
    r"alert\(\s*['\"][^'\"]*(?:不存在|已被删除|已删除|无此信息|已经删除|找不到|已过期|已撤销|未找到)[^'\"]*['\"]\s*\)"
)
SOFT_404_TEXT = re.compile(
    r"^(?:.{0,40})(?:该信息不存在|信息不存在|文章不存在|页面不存在|您访问的页面不存在|内容已被删除|404)"
)

# A school's name: what a school link or breadcrumb part looks like.
SCHOOL_NAME = re.compile(
    r"^[\u4e00-\u9fff（）()·\w]{2,30}(?:幼儿园|小学|中学|学校|高中|初中|中专|职高|学院|大学|分校|校区|实验校|附小|附中|教育集团|中學|小學|學校|學院|大學|幼稚園)$"
)

# Links.
ATTACHMENT_EXT = re.compile(
    r"\.(?:docx?|xlsx?|pdf|pptx?|zip|rar|7z|wps|et|dps|txt|rtf|csv|jpe?g|png|gif|bmp|tiff?)$", re.I
)
DOCUMENT_EXT = re.compile(r"\.(?:docx?|xlsx?|pdf|pptx?|zip|rar|7z|wps|et|dps|txt|rtf|csv)$", re.I)
ATTACHMENT_PATH = re.compile(r"(?:/UploadFiles?/|/download\.(?:asp|aspx|php|jsp)\b|/DownLoad|/attach|/fujian)", re.I)
# list decorations that are not thumbnails: "new" and "hot" badges, bullets, arrows, icons
ICON_IMAGE = re.compile(r"(?:new|hot|dot|arrow|icon|ico|bullet|point|top|more|jt|tb)[_\-\d]*\.(?:gif|png|jpe?g)$", re.I)
IMAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|ico|svg|tiff?)$", re.I)
NOT_A_PAGE_EXT = re.compile(r"\.(?:css|js|json|xml|rss|swf|flv|mp[34]|avi|wmv|exe|apk|ico|woff2?|ttf)$", re.I)
UNFILLED_TEMPLATE = re.compile(r"\{\$|\$\{|\{\{|<%|@Power\.|\[\$")
# hubs never worth following: logins, searches, guestbooks, feeds
HUB_DENY = re.compile(
    r"(?:login|logout|register|reg\.|search|keyword=|guestbook|guestwrite|message|comment|vote|admin|user/|member|"
    r"print|rss|feed|mailto|sitemap|javascript)",
    re.I,
)
TRACKING_PARAMS = re.compile(
    r"^(?:from|fromurl|utm_\w+|spm|ref|refer|referer|share|_|rnd|random|timestamp|ts|t|v"
    r"|jsessionid|phpsessid|aspsessionid\w*|sessionid)$",  # a session id names the visit, not the page
    re.I,
)
SESSION_IN_PATH = re.compile(r";jsessionid=[^/?#]*", re.I)  # Java servers' /list.jsp;jsessionid=0A1B…
ID_PARAMS = re.compile(r"^(?:id|\w*(?:article|news|info|content|doc|item|art|post|arc|wb|w)_?id)$", re.I)
PAGE_PARAMS = re.compile(r"^(?:\w*page|pageno|page_no|pagenum|pageindex|p|pn|pg)$", re.I)  # ArticlePage, curPage…
COUNTER_SRC = re.compile(r"hit|count|click|visit|views|dynclick|gethits|counter", re.I)
COUNTER_JS = re.compile(r"(\d+)")

CHINESE = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_PUNCT = frozenset("，。；：、！？“”‘’《》（）,.;!?")

# Publish dates in article URLs, the family of static CMSs that file articles by day or month:
# TRS/Hanweb /202403/t20240305_123.html, DedeCMS/PHPCMS /2024/0305/123.html, news CMSs /2018-06-28/ and
# /2019_09_07_123.shtml, /a/20200911/123.shtml. A month alone (/201909/) is not a day and not used.
URL_DATES = (
    re.compile(r"/t((?:19|20)\d{2})(\d{2})(\d{2})_\d+"),
    re.compile(r"/((?:19|20)\d{2})-(\d{2})-(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})/(\d{2})(\d{2})/"),
    re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/"),  # WordPress's day permalinks (/2023/05/25/slug/)
)
# news CMSs: /2019_09_07_123.shtml and /a/20200911/123_0.shtml
URL_DATES_NEWS = (
    re.compile(r"/((?:19|20)\d{2})_(\d{2})_(\d{2})_"),
    re.compile(r"/((?:19|20)\d{2})(\d{2})(\d{2})/"),
)
# e-papers (数字报): an issue's day as /html/2019-03/05/content_1.htm (Founder) or /201903/05/content_1.html
URL_DATES_PAPER = (re.compile(r"/((?:19|20)\d{2})-?(\d{2})/(\d{2})/(?:node|content)_"),)
