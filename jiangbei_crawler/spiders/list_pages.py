"""A list's other pages: by their addresses, or as the answer to a POST of the page's form where only that
exists (ASP.NET WebForms pagers, Webdiyer's AspNetPager and GridView paging, whose links are
``javascript:__doPostBack('…AspNetPager1','2')``)."""

import scrapy

from ..extract.forms import postback_fields
from ..items import WarningItem
from .priorities import PRIORITY


class ListPages:
    def _nth_page(self, pager, n, list_url, meta):
        """A request for page n of a list (the next one where its pager names no pattern): its address, or a POST
        of its form with the pager's event (the form of the page read, whose view state a WebForms server asks
        for); None where neither is known."""
        if pager.postback:
            # the page asked for is the page answered, whatever its pager shows: a posted page never fans out again
            meta = {"expect": "list", "ctx": {}, "list_url": list_url, **meta, "posted": True, "pageno": n}
            return scrapy.FormRequest(pager.postback["action"], formdata=postback_fields(pager.postback, n),
                                      callback=self.parse_page, errback=self.on_error, meta=meta,
                                      priority=PRIORITY["list"], dont_filter=True,
                                      encoding=pager.postback.get("encoding", "utf-8"))  # fmt: skip
        url = pager.url_for(n) or pager.next_url  # a pager without a pattern names only the page after this one
        return self._list_request(url, list_url, meta) if url else None

    def _more_pages(self, meta, page, list_url, pageno, new_rows, walk, school):
        """The list's other pages: all of them on a full crawl, else the next while it still shows new rows (or
        while a walk of the whole list is under way)."""
        last = self.max_list_pages if page.pager.open_ended else min(page.pager.last, self.max_list_pages)
        rows = {r.url for r in page.rows}
        if page.empty or (rows and rows <= set(meta.get("prev_rows", ()))):
            return  # nothing there, or past the end: the last page again
        # the list's place (its category, its school) goes with its next pages, which may not show it
        meta = {"school": school, "ctx": meta.get("ctx") or {}, "prev_rows": sorted(rows), "pageno": pageno + 1,
                "api": meta.get("api")}  # fmt: skip
        paged = page.pager.template or page.pager.postback  # page n's address, or its form to post
        # an API that tells only whether more follows (hasMore, a full page) is read a page after the other
        if self.full and not (meta.get("api") and page.pager.total is None):
            if pageno == 1 and paged:
                yield from (self._nth_page(page.pager, n, list_url, meta) for n in range(2, last + 1))
            elif not paged and page.pager.next_url and pageno < last:
                yield self._list_request(page.pager.next_url, list_url, meta)
            elif pageno < last and not paged:  # loud: the sweep may find some, never all
                yield WarningItem(list_url, f"the pager says {last} pages, but names no link past page {pageno}")
            return
        if pageno == 1 and walk is None and self.plan.needs_walk(list_url, page.pager.total, new_rows):
            walk = {"seen": {self.article_id(u) for u in rows}, "list": list_url}
        meta = {**meta, **({"walk": walk} if walk is not None else {})}
        nxt = self._nth_page(page.pager, pageno + 1, list_url, meta)
        if pageno < last and nxt and (walk is not None or new_rows):
            yield nxt
        elif walk is not None:
            yield from self._recheck_missing(walk)
