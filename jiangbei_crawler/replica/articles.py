"""The replica's articles, derived on demand from ``(seed, id, edits)``: title, source, date, body blocks,
attachments and the quirks each carries."""

import datetime as dt
import hashlib
import random
from dataclasses import dataclass
from functools import lru_cache

from . import content as C
from .files import attachment_bytes

# the portal's calendar: state 0 spans EPOCH_START..EPOCH_END; state step k publishes in week k from STATE_START
EPOCH_START = dt.datetime(2010, 1, 1, 8, 0)
EPOCH_END = dt.datetime(2026, 9, 30, 18, 0)
STATE_START = dt.datetime(2026, 10, 1, 8, 0)

DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S", "%Y年%m月%d日", "{y}-{m}-{d}", "%y年%m月%d日")
DATE_LABELS = ("发表时间", "发布时间", "发布日期", "更新时间")
GARBAGE_DATES = ("0000-00-00", "2013-13-45", "暂无", "--")
WITH_TIME = {"%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M:%S"}


def normalize_line(text):
    """The body-text rule for one line: drop control characters, collapse whitespace."""
    text = "".join(c for c in text if c >= " " or c in "\t\n\r")
    return " ".join(text.split())


@dataclass(frozen=True)
class School:
    sid: int
    name: str
    stage: str
    encoding: str  # utf8 | gbk | gbk-misdeclared | gbk-nodecl


@dataclass
class Attachment:
    name: str
    ext: str
    path: str  # canonical path on the portal
    href: str  # as written in the page (may be quirky)
    offsite: bool
    content_seed: str
    served_as_html: bool = False

    def body(self):
        return _attachment_body(self.content_seed, self.ext, self.name)

    def sha256(self):
        return None if self.offsite else hashlib.sha256(self.body()).hexdigest()


@lru_cache(maxsize=512)
def _attachment_body(seed, ext, name):
    if ext == "pdf" and is_scan(seed):
        return attachment_bytes("scan.pdf", name, scan_lines(seed), "")
    rng = random.Random(seed)
    lines = [rng.choice(C.SENTENCES).format(**_fill(rng, "江北区", "校务公开")) for _ in range(3)]
    return attachment_bytes(ext, name, lines, f"Jiangbei disclosure attachment {seed}")


def is_scan(seed):
    """A third of the PDFs are scanned pages: an image of text, no text layer."""
    return random.Random(f"{seed}/isscan").random() < 0.34


def scan_lines(seed):
    """The text drawn in a scanned PDF; "扫描件" occurs only there."""
    rng = random.Random(f"{seed}/scan")
    return ("江北区校务公开扫描件", f"文号甬教〔{rng.randint(2010, 2024)}〕{rng.randint(1, 99)}号")


def image_lines(article):
    """The text drawn in an article's body image; "图片公示" occurs only there."""
    return (f"{article.school.name}图片公示", f"编号{article.id}住宿费每生每学期{800 + article.id % 5 * 100}元")


@dataclass
class Article:
    id: int
    school: School
    cid: int
    listings: list  # [(sid, cid)]
    when: dt.datetime
    title: str
    source: str
    date_html: str  # "发表时间:2013-10-25" or "" when missing
    published: str | None
    visits_mode: str  # inline | script | none
    blocks: list  # [(kind, payload)]
    attachments: list
    word: bool
    pages: int
    duplicate_of: int | None
    flags: frozenset

    def body_lines(self):
        return [line for kind, payload in self.blocks for line in _block_lines(kind, payload)]


def _block_lines(kind, payload):
    if kind in ("p", "heading", "sign"):
        lines = [payload]
    elif kind == "table":
        lines = [cell for row in payload for cell in row]
    elif kind == "hostile":
        lines = ["".join(payload)]
    else:
        lines = []
    return [n for n in (normalize_line(x) for x in lines) if n]


def _fill(rng, school, topic, year=2013):
    teacher = rng.choice(C.SURNAMES) + rng.choice(C.GIVEN)
    return {
        "school": school,
        "topic": topic,
        "year": year,
        "month": rng.randint(1, 12),
        "day": rng.randint(1, 28),
        "teacher": teacher,
        "teacher2": rng.choice(C.SURNAMES) + rng.choice(C.GIVEN),
        "dept": rng.choice(C.DEPARTMENTS),
        "n": rng.randint(20, 120),
        "m": rng.randint(3, 40),
        "k": rng.randint(5, 60),
    }


@lru_cache(maxsize=4096)
def _article_cache(portal, aid, edits):
    return make_article(portal, aid, edits)


def make_article(portal, aid, edits):
    opts, q = portal.opts, portal.opts.quirks
    i = aid - portal.first_id
    school = portal.schools[portal.school_idx[i]]
    orig = portal.repost_of.get(aid, aid)
    rng = random.Random(f"{opts.seed}/art/{orig}")
    cid = portal.cids[orig - portal.first_id]
    when = portal.times[i]
    topic = rng.choice(C.TOPICS[cid])
    src_school = portal.schools[portal.school_idx[orig - portal.first_id]]
    year = portal.times[orig - portal.first_id].year
    title = rng.choice(C.TITLE_PATTERNS).format(
        school=src_school.name, year=year, topic=topic, slogan=rng.choice(C.SLOGANS)
    )
    source = src_school.name + rng.choice(C.DEPARTMENTS)
    flags = set()
    if "missing" in q and rng.random() < 0.08:
        source, flags = "", flags | {"nosource"}
    role = portal.specials.get(aid)
    blocks = _make_blocks(rng, src_school.name, topic, year, q, role)
    attachments = _make_attachments(portal, aid, orig, rng, topic, src_school.name, year, when)
    # a hostile article keeps its body: an empty one would hide the quirk it carries
    if "missing" in q and attachments and rng.random() < 0.15 and role is None:
        blocks, flags = [], flags | {"emptybody"}
    title, blocks, attachments = _apply_edits(portal, aid, edits, title, blocks, attachments, when)
    # rendering choices are drawn from the article's own id, so reposts differ in form only
    frng = random.Random(f"{opts.seed}/form/{aid}")
    date_html, published = _make_date(frng, when, q)
    visits_mode = "inline"
    if "counter" in q and frng.random() < 0.2:
        visits_mode = "script"
    elif "missing" in q and frng.random() < 0.05:
        visits_mode = "none"
    pages = 1
    if "multipage" in q and len(blocks) >= 8 and frng.random() < 0.3:
        pages = 2 + (len(blocks) >= 14)
    if role == "huge":
        pages = 1
    return Article(
        id=aid,
        school=school,
        cid=portal.cids[i],
        listings=[(school.sid, c) for c in portal.listing_cids(aid)],
        when=when,
        title=title,
        source=source,
        date_html=date_html,
        published=published,
        visits_mode=visits_mode,
        blocks=blocks,
        attachments=attachments,
        word="word" in q and frng.random() < 0.6,
        pages=pages,
        duplicate_of=portal.repost_of.get(aid),
        flags=frozenset(flags | ({role} if role else set())),
    )


def _make_date(rng, when, q):
    fmt, label = "%Y-%m-%d", "发表时间"
    if "dates" in q:
        fmt, label = rng.choice(DATE_FORMATS), rng.choice(DATE_LABELS)
        r = rng.random()
        if r < 0.03:
            return "", None
        if r < 0.06:
            return f"{label}:{rng.choice(GARBAGE_DATES)}", None
    if fmt == "{y}-{m}-{d}":
        text = f"{when.year}-{when.month}-{when.day}"
    else:
        text = when.strftime(fmt)
    shown = when if fmt in WITH_TIME else when.replace(hour=0, minute=0, second=0)
    return f"{label}:{text}", shown.strftime("%Y-%m-%dT%H:%M:%S+08:00")


def _make_blocks(rng, school, topic, year, q, role):
    fill = _fill(rng, school, topic, year)
    blocks = [("p", rng.choice(C.OPENINGS).format(**fill))]
    n = rng.randint(3, 16)
    for _j in range(n):
        fill = _fill(rng, school, topic, year)
        r = rng.random()
        if r < 0.12:
            blocks.append(("heading", rng.choice(C.HEADINGS)))
        elif r < 0.18:
            header = rng.choice(C.TABLE_HEADERS)
            rows = [header] + [[f"{h}{fill['n'] + k}" for h in header] for k in range(rng.randint(1, 3))]
            blocks.append(("table", rows))
        elif r < 0.22:
            blocks.append(("img", None))
        else:
            k = rng.randint(1, 3)
            blocks.append(("p", "".join(rng.choice(C.SENTENCES).format(**fill) for _ in range(k))))
    if "hostile" in q and rng.random() < 0.05:
        blocks.insert(len(blocks) // 2, ("hostile", ["详情请", "点击这里", "查看"]))
    if role == "huge":
        line = "".join(s.format(**fill) for s in C.SENTENCES) * 2
        blocks += [("p", f"{k + 1}. {line}") for k in range(2000)]
    blocks += [("sign", school), ("sign", f"{year}年{rng.randint(1, 12)}月")]
    return blocks


def _make_attachments(portal, aid, orig, rng, topic, school, year, when):
    q = portal.opts.quirks
    out = []
    for idx in range(rng.choices((0, 1, 2, 3), (50, 30, 15, 5))[0]):
        out.append(_attachment(portal, aid, orig, idx, rng, topic, school, year, when))
    if "links" in q and out and rng.random() < 0.1:
        name = f"{topic}(内网).doc"
        href = f"http://10.19.1.5/UploadFiles/{when:%Y%m}/{aid}.doc"
        out.append(Attachment(name, "doc", href, href, True, f"{orig}/intranet"))
    return out


def _attachment(portal, aid, orig, idx, rng, topic, school, year, when):
    q = portal.opts.quirks
    ext = rng.choice(C.ATTACHMENT_EXTS)
    name = rng.choice(C.ATTACHMENT_NAMES).format(topic=topic, school=school, year=year, n=idx + 1) + "." + ext
    frng = random.Random(f"{portal.opts.seed}/att/{aid}/{idx}")
    if frng.random() < 0.2:
        path = f"/download.asp?id={aid * 100 + idx}"
    else:
        path = f"/UploadFiles/{when:%Y%m}/{when:%Y%m%d%H%M}{aid:07d}{idx:02d}.{ext}"
    href = path
    if "links" in q and path.startswith("/UploadFiles") and frng.random() < 0.3:
        href = frng.choice([path.lstrip("/").replace("/", "\\"), f" \n{path}\n ", f"..{path}"])
    as_html = "binary" in q and frng.random() < 0.15
    return Attachment(name, ext, path, href, False, f"{portal.opts.seed}/{orig}/{idx}", as_html)


def _apply_edits(portal, aid, edits, title, blocks, attachments, when):
    blocks, attachments = list(blocks), list(attachments)
    n_title = 0
    for step, kind in edits:
        edited = STATE_START + dt.timedelta(days=7 * (step - 1))
        if kind == "title":
            n_title += 1
        elif kind == "body":
            note = f"更正说明:本文于{edited.year}年{edited.month}月{edited.day}日对第{step}项内容进行了更正。"
            blocks.insert(max(0, len(blocks) - 2), ("p", note))
        else:
            rng = random.Random(f"{portal.opts.seed}/edit/{aid}/{step}")
            att = _attachment(portal, aid, f"{aid}e{step}", 10 + step, rng, "补充材料", "", edited.year, when)
            attachments.append(att)
    if n_title:
        title = f"{title}(更正)" if n_title == 1 else f"{title}(第{n_title}次更正)"
    return title, blocks, attachments


def attachment_by_path(portal, aid, path):
    art = portal.article(aid)
    return next((a for a in art.attachments if a.path == path and not a.offsite), None)
