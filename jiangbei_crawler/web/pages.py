"""What the archive's pages show: plain data for the templates in ``web/templates``. No Datasette here.

Each function takes a sqlite3 connection (Datasette runs it with ``db.execute_fn``), so it is tested on a
tiny archive built in the test.
"""

import datetime as dt
import html
import json
import re
from urllib.parse import quote

from dateutil import tz

from .. import store as storage
from . import diffs

SHANGHAI = tz.gettz("Asia/Shanghai")
STAGES = (("幼儿园", "幼儿园"), ("小学", "小学"), ("初中", "中学|初中|高中"), ("九年一贯制", "学校"))
TIME_COLUMNS = frozenset(
    "first_seen last_seen last_changed last_fetched suspected_removed_at removed_at fetched_at observed_at "
    "started finished added time last_checked".split()
)


def shanghai(value, with_time=True):
    """An ISO time as Beijing time ('2013-10-25 09:30'), or the date alone; anything else unchanged."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if when.tzinfo is not None:
        when = when.astimezone(SHANGHAI)
    return when.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def beijing_iso(value):
    """An ISO time with an offset, restated at +08:00 (for feeds and exports); anything else unchanged."""
    if not isinstance(value, str):
        return value
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return when.astimezone(SHANGHAI).isoformat() if when.tzinfo is not None else value


def stage_of(school):
    for stage, rx in STAGES:
        if re.search(f"(?:{rx})$", school or ""):
            return stage
    return "其他"


def rows(conn, sql, params=()):
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def home(conn, now=None):
    """Counts this week and in all, and every school by stage with its article count and latest disclosure.

    Every count reads an index (storage.EXPRESSION_INDEXES: times are compared as julianday(), since they
    are stored with their own offsets; ``published`` by its own index, see week_bounds); the latest
    disclosure of each school is one step down the (school, published) index. ``now`` (ISO) is for tests."""
    now = now or dt.datetime.now(dt.UTC).isoformat()
    week = "julianday(:now, '-7 days')"
    gone = "julianday(coalesce(removed_at, suspected_removed_at))"
    counts = rows(conn, f"""
        select (select count(*) from articles) as articles,
               (select count(*) from articles where published >= :lo and published < :hi
                  and julianday(published) >= julianday(:start) and julianday(published) < julianday(:end)) as new_week,
               (select count(*) from articles where julianday(first_seen) >= {week}) as archived_week,
               (select count(distinct article_id) from article_versions where version > 1) as changed,
               (select count(distinct article_id) from article_versions
                 where version > 1 and julianday(fetched_at) >= {week}) as changed_week,
               (select count(*) from articles where {gone} is not null) as removed,
               (select count(*) from articles where {gone} >= {week}) as removed_week,
               (select count(distinct school) from articles where school is not null) as schools""",
                  {"now": now, **week_bounds(now)})[0]  # fmt: skip
    schools = rows(conn, """
        select s.school, s.n - s.gone as n, a.id, a.title, a.published from (
          select school, count(*) as n, count(removed_at) as gone from articles where school is not null
          group by school) s
        left join articles a on a.id = (
          select id from articles b where b.school = s.school and b.removed_at is null
          order by b.published desc, b.id desc limit 1)
        where s.n > s.gone order by s.school""")  # fmt: skip
    by_stage = {}
    for s in schools:
        s["published"] = shanghai(s["published"], with_time=False)
        by_stage.setdefault(stage_of(s["school"]), []).append(s)
    order = [name for name, _ in STAGES] + ["其他"]
    return {"counts": counts, "stages": [(name, by_stage[name]) for name in order if name in by_stage],
            "demo_archive": archive_fact(conn, "demo") == "1"}  # fmt: skip


def week_bounds(now):
    """The last 7 days by the Beijing calendar (today and the six days before), for ``published``.

    start/end are exact; lo/hi, a day wider, are plain strings that select a range of the published index
    (extract.dates writes +08:00, but an offset of up to a day either way still falls inside them)."""
    today = dt.datetime.fromisoformat(now).astimezone(SHANGHAI).date()
    start = dt.datetime.combine(today - dt.timedelta(days=6), dt.time(), SHANGHAI)
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), SHANGHAI)
    day = dt.timedelta(days=1)
    return {"start": start.isoformat(), "end": end.isoformat(),
            "lo": (start - day).isoformat(), "hi": (end + day).isoformat()}  # fmt: skip


def archive_fact(conn, key):
    """A value of ``archive_meta`` (storage.set_meta), or None; archives from before that table have none."""
    if not conn.execute("select 1 from sqlite_master where name = 'archive_meta'").fetchone():
        return None
    row = conn.execute("select value from archive_meta where key = ?", [key]).fetchone()
    return row[0] if row else None


def school(conn, name, limit=50):
    """A school's page: its categories (cross-posts included), timeline, changes and takedowns."""
    listed = "(a.school = ? or a.id in (select article_id from listings where school = ?))"
    categories = rows(conn, f"""
        select coalesce(l.category_path, a.category_path) as category_path, count(distinct a.id) as n
        from articles a left join listings l on l.article_id = a.id and l.school = ?
        where {listed} group by 1 order by 1""", [name, name, name])  # fmt: skip
    timeline = rows(conn, f"""
        select a.id, a.title, a.published, a.status, coalesce(l.category_path, a.category_path) as category_path,
               case when a.school is not ? then a.school end as posted_by
        from articles a left join listings l on l.article_id = a.id and l.school = ?
        where {listed} group by a.id order by a.published desc, a.id desc limit ?""", [name, name, name, name, limit])  # fmt: skip
    total = conn.execute(f"select count(*) from articles a where {listed}", [name, name]).fetchone()[0]
    changes = rows(conn, """
        select v.article_id as id, v.version, v.fetched_at, v.title from article_versions v
        join articles a on a.id = v.article_id where a.school = ? and v.version > 1
        order by v.fetched_at desc limit 20""", [name])  # fmt: skip
    removed = rows(conn, """
        select id, title, status, coalesce(removed_at, suspected_removed_at) as since from articles
        where school = ? and (removed_at is not null or suspected_removed_at is not null)
        order by since desc limit 20""", [name])  # fmt: skip
    for r in timeline:
        r["published"] = shanghai(r["published"], with_time=False)
    for r in changes:
        r["fetched_at"] = shanghai(r["fetched_at"])
    for r in removed:
        r["since"] = shanghai(r["since"])
    return {"school": name, "stage": stage_of(name), "categories": categories, "timeline": timeline,
            "total": total, "changes": changes, "removed": removed, "quoted": quote(name)}  # fmt: skip


def article(conn, article_id):
    """An article's page: the row, its versions with character-level diffs, visits, attachments, evidence."""
    found = rows(conn, "select * from articles where id = ?", [article_id])
    if not found:
        return {}
    art = found[0]
    art["body_html"] = storage.unpack_html(art["body_html"])
    versions = storage.versions_of(conn, article_id)
    budget = diffs.Budget()  # one for the page: many versions cost no more than one
    diffs_ = [{"from": old["version"], "to": new["version"], "fetched_at": shanghai(new["fetched_at"]),
               "changed": diffs.what_changed(old, new), "rows": diffs.diff_rows(old, new, budget=budget)}
              for old, new in zip(versions, versions[1:])]  # fmt: skip
    return {
        "article": art,
        "versions": [{**v, "fetched_at": shanghai(v["fetched_at"])} for v in versions],
        "diffs": diffs_,
        "visits": rows(
            conn, "select observed_at, visits from visit_counts where article_id = ? order by observed_at", [article_id]
        ),  # fmt: skip
        "attachments": rows(conn, "select rowid, * from attachments where article_id = ? order by rowid", [article_id]),
        "images": rows(conn, "select * from images where article_id = ? order by rowid", [article_id]),
        "ocr": rows(
            conn,
            """select o.sha256, o.page, o.text, o.error from ocr o where o.sha256 in (
                               select sha256 from images where article_id = :id
                               union select sha256 from attachments where article_id = :id)
                             order by o.sha256, o.page""",
            {"id": article_id},
        ),
        "listings": rows(conn, "select * from listings where article_id = ?", [article_id]),
        "removals": removal_evidence(
            rows(conn, "select * from removals where article_id = ? order by observed_at, id", [article_id])
        ),
        "published": shanghai(art["published"], with_time=False),
        "archived": shanghai(art["first_seen"]),
        "latest": versions[-1]["version"] if versions else art.get("version"),
    }


# What an HTTP status means to a reader; the number is shown beside it.
HTTP_WORDS = {200: "页面正常打开", 301: "永久跳转", 302: "跳转", 303: "跳转", 307: "跳转", 308: "永久跳转",
              400: "请求无效", 401: "需要登录", 403: "禁止访问", 404: "找不到页面", 410: "页面已永久删除",
              500: "服务器出错", 502: "网关出错", 503: "服务暂不可用"}  # fmt: skip
ALERT_TEXT = re.compile(r"alert\(\s*['\"]([^'\"]{1,120})['\"]")
NUMERALS = "一二三四五六七八九十"


def removal_evidence(sightings):
    """Each time the crawler found an article gone, in plain words: what the portal answered, when, and
    whether that sighting confirmed the takedown (storage.save_removal: a second sighting in a later crawl)."""
    out, confirmed_before = [], False
    for n, r in enumerate(sightings, 1):
        nth = f"第{NUMERALS[n - 1] if n <= len(NUMERALS) else n}次看到"
        if r.get("confirmed"):
            verdict = f"{nth},{'仍无法访问' if confirmed_before else '确认删除'}"
            confirmed_before = True
        else:
            verdict = f"{nth},疑似删除(待下次抓取确认)" if n == 1 else f"{nth},尚未确认"
        out.append({**r, "observed_at": shanghai(r["observed_at"]), "answer": portal_answer(r), "verdict": verdict,
                    "moved_to": r.get("final_url") if r.get("kind") == "redirect" else None})  # fmt: skip
    return out


def portal_answer(removal):
    """'返回 HTTP 200 但页面写着“信息不存在”', '返回 HTTP 404(找不到页面)', or that it led elsewhere."""
    status, kind = removal.get("status"), removal.get("kind")
    said = f"返回 HTTP {status}" + (f"({HTTP_WORDS[status]})" if status in HTTP_WORDS else "")
    if status is None:
        said = "没有返回状态码"
    if kind == "soft404":
        notice = soft404_notice(removal.get("snippet"))
        return f"返回 HTTP {status} 但页面写着“{notice}”" if notice else f"返回 HTTP {status} 但页面说文章不存在"
    if kind == "redirect":
        return "把原文地址跳转到了别的页面,不再是这篇文章" + ("" if status == 200 else f"({said})")
    return said


def soft404_notice(snippet):
    """The words of a page that says an article is gone: its alert() message, else its text, shortened."""
    m = ALERT_TEXT.search(snippet or "")
    if m:
        return m.group(1).strip()
    text = re.sub(r"(?is)<(script|style)\b.*?(</\1>|$)|<[^>]*>?", " ", snippet or "")
    text = " ".join(html.unescape(text).split())
    return text[:80] + ("…" if len(text) > 80 else "")


IMG_TAG = re.compile(r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.I)
IMG_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def archived_images(body_html, images, prefix):
    """Body HTML whose fetched images point at their archived copies (``prefix`` + sha256). An image the
    crawler refused or did not fetch becomes its address as text: a live src would have every reader's
    browser fetch it from the portal (and tell the portal who reads the archive)."""
    kept = {i["url"]: i["sha256"] for i in images if i.get("sha256") and i.get("file")}

    def swap(m):
        tag = m.group(0)
        src = IMG_SRC.search(tag)
        url = html.unescape(next(g for g in src.groups() if g is not None)) if src else ""
        if url in kept:
            return tag[: src.start()] + f' src="{prefix}{kept[url]}"' + tag[src.end() :]
        return f"<em>[图片未存档 image not archived: {html.escape(url)}]</em>" if url else ""

    return IMG_TAG.sub(swap, body_html or "")


def version(conn, article_id, number):
    """One version in full, and its differences from the one before."""
    versions = storage.versions_of(conn, article_id)
    by_number = {v["version"]: v for v in versions}
    this = by_number.get(number)
    if this is None:
        return {}
    before = by_number.get(number - 1)
    art = rows(conn, "select id, url, school, title from articles where id = ?", [article_id])
    images = rows(conn, "select url, sha256, file from images where article_id = ?", [article_id])
    return {
        "version": {
            **this,
            "fetched_at": shanghai(this["fetched_at"]),
            "published_day": shanghai(this["published"], False),
            "attachment_list": json.loads(this.get("attachments") or "[]"),
        },  # fmt: skip
        "article": art[0] if art else {},
        "before": before["version"] if before else None,
        "changed": diffs.what_changed(before, this) if before else [],
        "rows": diffs.diff_rows(before, this) if before else [],
        "count": len(versions),
        "images": images,
    }


def search_total(conn, query):
    """How many articles match a search (the index alone answers: it holds every article)."""
    from ..store import search

    if not (query or "").split():
        return 0
    return conn.execute(f"select count(*) from {search.FTS_TABLE} where {search.FTS_TABLE} match ?",
                        [search.fts_query(query)]).fetchone()[0]  # fmt: skip
