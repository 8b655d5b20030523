"""Chinese full-text search as exact substring search over an FTS5 index.

SQLite's tokenizers see a run of Han characters as one word, so 师德 inside
a sentence is never found. Here every whitespace-separated run of text is
indexed as its overlapping character bigrams, and each column's text also as
the set of its distinct characters, each spelled as hex code points
(``5e08x5fb7`` for the bigram 师德, ``5e08y`` for the character 师) so that
the stock ``unicode61`` tokenizer keeps them whole, case and punctuation
included. A query term becomes:

* 1 character ``c``: the token ``<c>y``, present once in every column that
  holds ``c``;
* n >= 2 characters: the phrase of its n-1 bigrams, which matches exactly the
  positions where the term occurs as a substring.

Terms separated by whitespace are ANDed. The result set therefore equals an
``instr()`` scan of the same columns, at index speed. The FTS table is
contentless (the hex spelling would triple the archive); rows are re-indexed
from ``articles`` whenever an article's searchable text changes.

Why this shape (BENCHMARKS.md, archive size): body text is the first column,
because FTS5 spends two bytes on every entry outside column 0; and a
character's set token costs a third of what a prefix index on the bigrams did
(``prefix='5'``, the earlier way to answer 1-character queries), and is one
lookup instead of a merge.
"""

import re

FTS_TABLE = "articles_fts"
# metadata: a disclosure CMS's label/value table as stored (JSON, its characters as written), so 索引号 and 文号
# values are found as the page shows them
COLUMNS = ("body_text", "title", "attachments_text", "ocr_text", "metadata")
NO_MATCH = "zzzz"  # never a token: tokens are hex digits, 'x' and 'y'


class _HexTable(dict):
    """char -> hex code point (or hex + suffix), computed once per character."""

    def __init__(self, suffix):
        super().__init__()
        self.suffix = suffix

    def __missing__(self, c):
        value = self[c] = f"{ord(c):x}{self.suffix}"
        return value


_HEX, _HEXX, _HEXY = _HexTable(""), _HexTable("x"), _HexTable("y")


def _hex(c):
    return _HEX[c]


def encode_run(run):
    """Bigram tokens of one run, in order."""
    return " ".join(map(str.__add__, map(_HEXX.__getitem__, run[:-1]), map(_HEX.__getitem__, run[1:])))


def encode_text(text):
    """The bigrams of every run, then one token per distinct character of the text."""
    runs = (text or "").split()
    chars = " ".join(map(_HEXY.__getitem__, dict.fromkeys("".join(runs))))
    return " ".join(filter(None, [*map(encode_run, runs), chars]))


# FTS5 never consults SQLite's progress handler while it merges the doclists of one MATCH, so Datasette's
# time limit cannot stop a query of 1,000 phrases: the work is bounded here instead. A search of more
# words than this answers for the first MAX_TERMS (more articles, never fewer); a longer word, its start.
MAX_TERMS = 8
MAX_TERM_CHARS = 64


def distinct_terms(query):
    """The query's words, each once and at most MAX_TERM_CHARS long, the first MAX_TERMS * 4 of them."""
    return list(dict.fromkeys(t[:MAX_TERM_CHARS] for t in (query or "").split()))[: MAX_TERMS * 4]


def query_terms(query):
    """The terms a search runs: distinct_terms, none inside another (ANDing it adds nothing), at most
    MAX_TERMS."""
    terms = distinct_terms(query)
    return [t for t in terms if not any(t != other and t in other for other in terms)][:MAX_TERMS]


def fts_query(query):
    """FTS5 MATCH expression equivalent to ``instr(col, term)`` for every term of ``query_terms`` (AND)."""
    terms = query_terms(query)
    if not terms:
        return NO_MATCH
    parts = []
    for term in terms:
        if len(term) == 1:
            parts.append(_HEXY[term])
        else:
            bigrams = " ".join(_hex(a) + "x" + _hex(b) for a, b in zip(term, term[1:]))
            parts.append(f'"{bigrams}"')
    return " AND ".join(parts)


FTS_SQL = f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(COLUMNS)}, content='', tokenize='unicode61')"


def fts_change(conn):
    """What ensure_fts would do to this archive, in words (None: nothing); reads only."""
    row = conn.execute("select sql from sqlite_master where name = ?", [FTS_TABLE]).fetchone()
    if row and row[0] == FTS_SQL:
        return None
    if row:
        return f"search index rebuilt: {FTS_TABLE} (another definition)"
    has_articles = conn.execute("select 1 from sqlite_master where type = 'table' and name = 'articles'").fetchone()
    if has_articles and conn.execute("select 1 from articles limit 1").fetchone():
        return f"search index built: {FTS_TABLE}"
    return f"search index created: {FTS_TABLE}"


def ensure_fts(db):
    """Create the index, or rebuild it from ``articles`` when an archive holds another definition (or articles
    but no index). Returns what was done, in words, or None when the index was already this one."""
    change = fts_change(db)
    if change is None:
        return None
    if db.execute("select 1 from sqlite_master where name = ?", [FTS_TABLE]).fetchone():
        db.execute(f"drop table {FTS_TABLE}")
    db.execute(FTS_SQL)
    if not change.startswith("search index created"):
        rebuild(db)
    return change


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
    terms = sorted(distinct_terms(query), key=len, reverse=True)  # each marked, a term inside another too
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
