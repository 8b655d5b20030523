"""An archive's bytes: body images, attachments and WARC captures, each from the folders of the archive it is
asked about (config.archive_dir); a path on disk comes only from a sha256 or a WARC file the archive names."""

import os
import re
import warnings
from urllib.parse import quote

from datasette.utils.asgi import Response
from PIL import Image

from ..store import warc
from . import config

SHA256 = re.compile(r"^[0-9a-f]{64}$")
SQLITE_MAX_INT = 2**63 - 1
# Every table that points at WARC records: a capture is served only when the archive refers to it.
WARC_TABLES = ("articles", "article_versions", "removals", "attachments", "images")


async def capture_view(datasette, request):
    """A response as the portal sent it, from its WARC record, or the record itself (``/record``).

    The page is served sandboxed (no script, no same-origin access): it is evidence, shown, never run.
    """
    db = config.archive_of(datasette, request)
    if db is None:
        return Response.text("no such archive", status=404)
    name, offset = request.url_vars["file"], int(request.url_vars["offset"])
    known = " union all ".join(f"select warc_length from {t} where warc_file = :f and warc_offset = :o"
                               for t in WARC_TABLES)  # fmt: skip
    row = (await db.execute(f"select * from ({known}) limit 1", {"f": name, "o": offset})).first()
    warc_dir = (await config.archive_dir(datasette, db)).warc
    path = os.path.join(warc_dir, name)
    if row is None or not os.path.isfile(path):
        return Response.text("no such capture in the archive", status=404)
    if request.url_vars.get("record"):
        with open(path, "rb") as fh:
            fh.seek(offset)
            data = fh.read(row[0] or 0)
        headers = {"content-disposition": f'attachment; filename="{name[:-8]}-{offset}.warc.gz"'}
        return Response(data, content_type="application/warc", headers=headers)
    rec, http, body = warc.read_record(warc_dir, name, offset, decoded=True)
    ctype = (http.get_header("Content-Type") if http else None) or "application/octet-stream"
    headers = {
        "content-security-policy": "sandbox",
        "x-content-type-options": "nosniff",
        "x-archive-target-uri": quote(rec.get_header("WARC-Target-URI") or "", safe=":/?&=%#"),
        "x-archive-date": rec.get_header("WARC-Date") or "",
        "x-archive-status": http.get_statuscode() if http else "",
    }
    return Response(body, status=200, content_type=ctype, headers=headers)


async def image_view(datasette, request):
    """An archived body image; only image types are served as such."""
    db = config.archive_of(datasette, request)
    if db is None:
        return Response.text("image not archived", status=404)
    sha = request.url_vars["sha256"]
    row = (await db.execute("select content_type from images where sha256 = ? and file is not null limit 1",
                            [sha])).first()  # fmt: skip
    path = (await config.archive_dir(datasette, db)).file_path(sha)
    if row is None or not os.path.isfile(path):
        return Response.text("image not archived", status=404)
    ctype = (row[0] or "").split(";")[0].strip().lower()
    ctype = ctype if ctype in IMAGE_TYPES else "application/octet-stream"
    headers = {"x-content-type-options": "nosniff", "content-security-policy": "sandbox",
               "cache-control": "public, max-age=31536000, immutable"}  # fmt: skip
    refused = not_inline(path)  # whatever its type says: browsers sniff what an <img> shows
    if refused:
        return Response(placeholder_svg(refused), content_type="image/svg+xml", headers=headers)
    with open(path, "rb") as fh:
        body = fh.read()
    return Response(body, content_type=ctype, headers=headers)


IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/tiff"}
MAX_INLINE_PIXELS = 50_000_000  # a 2.5-gigapixel PNG is a few kilobytes of file and 10 GB in a browser


def not_inline(path):
    """Why an archived image is not served as itself (in words), or None: its size is read from its header,
    nothing decoded, and a browser would spend gigabytes on a few kilobytes of file past MAX_INLINE_PIXELS."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(path) as im:
                width, height = im.size
        except Image.DecompressionBombError:  # past twice Pillow's own limit, which is above ours
            return "图片过大,未显示 / image too large to show"
        except (OSError, ValueError, SyntaxError):
            return "无法读取的图片 / unreadable image"
    if width * height > MAX_INLINE_PIXELS:
        return f"图片过大,未显示({width:,}×{height:,} 像素)/ image too large to show"
    return None


def placeholder_svg(words):
    """What is served instead of an image that is not shown (``words`` are ours: no markup to escape)."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="40"><rect width="100%" height="100%" '
        f'fill="#eee"/><text x="10" y="25" font-size="14">{words}</text></svg>'
    )


async def attachment_view(datasette, request):
    """Serve archived attachment bytes under their Chinese name; paths come only from sha256."""
    db = config.archive_of(datasette, request)
    article_id, rowid = int(request.url_vars["article_id"]), int(request.url_vars["rowid"])
    if db is None or article_id > SQLITE_MAX_INT or rowid > SQLITE_MAX_INT:
        return Response.text("attachment not archived", status=404)
    row = (await db.execute(
        "select name, sha256, content_type from attachments where article_id = ? and rowid = ?",
        [article_id, rowid])).first()  # fmt: skip
    if row is None or not row["sha256"] or not SHA256.match(row["sha256"]):
        return Response.text("attachment not archived", status=404)
    path = (await config.archive_dir(datasette, db)).file_path(row["sha256"])
    if not os.path.isfile(path):
        return Response.text("attachment bytes missing from the archive", status=404)
    with open(path, "rb") as fh:
        body = fh.read()
    name = quote(row["name"] or row["sha256"])
    headers = {"content-disposition": f"attachment; filename*=UTF-8''{name}", "x-content-type-options": "nosniff"}
    return Response(body, content_type="application/octet-stream", headers=headers)
