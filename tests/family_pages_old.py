"""Article pages of article pages of 2003-2012 era markup and odd encodings (no charset, frames, multi-page articles, broken markup): written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

PAGES: list[Page] = []
