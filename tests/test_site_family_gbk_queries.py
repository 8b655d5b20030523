"""A whole site whose list addresses carry Chinese in their query strings: an old ASP county school site on IIS 6
(``<%@ CODEPAGE=936 %>``, pages in GB2312/GBK), written by hand and crawled with nothing but its home page's address.
The archive must hold each of its articles exactly once, with its title and its day.

* Lists are one script named by its category's *name*: ``NewsList.asp?BigClass=学校新闻`` and
  ``NewsList.asp?BigClass=学校新闻&SmallClass=校园动态``, the Chinese written raw into the GBK page's hrefs (the
  pager too: ``NewsList.asp?BigClass=学校新闻&page=2``). The 通知公告 links are written the way the CMS's
  ``Server.URLEncode`` writes them under codepage 936, already percent-encoded in GBK
  (``NewsList.asp?BigClass=%CD%A8%D6%AA%B9%AB%B8%E6``), pager included.
* A browser sends a raw link's query percent-encoded in the *document's* encoding (the WHATWG URL standard's query
  state encodes with the encoding HTML passes in, the document's for a page in a legacy encoding: whatwg/url#154's
  note, kmike's python-hyper/hyperlink#17), so here ``BigClass=%D1%A7%D0%A3%D0%C2%CE%C5``; the path's non-ASCII it
  always sends as UTF-8 (w3lib's ``safe_url_string`` follows the same rule when given the page's encoding).
* ASP decodes ``Request.QueryString`` with the page's CODEPAGE (936, GBK): a query percent-encoded in UTF-8 decodes to
  mojibake that names no category, and the script answers, as such scripts do, with status 200 and its soft error
  page ``该栏目不存在``; a known BigClass with an unknown SmallClass is an empty list (the recordset is empty).
* Articles ``/ShowNews.asp?id=1207`` (GBK): the title in ``<font class="title">``, then ``发布时间：2009-3-5
  来源：… 作者：… 点击数：<script src="Hits.asp?id=1207"></script>``, the body in ``<td class="content">``; no
  上一篇/下一篇, so an article not on the home page is reached only through its lists. Side boxes of 热点新闻 (undated
  links) and a 学校简介 page (/About.asp, undated) that are not articles.
* One notice links its attachment by a Chinese file name, raw: ``/UploadFiles/2009年招生简章.doc``. Browsers send the
  path as UTF-8 percent-encoding. IIS 6's HTTP.sys (KB 820129) decodes a URL's path as UTF-8 first (FavorUTF8=1) and,
  that failing, in the system's ANSI/DBCS code page (EnableNonUTF8=1, both defaults), so this server finds the file
  under the UTF-8 spelling and, as that fallback does, under the GBK one; the query is never touched by HTTP.sys and
  reaches ASP as sent.

IIS answers paths and parameter names in any case, parameters in any order. The server logs every request it
received, with how its query was encoded and what it answered; a failure shows that log. No page is copied from a
real site: names, hosts, numbers and texts are made up."""

import html
import re
import sqlite3
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

import pytest
from site_fixtures import (
    DOC,
    check_exact_articles,
    check_titles_and_days,
    crawl_site,
    days,
    iis_key,
    numbered,
    prose,
    short,
    titles,
)

NAME = "临溪县城关第二中学"
CTYPE = "text/html"  # ASP with no Response.Charset: the <meta> says gb2312
BIG = {  # BigClass: its SmallClasses
    "学校新闻": ("校园动态", "德育活动"),
    "通知公告": (),
    "教学教研": (),
}
ENCODED = {"通知公告"}  # the CMS writes these links through Server.URLEncode (GBK under codepage 936)
PER = 10
ATTACHMENT = "/UploadFiles/2009年招生简章.doc"
SOFT_ERROR = "该栏目不存在"
ENROL = "关于2009年招生工作的通知"  # the notice with the attachment


@dataclass
class Art:
    path: str
    title: str
    when: datetime
    big: str
    small: str = ""
    source: str = "本站原创"
    author: str = "admin"
    body: str = ""
    aid: int = 0
    hits: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def asp_day(t):
    """ASP's Date as a zh-CN server writes it: 2009-3-5."""
    return f"{t.year}-{t.month}-{t.day}"


def list_href(big, small="", page=0):
    """A list's href as the page writes it: Chinese raw, or already GBK-encoded for the ENCODED classes."""
    value = urllib.parse.quote(big.encode("gbk")) if big in ENCODED else big
    href = f"NewsList.asp?BigClass={value}"
    if small:
        href += f"&SmallClass={small}"
    return href + (f"&page={page}" if page else "")


# ---- the server: IIS 6 and the ASP scripts ---------------------------------------------------------------------


def query_bytes(path):
    """(path, [(name, value bytes)]) of a request's target as the request line carried it (http.server gives it
    as latin-1 text, so raw non-ASCII bytes come back intact)."""
    raw = path.encode("latin-1", "replace")
    base, _, query = raw.partition(b"?")
    pairs = []
    for part in query.split(b"&"):
        if part:
            k, _, v = part.partition(b"=")
            pairs.append((urllib.parse.unquote_to_bytes(k.replace(b"+", b" ")),
                          urllib.parse.unquote_to_bytes(v.replace(b"+", b" "))))  # fmt: skip
    return base, pairs


def iis_path(base):
    """HTTP.sys: the path's %XX decoded as UTF-8 first, else in the ANSI code page (936); any case."""
    b = urllib.parse.unquote_to_bytes(base)
    try:
        text = b.decode("utf-8")
    except UnicodeDecodeError:
        text = b.decode("gbk", "replace")
    return text.lower()


def spelling(value):
    """How a query value's non-ASCII was sent: ascii; gbk or utf-8 (naming a category so decoded); replaced (the
    U+FFFD of a lossy decode, re-encoded); or unknown."""
    if value.isascii():
        return "ascii"
    for codec in ("gbk", "utf-8"):
        try:
            if value.decode(codec) in NAMES:
                return codec
        except UnicodeDecodeError:
            pass
    return "replaced" if b"\xef\xbf\xbd" in value else "unknown"


NAMES = set(BIG) | {s for subs in BIG.values() for s in subs}


class AspServer(dict):
    """The site as IIS 6 with ASP (CODEPAGE=936) answers it, from ``arts`` (the articles) and ``pages`` (the static
    bits). Logs each request: (raw target, status, what it answered, how its query's non-ASCII was spelled)."""

    def __init__(self, arts, pages):
        super().__init__(pages)
        self.arts = {a.aid: a for a in arts}
        self.by_big = {b: [a for a in arts if a.big == b] for b in BIG}
        self.hot = sorted(arts, key=lambda a: -a.hits)[:6]
        self.log = []

    def get(self, path, default=None):
        status, body, what = self.answer(path)
        raw = path.encode("latin-1", "replace")
        sent = "raw" if not raw.isascii() else ",".join(sorted({spelling(v) for _, v in query_bytes(path)[1]})) or "-"
        self.log.append((path, status, what, sent))
        if status == 404:
            return default
        if isinstance(body, str):
            return status, body.encode("gbk", "replace"), CTYPE  # ASP writes "?" for what 936 lacks
        return body

    def answer(self, path):
        base, pairs = query_bytes(path)
        script = iis_path(base)
        params = {}
        for k, v in pairs:  # ASP: names in any case, values decoded in the page's codepage
            params.setdefault(k.decode("latin-1").lower(), v.decode("gbk", "replace"))
        if script in ("/", "/index.asp"):
            return 200, self["/"], "home"
        if script == "/about.asp":
            return 200, self["/About.asp"], "about"
        if script == "/hits.asp" and params.get("id", "").isdigit() and int(params["id"]) in self.arts:
            return (
                200,
                (200, f"document.write('{self.arts[int(params['id'])].hits}');", "application/x-javascript"),
                "hits",
            )
        if script == "/shownews.asp":
            a = self.arts.get(int(params["id"])) if params.get("id", "").isdigit() else None
            if a is None:
                return (
                    200,
                    page(NAME, self.side("") + '<div class="err">该新闻不存在或已被删除！</div>'),
                    "no such news",
                )
            return 200, article_page(a, self.side(a.big)), f"article {a.aid}"
        if script == "/newslist.asp":
            return self.news_list(params)
        if script == ATTACHMENT.lower():
            return 200, DOC, "attachment"
        return 404, None, "404"

    def news_list(self, params):
        big, small = params.get("bigclass", ""), params.get("smallclass", "")
        if big not in BIG:
            return 200, soft_error(self.side("")), f"{SOFT_ERROR} ({big!r})"
        listed = [a for a in self.by_big[big] if not small or a.small == small]
        n = max(1, -(-len(listed) // PER))
        k = int(params["page"]) if params.get("page", "").isdigit() else 1
        k = min(max(k, 1), n)  # ASP: if page > maxpage then page = maxpage
        rows = listed[(k - 1) * PER : k * PER]
        what = f"list {big}/{small or '-'} page {k}: {len(rows)} rows"
        return 200, list_page(big, small, k, n, rows, len(listed), self.side(big)), what

    def side(self, big):
        subs = "".join(
            f'<li><a href="{list_href(b)}">{b}</a></li>'
            + "".join(f'<li class="sub">&nbsp;├ <a href="{list_href(b, s)}">{s}</a></li>' for s in BIG[b])
            for b in BIG
        )
        hot = "".join(f'<li>·<a href="ShowNews.asp?id={a.aid}" title="{a.title}" target="_blank">{short(a.title, 13)}'
                      "</a></li>" for a in self.hot)  # fmt: skip
        return (f'<td width="200" valign="top" class="left"><div class="lbox"><div class="lt">栏目导航</div><ul>{subs}'
                f'</ul></div><div class="lbox"><div class="lt">热点新闻</div><ul>{hot}</ul></div></td>')  # fmt: skip


def page(title, inner):
    menu = " | ".join(
        ['<a href="Index.asp">网站首页</a>', '<a href="About.asp">学校简介</a>']
        + [f'<a href="{list_href(b)}">{b}</a>' for b in BIG]
    )
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f'<title>{title}</title>\n<link href="css/style.css" rel="stylesheet" type="text/css">\n</head>\n'
        '<body topmargin="0" leftmargin="0">\n<table width="900" border="0" align="center" cellpadding="0" '
        f'cellspacing="0"><tr><td height="100" background="images/top.jpg"><b>{NAME}</b></td></tr><tr><td '
        f'height="30" class="menu" align="center">{menu}</td></tr></table>\n<table width="900" border="0" align="center" '
        f'cellpadding="0" cellspacing="0"><tr>{inner}</tr></table>\n<table width="900" border="0" align="center" '
        f'class="bottom"><tr><td align="center" height="60">版权所有：{NAME} &nbsp;地址：临溪县城关镇学府路9号 '
        '&nbsp;电话：0999-5512345<br>技术支持：县电教站 &nbsp;<a href="http://www.miibeian.gov.cn/" target="_blank">'
        "X ICP备09000123号</a></td></tr></table>\n</body>\n</html>"
    )


def crumbs(*parts):
    inner = "".join(f' &gt;&gt; <a href="{u}">{t}</a>' if u else f" &gt;&gt; {t}" for t, u in parts)
    return f'<div class="pos">您现在的位置：<a href="Index.asp">首页</a>{inner}</div>'


def pager(big, small, k, n, total):
    def link(i, label):
        return f'<a href="{list_href(big, small, i)}">{label}</a>' if i != k else label

    first = link(1, "首页") + " " + (link(k - 1, "上一页") if k > 1 else "上一页")
    last = (link(k + 1, "下一页") if k < n else "下一页") + " " + link(n, "尾页")
    opts = "".join(f'<option value="{i}"{" selected" if i == k else ""}>第{i}页</option>' for i in range(1, n + 1))
    jump = list_href(big, small) + "&page="
    return (f'<div class="pager">共 <b>{total}</b> 条记录 &nbsp;页次：<b>{k}</b>/{n}页 &nbsp;每页{PER}条 &nbsp;{first} '
            f"{last} &nbsp;转到：<select name=\"page\" onchange=\"location.href='{jump}'+this.value\">{opts}</select>"
            "</div>")  # fmt: skip


def list_page(big, small, k, n, rows, total, side):
    trail = [(big, list_href(big) if small else "")] + ([(small, "")] if small else [])
    body = (
        "".join(
            f'<tr><td height="24">·<a href="ShowNews.asp?id={a.aid}" title="{a.title}" target="_blank">'
            f'{short(a.title, 26)}</a></td><td width="90" align="right" class="date">[{asp_day(a.when)}]</td></tr>'
            for a in rows
        )
        or '<tr><td height="60" align="center">该栏目下暂无新闻！</td></tr>'
    )
    main = (f'<td valign="top" class="right">{crumbs(*trail)}<table width="100%" border="0" cellspacing="0" '
            f'cellpadding="0" class="list">{body}</table>{pager(big, small, k, n, total) if rows else ""}</td>')  # fmt: skip
    return page(f"{small or big}_{NAME}", side + main)


def soft_error(side):
    return page(NAME, side + f'<td valign="top" class="right"><div class="err" align="center"><br><br>'
                f'<font color="red">{SOFT_ERROR}！</font><br><br><a href="javascript:history.back()">返回上一页</a>'
                "</div></td>")  # fmt: skip


def article_page(a, side):
    trail = [(a.big, list_href(a.big))] + ([(a.small, list_href(a.big, a.small))] if a.small else []) + [("正文", "")]
    main = (
        f'<td valign="top" class="right">{crumbs(*trail)}<table width="100%" border="0" cellspacing="0" '
        f'cellpadding="0" class="news"><tr><td align="center" height="50"><font class="title">{a.title}</font></td></tr>'
        f'<tr><td align="center" class="info">发布时间：{asp_day(a.when)}&nbsp;&nbsp;来源：{a.source}&nbsp;&nbsp;'
        f'作者：{a.author}&nbsp;&nbsp;点击数：<script src="Hits.asp?id={a.aid}"></script></td></tr>'
        f'<tr><td class="content">{a.body}</td></tr><tr><td align="right">【<a href="javascript:window.print()">打印本页'
        '</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></td>'
    )
    return page(f"{a.title}_{NAME}", side + main)


def school_site():
    """(server, {path: Art})."""
    campus = [Art("", t, w, "学校新闻", "校园动态", author=("校办", "团委", "政教处")[k % 3])
              for k, (t, w) in enumerate(zip(titles(("我校", "初一年级", "初二年级", "初三年级", "校团委", "校学生会"),
                                                    ("举行秋季开学典礼", "开展消防疏散演练", "召开期中家长会",
                                                     "举办校园文化艺术节", "组织秋季田径运动会"), 15),
                                             days("2009-12-26 10:20", 15, 9)))]  # fmt: skip
    moral = [Art("", t, w, "学校新闻", "德育活动", author="政教处")
             for t, w in zip(titles(("开展", "举行", "组织"), ("“文明礼仪”主题班会", "法制教育报告会", "感恩教育活动",
                                                             "国旗下讲话评比"), 11, "{}{}"),
                             days("2009-12-19 15:40", 11, 13))]  # fmt: skip
    notices = [Art("", t, w, "通知公告", source="校长室", author="办公室")
               for t, w in zip(titles(("2009年秋季开学", "国庆节放假", "元旦放假", "期末考试", "冬季安全工作",
                                       "2009年招生工作"), ("的通知", "有关事项的通知", "的补充通知", "的安排", "的温馨提示"), 12,
                                      "关于{}{}"),
                               days("2009-12-29 08:30", 12, 17))]  # fmt: skip
    research = [Art("", t, w, "教学教研", source="教务处", author="教务处")
                for t, w in zip(titles(("语文组", "数学组", "英语组", "理化组"),
                                       ("开展集体备课活动", "举行青年教师公开课", "开展优质课评比"), 8), days("2009-12-22 14:10", 8, 23))]  # fmt: skip
    research += [Art("", t, w, "教学教研", source="教务处", author="教务处")
                 for t, w in zip(("史地组开展课堂教学评比", "生物组举行说课比赛", "体艺组开展教学反思交流",
                                  "我校召开教学质量分析会"), days("2009-03-05 16:00", 4, 19))]  # fmt: skip
    arts = campus + moral + notices + research
    numbered(arts, 1187, step=2)
    for k, a in enumerate(arts):
        a.path = f"/ShowNews.asp?id={a.aid}"
        a.body = prose(a.title, NAME, k)
        a.hits = 40 + 37 * k % 300
    enrol = next(a for a in notices if a.title == ENROL)
    enrol.body += f'<p>附件：<a href="{ATTACHMENT}" target="_blank">2009年招生简章.doc</a></p>'
    news = sorted(campus + moral, key=lambda a: a.when, reverse=True)
    for b, listed in (("学校新闻", news), ("通知公告", notices), ("教学教研", research)):
        assert all(a.big == b for a in listed)
    server = AspServer(news + notices + research, {})

    def box(b, arts):
        lis = "".join(f'<li>·<a href="ShowNews.asp?id={a.aid}" title="{a.title}" target="_blank">{short(a.title, 18)}'
                      f'</a> <span class="date">{a.when.month}-{a.when.day}</span></li>' for a in arts)  # fmt: skip
        return (f'<div class="box"><div class="bt"><span class="more"><a href="{list_href(b)}">更多&gt;&gt;</a></span>'
                f"{b}</div><ul>{lis}</ul></div>")  # fmt: skip

    home = (f'<td valign="top" class="right">{box("学校新闻", news[:6])}{box("通知公告", notices[:6])}'
            f'{box("教学教研", research[:6])}<div class="links">友情链接：<a href="http://jyj.linxi.example/" '
            'target="_blank">临溪县教育局</a></div></td>')  # fmt: skip
    server["/"] = page(f"{NAME}_首页", server.side("") + home)
    about = "".join(f"<p>　　{p}</p>" for p in (
        f"{NAME}创办于1965年，是一所县属公办初级中学，现有教学班24个，在校学生1100余人，教职工92人。",
        "学校坚持“以德立校、质量强校”的办学思路，先后被评为市文明单位和市德育示范学校。",
    ))  # fmt: skip
    server["/About.asp"] = page(f"学校简介_{NAME}", server.side("") + f'<td valign="top" class="right">'
                                f'{crumbs(("学校简介", ""))}<div class="about">{about}</div></td>')  # fmt: skip
    return server, {a.path: a for a in news + notices + research}


# ---- a browser's walk ------------------------------------------------------------------------------------------

HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def browser_target(base, href, query_encoding):
    """The request target a browser sends for ``href`` on a page at ``base`` (a path): the path's non-ASCII as
    UTF-8, the query's in ``query_encoding`` (the document's), existing %XX left alone."""
    url = urllib.parse.urljoin("http://school.example" + base, html.unescape(href).strip())
    parts = urllib.parse.urlsplit(url)
    if parts.netloc != "school.example":
        return None
    path = urllib.parse.quote(parts.path, safe="/%:@!$&'()*+,;=-._~", encoding="utf-8")
    query = urllib.parse.quote(parts.query, safe="/?%:@!$&'()*+,;=-._~", encoding=query_encoding)
    return path + (f"?{query}" if query else "")


def walk(server, query_encoding, limit=400):
    """Every target reached from the home page by following links, and the articles among them (by iis_key)."""
    seen, queue, articles = {"/"}, ["/"], set()
    while queue and len(seen) < limit:
        here = queue.pop(0)
        entry = server.get(here)
        if entry is None or "html" not in entry[2]:
            continue
        text = entry[1].decode("gbk")
        if '<font class="title">' in text:
            articles.add(iis_key(here))
        for m in HREF.finditer(text):
            href = next(g for g in m.groups() if g is not None)
            if href.lower().startswith(("javascript:", "mailto:", "#")):
                continue
            target = browser_target(here, href, query_encoding)
            if target and target not in seen:
                seen.add(target)
                queue.append(target)
    return seen, articles


# ---- the fixture is the site it claims to be ---------------------------------------------------------------------


def test_the_fixture_is_the_site_it_claims_to_be():
    server, truth = school_site()
    assert 35 <= len(truth) <= 55 and len(truth) == 50
    home = server["/"]
    assert 'href="NewsList.asp?BigClass=学校新闻"' in home and 'href="NewsList.asp?BigClass=教学教研"' in home
    assert 'href="NewsList.asp?BigClass=%CD%A8%D6%AA%B9%AB%B8%E6"' in home
    assert 'href="NewsList.asp?BigClass=学校新闻&SmallClass=校园动态"' in home
    gbk = "/NewsList.asp?BigClass=%D1%A7%D0%A3%D0%C2%CE%C5"
    first = server.get(gbk)[1].decode("gbk")
    assert '<a href="NewsList.asp?BigClass=学校新闻&page=2">下一页</a>' in first and "页次：<b>1</b>/3页" in first
    assert server.get("/newslist.asp?page=2&bigclass=%D1%A7%D0%A3%D0%C2%CE%C5")[1] != server.get(gbk)[1]
    assert server.get("/NewsList.asp?BigClass=%D1%A7%D0%A3%D0%C2%CE%C5&page=9") == server.get(
        "/NewsList.asp?BigClass=%D1%A7%D0%A3%D0%C2%CE%C5&page=3"), "ASP clamps the page"  # fmt: skip
    notices = server.get("/NewsList.asp?BigClass=%CD%A8%D6%AA%B9%AB%B8%E6")[1].decode("gbk")
    assert 'href="NewsList.asp?BigClass=%CD%A8%D6%AA%B9%AB%B8%E6&page=2"' in notices
    # the same category's name percent-encoded as UTF-8 is mojibake to codepage 936: the soft error page, status 200
    utf8 = server.get("/NewsList.asp?BigClass=" + urllib.parse.quote("学校新闻"))
    assert utf8[0] == 200 and SOFT_ERROR in utf8[1].decode("gbk") and "ShowNews.asp?id=" not in utf8[1].decode(
        "gbk").split('class="right"')[1]  # fmt: skip
    small_utf8 = "/NewsList.asp?BigClass=%D1%A7%D0%A3%D0%C2%CE%C5&SmallClass=" + urllib.parse.quote("校园动态")
    assert "该栏目下暂无新闻" in server.get(small_utf8)[1].decode("gbk"), "a known BigClass, an unknown SmallClass"
    small_gbk = "/NewsList.asp?BigClass=%D1%A7%D0%A3%D0%C2%CE%C5&SmallClass=" + urllib.parse.quote(
        "校园动态".encode("gbk")
    )
    assert "共 <b>15</b> 条记录" in server.get(small_gbk)[1].decode("gbk")
    a = next(iter(truth.values()))
    text = server.get(a.path)[1].decode("gbk")
    assert (
        f"发布时间：{a.when.year}-{a.when.month}-{a.when.day}&nbsp;" in text
        and f'<script src="Hits.asp?id={a.aid}">' in text
    )
    assert server.get(f"/shownews.asp?ID={a.aid}") == server.get(a.path)
    # the attachment: HTTP.sys decodes the path as UTF-8 first, then in the ANSI code page
    assert server.get(urllib.parse.quote(ATTACHMENT, encoding="utf-8"))[1] is DOC[1]
    assert server.get(urllib.parse.quote(ATTACHMENT, encoding="gbk"))[1] is DOC[1]
    assert sum(ATTACHMENT in server.get(p)[1].decode("gbk") for p in truth) == 1
    ids = [int(p.split("=")[1]) for p in truth]
    assert len(set(ids)) == len(ids) == 50
    for p in ["/", "/About.asp", *truth]:
        server.get(p)[1].decode("gbk")


def test_a_browser_reaches_every_article_and_utf8_queries_do_not():
    server, truth = school_site()
    seen, reached = walk(server, "gbk")
    assert reached == {iis_key(p) for p in truth}
    assert urllib.parse.quote(ATTACHMENT, encoding="utf-8") in seen
    assert "/NewsList.asp?BigClass=%D1%A7%D0%A3%D0%C2%CE%C5&page=2" in seen
    assert not any(SOFT_ERROR in what for _, _, what, _ in server.log), "a browser meets no soft error"
    server.log.clear()
    _, reached_utf8 = walk(server, "utf-8")
    lost = {iis_key(p) for p in truth} - reached_utf8
    assert len(lost) >= 20, f"UTF-8 queries should lose the articles only the raw-Chinese lists lead to: {len(lost)}"
    assert any(SOFT_ERROR in what for _, _, what, _ in server.log)
    assert reached_utf8 >= {iis_key(p) for p, a in truth.items() if a.big in ENCODED}, "the pre-encoded links work"


# ---- the crawl and what it must archive --------------------------------------------------------------------------


def request_report(server, truth):
    lists = [(p, s, w, sent) for p, s, w, sent in server.log if "newslist.asp" in p.lower()]
    answered = (
        "soft error" if SOFT_ERROR in w else "empty list" if ": 0 rows" in w else "list" for _, _, w, _ in lists
    )
    by = Counter(zip((sent for *_, sent in lists), answered))
    fetched = {iis_key(p) for p, _, w, _ in server.log if w.startswith("article")}
    unseen = sorted(set(map(iis_key, truth)) - fetched)
    lines = [f"server received {len(server.log)} requests, {len(lists)} to NewsList.asp:"]
    lines += [f"  query sent as {sent}: {what} x{n}" for (sent, what), n in sorted(by.items())]
    lines += [f"  {p} -> {s} {w} [{sent}]" for p, s, w, sent in lists[:60]]
    lines += [f"articles never requested ({len(unseen)}): {unseen}"]
    att = [(p, s, w) for p, s, w, _ in server.log if "uploadfiles" in p.lower()]
    lines += [f"attachment requests: {att}"]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    server, truth = school_site()
    db = tmp_path_factory.mktemp("gbk_queries") / "disclosure.db"
    result = crawl_site("gbk_queries", server, truth, iis_key, db)
    report = request_report(server, truth)
    print(report)
    result.log = report + "\n" + result.log
    result.db, result.server = db, server
    return result


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_no_article_is_archived_twice(crawled):
    conn = sqlite3.connect(crawled.db)
    try:
        rows = conn.execute("select url, title from articles").fetchall()
    finally:
        conn.close()
    keys = Counter(iis_key(re.sub(r"^http://[^/]+", "", u)) for u, _ in rows)
    by_title = Counter(t for _, t in rows)
    twice = {k: n for k, n in keys.items() if n > 1}
    same_title = {t: n for t, n in by_title.items() if n > 1 and t in {a.title for a in crawled.truth.values()}}
    assert (twice, same_title) == ({}, {}), f"archived more than once: {twice} {same_title}\n{crawled.log}"


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)


def test_the_attachment_with_a_chinese_name_is_archived(crawled):
    enrol = next(a for a in crawled.truth.values() if a.title == ENROL)
    conn = sqlite3.connect(crawled.db)
    try:
        rows = conn.execute(
            "select t.url, t.sha256 from attachments t join articles a on a.id = t.article_id where a.url like ?",
            [f"%id={enrol.aid}"],
        ).fetchall()
    finally:
        conn.close()
    asked = [(p, s, w) for p, s, w, _ in crawled.server.log if "uploadfiles" in p.lower()]
    assert rows and all(sha for _, sha in rows), f"attachment rows {rows}; server saw {asked}"
