"""Article pages of forum, blog and self-media article pages, a second round: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

PAGES: list[Page] = []
