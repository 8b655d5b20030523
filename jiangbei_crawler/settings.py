"""Scrapy settings. Polite by default; every value can be overridden with -s.

Environment: JIANGBEI_PORTAL_URL, JIANGBEI_ARCHIVE, JIANGBEI_USER_AGENT, JIANGBEI_LOG_LEVEL.
"""

import os

BOT_NAME = "jiangbei_crawler"
SPIDER_MODULES = ["jiangbei_crawler.spiders"]
NEWSPIDER_MODULE = "jiangbei_crawler.spiders"

# The portal to crawl and the archive to write.
PORTAL_URL = os.environ.get("JIANGBEI_PORTAL_URL", "")
ARCHIVE_PATH = os.environ.get("JIANGBEI_ARCHIVE", "archive/disclosure.db")
ARCHIVE_FILES_DIR = ""  # default: "files" beside ARCHIVE_PATH
ARCHIVE_WARC_DIR = ""  # default: "warc" beside ARCHIVE_PATH (portals.yaml gives each portal its own folders)
ARCHIVE_BATCH_SIZE = 200
# Every request and response, as WARC 1.1 (store/warc.py), in "warc" beside ARCHIVE_PATH.
WARC_ENABLED = True
WARC_MAX_SIZE = 256 * 1024 * 1024  # bytes per .warc.gz before the next file is started
# An unchanged response (same payload as the last one kept for its URL) as a WARC revisit record (revisits.py).
WARC_REVISITS = True
OCR_BUDGET = 1800  # seconds cron spends recognizing images and scans after a crawl (0: never; `ocr` command)
# `scrapy crawl disclosure` too runs that pass after its crawl (portals.yaml's Scrapyd jobs set it: a job is
# only a `scrapy crawl`). Off by default so that a plain `scrapy crawl` only crawls.
OCR_AFTER_CRAWL = False
# Seconds one crawl spends extracting attachment text; past it, extraction is deferred (recorded) to the
# OCR pass after the crawl (`ocr` command), so slow files cannot add up to hours inside the crawl.
ATTACHMENT_TEXT_BUDGET = 600

# Incremental runs: every list and old article is re-checked once per REVISIT_ROTATION runs;
# articles published in the last REVISIT_YOUNG_DAYS days are re-checked every run.
REVISIT_ROTATION = 30
REVISIT_YOUNG_DAYS = 30
MAX_LIST_PAGES = 2000

# First contact: "auto" uses a site profile (extract/profiles.py) only where its URL patterns match,
# "none" uses the generic rules alone, or name one profile.
SITE_PROFILE = "auto"
# After the walk, links seen on the way that have an archived article's URL shape and were never fetched are
# fetched (at most this many; 0: no sweep). Articles only the sweep found are warned about (spiders/sweep.py).
MAX_SWEEP = 5000
# Pages are grouped by template as they are read; each template's content region and chrome are learnt from its
# pages and kept in the archive's ``templates`` table for the next crawl (extract/template.py). False: off.
LEARN_TEMPLATES = True
MAX_HUB_DEPTH = 4  # links followed from the home page through hubs (school pages, category indexes)
MAX_ARTICLE_PAGES = 50  # continuation pages per article; longer chains are cut and recorded
IMAGE_MAXSIZE = 10 * 1024 * 1024  # bytes per image in a body (attachments: DOWNLOAD_MAXSIZE)

# Politeness: these are public servers of a district education bureau.
# Name the operator: JIANGBEI_USER_AGENT="jiangbei-crawler/0.1 (contact: you@example.org)".
USER_AGENT = os.environ.get("JIANGBEI_USER_AGENT") or (
    "jiangbei-crawler/0.1 (archival crawler of public school disclosures; +https://github.com/jiangbei-crawler)"
)
ROBOTSTXT_OBEY = True
# One crawl is one portal: the global limit is the portal's too. Scrapy keeps a download slot per host name,
# so a portal reached under two names (www. and bare, a name and its address) would get twice the per-domain
# limit; the global one holds whatever the names.
CONCURRENT_REQUESTS = 2
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
# Only encodings whose WARC records warcio, `wacz` and the capture view read back: Scrapy would also ask for
# br and zstd, which warcio cannot decode. A server that sends them anyway is stored decoded (store/warc.py).
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en",
    "Accept-Encoding": "gzip, deflate",
}
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0  # seconds; doubled per attempt, with jitter
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 300.0  # the longest Retry-After we honour
REDIRECT_MAX_TIMES = 10
DOWNLOADER_MIDDLEWARES = {
    "jiangbei_crawler.crawl.middlewares.PortalOnlyMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "jiangbei_crawler.crawl.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "jiangbei_crawler.crawl.middlewares.UnfilteredRedirectMiddleware": 600,
    "jiangbei_crawler.crawl.middlewares.WarcMiddleware": 950,
}
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy 2.19's remote-control server: off, like telnet (and no job files left behind)
COMMANDS_MODULE = "jiangbei_crawler.crawl.commands"

ITEM_PIPELINES = {"jiangbei_crawler.crawl.pipelines.ArchivePipeline": 300}
# The session first: the crawl's archive, lock and plan, as crawler.session (crawl/session.py).
EXTENSIONS = {"jiangbei_crawler.crawl.session.SessionExtension": 0, "jiangbei_crawler.crawl.progress.Progress": 500}
PROGRESS_INTERVAL = 60  # seconds between progress lines in a log; a terminal gets a live line
LOGSTATS_INTERVAL = 0  # Scrapy's page-count lines: the progress line says more

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("JIANGBEI_LOG_LEVEL", "INFO")
LOG_ROTATE_BYTES = 10 * 1024 * 1024  # cron's crawl.log is rotated at this size, 5 kept
