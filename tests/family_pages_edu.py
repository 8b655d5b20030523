"""Article pages of school and university CMS article pages, a second round (中小学 school CMSs, university news systems): written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

PAGES: list[Page] = []
