"""The article parts side of the ``disclosure`` spider: continuation pages, the visit counter, attachments and
images, fetched one at a time through ``crawl.assembly.Assembly`` until the article is whole.

Here a response becomes the fetch info the assembly takes (``fetch_info``): the bytes' digest, size, type and
validators, and the exchange's place in the WARC files. Storing the bytes is the pipeline's."""

import hashlib

import scrapy
from scrapy.spidermiddlewares.httperror import HttpError

from ..crawl.assembly import Reached
from ..crawl.middlewares import OffsiteRequest
from ..extract import article as art
from ..extract.encoding import decode_html, looks_binary
from ..extract.links import same_host
from ..items import FetchedItem, FetchErrorItem, OffsiteLinkItem
from .priorities import PRIORITY

RETRY_META = ("ctx", "school", "hints", "list_url")  # what a failed request needs to be retried as it was
IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")


class ArticleParts:
    """Mixed into the spider, which provides ``portal_url``, ``profiles``, ``image_maxsize`` and ``offsite_seen``."""

    def _document(self, aid, url, meta):
        """A list row that links its file: the record is the file, under the row's title and date. No page is read;
        the file is fetched as the article's one part (the next request, or the item when it is already known)."""
        self.handled.add(aid)
        page = art.document_page(url, meta.get("hints") or {})
        asm = Reached.of(meta).assembly(aid, url, page, self.site_school, self.portal_url, self.max_article_pages,
                                        self.attachment_cache, self.plan.attachments_kept(), self.full)  # fmt: skip
        return next(self._advance(asm))

    def _advance(self, asm):
        part = asm.next_part()
        if part is not None:
            yield self._part_request(part, asm)
        elif asm.failed:
            yield FetchErrorItem(asm.item.url, asm.failed, page_kind="article", meta=asm.meta)
        else:
            yield asm.item

    def _part_request(self, part, asm):
        meta = {"asm": asm, "part": part}
        if part.kind == "image":
            meta["download_maxsize"] = self.image_maxsize
        headers = {}
        if part.stored and part.stored.get("etag"):
            headers["If-None-Match"] = part.stored["etag"]
            meta["handle_httpstatus_list"] = [304]
        return scrapy.Request(part.url, callback=self.parse_part, errback=self.on_part_error, meta=meta,
                              headers=headers, dont_filter=True, priority=PRIORITY["part"])  # fmt: skip

    def parse_part(self, response):
        asm, part = response.meta["asm"], response.meta["part"]
        yield FetchedItem(response.request.url)
        if part.kind == "page":
            text, _ = decode(response)
            if text is None or art.is_soft_404(text):
                asm.fail(part, "missing or not a page")
            else:
                asm.add_page(art.parse_article(text, response.url, self.portal_url, profiles=self.profiles,
                                               first_url=asm.item.url))  # fmt: skip
        elif part.kind == "counter":
            asm.add_counter(response.body[:2000].decode("latin-1"))
        elif part.kind == "image":
            if is_image(response.body):
                asm.add_image(part.url, {**fetch_info(response, part), **(response.meta.get("warc") or {})})
            else:
                asm.fail(part, f"not an image ({response.headers.get('Content-Type', b'no type').decode('latin-1')})")
        else:
            info = fetch_info(response, part)
            if response.status != 304:  # a 304 keeps the ref of the response that carried the bytes
                info.update(response.meta.get("warc") or {})
            asm.add_attachment(part.url, info)
        yield from self._advance(asm)

    def on_part_error(self, failure):
        request = failure.request
        asm, part = request.meta["asm"], request.meta["part"]
        yield error_item(failure)
        yield from self._blocked(failure)
        asm.fail(part, reason(failure))
        yield from self._advance(asm)

    def _blocked(self, failure):
        """A redirect (or a part) to another origin: recorded as an off-site link of the page that led there."""
        if failure.check(OffsiteRequest):
            hops = failure.request.meta.get("redirect_urls") or [failure.request.url]
            yield from self._offsite(hops[-1], [failure.request.url])

    def _offsite(self, from_url, urls):
        for url in urls:
            if not same_host(url, self.portal_url) and url not in self.offsite_seen:
                self.offsite_seen.add(url)
                yield OffsiteLinkItem(from_url, url)


def is_image(body):
    return body.startswith(IMAGE_MAGIC) or (body[:4] == b"RIFF" and body[8:12] == b"WEBP")


def fetch_info(response, part):
    """What a part's response says of its bytes; a 304 says they are those the archive holds."""
    if response.status == 304 and part.stored:
        return {k: v for k, v in part.stored.items() if k != "url"}

    def header(name):
        return response.headers.get(name, b"").decode("latin-1") or None

    return {"sha256": hashlib.sha256(response.body).hexdigest(), "size": len(response.body),
            "content_type": header("Content-Type"), "etag": header("ETag"),
            "last_modified": header("Last-Modified"), "body": response.body}  # fmt: skip


def decode(response):
    """(text, notes) of a page: None and the error when it is binary; notes say it was fetched, and if
    undecodable bytes were replaced."""
    ctype = response.headers.get("Content-Type", b"").decode("latin-1")
    if looks_binary(response.body):
        why = f"binary body served as a page ({ctype or 'no type'})"
        return None, [FetchErrorItem(response.url, why, response.status)]
    decoded = decode_html(response.body, ctype)
    notes = [FetchedItem((response.request or response).url)]
    if decoded.lossy:
        notes.append(FetchErrorItem(response.url, "undecodable bytes: stored with replacement characters"))
    return decoded.text, notes


def reason(failure):
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    message = failure.getErrorMessage() or failure.value.__class__.__doc__ or ""
    return f"{failure.type.__name__}: {message.strip()}"[:500]


def error_item(failure):
    """A failure to record; a 404/410 is the portal's dead link, not a failure of the crawl."""
    status = failure.value.response.status if failure.check(HttpError) else None
    meta = failure.request.meta
    asm = meta.get("asm")
    kind = "part" if asm is not None else meta.get("expect")
    error = FetchErrorItem(failure.request.url, reason(failure), status, page_kind=kind,
                           article_id=asm.item.id if asm is not None else None,
                           meta={k: meta[k] for k in RETRY_META if k in meta} or None)  # fmt: skip
    if status in (404, 410):
        error.kind, error.reason = "dead", f"dead link (HTTP {status})"
    return error
