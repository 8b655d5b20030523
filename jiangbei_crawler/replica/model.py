"""The replica's deterministic model: schools, an article index and states.

Only a compact index (time, school, category per id) is held in memory; an
article's text, attachments and quirks are derived on demand from
``(seed, id, edits)``, so even the ``large`` portal starts in seconds.
"""

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field
from functools import lru_cache

from . import content as C
from .files import attachment_bytes

SIZES = {"tiny": (6, 200), "small": (60, 2000), "medium": (60, 20000), "large": (60, 100000)}

QUIRKS = (
    "encoding",  # GBK schools: declared, mis-declared as utf-8, undeclared
    "word",  # Word-pasted bodies: MsoNormal, o:p, st1:chsdate, span lang=EN-US, nested tables
    "dates",  # varied labels and formats, two-digit years, missing and garbage dates
    "missing",  # empty 来源, no visit count, empty body with only attachments
    "counter",  # visit count loaded by <script src=counter.asp>
    "pagination",  # page=N past the end returns the last page; repeated page links
    "links",  # relative, backslash, whitespace, javascript:, tracking params, off-site, {$var}
    "soft404",  # removed articles answer 200 + alert(), 404 or a redirect home
    "hostile",  # script/onerror/javascript: in bodies, NUL byte, unclosed tags, multi-MB body
    "multipage",  # long articles split over show.asp?id=N&page=2
    "crosspost",  # one id listed in two categories
    "repost",  # the same text under a new id
    "binary",  # attachments served as text/html
)
FAULTS = ("5xx", "429", "hang", "reset", "truncate", "redirect")

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
class Options:
    seed: int = 1
    schools: int = 6
    articles: int = 200
    quirks: frozenset = frozenset(QUIRKS)
    faults: dict = field(default_factory=dict, hash=False)
    hang_seconds: float = 30.0
    outage_seconds: float = 0.0  # a quarter of the 5xx / redirect URLs fail this long after the server starts
    new_per_step: int | None = None  # articles published per state step (default: 0.5% of the portal, >= 3)
    template: str = "jiangbei"  # the markup and URL family (families.py)

    @classmethod
    def build(cls, seed=1, size="tiny", schools=None, articles=None, quirks="all", faults=None, hang_seconds=30.0,
              outage_seconds=0.0, new_per_step=None, template="jiangbei"):  # fmt: skip
        from .families import family

        family(template)  # an unknown template is refused here, with the known ones
        n_schools, n_articles = SIZES[size]
        return cls(
            seed=seed,
            schools=schools or n_schools,
            articles=articles or n_articles,
            quirks=parse_quirks(quirks),
            faults=dict(faults or {}),
            hang_seconds=hang_seconds,
            outage_seconds=outage_seconds,
            new_per_step=new_per_step,
            template=template,
        )


def parse_quirks(spec):
    if spec in (None, "", "all"):
        return frozenset(QUIRKS)
    if spec == "none":
        return frozenset()
    names = frozenset(s.strip() for s in spec.split(",") if s.strip())
    unknown = names - set(QUIRKS)
    if unknown:
        raise ValueError(f"unknown quirk(s): {', '.join(sorted(unknown))}; known: {', '.join(QUIRKS)}")
    return names


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


def build_schools(opts):
    names = []
    for stage, count in C.STAGE_COUNTS.items():
        fixed = [p for p in C.SCHOOL_PATTERNS[stage] if "{p}" not in p]
        patterns = [p for p in C.SCHOOL_PATTERNS[stage] if "{p}" in p]
        stage_names = list(fixed)
        i = 0
        while len(stage_names) < count:
            name = patterns[i % len(patterns)].format(p=C.PLACES[(i * 7 + len(stage)) % len(C.PLACES)])
            if name not in stage_names:
                stage_names.append(name)
            i += 1
        names += [(stage, n) for n in stage_names]
    step = max(1, len(names) // opts.schools)
    chosen = [names[(i * step) % len(names)] for i in range(opts.schools)]
    rng = random.Random(f"{opts.seed}/schools")
    schools = []
    for i, (stage, name) in enumerate(chosen):
        enc = "utf8"
        if "encoding" in opts.quirks:
            fixed = {1: "gbk", 2: "gbk-misdeclared", 3: "gbk-nodecl"}
            enc = fixed.get(i) or rng.choices(["utf8", "gbk", "gbk-misdeclared", "gbk-nodecl"], [85, 5, 5, 5])[0]
        schools.append(School(sid=10 + i * 3, name=name, stage=stage, encoding=enc))
    return schools


class Portal:
    """The whole portal at one state. ``set_state(k)`` moves it deterministically."""

    def __init__(self, opts: Options):
        self.opts = opts
        self.schools = build_schools(opts)
        self.by_sid = {s.sid: s for s in self.schools}
        self._build_index()
        self._hits = {}
        self.state = None
        self.set_state(0)

    # ---- index -------------------------------------------------------
    def _build_index(self):
        rng = random.Random(f"{self.opts.seed}/index")
        span = (EPOCH_END - EPOCH_START).total_seconds()
        cids, weights = zip(*C.CATEGORY_WEIGHTS.items())
        rows = []
        for _ in range(self.opts.articles):
            secs = int(rng.random() * span)
            rows.append((secs, rng.randrange(len(self.schools)), rng.choices(cids, weights)[0]))
        rows.sort()
        self.first_id = 1001
        self.times = [EPOCH_START + dt.timedelta(seconds=s) for s, _, _ in rows]
        self.school_idx = [s for _, s, _ in rows]
        self.cids = [c for _, _, c in rows]
        self.born = [0] * len(rows)
        self._assign_roles(rng)

    def _assign_roles(self, rng):
        q = self.opts.quirks
        n = len(self.times)
        ids = list(range(self.first_id, self.first_id + n))
        self.extra_cid = {}
        self.repost_of = {}
        if "crosspost" in q:
            for aid in rng.sample(ids, max(1, n // 20)):
                choices = [c for c in C.CATEGORIES if c != self.cids[aid - self.first_id]]
                self.extra_cid[aid] = rng.choice(choices)
        if "repost" in q:
            later = ids[max(1, n // 10) :]  # a repost needs an earlier article
            for aid in rng.sample(later, min(len(later), max(1, n // 50))):
                orig = rng.choice(ids[: aid - self.first_id])
                if orig not in self.repost_of and aid not in self.repost_of.values():
                    self.repost_of[aid] = orig
        self.specials = {}
        if "hostile" in q:
            pool = [a for a in ids if a not in self.repost_of and a not in self.repost_of.values()]
            for role, aid in zip(("huge", "nul", "unclosed", "unclosed2"), rng.sample(pool, min(4, len(pool)))):
                self.specials[aid] = role
        self.protected = set(self.repost_of) | set(self.repost_of.values()) | set(self.specials)

    def _new_article(self, step, rng):
        aid = self.first_id + len(self.times)
        when = STATE_START + dt.timedelta(days=7 * (step - 1), seconds=rng.randrange(6 * 86400))
        cids, weights = zip(*C.CATEGORY_WEIGHTS.items())
        self.times.append(when)
        self.school_idx.append(rng.randrange(len(self.schools)))
        self.cids.append(rng.choices(cids, weights)[0])
        self.born.append(step)
        return aid

    # ---- states ------------------------------------------------------
    def set_state(self, k):
        if k == self.state:
            return
        base_n = self.opts.articles
        del self.times[base_n:], self.school_idx[base_n:], self.cids[base_n:], self.born[base_n:]
        live = set(range(self.first_id, self.first_id + base_n))
        self.edits, self.removed = {}, {}
        for step in range(1, k + 1):
            self._apply_step(step, live)
        self.live = live
        self.state = k
        self._build_lists()
        _article_cache.cache_clear()

    def _apply_step(self, step, live):
        rng = random.Random(f"{self.opts.seed}/state/{step}")
        n = self.opts.articles
        for _ in range(self.opts.new_per_step if self.opts.new_per_step is not None else max(3, n // 200)):
            live.add(self._new_article(step, rng))
        candidates = sorted(a for a in live if a not in self.protected)
        for aid in rng.sample(candidates, min(len(candidates), max(2, n // 100))):
            self.edits.setdefault(aid, []).append((step, rng.choice(("body", "title", "attachments"))))
        restore = sorted(self.removed)[: max(1, len(self.removed) // 2)] if self.removed else []
        for aid in restore:
            del self.removed[aid]
            live.add(aid)
        candidates = sorted(a for a in live if a not in self.protected and a not in self.edits)
        for k, aid in enumerate(rng.sample(candidates, min(len(candidates), max(3, n // 200)))):
            # styles rotate so that every kind of takedown appears in every step
            self.removed[aid] = ("alert", "404", "redirect")[k % 3] if "soft404" in self.opts.quirks else "404"
            live.discard(aid)

    def _build_lists(self):
        lists = {}
        for aid in self.live:
            i = aid - self.first_id
            sid = self.schools[self.school_idx[i]].sid
            for cid in self.listing_cids(aid):
                lists.setdefault((sid, cid), []).append(aid)
        for ids in lists.values():
            ids.sort(reverse=True)
        self.lists = lists
        self.latest = sorted(self.live, reverse=True)[:20]

    def listing_cids(self, aid):
        cid = self.cids[aid - self.first_id]
        extra = self.extra_cid.get(aid)
        return [cid] if extra is None else [cid, extra]

    def exists(self, aid):
        return self.first_id <= aid < self.first_id + len(self.times)

    # ---- articles ----------------------------------------------------
    def article(self, aid):
        edits = tuple(self.edits.get(aid, ()))
        return _article_cache(self, aid, edits)

    def visits(self, aid):
        rng = random.Random(f"{self.opts.seed}/visits/{aid}")
        return rng.randint(30, 3000) + self.state * rng.randint(1, 40) + self._hits.get(aid, 0)

    def hit(self, aid):
        self._hits[aid] = self._hits.get(aid, 0) + 1

    def category_path(self, cid):
        name, parent = C.CATEGORIES[cid]
        return f"{C.CATEGORIES[parent][0]}>{name}" if parent else name


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
