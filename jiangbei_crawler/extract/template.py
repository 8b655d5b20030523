"""Template memory: the pages of a portal grouped by the template they were built from, and what each template's
pages share (chrome) and where they differ (content).

A portal is a few hundred pages from a handful of templates. Two pages are of one template when the skeletons of
their markup (the tag, id and class paths of their structural elements, not their text) mostly coincide
(Bar-Yossef and Rajagopalan 2002; the site style tree of Yi, Liu and Li 2003). Within a template, a piece of text
at the same path on most pages is chrome (menus, side lists, footers, 分享到); what differs is content. The
content region is the deepest element, one per page, that holds most of the content's non-link text on the
template's pages: the body rung of ``extract.body`` that needs no container name and leaves side lists out.
Chrome is learnt to find the region, never taken out of a body: a school's sign-off repeats on most of its
notices and is the author's.

Nothing here names a site: the thresholds are about pages in general, and the fixtures of
``tests/test_template.py`` are hand-written pages of two template families.
"""

import hashlib
import json
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree

from .dom import body_of, contains, tag_name
from .text import SKIP_TAGS

STRUCTURE = frozenset("div table ul ol dl section article main header footer nav aside form td center".split())
SKELETON_DEPTH = 9  # structural elements this deep (from <html>) make the skeleton; a body's own markup is deeper
MAX_SKELETON = 2000  # paths kept of a skeleton (a school's page has a few hundred)
SAME_TEMPLATE = 0.75  # Jaccard similarity of skeletons at which two pages are of one template
CLEARLY_SAME = 0.9  # ... at which no better template is looked for
LEARN_AT = 3  # pages a template needs before its chrome and content region are learnt
RICH_PAGES = 4  # pages with content (MIN_PAGE_CONTENT) that settle a template's region
MAX_SAMPLES = 12  # pages kept to learn from, at most: a window of the latest, the older ones forgotten
MAX_TRIES = 48  # pages read as articles after which a template without a region settles without one (a channel
# of image notices comes first in a crawl: its pages show no content to learn a region from)
CHROME_SHARE = 0.6  # a text at one path on this share of a template's pages is chrome
REGION_SHARE = 0.7  # the content region holds this share of the content's non-link text of the pages
REGION_CHROME = 0.5  # ... and at most this share of the chrome's non-link text (else it is a page wrapper)
UNIQUE_SHARE = 0.6  # ... and is one element on this share of the pages
MAX_TEMPLATES = 300  # templates kept per portal; a page that fits none past it is read without one
FIELD_VOTES = 3  # pages that showed a field at one path before the template reads the field there
FIELD_SHARE = 0.8  # ... and the share of the latest pages (MAX_SAMPLES) that showed it there
DIGITS = re.compile(r"\d+")
PUNCT = re.compile(r"[，。；：、！？“”,.;:!?]")
PROSE_RUN = 20  # characters of a run of text that is prose even without punctuation
MIN_PAGE_CONTENT = 100  # weighted characters of content that make a page one to learn a region from (a
# template's first pages may be an image notice or a channel's short page: a region learnt from their date line
# would be no body's)


def _step(el):
    """An element as a path step: its tag, id and first class, with digits as one mark (``content_4337``)."""
    step = tag_name(el)
    if el.get("id"):
        step += "#" + DIGITS.sub("9", el.get("id").strip())
    classes = (el.get("class") or "").split()
    if classes:
        step += "." + DIGITS.sub("9", classes[0])
    return step


def element_paths(root):
    """element -> its path from <html>: one walk, each path built from its parent's."""
    paths = {root: _step(root)}
    for el in root.iterdescendants():
        if isinstance(el.tag, str):
            paths[el] = paths[el.getparent()] + "/" + _step(el)
    return paths


def _depth(path):
    return path.count("/")


def skeleton(paths):
    """The structural paths of a page down to SKELETON_DEPTH: what its template decides, not its content. At most
    MAX_SKELETON of them, the shallowest: a hostile page of endless distinct classes costs no more than that."""
    found = {p for el, p in paths.items() if tag_name(el) in STRUCTURE and _depth(p) <= SKELETON_DEPTH}
    if len(found) > MAX_SKELETON:
        found = sorted(found, key=lambda p: (_depth(p), p))[:MAX_SKELETON]
    return frozenset(found)


def similarity(a, b):
    return len(a & b) / len(a | b) if a or b else 1.0


def segments(root, paths):
    """(path, text, in a link) of every run of text in the page's body, in document order."""
    out = []
    body = body_of(root)
    walker = etree.iterwalk(body, events=("start", "end"))
    stack, links = [], 0
    for event, el in walker:
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if tag_name(el) in SKIP_TAGS:
                walker.skip_subtree()
                stack.append(None)
                continue
            links += tag_name(el) == "a"
            stack.append(el)
            _add(out, paths.get(el), el.text, links)
            continue
        entry = stack.pop()
        if entry is not None and tag_name(el) == "a":
            links -= 1
        parent = stack[-1] if stack else None
        if parent is not None:
            _add(out, paths.get(parent), el.tail, links)
    return out


def _add(out, path, text, links):
    text = " ".join((text or "").split())
    if text and path:
        out.append((path, text, links > 0))


def chrome_key(path, text):
    """A text as chrome knows it: with the element it sits in (tag, id, class), not its whole path, so that the
    template's 【打印正文】 is known where broken markup nested it elsewhere."""
    return path[path.rfind("/") + 1 :], text


@dataclass
class Sample:
    """What learning needs of one page: its text runs and how many elements sit at each path."""

    segments: list
    counts: Counter

    @classmethod
    def of(cls, paths, root):
        return cls(segments(root, paths), Counter(paths.values()))  # the paths are the page's own strings


@dataclass
class Template:
    id: str
    skeleton: frozenset
    pages: int = 0
    roles: Counter = field(default_factory=Counter)  # evidence: how its pages were read, how they were reached
    region: str | None = None  # path of the content region, once learnt
    samples: list = field(default_factory=list)
    rich: int = 0  # samples with content the region was learnt from
    settled: bool = False  # learns nothing more (it has its region, or MAX_TRIES pages showed none)
    tries: int = 0  # pages read as articles it learnt from
    example_url: str | None = None  # a page of it, for the operator
    fields: dict = field(default_factory=dict)  # title / published -> the path its pages show it at, once learnt
    votes: dict = field(default_factory=dict)  # ... while learnt: field -> [tries, [(path, text) of latest pages]]

    @property
    def role(self):
        """The group's role from its pages: an article group when most were read as articles, a list group when
        most were lists, both when most were both; hub otherwise."""
        read = {k: self.roles[k] for k in ("article", "list", "both", "hub")}
        best = max(read, key=read.get)
        return best if read[best] else None

    def row(self):
        return {
            "id": self.id, "pages": self.pages, "role": self.role,
            "evidence": json.dumps(dict(sorted(self.roles.items())), ensure_ascii=False),
            "region": self.region, "example_url": self.example_url, "skeleton": json.dumps(sorted(self.skeleton)),
            "fields": json.dumps(self.fields, sort_keys=True),
        }  # fmt: skip


def learn(template):
    """The content region from the template's samples: the chrome (the texts most of them repeat) from all of
    them, the region from those that show content."""
    samples = template.samples
    seen = Counter()
    for s in samples:
        seen.update({chrome_key(p, t) for p, t, _ in s.segments})
    need = max(2, CHROME_SHARE * len(samples))
    chrome = {k for k, n in seen.items() if n >= need}
    template.region, template.rich = _region(samples, chrome)


def learn_fields(template, found):
    """``found``: field -> (path, text) where one article page showed it. A field's path is learnt when most of
    the latest pages showed it there, and what it held varies: one text on most of them (a banner's today's
    date, the site's name) is chrome, never a title or a publish date. A field no path wins for in MAX_TRIES
    pages is not learnt (its pages put it in many places)."""
    for name, (path, text) in found.items():
        if name in template.fields:
            continue
        tries, window = template.votes.setdefault(name, [0, []])
        if tries >= MAX_TRIES:
            continue
        window[:] = [*window[1 - MAX_SAMPLES :], (path, text)]
        template.votes[name][0] = tries + 1
        best, n = Counter(p for p, _ in window).most_common(1)[0]
        texts = Counter(t for p, t in window if p == best)
        if n >= FIELD_VOTES and n >= FIELD_SHARE * len(window) and texts.most_common(1)[0][1] <= n / 2:
            template.fields[name] = best
            del template.votes[name]


def _prefixes(path):
    parts = path.split("/")
    return ("/".join(parts[: i + 1]) for i in range(len(parts)))


def _weight(text):
    """What a run of text weighs as content: prose counts in full; a short run without punctuation (a date, a
    counter, a label, a side list's date column) hardly at all, so a template's side lists never outweigh its
    bodies."""
    return len(text) if len(text) >= PROSE_RUN or PUNCT.search(text) else 0.1 * len(text)


def _region(samples, chrome):
    """(path, pages it was learnt from): the deepest path, one element on most pages, holding most of the
    content (non-link text not in the chrome) of the pages that show some, and not most of their chrome; None
    when fewer than two pages show content or it varies everywhere."""
    content, boiler, rich = Counter(), Counter(), []
    for s in samples:
        mine, fixed = Counter(), Counter()
        for path, text, link in s.segments:
            if not link:
                share = fixed if chrome_key(path, text) in chrome else mine
                for prefix in _prefixes(path):
                    share[prefix] += _weight(text)
        if mine.get("html", 0) >= MIN_PAGE_CONTENT:
            rich.append(s)
            content.update(mine)
            boiler.update(fixed)
    if len(rich) < 2:
        return None, len(rich)
    unique = Counter()
    for s in rich:
        unique.update(p for p, n in s.counts.items() if n == 1)
    total, total_chrome = content["html"], boiler.get("html", 0) or 1
    ok = [
        p
        for p, v in content.items()
        if v >= REGION_SHARE * total
        and boiler[p] <= REGION_CHROME * total_chrome
        and unique[p] >= UNIQUE_SHARE * len(rich)
        and tag_name_of(p) not in ("html", "body")
    ]
    return (max(ok, key=lambda p: (_depth(p), p)) if ok else None), len(rich)


def tag_name_of(path):
    return path.rsplit("/", 1)[-1].split("#")[0].split(".")[0]


class TemplateMemory:
    """The templates of one portal, learnt as its pages are read; safe to use from the worker thread that reads a
    large page. ``rows()``/``from_rows()`` are what the archive keeps of them."""

    def __init__(self, templates=()):
        self.templates = list(templates)
        self.lock = threading.Lock()

    def place(self, paths):
        """The template of a page (a new one when it fits none)."""
        skel = skeleton(paths)
        with self.lock:
            best, score = None, 0.0
            for t in self.templates:  # the template matched last first: a crawl reads runs of pages of one
                s = similarity(skel, t.skeleton)
                if s > score:
                    best, score = t, s
                    if s >= CLEARLY_SAME:
                        break
            if best is not None and score >= SAME_TEMPLATE:
                self.templates.remove(best)
                self.templates.insert(0, best)
                return best
            if len(self.templates) >= MAX_TEMPLATES:
                return None
            digest = hashlib.blake2b("\n".join(sorted(skel)).encode(), digest_size=6).hexdigest()
            best = Template(digest, skel)
            self.templates.insert(0, best)
            return best

    def observe(self, template, paths, root, kind, reached, url=None, fields=None):
        """A page of ``template`` was read as ``kind``, reached as ``reached`` (what the link said it was);
        ``fields``: where it showed its title and date (``template_fields.field_places``)."""
        with self.lock:
            template.pages += 1
            template.example_url = template.example_url or url
            template.roles[kind] += 1
            if reached:
                template.roles[f"reached as {reached}"] += 1
            if fields and kind in ("article", "both"):
                learn_fields(template, fields)
            if template.settled or kind not in ("article", "both"):
                return  # the region is where the template's articles hold their bodies: learnt from articles only
            template.samples = [*template.samples[1 - MAX_SAMPLES :], Sample.of(paths, root)]
            template.tries += 1
            if len(template.samples) >= LEARN_AT:
                learn(template)
            if (template.region and template.rich >= RICH_PAGES) or template.tries >= MAX_TRIES:
                template.settled, template.samples = True, []  # its samples' memory goes

    def summary(self):
        """What an operator reads of each template (the probe prints it), most pages first."""
        return [
            {"id": t.id, "pages": t.pages, "role": t.role, "evidence": dict(t.roles), "region": t.region,
             "fields": t.fields, "example_url": t.example_url}
            for t in sorted(self.templates, key=lambda t: -t.pages)
        ]  # fmt: skip

    def rows(self):
        return [t.row() for t in self.templates]

    @classmethod
    def from_rows(cls, rows):
        """What an earlier crawl learnt: a template with a region is settled; one without learns again."""
        out = []
        for r in rows:
            t = Template(r["id"], frozenset(json.loads(r["skeleton"])), r["pages"] or 0)
            t.roles = Counter(json.loads(r["evidence"] or "{}"))
            t.region = r["region"]
            t.example_url = r.get("example_url")
            t.fields = json.loads(r.get("fields") or "{}")
            t.settled = bool(t.region)
            out.append(t)
        return cls(out)


def region_of(template, paths):
    """The page's element at the template's content region: the element itself, or the nearest element holding
    all of them when the path is not unique on this page; None when the page has none."""
    if template is None or not template.region:
        return None
    found = [el for el, p in paths.items() if p == template.region]
    if not found:
        return None
    node = found[0]
    while node is not None and not all(contains(node, el) for el in found):  # their nearest common ancestor
        node = node.getparent()
    return node
