"""A whole site written by hand after the markup of the ASP.NET WebForms platforms on which districts publish their
schools' disclosures, crawled with nothing but the home page's address: 青槐区中小学校务公开平台, three schools, 60
items. The archive must hold every article exactly once, each with its title and its day.

* Every page is one master page wrapped in ``<form name="aspnetForm" method="post" action="./List.aspx?sid=5&amp;
  cid=3" id="aspnetForm">`` (the action is the page's own file and query) holding the hidden ``__EVENTTARGET``,
  ``__EVENTARGUMENT`` (empty), ``__VIEWSTATE`` (``/wEP…``: a base64 blob signed with the machine key, its own on every
  page and every page number of a list), ``__VIEWSTATEGENERATOR`` and ``__EVENTVALIDATION`` (``/wEW…``, the events the
  page rendered, signed), and the page's ``function __doPostBack(eventTarget, eventArgument)``.
* The home page (/ and /Default.aspx) links the schools (School.aspx?sid=5) and shows the eight newest items; a
  school's page links its columns (List.aspx?sid=5&amp;cid=3: 通知公告 cid 3, 收费公示 cid 4, 招生信息 cid 7) and its
  six newest items. A list is a GridView (``<table id="ctl00_ContentPlaceHolder1_GridView1">``, ten rows: 序号, the
  title linked to Show.aspx?id=2316, 发布日期 2019-06-20, 浏览次数) over the Webdiyer AspNetPager in its default
  postback mode: ``共 31 条记录 第 1/4 页`` then ``<a disabled="disabled">首页</a>``, ``上一页``, the current page in
  a ``<span>``, the others and 下一页/尾页 as ``<a href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$
  AspNetPager1','2')">``. Pages 2+ exist only as the answer to a POST of the form (the __VIEWSTATE and
  __EVENTVALIDATION of the page posted from, __EVENTTARGET the pager, __EVENTARGUMENT the page number); the server
  checks the view state's signature and that the event was one the posted-from page rendered, and answers a 500
  otherwise, as ASP.NET does. A GET of List.aspx answers page 1 whatever other parameters it carries. An empty
  column shows the GridView's 暂无相关信息 and no pager; a one-page column the pager with every button disabled.
* Articles Show.aspx?id=2316: ``<span id="ctl00_ContentPlaceHolder1_lblTitle">``, ``发布时间：2019-03-05 来源：…
  浏览次数：…``, the body in ``<div id="ctl00_ContentPlaceHolder1_lblContent">``; no 上一篇/下一篇. IIS reads paths and
  parameter names in any case, and a page only the parameters it uses.

No page is copied from a real site: names, hosts and numbers are made up."""

import base64
import hashlib
import hmac
import html
import re
import sqlite3
import threading
import urllib.parse
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

import pytest
from site_fixtures import Crawled, check_exact_articles, check_titles_and_days, days, numbered, prose, short, titles

from jiangbei_crawler.testing import cron, serve

DISTRICT = "青槐区"
PLATFORM = f"{DISTRICT}中小学校务公开平台"
SCHOOLS = {5: "青槐区实验小学", 8: "青槐区第二中学", 11: "青槐区柳塘中学"}
COLUMNS = {3: "通知公告", 4: "收费公示", 7: "招生信息"}
PER = 10  # the GridView's PageSize
PAGER = "ctl00$ContentPlaceHolder1$AspNetPager1"
MACHINE_KEY = b"qinghuai-edu-disclosure-4f2a"
GENERATORS = {"default": "CA0B0334", "school": "5D7A91E2", "list": "E3F2C9A7", "show": "2B16D0F8", "login": "9A41C3D5"}


@dataclass
class Art:
    path: str
    title: str
    when: datetime
    sid: int
    cid: int
    source: str = ""
    body: str = ""
    aid: int = 0
    hits: int = 0

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


# ---- the platform's content -------------------------------------------------------------------------------------


def platform_content():
    """{(sid, cid): [Art, newest first]} of the three schools' columns."""
    notice_heads = ("2019年春季学期开学", "清明节放假", "劳动节放假", "端午节放假", "开展防溺水安全教育", "期中质量检测安排",
                    "召开春季家长会", "开展消防安全疏散演练", "举行春季田径运动会", "暑假放假及假期安全", "秋季学期开学")  # fmt: skip
    notice_tails = ("的通知", "有关事项的通知", "的温馨提示")
    fee_heads = ("2019年春季学期", "2019年秋季学期", "2018年秋季学期", "2018年春季学期")
    fee_tails = ("服务性收费公示", "代收费项目公示", "作业本费收费标准公示")
    enrol_heads = ("2019年秋季一年级新生", "2019年七年级新生", "2019年秋季插班生")
    enrol_tails = ("招生简章", "报名须知", "入学登记公告")
    plan = {  # (sid, cid): (count, first day, step in days)
        (5, 3): (31, "2019-06-21 16:40", 4),
        (5, 4): (3, "2019-03-02 10:15", 60),
        (5, 7): (0, "2019-05-01 09:00", 1),
        (8, 3): (12, "2019-06-18 11:05", 9),
        (8, 4): (4, "2019-02-27 15:30", 45),
        (8, 7): (2, "2019-05-20 08:45", 21),
        (11, 3): (5, "2019-06-12 17:20", 17),
        (11, 4): (1, "2019-03-04 14:00", 1),
        (11, 7): (2, "2019-06-05 10:30", 12),
    }
    sources = {3: ("校办", "教务处", "德育处", "总务处"), 4: ("总务处", "财务室"), 7: ("招生办", "教务处")}
    columns = {}
    for (sid, cid), (n, start, step) in plan.items():
        school = SCHOOLS[sid]
        if cid == 3:
            names = titles(notice_heads[sid % 4 :] + notice_heads[: sid % 4], notice_tails, n, f"{school}关于{{}}{{}}")
        elif cid == 4:
            names = titles(fee_heads, fee_tails, n, f"{school}{{}}{{}}")
        else:
            names = titles(enrol_heads[sid % 3 :] + enrol_heads[: sid % 3], enrol_tails, n, f"{school}{{}}{{}}")
        columns[(sid, cid)] = [Art("", t, w, sid, cid, source=sources[cid][k % len(sources[cid])])
                               for k, (t, w) in enumerate(zip(names, days(start, n, step)))]  # fmt: skip
    arts = [a for column in columns.values() for a in column]
    numbered(arts, 2140)
    for k, a in enumerate(sorted(arts, key=lambda a: a.aid)):
        a.path = f"/Show.aspx?id={a.aid}"
        a.body = prose(a.title, SCHOOLS[a.sid], k)
        a.hits = 31 + (a.aid * 37) % 400
    return columns


# ---- the WebForms state fields ----------------------------------------------------------------------------------


def sign(body):
    return base64.b64encode(body + hmac.new(MACHINE_KEY, body, hashlib.sha1).digest()).decode()


def unsigned(value):
    """The body of a signed state field, or None when it is not one this server signed (the MAC check)."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (ValueError, TypeError):
        return None
    body, mac = raw[:-20], raw[-20:]
    if len(raw) < 24 or not body.startswith(b"\xff\x01"):
        return None
    return body if hmac.compare_digest(mac, hmac.new(MACHINE_KEY, body, hashlib.sha1).digest()) else None


def packed(n):
    """A LosFormatter int: 7 bits a byte, low first."""
    out = bytearray()
    while True:
        out.append((n & 0x7F) | (0x80 if n > 0x7F else 0))
        n >>= 7
        if not n:
            return bytes(out)


def view_state(kind, seed, page=None, keys=(), total=0):
    """A page's __VIEWSTATE: its control tree's state (the pager's CurrentPageIndex, the GridView's DataKeys), long,
    its own on every page and page number."""
    number = str(int(hashlib.md5(kind.encode()).hexdigest()[:8], 16) % 2_000_000_000).rjust(10, "1").encode()
    body = b"\xff\x01\x0f\x0f\x05\x0a" + number + b"\x0fd\x16\x02f\x0fd\x16\x02\x02\x03\x0fd\x16"
    body += b"".join(hashlib.sha1(f"{seed}:{i}".encode()).digest() + b"\x0fd\x16\x02" for i in range(6))
    if page is not None:
        body += b"\x02\x05\x0f\x0f\x16\x04\x1e\x10CurrentPageIndex\x02" + packed(page)
        body += b"\x1e\x0bRecordCount\x02" + packed(total)
        body += b"\x02\x0b\x0f<+\x00\x0d\x02\x00\x0f\x16\x02\x1e\x08DataKeys\x16" + packed(len(keys))
        body += b"".join(b"\x02" + packed(k) for k in keys)
    return sign(body + b"dd")


def posted_page(state):
    found = re.search(rb"CurrentPageIndex\x02([\x80-\xff]*[\x00-\x7f])", state)
    return None if found is None else sum((b & 0x7F) << (7 * i) for i, b in enumerate(found[1]))


def event_hash(target, argument):
    return zlib.crc32(f"{target}|{argument}".encode()) & 0x7FFFFFFF


def event_validation(kind, events=()):
    """__EVENTVALIDATION: the hashes of the page and of every postback event it rendered, signed."""
    hashes = [int(hashlib.md5(kind.encode()).hexdigest()[:7], 16), *(event_hash(t, a) for t, a in events)]
    return sign(b"\xff\x01\x16" + packed(len(hashes)) + b"".join(b"\x02" + packed(h) for h in hashes))


def validated(state):
    return {sum((b & 0x7F) << (7 * i) for i, b in enumerate(m)) for m in re.findall(rb"\x02([\x80-\xff]*[\x00-\x7f])",
                                                                                      state[4:])}  # fmt: skip


# ---- the master page --------------------------------------------------------------------------------------------


def master(kind, action, title, main, state, events=()):
    """The platform's master page around ``main``, inside the one WebForms form."""
    nav = "".join(f'<li><a href="School.aspx?sid={s}">{n.removeprefix(DISTRICT)}</a></li>' for s, n in SCHOOLS.items())
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd">\n\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><title>\n\t{title}\n</title><link href="css/style.css" rel="stylesheet" '
        'type="text/css" />\n<script src="js/jquery-1.8.3.min.js" type="text/javascript"></script>\n</head>\n<body>\n'
        f'    <form name="aspnetForm" method="post" action="{html.escape(action)}" id="aspnetForm">\n<div>\n'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />\n</div>\n\n'
        "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\nif (!theForm) {\n"
        "    theForm = document.aspnetForm;\n}\nfunction __doPostBack(eventTarget, eventArgument) {\n    if "
        "(!theForm.onsubmit || (theForm.onsubmit() != false)) {\n        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
        "\n\n<div>\n\n"
        f'\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{GENERATORS[kind]}" />\n'
        f'\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{event_validation(kind, events)}"'
        " />\n</div>\n"
        '    <div id="top"><div class="banner"><img src="images/banner.jpg" alt="" /><span class="site_name">'
        f'{PLATFORM}</span></div>\n    <div class="nav"><ul><li><a href="Default.aspx">平台首页</a></li>{nav}'
        '<li><a href="Admin/Login.aspx" target="_blank">管理登录</a></li></ul></div>\n'
        f'    <div class="today">今天是：<span id="ctl00_lblToday">2019年6月25日 星期二</span></div></div>\n'
        f'    <div id="main">\n{main}\n    </div>\n'
        f'    <div id="footer">主办：{DISTRICT}教育局 &nbsp;承办：{DISTRICT}教育信息中心 &nbsp;地址：{DISTRICT}文昌路66号'
        ' &nbsp;电话：0736-8821456<br />\n    <a href="http://beian.miit.gov.cn/" target="_blank">湘ICP备12034567号-2</a>'
        " &nbsp;建议使用IE8以上浏览器，分辨率1024*768</div>\n    </form>\n</body>\n</html>\n"
    )


def newest_box(title, arts):
    rows = "".join(f'<li><span class="date">{a.day}</span><a href="Show.aspx?id={a.aid}" title="{a.title}" '
                   f'target="_blank">{short(a.title, 22)}</a></li>\n' for a in arts)  # fmt: skip
    return f'<div class="box"><div class="box_title"><span>{title}</span></div><ul class="newlist">\n{rows}</ul></div>'


def school_menu(sid, columns, cid=None):
    on = ' class="on"'
    items = "".join(f'<li{on if c == cid else ""}><a href="List.aspx?sid={sid}&amp;cid={c}">{n}</a>'
                    f"({len(columns[(sid, c)])})</li>" for c, n in COLUMNS.items())  # fmt: skip
    return (f'<div class="left"><div class="box"><div class="box_title"><span>{SCHOOLS[sid]}</span></div>'
            f'<ul class="menu"><li><a href="School.aspx?sid={sid}">学校概况</a></li>{items}</ul></div></div>')  # fmt: skip


def location(*parts):
    crumbs = "".join(f' &gt; <a href="{u}">{t}</a>' if u else f" &gt; {t}" for t, u in parts)
    return f'<div class="location">当前位置：<a href="Default.aspx">首页</a>{crumbs}</div>'


def pager_events(k, n):
    args = {1} if k > 1 else set()
    args |= {k - 1} if k > 1 else set()
    args |= {i for i in range(1, n + 1) if i != k}
    args |= {k + 1, n} if k < n else set()
    return sorted((PAGER, str(i)) for i in args)


def pager(k, n, total):
    """AspNetPager 7 (postback mode, ShowCustomInfoSection="Left", AlwaysShow): the buttons post the form back."""

    def button(text, i, enabled):
        if not enabled:
            return f'<a disabled="disabled" style="margin-right:5px;">{text}</a>'
        return f"<a href=\"javascript:__doPostBack('{PAGER}','{i}')\" style=\"margin-right:5px;\">{text}</a>"

    numbers = "".join(f'<span style="margin-right:5px;font-weight:Bold;color:red;">{i}</span>' if i == k
                      else button(str(i), i, True) for i in range(1, n + 1))  # fmt: skip
    buttons = (button("首页", 1, k > 1) + button("上一页", k - 1, k > 1) + numbers + button("下一页", k + 1, k < n)
               + button("尾页", n, k < n))  # fmt: skip
    return (
        "<!-- AspNetPager 7.4.4 Copyright:2003-2013 Webdiyer (www.webdiyer.com) -->\n"
        '<div id="ctl00_ContentPlaceHolder1_AspNetPager1" class="anpager">\n'
        f'<div class="pagerinfo" style="width:40%;float:left;">\n\t共 {total} 条记录 第 {k}/{n} 页\n</div>'
        f'<div style="width:60%;float:left;">\n\t{buttons}\n</div>\n</div>\n'
        "<!-- AspNetPager 7.4.4 Copyright:2003-2013 Webdiyer (www.webdiyer.com) -->"
    )


def grid(arts, first):
    head = ('\t\t<tr class="gvhead">\n\t\t\t<th scope="col">序号</th><th scope="col">标题</th><th scope="col">发布日期</th>'
            '<th scope="col">浏览次数</th>\n\t\t</tr>')  # fmt: skip
    if not arts:
        rows = '<tr class="gvempty">\n\t\t\t<td colspan="4">暂无相关信息</td>\n\t\t</tr>'
    else:
        rows = "".join(
            f'<tr class="{"gvalt" if i % 2 else "gvrow"}">\n\t\t\t<td align="center">{first + i}</td><td align="left">'
            f'<a id="ctl00_ContentPlaceHolder1_GridView1_ctl{i + 2:02d}_hlTitle" title="{a.title}" '
            f'href="Show.aspx?id={a.aid}" target="_blank">{short(a.title, 28)}</a></td><td align="center">{a.day}</td>'
            f'<td align="center">{a.hits}</td>\n\t\t</tr>'
            for i, a in enumerate(arts)
        )
    return ('<div>\n\t<table class="gvlist" cellspacing="0" cellpadding="4" rules="rows" border="0" '
            'id="ctl00_ContentPlaceHolder1_GridView1" style="width:100%;border-collapse:collapse;">\n'
            f"{head}{rows}\n\t</table>\n</div>")  # fmt: skip


# ---- the server -------------------------------------------------------------------------------------------------


def query_of(path):
    """IIS and ASP.NET: a path's file in any case, its parameters by name in any case (the first of each)."""
    base, _, query = path.partition("?")
    params = {}
    for name, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
        params.setdefault(name.lower(), value)
    return base.lower(), params


USED = {"/show.aspx": ("id",), "/list.aspx": ("sid", "cid"), "/school.aspx": ("sid",)}


def asp_key(path):
    """The server's own reading of a URL: the file in any case, only the parameters the page reads."""
    base, params = query_of(path)
    base = "/default.aspx" if base == "/" else base
    kept = [(n, params[n]) for n in USED.get(base, ()) if n in params]
    return base + (f"?{urllib.parse.urlencode(kept)}" if kept else "")


def error_page(message, detail):
    return (f"<html>\n    <head>\n        <title>{message}</title>\n    </head>\n\n    <body bgcolor=\"white\">\n\n"
            "            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>\n\n"
            f"            <h2> <i>{message}</i> </h2></span>\n\n            <b> Description: </b>{detail}\n"
            "            <br><br>\n    </body>\n</html>")  # fmt: skip


VIEWSTATE_ERROR = ("The state information is invalid for this page and might be corrupted.",
                   "Validation of viewstate MAC failed.")  # fmt: skip
EVENT_ERROR = ("Invalid postback or callback argument.",
               "Event validation is enabled using &lt;pages enableEventValidation=\"true\"/&gt; in configuration.")  # fmt: skip


class Platform:
    """The platform as its IIS answers: GET and POST (the form's postback), pages made per request; every request
    kept in ``asked`` as (method, path, event argument, status, list page answered)."""

    def __init__(self):
        self.columns = platform_content()
        self.arts = {a.aid: a for column in self.columns.values() for a in column}
        self.home, self.asked, self.lock = "", [], threading.Lock()

    def truth(self):
        return {a.path: a for a in self.arts.values()}

    def answer(self, method, path, form=None):
        status, body, page = self.respond(method, path, form or {})
        argument = (form or {}).get("__EVENTARGUMENT") if method == "POST" else None
        with self.lock:
            self.asked.append((method, path, argument, status, page))
        return status, body.encode("utf-8"), "text/html; charset=utf-8"

    def respond(self, method, path, form):
        base, params = query_of(path)
        action = "./" + (path.lstrip("/") or "")
        posted = method == "POST" and ("__VIEWSTATE" in form or "__EVENTTARGET" in form)
        target, argument = form.get("__EVENTTARGET", ""), form.get("__EVENTARGUMENT", "")
        state = None
        if posted:
            state = unsigned(form.get("__VIEWSTATE", ""))
            if state is None:
                return 500, error_page(*VIEWSTATE_ERROR), None
            if target:
                events = unsigned(form.get("__EVENTVALIDATION", ""))
                if events is None or event_hash(target, argument) not in validated(events):
                    return 500, error_page(*EVENT_ERROR), None
        if base in ("/", "/default.aspx"):
            return 200, self.home_page(action), None
        if base == "/school.aspx" and params.get("sid", "").isdigit() and int(params["sid"]) in SCHOOLS:
            return 200, self.school_page(action, int(params["sid"])), None
        if base == "/list.aspx":
            sid, cid = params.get("sid", ""), params.get("cid", "")
            if sid.isdigit() and cid.isdigit() and (int(sid), int(cid)) in self.columns:
                arts = self.columns[(int(sid), int(cid))]
                n = max(1, -(-len(arts) // PER))
                k = 1
                if state is not None:
                    k = posted_page(state) or 1
                    if target == PAGER and argument.isdigit():
                        k = int(argument)
                k = min(max(k, 1), n)
                return 200, self.list_page(action, int(sid), int(cid), k), k
            return (
                200,
                "<script type=\"text/javascript\">alert('参数错误！');location.href='Default.aspx';</script>",
                None,
            )
        if base == "/show.aspx":
            a = self.arts.get(int(params["id"])) if params.get("id", "").isdigit() else None
            if a is None:
                return (
                    200,
                    "<script type=\"text/javascript\">alert('该信息不存在或已被删除！');history.back();</script>",
                    None,
                )
            return 200, self.show_page(action, a), None
        if base == "/admin/login.aspx":
            return 200, self.login_page(action), None
        return 404, ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
                     'strict.dtd">\n<html><head><title>404 - 找不到文件或目录。</title></head><body><div id="header"><h1>'
                     "服务器错误</h1></div><h2>404 - 找不到文件或目录。</h2></body></html>"), None  # fmt: skip

    def newest(self, arts, n):
        return sorted(arts, key=lambda a: a.when, reverse=True)[:n]

    def home_page(self, action):
        counts = {s: sum(len(v) for (sid, _), v in self.columns.items() if sid == s) for s in SCHOOLS}
        rows = "".join(f'<tr>\n\t\t\t<td><a href="School.aspx?sid={s}">{n}</a></td><td align="center">{counts[s]}</td>\n'
                       "\t\t</tr>" for s, n in SCHOOLS.items())  # fmt: skip
        schools = ('<div class="box"><div class="box_title"><span>学校导航</span></div><table cellspacing="0" '
                   'rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvSchool" style="border-collapse:collapse;">'
                   '\n\t\t<tr>\n\t\t\t<th scope="col">学校名称</th><th scope="col">公开信息数</th>\n\t\t</tr>'
                   f"{rows}\n\t</table></div>")  # fmt: skip
        intro = (f'<div class="box"><div class="box_title"><span>平台简介</span></div><p>　　为推进{DISTRICT}中小学校务公开'
                 "工作，规范办学行为，接受社会监督，区教育局建设了本平台。各学校通过平台及时公开招生、收费、财务等"
                 "信息。</p></div>")  # fmt: skip
        main = (f'<div class="left">{schools}{intro}</div><div class="right">'
                f'{newest_box("最新公开信息", self.newest(self.arts.values(), 8))}</div>')  # fmt: skip
        return master("default", action, PLATFORM, main, view_state("default", "home"))

    def school_page(self, action, sid):
        arts = [a for (s, _), v in self.columns.items() if s == sid for a in v]
        info = (f'<div class="box"><div class="box_title"><span>学校概况</span></div><div class="school_info">'
                f'<p>学校名称：<span id="ctl00_ContentPlaceHolder1_lblName">{SCHOOLS[sid]}</span></p>'
                f"<p>　　{SCHOOLS[sid]}创办于19{50 + sid}年，现有教学班{20 + sid}个，学生{900 + 37 * sid}人，教职工"
                f"{60 + 3 * sid}人。学校坚持依法办学、规范管理，全面推进校务公开。</p><p>学校地址：{DISTRICT}"
                f"育才路{sid * 7}号 &nbsp;联系电话：0736-88{sid:02d}321</p></div></div>")  # fmt: skip
        main = (f'{school_menu(sid, self.columns)}<div class="right">{location((SCHOOLS[sid], ""))}{info}'
                f'{newest_box("最新公开", self.newest(arts, 6))}</div>')  # fmt: skip
        return master("school", action, f"{SCHOOLS[sid]} - {PLATFORM}", main, view_state("school", f"school{sid}"))

    def list_page(self, action, sid, cid, k):
        arts = self.columns[(sid, cid)]
        n = max(1, -(-len(arts) // PER))
        rows = arts[(k - 1) * PER : k * PER]
        bar = pager(k, n, len(arts)) if arts else ""
        events = pager_events(k, n) if arts else ()
        main = (f'{school_menu(sid, self.columns, cid)}<div class="right">'
                f'{location((SCHOOLS[sid], f"School.aspx?sid={sid}"), (COLUMNS[cid], ""))}'
                f'<div class="box"><div class="box_title"><span>{COLUMNS[cid]}</span></div>\n{grid(rows, (k - 1) * PER + 1)}'
                f"\n{bar}\n</div></div>")  # fmt: skip
        state = view_state("list", f"list{sid}/{cid}", k, [a.aid for a in rows], len(arts))
        return master("list", action, f"{COLUMNS[cid]} - {SCHOOLS[sid]} - {PLATFORM}", main, state, events)

    def show_page(self, action, a):
        show = (
            f"{location((SCHOOLS[a.sid], f'School.aspx?sid={a.sid}'), (COLUMNS[a.cid], f'List.aspx?sid={a.sid}&amp;cid={a.cid}'), ('正文', ''))}"  # noqa: E501
            f'<div class="show"><div class="show_title"><span id="ctl00_ContentPlaceHolder1_lblTitle">{a.title}</span>'
            f'</div>\n<div class="show_info">发布时间：<span id="ctl00_ContentPlaceHolder1_lblDate">{a.day}</span>'
            f'&nbsp;&nbsp;来源：<span id="ctl00_ContentPlaceHolder1_lblSource">{a.source}</span>&nbsp;&nbsp;浏览次数：'
            f'<span id="ctl00_ContentPlaceHolder1_lblHits">{a.hits}</span></div>\n'
            f'<div id="ctl00_ContentPlaceHolder1_lblContent" class="show_content">{a.body}</div>\n'
            '<div class="show_tool">【<a href="javascript:window.print();">打印本页</a>】【<a '
            'href="javascript:window.close();">关闭窗口</a>】</div></div>'
        )
        main = f'{school_menu(a.sid, self.columns, a.cid)}<div class="right">{show}</div>'
        return master("show", action, f"{a.title} - {PLATFORM}", main, view_state("show", f"show{a.aid}"))

    def login_page(self, action):
        main = ('<div class="login"><p>用户名：<input name="ctl00$ContentPlaceHolder1$txtUser" type="text" '
                'id="ctl00_ContentPlaceHolder1_txtUser" /></p><p>密&nbsp;&nbsp;码：<input '
                'name="ctl00$ContentPlaceHolder1$txtPwd" type="password" id="ctl00_ContentPlaceHolder1_txtPwd" /></p>'
                '<p><input type="submit" name="ctl00$ContentPlaceHolder1$btnLogin" value="登 录" '
                'id="ctl00_ContentPlaceHolder1_btnLogin" /></p></div>')  # fmt: skip
        return master("login", action, f"管理登录 - {PLATFORM}", main, view_state("login", "login"))

    def report(self):
        """What the log shows: requests by method, list pages answered, postbacks and their answers."""
        with self.lock:
            asked = list(self.asked)
        methods = Counter(m for m, *_ in asked)
        lists = Counter((asp_key(p), page) for m, p, _, s, page in asked if page is not None)
        posts = [(p, arg, s, page) for m, p, arg, s, page in asked if m == "POST"]
        pages = ", ".join(f"{k} p{page}×{n}" for (k, page), n in sorted(lists.items()))
        return (f"server: {dict(methods)} requests; list pages answered: {pages}\npostbacks: {posts[:20]}"
                f" (of {len(posts)})\nerrors: {[(m, p, s) for m, p, _, s, _ in asked if s >= 400][:20]}\n")  # fmt: skip


def serving(platform):
    """The platform on a threaded loopback server answering GET, HEAD and POST with IIS's headers."""

    def respond(request):
        form = {}
        for name, value in urllib.parse.parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True):
            form.setdefault(name, value)
        method = "POST" if request.command == "POST" else "GET"
        status, body, ctype = platform.answer(method, request.path, form if method == "POST" else None)
        headers = {"Content-Type": ctype, "Cache-Control": "private", "Server": "Microsoft-IIS/7.5",
                   "X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"}  # fmt: skip
        return status, body, headers

    return serve(respond)


# ---- a browser's walk -------------------------------------------------------------------------------------------


class PageParts(HTMLParser):
    """A page's links, its form's action and the fields a browser submits with it."""

    def __init__(self):
        super().__init__()
        self.links, self.action, self.fields = [], None, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form" and self.action is None:
            self.action = attrs.get("action") or ""
        elif tag == "input" and attrs.get("name") and attrs.get("type", "text") in ("hidden", "text", "password"):
            self.fields[attrs["name"]] = attrs.get("value") or ""


POSTBACK = re.compile(r"^javascript:__doPostBack\('([^']*)','([^']*)'\)$")
BASE = "http://qhjy.test"


def walk(platform, postbacks=True):
    """The Show.aspx pages a browser reaches from the home page, following links and (``postbacks``) the
    ``__doPostBack`` links as the page's script does: the form's fields, __EVENTTARGET and __EVENTARGUMENT set,
    POSTed to the form's action."""
    reached, seen_pages, fetched = set(), set(), set()
    queue = [("GET", "/", None)]
    while queue:
        method, path, form = queue.pop(0)
        status, body, _ = platform.answer(method, path, form)
        text = body.decode("utf-8")
        if status != 200 or text in seen_pages:
            continue
        seen_pages.add(text)
        if asp_key(path).startswith("/show.aspx") and "lblContent" in text:
            reached.add(asp_key(path))
        parts = PageParts()
        parts.feed(text)
        for href in parts.links:
            call = POSTBACK.match(href)
            if call and postbacks and parts.action is not None:
                target = urllib.parse.urljoin(BASE + path, parts.action)[len(BASE) :]
                queue.append(("POST", target, {**parts.fields, "__EVENTTARGET": call[1], "__EVENTARGUMENT": call[2]}))
                continue
            url = urllib.parse.urljoin(BASE + path, href)
            if url.startswith(BASE + "/") and asp_key(url[len(BASE) :]) not in fetched:
                fetched.add(asp_key(url[len(BASE) :]))
                queue.append(("GET", url[len(BASE) :], None))
    return reached


def paged_away(platform):
    """The articles only on a list's page 2 or later."""
    return {asp_key(a.path) for column in platform.columns.values() for a in column[PER:]}


# ---- the fixture is the site it claims to be --------------------------------------------------------------------


def get(platform, path):
    status, body, _ = platform.answer("GET", path)
    return status, body.decode("utf-8")


def post(platform, path, page, **fields):
    parts = PageParts()
    parts.feed(page)
    status, body, _ = platform.answer("POST", path, {**parts.fields, **fields})
    return status, body.decode("utf-8")


def test_the_platform_is_the_site_it_claims_to_be():
    platform = Platform()
    truth = platform.truth()
    assert len(truth) == 60 and len({a.title for a in truth.values()}) == 60
    assert all(re.fullmatch(r"/Show\.aspx\?id=\d{4}", p) for p in truth)
    status, first = get(platform, "/List.aspx?sid=5&cid=3")
    assert status == 200 and first.count('<form name="aspnetForm" method="post"') == 1
    assert 'action="./List.aspx?sid=5&amp;cid=3" id="aspnetForm"' in first
    for field in ("__EVENTTARGET", "__EVENTARGUMENT", "__VIEWSTATE", "__VIEWSTATEGENERATOR", "__EVENTVALIDATION"):
        assert f'<input type="hidden" name="{field}" id="{field}" value="' in first
    assert 'name="__EVENTTARGET" id="__EVENTTARGET" value=""' in first and 'id="__VIEWSTATE" value="/wEP' in first
    assert "theForm.__EVENTTARGET.value = eventTarget;" in first and 'id="ctl00_ContentPlaceHolder1_GridView1"' in first
    assert ('共 31 条记录 第 1/4 页\n</div><div style="width:60%;float:left;">\n\t<a disabled="disabled" '
            'style="margin-right:5px;">首页</a><a disabled="disabled" style="margin-right:5px;">上一页</a><span '
            "style=\"margin-right:5px;font-weight:Bold;color:red;\">1</span><a href=\"javascript:__doPostBack("
            "'ctl00$ContentPlaceHolder1$AspNetPager1','2')\" style=\"margin-right:5px;\">2</a>") in first  # fmt: skip
    assert ">下一页</a>" in first and "__doPostBack('ctl00$ContentPlaceHolder1$AspNetPager1','4')\" " in first
    assert "Show.aspx?id=" in first and "page=" not in first and "List.aspx?sid=5&amp;cid=3&amp;" not in first
    # a GET answers page 1 whatever it carries
    for path in (
        "/list.aspx?CID=3&SID=5",
        "/List.aspx?sid=5&cid=3&page=2",
        "/List.aspx?sid=5&cid=3&AspNetPager1=2",
        "/List.aspx?sid=5&cid=3&__EVENTARGUMENT=2&__EVENTTARGET=ctl00%24ContentPlaceHolder1%24AspNetPager1",
    ):
        assert "第 1/4 页" in get(platform, path)[1], path
    # the postback: page 2 from page 1, page 4 from page 2, each with a view state of its own
    status, second = post(platform, "/List.aspx?sid=5&cid=3", first, __EVENTTARGET=PAGER, __EVENTARGUMENT="2")
    assert (
        status == 200
        and "共 31 条记录 第 2/4 页" in second
        and '<span style="margin-right:5px;font-weight:Bold;color:red;">2<' in second
    )
    status, fourth = post(platform, "/List.aspx?sid=5&cid=3", second, __EVENTTARGET=PAGER, __EVENTARGUMENT="4")
    assert status == 200 and "第 4/4 页" in fourth and fourth.count('_hlTitle" title=') == 1
    views = [re.search(r'id="__VIEWSTATE" value="([^"]+)"', p)[1] for p in (first, second, fourth)]
    assert len(set(views)) == 3 and all(len(v) > 200 for v in views)
    rows = [set(re.findall(r'href="Show\.aspx\?id=(\d+)"', p)) for p in (first, second)]
    assert len(rows[0]) == len(rows[1]) == 10 and not rows[0] & rows[1]
    # ASP.NET's checks: the view state present and signed, the event one the posted-from page rendered
    bad = {"__EVENTTARGET": PAGER, "__EVENTARGUMENT": "2"}
    assert post(platform, "/List.aspx?sid=5&cid=3", first, **bad, __VIEWSTATE="")[0] == 500
    assert post(platform, "/List.aspx?sid=5&cid=3", first, **bad, __VIEWSTATE=views[0][:-8] + "AAAAAAA=")[0] == 500
    status, body, _ = platform.answer("POST", "/List.aspx?sid=5&cid=3", bad)
    assert status == 500 and "The state information is invalid" in body.decode()
    assert post(platform, "/List.aspx?sid=5&cid=3", first, __EVENTTARGET=PAGER, __EVENTARGUMENT="1")[0] == 500
    assert post(platform, "/List.aspx?sid=5&cid=3", first, __EVENTTARGET=PAGER, __EVENTARGUMENT="5")[0] == 500
    # one-page and empty columns
    one = get(platform, "/List.aspx?sid=8&cid=4")[1]
    assert "共 4 条记录 第 1/1 页" in one and "__doPostBack('ctl00" not in one
    empty = get(platform, "/List.aspx?sid=5&cid=7")[1]
    assert "暂无相关信息" in empty and "AspNetPager1" not in empty
    a = truth["/Show.aspx?id=2140"]
    page = get(platform, "/show.aspx?ID=2140")[1]
    assert f'发布时间：<span id="ctl00_ContentPlaceHolder1_lblDate">{a.day}</span>' in page
    assert '<div id="ctl00_ContentPlaceHolder1_lblContent" class="show_content">' in page and "上一篇" not in page
    assert get(platform, "/Show.aspx?id=9")[0] == 200 and get(platform, "/Item/2140.aspx")[0] == 404


def test_a_browser_reaches_every_article_and_links_alone_do_not():
    platform = Platform()
    truth = {asp_key(p) for p in platform.truth()}
    away = paged_away(platform)
    assert len(away) == 21 + 2
    assert walk(platform) == truth, "a browser posting the pager's form reaches every article"
    by_links = walk(Platform(), postbacks=False)
    assert by_links == truth - away, "GET links alone reach every article on a list's first page, none after it"


# ---- the crawl and what it must archive -------------------------------------------------------------------------


@dataclass
class Archived:
    crawled: Crawled
    rows: Counter  # asp_key: how many archive rows


@pytest.fixture(scope="module")
def archived(tmp_path_factory):
    platform = Platform()
    db = tmp_path_factory.mktemp("aspnet_postback") / "disclosure.db"
    with serving(platform) as url:
        platform.home = url
        proc = cron(url, db, timeout=300)
    conn = sqlite3.connect(db)
    try:
        found = [(asp_key(re.sub(r"^http://[^/]+", "", u)), t, (p or "")[:10])
                 for u, t, p in conn.execute("select url, title, published from articles")]  # fmt: skip
    finally:
        conn.close()
    truth = {asp_key(p): a for p, a in platform.truth().items()}
    log = platform.report() + proc.stdout[-3000:] + proc.stderr[-6000:]
    return Archived(Crawled("aspnet_postback", truth, {k: (t, d) for k, t, d in found}, log),
                    Counter(k for k, _, _ in found))  # fmt: skip


def test_the_archive_holds_exactly_the_sites_articles(archived):
    check_exact_articles(archived.crawled)


def test_each_article_is_archived_once(archived):
    twice = {k: n for k, n in archived.rows.items() if n > 1}
    assert twice == {}, f"archived more than once: {twice}"


def test_each_archived_article_has_its_title_and_day(archived):
    check_titles_and_days(archived.crawled)
