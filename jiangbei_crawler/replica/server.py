"""A small HTTP/1.1 server on asyncio streams that serves the replica portal.

It is written on raw streams rather than a web framework because the server
faults it must reproduce (resets, bodies shorter than their Content-Length,
hangs, redirect loops) need byte-level control that frameworks hide.
"""

import asyncio
import hashlib
import ipaddress
import json
import logging
import random
import re
import time
from urllib.parse import parse_qs, urlsplit

from . import render
from .families import family
from .files import CONTENT_TYPES, text_png
from .model import FAULTS, attachment_by_path, image_lines

log = logging.getLogger("replica")

REASONS = {
    200: "OK",
    302: "Found",
    304: "Not Modified",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
ROBOTS = b"User-agent: *\nDisallow: /admin/\n"
UPLOAD = re.compile(r"^/UploadFiles/\d{6}/\d{12}(\d{7})(\d{2})\.(\w+)$")
IMAGE = re.compile(r"^/UploadFiles/\d{6}/img(\d+)\.png$")


class Response:
    def __init__(self, status=200, body=b"", ctype="text/html; charset=utf-8", headers=None):
        self.status, self.body, self.ctype, self.headers = status, body, ctype, dict(headers or {})


class Replica:
    """Routes requests to the portal model and injects the configured faults."""

    def __init__(self, portal):
        self.portal = portal
        self.family = family(portal.opts.template)
        self.started = time.monotonic()
        self.outage_ended = False  # POST /__admin__/outage/end: tests end an outage when they choose, not by the clock
        self.hits = {}
        self.requests = 0
        self.served = {}  # serial -> sha256 of the body sent: what a WARC record must hold

    # ---- faults ------------------------------------------------------
    def fault_for(self, target):
        """The fault to inject for this hit of ``target``, deterministic per seed and hit count."""
        faults = self.portal.opts.faults
        if not faults or target.startswith(("/robots.txt", "/__admin__")):
            return None
        n = self.hits.get(target, 0)
        self.hits[target] = n + 1
        rng = random.Random(f"{self.portal.opts.seed}/fault/{target}")
        r, acc = rng.random(), 0.0
        for name in FAULTS:
            acc += faults.get(name, 0.0)
            if r < acc:
                outage = name in ("5xx", "redirect") and rng.random() < 0.25
                if (
                    outage
                    and not self.outage_ended
                    and time.monotonic() - self.started < self.portal.opts.outage_seconds
                ):
                    return name  # down (or looping) for the whole outage, however often it is retried
                burst = {"5xx": rng.randint(1, 3), "redirect": 3}.get(name, 1)
                return name if n < burst else None
        return None

    # ---- routing -----------------------------------------------------
    def route(self, method, target, peer):
        parts = urlsplit(target)
        path, qs = parts.path, parse_qs(parts.query)
        if path.startswith("/__admin__/"):
            return self.admin(method, path, peer)
        if method not in ("GET", "HEAD"):
            return Response(405, b"method not allowed", "text/plain")
        if path == "/robots.txt":
            return Response(200, ROBOTS, "text/plain")
        if path == "/download.asp":
            return self.download(qs)
        routed = self.family.route(path, qs)
        if routed is None:
            return self.upload(path)
        kind, args = routed
        return getattr(self, kind)(*args)

    def _html(self, text, school=None):
        enc = school.encoding if school else "utf8"
        if enc == "utf8":
            return Response(200, text.encode("utf-8"), "text/html; charset=utf-8")
        body = text.encode("gbk", "xmlcharrefreplace")
        ctype = "text/html; charset=utf-8" if enc == "gbk-misdeclared" else "text/html"
        return Response(200, body, ctype)

    def home(self):
        return self._html(self.family.home(self.portal, self.portal.opts.quirks))

    def school(self, sid):
        s = self.portal.by_sid.get(sid)
        if not s:
            return self.soft404()
        return self._html(self.family.school(self.portal, s, self.portal.opts.quirks), s)

    def list(self, sid, cid, pageno):
        s = self.portal.by_sid.get(sid)
        if not s or cid not in render.C.CATEGORIES:
            return self.soft404()
        text = self.family.listing(self.portal, s, cid, pageno, self.portal.opts.quirks)
        if text is None:
            return Response(404, b"<html><body><h1>404 Not Found</h1></body></html>")
        return self._html(text, s)

    def article(self, aid, pageno=None):
        p = self.portal
        if aid is None or not p.exists(aid) or (aid not in p.live and aid not in p.removed):
            return self.soft404()
        if aid in p.removed:
            style = p.removed[aid]
            if style == "404":
                return Response(404, b"<html><body><h1>404 Not Found</h1></body></html>")
            if style == "redirect":
                return Response(
                    302, b"", headers={"Location": "/index.asp" if self.family.name != "powereasy" else "/"}
                )
            return self.soft404()
        a = p.article(aid)
        if a.visits_mode == "inline":
            p.hit(aid)
        return self._html(self.family.article(p, a, pageno, p.opts.quirks), a.school)

    def soft404(self):
        if "soft404" not in self.portal.opts.quirks:
            return Response(404, b"<html><body>404</body></html>")
        return self._html(f"<html><head></head><body>{render.SOFT_404}</body></html>")

    def counter(self, aid):
        if aid is None or aid not in self.portal.live:
            return Response(200, b"document.write('0');", "application/javascript")
        self.portal.hit(aid)
        return Response(200, f"document.write('{self.portal.visits(aid)}');".encode(), "application/javascript")

    def download(self, qs):
        code = _int(qs, "id")
        if code is None:
            return self.soft404()
        aid, idx = divmod(code, 100)
        return self._attachment(aid, f"/download.asp?id={code}", disposition=True)

    def upload(self, path):
        m = IMAGE.match(path)
        if m:
            aid = int(m.group(1))
            if not self.portal.exists(aid) or aid not in self.portal.live:
                return Response(404, b"<html><body>404 Not Found</body></html>")
            return Response(200, text_png(image_lines(self.portal.article(aid))), "image/png")
        m = UPLOAD.match(path)
        if not m:
            return Response(404, b"<html><body>404 Not Found</body></html>")
        return self._attachment(int(m.group(1)), path)

    def _attachment(self, aid, path, disposition=False):
        p = self.portal
        if not p.exists(aid) or aid not in p.live:
            return Response(404, b"<html><body>404 Not Found</body></html>")
        att = attachment_by_path(p, aid, path)
        if att is None:
            return Response(404, b"<html><body>404 Not Found</body></html>")
        body = att.body()
        ctype = "text/html" if att.served_as_html else CONTENT_TYPES[att.ext]
        headers = {"ETag": f'"{hashlib.sha256(body).hexdigest()[:16]}"'}
        if disposition:
            # GBK-encoded filename, as such sites send it; the link text is authoritative.
            fname = att.name.encode("gbk", "replace").decode("latin-1")
            headers["Content-Disposition"] = f'attachment; filename="{fname}"'
        return Response(200, body, ctype, headers)

    def admin(self, method, path, peer):
        if not _is_loopback(peer):
            return Response(404, b"not found", "text/plain")
        if path == "/__admin__/served":
            return Response(200, json.dumps(self.served).encode(), "application/json")
        if path == "/__admin__/outage/end":
            if method != "POST":
                return Response(405, b"POST to end the outage", "text/plain")
            self.outage_ended = True
            return Response(200, b'{"outage": "ended"}', "application/json")
        m = re.match(r"^/__admin__/state(?:/(\d+))?$", path)
        if not m:
            return Response(404, b"not found", "text/plain")
        if m.group(1) is not None:
            if method != "POST":
                return Response(405, b"POST to change state", "text/plain")
            self.portal.set_state(int(m.group(1)))
        info = {"state": self.portal.state, "live": len(self.portal.live), "removed": sorted(self.portal.removed)}
        return Response(200, json.dumps(info).encode(), "application/json")


def _int(qs, key):
    try:
        return int(qs.get(key, [""])[0].strip())
    except ValueError:
        return None


def _is_loopback(peer):
    try:
        return ipaddress.ip_address(peer[0]).is_loopback
    except (TypeError, ValueError, IndexError):
        return False


def _head(status, ctype, length, headers, keep_alive):
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}", f"Content-Length: {length}", "Server: Microsoft-IIS/6.0"]
    if ctype:
        lines.append(f"Content-Type: {ctype}")
    lines += [f"{k}: {v}" for k, v in headers.items()]
    lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def handle_connection(replica, reader, writer):
    peer = writer.get_extra_info("peername")
    try:
        while True:
            try:
                raw = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                break
            lines = raw.decode("latin-1").split("\r\n")
            try:
                method, target, version = lines[0].split(" ", 2)
            except ValueError:
                break
            headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
            if int(headers.get("content-length", "0") or 0):
                await reader.readexactly(int(headers["content-length"]))
            keep_alive = headers.get("connection", "").lower() != "close" and version == "HTTP/1.1"
            if not await respond(replica, writer, method, target, peer, headers, keep_alive):
                break
            if not keep_alive:
                break
    finally:
        try:
            writer.close()
        except Exception:  # noqa: BLE001 - peer may be gone already
            pass


async def respond(replica, writer, method, target, peer, headers, keep_alive):
    """Write one response; False means the connection must be dropped."""
    replica.requests += 1
    fault = replica.fault_for(target)
    if fault == "reset":
        writer.transport.abort()
        return False
    if fault == "hang":
        await asyncio.sleep(replica.portal.opts.hang_seconds)
    if fault == "5xx":
        status = random.Random(target).choice((500, 502, 503))
        resp = Response(status, b"<html><body>Service Unavailable</body></html>")
    elif fault == "429":
        resp = Response(429, b"slow down", "text/plain", {"Retry-After": "1"})
    elif fault == "redirect":
        resp = Response(302, b"", headers={"Location": target})
    else:
        try:
            resp = replica.route(method, target, peer)
        except Exception:  # noqa: BLE001 - a replica bug must show as a 500, not kill the server
            log.exception("error serving %s", target)
            resp = Response(500, b"internal error", "text/plain")
    etag = resp.headers.get("ETag")
    if etag and headers.get("if-none-match") == etag:
        resp = Response(304, b"", None, {"ETag": etag})
    body = b"" if method == "HEAD" else resp.body
    if not target.startswith("/__admin__"):
        serial = replica.requests
        resp.headers["X-Replica-Serial"] = str(serial)
        replica.served[serial] = hashlib.sha256(body).hexdigest()
    if fault == "truncate" and len(body) > 16:
        writer.write(_head(resp.status, resp.ctype, len(body), resp.headers, False) + body[: len(body) // 2])
        await writer.drain()
        writer.transport.abort()
        return False
    writer.write(_head(resp.status, resp.ctype, len(resp.body), resp.headers, keep_alive) + body)
    await writer.drain()
    return True


async def serve(portal, host="127.0.0.1", port=8000, ready=None):
    replica = Replica(portal)
    server = await asyncio.start_server(lambda r, w: handle_connection(replica, r, w), host, port, backlog=1024)
    sock = server.sockets[0].getsockname()
    log.info("replica serving on http://%s:%s/ (state %s)", sock[0], sock[1], portal.state)
    if ready:
        ready(sock[1])
    async with server:
        await server.serve_forever()
