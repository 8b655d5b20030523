"""Chinese full-text search as exact substring search over an FTS5 index.

SQLite's tokenizers see a run of Han characters as one word, so 师德 inside
a sentence is never found. Here every whitespace-separated run of text is
indexed as its overlapping character bigrams, the last character of a run as a
unigram, each spelled as hex code points (``5e08x5fb7`` for 师德) so that
the stock ``unicode61`` tokenizer keeps them whole, case and punctuation
included. A query term becomes:

* 1 character ``c``: the prefix query ``<c>x*``, which matches every bigram
  starting with ``c`` and the run-final unigram ``c``: every occurrence (a
  prefix index of length 5 answers it directly for characters of 4 hex digits);
* n >= 2 characters: the phrase of its n-1 bigrams, which matches exactly the
  positions where the term occurs as a substring.

Terms separated by whitespace are ANDed. The result set therefore equals an
``instr()`` scan of the same columns, at index speed. The FTS table is
contentless (the hex spelling would triple the archive); rows are re-indexed
from ``articles`` whenever an article's searchable text changes.
"""

import re

FTS_TABLE = "articles_fts"
COLUMNS = ("title", "body_text", "attachments_text")
NO_MATCH = "zzzz"  # never a token: tokens are hex digits and 'x'


class _HexTable(dict):
    """char -> hex code point (or hex + 'x'), computed once per character."""

    def __init__(self, suffix):
        super().__init__()
        self.suffix = suffix

    def __missing__(self, c):
        value = self[c] = f"{ord(c):x}{self.suffix}"
        return value


_HEX, _HEXX = _HexTable(""), _HexTable("x")


def _hex(c):
    return _HEX[c]


def _char(c):
    return _HEXX[c]


def encode_run(run):
    """Bigram tokens of one run, in order, then the run's last character as a unigram."""
    tokens = list(map(str.__add__, map(_HEXX.__getitem__, run[:-1]), map(_HEX.__getitem__, run[1:])))
    tokens.append(_HEXX[run[-1]])
    return " ".join(tokens)


def encode_text(text):
    return " ".join(encode_run(run) for run in (text or "").split())


def fts_query(query):
    """FTS5 MATCH expression equivalent to ``instr(col, term)`` for every term (AND)."""
    terms = (query or "").split()
    if not terms:
        return NO_MATCH
    parts = []
    for term in terms:
        if len(term) == 1:
            parts.append(_char(term) + "*")
        else:
            bigrams = " ".join(_hex(a) + "x" + _hex(b) for a, b in zip(term, term[1:]))
            parts.append(f'"{bigrams}"')
    return " AND ".join(parts)


# prefix='5': a 1-character query on a BMP character (4 hex digits + 'x') reads one prefix-index
# entry instead of merging every bigram that starts with it (6x faster for ~15% more archive).
PREFIX = "prefix='5'"
FTS_SQL = (
    f"create virtual table {FTS_TABLE} using fts5({', '.join(COLUMNS)}, content='', tokenize='unicode61', {PREFIX})"
)


def ensure_fts(db):
    """Create the index, or rebuild it from ``articles`` when an archive holds an older definition."""
    row = db.execute("select sql from sqlite_master where name = ?", [FTS_TABLE]).fetchone()
    if row and PREFIX in row[0]:
        return
    if row:
        db.execute(f"drop table {FTS_TABLE}")
    db.execute(FTS_SQL)
    if row:
        rebuild(db)


def _values(row):
    return [encode_text(row.get(c)) for c in COLUMNS]


def index_article(db, article_id, old_row=None):
    """Re-index one article from its current row; ``old_row`` is what was indexed before."""
    cols = ", ".join(COLUMNS)
    marks = ", ".join("?" * len(COLUMNS))
    if old_row is not None:
        db.execute(
            f"insert into {FTS_TABLE}({FTS_TABLE}, rowid, {cols}) values('delete', ?, {marks})",
            [article_id, *_values(old_row)],
        )
    row = db.execute(f"select {cols} from articles where id = ?", [article_id]).fetchone()
    if row is not None:
        db.execute(
            f"insert into {FTS_TABLE}(rowid, {cols}) values(?, {marks})",
            [article_id, *_values(dict(zip(COLUMNS, row)))],
        )


def rebuild(db):
    """Drop and rebuild the whole index from ``articles``."""
    db.execute(f"insert into {FTS_TABLE}({FTS_TABLE}) values('delete-all')")
    cols = ", ".join(COLUMNS)
    for row in db.query(f"select id, {cols} from articles"):
        db.execute(
            f"insert into {FTS_TABLE}(rowid, {cols}) values(?, {', '.join('?' * len(COLUMNS))})",
            [row["id"], *_values(row)],
        )


def snippet(text, query, width=60):
    """A window of ``text`` around the first term found, terms wrapped in <mark>.

    The window is escaped first and every term marked in one pass, so a term that occurs in "mark" (or in
    an entity such as "&lt;") can never touch the markup.
    """
    if not text:
        return ""
    terms = sorted({t for t in (query or "").split() if t}, key=len, reverse=True)
    hits = [text.find(t) for t in terms if t in text]
    start = max(0, min(hits) - width // 2) if hits else 0
    window = text[start : start + width * 2]
    if terms:
        pattern = re.compile("|".join(re.escape(t) for t in terms))
        pieces, pos = [], 0
        for m in pattern.finditer(window):
            pieces += [_escape(window[pos : m.start()]), "<mark>", _escape(m.group(0)), "</mark>"]
            pos = m.end()
        out = "".join(pieces) + _escape(window[pos:])
    else:
        out = _escape(window)
    return ("…" if start else "") + out + ("…" if start + width * 2 < len(text) else "")


SAFE_SNIPPET = re.compile(r"(?:[^<>&]|&(?:amp|lt|gt|quot|#x27|#39);|</?mark>)*")


def is_safe_snippet(value):
    """True for text that is escaped except for <mark> tags: what ``snippet`` makes, and nothing else."""
    return isinstance(value, str) and SAFE_SNIPPET.fullmatch(value) is not None


def _escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
