"""One URL identity for the crawl: ``key(url)`` is how the spiders compare and dedup URLs, ``article_id(url)``
the archive's id of an article URL. Both go through ``extract.links.canonical`` with the crawl's site profiles,
so two spellings of one page are one page everywhere."""

from ..extract.links import canonical, hashed_id, id_template, numeric_id, route_form, same_host


class UrlIdentity:
    def __init__(self, profiles, archived=None, portal=None):
        self.profiles = profiles
        self.portal = portal  # a Portal: a page under another of its names is the page under the site's own
        # id -> the URL shape that owns it: the archive's first, then the first seen this crawl
        self.id_owner = {aid: id_template(url, aid) for aid, url in (archived or {}).items()}

    def key(self, url):
        """The URL's one spelling (host lower-cased, tracking parameters dropped, parameters in a fixed order)."""
        return canonical(self.portal.named(url) if self.portal is not None else url, self.profiles)

    def article_id(self, url):
        """The article's id: the portal's own number, unless another URL shape already owns it."""
        url = route_form(self.key(url))
        aid = numeric_id(url, self.profiles)
        if aid is None:  # the hash of the portal's given name, whichever name the site prefers this crawl
            return hashed_id(self.portal.stable(url) if self.portal is not None else url)
        shape = id_template(url, aid)
        if self.id_owner.setdefault(aid, shape) == shape:
            return aid
        return hashed_id(self.portal.stable(url) if self.portal is not None else url)

    def archived_as(self, first, final, aid=None, keep=False, reasons=()):
        """(URL, id) an article is archived under: the address a row named (``first``), or where the site moved
        it (a redirect to another address of the same site, ``final``), so that the row's address and the new
        one make one record whichever is reached first. Only a permanent move counts (301, 308: ``reasons``, the redirects'
        statuses): a 302 to a login page is no new address. An archived article keeps its id (``keep``)."""
        url = self.key(first)
        aid = self.article_id(url) if aid is None else aid
        moved = bool(reasons) and all(r in (301, 308) for r in reasons)
        if final == first or keep or not moved or not same_host(final, first):
            return url, aid
        moved = self.key(final)
        return (moved, self.article_id(moved)) if moved != url else (url, aid)
