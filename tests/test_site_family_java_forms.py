"""Whole sites of two Java disclosure platforms whose navigation goes through HTML forms, written by hand after the
public markup of Struts and Spring MVC pagers (JSP ``pageForm`` / ``gotoPage``, ``listForm`` / ``turnPage``) and
crawled with nothing but the home page's address: a district 校务公开 (school-affairs disclosure) platform on Struts
(/xwgk/*.do) and a county government's 信息公开 site on Spring MVC (/gkml/*.action). The archive must hold exactly
the articles each site was generated with, each with its title and its day.

* 校务公开 (Struts): the home page chooses a school with a form and nothing else: ``<form action="/xwgk/school.do"
  method="get">`` around ``<select name="schoolId">`` (the schools by 学段 in ``<optgroup>``s, ``<option
  value="3">``) and a ``<input type="submit" value="进入">`` button; no link, no onchange, no script names a
  school's page. Its 最新公开 box links the six newest articles. A school's page /xwgk/school.do?schoolId=3 (its
  profile, undated) links its three categories, 党务公开, 校务公开 and 财务公开, /xwgk/list.do?schoolId=3&catId=2
  (some empty: 暂无信息, 共 0 页 0 条). A list (eight rows a page, ``<li><a href="/xwgk/detail.do?id=5123"
  title=…>…</a><span class="date">2022-03-05</span></li>``) is paged by a GET form: ``<form id="pageForm"
  name="pageForm" action="/xwgk/list.do" method="get">`` with hidden ``schoolId``, ``catId`` and ``pageNo``
  inputs, pager links ``<a href="javascript:gotoPage(2)">2</a>`` … 下一页 尾页, the text ``共 3 页 19 条`` and the
  page's own ``function gotoPage(n){ document.getElementById('pageNo').value = n;
  document.getElementById('pageForm').submit(); }``: page 2 is /xwgk/list.do?schoolId=3&catId=2&pageNo=2, an
  address no page writes. Articles /xwgk/detail.do?id=5123: ``<h1 class="art-title">``, ``发布时间：2022-03-05
  来源：…　访问次数：…``, the body, PDF attachments (not records); their breadcrumb names school and category
  without linking them. 平台简介 (/xwgk/about.do) is an undated page, not an article.
* 信息公开 (Spring MVC): an ordinary left menu of the 公开目录 (通知公告 catId=1, 政策文件 2, 人事信息 3, 财政资金
  4, 规划计划 5: /gkml/list.action?catId=1) on every page; the home page's 最新信息 box links the five newest. A
  list is a table 序号 | 标题 | 发布日期 (six rows a page, 序号 running on across pages) whose pager POSTs: ``<form
  name="listForm" method="post" action="/gkml/list.action">`` with hidden ``catId`` and ``currentPage`` inputs,
  links ``<a href="#" onclick="turnPage(3);return false;">3</a>`` (首页 上一页 numbers 下一页 末页, ``共 17 条记录
  每页 6 条 第 1/3 页``) and ``function turnPage(p){ document.listForm.currentPage.value=p;
  document.listForm.submit(); }``. The server answers the POST (catId=1&currentPage=3 in its body) with page 3,
  and a GET of /gkml/list.action?catId=1&currentPage=3 the same way, as Spring binds both. Articles
  /gkml/detail.action?id=ff808081… (32 hex digits, Hibernate's uuid): the 信息公开 head table (索引号, 信息分类,
  发布机构, 发布日期, 名称), ``<div class="xxgk-title">``, the body, PDF attachments. 信息公开指南 and 信息公开制度
  are undated pages, not articles.

Neither site is a static replica: both run on a small threaded loopback server of this file that answers GETs and
form POSTs (the body's parameters bound as a query's), the parameters in any order; archived URLs are compared with
their query's parameters sorted. A setup test walks each site as a browser does (following links, choosing every
school and submitting the forms the pages' own scripts submit) and must reach every article before the crawl is
judged. No page is copied from a real site: names, hosts and numbers are made up."""

import re
import sqlite3
import threading
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

import lxml.html
import pytest
from site_fixtures import (
    IMAGE,
    Crawled,
    check_exact_articles,
    check_titles_and_days,
    days,
    html_pages,
    numbered,
    pdf,
    prose,
    query_key,
    short,
    titles,
)

from jiangbei_crawler.testing import cron, serve

JS = (200, b"/* lib */", "application/javascript")
ON, CUR = ' class="on"', ' class="cur"'  # the current menu item
CSS = (200, b"/* css */", "text/css")


@dataclass
class Art:
    path: str  # the article's URL path and query
    title: str
    when: datetime
    unit: str = ""  # 来源 / 发布机构
    body: str = ""
    aid: int = 0
    files: tuple = ()  # (url, name) of its attachments
    cat: int = 0
    views: int = 0
    serial: str = ""

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def pages_of(count, per):
    return max(1, -(-count // per))


# ---- a Java server: GETs and form POSTs, the parameters in any order ----------------------------------------------


class FormServer:
    """A site ({path: page}) as a Struts or Spring MVC server answers it: a request's parameters, from its query and
    (for a POST) its urlencoded body alike, in any order; pages as UTF-8 HTML. Every request kept in ``asked``."""

    def __init__(self, site):
        self.pages = {query_key(p): v for p, v in site.items()}
        self.asked = []  # (method, key)
        self.lock = threading.Lock()

    @staticmethod
    def key(method, target, body=b""):
        base, _, query = target.partition("?")
        pairs = parse_qsl(query, keep_blank_values=True)
        if method == "POST":
            pairs += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
        return query_key(base + (f"?{urlencode(pairs)}" if pairs else ""))

    def answer(self, method, target, body=b"", record=True):
        key = self.key(method, target, body)
        if record:
            with self.lock:
                self.asked.append((method, key))
        entry = self.pages.get(key)
        if entry is None:
            return key, (404, b"<html><body><h1>HTTP Status 404</h1></body></html>", "text/html;charset=UTF-8")
        if isinstance(entry, str):
            return key, (200, entry.encode("utf-8"), "text/html;charset=UTF-8")
        return key, entry


def form_site(server):
    """``server`` on a loopback port, answering POSTs too: yields its base URL."""
    return serve(lambda request: server.answer(request.command, request.path, request.body)[1])


def crawl_form_site(name, server, truth, db):
    """crawl_site's work on a FormServer: the site crawled from its home page alone; what the archive holds."""
    with form_site(server) as url:
        proc = cron(url, db, timeout=300)
    conn = sqlite3.connect(db)
    try:
        got = {
            query_key(re.sub(r"^http://[^/]+", "", u)): (t, (p or "")[:10])
            for u, t, p in conn.execute("select url, title, published from articles")
        }
    finally:
        conn.close()
    posts = sorted({k for m, k in server.asked if m == "POST"})
    lists = sorted({k for _, k in server.asked if "/list." in k})
    asked = f"\nPOSTs: {len(posts)} {posts[:8]}\nlist pages asked ({len(lists)}):\n" + "\n".join(lists)
    return Crawled(name, {query_key(p): a for p, a in truth.items()}, got,
                   proc.stdout[-3000:] + proc.stderr[-5000:] + asked)  # fmt: skip


# ---- a browser's walk: links followed, schools chosen, the forms the pages' scripts submit submitted ---------------

FUNCTION = re.compile(r"function\s+(\w+)\s*\(\s*(\w+)\s*\)\s*\{([^{}]*)\}")
CALL = re.compile(r"^\s*(?:javascript:)?\s*(\w+)\(\s*'?(\d+)'?\s*\)")


def script_action(body, arg):
    """What a pager function does with its argument: (how the form is found, its name or id, the field set)."""
    by_id = re.search(rf"document\.getElementById\(\s*['\"](\w+)['\"]\s*\)\.value\s*=\s*{arg}\b", body)
    by_name = re.search(rf"document\.(\w+)\.(\w+)\.value\s*=\s*{arg}\b", body)
    form_id = re.search(r"document\.getElementById\(\s*['\"](\w+)['\"]\s*\)\.submit\(\)", body)
    form_name = re.search(r"document\.(\w+)\.submit\(\)", body)
    if by_id and form_id:
        return "id", form_id.group(1), ("id", by_id.group(1))
    if by_name and form_name and by_name.group(1) == form_name.group(1):
        return "name", form_name.group(1), ("name", by_name.group(2))
    return None


def submission(form, page_url, values):
    """(method, target, body) of ``form`` submitted with ``values`` [(name, value)], as a browser sends it."""
    action = urlsplit(urljoin(page_url, form.get("action") or page_url))
    data = urlencode(values)
    if (form.get("method") or "get").lower() == "post":
        return "POST", action.path + (f"?{action.query}" if action.query else ""), data.encode()
    return "GET", action.path + (f"?{data}" if data else ""), b""


def form_fields(form):
    """A form's successful controls in document order (a select: its chosen or first option)."""
    out = []
    for el in form.iter("input", "select", "textarea"):
        name, kind = el.get("name"), (el.get("type") or "text").lower()
        if not name or kind in ("submit", "button", "image", "reset") or el.get("disabled") is not None:
            continue
        if kind in ("checkbox", "radio") and el.get("checked") is None:
            continue
        if el.tag == "select":
            options = list(el.iter("option"))
            chosen = [o for o in options if o.get("selected") is not None] or options[:1]
            out += [(name, o.get("value", o.text_content())) for o in chosen]
        else:
            out.append((name, el.get("value") or (el.text or "" if el.tag == "textarea" else "")))
    return out


def browse(server, forms=True):
    """Every page a browser reaches from the home page: {key: how it was first reached ("GET" or "POST")}. With
    ``forms`` the walker also picks every option of a form's select and submits it, and runs the pager functions
    of the page's own script (the field they set, the form they submit); without, it follows hrefs alone."""
    base = "http://site.test"
    reached, queue = {}, deque([("GET", "/", b"")])
    while queue:
        method, target, body = queue.popleft()
        key, (status, content, ctype) = server.answer(method, target, body, record=False)
        if key in reached:
            continue
        reached[key] = method if status == 200 else status
        if status != 200 or "html" not in ctype:
            continue
        url = base + target
        doc = lxml.html.fromstring(content.decode("utf-8"))
        for el in doc.iter("a", "link", "img", "script"):
            href = (el.get("href") or el.get("src") or "").strip()
            if href and not href.lower().startswith(("javascript:", "#", "mailto:")):
                parts = urlsplit(urljoin(url, href))
                if parts.netloc == "site.test":
                    queue.append(("GET", parts.path + (f"?{parts.query}" if parts.query else ""), b""))
        if not forms:
            continue
        for form in doc.iter("form"):
            for select in form.iter("select"):
                for option in select.iter("option"):
                    if option.get("value"):
                        values = [(n, option.get("value") if n == select.get("name") else v)
                                  for n, v in form_fields(form)]  # fmt: skip
                        queue.append(submission(form, url, values))
        functions = {}
        for script in doc.iter("script"):
            for name, arg, code in FUNCTION.findall(script.text or ""):
                functions[name] = script_action(code, arg)
        for el in doc.iter():
            if not isinstance(el.tag, str):
                continue
            call = CALL.match(el.get("onclick") or "") or CALL.match(el.get("href") or "")
            if not call or not functions.get(call.group(1)):
                continue
            how, form_ref, (field_how, field) = functions[call.group(1)]
            form = next(f for f in doc.iter("form") if f.get(how) == form_ref)
            target_el = next(e for e in form.iter("input") if e.get(field_how) == field)
            values = [(n, call.group(2) if n == target_el.get("name") else v) for n, v in form_fields(form)]
            queue.append(submission(form, url, values))
    return reached


# ---- 1. a district 校务公开 platform on Struts: schools chosen by a form, lists paged by a form -------------------

XW_BUREAU = "桐岭区教育局"
XW_NAME = "桐岭区中小学校务公开平台"
XW_PER = 8
XW_CATS = {1: "党务公开", 2: "校务公开", 3: "财务公开"}
# schoolId, name, 学段, {catId: rows}
XW_SCHOOLS = (
    (3, "桐岭区实验小学", "小学", {1: 5, 2: 19, 3: 9}),
    (5, "桐岭区第二中学", "初中", {1: 0, 2: 11, 3: 4}),
    (8, "桐岭区凤鸣小学", "小学", {1: 3, 2: 9, 3: 0}),
    (11, "桐岭区城南幼儿园", "幼儿园", {1: 0, 2: 6, 3: 3}),
)
XW_HEADS = ("2021年秋季学期", "2022年春季学期", "2022年第一季度", "2022年第二季度", "2022年度", "2022学年第一学期",
            "2023年春季学期")  # fmt: skip
XW_TAILS = {
    1: ("党支部主题党日活动情况", "党风廉政建设工作安排", "发展党员工作公示", "“三会一课”开展情况"),
    2: ("课后服务实施方案", "学生作息时间安排", "校园安全工作制度", "教辅材料征订情况公示", "评优评先结果公示"),
    3: ("公用经费使用情况", "学生资助资金发放公示", "食堂收支情况", "预算执行情况"),
}
XW_PAGER_SCRIPT = (
    '<script type="text/javascript">\n'
    "function gotoPage(n){ document.getElementById('pageNo').value = n; "
    "document.getElementById('pageForm').submit(); }\n</script>\n"
)


def nick(name):
    return name.removeprefix("桐岭区")


def xw_list_url(sid, cat, k=1):
    base = f"/xwgk/list.do?schoolId={sid}&catId={cat}"
    return base if k == 1 else f"{base}&pageNo={k}"


def xw_page(title, body):
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        f"<title>{title}</title>\n"
        '<link href="/xwgk/css/style.css" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="/xwgk/js/jquery-1.8.3.min.js"></script>\n'
        "</head>\n<body>\n"
        f'<div class="header"><div class="wrap"><img src="/xwgk/images/logo.png" alt="{XW_NAME}" /></div></div>\n'
        '<div class="nav"><div class="wrap"><a href="/xwgk/index.do">首页</a><a href="/xwgk/about.do">平台简介</a>'
        "</div></div>\n"
        f'<div class="wrap main">\n{body}\n</div>\n'
        f'<div class="footer">主办单位：{XW_BUREAU}　技术支持：桐岭区教育信息中心<br />{XW_BUREAU} 版权所有　'
        "浙ICP备17045213号-2</div>\n</body>\n</html>"
    )


def xw_crumb(*parts):
    crumbs = "".join(f' &gt; <a href="{u}">{t}</a>' if u else f" &gt; {t}" for t, u in parts)
    return f'<div class="crumb">当前位置：<a href="/xwgk/index.do">首页</a>{crumbs}</div>'


def xw_menu(sid, current=None):
    lis = "".join(f'<li{ON if c == current else ""}><a href="/xwgk/list.do?schoolId={sid}&amp;catId={c}">'
                  f"{n}</a></li>" for c, n in XW_CATS.items())  # fmt: skip
    return f'<div class="left"><h3>公开类别</h3><ul class="catmenu">{lis}</ul></div>'


def xw_pager(sid, cat, count, k):
    pages = -(-count // XW_PER)

    def go(n, label):
        return f'<a href="javascript:gotoPage({n})">{label}</a>'

    def off(label):
        return f'<span class="disabled">{label}</span>'

    if count == 0:
        links = ""
    else:
        nums = " ".join(f'<span class="current">{n}</span>' if n == k else go(n, n) for n in range(1, pages + 1))
        links = (
            f"{go(1, '首页') if k > 1 else off('首页')} {go(k - 1, '上一页') if k > 1 else off('上一页')} {nums} "
            f"{go(k + 1, '下一页') if k < pages else off('下一页')} {go(pages, '尾页') if k < pages else off('尾页')}"
        )
    return (
        '<form id="pageForm" name="pageForm" action="/xwgk/list.do" method="get">\n'
        f'<input type="hidden" name="schoolId" value="{sid}" />\n'
        f'<input type="hidden" name="catId" value="{cat}" />\n'
        f'<input type="hidden" id="pageNo" name="pageNo" value="{k}" />\n'
        f'<div class="pagination">共 {pages if count else 0} 页 {count} 条　当前第 {k if count else 0} 页　{links}</div>\n'
        f"</form>\n{XW_PAGER_SCRIPT}"
    )


def xw_row(a):
    return (f'<li><a href="/xwgk/detail.do?id={a.aid}" target="_blank" title="{a.title}">{short(a.title, 26)}</a>'
            f'<span class="date">{a.day}</span></li>\n')  # fmt: skip


def xw_article(a, school, cat):
    files = "".join(f'<p><a href="{u}" target="_blank">{n}</a></p>' for u, n in a.files)
    files = f'<div class="art-files"><b>附件：</b>{files}</div>\n' if files else ""
    body = (
        f"{xw_crumb((school, ''), (XW_CATS[cat], ''), ('正文', ''))}\n"
        f'<div class="article">\n<h1 class="art-title">{a.title}</h1>\n'
        f'<div class="art-info">发布时间：{a.day}　来源：{a.unit}　访问次数：{a.views}</div>\n'
        f'<div class="art-content">{a.body}</div>\n{files}'
        '<div class="art-tools"><a href="javascript:window.print();">【打印本页】</a> '
        '<a href="javascript:window.close();">【关闭窗口】</a></div>\n</div>'
    )
    return xw_page(f"{a.title} - {XW_NAME}", body)


def xiaowu_site():
    site, arts, listed = {}, [], {}
    for n, (sid, name, _, cats) in enumerate(XW_SCHOOLS):
        for m, (cat, count) in enumerate(cats.items()):
            start = f"2023-0{6 - n}-{26 - 5 * m} {8 + m}:{10 + 11 * n}"
            rows = [Art("", t, w, unit=name, cat=cat)
                    for t, w in zip(titles(XW_HEADS, XW_TAILS[cat], count, nick(name) + "{}{}"),
                                    days(start, count, 9 + n + 3 * m))]  # fmt: skip
            listed[(sid, cat)] = rows
            arts += rows
    numbered(arts, 5120, 3)
    for k, a in enumerate(arts):
        a.path = f"/xwgk/detail.do?id={a.aid}"
        a.body = prose(a.title, a.unit, k)
        a.views = 40 + (a.aid * 31) % 700
        if a.cat == 3 or k % 5 == 2:
            url = f"/upload/xwgk/{a.when:%Y%m}/{a.aid}{k:03d}.pdf"
            a.files += ((url, f"{a.title}.pdf"),)
            site[url] = pdf(url)
    for sid, name, stage, cats in XW_SCHOOLS:
        for cat, count in cats.items():
            rows = listed[(sid, cat)]
            for k in range(1, pages_of(count, XW_PER) + 1):
                chunk = rows[(k - 1) * XW_PER : k * XW_PER]
                listing = f'<ul class="xwgk-list">\n{"".join(map(xw_row, chunk))}</ul>' if chunk else (
                    '<div class="nodata">暂无信息</div>')  # fmt: skip
                body = (
                    f"{xw_crumb((name, f'/xwgk/school.do?schoolId={sid}'), (XW_CATS[cat], ''))}\n"
                    f'{xw_menu(sid, cat)}\n<div class="right"><div class="right-t">{name} · {XW_CATS[cat]}</div>\n'
                    f"{listing}\n{xw_pager(sid, cat, count, k)}</div>"
                )
                page = xw_page(f"{XW_CATS[cat]} - {name} - {XW_NAME}", body)
                site[f"/xwgk/list.do?schoolId={sid}&catId={cat}&pageNo={k}"] = page
                if k == 1:
                    site[xw_list_url(sid, cat)] = page
            for a in rows:
                site[a.path] = xw_article(a, name, cat)
        body = (
            f"{xw_crumb((name, ''))}\n{xw_menu(sid)}\n"
            f'<div class="right"><div class="school-info"><img src="/upload/xwgk/logo/{sid}.jpg" alt="{name}" />'
            f"<h2>{name}</h2><p>学段：{stage}　地址：桐岭区望江路{sid * 13}号　电话：0571-8612{sid:04d}</p>"
            f"<p>　　{name}是{XW_BUREAU}直属公办{stage}，现有教学班{12 + sid}个，在校学生{480 + 37 * sid}人，"
            f'教职工{40 + 3 * sid}人。</p></div>\n<p class="tip">请在左侧选择公开类别查看。</p></div>'
        )
        site[f"/xwgk/school.do?schoolId={sid}"] = xw_page(f"{name} - {XW_NAME}", body)
        site[f"/upload/xwgk/logo/{sid}.jpg"] = IMAGE
    groups = {}
    for sid, name, stage, _ in XW_SCHOOLS:
        groups.setdefault(stage, []).append(f'<option value="{sid}">{name}</option>')
    options = "".join(f'<optgroup label="{stage}">{"".join(o)}</optgroup>' for stage, o in groups.items())
    newest = sorted(arts, key=lambda a: a.when, reverse=True)[:6]
    news = "".join(f'<li><span class="tag">[{nick(a.unit)}]</span><a href="{a.path}" target="_blank" '
                   f'title="{a.title}">{short(a.title, 24)}</a><span class="date">{a.day}</span></li>\n'
                   for a in newest)  # fmt: skip
    home = (
        '<div class="banner"><img src="/xwgk/images/banner.jpg" alt="" /></div>\n'
        '<div class="school-select"><form action="/xwgk/school.do" method="get" name="schoolForm" id="schoolForm">\n'
        '<label for="schoolId">选择学校：</label><select name="schoolId" id="schoolId">'
        f'<option value="">--请选择学校--</option>{options}</select>\n'
        '<input type="submit" value="进入" class="btn-enter" />\n</form></div>\n'
        f'<div class="box"><div class="box-t"><h3>最新公开</h3></div><ul class="newest">\n{news}</ul></div>\n'
        f'<div class="box"><div class="box-t"><h3>平台简介</h3></div><p>　　{XW_NAME}集中公开区属中小学、幼儿园的'
        "党务、校务和财务信息，请在上方选择学校后进入查看。</p></div>"
    )
    site["/"] = site["/xwgk/index.do"] = xw_page(XW_NAME, home)
    site["/xwgk/about.do"] = xw_page(f"平台简介 - {XW_NAME}", (
        f'{xw_crumb(("平台简介", ""))}<div class="article"><p>　　{XW_NAME}由{XW_BUREAU}建设，2021年9月上线，'
        "集中公开全区各中小学、幼儿园的党务、校务和财务信息。</p><p>　　监督电话：0571-86120000</p></div>"))  # fmt: skip
    site["/xwgk/js/jquery-1.8.3.min.js"] = JS
    site["/xwgk/css/style.css"] = CSS
    for path in ("/xwgk/images/logo.png", "/xwgk/images/banner.jpg"):
        site[path] = IMAGE
    return site, {a.path: a for a in arts}


# ---- 2. a county 信息公开 site on Spring MVC: lists paged by a POST form --------------------------------------------

GK_GOV = "鹤川县人民政府"
GK_NAME = "鹤川县人民政府信息公开"
GK_CODE = "11339921MB1C4730XT"
GK_PER = 6
GK_CATS = {1: "通知公告", 2: "政策文件", 3: "人事信息", 4: "财政资金", 5: "规划计划"}
GK_UNITS = {1: "鹤川县人民政府办公室", 2: "鹤川县人民政府办公室", 3: "鹤川县人力资源和社会保障局", 4: "鹤川县财政局",
            5: "鹤川县发展和改革局"}  # fmt: skip
GK_TITLES = {  # catId: (heads, tails, count, format)
    1: (("2022年春节期间", "开展森林防火", "做好防汛防台", "开展安全生产大检查", "2022年清明节期间", "做好秋冬季疫情防控",
         "开展文明城市创建"), ("安全工作", "有关事项", "工作安排"), 17, "关于{}{}的通知"),
    2: (("鹤川县促进民营经济发展", "鹤川县农村人居环境整治", "鹤川县城乡居民医疗保障", "鹤川县老旧小区改造",
         "鹤川县义务教育阶段招生", "鹤川县重点项目建设", "鹤川县就业创业扶持"), ("若干措施", "实施方案"), 13, "{}{}"),
    3: (("2022年鹤川县事业单位公开招聘", "2022年鹤川县中小学教师招聘", "鹤川县人民医院2022年公开招聘",
         "2022年鹤川县公务员录用", "2022年鹤川县卫生健康系统公开招聘"), ("拟聘用人员公示", "资格复审结果公告"), 7,
        "{}{}"),
    4: (("2021年度鹤川县本级", "2022年鹤川县本级", "鹤川县财政局2022年", "鹤川县教育局2022年", "鹤川县卫健局2022年",
         "鹤川县交通运输局2022年"), ("部门预算公开", "部门决算公开", "三公经费预算公开", "政府采购情况", "专项资金分配结果"),
        11, "{}{}"),
    5: (("鹤川县“十四五”教育事业发展", "鹤川县“十四五”交通运输发展", "鹤川县“十四五”生态环境保护",
         "鹤川县“十四五”卫生健康事业发展"), ("规划",), 4, "{}{}"),
}  # fmt: skip
GK_PAGER_SCRIPT = (
    '<script type="text/javascript">\n'
    "function turnPage(p){ document.listForm.currentPage.value=p; document.listForm.submit(); }\n</script>\n"
)


def gk_page(title, body, current=None):
    menu = "".join(f'<li{CUR if c == current else ""}><a href="/gkml/list.action?catId={c}">{n}</a></li>'
                   for c, n in GK_CATS.items())  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        f"<title>{title}</title>\n"
        '<link rel="stylesheet" type="text/css" href="/gkml/static/css/gkml.css">\n'
        '<script type="text/javascript" src="/gkml/static/js/jquery.min.js"></script>\n</head>\n<body>\n'
        f'<div class="top"><div class="w1000"><img src="/gkml/static/images/gkml_logo.png" alt="{GK_NAME}"></div></div>\n'
        '<div class="nav"><div class="w1000"><a href="/gkml/index.action">首页</a>'
        '<a href="/gkml/guide.action">信息公开指南</a><a href="/gkml/rule.action">信息公开制度</a></div></div>\n'
        '<div class="w1000 main">\n'
        f'<div class="leftbox"><div class="left-t">公开目录</div><ul class="left-menu">{menu}</ul></div>\n'
        f'<div class="rightbox">\n{body}\n</div>\n</div>\n'
        f'<div class="foot">主办：{GK_GOV}办公室　承办：鹤川县大数据发展中心<br>网站标识码：3311990087　'
        "浙ICP备05012345号　浙公网安备 33119902000123号</div>\n</body>\n</html>"
    )


def gk_crumb(*parts):
    crumbs = "".join(f' &gt; <a href="{u}">{t}</a>' if u else f" &gt; {t}" for t, u in parts)
    return f'<div class="position">当前位置：<a href="/gkml/index.action">首页</a>{crumbs}</div>'


def gk_table(rows, first=1):
    trs = "".join(f'<tr><td>{first + n}</td><td class="tl"><a href="{a.path}" target="_blank" title="{a.title}">'
                  f"{short(a.title, 30)}</a></td><td>{a.day}</td></tr>\n" for n, a in enumerate(rows))  # fmt: skip
    return ('<table class="gk-table" width="100%" cellspacing="0" cellpadding="0">\n<thead><tr><th width="8%">序号'
            f'</th><th>标题</th><th width="16%">发布日期</th></tr></thead>\n<tbody>\n{trs}</tbody>\n</table>')  # fmt: skip


def gk_pager(cat, count, k):
    pages = pages_of(count, GK_PER)

    def turn(n, label):
        return f'<a href="#" onclick="turnPage({n});return false;">{label}</a>'

    nums = " ".join(f'<span class="cur">{n}</span>' if n == k else turn(n, n) for n in range(1, pages + 1))
    return (
        '<form name="listForm" id="listForm" method="post" action="/gkml/list.action">\n'
        f'<input type="hidden" name="catId" value="{cat}">\n'
        f'<input type="hidden" name="currentPage" value="{k}">\n'
        f'<div class="page">共 {count} 条记录　每页 {GK_PER} 条　第 {k}/{pages} 页　{turn(1, "首页")} '
        f"{turn(k - 1, '上一页') if k > 1 else '<span>上一页</span>'} {nums} "
        f"{turn(k + 1, '下一页') if k < pages else '<span>下一页</span>'} {turn(pages, '末页')}</div>\n"
        f"</form>\n{GK_PAGER_SCRIPT}"
    )


def gk_article(a):
    files = "".join(f'<li><a href="{u}" target="_blank">{n}</a></li>' for u, n in a.files)
    files = f'<div class="xxgk-files"><b>相关附件：</b><ul>{files}</ul></div>\n' if files else ""
    body = (
        f"{gk_crumb((GK_CATS[a.cat], f'/gkml/list.action?catId={a.cat}'), ('正文', ''))}\n"
        '<table class="xxgk-head" width="100%" cellspacing="0" cellpadding="0">\n'
        f'<tr><td class="th">索引号：</td><td>{a.serial}</td><td class="th">信息分类：</td><td>{GK_CATS[a.cat]}</td></tr>\n'
        f'<tr><td class="th">发布机构：</td><td>{a.unit}</td><td class="th">发布日期：</td><td>{a.day}</td></tr>\n'
        f'<tr><td class="th">名　　称：</td><td colspan="3">{a.title}</td></tr>\n</table>\n'
        f'<div class="xxgk-title">{a.title}</div>\n<div class="xxgk-content">{a.body}</div>\n{files}'
        '<div class="xxgk-tools"><a href="javascript:window.print()">【打印本页】</a> '
        '<a href="javascript:window.close()">【关闭窗口】</a></div>'
    )
    return gk_page(f"{a.title}_{GK_NAME}", body, a.cat)


def hexid(n):
    """Hibernate's uuid generator: 32 hex digits (the address, the JVM's start, the time, a counter)."""
    return f"ff808081{0x7C21A9E3:08x}{0x7C3F0000 + 4099 * n:08x}{17 + 23 * n:08x}"


def gongkai_site():
    site, cols = {}, {}
    for m, (cat, (heads, tails, count, fmt)) in enumerate(GK_TITLES.items()):
        start = f"2022-{12 - m}-{25 - 3 * m} {9 + m}:{5 + 7 * m}"
        cols[cat] = [Art("", t, w, unit=GK_UNITS[cat], cat=cat)
                     for t, w in zip(titles(heads, tails, count, fmt), days(start, count, 6 + 2 * m))]  # fmt: skip
    every = [a for rows in cols.values() for a in rows]
    numbered(every, 0, 1)
    for k, a in enumerate(every):
        a.path = f"/gkml/detail.action?id={hexid(a.aid)}"
        a.body = prose(a.title, a.unit, k + 2)
        a.serial = f"{GK_CODE}/{a.when:%Y}-{31 + 7 * a.aid:05d}"
        if a.cat in (2, 4) and k % 2 == 0:
            url = f"/uploadfiles/gkml/{a.when:%Y/%m}/{hexid(a.aid)[-12:]}.pdf"
            a.files += ((url, f"{a.title}.pdf"),)
            site[url] = pdf(url)
    for cat, rows in cols.items():
        pages = pages_of(len(rows), GK_PER)
        for k in range(1, pages + 1):
            first = (k - 1) * GK_PER
            body = (
                f'{gk_crumb((GK_CATS[cat], ""))}\n<div class="right-t">{GK_CATS[cat]}</div>\n'
                f"{gk_table(rows[first : first + GK_PER], first + 1)}\n{gk_pager(cat, len(rows), k)}"
            )
            page = gk_page(f"{GK_CATS[cat]}_{GK_NAME}", body, cat)
            site[f"/gkml/list.action?catId={cat}&currentPage={k}"] = page
            if k == 1:
                site[f"/gkml/list.action?catId={cat}"] = page
        for a in rows:
            site[a.path] = gk_article(a)
    newest = sorted(every, key=lambda a: a.when, reverse=True)[:5]
    home = (
        f'<div class="right-t">最新信息</div>\n{gk_table(newest)}\n'
        f'<div class="right-t">信息公开指南</div><p>　　为了更好地为公民、法人和其他组织获取{GK_GOV}信息提供服务，'
        '根据《中华人民共和国政府信息公开条例》，编制本指南。<a href="/gkml/guide.action">[详细]</a></p>'
    )
    site["/"] = site["/gkml/index.action"] = gk_page(GK_NAME, home)
    site["/gkml/guide.action"] = gk_page(f"信息公开指南_{GK_NAME}", (
        f'{gk_crumb(("信息公开指南", ""))}<div class="xxgk-content"><p>　　一、公开的主体和范围：{GK_GOV}及其工作部门'
        "主动公开的政府信息。</p><p>　　二、公开的方式：政府网站、政务新媒体、政府公报等。</p>"
        "<p>　　三、受理机构：鹤川县人民政府办公室，办公时间：工作日上午8:30-12:00，下午14:30-17:30。</p></div>"))  # fmt: skip
    site["/gkml/rule.action"] = gk_page(f"信息公开制度_{GK_NAME}", (
        f'{gk_crumb(("信息公开制度", ""))}<div class="xxgk-content"><p>　　{GK_GOV}政府信息公开保密审查制度、'
        "主动公开制度、依申请公开制度和工作考核制度。</p></div>"))  # fmt: skip
    site["/gkml/static/js/jquery.min.js"] = JS
    site["/gkml/static/css/gkml.css"] = CSS
    site["/gkml/static/images/gkml_logo.png"] = IMAGE
    return site, {a.path: a for a in every}


# ---- the fixtures are the sites they claim to be -----------------------------------------------------------------


def hrefs(site):
    return "".join(site[p] for p in html_pages(site))


def test_the_xiaowu_fixture_is_the_site_it_claims_to_be():
    site, truth = xiaowu_site()
    assert len(truth) == sum(sum(c.values()) for *_, c in XW_SCHOOLS) == 69
    home = site["/"]
    assert '<form action="/xwgk/school.do" method="get" name="schoolForm" id="schoolForm">' in home
    assert all(f'<option value="{sid}">{name}</option>' in home for sid, name, *_ in XW_SCHOOLS)
    assert '<input type="submit" value="进入"' in home and "onchange" not in home
    assert "school.do?" not in home, "no link to a school: only the form leads there"
    first = site["/xwgk/list.do?schoolId=3&catId=2"]
    assert first == site["/xwgk/list.do?schoolId=3&catId=2&pageNo=1"]
    assert "共 3 页 19 条" in first and '<a href="javascript:gotoPage(2)">下一页</a>' in first
    assert '<input type="hidden" id="pageNo" name="pageNo" value="1" />' in first
    assert "function gotoPage(n){ document.getElementById('pageNo').value = n;" in first
    assert "pageNo=" not in hrefs(site), "no page writes the address of a list's later pages"
    assert "暂无信息" in site["/xwgk/list.do?schoolId=5&catId=1"]
    for a in truth.values():  # no article page links a school or a list: the form is the only way in
        assert "school.do" not in site[a.path] and "list.do" not in site[a.path]
    a = truth["/xwgk/detail.do?id=5120"]
    assert f'<h1 class="art-title">{a.title}</h1>' in site[a.path] and f"发布时间：{a.day}　来源：" in site[a.path]
    rows = re.findall(r'<li><a href="(/xwgk/detail\.do\?id=\d+)" target', "".join(
        site[p] for p in site if "pageNo=" in p))  # fmt: skip
    assert sorted(rows) == sorted(truth), "the lists show every article once"
    server = FormServer(site)
    assert server.answer("GET", "/xwgk/list.do?pageNo=3&catId=2&schoolId=3")[1][0] == 200


def test_the_gongkai_fixture_is_the_site_it_claims_to_be():
    site, truth = gongkai_site()
    assert len(truth) == sum(c for _, _, c, _ in GK_TITLES.values()) == 52
    assert all(re.fullmatch(r"/gkml/detail\.action\?id=[0-9a-f]{32}", p) for p in truth)
    first = site["/gkml/list.action?catId=1"]
    assert '<form name="listForm" id="listForm" method="post" action="/gkml/list.action">' in first
    assert '<a href="#" onclick="turnPage(3);return false;">3</a>' in first and "第 1/3 页" in first
    assert "function turnPage(p){ document.listForm.currentPage.value=p; document.listForm.submit(); }" in first
    assert "currentPage=" not in hrefs(site), "no page writes the address of a list's later pages"
    assert "<th>标题</th>" in first and "<td>7</td>" in site["/gkml/list.action?catId=1&currentPage=2"]
    server = FormServer(site)
    _, posted = server.answer("POST", "/gkml/list.action", b"catId=1&currentPage=3")
    _, got = server.answer("GET", "/gkml/list.action?currentPage=3&catId=1")
    assert posted == got and posted[1] == site["/gkml/list.action?catId=1&currentPage=3"].encode()
    rows = re.findall(r'<td class="tl"><a href="(/gkml/detail\.action\?id=\w+)"', "".join(
        site[p] for p in site if "currentPage=" in p))  # fmt: skip
    assert sorted(rows) == sorted(truth), "the lists show every article once"
    a = next(iter(truth.values()))
    assert f'<td class="th">发布日期：</td><td>{a.day}</td>' in site[a.path]


SITES = {"xiaowu": xiaowu_site, "gongkai": gongkai_site}


LATER_PAGE = re.compile(r"[?&](?:pageNo|currentPage)=([2-9]|\d\d)\b")
ROW_LINK = re.compile(r'<a href="(/(?:xwgk/detail\.do|gkml/detail\.action)\?id=\w+)"')


@pytest.mark.parametrize("name", list(SITES))
def test_a_browser_reaches_every_article_through_the_forms(name):
    site, truth = SITES[name]()
    server = FormServer(site)
    reached = browse(server)
    keys = {query_key(p) for p in truth}
    assert {k for k, how in reached.items() if how in ("GET", "POST")} >= keys
    assert not [k for k, how in reached.items() if how not in ("GET", "POST")], "no dead link or form"
    later = {query_key(p) for p in site if LATER_PAGE.search(p)}
    assert later and later <= set(reached), "every later page of every list is reached by its pager form"
    if name == "gongkai":
        assert {reached[k] for k in later} == {"POST"}, "the later pages are reached by the form's POST"
    # following hrefs alone, the articles listed only on later pages are out of reach: the forms are the point
    plain = browse(server, forms=False)
    only_later = {query_key(u) for p in later for u in ROW_LINK.findall(server.pages[p])}
    only_later -= {query_key(u) for p in site if not LATER_PAGE.search(p) and isinstance(site[p], str)
                   for u in ROW_LINK.findall(site[p]) if p not in truth}  # fmt: skip
    assert len(only_later) >= 15
    if name == "xiaowu":  # the schools too: only the home page's newest rows are within reach
        newest = {query_key(u) for u in ROW_LINK.findall(site["/"])}
        assert keys & set(plain) == newest and len(newest) == 6
    else:
        assert keys - set(plain) == only_later


# ---- the crawls and what they must archive ---------------------------------------------------------------------


@pytest.fixture(scope="module", params=list(SITES))
def crawled(request, tmp_path_factory):
    site, truth = SITES[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "java_forms.db"
    return crawl_form_site(request.param, FormServer(site), truth, db)


def test_the_archive_holds_exactly_the_sites_articles(crawled):
    check_exact_articles(crawled)


def test_each_archived_article_has_its_title_and_day(crawled):
    check_titles_and_days(crawled)
