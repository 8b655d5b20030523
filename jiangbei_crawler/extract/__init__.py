"""Pure extraction: bytes and URLs in, plain data out. Nothing here knows Scrapy."""
