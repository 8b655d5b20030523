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

from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request


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


class PortalOnlyMiddleware:
    """No request leaves the portal's host: not a link, not a redirect, not an attachment.

    Scrapy's offsite filter lets ``dont_filter`` requests through (redirects,
    article parts); this guard has no exceptions. A blocked request fails into its
    errback, so the attempt is recorded.
    """

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls()
        mw.crawler = crawler
        return mw

    def process_request(self, request, spider=None):
        spider = spider or self.crawler.spider
        host = (urlsplit(request.url).hostname or "").lower()
        allowed = {d.lower() for d in getattr(spider, "allowed_domains", None) or []}
        if allowed and host not in allowed:
            raise IgnoreRequest(f"off-site request blocked: {request.url}")
        return None
