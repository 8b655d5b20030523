"""What the spider yields. Plain dataclasses; the pipeline dispatches on type.

An article's attachments and images are typed (``Attachment``, ``Image``) and go through explicit stages,
each set by one module: *found* on the page (``crawl.assembly``), *fetched* (the spider's download, or
what this crawl or the archive already had: ``fetched``), *stored* in files/ and, for attachments, *text*
extracted (``crawl.pipelines``: ``stored``, ``read``). ``row()`` is the plain dict the store writes.
"""

from dataclasses import dataclass, field, fields

WARC_FIELDS = ("warc_file", "warc_offset", "warc_length", "warc_record_id")  # a response's place in the WARC files
FETCHED_FIELDS = ("sha256", "size", "content_type", *WARC_FIELDS)


@dataclass(kw_only=True)
class _Part:
    """What an attachment and an image share: the fetch and store stages, and read access by name
    (``att["url"]``, ``att.get("sha256")``, ``"sha256" in att``: set and not None), as the dicts these replace
    were read. Keyword-only, so each part's *found* fields stay first and positional."""

    # fetched
    sha256: str | None = None
    size: int | None = None
    content_type: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    warc_length: int | None = None
    warc_record_id: str | None = None
    error: str | None = None  # why it could not be fetched
    body: bytes | None = field(default=None, repr=False)
    # stored
    file: str | None = None

    def __getitem__(self, name):
        if name not in self._names():
            raise KeyError(name)
        return getattr(self, name)

    def get(self, name, default=None):
        value = getattr(self, name, None) if name in self._names() else None
        return default if value is None else value

    def __contains__(self, name):
        return self.get(name) is not None

    @classmethod
    def _names(cls):
        return {f.name for f in fields(cls)}

    def fetched(self, info):
        """The fetch stage: what the download said (or what was kept of an earlier one), the bytes until stored."""
        for name in self.FETCHED:
            if name in info:
                setattr(self, name, info[name])
        self.body = info.get("body", self.body)
        self.file = info.get("file", self.file)  # bytes the archive already holds (a 304, a reuse): stored already

    def take_body(self):
        """The fetched bytes, once: the pipeline stores them and the item no longer carries them."""
        body, self.body = self.body, None
        return body

    def stored(self, file):
        """The store stage: where the bytes lie in files/."""
        self.file = file

    def row(self):
        """The dict the store writes (``store.save_article``)."""
        return {name: getattr(self, name) for name in self.ROW}


@dataclass
class Attachment(_Part):
    # found: a link on the article's page
    name: str | None
    url: str
    offsite: bool = False
    # fetched, beyond what every part has: what a later crawl asks the server with
    etag: str | None = None
    last_modified: str | None = None
    # text: set (even to None, None) only when the bytes were read this crawl; else the archive's text stands
    text: str | None = None
    text_error: str | None = None
    text_read: bool = False

    FETCHED = (*FETCHED_FIELDS, "etag", "last_modified")
    ROW = ("name", "url", "offsite", *FETCHED, "error", "file")

    def read(self, text, error):
        self.text, self.text_error, self.text_read = text, error, True

    def row(self):
        """Text keys only when read this crawl."""
        row = super().row()
        if self.text_read:
            row.update(text=self.text, text_error=self.text_error)
        return row


@dataclass
class Image(_Part):
    # found: in the article's body, or the list row's thumbnail
    url: str
    alt: str | None = None
    kind: str = "body"  # body | thumbnail
    offsite: bool = False

    FETCHED = FETCHED_FIELDS
    ROW = ("url", "alt", "kind", "offsite", *FETCHED, "error", "file")


@dataclass
class ArticleItem:
    id: int
    url: str
    school: str | None
    category: str | None
    category_path: str | None
    title: str | None
    source: str | None
    published: str | None
    visits: int | None
    body_text: str
    body_html: str
    attachments: list = field(default_factory=list)  # Attachment
    warnings: list = field(default_factory=list)
    extraction: dict = field(default_factory=dict)  # field -> layer that produced it (profile, label, density...)
    images: list = field(default_factory=list)  # Image
    warc: dict | None = None  # where the first page's response lies in the WARC files
    metadata: dict = field(default_factory=dict)  # a disclosure CMS's label/value table (索引号, 文号…)

    def row(self):
        """The dict the store writes (``store.save_article``): the parts as their rows."""
        row = {f.name: getattr(self, f.name) for f in fields(self)}
        row.update(attachments=[a.row() for a in self.attachments], images=[i.row() for i in self.images])
        return row


@dataclass
class ListingItem:
    article_id: int
    school: str | None
    category_path: str | None
    list_url: str | None = None


@dataclass
class FetchErrorItem:
    url: str
    reason: str
    status: int | None = None
    kind: str = "error"  # error | dead (a link that never worked: recorded, not a failure of the crawl)
    page_kind: str | None = None  # what the failed request was expected to be, to retry it as such
    article_id: int | None = None  # for a part (counter, attachment, page): the article to fetch again
    meta: dict | None = None  # how the page was reached (school, category, hints), to retry it the same way


@dataclass
class WarningItem:
    """A data problem that did not stop anything (a list cut short, a page without rows)."""

    url: str
    message: str


@dataclass
class OffsiteLinkItem:
    from_url: str
    url: str


@dataclass
class RemovalItem:
    article_id: int
    url: str
    status: int | None
    final_url: str
    kind: str  # soft404 | 404 | 410 | redirect
    snippet: str
    warc: dict | None = None  # the response that showed it (a redirect's first hop)


@dataclass
class FetchedItem:
    """A URL fetched successfully, so earlier errors for it are resolved."""

    url: str


@dataclass
class ListPageItem:
    url: str
    school: str | None
    category_path: str | None
    total: int | None
    pages: int
    rows: int = 0


@dataclass
class FrontierItem:
    """An article URL found in a list; kept in the archive until the article is committed."""

    url: str
    meta: dict
