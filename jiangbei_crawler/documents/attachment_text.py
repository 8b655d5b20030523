"""Text of attachments, by what the bytes are (not what the name claims).

Each format goes to a library made for it: python-docx, openpyxl, xlrd, pypdf,
striprtf, lxml; legacy Word .doc through olefile (``legacy_doc``). ``extract_text`` returns ``(text, None)`` or ``(None, reason)``;
a failure is recorded, never raised.

Attachments come from servers we do not control, so ``guarded_text`` runs the
extraction in a worker process with a memory cap and a time limit, after a
cheap check that refuses zip archives (.docx, .xlsx) that unpack to more than
``MAX_UNPACKED`` bytes (a 459 KB "document" of 150 MB of XML). A refused or
killed extraction is a recorded reason; the bytes are archived all the same.
"""

import atexit
import io
import json
import os
import selectors
import subprocess
import sys
import threading
import time
import weakref
import zipfile

from lxml import html as lxml_html

from ..extract.encoding import decode_html
from ..extract.text import block_lines, clean_line

MAX_CHARS = 200_000  # enough for search; a 500-page PDF is not indexed whole
MAX_UNPACKED = 100 * 1024 * 1024  # bytes a .docx/.xlsx may unpack to
TIME_LIMIT = 60.0  # seconds of extraction per attachment
MEMORY_LIMIT = 1536 * 1024 * 1024  # address space of the extraction worker
# What an attachment records when the crawl's ATTACHMENT_TEXT_BUDGET was spent; ``extract_deferred`` ends it.
DEFERRED = "text extraction deferred: the crawl's ATTACHMENT_TEXT_BUDGET was spent; the OCR pass extracts it"
# What an attachment records when SIGTERM or SIGINT ended its extraction; ``extract_deferred`` retries it too.
INTERRUPTED = "text extraction interrupted ({signal}): the OCR pass extracts it"
_stopping = []  # the name of the signal that ends this process, once one has come
_workers = weakref.WeakSet()  # live Guards, for ``interrupt``


def _docx(data):
    import docx

    doc = docx.Document(io.BytesIO(data))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return [p.text for p in doc.paragraphs] + cells


def _xlsx(data):
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    return [
        " ".join(str(v) for v in row if v is not None)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
    ]


def _xls(data):
    import xlrd

    book = xlrd.open_workbook(file_contents=data)
    return [
        " ".join(str(v) for v in sheet.row_values(r) if v != "") for sheet in book.sheets() for r in range(sheet.nrows)
    ]


def _pdf(data):
    import pypdf

    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def _rtf(data):
    from striprtf.striprtf import rtf_to_text

    return rtf_to_text(data.decode("latin-1")).splitlines()


def _doc(data):
    from .legacy_doc import doc_text

    return doc_text(data)


def _ole(data):
    """An OLE file: a legacy Word document, else (a workbook, or a failure with its reason) xlrd."""
    from .legacy_doc import is_word_document

    return _doc(data) if is_word_document(data) else _xls(data)


def _html(data):
    root = lxml_html.fromstring(decode_html(data, None).text)
    return block_lines(root)


def _zip_kind(data):
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except zipfile.BadZipFile:
        return None
    if "word/document.xml" in names:
        return _docx
    if "xl/workbook.xml" in names:
        return _xlsx
    return None


def extractor_for(data):
    head = data[:8].lstrip()
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if head.startswith(b"%PDF"):
        return _pdf
    if head.startswith(b"{\\rtf"):
        return _rtf
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return _ole
    if data[:512].lstrip().lower().startswith((b"<html", b"<!doctype", b"<table", b"<?xml")):
        return _html
    return None


def extract_text(data):
    fn = extractor_for(data or b"")
    if fn is None:
        return None, "unsupported attachment format"
    try:
        lines = [clean_line(line) for line in fn(data)]
    except MemoryError:
        return None, "text extraction ran out of memory: skipped (the file is archived)"
    except Exception as exc:  # noqa: BLE001 - a broken file must not stop the crawl
        return None, f"{fn.__name__.strip('_')} extraction failed: {type(exc).__name__}: {exc}"[:300]
    return "\n".join(line for line in lines if line)[:MAX_CHARS], None


def zip_refusal(data):
    """A reason to refuse a zip archive that unpacks to more than MAX_UNPACKED, else None."""
    if not data[:4] == b"PK\x03\x04":
        return None
    try:
        unpacked = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return None  # not a zip after all: the extractor says what it is
    if unpacked > MAX_UNPACKED:
        return (f"attachment unpacks to {unpacked / 2**20:.0f} MB, over the {MAX_UNPACKED / 2**20:.0f} MB cap: "
                "text not extracted (the file is archived)")  # fmt: skip
    return None


class Guard:
    """One worker process (``python -m jiangbei_crawler.documents.attachment_worker``), replaced when an extraction
    times out or the worker dies. A plain subprocess rather than multiprocessing: it needs no fork of a
    process running Twisted's threads, and no import of whatever ``__main__`` started the crawl."""

    def __init__(self, time_limit=TIME_LIMIT, memory_limit=MEMORY_LIMIT, module="jiangbei_crawler.documents.attachment_worker",
                 what="text extraction"):  # fmt: skip
        self.time_limit, self.memory_limit = time_limit, memory_limit
        self.module, self.what = module, what
        self.proc = None
        self.lock = threading.Lock()
        _workers.add(self)

    def _worker(self):
        if self.proc is None or self.proc.poll() is not None:
            cmd = [sys.executable, "-m", self.module, str(self.memory_limit)]
            # a session of its own: Ctrl-C reaches this process only, which ends the worker and says why
            self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                         start_new_session=True)  # fmt: skip
        return self.proc

    def _reset(self):
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()

    def run(self, data):
        """(text, error) of one file; raises Interrupted when a signal ended it (nothing to record as failed)."""
        with self.lock:  # one extraction at a time: the worker is one process
            if _stopping:
                raise Interrupted(_stopping[0])
            proc = self._worker()
            try:
                proc.stdin.write(len(data).to_bytes(8, "big") + data)
                proc.stdin.flush()
                answer = _read_answer(proc.stdout, time.monotonic() + self.time_limit)
            except TimeoutError:
                self._reset()
                return None, f"{self.what} took longer than {self.time_limit:.0f} s: skipped (the file is archived)"
            except (OSError, EOFError):
                self._reset()
                if _stopping:  # killed by ``interrupt``, not by the file
                    raise Interrupted(_stopping[0]) from None
                return None, f"{self.what} ran out of memory or crashed: skipped (the file is archived)"
            return tuple(json.loads(answer))

    def close(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self._reset()
        self.proc = None


class Interrupted(BaseException):
    """SIGTERM or SIGINT ended this process's work (a BaseException, like KeyboardInterrupt: nothing catches it
    as a failure of the file); its argument is the signal's name."""


def interrupt(signame):
    """End every worker at once (called from a signal handler): what they were doing raises Interrupted."""
    _stopping[:] = [signame]
    for guard in list(_workers):
        proc = guard.proc
        if proc is not None and proc.poll() is None:
            proc.kill()


def _read_answer(stream, deadline):
    """A length-prefixed answer from the worker, or TimeoutError at the deadline, EOFError if it died."""
    with selectors.DefaultSelector() as sel:
        sel.register(stream, selectors.EVENT_READ)
        buf = b""
        size = None
        while size is None or len(buf) < size + 8:
            left = deadline - time.monotonic()
            if left <= 0 or not sel.select(left):
                raise TimeoutError
            chunk = os.read(stream.fileno(), 1 << 20)
            if not chunk:
                raise EOFError
            buf += chunk
            if size is None and len(buf) >= 8:
                size = int.from_bytes(buf[:8], "big")
        return buf[8 : 8 + size]


_GUARD = Guard()
atexit.register(_GUARD.close)


def guarded_text(data, guard=None):
    """``extract_text`` under a size check, a memory cap and a time limit."""
    refusal = zip_refusal(data or b"")
    if refusal:
        return None, refusal
    if extractor_for(data or b"") is None:
        return None, "unsupported attachment format"
    return (guard or _GUARD).run(data)


def crawl_text(data):
    """``guarded_text`` for the crawl's threads: an interruption is recorded, and the OCR pass retries it."""
    try:
        return guarded_text(data)
    except Interrupted as exc:
        return None, INTERRUPTED.format(signal=exc.args[0])


def extract_deferred(db, files_dir, deadline, guard=None):
    """Extract the text the crawl deferred, until ``deadline`` (time.monotonic()); returns files done.

    Each file's text goes to every attachment row with its bytes, and their articles are re-indexed.
    """
    from .. import store as storage
    from ..store import search

    retry = "(text_error = ? or text_error like ?)"
    again = [DEFERRED, INTERRUPTED.split("(")[0] + "(%"]
    rows = db.execute(f"select sha256, min(file) from attachments where {retry} and file is not null "
                      "group by sha256", again).fetchall()  # fmt: skip
    done = 0
    for sha, rel in rows:
        if time.monotonic() >= deadline:
            break
        try:
            with open(os.path.join(files_dir, rel), "rb") as fh:
                text, error = guarded_text(fh.read(), guard)
        except OSError as exc:
            text, error = None, f"file missing from the archive: {exc.strerror}"
        with storage.write_transaction(db):
            db.execute(f"update attachments set text = ?, text_error = ? where sha256 = ? and {retry}",
                       [text, error, sha, *again])  # fmt: skip
            for (aid,) in db.execute("select distinct article_id from attachments where sha256 = ?", [sha]).fetchall():
                _refresh_attachments_text(db, aid, search, storage)
        done += 1
    return done


def _refresh_attachments_text(db, aid, search, storage):
    old = storage.get_row(db, "articles", aid)
    if old is None:
        return
    texts = [r[0] for r in db.execute("select text from attachments where article_id = ? and text is not null "
                                      "and text != '' order by rowid", [aid])]  # fmt: skip
    db.execute("update articles set attachments_text = ? where id = ?", ["\n".join(texts) or None, aid])
    search.index_article(db, aid, old)
