"""The one local fast-crawl profile: for the demo, the tests and the benchmarks, never for the real portal.

A loopback server needs no politeness: no delay, no AutoThrottle, many requests at once. OCR after a
cron crawl is off (minutes for the small replica's images): the demo asks for a minute of it, the tests and
benchmarks that measure it run it themselves.
"""

import sys

FAST_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "OCR_BUDGET": "0",
}


def setting_args(settings):
    """Scrapy settings as command-line arguments: -s KEY=VALUE for each."""
    return [x for key, value in settings.items() for x in ("-s", f"{key}={value}")]


FAST_ARGS = setting_args(FAST_SETTINGS)


def crawl_command(url, archive, *args, settings=None):
    """``scrapy crawl disclosure`` against a local portal, as a subprocess argument list."""
    opts = {**FAST_SETTINGS, "PORTAL_URL": url, "ARCHIVE_PATH": str(archive), **(settings or {})}
    return [sys.executable, "-m", "scrapy", "crawl", "disclosure", *args, *setting_args(opts)]
