"""Links of an article page beyond its text: its files (attachments) and its later pages."""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .dom import contains, text_of
from .links import clean_href, continuation_page, same_host
from .patterns import ATTACHMENT_PATH, DOCUMENT_EXT, IMAGE_EXT
from .text import clean_line


@dataclass
class AttachmentLink:
    name: str
    url: str
    offsite: bool


# what an attachment's or image's href holds somewhere: an extension of DOCUMENT_EXT/IMAGE_EXT or a word of
# ATTACHMENT_PATH (kept loose: this only spares clean_href on links that cannot be files)
MAY_BE_FILE = re.compile(r"\.[a-z0-9]{2,4}\b|upload|download|attach|fujian", re.I)


def pick_attachments(r, body_el, title_el, areas):
    """Links to files in the body, in an attachment block, or after the title in the article's region."""
    lay = r.layout
    start = lay.start(title_el) if title_el is not None else (lay.start(body_el) if body_el is not None else 0)
    found = {}
    links = [a for area in areas if area is not None for a in area.iter("a")]
    if body_el is not None:
        links += list(body_el.iter("a"))
    links += [a for a in lay.body.iter("a") if lay.start(a) >= start and a not in lay.boiler]
    for a in links:
        if not MAY_BE_FILE.search(a.get("href") or ""):
            continue  # cheap test first: most links of a page are pages
        url = clean_href(a.get("href"), r.url)
        if not url or url in found:
            continue
        path = urlsplit(url).path
        in_area = any(contains(area, a) for area in areas if area is not None)
        name = text_of(a) or clean_line(a.get("title") or "")
        is_file = DOCUMENT_EXT.search(path) or ATTACHMENT_PATH.search(path)
        is_image = IMAGE_EXT.search(path) and (in_area or name.startswith("附件"))
        if not (is_file or is_image):
            continue
        if IMAGE_EXT.search(path) and not (in_area or name.startswith("附件")):
            continue
        found[url] = AttachmentLink(name or url.rsplit("/", 1)[-1], url, not same_host(url, r.portal_url or r.url))
    return list(found.values())


def pick_pages(r, first_url):
    """Later pages of a multi-page article, in page order."""
    parts = urlsplit(first_url)
    stem = parts.path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    pages = {}
    for a in r.layout.body.iter("a"):
        href = (a.get("href") or "").lower()
        if not href or ("page" not in href and stem not in href):
            continue  # cheap test first: most links of a page are not its continuation
        url = clean_href(a.get("href"), r.url)
        n = url and continuation_page(url, first_url)
        if n:
            pages.setdefault(url, n)
    return [u for u, _ in sorted(pages.items(), key=lambda kv: kv[1])]
