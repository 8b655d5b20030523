"""The replica's deterministic model: schools, an article index and states.

Only a compact index (time, school, category per id) is held in memory; an
article's text, attachments and quirks are derived on demand from
``(seed, id, edits)`` (``articles.py``), so even the ``large`` portal starts in seconds.
"""

import datetime as dt
import random
from dataclasses import dataclass, field

from . import content as C
from .articles import (
    EPOCH_END,
    EPOCH_START,
    GARBAGE_DATES,
    STATE_START,
    School,
    _article_cache,
    attachment_by_path,
    image_lines,
    is_scan,
    scan_lines,
)

# what server.py, truth.py, tests and bench import from here (articles.py now builds the articles)
__all__ = [
    "FAULTS",
    "GARBAGE_DATES",
    "QUIRKS",
    "SIZES",
    "Options",
    "Portal",
    "attachment_by_path",
    "image_lines",
    "is_scan",
    "scan_lines",
]

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
