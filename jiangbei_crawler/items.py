"""What the spider yields. Plain dataclasses; the pipeline dispatches on type."""

from dataclasses import dataclass, field


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
    attachments: list = field(default_factory=list)  # dicts: name url sha256 size content_type offsite error
    warnings: list = field(default_factory=list)
    extraction: dict = field(default_factory=dict)  # field -> layer that produced it (profile, label, density...)
    images: list = field(default_factory=list)  # dicts: url alt sha256 size content_type offsite error + WARC ref
    warc: dict | None = None  # where the first page's response lies in the WARC files
    metadata: dict = field(default_factory=dict)  # a disclosure CMS's label/value table (索引号, 文号…)


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
