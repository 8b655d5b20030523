"""Pages of a list that exist only as the answer to a POST of the page's form: ASP.NET WebForms pagers
(Webdiyer's AspNetPager, GridView paging) whose links are ``javascript:__doPostBack('…AspNetPager1','2')``."""

import scrapy

from ..extract.forms import postback_fields
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
