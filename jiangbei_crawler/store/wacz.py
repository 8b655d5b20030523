"""WACZ packages of captured WARC records, for ReplayWeb.page and pywb, made by the ``wacz`` package.

A package holds the WARC files of the chosen crawls (all by default), cut to a date range when one
is given, and a page list naming every archived article captured in them (its URL, title and
capture time), so that ReplayWeb.page opens on the articles rather than on every counter script.
"""

import contextlib
import datetime as dt
import glob
import io
import json
import os
import tempfile

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from . import warc

BEIJING = dt.timezone(dt.timedelta(hours=8))


class PackagingError(ValueError):
    pass


def _day(text, end=False):
    """A Beijing-time date as the UTC instant that starts (or ends) it."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError as exc:
        raise PackagingError(f"not a date (YYYY-MM-DD): {text!r}") from exc
    start = dt.datetime.combine(day, dt.time(), BEIJING) + (dt.timedelta(days=1) if end else dt.timedelta())
    return start.astimezone(dt.UTC)


def select_files(warc_dir, crawls=None):
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(warc_dir, "jiangbei-*.warc.gz")))
    if crawls:
        names = [n for n in names if int(n.split("-")[1]) in set(crawls)]
    return names


def _record_time(record):
    text = record.rec_headers.get_header("WARC-Date")
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _cut(warc_dir, names, start, end, out_path):
    """Copy the records captured in [start, end) into one WARC file; returns how many."""
    kept = 0
    with open(out_path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        for name in names:
            with open(os.path.join(warc_dir, name), "rb") as fh:
                for record in ArchiveIterator(fh, no_record_parse=False, ensure_http_headers=False):
                    if record.rec_type == "warcinfo" or (start <= _record_time(record) < end):
                        writer.write_record(record)
                        kept += record.rec_type != "warcinfo"
    return kept


def _needs_repair(record):
    """A response record warcio cannot read back (brotli, zstd or a broken coding, stored before warc.readable):
    its bytes with the readable form's (headers, payload, notes), or None for a record that reads as it is."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    raw = record.raw_stream.read()
    headers, body, notes = warc.readable(record.http_headers.headers, raw)
    return (headers, body, notes) if notes else None


def _unreadable(path):
    """Offsets of the records of one WARC file to repair; PackagingError naming the record where the file itself
    is damaged."""
    offsets = []
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh, ensure_http_headers=False)
        try:
            for record in records:
                if _needs_repair(record):
                    offsets.append(records.get_record_offset())
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:  # zlib.error is not raised: gzip is read
            why = str(exc).strip()[:80].encode("unicode_escape").decode("ascii")  # one line, whatever the bytes
            where = f"{os.path.basename(path)} at offset {records.offset}"
            raise PackagingError(f"damaged WARC record in {where}: {why}; package other crawls with --crawl") from exc
    return offsets


def _repaired_copy(path, offsets, out_path):
    """A copy of a WARC file whose records at ``offsets`` are stored readable (same id, date and URI)."""
    with open(path, "rb") as fh, open(out_path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        records = ArchiveIterator(fh, ensure_http_headers=False)
        for record in records:
            if records.get_record_offset() not in offsets:
                writer.write_record(record)
                continue
            headers, body, notes = _needs_repair(record)
            http = StatusAndHeaders(record.http_headers.statusline, headers, protocol=record.http_headers.protocol)
            drop = {"content-length", "content-type", "warc-block-digest", "warc-payload-digest"}
            kept = {k: v for k, v in record.rec_headers.headers if k.lower() not in drop}
            writer.write_record(writer.create_warc_record(
                record.rec_headers.get_header("WARC-Target-URI"), "response", payload=io.BytesIO(body),
                length=len(body), http_headers=http, warc_headers_dict={**kept, **notes},
            ))  # fmt: skip


def _readable_inputs(paths, tmp):
    """The WARC files as wacz can read them: each file with records warcio cannot read is replaced by a repaired
    copy. Returns (paths, repaired: a list of 'file@offset')."""
    out, repaired = [], []
    for path in paths:
        offsets = _unreadable(path)
        if offsets:
            copy = os.path.join(tmp, "repaired", os.path.basename(path))
            os.makedirs(os.path.dirname(copy), exist_ok=True)
            _repaired_copy(path, set(offsets), copy)
            repaired += [f"{os.path.basename(path)}@{o}" for o in offsets]
            path = copy
        out.append(path)
    return out, repaired


def _referred(warc_dir, paths, out_path):
    """The records that revisit records of these files refer to but that the files do not hold (a package of
    one crawl, or of a date range, whose unchanged responses were first captured before it), copied into one
    more WARC file: every revisit in a package can be replayed. Returns [out_path], or [] when none is missing."""
    held, wanted = set(), {}
    for path in paths:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, ensure_http_headers=False):
                held.add(record.rec_headers.get_header("WARC-Record-ID"))
                if record.rec_type == "revisit" and record.rec_headers.get_header(warc.REFERS_FILE):
                    ref = record.rec_headers.get_header("WARC-Refers-To")
                    wanted[ref] = (record.rec_headers.get_header(warc.REFERS_FILE),
                                   int(record.rec_headers.get_header(warc.REFERS_OFFSET)))  # fmt: skip
    missing = sorted(v for k, v in wanted.items() if k not in held)
    if not missing:
        return []
    with open(out_path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        for name, offset in missing:
            with open(os.path.join(warc_dir, os.path.basename(name)), "rb") as fh:
                fh.seek(offset)
                writer.write_record(next(iter(ArchiveIterator(fh, ensure_http_headers=False))))
    return [out_path]


def _count(warc_dir, names):
    n = 0
    for name in names:
        with open(os.path.join(warc_dir, name), "rb") as fh:
            n += sum(1 for r in ArchiveIterator(fh) if r.rec_type != "warcinfo")
    return n


def pages(db, names, start=None, end=None):
    """One page per archived article capture in these files: its first page's URL, title and time."""
    if not names:
        return []
    marks = ",".join("?" * len(names))
    rows = db.execute(
        f"""select a.url, coalesce(v.title, a.title), v.fetched_at from article_versions v
            join articles a on a.id = v.article_id where v.warc_file in ({marks})
            union select url, title, last_fetched from articles where warc_file in ({marks})""",
        [*names, *names],
    ).fetchall()
    out = {}
    for url, title, fetched in rows:
        when = dt.datetime.fromisoformat(fetched).astimezone(dt.UTC)
        if (start is None or when >= start) and (end is None or when < end):
            out.setdefault(url, {"url": url, "title": title or url, "ts": when.strftime("%Y-%m-%dT%H:%M:%SZ")})
    return list(out.values())


def make_wacz(db, warc_dir, output, crawls=None, since=None, until=None):
    from wacz.main import main as wacz_main

    names = select_files(warc_dir, crawls)
    if not names:
        raise PackagingError(f"no WARC files in {warc_dir}" + (f" for crawl {crawls}" if crawls else ""))
    start = _day(since) if since else dt.datetime.min.replace(tzinfo=dt.UTC)
    end = _day(until, end=True) if until else dt.datetime.max.replace(tzinfo=dt.UTC)
    listed = pages(db, names, start, end)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = [os.path.join(warc_dir, n) for n in names]
        records = None
        if since or until:
            cut = os.path.join(tmp, f"jiangbei-{(since or 'start')}-{(until or 'now')}.warc.gz")
            records = _cut(warc_dir, names, start, end, cut)
            if not records:
                raise PackagingError(f"no records captured between {since or 'the start'} and {until or 'now'}")
            inputs = [cut]
        inputs, repaired = _readable_inputs(inputs, tmp)
        inputs += _referred(warc_dir, inputs, os.path.join(tmp, "jiangbei-referred.warc.gz"))
        pages_path = os.path.join(tmp, "pages.jsonl")
        with open(pages_path, "w", encoding="utf-8") as fh:
            fh.write(
                json.dumps({"format": "json-pages-1.0", "id": "pages", "title": "江北区校务信息公开 archive"}) + "\n"
            )
            for n, page in enumerate(listed):  # no ts: the wacz package matches a page by URL and gives it the
                # capture's own time (a ts that is not a record's exact second drops the page from the package)
                entry = {"id": f"p{n}", "url": page["url"], "title": page["title"]}
                fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
        _write_wacz(wacz_main, output, pages_path, inputs)
    return {"files": len(names), "records": records if records is not None else _count(warc_dir, names),
            "pages": len(listed), "repaired": repaired}  # fmt: skip


def _write_wacz(wacz_main, output, pages_path, inputs):
    """The package written to a temporary file beside ``output`` and renamed onto it once complete: a failure
    leaves no broken file."""
    try:
        fd, partial = tempfile.mkstemp(suffix=".wacz.partial", dir=os.path.dirname(os.path.abspath(output)))
        os.close(fd)
    except OSError as exc:
        raise PackagingError(f"cannot write {output}: {exc.strerror}") from exc
    args = ["create", "-o", partial, "-p", pages_path, "--title", "江北区校务信息公开 archive", *inputs]
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # the package prints progress lines of its own
            code = wacz_main(args)
        if code not in (0, None):
            raise PackagingError(f"the wacz package could not write {output} (exit {code})")
        os.replace(partial, output)
    except (Exception, SystemExit) as exc:  # the wacz package's own failure, whatever it is, in one line
        with contextlib.suppress(OSError):
            os.remove(partial)
        if isinstance(exc, PackagingError):
            raise
        raise PackagingError(f"the wacz package could not write {output}: {type(exc).__name__}: {exc}") from exc
