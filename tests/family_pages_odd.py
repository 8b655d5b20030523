"""Article pages of disclosure pages whose body is a table, an attachment or a picture, and article pages that look like lists: written by hand after each family's public template markup, names, hosts and
numbers made up (tests/test_article_families.py checks every field of each)."""

from family_page import Page

PAGES: list[Page] = []
