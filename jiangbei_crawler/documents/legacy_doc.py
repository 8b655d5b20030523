"""Text of legacy Word 97–2003 (.doc) files: the OLE container through olefile, the text through the
document's piece table ([MS-DOC] 2.4.1 "Retrieving Text").

Why not a Debian tool: antiword prints nothing for Chinese documents, and catdoc, which reads them,
is a system package a fresh machine does not have and wraps lines at 72 columns. The piece table is
the part of the format that holds the text, and it is short to read: each piece is either UTF-16LE
(every Chinese character) or "compressed" 8-bit cp1252. BENCHMARKS.md compares this reader with catdoc.
"""

import io
import struct

import olefile

W_IDENT = 0xA5EC  # a Word 97+ FIB; Word 6/95 files have other magic numbers
F_ENCRYPTED, F_WHICH_TABLE = 0x0100, 0x0200
# compressed pieces: cp1252, except that these bytes stand for other characters ([MS-DOC] 2.4.1)
CP1252_EXTRA = {0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020", 0x87: "\u2021",
                0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160", 0x8B: "\u2039", 0x8C: "\u0152", 0x91: "\u2018",
                0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014",
                0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161", 0x9B: "\u203a", 0x9C: "\u0153", 0x9F: "\u0178"}  # fmt: skip


class NotWordDocument(ValueError):
    pass


def is_word_document(data):
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            return ole.exists("WordDocument")
    except (OSError, ValueError):
        return False


def doc_text(data):
    """The main document text of a Word 97–2003 file, as lines."""
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        if not ole.exists("WordDocument"):
            raise NotWordDocument("an OLE file without a WordDocument stream")
        word = ole.openstream("WordDocument").read()
        ident, flags = struct.unpack_from("<H8xH", word, 0)
        if ident != W_IDENT:
            raise NotWordDocument("a Word 6/95 document (older than Word 97): not read")
        if flags & F_ENCRYPTED:
            raise NotWordDocument("an encrypted Word document")
        table_name = "1Table" if flags & F_WHICH_TABLE else "0Table"
        table = ole.openstream(table_name).read()
    (ccp_text,) = struct.unpack_from("<i", word, 0x4C)
    fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x1A2)
    text = "".join(_pieces(word, table[fc_clx : fc_clx + lcb_clx]))[:ccp_text]
    return _clean(text).split("\n")


def _pieces(word, clx):
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting we do not need
        (cb,) = struct.unpack_from("<h", clx, pos + 1)
        pos += 3 + cb
    if pos >= len(clx) or clx[pos] != 0x02:
        raise NotWordDocument("no piece table")
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5 : pos + 5 + lcb]
    n = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}i", plc, 0)
    for i in range(n):
        (fc,) = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)
        count = cps[i + 1] - cps[i]
        if fc & 0x40000000:
            start = (fc & 0x3FFFFFFF) // 2
            raw = word[start : start + count]
            yield "".join(CP1252_EXTRA.get(b) or chr(b) for b in raw)
        else:
            yield word[fc : fc + 2 * count].decode("utf-16-le", "replace")


def _clean(text):
    """Paragraph and cell marks to line breaks and tabs; field codes dropped, their results kept."""
    out, depth_code = [], []
    for ch in text.replace("\x07\x07", "\r"):  # a cell's mark then its row's mark: the row ends
        o = ord(ch)
        if o == 0x13:  # field begins: its code follows
            depth_code.append(True)
        elif o == 0x14 and depth_code:  # field separator: its result follows
            depth_code[-1] = False
        elif o == 0x15 and depth_code:
            depth_code.pop()
        elif any(depth_code):
            continue
        elif ch in "\r\x0b\x0c":
            out.append("\n")
        elif o == 0x07:
            out.append("\t")
        elif o in (0x01, 0x08, 0x02, 0x05) or o < 0x09:
            continue  # embedded objects, pictures, footnote marks
        else:
            out.append(ch)
    return "".join(out)
