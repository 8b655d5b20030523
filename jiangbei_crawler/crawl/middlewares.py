"""Retries with exponential backoff and jitter, honouring Retry-After.

Scrapy's own RetryMiddleware re-queues at once, which turns a struggling
server's 503 burst into a hammering; here each retry waits
``min(RETRY_BACKOFF_MAX, RETRY_BACKOFF_BASE * 2**n)`` seconds, scaled by a
random factor in [0.5, 1.5), and at least what ``Retry-After`` asks for (up
to ``RETRY_AFTER_MAX``). Give-ups reach the spider's errback and are recorded
in ``fetch_errors``, and the next run retries those URLs first.
"""

import asyncio
import datetime as dt
import random
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request

from ..extract.links import same_host
from ..store import replay_index as replay
from ..store import revisits, warc


def retry_after_seconds(response, now=None):
    value = response.headers.get("Retry-After") if response is not None else None
    if not value:
        return None
    value = value.decode("latin-1").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - now).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 300.0)
        self.rng = random.Random()

    def delay(self, request, response=None):
        attempt = request.meta.get("retry_times", 0)
        wait = min(self.cap, self.base * 2**attempt) * (0.5 + self.rng.random())
        asked = retry_after_seconds(response)
        return max(wait, min(asked, self.retry_after_max)) if asked is not None else wait

    async def process_response(self, request, response, spider=None):
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await asyncio.sleep(self.delay(request, response))
        return result

    async def process_exception(self, request, exception, spider=None):
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await asyncio.sleep(self.delay(request))
        return result


class UnfilteredRedirectMiddleware(RedirectMiddleware):
    """Redirects always reach their callback.

    Scrapy passes a redirected request through the duplicate filter, so a
    removed article redirected to the home page (already crawled), or a page
    redirecting to itself, vanishes without a trace. Here the redirect keeps its
    callback and errback; loops are still cut by REDIRECT_MAX_TIMES.
    """

    def _redirect(self, redirected, request, reason):
        result = super()._redirect(redirected, request, reason)
        result.dont_filter = True
        return result


class OffsiteRequest(IgnoreRequest):
    """A request to another origin than the portal's, refused before it is sent."""


class PortalOnlyMiddleware:
    """No request leaves the portal's origin: not a link, not a redirect, not an attachment.

    The origin is scheme, host and port, as a browser compares them: another port of the portal's host is another
    server (an admin console, a metrics endpoint). Scrapy's offsite filter compares host names only and lets
    ``dont_filter`` requests through (redirects, article parts); this guard has no exceptions. A blocked request
    fails into its errback, so the attempt is recorded.
    """

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls()
        mw.crawler = crawler
        return mw

    def process_request(self, request, spider=None):
        spider = spider or self.crawler.spider
        portal = getattr(spider, "portal_url", None)
        if portal and not same_host(request.url, portal):
            raise OffsiteRequest(f"off-site request blocked: {request.url}")
        return None


class WarcMiddleware:
    """Every exchange with the portal into WARC, as it came off the wire.

    At order 950, next to the downloader: it sees each response before decompression, retries
    and redirects (so a 503 that was retried and a 302 that was followed are kept too), and each
    failure before the retry middleware re-queues it. The response's ref (file, offset, record id)
    goes into ``request.meta["warc"]``; a redirect chain's refs into ``meta["warc_chain"]``.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("WARC_ENABLED", True)
        self.max_size = crawler.settings.getint("WARC_MAX_SIZE", 256 * 1024 * 1024)
        self.revisits = crawler.settings.getbool("WARC_REVISITS", True)  # off: every response in full (the bench)
        self.log = None
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _warc(self):
        if self.log is None:
            session = self.crawler.session
            prefix = f"jiangbei-{session.crawl_id:06d}-{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S}"
            info = {"isPartOf": f"crawl {session.crawl_id}", "portal": self.crawler.settings.get("PORTAL_URL", "")}
            digests = revisits.DigestIndex(session.db, session.warc_dir()) if self.revisits else None
            self.log = warc.WarcLog(session.warc_dir(), prefix, self.max_size, info, digests)
        return self.log

    def _keep(self, request, ref):
        request.meta["warc"] = ref
        request.meta.setdefault("warc_chain", []).append(ref)

    def _on(self):
        """Only the archiving crawl keeps WARC (the probe writes no archive)."""
        return self.enabled and getattr(self.crawler, "session", None) is not None

    def process_response(self, request, response, spider=None):
        if not self._on():
            return response
        ip = str(response.ip_address) if getattr(response, "ip_address", None) else None
        ref = self._warc().exchange(
            request.url, request.method, _target(request.url), _request_headers(request), request.body,
            response.status, _pairs(response.headers), response.body, ip,
        )  # fmt: skip
        self._keep(request, ref)
        return response

    def process_exception(self, request, exception, spider=None):
        if self._on() and not isinstance(exception, IgnoreRequest):
            reason = f"{type(exception).__name__}: {exception}"[:500]
            target = _target(request.url)
            self._keep(
                request, self._warc().failure(request.url, request.method, target, _request_headers(request), reason)
            )
        return None

    def close(self, spider=None):
        if self.log is not None:
            self.log.close()
            session = self.crawler.session
            replay.after_crawl(session.path, session.warc_dir())  # the new captures replay at once


def _target(url):
    """The request line's target: path and query."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _pairs(headers):
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, values in headers.items() for v in values]


def _request_headers(request):
    pairs = _pairs(request.headers)
    if not any(k.lower() == "host" for k, _ in pairs):
        pairs.insert(0, ("Host", urlsplit(request.url).netloc))
    return pairs
