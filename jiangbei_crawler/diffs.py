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


def _chars(a, b):
    """(old html, new html, inline html) of one changed line, marked character by character."""
    old, new, inline = [], [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        x, y = escape(a[i1:i2]), escape(b[j1:j2])
        if op == "equal":
            old.append(x), new.append(y), inline.append(x)
            continue
        if i2 > i1:
            old.append(Markup("<del>%s</del>") % x)
            inline.append(Markup("<del>%s</del>") % x)
        if j2 > j1:
            new.append(Markup("<ins>%s</ins>") % y)
            inline.append(Markup("<ins>%s</ins>") % y)
    return Markup("").join(old), Markup("").join(new), Markup("").join(inline)


def diff_rows(old, new, context=1):
    """Rows of a side-by-side and inline diff: {label, old, new, inline, kind}; unchanged runs are elided
    to ``context`` lines around each change."""
    a, b = lines_of(old), lines_of(new)
    rows = []
    # Lines match on (label, text), so a title never pairs with a body paragraph that reads the same.
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
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
                    o, n, inline = _chars(left[1], right[1])
                    rows.append({"kind": "change", "label": right[0], "old": o, "new": n, "inline": inline})
                elif left:
                    html = Markup("<del>%s</del>") % left[1]
                    rows.append({"kind": "delete", "label": left[0], "old": html, "new": "", "inline": html})
                else:
                    html = Markup("<ins>%s</ins>") % right[1]
                    rows.append({"kind": "insert", "label": right[0], "old": "", "new": html, "inline": html})
    return rows
