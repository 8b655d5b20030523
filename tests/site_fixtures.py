"""What the whole-site fixtures of CMS families (``test_site_family_*.py``) share: titles, days and prose of a
school's notices, and the two checks every crawled site is held to (exactly its articles; each with its title
and day)."""

import re
import sqlite3
import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timedelta

from jiangbei_crawler.testing import cron, static_site, tiny_png

IMAGE = (200, tiny_png(), "image/png")
DOC = (200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "application/msword")


def titles(heads, tails, n, fmt="{}{}"):
    """``n`` distinct titles pairing heads and tails."""
    out = [fmt.format(heads[k % len(heads)], tails[k % len(tails)]) for k in range(n)]
    assert len(set(out)) == n, "titles must be distinct"
    return out


def days(start, n, step=3):
    """``n`` publishing times, newest first (a list's order)."""
    first = datetime.strptime(start, "%Y-%m-%d %H:%M")
    return [first - timedelta(days=step * k, hours=k % 7, minutes=13 * k % 60, seconds=7 * k % 60) for k in range(n)]


SENTENCES = (
    "学校高度重视，成立了由分管校长任组长的工作小组，制定了详细的实施方案，明确分工，责任到人。",
    "活动中，同学们精神饱满、积极参与，充分展示了我校学生昂扬向上的精神风貌，赢得了老师们的一致好评。",
    "各班主任要认真做好宣传和组织工作，及时向学生和家长传达有关要求，确保每一位学生都知晓。",
    "本次活动进一步增强了师生的安全意识和自我保护能力，为建设平安校园打下了坚实的基础。",
    "教研组全体教师围绕课堂教学中的重点难点展开深入研讨，大家各抒己见，交流了各自的教学心得。",
    "请各位家长配合学校做好孩子的假期管理，督促孩子合理安排作息时间，注意交通、用电和饮食安全。",
    "下一步，学校将认真总结经验，持续完善工作机制，推动各项工作再上新台阶，努力办好人民满意的教育。",
    "据统计，全校共有一千余名学生和八十余名教师参加了此次活动，覆盖了所有年级和班级。",
)


def prose(title, unit, k):
    """A few paragraphs of a notice or news item about ``title``, its own (sentences chosen by ``k``)."""
    first = f"<p>　　为进一步落实上级有关工作要求，{unit}结合实际，{title}。{SENTENCES[k % 8]}</p>"
    rest = "".join(f"<p>　　{SENTENCES[(k + 3 * j + 1) % 8]}{SENTENCES[(k + j + 5) % 8]}</p>" for j in range(2 + k % 2))
    return first + rest


def short(title, n):
    """A list row's text: a long title cut, the whole one in the row's title attribute."""
    return title if len(title) <= n else title[:n] + "..."


def numbered(arts, first_id, step=3):
    """Give ``arts`` the CMS's ids in the order they were published (ids grow with time across columns)."""
    for n, a in enumerate(sorted(arts, key=lambda a: a.when)):
        a.aid = first_id + step * n


def neighbours(arts):
    """(article, older, newer) along a column's list."""
    return [(a, arts[i + 1] if i + 1 < len(arts) else None, arts[i - 1] if i else None) for i, a in enumerate(arts)]


def iis_key(path):
    """IIS (and ASP): a path and a query's parameter names in any case, the parameters in any order."""
    base, _, query = path.partition("?")
    pairs = sorted((k.lower(), v) for k, v in urllib.parse.parse_qsl(query, keep_blank_values=True))
    return base.lower() + (f"?{'&'.join(f'{k}={v}' for k, v in pairs)}" if pairs else "")


def attach(site, a, url, name):
    """An attachment of article ``a``: a Word file served at ``url``."""
    a.files += ((url, name),)
    site[url] = DOC


@dataclass
class Crawled:
    name: str
    truth: dict  # path: Art
    got: dict  # path: (title, day) of every archived article
    log: str


def crawl_site(name, server, truth, key, db):
    """``server`` (a dict of pages that answers as its CMS's server does) crawled from its home page alone: what
    the archive holds, as {key(path): (title, day)}, beside ``truth`` ({path: Art}) under the same ``key`` (the
    server's own reading of a URL: any order of parameters, any case)."""
    with static_site(server) as url:
        server.home = url  # for the servers whose pages name their own address
        proc = cron(url, db, timeout=300)
    conn = sqlite3.connect(db)
    try:
        got = {
            key(re.sub(r"^http://[^/]+", "", u)): (t, (p or "")[:10])
            for u, t, p in conn.execute("select url, title, published from articles")
        }
    finally:
        conn.close()
    truth = {key(p): a for p, a in truth.items()}
    return Crawled(name, truth, got, proc.stdout[-3000:] + proc.stderr[-6000:])


def check_exact_articles(crawled):
    """No article missed, and no list, home, single page or side box taken for one."""
    missing = sorted(set(crawled.truth) - set(crawled.got))
    extra = sorted(set(crawled.got) - set(crawled.truth))
    described = [f"{p} {crawled.truth[p].title} {crawled.truth[p].day}" for p in missing]
    assert (missing, extra) == ([], []), (
        f"{len(missing)} of {len(crawled.truth)} missing:\n" + "\n".join(described)
        + "\nnot articles:\n" + "\n".join(f"{p}: {crawled.got[p]}" for p in extra) + f"\n{crawled.log}"
    )  # fmt: skip


def check_titles_and_days(crawled):
    wrong = [
        (path, crawled.got[path], (a.title, a.day))
        for path, a in sorted(crawled.truth.items())
        if path in crawled.got and crawled.got[path] != (a.title, a.day)
    ]
    assert wrong == [], "\n".join(f"{p}: archived {g}, expected {e}" for p, g, e in wrong)
    assert set(crawled.got) & set(crawled.truth), "no expected article archived at all"


def query_key(path):
    """A Java or PHP server's reading of a URL: the path as it is, the query's parameters in any order."""
    base, _, query = path.partition("?")
    pairs = sorted(urllib.parse.parse_qsl(query, keep_blank_values=True))
    return base + (f"?{urllib.parse.urlencode(pairs)}" if pairs else "")


class QueryServer(dict):
    """A site ({path: page}) as such a server answers it: parameters in any order; pages as UTF-8 HTML."""

    def __init__(self, site):
        super().__init__(site)
        self.answers = {query_key(p): v for p, v in site.items()}

    def get(self, path, default=None):
        entry = self.answers.get(query_key(path), default)
        if isinstance(entry, str):
            return 200, entry.encode("utf-8"), "text/html;charset=UTF-8"
        return entry


def pdf(key):
    """A small PDF of its own."""
    return 200, f"%PDF-1.4\n% {key}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n".encode(), "application/pdf"


def html_pages(site):
    """The site's pages written as text (its HTML), not its files given as bytes."""
    return [p for p, v in site.items() if isinstance(v, str)]
