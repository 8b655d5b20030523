"""WARC 1.1 capture of every exchange with the portal, through warcio. Nothing here knows Scrapy.

``WarcLog`` appends request/response record pairs (and, for a fetch that got no response, a
request with a ``metadata`` record saying why) to ``<prefix>-<serial>.warc.gz`` files, one gzip
member per record, so that any record can be read alone from its offset. A file is rotated when it
passes ``max_size``, and flushed after every record: a killed crawl loses at most the record being
written. Each write returns a ``ref`` (file, offset, length, WARC-Record-ID) that the archive keeps
beside what it extracted from that response.
"""

import datetime as dt
import hashlib
import io
import os
import sys
import uuid
import zlib
from http import HTTPStatus

import brotli
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from . import revisits

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

SOFTWARE = "jiangbei-crawler/0.1 (warcio)"
# Where a revisit record's payload is (file name and offset of the record it refers to): read_record follows them
# without an index. WARC-Refers-To names the same record by its id, as the standard asks.
REFERS_FILE, REFERS_OFFSET = "WARC-Jiangbei-Refers-To-File", "WARC-Jiangbei-Refers-To-Offset"
# Hop-by-hop framing the HTTP client has already undone: the record holds the body as received, de-chunked.
DROPPED = {"transfer-encoding"}


# Content codings warcio undoes by itself (one layer of them). warcio cannot read brotli with brotli >= 1.2, nor
# zstd at all: a body so encoded is stored decoded, the coding named in X-Archive-Orig-Content-Encoding and in
# WARC-Jiangbei-Original-* headers (with the length and digest of the bytes as served), so that every record reads.
READABLE = {"gzip", "deflate"}
DECODE_LIMIT = 64 * 1024 * 1024  # bytes a decoded body may reach (a compression bomb is stored as served)


def record_id():
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_date(when=None):
    when = when or dt.datetime.now(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _http_headers(status_line, headers, protocol="HTTP/1.1"):
    kept = [(k, v) for k, v in headers if k.lower() not in DROPPED]
    kept += [(f"X-Archive-Orig-{k}", v) for k, v in headers if k.lower() in DROPPED]
    return StatusAndHeaders(status_line, kept, protocol=protocol)


def content_codings(headers):
    """The Content-Encoding codings of ``(name, value)`` pairs, in the order they were applied."""
    values = [v for k, v in headers if k.lower() == "content-encoding"]
    codings = [c.strip().lower() for v in values for c in v.split(",")]
    return [c for c in codings if c and c != "identity"]


def decode(codings, body, limit=DECODE_LIMIT):
    """``body`` with its codings undone, last applied first; ValueError when one cannot be (unknown, corrupt,
    truncated, or larger than ``limit``)."""
    for coding in reversed(codings):
        if coding not in DECODERS:
            raise ValueError(f"unknown content coding {coding!r}")
        try:
            body = DECODERS[coding](body, limit)
        except (zlib.error, brotli.error, zstd.ZstdError, EOFError) as exc:
            raise ValueError(f"{coding} body cannot be decoded: {exc}") from exc
    return body


def _zlib(wbits):
    def unzip(body, limit):
        d = zlib.decompressobj(wbits)
        out = d.decompress(body, limit + 1)
        return _whole(out, d.eof, limit)

    return unzip


def _deflate(body, limit):
    try:
        return _zlib(zlib.MAX_WBITS)(body, limit)
    except zlib.error:  # raw deflate without the zlib wrapper, as some servers send it
        return _zlib(-zlib.MAX_WBITS)(body, limit)


def _brotli(body, limit):
    d = brotli.Decompressor()
    out = [d.process(body, output_buffer_limit=limit + 1)]
    while not d.is_finished() and sum(map(len, out)) <= limit:
        chunk = d.process(b"", output_buffer_limit=limit + 1)
        if not chunk:
            break
        out.append(chunk)
    return _whole(b"".join(out), d.is_finished(), limit)


def _zstd(body, limit):
    d = zstd.ZstdDecompressor()
    out = d.decompress(body, max_length=limit + 1)
    return _whole(out, d.eof, limit)


def _whole(out, finished, limit):
    if len(out) > limit:
        raise ValueError(f"decoded body larger than {limit} bytes")
    if not finished:
        raise ValueError("encoded body truncated")
    return out


DECODERS = {"gzip": _zlib(16 + zlib.MAX_WBITS), "x-gzip": _zlib(16 + zlib.MAX_WBITS), "deflate": _deflate,
            "br": _brotli, "zstd": _zstd}  # fmt: skip


def readable(headers, body, limit=DECODE_LIMIT):
    """(HTTP headers, payload, extra WARC headers) of a response such that warcio reads the record back.

    A body in one coding warcio undoes, and that decodes, is kept as served. Any other coding is undone here; a
    body that cannot be decoded is kept as served with its coding renamed. Either way the WARC headers say so."""
    codings = content_codings(headers)
    if not codings:
        return headers, body, {}
    try:
        decoded = decode(codings, body, limit)
    except ValueError as exc:
        decoded, problem = None, " ".join(str(exc).split())[:300]  # a WARC header: one line
    if decoded is not None and len(codings) == 1 and codings[0] in READABLE:
        return headers, body, {}
    renamed = {"content-encoding"} if decoded is None else {"content-encoding", "content-length"}
    kept = [(f"X-Archive-Orig-{k}", v) if k.lower() in renamed else (k, v) for k, v in headers]
    notes = {"WARC-Jiangbei-Original-Encoding": ", ".join(codings), "WARC-Jiangbei-Original-Length": str(len(body))}
    if decoded is None:
        return kept, body, {**notes, "WARC-Jiangbei-Encoding-Error": problem}
    return kept, decoded, {**notes, "WARC-Jiangbei-Original-Digest": f"sha256:{hashlib.sha256(body).hexdigest()}"}


class WarcLog:
    def __init__(self, directory, prefix, max_size=256 * 1024 * 1024, info=None, digests=None):
        self.directory, self.prefix, self.max_size = directory, prefix, max_size
        self.info = info or {}
        self.digests = digests  # a revisits.DigestIndex: unchanged payloads become revisit records
        self.serial = 0
        self.fh = self.writer = self.name = None
        self.records = 0

    # ---- files -----------------------------------------------------------------------------------
    def _open(self):
        os.makedirs(self.directory, exist_ok=True)
        while True:
            self.name = f"{self.prefix}-{self.serial:05d}.warc.gz"
            path = os.path.join(self.directory, self.name)
            if not os.path.exists(path):  # a resumed crawl never appends to another run's file
                break
            self.serial += 1
        self.fh = open(path, "xb")
        self.writer = WARCWriter(self.fh, gzip=True, warc_version="1.1")
        info = self.writer.create_warcinfo_record(self.name, {"software": SOFTWARE, "format": "WARC File Format 1.1",
                                                              **self.info})  # fmt: skip
        self.writer.write_record(info)
        self.fh.flush()

    def _file(self):
        if self.fh is not None and self.fh.tell() >= self.max_size:
            self.close()
            self.serial += 1
        if self.fh is None:
            self._open()

    def _write(self, record):
        offset = self.fh.tell()
        self.writer.write_record(record)
        self.fh.flush()
        self.records += 1
        return {"warc_file": self.name, "warc_offset": offset, "warc_length": self.fh.tell() - offset,
                "warc_record_id": record.rec_headers.get_header("WARC-Record-ID")}  # fmt: skip

    def close(self):
        if self.fh is not None:
            self.fh.close()
        self.fh = self.writer = None

    # ---- records ---------------------------------------------------------------------------------
    def _request(self, url, method, target, headers, body, when, rid):
        http = StatusAndHeaders(f"{method} {target} HTTP/1.1", list(headers), protocol="", is_http_request=True)
        return self.writer.create_warc_record(
            url, "request", payload=io.BytesIO(body or b""), length=len(body or b""), http_headers=http,
            warc_headers_dict={"WARC-Date": when, "WARC-Record-ID": rid},
        )  # fmt: skip

    def exchange(self, url, method, target, request_headers, request_body, status, headers, body, ip=None):
        """A request and its response; returns the response record's ref."""
        self._file()
        when = warc_date()
        resp_id, req_id = record_id(), record_id()
        phrase = _phrase(status)
        headers, body, notes = readable(headers, body)
        http = _http_headers(f"{status} {phrase}".strip(), headers)
        extra = {"WARC-Date": when, "WARC-Record-ID": resp_id, "WARC-Concurrent-To": req_id, **notes}
        if ip:
            extra["WARC-IP-Address"] = ip
        ref = self._response(url, method, status, http, body, extra)
        self._write(self._request(url, method, target, request_headers, request_body, when, req_id))
        return ref

    def _response(self, url, method, status, http, body, extra):
        """A response record, or a revisit record when its payload is that of the URL's last one kept."""
        track = self.digests is not None and method == "GET" and status == 200 and body
        digest = revisits.payload_digest(body) if track else None
        last = self.digests.get(url) if track else None
        if last and last["digest"] == digest:
            extra = {**extra, "WARC-Refers-To": last["record_id"], REFERS_FILE: last["warc_file"],
                     REFERS_OFFSET: str(last["warc_offset"])}  # fmt: skip
            return self._write(self.writer.create_revisit_record(url, digest, url, last["date"], http, extra))
        response = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                  http_headers=http, warc_headers_dict=extra)  # fmt: skip
        ref = self._write(response)
        if track:
            self.digests.put({"url": url, "digest": digest, "record_id": ref["warc_record_id"],
                              "date": extra["WARC-Date"], "warc_file": ref["warc_file"],
                              "warc_offset": ref["warc_offset"]})  # fmt: skip
        return ref

    def failure(self, url, method, target, request_headers, reason):
        """A request that got no response (refused, reset, timed out): the request and why, as metadata."""
        self._file()
        when = warc_date()
        req_id = record_id()
        self._write(self._request(url, method, target, request_headers, b"", when, req_id))
        text = f"fetch-error: {reason}\n".encode()
        meta = self.writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(text), length=len(text),
            warc_content_type="text/plain; charset=utf-8",
            warc_headers_dict={"WARC-Date": when, "WARC-Record-ID": record_id(), "WARC-Concurrent-To": req_id},
        )  # fmt: skip
        return self._write(meta)


def _phrase(status):
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def read_record(directory, ref_file, offset, decoded=False):
    """The record at ``offset`` of a WARC file: (WARC headers, HTTP headers or None, payload bytes).

    The payload is the bytes as stored, unless ``decoded`` undoes their Content-Encoding (for display; a body that
    cannot be decoded, as records written before ``readable`` may hold, is given as stored). A revisit record's
    payload is that of the response record it refers to."""
    name = os.path.basename(ref_file or "")
    if not name.endswith(".warc.gz") or name != ref_file:
        raise ValueError(f"not a WARC file name: {ref_file!r}")
    rec, http, body = _record_at(directory, name, offset)
    if rec.get_header("WARC-Type") == "revisit" and rec.get_header(REFERS_FILE):
        # the payload is the referred record's; the status line and headers are this capture's own
        original = _record_at(directory, rec.get_header(REFERS_FILE), rec.get_header(REFERS_OFFSET), name)
        body = original[2]
    if decoded and http is not None:
        try:
            body = decode(content_codings(http.headers), body)
        except ValueError:
            pass
    return rec, http, body


def _record_at(directory, name, offset, referrer=None):
    if os.path.basename(name or "") != name or not name.endswith(".warc.gz"):
        raise ValueError(f"not a WARC file name: {name!r} (referred to by {referrer})")
    with open(os.path.join(directory, name), "rb") as fh:
        fh.seek(int(offset))
        for record in ArchiveIterator(fh):
            return record.rec_headers, record.http_headers, record.raw_stream.read()
    raise ValueError(f"no record at {name}:{offset}")
