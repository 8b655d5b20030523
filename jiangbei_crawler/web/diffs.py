"""Differences between two versions of an article, character by character (Chinese has no words to split on).

Pure functions over version dicts (title, source, published, body_text, attachments JSON); the output is
escaped HTML with ``<del>`` and ``<ins>``, so a diff of hostile text is as safe as the text.
"""

import difflib
import json

from markupsafe import Markup, escape

FIELDS = (
    ("title", "标题"),
    ("source", "来源"),
    ("published", "发表时间"),
    ("body_text", "正文"),
    ("attachments", "附件"),
)


def attachment_names(version):
    return [
        f"{a.get('name')} {(a.get('sha256') or '')[:12]}".strip()
        for a in json.loads(version.get("attachments") or "[]")
    ]


def lines_of(version):
    """The version as labelled lines: its metadata, one line per paragraph, one per attachment."""
    # Empty metadata makes no line: a source that disappears shows as a deleted line, not a blank context row.
    meta = (("标题", version.get("title")), ("来源", version.get("source")), ("发表时间", version.get("published")))
    out = [(label, value) for label, value in meta if value]
    out += [("正文", line) for line in (version.get("body_text") or "").split("\n") if line]
    out += [("附件", name) for name in attachment_names(version)]
    return out


def what_changed(old, new):
    """Names of the fields that differ: 标题, 来源, 发表时间, 正文, 附件."""
    changed = []
    for key, name in FIELDS:
        a, b = (attachment_names(old), attachment_names(new)) if key == "attachments" else (old.get(key), new.get(key))
        if (a or None) != (b or None):
            changed.append(name)
    return changed


# difflib's matching is quadratic: 77 s for one 300,000-character paragraph, on every view. Only what lies
# between a changed line's common start and end is matched character by character, at most MAX_CHANGE
# characters a side and BUDGET characters a page; past either, that stretch is shown deleted and inserted
# whole ("coarse"). Unchanged text around a change is cut to CONTEXT_CHARS, and runs of more than MAX_LINES
# changed lines are paired without matching. Every step is linear in the text.
MAX_CHANGE = 2000
BUDGET = 10000
CONTEXT_CHARS = 200
MAX_LINES = 2000


class Budget:
    """Characters left to match character by character, shared by every diff of one page."""

    def __init__(self, chars=BUDGET):
        self.chars = chars

    def take(self, n):
        if n > MAX_CHANGE * 2 or n > self.chars:
            return False
        self.chars -= n
        return True


def _common_prefix(a, b):
    """Length of the common start of two sequences, by halving (slice comparisons run in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _trim(a, b):
    """(start, end_a, end_b): a[:start] == b[:start] and a[end_a:] == b[end_b:], neither overlapping."""
    start = _common_prefix(a, b)
    tail = _common_prefix(a[start:][::-1], b[start:][::-1])
    return start, len(a) - tail, len(b) - tail


def _context(text, keep_end):
    """Unchanged text beside a change, cut to CONTEXT_CHARS on the side away from it."""
    if len(text) <= CONTEXT_CHARS:
        return escape(text)
    return escape("…" + text[-CONTEXT_CHARS:]) if keep_end else escape(text[:CONTEXT_CHARS] + "…")


def _chars(a, b, budget):
    """(old html, new html, inline html, coarse) of one changed line, marked character by character."""
    start, end_a, end_b = _trim(a, b)
    ma, mb = a[start:end_a], b[start:end_b]
    coarse = not budget.take(len(ma) + len(mb))
    ops = (
        [("replace", 0, len(ma), 0, len(mb))]
        if coarse
        else difflib.SequenceMatcher(None, ma, mb, autojunk=False).get_opcodes()
    )
    head, tail = _context(a[:start], keep_end=True), _context(a[end_a:], keep_end=False)
    old, new, inline = [head], [head], [head]
    for op, i1, i2, j1, j2 in ops:
        x, y = escape(ma[i1:i2]), escape(mb[j1:j2])
        if op == "equal":
            old.append(x), new.append(y), inline.append(x)
            continue
        if i2 > i1:
            old.append(Markup("<del>%s</del>") % x)
            inline.append(Markup("<del>%s</del>") % x)
        if j2 > j1:
            new.append(Markup("<ins>%s</ins>") % y)
            inline.append(Markup("<ins>%s</ins>") % y)
    return Markup("").join(old + [tail]), Markup("").join(new + [tail]), Markup("").join(inline + [tail]), coarse


class _LineMatcher(difflib.SequenceMatcher):
    """Line opcodes: common first and last lines set aside in linear time, and a middle of more than MAX_LINES
    lines a side taken as one replacement instead of being matched."""

    def get_opcodes(self):
        a, b = self.a, self.b
        start, end_a, end_b = _trim(a, b)
        if end_a - start > MAX_LINES or end_b - start > MAX_LINES:
            middle = [("replace", start, end_a, start, end_b)]
        else:
            inner = difflib.SequenceMatcher(None, a[start:end_a], b[start:end_b], autojunk=False).get_opcodes()
            middle = [(op, i1 + start, i2 + start, j1 + start, j2 + start) for op, i1, i2, j1, j2 in inner]
        ops = [("equal", 0, start, 0, start)] if start else []
        ops += [op for op in middle if op[2] > op[1] or op[4] > op[3]]
        if end_a < len(a):
            ops.append(("equal", end_a, len(a), end_b, len(b)))
        return ops or [("equal", 0, 0, 0, 0)]


def diff_rows(old, new, context=1, budget=None):
    """Rows of a side-by-side and inline diff: {label, old, new, inline, kind, coarse}; unchanged runs are elided
    to ``context`` lines around each change. ``budget`` (a Budget) is shared by the diffs of one page."""
    a, b = lines_of(old), lines_of(new)
    budget = budget or Budget()
    rows = []
    # Lines match on (label, text), so a title never pairs with a body paragraph that reads the same.
    matcher = _LineMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        if rows:
            rows.append({"kind": "gap"})
        for op, i1, i2, j1, j2 in group:
            if op == "equal":
                for label, text in a[i1:i2]:
                    rows.append({"kind": "equal", "label": label, "old": escape(text), "new": escape(text),
                                 "inline": escape(text)})  # fmt: skip
                continue
            pairs = max(i2 - i1, j2 - j1)
            for k in range(pairs):
                left = a[i1 + k] if i1 + k < i2 else None
                right = b[j1 + k] if j1 + k < j2 else None
                if left and right:
                    o, n, inline, coarse = _chars(left[1], right[1], budget)
                    rows.append({"kind": "change", "label": right[0], "old": o, "new": n, "inline": inline,
                                 "coarse": coarse})  # fmt: skip
                elif left:
                    html = Markup("<del>%s</del>") % left[1]
                    rows.append({"kind": "delete", "label": left[0], "old": html, "new": "", "inline": html})
                else:
                    html = Markup("<ins>%s</ins>") % right[1]
                    rows.append({"kind": "insert", "label": right[0], "old": "", "new": html, "inline": html})
    return rows
