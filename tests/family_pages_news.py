"""Article pages of Chinese news portals and media sites, 2003-2022, beyond the first file's three: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

PAGES: list[Page] = []
