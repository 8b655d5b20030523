"""Scrapy commands of the project (``COMMANDS_MODULE``): ``crawl`` with clear errors and honest exit codes."""
