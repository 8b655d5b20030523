"""Script files of the site that write its menu (an old school site's ``<script src="/js/menu.js">`` of
document.write lines, included on every page): each fetched once a crawl and read for the links it writes, which
are followed as the including page's own links (extract.written)."""

import scrapy

from ..extract.dom import as_page
from ..extract.encoding import decode_html
from ..extract.links import QUERY_ENCODING
from ..extract.listing import parse_list_page
from ..extract.written import written_html
from .priorities import PRIORITY

MAX_SITE_SCRIPTS = 20  # script files of one site read in a crawl: a site has a few of its own


class WrittenMenus:
    def _site_scripts(self, response, page, ctx):
        """Requests for the site's script files the page includes that no page of this crawl asked for yet."""
        asked = self.__dict__.setdefault("scripts_asked", set())
        for url in page.scripts:
            if url in asked or len(asked) >= MAX_SITE_SCRIPTS:
                continue
            asked.add(url)
            meta = {"expect": "script", "includer": response.url, "ctx": ctx, "charset": QUERY_ENCODING.get()}
            yield scrapy.Request(url, callback=self.on_script, meta=meta, priority=PRIORITY["script"])

    def on_script(self, response):
        """The links the script writes, followed from the page that included it (relative ones resolve there)."""
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        html = written_html(decode_html(response.body, ctype).text)
        if not html:
            return
        charset = response.meta.get("charset", "utf-8")  # its links' queries take the including page's charset
        page = parse_list_page(as_page(html, charset), response.meta["includer"], self.portal_url)
        ctx = response.meta.get("ctx") or {}
        yield from self._follow(response, page, ctx)
        yield from self._rows_of_a_hub(page, ctx)
