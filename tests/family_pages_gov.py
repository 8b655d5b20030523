"""Article pages of government (TRS, Hanweb, Kaipu...) and school/university CMS article pages: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

PAGES: list[Page] = []
