"""Decoding HTML bytes without losing characters.

Chinese government pages lie about their encoding: GBK bodies behind a
``charset=utf-8`` header, ``gb2312`` declarations over GBK-only characters
(镕 堃 喆), or no declaration at all. Each candidate encoding is tried
strictly, so a wrong guess fails instead of producing U+FFFD.
"""

from dataclasses import dataclass

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

from .text import CONTROL


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    lossy: bool  # True only when no candidate decoded the bytes strictly


# a server's default charset, never a Chinese page's: where the page itself declares another, the page is right
# (GBK bytes behind charset=ISO-8859-1 decode "strictly" as cp1252 mojibake, so strictness alone cannot tell)
LATIN = frozenset({"cp1252", "latin-1", "iso8859-1", "ascii"})


def candidates(body, content_type):
    bom, _ = read_bom(body)  # a byte order mark outranks every declaration (Word's UTF-16 "Save as Web Page")
    header, declared = http_content_type_encoding(content_type or ""), html_body_declared_encoding(body)
    header = header and resolve_encoding(header)
    if header in LATIN and declared and resolve_encoding(declared) not in LATIN:
        header = None
    found = [bom, header, declared, "utf-8", "gb18030"]
    seen = []
    for enc in found:
        enc = enc and resolve_encoding(enc)
        if enc and enc not in seen:
            seen.append(enc)
    return seen


def decode_html(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode with the first candidate that decodes strictly; drop control characters (NUL...)."""
    bom, mark = read_bom(body)
    for enc in candidates(body, content_type):
        try:
            text = body[len(mark) :].decode(enc) if enc == (bom and resolve_encoding(bom)) else body.decode(enc)
            return Decoded(CONTROL.sub("", text), enc, False)
        except (UnicodeDecodeError, LookupError):
            continue
    return Decoded(CONTROL.sub("", body.decode("gb18030", errors="replace")), "gb18030", True)


BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"Rar!", b"{\\rtf")


def looks_binary(body: bytes) -> bool:
    """A file served as text/html: a known file signature, or many control bytes."""
    head = body[:4096].lstrip()
    if head.startswith(BINARY_MAGIC):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05
