"""WARC 1.1 capture of every exchange with the portal, through warcio. Nothing here knows Scrapy.

``WarcLog`` appends request/response record pairs (and, for a fetch that got no response, a
request with a ``metadata`` record saying why) to ``<prefix>-<serial>.warc.gz`` files, one gzip
member per record, so that any record can be read alone from its offset. A file is rotated when it
passes ``max_size``, and flushed after every record: a killed crawl loses at most the record being
written. Each write returns a ``ref`` (file, offset, length, WARC-Record-ID) that the archive keeps
beside what it extracted from that response.
"""

import datetime as dt
import io
import os
import uuid
from http import HTTPStatus

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SOFTWARE = "jiangbei-crawler/0.1 (warcio)"
# Hop-by-hop framing the HTTP client has already undone: the record holds the body as received, de-chunked.
DROPPED = {"transfer-encoding"}


def record_id():
    return f"<urn:uuid:{uuid.uuid4()}>"


def warc_date(when=None):
    when = when or dt.datetime.now(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _http_headers(status_line, headers, protocol="HTTP/1.1"):
    kept = [(k, v) for k, v in headers if k.lower() not in DROPPED]
    kept += [(f"X-Archive-Orig-{k}", v) for k, v in headers if k.lower() in DROPPED]
    return StatusAndHeaders(status_line, kept, protocol=protocol)


class WarcLog:
    def __init__(self, directory, prefix, max_size=256 * 1024 * 1024, info=None):
        self.directory, self.prefix, self.max_size = directory, prefix, max_size
        self.info = info or {}
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
        http = _http_headers(f"{status} {phrase}".strip(), headers)
        extra = {"WARC-Date": when, "WARC-Record-ID": resp_id, "WARC-Concurrent-To": req_id}
        if ip:
            extra["WARC-IP-Address"] = ip
        response = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                  http_headers=http, warc_headers_dict=extra)  # fmt: skip
        ref = self._write(response)
        self._write(self._request(url, method, target, request_headers, request_body, when, req_id))
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

    The payload is the bytes as served, unless ``decoded`` undoes their Content-Encoding (for display)."""
    name = os.path.basename(ref_file or "")
    if not name.endswith(".warc.gz") or name != ref_file:
        raise ValueError(f"not a WARC file name: {ref_file!r}")
    with open(os.path.join(directory, name), "rb") as fh:
        fh.seek(int(offset))
        for record in ArchiveIterator(fh):
            stream = record.content_stream() if decoded else record.raw_stream
            return record.rec_headers, record.http_headers, stream.read()
    raise ValueError(f"no record at {name}:{offset}")
