"""Text of attachments, by what the bytes are (not what the name claims).

Each format goes to a library made for it: python-docx, openpyxl, xlrd, pypdf,
striprtf, lxml. ``extract_text`` returns ``(text, None)`` or ``(None, reason)``;
a failure is recorded, never raised.
"""

import io
import zipfile

from lxml import html as lxml_html

from .extract.encoding import decode_html
from .extract.text import block_lines, clean_line

MAX_CHARS = 200_000  # enough for search; a 500-page PDF is not indexed whole


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
        return _xls  # OLE: a workbook reads, a legacy Word file fails with a recorded reason
    if data[:512].lstrip().lower().startswith((b"<html", b"<!doctype", b"<table", b"<?xml")):
        return _html
    return None


def extract_text(data):
    fn = extractor_for(data or b"")
    if fn is None:
        return None, "unsupported attachment format"
    try:
        lines = [clean_line(line) for line in fn(data)]
    except Exception as exc:  # noqa: BLE001 - a broken file must not stop the crawl
        return None, f"{fn.__name__.strip('_')} extraction failed: {type(exc).__name__}: {exc}"[:300]
    return "\n".join(line for line in lines if line)[:MAX_CHARS], None
