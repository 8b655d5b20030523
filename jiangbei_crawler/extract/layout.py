"""One pass over a page: where each element sits, and how much text, link text and punctuation it holds.

The generic rules (body by text density, header region, list rows) all read
these numbers, so the page is walked once, iteratively (nesting depth is
unbounded), in time linear in its size.
"""

import re
from bisect import bisect_left

from lxml import etree

from . import rules
from .dom import attr_words, body_of, tag_name, text_of
from .patterns import BOILERPLATE_ATTR, ENTRY_PART
from .text import BLOCK_TAGS, SKIP_TAGS

# before the rule layout.side_is_a_place: any name ending in "side" was chrome, the main column rside too
SIDE_SUFFIX_TOO = re.compile(BOILERPLATE_ATTR.pattern + r"|side\b", re.I)


def boilerplate_words():
    """The names that mark navigation, footers and side boxes, as the rules switched on read them."""
    return BOILERPLATE_ATTR if rules.on("layout.side_is_a_place") else SIDE_SUFFIX_TOO


PUNCT = re.compile(r"[，。；：、！？“”‘’《》（）,;!?]")
CHARS, LINK_CHARS, PUNCTS, TAGS, LINKS = range(5)
SHORT_TAGS = 100  # elements a title, label line, pager or navigation line holds, with room to spare


class Layout:
    """Per-element counts and document positions of a parsed page."""

    def __init__(self, root):
        self.root = root
        self.body = body_of(root)
        self.stats = {}  # element -> [chars, link chars, punctuation, descendant tags, links]
        self.span = {}  # element -> (start, end) positions in document order
        self.boiler = set()  # elements that are, or sit inside, navigation/footer/sidebar markup
        self.segments = []  # (position, text) in document order; "\n" marks block boundaries
        self._positions = None  # the segments' positions, for bisecting
        self._text = None  # the whole text, once asked for
        self._short = {}  # element -> its short text, once asked for
        self._by_start = None  # (start, element) in document order, for bisecting
        self._walk()

    def _walk(self):
        pos = 0
        stack = []  # (element, counts)
        in_link = 0
        boiler_depth = 0
        seg = self.segments
        boiler_rx = boilerplate_words()
        walker = etree.iterwalk(self.body, events=("start", "end", "comment"))
        for event, el in walker:
            if event == "comment":
                if el.tail:
                    self._add_text(stack, el.tail, in_link, pos)
                continue
            if event == "start":
                name = tag_name(el)
                pos += 1
                if name in SKIP_TAGS:
                    walker.skip_subtree()
                    stack.append((el, None))
                    continue
                if name == "a":
                    in_link += 1
                is_boiler = False
                if "class" in el.attrib or "id" in el.attrib:  # most elements name nothing: no words to read
                    words = attr_words(el)
                    is_boiler = bool(boiler_rx.search(words)) and el is not self.body and not _entry_part(words)
                if is_boiler:
                    boiler_depth += 1
                if boiler_depth:
                    self.boiler.add(el)
                counts = [0, 0, 0, 0, 1 if name == "a" else 0]
                stack.append((el, counts, pos, is_boiler, name))
                if name in BLOCK_TAGS:
                    seg.append((pos, "\n"))
                if el.text:
                    self._add_text(stack, el.text, in_link, pos)
                continue
            pos += 1
            entry = stack.pop()
            if entry[1] is None:  # a skipped element: only its tail is text
                if el.tail and stack:
                    self._add_text(stack, el.tail, in_link, pos)
                continue
            _, counts, start, is_boiler, name = entry
            self.stats[el] = counts
            self.span[el] = (start, pos)
            if name == "a":
                in_link -= 1
            if is_boiler:
                boiler_depth -= 1
            if stack and stack[-1][1] is not None:
                parent = stack[-1][1]
                for i in range(4):
                    parent[i] += counts[i]
                parent[TAGS] += 1
                parent[LINKS] += counts[LINKS]
            if name in BLOCK_TAGS:
                seg.append((pos, "\n"))
            if el.tail and stack:
                self._add_text(stack, el.tail, in_link, pos)

    def _add_text(self, stack, text, in_link, pos):
        n = len("".join(text.split()))  # characters that are not white space
        if not n:
            return
        self.segments.append((pos, text))
        counts = stack[-1][1]
        if counts is None:
            return
        if in_link:
            counts[LINK_CHARS] += n
        else:
            counts[CHARS] += n
            counts[PUNCTS] += len(PUNCT.findall(text))

    # ---- reading the numbers -------------------------------------------
    def mass(self, el):
        """Non-link text, punctuation weighted: what a body paragraph has and a menu has not."""
        s = self.stats.get(el)
        return s[CHARS] + 8 * s[PUNCTS] if s else 0

    def link_ratio(self, el):
        s = self.stats.get(el)
        if not s or not (s[CHARS] + s[LINK_CHARS]):
            return 0.0
        return s[LINK_CHARS] / (s[CHARS] + s[LINK_CHARS])

    def chars(self, el):
        s = self.stats.get(el)
        return s[CHARS] + s[LINK_CHARS] if s else 0

    def short_text(self, el):
        """Text of ``el`` when it holds few elements, else None.

        A wrapper of many elements is no title, label line or pager; reading the text
        of every such wrapper again would make a deep page cost its size times its depth.
        """
        if el not in self._short:  # asked of the same element by several rungs (title, header, body's skip set)
            s = self.stats.get(el)
            self._short[el] = None if s and s[TAGS] > SHORT_TAGS else text_of(el)
        return self._short[el]

    def start(self, el):
        return self.span.get(el, (0, 0))[0]

    def end(self, el):
        return self.span.get(el, (0, 0))[1]

    def text(self):
        """The page's whole text, block boundaries as newlines (joined once, for page-wide scans)."""
        if self._text is None:
            self._text = "".join(text for _, text in self.segments)
        return self._text

    def elements_between(self, start, end):
        """The elements lying wholly between two document positions, in document order: a bisect, where a scan of
        every element would cost the page's size for each header or footer read."""
        if self._by_start is None:
            self._by_start = sorted(((s, i, el) for i, (el, (s, _)) in enumerate(self.span.items())))
        i = bisect_left(self._by_start, (start,))
        for s, _, el in self._by_start[i:]:
            if s >= end:
                break
            if self.span[el][1] <= end:
                yield el

    def text_between(self, start, end, limit=1500):
        """Text of the page between two document positions, block boundaries as newlines."""
        if self._positions is None or len(self._positions) != len(self.segments):
            self._positions = [pos for pos, _ in self.segments]
        out, size = [], 0
        for i in range(bisect_left(self._positions, start), len(self.segments)):
            pos, text = self.segments[i]
            if pos >= end or size > limit:
                break
            out.append(text)
            size += len(text)
        return "".join(out)


def _entry_part(words):
    return bool(ENTRY_PART.search(words)) and rules.on("layout.entry_parts")
