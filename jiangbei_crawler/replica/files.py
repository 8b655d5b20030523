"""Small, real attachment and image bytes, generated deterministically.

Formats follow what such portals really serve: ``.docx``/``.xlsx`` are Office
Open XML zips, ``.pdf`` is a one-page PDF, ``.doc`` is RTF (Word opens it; many
CMSs export "Word" files this way) and ``.xls`` is an Excel-HTML table, the usual
export of ASP-era sites.
"""

import functools
import io
import os
import time
import zipfile

_ZIP_TIME = (2013, 10, 25, 9, 30, 0)


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members:
            zf.writestr(zipfile.ZipInfo(name, _ZIP_TIME), text)
    return buf.getvalue()


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(lines):
    paras = "".join(f"<w:p><w:r><w:t>{_esc(line)}</w:t></w:r></w:p>" for line in lines)
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{paras}</w:body></w:document>"
    )
    return _zip(
        [
            ("[Content_Types].xml", _content_types("word/document.xml", "wordprocessingml.document.main")),
            ("_rels/.rels", _rels("word/document.xml", "officeDocument")),
            ("word/document.xml", doc),
        ]
    )


def xlsx(rows):
    cells = "".join(
        "<row>" + "".join(f'<c t="inlineStr"><is><t>{_esc(v)}</t></is></c>' for v in row) + "</row>" for row in rows
    )
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{cells}</sheetData></worksheet>"
    )
    book = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    book_rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
        "</Relationships>"
    )
    ct = _content_types("xl/workbook.xml", "spreadsheetml.sheet.main").replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    )
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", _rels("xl/workbook.xml", "officeDocument")),
            ("xl/workbook.xml", book),
            ("xl/_rels/workbook.xml.rels", book_rels),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )


def _content_types(part, kind):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.{kind}+xml"/>'
        "</Types>"
    )


def _rels(target, kind):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Target="{target}" '
        f'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}"/>'
        "</Relationships>"
    )


def rtf(lines):
    def enc(line):
        return "".join(c if ord(c) < 128 else f"\\u{ord(c) - 65536 if ord(c) > 32767 else ord(c)}?" for c in line)

    body = "".join(f"{enc(line)}\\par\n" for line in lines)
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0\\fs24\n" + body + "}").encode("ascii")


def excel_html(rows):
    cells = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in rows)
    page = (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
        f"<body><table>{cells}</table></body></html>"
    )
    return page.encode("gbk", "xmlcharrefreplace")


def pdf(label):
    """A valid one-page PDF whose visible text is ``label`` (ASCII)."""
    text = label.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


CONTENT_TYPES = {
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def attachment_bytes(ext, title, lines, label):
    """Bytes of an attachment of type ``ext`` carrying ``title`` and ``lines``; "scan.pdf" is a scanned page."""
    if ext == "scan.pdf":
        return scanned_pdf(tuple(lines))
    if ext == "docx":
        return docx([title, *lines])
    if ext == "doc":
        return rtf([title, *lines])
    if ext == "xlsx":
        return xlsx([[title], *[[line] for line in lines]])
    if ext == "xls":
        return excel_html([[title], *[[line] for line in lines]])
    return pdf(label)


# ---- images of text: what OCR must read back ------------------------------------------------------
# Schools publish fee schedules and notices as photographed or scanned pages. The replica draws its
# own with a subset of WenQuanYi Micro Hei shipped beside it (fonts/LICENSE): never a system font, so
# a fresh machine needs none and every machine draws the same bytes.
FONT_PATH = os.path.join(os.path.dirname(__file__), "fonts", "wqy-microhei-replica.ttf")


def cjk_font_path():
    """The font file the replica draws Chinese text with."""
    return FONT_PATH


def _text_image(lines, size=28):
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(cjk_font_path(), size)
    width = max(int(font.getlength(line)) for line in lines) + 2 * size
    img = Image.new("L", (width, size * (2 * len(lines) + 1)), 255)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((size, size * (2 * i + 1)), line, fill=0, font=font)
    return img


@functools.lru_cache(maxsize=256)
def text_png(lines):
    """A PNG of ``lines`` (a tuple) in black on white, deterministic."""
    buf = io.BytesIO()
    _text_image(lines).save(buf, "PNG", optimize=False)
    return buf.getvalue()


@functools.lru_cache(maxsize=256)
def scanned_pdf(lines):
    """A one-page PDF holding only an image of ``lines``: no text layer, as a scanner makes it."""
    buf = io.BytesIO()
    fixed = time.gmtime(1_388_534_400)  # Pillow stamps the time otherwise: the bytes must not change
    _text_image(lines, size=32).save(buf, "PDF", resolution=150.0, creationDate=fixed, modDate=fixed)
    return buf.getvalue()
