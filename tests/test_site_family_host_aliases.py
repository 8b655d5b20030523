"""A whole school site reachable under two host names, written by hand and crawled with nothing but the address of
its home page under one of them. Real sites answer both example.cn and www.example.cn, prefer one of them (the
domain the CMS was configured with: every link it writes is absolute with it) and often send the bare name's home
page there with a 301. Here the two names are the two spellings of the loopback server, ``127.0.0.1:PORT`` and
``localhost:PORT``: one server, listening on 127.0.0.1, answering the same pages whatever the Host header says.

The site, 青石镇中心小学 (a dede-like static-HTML CMS): a menu (首页, 学校概况, 学校新闻, 通知公告, 教学教研, 联系我们),
a home page with a box of each column's six newest rows, lists /html/{col}/index.html and list_{cid}_{k}.html (ten
rows a page, an ordinary pager), articles /html/{col}/{yyyymm}/{aid}.html (``<h1>``, ``发布时间：2023-05-06 10:20``,
``<div class="content">``, 上一篇/下一篇). 学校概况 and 联系我们 are undated single pages, not articles. Every link is
absolute with the site's preferred name (``http://PREFERRED/...``), but a few are absolute with the other name (the
教学教研 box of the home page, written by a widget with a hard-coded domain, and 上一篇/下一篇 on every fifth article)
and a few are relative (the pagers, 联系我们, 上一篇/下一篇 on some articles). So the same article is linked under both
names.

Two cases of the same site:

* ``given-ip``: the crawler is given http://127.0.0.1:PORT/ ; that home page answers 301 to
  http://localhost:PORT/index.html, and the site prefers localhost (its links, its redirect);
* ``given-localhost``: the preference reversed: the crawler is given http://localhost:PORT/ (no redirect on the
  home page) and the site's links are absolute with 127.0.0.1.

What the archive must hold: every article exactly once, one record per article whichever host name led to it, with
its title and day. An archived article's URL carries the host the site itself prefers: the one its home page
redirects to and its links are written with (localhost in ``given-ip``, 127.0.0.1 in ``given-localhost``); the name
the crawler happened to be given is an alias of the same site. The crawl ends ok (exit code 0, status ``ok``), and
nothing on either of the site's own names is recorded as an off-site link. No page is copied from a real site:
names and numbers are made up."""

import sqlite3
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser

import pytest
from site_fixtures import IMAGE, Crawled, check_exact_articles, check_titles_and_days, days, prose, short, titles

from jiangbei_crawler.testing import cron, serve

NAME = "青石镇中心小学"
PER = 10  # rows a list page
BOX = 6  # rows a home box
PREF, ALT = "@PREF@", "@ALT@"  # the preferred and the other host name (with the port), filled in when served
CSS = (200, b"/* css */", "text/css")
# cid: (folder, name)
COLS = {1: ("xwzx", "学校新闻"), 2: ("tzgg", "通知公告"), 3: ("jxjy", "教学教研")}


@dataclass
class Art:
    path: str
    title: str
    when: datetime
    cid: int = 0
    aid: int = 0
    unit: str = ""
    body: str = ""

    @property
    def day(self):
        return self.when.strftime("%Y-%m-%d")


def col_url(cid, k=1, host=PREF):
    folder = COLS[cid][0]
    return f"http://{host}/html/{folder}/" + ("index.html" if k == 1 else f"list_{cid}_{k}.html")


def page(title, body, current=None):
    def item(cid):
        on = ' class="on"' if cid == current else ""
        return f'<li{on}><a href="{col_url(cid)}">{COLS[cid][1]}</a></li>'

    return (
        '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<link href="http://{PREF}/templets/style/css.css" rel="stylesheet" type="text/css">\n</head>\n<body>\n'
        f'<div class="top"><a href="http://{PREF}/"><img src="http://{PREF}/templets/images/logo.png" alt="{NAME}">'
        "</a></div>\n"
        f'<div class="nav"><ul><li><a href="http://{PREF}/">首页</a></li>'
        f'<li><a href="http://{PREF}/html/xxgk/index.html">学校概况</a></li>'
        + "".join(item(c) for c in COLS)
        + '<li><a href="/html/lxwm/index.html">联系我们</a></li></ul></div>\n'
        f'<div class="main">\n{body}\n</div>\n'
        f'<div class="foot">Copyright &copy; {NAME} 版权所有　地址：青石镇学堂路8号　电话：0571-6612345<br>'
        '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备19054321号-1</a></div>\n'
        "</body>\n</html>"
    )


def row(a, n=32, host=PREF):
    return (
        f'<li><span class="date">{a.day}</span><a href="http://{host}{a.path}" title="{a.title}" target="_blank">'
        f"{short(a.title, n)}</a></li>\n"
    )


def pager(cid, count, k):
    pages = -(-count // PER)

    def link(n, label):
        href = "index.html" if n == 1 else f"list_{cid}_{n}.html"  # relative, as dede writes its pagers
        return f'<li><a href="{href}">{label}</a></li>'

    nums = "".join(f'<li class="thisclass">{n}</li>' if n == k else link(n, n) for n in range(1, pages + 1))
    prev = link(k - 1, "上一页") if k > 1 else ""
    nxt = link(k + 1, "下一页") if k < pages else ""
    return (
        f'<div class="pagelist"><ul>{link(1, "首页")}{prev}{nums}{nxt}{link(pages, "末页")}'
        f'<li><span class="pageinfo">共 <strong>{pages}</strong>页<strong>{count}</strong>条记录</span></li></ul></div>'
    )


def article(a, k, older, newer):
    """Article ``a``, the ``k``th of the site: 上一篇/下一篇 relative on some, with the other name on every fifth."""

    def href(r):
        if k % 5 == 1:
            return f"../../{COLS[r.cid][0]}/{r.path.split('/', 3)[3]}"  # relative to /html/{col}/{yyyymm}/
        return f"http://{ALT if k % 5 == 3 else PREF}{r.path}"

    def link(label, r):
        return f'<li>{label}：<a href="{href(r)}">{r.title}</a></li>' if r else f"<li>{label}：没有了</li>"

    body = (
        f'<div class="place">当前位置：<a href="http://{PREF}/">主页</a> &gt; <a href="{col_url(a.cid)}">'
        f"{COLS[a.cid][1]}</a> &gt; </div>\n"
        f'<div class="viewbox">\n<div class="title"><h2>{a.title}</h2></div>\n'
        f'<div class="info"><small>时间:</small>发布时间：{a.when:%Y-%m-%d %H:%M}<small>来源:</small>{a.unit}'
        f'<small>点击:</small><script src="http://{PREF}/plus/count.php?view=yes&amp;aid={a.aid}" '
        'type="text/javascript" language="javascript"></script>次</div>\n'
        f'<div class="content">{a.body}</div>\n'
        f'<div class="context"><ul>{link("上一篇", newer)}{link("下一篇", older)}</ul></div>\n</div>'
    )
    return page(f"{a.title}_{COLS[a.cid][1]}_{NAME}", body, a.cid)


def school_site():
    """{path: page} with the hosts as PREF/ALT tokens, and {path: Art} of its articles."""
    news = [
        Art("", t, w, cid=1, unit=("校办", "德育处", "少先队大队部")[k % 3])
        for k, (t, w) in enumerate(
            zip(
                titles(("我校", "一年级", "三年级", "五年级", "少先队", "校足球队"),
                       ("举行春季运动会", "开展防溺水安全教育", "参加县科技节比赛", "开展植树护绿活动",
                        "举办经典诵读展示"), 16),
                days("2023-11-28 15:20", 16, 6),
            )
        )
    ]  # fmt: skip
    notices = [
        Art("", t, w, cid=2, unit="办公室")
        for t, w in zip(
            titles(("2023年国庆节放假", "2023年暑假放假", "期末考试", "新生入学报名", "秋季开学", "家长会",
                    "课后服务报名"), ("的通知", "安排的通知"), 13, "关于{}{}"),
            days("2023-11-25 09:00", 13, 11),
        )
    ]  # fmt: skip
    research = [
        Art("", t, w, cid=3, unit="教导处")
        for t, w in zip(
            titles(("语文组", "数学组", "英语组"), ("开展集体备课活动", "举行青年教师公开课", "开展课题中期研讨", "开展作业设计评比"), 9),
            days("2023-11-20 14:30", 9, 17),
        )
    ]  # fmt: skip
    cols = {1: news, 2: notices, 3: research}
    every = news + notices + research
    for n, a in enumerate(sorted(every, key=lambda a: a.when)):
        a.aid = 1207 + 3 * n
    for k, a in enumerate(every):
        a.path = f"/html/{COLS[a.cid][0]}/{a.when:%Y%m}/{a.aid}.html"
        a.body = prose(a.title, NAME, k)
    site = {}
    k = 0
    for cid, arts in cols.items():
        pages = -(-len(arts) // PER)
        for n in range(1, pages + 1):
            rows = "".join(row(a) for a in arts[(n - 1) * PER : n * PER])
            body = (
                f'<div class="place">当前位置：<a href="http://{PREF}/">主页</a> &gt; <a href="{col_url(cid)}">'
                f'{COLS[cid][1]}</a> &gt; </div>\n<div class="listbox"><ul class="e2">\n{rows}</ul></div>\n'
                + pager(cid, len(arts), n)
            )
            site[urllib.parse.urlsplit(col_url(cid, n)).path] = page(f"{COLS[cid][1]}_{NAME}", body, cid)
        for i, a in enumerate(arts):
            newer, older = (arts[i - 1] if i else None), (arts[i + 1] if i + 1 < len(arts) else None)
            site[a.path] = article(a, k, older, newer)
            k += 1

    def box(cid):
        host = ALT if cid == 3 else PREF  # the 教学教研 box: a widget with a hard-coded domain
        more = col_url(cid, host=host)
        return (
            f'<div class="box"><div class="box-t"><h3>{COLS[cid][1]}</h3><a href="{more}" class="more">更多&gt;&gt;'
            f'</a></div><ul class="d1">\n{"".join(row(a, 24, host) for a in cols[cid][:BOX])}</ul></div>\n'
        )

    home = (
        f'<div class="banner"><img src="http://{PREF}/uploads/allimg/banner1.png" alt=""></div>\n'
        f'<div class="intro"><h3>学校概况</h3><p>{NAME}创办于1921年，是一所镇属公办完全小学……'
        f'<a href="http://{PREF}/html/xxgk/index.html">[详细]</a></p></div>\n' + "".join(box(c) for c in cols)
    )
    site["/"] = site["/index.html"] = page(NAME, home)
    single = '<div class="place">当前位置：<a href="http://{}/">主页</a> &gt; {}</div><div class="viewbox">{}</div>'
    site["/html/xxgk/index.html"] = page(f"学校概况_{NAME}", single.format(PREF, "学校概况", (
        f"<p>　　{NAME}创办于1921年，现有教学班24个，在校学生1000余人，教职工68人。</p><p>　　学校以“养成教育”为"
        "特色，先后获得省绿色学校、市文明校园等荣誉。</p>")))  # fmt: skip
    site["/html/lxwm/index.html"] = page(f"联系我们_{NAME}", single.format(PREF, "联系我们", (
        "<p>地址：青石镇学堂路8号</p><p>邮编：311300</p><p>电话：0571-6612345</p>")))  # fmt: skip
    site["/templets/style/css.css"] = CSS
    for path in ("/templets/images/logo.png", "/uploads/allimg/banner1.png"):
        site[path] = IMAGE
    site["/plus/count.php"] = (200, b"document.write('123');", "application/javascript")
    return site, {a.path: a for a in every}


# ---- one server, two names ---------------------------------------------------------------------------------------

NAMES = ("127.0.0.1", "localhost")


class AliasServer:
    """The site on one loopback server answering either name in the Host header (another Host: 400, as a
    virtual-host server answers a name it does not serve). ``preferred`` is the name its links are written with;
    ``redirect_home``: the other name's "/" answers 301 to http://PREFERRED/index.html. Every request is logged
    as (host, path, status)."""

    def __init__(self, site, preferred, redirect_home, port=None):
        self.site, self.preferred, self.redirect_home = site, preferred, redirect_home
        self.other = next(n for n in NAMES if n != preferred)
        self.port, self.log = port, []

    def netloc(self, name):
        return f"{name}:{self.port}"

    @property
    def given_url(self):
        """What the crawler is given: the home page under the name the site does not prefer."""
        return f"http://{self.netloc(self.other)}/"

    def answer(self, host, path):
        """(status, body, headers) for a GET of ``path`` with Host ``host``."""
        host = (host or "").lower()
        if host not in (self.netloc(self.preferred), self.netloc(self.other)):
            return 400, b"<html><body>400 unknown host</body></html>", {"Content-Type": "text/html"}
        if self.redirect_home and host == self.netloc(self.other) and path == "/":
            location = f"http://{self.netloc(self.preferred)}/index.html"
            return 301, f'<a href="{location}">Moved</a>'.encode(), {"Content-Type": "text/html", "Location": location}
        entry = self.site.get(path.split("?", 1)[0] if path.startswith("/plus/count.php") else path)
        if entry is None:
            return 404, b"<html><body>404</body></html>", {"Content-Type": "text/html"}
        if isinstance(entry, str):
            html = entry.replace(PREF, self.netloc(self.preferred)).replace(ALT, self.netloc(self.other))
            return 200, html.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"}
        status, body, ctype = entry
        return status, body, {"Content-Type": ctype}

    def respond(self, request):
        status, body, headers = self.answer(request.headers.get("Host"), request.path)
        self.log.append((request.headers.get("Host"), request.path, status))
        return status, body, headers


# the site's preferred name, and whether the other name's home page redirects there
CASES = {"given-ip": ("localhost", True), "given-localhost": ("127.0.0.1", False)}


# ---- the fixture is the site it claims to be ---------------------------------------------------------------------


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def hrefs(html):
    parser = Links()
    parser.feed(html)
    return parser.hrefs


def browse(server):
    """What a browser reaches from the given home page following links (and redirects) under either name:
    {path: [urls it was reached by]} of every HTML page."""
    names = {server.netloc(n) for n in NAMES}
    seen, queue, reached = set(), [server.given_url], {}
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        parts = urllib.parse.urlsplit(url)
        status, body, headers = server.answer(parts.netloc, parts.path or "/")
        if status == 301:
            queue.append(urllib.parse.urljoin(url, headers["Location"]))
            continue
        if status != 200 or not headers["Content-Type"].startswith("text/html"):
            continue
        reached.setdefault(parts.path, []).append(url)
        for href in hrefs(body.decode("utf-8")):
            target = urllib.parse.urljoin(url, href).split("#", 1)[0]
            if urllib.parse.urlsplit(target).netloc in names:
                queue.append(target)
    return reached


@pytest.mark.parametrize("case", list(CASES))
def test_the_fixture_is_the_site_it_claims_to_be(case):
    preferred, redirect = CASES[case]
    site, truth = school_site()
    assert 30 <= len(truth) <= 50 and len(truth) == 16 + 13 + 9
    server = AliasServer(site, preferred, redirect, port=8123)
    pref, other = server.netloc(preferred), server.netloc(server.other)
    # a browser following links, under either name, reaches every article; the single pages are not articles
    reached = browse(server)
    assert set(truth) <= set(reached), sorted(set(truth) - set(reached))
    assert set(reached) - set(truth) - {"/index.html"} == {"/", "/html/xxgk/index.html", "/html/lxwm/index.html"} | {
        urllib.parse.urlsplit(col_url(c, n)).path for c in COLS for n in (1, 2) if (c, n) != (3, 2)
    }
    # the same article reached under both names
    both = [p for p in truth if {urllib.parse.urlsplit(u).netloc for u in reached[p]} == {pref, other}]
    assert len(both) >= 10, both
    # every article is linked absolutely with the preferred name by its list; a few links name the other one, a
    # few are relative
    served = {p: server.answer(pref, p)[1].decode("utf-8") for p, v in site.items() if isinstance(v, str)}
    links = [h for html in served.values() for h in hrefs(html)]
    assert all(f"http://{pref}{p}" in links for p in truth)
    kinds = Counter(
        "pref" if h.startswith(f"http://{pref}/") else "other" if h.startswith(f"http://{other}/") else
        "relative" if not h.startswith("http") else "elsewhere"
        for h in links
    )  # fmt: skip
    assert kinds["pref"] > 4 * (kinds["other"] + kinds["relative"]) and kinds["other"] >= 20
    assert kinds["relative"] >= 20 and kinds["elsewhere"] == len(served)  # the 备案 link in each footer
    # the given name's home page: a 301 to the preferred name, or the home page itself
    status, body, headers = server.answer(other, "/")
    if redirect:
        assert (status, headers["Location"]) == (301, f"http://{pref}/index.html")
    else:
        assert status == 200 and body == server.answer(pref, "/")[1]
    assert server.answer(pref, "/")[0] == 200 and server.answer("example.cn", "/")[0] == 400
    a = next(iter(truth.values()))
    html = served[a.path]
    assert f"<h2>{a.title}</h2>" in html and f"发布时间：{a.when:%Y-%m-%d %H:%M}" in html


def test_the_server_answers_either_name():
    site, _ = school_site()
    server = AliasServer(site, "localhost", True)
    with serve(server.respond, host="127.0.0.1") as base:
        server.port = int(base.rsplit(":", 1)[1])
        for name in NAMES:
            with urllib.request.urlopen(f"http://{name}:{server.port}/html/tzgg/index.html", timeout=10) as r:
                assert r.status == 200 and "通知公告" in r.read().decode("utf-8")
        with urllib.request.urlopen(server.given_url, timeout=10) as r:  # followed to localhost
            assert r.url == f"http://localhost:{server.port}/index.html" and NAME in r.read().decode("utf-8")
    hosts = [h for h, _, _ in server.log]
    assert f"127.0.0.1:{server.port}" in hosts and f"localhost:{server.port}" in hosts


# ---- the crawls and what they must archive -----------------------------------------------------------------------


@dataclass
class HostCrawl:
    crawled: Crawled  # keyed by path
    rows: list  # (url, title, published) of every archived article
    server: AliasServer
    returncode: int
    status: str
    offsite: list  # offsite_links urls

    def requests_by_host(self):
        """The server's log, summed by Host header and kind of page (for a failure's message)."""
        truth = self.crawled.truth
        counts = Counter((h, s) for h, p, s in self.server.log if p in truth)
        articles = {}
        for h, p, s in self.server.log:
            if p in truth and s == 200:
                articles.setdefault(h, set()).add(p)
        lines = [f"  Host {h}: {n} article requests answered {s}" for (h, s), n in sorted(counts.items())]
        lines += [f"  Host {h}: {p} answered {s}" for h, p, s in self.server.log if p not in truth]
        lines += [f"  Host {h}: {len(ps)} distinct articles fetched" for h, ps in sorted(articles.items())]
        return "\n".join(lines)


@pytest.fixture(scope="module", params=list(CASES))
def crawl(request, tmp_path_factory):
    preferred, redirect = CASES[request.param]
    site, truth = school_site()
    server = AliasServer(site, preferred, redirect)
    db = tmp_path_factory.mktemp(request.param) / "aliases.db"
    with serve(server.respond, host="127.0.0.1") as base:
        server.port = int(base.rsplit(":", 1)[1])
        proc = cron(server.given_url, db, timeout=300)
    conn = sqlite3.connect(db)
    try:
        rows = list(conn.execute("select url, title, published from articles"))
        status = (conn.execute("select status from crawls order by id desc limit 1").fetchone() or [None])[0]
        offsite = [u for (u,) in conn.execute("select url from offsite_links")]
    finally:
        conn.close()
    got = {urllib.parse.urlsplit(u).path: (t, (p or "")[:10]) for u, t, p in rows}
    log = proc.stdout[-3000:] + proc.stderr[-6000:]
    crawled = Crawled(request.param, truth, got, log)
    return HostCrawl(crawled, rows, server, proc.returncode, status, offsite)


def test_the_archive_holds_exactly_the_sites_articles(crawl):
    try:
        check_exact_articles(crawl.crawled)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\nrequests:\n{crawl.requests_by_host()}") from None


def test_each_article_is_archived_once(crawl):
    paths = Counter(urllib.parse.urlsplit(u).path for u, _, _ in crawl.rows)
    twice = {p: [u for u, _, _ in crawl.rows if urllib.parse.urlsplit(u).path == p] for p, n in paths.items() if n > 1}
    assert twice == {}, f"archived more than once: {twice}"


def test_each_archived_article_has_its_title_and_day(crawl):
    check_titles_and_days(crawl.crawled)


def test_archived_urls_carry_the_sites_preferred_name(crawl):
    pref = crawl.server.netloc(crawl.server.preferred)
    wrong = [u for u, _, _ in crawl.rows if urllib.parse.urlsplit(u).netloc != pref]
    assert crawl.rows and wrong == [], f"{len(wrong)} of {len(crawl.rows)} not on {pref}: {wrong[:5]}"


def test_the_crawl_ends_ok_with_nothing_of_the_site_off_site(crawl):
    names = {crawl.server.netloc(n) for n in NAMES}
    ours = [u for u in crawl.offsite if urllib.parse.urlsplit(u).netloc.lower() in names]
    articles = [u for u in ours if urllib.parse.urlsplit(u).path in crawl.crawled.truth]
    assert (crawl.returncode, crawl.status, ours) == (0, "ok", []), (
        f"exit {crawl.returncode}, status {crawl.status!r}; {len(ours)} of the site's own URLs recorded off-site "
        f"({len(articles)} of them articles): {ours[:8]}\nrequests:\n{crawl.requests_by_host()}\n{crawl.crawled.log}"
    )
